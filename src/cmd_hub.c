/* cmd_hub.c — `groeipad hub init --hub CONNINFO` (create the hub schema in
 * a PostgreSQL database) and `groeipad hub migrate --hub CONNINFO` (upgrade
 * it); src/hub.h does the work.  The password, when the server asks for one
 * that no service file or password file holds, is asked for on the terminal
 * — never taken from the command line. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "cmd.h"
#include "hub.h"
#include "i18n.h"

/* Connects, asking for the password on a terminal when the server wants
 * one that libpq could not find. */
static enum gp_status connect_hub(const char *conninfo, struct hub **h, struct gp_err *e)
{
	int needs = 0;
	enum gp_status s = hub_connect(conninfo, NULL, h, &needs, e);
	if (s == GP_OK || !needs || !isatty(STDIN_FILENO))
		return s;
	char password[256];
	s = cli_read_password(_("Wachtwoord voor de hub: "), 0, password, sizeof password, e);
	if (s == GP_OK)
		s = hub_connect(conninfo, password, h, &needs, e);
	sodium_memzero(password, sizeof password);
	return s;
}

int cmd_hub(const struct cli *c)
{
	if (c->nargs < 1)
		return cli_usage_error("%s", _("hub heeft een opdracht nodig: hub init of hub "
					       "migrate."));
	const char *what = c->args[0];
	int init = strcmp(what, "init") == 0;
	if (!init && strcmp(what, "migrate") != 0)
		return cli_usage_error(_("hub kent init en migrate, niet '%s'."), what);
	if (c->nargs > 1)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[1]);
	if (!c->hub)
		return cli_usage_error(_("hub %s heeft --hub CONNINFO nodig, bijvoorbeeld --hub "
					 "\"service=groeipad\"."), what);
	struct gp_err e = {0};
	struct hub *h;
	if (connect_hub(c->hub, &h, &e) != GP_OK)
		return cli_fail(&e);
	enum gp_status s;
	int from = 0, to = 0;
	if (init)
		s = hub_init(h, &e);
	else
		s = hub_migrate(h, &from, &to, &e);
	hub_close(h);
	if (s != GP_OK)
		return cli_fail(&e);
	if (init)
		printf(_("De hub is aangemaakt (schemaversie %d).\n"), hub_schema_latest());
	else if (from == to)
		printf(_("De hub is al bijgewerkt (schemaversie %d).\n"), to);
	else
		printf(_("De hub is bijgewerkt van schemaversie %d naar %d.\n"), from, to);
	return 0;
}
