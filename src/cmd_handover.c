/* cmd_handover.c — `groeipad export handover NUMMER --format txt|md
 * [--encoding utf-8|cp1252|ascii] [-o FILE] [--force]`: the handover letter
 * for the receiver (handover_letter.h) through the export writer
 * (export_letter.h): logged on the child's audit trail before anything
 * leaves the program, in the encoding asked, on stdout or in a new 0600
 * file.  NUMMER is the handover's number (as the dossier's Overdrachten
 * shows it) or its whole id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "export_letter.h"
#include "i18n.h"
#include "outfile.h"

/* Checks the words and options; -1 when fine, else the exit code. */
static int check(const struct cli *c, struct export_job *job)
{
	if (c->nargs < 2)
		return cli_usage_error("%s", _("export handover heeft het nummer van de overdracht "
					       "nodig: export handover NUMMER."));
	if (c->nargs > 2)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[2]);
	if (!c->format)
		return cli_usage_error("%s", _("export handover heeft --format nodig: txt of md."));
	if (strcmp(c->format, "txt") == 0)
		job->format = EXPORT_TXT;
	else if (strcmp(c->format, "md") == 0)
		job->format = EXPORT_MD;
	else
		return cli_usage_error(_("export handover kent --format txt en md, niet '%s'."),
				       c->format);
	if (c->afschrift || c->doc_lang || c->identity || c->bds_version)
		return cli_usage_error("%s", _("De overdrachtsbrief is altijd in het Nederlands, voor "
					       "de ontvanger; --afschrift, --doc-lang, --identity en "
					       "--bds-version horen er niet bij."));
	return cli_encoding(c, &job->enc);
}

static enum gp_status run(struct db *db, const char *ref, const struct export_job *job,
			  struct export_result *res, struct gp_err *e)
{
	struct handover_ref *rules = NULL;
	struct refdata *codes = NULL;
	struct config cfg;
	char id[DB_ID_LEN];
	config_load(&cfg);
	enum gp_status s = handover_find_ref(db, ref, id, e);
	if (s == GP_OK)
		s = handover_ref_load(refdata_dir(), &rules, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &codes, e);
	if (s == GP_OK) {
		struct handover_refs refs = {rules, codes};
		rules->timing.receipt_workdays = cfg.handover_receipt_workdays;
		rules->timing.conversation_days = cfg.handover_conversation_days;
		rules->timing.feedback_days = cfg.handover_feedback_days;
		s = export_handover_letter(db, &refs, id, job, res, e);
	}
	refdata_free(codes);
	handover_ref_free(rules);
	return s;
}

int cmd_export_handover(const struct cli *c)
{
	struct export_job job = {.format = EXPORT_TXT, .enc = ENC_UTF8, .path = c->out,
				 .force = c->force, .today = date_today()};
	int rc = check(c, &job);
	if (rc >= 0)
		return rc;
	struct gp_err e = {0};
	if (outfile_check_force(c->out, c->force, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	if ((rc = cli_session(c, "export", &db)) != 0)
		return rc;
	struct export_result res;
	enum gp_status s = run(db, c->args[1], &job, &res, &e);
	db_close(db);
	if (s != GP_OK)
		return cli_fail(&e);
	cli_warn(res.warning);
	if (c->out)
		printf(_("De overdrachtsbrief %lld staat in %s.\n"), res.handover_no, c->out);
	return 0;
}
