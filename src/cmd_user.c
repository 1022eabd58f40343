/* cmd_user.c — `groeipad user add|passwd|disable|enable NAME`: accounts
 * from the command line, for a beheerder (--user), with the same rules as
 * Beheer (src/account.h, src/perm.h).  The beheerder's own password comes
 * from the prompt or GROEIPAD_PASSWORD, the new one from a prompt (typed
 * twice) or GROEIPAD_NEW_PASSWORD.  A password a beheerder sets must be
 * changed by its owner at the first login; `user passwd NAME` with
 * --user NAME changes your own (also when you must). */
#include <stdio.h>
#include <string.h>

#include <sodium.h>

#include "account.h"
#include "cmd.h"
#include "i18n.h"
#include "refdata.h"
#include "text.h"

/* Reads the new password for `name`. */
static enum gp_status new_password(const char *name, char *out, size_t outsz, struct gp_err *e)
{
	char prompt[160], safe[96];
	text_sanitize(name, safe, sizeof safe, 0);
	snprintf(prompt, sizeof prompt, _("Nieuw wachtwoord voor %s: "), safe);
	return cli_read_password(prompt, 1, "GROEIPAD_NEW_PASSWORD", out, outsz, e);
}

static enum gp_status add(struct db *db, const struct cli *c, const char *name,
			  struct gp_err *e)
{
	char pw[256];
	struct account a;
	enum gp_status s = new_password(name, pw, sizeof pw, e);
	if (s == GP_OK)
		s = account_create(db, name, c->name ? c->name : name, c->role, pw, &a, e);
	sodium_memzero(pw, sizeof pw);
	if (s == GP_OK)
		printf(_("Gebruiker %s (%s) is aangemaakt. Bij de eerste keer inloggen kiest %s een "
			 "eigen wachtwoord.\n"), a.username, a.role, a.username);
	return s;
}

static enum gp_status passwd(struct db *db, const char *name, int own, struct gp_err *e)
{
	char pw[256];
	struct account a;
	enum gp_status s = account_get(db, name, &a, e);
	if (s == GP_OK)
		s = new_password(name, pw, sizeof pw, e);
	if (s == GP_OK)
		s = account_set_password(db, a.id, pw, e);
	sodium_memzero(pw, sizeof pw);
	if (s == GP_OK && own)
		printf(_("Uw nieuwe wachtwoord is opgeslagen.\n"));
	else if (s == GP_OK)
		printf(_("Nieuw wachtwoord voor %s opgeslagen; %s kiest bij de volgende keer "
			 "inloggen een eigen wachtwoord.\n"), a.username, a.username);
	return s;
}

static enum gp_status set_active(struct db *db, const char *name, int active, struct gp_err *e)
{
	struct account a;
	enum gp_status s = account_get(db, name, &a, e);
	if (s == GP_OK && a.active == active)
		return gp_fail(e, GP_EINPUT, active ? _("Gebruiker %s is al actief.")
						    : _("Gebruiker %s is al uitgeschakeld."), name);
	if (s == GP_OK)
		s = account_set_active(db, a.id, active, a.version, e);
	if (s == GP_OK)
		printf(active ? _("Gebruiker %s kan weer inloggen.\n")
			      : _("Gebruiker %s is uitgeschakeld en kan niet meer inloggen.\n"),
		       a.username);
	return s;
}

int cmd_user(const struct cli *c)
{
	static const char *const subs[] = {"add", "passwd", "disable", "enable"};
	size_t which = sizeof subs / sizeof *subs;
	if (c->nargs == 0)
		return cli_usage_error("%s", _("user heeft een opdracht nodig: add, passwd, disable "
					       "of enable, met een gebruikersnaam."));
	for (size_t i = 0; i < sizeof subs / sizeof *subs; i++)
		if (strcmp(c->args[0], subs[i]) == 0)
			which = i;
	if (which == sizeof subs / sizeof *subs)
		return cli_usage_error(_("user kent add, passwd, disable en enable, niet '%s'."),
				       c->args[0]);
	if (c->nargs < 2)
		return cli_usage_error(_("user %s heeft een gebruikersnaam nodig."), c->args[0]);
	if (c->nargs > 2)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[2]);
	if (which == 0 && !c->role)
		return cli_usage_error("%s", _("user add heeft --role ROL nodig: beheerder, jeugdarts, "
					       "jeugdverpleegkundige, verpleegkundig_specialist of "
					       "assistent."));
	const char *name = c->args[1];
	int own = which == 1 && c->user && strcasecmp(c->user, name) == 0;
	struct db *db;
	int rc = cli_login(c, "user", own, &db);
	if (rc != 0)
		return rc;
	struct gp_err e = {0};
	enum gp_status s;
	switch (which) {
	case 0:
		s = add(db, c, name, &e);
		break;
	case 1:
		s = passwd(db, name, own, &e);
		break;
	default:
		s = set_active(db, name, which == 3, &e);
	}
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
