/* cmd_sync.c — `groeipad sync --db FILE --hub CONNINFO` (exchange this
 * file's changes with the organisation's hub) and `groeipad hub checkout
 * --hub CONNINFO --location NAME --db FILE` (a new file holding one
 * location's children, ready to work offline); src/sync.h does the work. */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "hub.h"
#include "i18n.h"
#include "sync.h"

/* The workstation's name at the hub: --name, else the file's name. */
static const char *workstation_name(const struct cli *c)
{
	if (c->name && *c->name)
		return c->name;
	const char *slash = strrchr(c->db, '/');
	return slash ? slash + 1 : c->db;
}

static void report(const struct sync_report *r)
{
	printf(_("Uitgewisseld met de hub: %d record(s) naar de hub, %d van de hub, %d "
		 "logboekregel(s) verstuurd; bijgewerkt tot wijziging %lld.\n"),
	       r->pushed, r->pulled, r->audit_sent, r->cursor);
	if (r->already)
		printf(_("%d record(s) had de hub al (van een eerdere, onderbroken uitwisseling).\n"),
		       r->already);
	if (r->left)
		printf(_("%d kind(eren) vallen niet meer onder deze werkplek en zijn hier "
			 "verwijderd; de hub heeft al hun gegevens.\n"), r->left);
	if (r->kept)
		printf(_("%d kind(eren) vallen niet meer onder deze werkplek, maar blijven hier tot "
			 "al hun wijzigingen op de hub zijn (een open conflict of een wijziging die "
			 "nog niet verstuurd is); los dat op en wissel opnieuw uit.\n"), r->kept);
}

/* A conflict is a result of the exchange, not an error: told, exit status 0. */
static void tell_conflicts(const struct sync_report *r)
{
	if (r->conflicts)
		printf(_("%d record(s) zijn hier en elders veranderd: beide versies zijn bewaard "
			 "en staan onder Conflicten op Vandaag om te kiezen.\n"), r->conflicts);
}

int cmd_sync(const struct cli *c)
{
	if (!c->hub)
		return cli_usage_error("%s", _("sync heeft --hub CONNINFO nodig, bijvoorbeeld --hub "
					       "\"service=groeipad\"."));
	struct gp_err e = {0};
	struct db *db;
	if (db_open(&db, c->db, DB_EXISTING, &e) != GP_OK)
		return cli_fail(&e);
	struct hub *h;
	if (cli_connect_hub(c->hub, &h, &e) != GP_OK) {
		sync_note_failure(db, &e);
		db_close(db);
		return cli_fail(&e);
	}
	struct sync_report r;
	enum gp_status s = sync_run(db, h, workstation_name(c), NULL, &r, &e);
	hub_close(h);
	db_close(db);
	if (s != GP_OK)
		return cli_fail(&e);
	report(&r);
	tell_conflicts(&r);
	return 0;
}

struct checkout {
	struct hub *h;
	const char *name, *location;
	struct sync_report r;
};

static enum gp_status fill_checkout(struct db *db, void *ctx, struct gp_err *e)
{
	struct checkout *co = ctx;
	return sync_run(db, co->h, co->name, co->location, &co->r, e);
}

int cmd_hub_checkout(const struct cli *c)
{
	if (c->nargs > 1)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[1]);
	if (!c->hub)
		return cli_usage_error("%s", _("hub checkout heeft --hub CONNINFO nodig."));
	if (!c->location || !*c->location)
		return cli_usage_error("%s", _("hub checkout heeft --location NAAM nodig: de locatie "
					       "waarvan de kinderen op deze werkplek komen."));
	if (!c->have_db)
		return cli_usage_error("%s", _("hub checkout heeft --db BESTAND nodig: het nieuwe "
					       "bestand voor deze werkplek."));
	struct gp_err e = {0};
	struct checkout co = {.name = workstation_name(c), .location = c->location};
	if (cli_connect_hub(c->hub, &co.h, &e) != GP_OK)
		return cli_fail(&e);
	enum gp_status s = cli_create_db(c->db, 0, fill_checkout, &co, &e);
	hub_close(co.h);
	if (s != GP_OK)
		return cli_fail(&e);
	printf(_("%s is aangemaakt voor locatie %s: %d record(s) van de hub; log in met een "
		 "account van de organisatie.\n"), c->db, c->location, co.r.pulled);
	return 0;
}
