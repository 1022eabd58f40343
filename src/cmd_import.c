/* cmd_import.c — `groeipad import FILE...`: children from CSV or BDS JSON
 * (import.h), with the report on stdout: every bad record with its file,
 * line and reason, every change to a child already present, warnings, and
 * the totals.  --dry-run only reports; --skip-bad stores the good records
 * when some are bad; without it one bad record stops the whole import
 * (exit 1, nothing stored). */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "i18n.h"
#include "import.h"

static void print_note(void *ctx, const struct import_note *n)
{
	(void)ctx;
	if (n->line > 0) {
		if (n->kind == IMPORT_WARN)
			printf(_("%s regel %ld: let op: %s\n"), n->file, n->line, n->text);
		else
			printf(_("%s regel %ld: %s\n"), n->file, n->line, n->text);
	} else if (n->kind == IMPORT_WARN) {
		printf(_("%s: let op: %s\n"), n->file, n->text);
	} else if (n->kind == IMPORT_BAD) {
		printf("%s\n", n->text); /* names the file itself */
	} else {
		printf("%s: %s\n", n->file, n->text);
	}
}

int cmd_import(const struct cli *c)
{
	if (c->nargs == 0)
		return cli_usage_error("%s", _("import heeft een of meer bestanden nodig: import "
					       "BESTAND... (CSV of BDS JSON)."));
	if (c->format)
		return cli_usage_error("%s", _("import herkent zelf of een bestand CSV of BDS JSON "
					       "is; --format hoort daar niet bij."));
	enum text_encoding enc;
	int rc = cli_encoding(c, &enc);
	if (rc >= 0)
		return rc;
	for (int i = 0; i < c->nargs; i++)
		for (int k = 0; k < i; k++)
			if (strcmp(c->args[i], c->args[k]) == 0)
				return cli_usage_error(_("%s staat twee keer in de opdracht."),
						       c->args[i]);
	struct db *db;
	if ((rc = cli_session(c, "import", &db)) != 0)
		return rc;
	struct import_options opt = {
		.skip_bad = c->skip_bad, .dry_run = c->dry_run,
		.encoding = c->encoding ? &enc : NULL, .today = date_today(),
		.report = print_note,
	};
	struct import_summary sum;
	struct gp_err e = {0};
	enum gp_status s = import_files(db, c->args, c->nargs, &opt, &sum, &e);
	db_close(db);
	if (s == GP_EDENIED)
		return cli_fail(&e); /* nothing was read: no totals */
	printf(_("Totaal: %lld record(s): %lld nieuw, %lld gewijzigd, %lld ongewijzigd, %lld niet "
		 "in orde, %lld waarschuwing(en).\n"), sum.records, sum.created, sum.changed,
	       sum.unchanged, sum.bad, sum.warnings);
	(void)fflush(stdout);
	if (s != GP_OK)
		return cli_fail(&e);
	if (c->dry_run && sum.bad && !c->skip_bad) {
		printf("%s\n", _("Proef (--dry-run): er is niets opgeslagen."));
		(void)fflush(stdout);
		(void)fprintf(stderr, _("groeipad: een echte import zou niets opslaan: %lld record(s) "
				  "zijn niet in orde (of gebruik --skip-bad).\n"), sum.bad);
		return 1;
	}
	if (c->dry_run)
		printf("%s\n", _("Proef (--dry-run): er is niets opgeslagen."));
	else if (sum.bad)
		printf(_("Geïmporteerd; %lld record(s) overgeslagen (--skip-bad).\n"), sum.bad);
	else
		printf("%s\n", _("Geïmporteerd."));
	return 0;
}
