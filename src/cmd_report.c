/* cmd_report.c — `groeipad report --from DATE --to DATE`: the period report
 * of report.h for the municipality and the team lead, as aligned text or as
 * `;`-separated CSV, in the encoding asked for (cp1252 for Dutch Excel).
 * Written to the audit log (who made which report for which period, into
 * which file) before anything leaves the program. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "i18n.h"
#include "outfile.h"
#include "refdata.h"
#include "report.h"

/* dd-mm-jjjj (also ddmmjjjj) or YYYY-MM-DD; 0 or -1. */
static int parse_day(const char *s, struct gp_date *out)
{
	const char *why;
	if (date_parse_iso(s, out) == 0)
		return 0;
	if (*s < '0' || *s > '9')
		return -1;
	return date_parse_nl(s, date_today(), out, &why);
}

static enum gp_status run(struct db *db, const struct cli *c, struct gp_date from,
			  struct gp_date to, enum report_format fmt, enum text_encoding enc,
			  struct gp_err *e)
{
	struct schedule *sched = NULL;
	char warning[256];
	enum gp_status s = schedule_load(refdata_dir(), &sched, e);
	if (s == GP_OK)
		s = report_export(db, sched, from, to, fmt, enc, c->out, c->force, warning,
				  sizeof warning, e);
	schedule_free(sched);
	if (s == GP_OK)
		cli_warn(warning);
	if (s == GP_OK && c->out)
		printf(_("De rapportage staat in %s.\n"), c->out);
	return s;
}

int cmd_report(const struct cli *c)
{
	struct gp_date from, to;
	if (!c->from || !c->to)
		return cli_usage_error("%s", _("report heeft --from DATUM en --to DATUM nodig, "
					       "bijvoorbeeld --from 01-01-2026 --to 31-12-2026."));
	if (parse_day(c->from, &from) != 0)
		return cli_usage_error(_("--from verwacht een datum als 01-01-2026, niet '%s'."),
				       c->from);
	if (parse_day(c->to, &to) != 0)
		return cli_usage_error(_("--to verwacht een datum als 31-12-2026, niet '%s'."), c->to);
	if (date_cmp(from, to) > 0)
		return cli_usage_error("%s", _("--from ligt na --to; draai ze om."));
	const char *format = c->format ? c->format : "txt";
	enum report_format fmt = REPORT_TXT;
	if (strcmp(format, "csv") == 0)
		fmt = REPORT_CSV;
	else if (strcmp(format, "txt") != 0)
		return cli_usage_error(_("report kent --format txt en csv, niet '%s'."), format);
	enum text_encoding enc;
	int rc = cli_encoding(c, &enc);
	if (rc >= 0)
		return rc;
	struct gp_err e = {0};
	if (outfile_check_force(c->out, c->force, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	if ((rc = cli_session(c, "report", &db)) != 0)
		return rc;
	enum gp_status s = run(db, c, from, to, fmt, enc, &e);
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
