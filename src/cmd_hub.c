/* cmd_hub.c — `groeipad hub init --hub CONNINFO` (create the hub schema in
 * a PostgreSQL database), `groeipad hub migrate --hub CONNINFO` (upgrade
 * it) and `groeipad hub check --hub CONNINFO` (every workstation's audit
 * chain at the hub); src/hub.h does the work.  The password, when the server asks for one
 * that no service file or password file holds, is asked for on the terminal
 * — never taken from the command line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "cmd.h"
#include "hub.h"
#include "i18n.h"

/* Connects, asking for the password on a terminal when the server wants
 * one that libpq could not find. */
enum gp_status cli_connect_hub(const char *conninfo, struct hub **h, struct gp_err *e)
{
	int needs = 0;
	enum gp_status s = hub_connect(conninfo, NULL, h, &needs, e);
	if (s == GP_OK || !needs || !isatty(STDIN_FILENO))
		return s;
	char password[256];
	s = cli_read_password(_("Wachtwoord voor de hub: "), 0, "PGPASSWORD", password,
			      sizeof password, e);
	if (s == GP_OK)
		s = hub_connect(conninfo, password, h, &needs, e);
	sodium_memzero(password, sizeof password);
	return s;
}

/* hub check: one line per workstation, then the verdict; 0 or 3. */
static int check_chains(struct hub *h)
{
	struct gp_err e = {0};
	struct hub_chain *list = NULL;
	int n = 0;
	if (hub_check_chains(h, &list, &n, &e) != GP_OK)
		return cli_fail(&e);
	int bad = 0;
	for (int i = 0; i < n; i++) {
		const struct hub_chain *c = &list[i];
		switch (c->state) {
		case HUB_CHAIN_WHOLE:
			printf(_("Werkplek %s: logboek van %lld regels ongeschonden.\n"), c->name,
			       c->entries);
			break;
		case HUB_CHAIN_GAP:
			printf(_("Werkplek %s: regel %lld van het logboek ontbreekt.\n"), c->name,
			       c->at);
			break;
		case HUB_CHAIN_BROKEN:
			printf(_("Werkplek %s: het logboek is onderbroken bij regel %lld: een eerdere "
				 "regel ontbreekt of is veranderd.\n"), c->name, c->at);
			break;
		case HUB_CHAIN_CHANGED:
			printf(_("Werkplek %s: logboekregel %lld is na het schrijven veranderd.\n"),
			       c->name, c->at);
			break;
		}
		bad += c->state != HUB_CHAIN_WHOLE;
	}
	free(list);
	(void)fflush(stdout); /* the lines above before the verdict on stderr */
	if (bad) {
		fprintf(stderr, _("groeipad: het logboek van %d van de %d werkplekken op de hub is "
				  "niet in orde. Neem contact op met de beheerder van de hub.\n"),
			bad, n);
		return 3;
	}
	printf(_("De logboeken van alle %d werkplekken op de hub zijn ongeschonden.\n"), n);
	return 0;
}

int cmd_hub(const struct cli *c)
{
	if (c->nargs < 1)
		return cli_usage_error("%s", _("hub heeft een opdracht nodig: hub init, hub "
					       "migrate of hub check."));
	const char *what = c->args[0];
	if (strcmp(what, "checkout") == 0)
		return cmd_hub_checkout(c);
	int init = strcmp(what, "init") == 0, check = strcmp(what, "check") == 0;
	if (!init && !check && strcmp(what, "migrate") != 0)
		return cli_usage_error(_("hub kent init, migrate, check en checkout, niet '%s'."), what);
	if (c->nargs > 1)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[1]);
	if (!c->hub)
		return cli_usage_error(_("hub %s heeft --hub CONNINFO nodig, bijvoorbeeld --hub "
					 "\"service=groeipad\"."), what);
	struct gp_err e = {0};
	struct hub *h;
	if (cli_connect_hub(c->hub, &h, &e) != GP_OK)
		return cli_fail(&e);
	if (check) {
		int rc = check_chains(h);
		hub_close(h);
		return rc;
	}
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
