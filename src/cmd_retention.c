/* cmd_retention.c — `groeipad retention`: the dossiers past the WGBO term
 * (--list), and destroying one on request (--destroy REF --reason TEXT),
 * for a beheerder.  See retention.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmd.h"
#include "i18n.h"
#include "retention.h"
#include "text.h"

static enum gp_status list(struct db *db, struct gp_err *e)
{
	struct retention_item *items;
	int n;
	struct gp_date today = date_today();
	enum gp_status s = retention_list(db, today, &items, &n, e);
	if (s != GP_OK)
		return s;
	char on[11];
	date_fmt_nl(today, on);
	if (n == 0)
		printf(_("Geen dossiers voorbij de bewaartermijn van %d jaar na de laatste "
			 "wijziging (op %s).\n"), RETENTION_YEARS, on);
	else
		printf(_("%d dossier(s) voorbij de bewaartermijn van %d jaar na de laatste "
			 "wijziging (op %s):\n\nCliëntnr  Geboren     Laatste wijziging  Naam\n"), n,
		       RETENTION_YEARS, on);
	for (int i = 0; i < n; i++) {
		char birth[11], last[11], name[sizeof items[i].name * 2];
		date_fmt_nl(items[i].birth_date, birth);
		date_fmt_nl(items[i].last_change, last);
		text_sanitize(items[i].name, name, sizeof name, 0);
		printf("%8lld  %s  %-17s  %s\n", items[i].client_no, birth, last, name);
	}
	if (n > 0)
		printf(_("\nVernietigen, na een besluit: groeipad retention --destroy CLIËNTNR "
			 "--reason TEKST.\n"));
	free(items);
	return GP_OK;
}

/* On a terminal the beheerder types the client number again. */
static int confirmed(const struct child *ch)
{
	char line[64], want[24];
	if (!isatty(STDIN_FILENO))
		return 1;
	snprintf(want, sizeof want, "%lld", ch->client_no);
	fprintf(stderr, _("Het hele dossier van cliënt %s wordt vernietigd; dat kan niet ongedaan "
			  "worden gemaakt.\nTyp het cliëntnummer ter bevestiging: "), want);
	if (!fgets(line, sizeof line, stdin))
		return 0;
	line[strcspn(line, "\r\n")] = '\0';
	return strcmp(line, want) == 0;
}

static enum gp_status destroy(struct db *db, const struct cli *c, struct gp_err *e)
{
	struct child *ch = calloc(1, sizeof *ch);
	if (!ch)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	/* the beheerder may not read the dossier: find it by its number only */
	enum gp_status s = child_ref_id(db, c->destroy, ch->id, &ch->client_no, e);
	struct retention_counts n;
	if (s == GP_OK && !confirmed(ch))
		s = gp_fail(e, GP_EINPUT, _("Niet bevestigd: er is niets vernietigd."));
	if (s == GP_OK)
		s = retention_destroy(db, ch->id, c->reason, &n, e);
	if (s == GP_OK) {
		printf(_("Het dossier van cliënt %lld is vernietigd: het kind, %d contacten, %d "
			 "metingen, %d vaccinaties, %d observaties, %d GIZ, %d overdrachten, %d "
			 "notities, %d afspraken en %d ouder(s) die geen ander kind hebben. In het "
			 "logboek staat de reden, niet de inhoud.\n"),
		       ch->client_no, n.contacts, n.measurements, n.vaccinations, n.observations,
		       n.giz, n.handovers, n.notes, n.appointments, n.parents);
		if (!n.clean)
			printf(_("Een ander programma heeft de database nog open; oude kopieën van "
				 "de pagina's verdwijnen uit het logbestand (-wal) zodra het sluit.\n"));
	}
	free(ch);
	return s;
}

int cmd_retention(const struct cli *c)
{
	if (!c->list && !c->destroy)
		return cli_usage_error("%s", _("retention heeft --list of --destroy REF --reason "
					       "TEKST nodig."));
	if (c->list && c->destroy)
		return cli_usage_error("%s", _("retention: kies --list of --destroy, niet allebei."));
	if (c->destroy && !c->reason)
		return cli_usage_error("%s", _("retention --destroy heeft --reason TEKST nodig: "
					       "waarom, bijvoorbeeld het kenmerk van het verzoek."));
	struct db *db;
	int rc = cli_session(c, "retention", &db);
	if (rc != 0)
		return rc;
	struct gp_err e = {0};
	enum gp_status s = c->list ? list(db, &e) : destroy(db, c, &e);
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
