/* cmd_handover.c — `groeipad export handover ID --format txt|md`: the
 * handover letter for the receiver (handover_letter.h) on stdout or in a
 * new 0600 file, written to the audit log as an export of the child's
 * handover before anything leaves the program (handover_letter_write).  ID is the handover's number
 * (as the dossier's Overdrachten shows it) or its whole id. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmd.h"
#include "config.h"
#include "handover_letter.h"
#include "i18n.h"
#include "outfile.h"

/* Checks the words and options; -1 when fine, else the exit code. */
static int check(const struct cli *c, enum letter_format *fmt)
{
	if (c->nargs < 2)
		return cli_usage_error("%s", _("export handover heeft het nummer van de overdracht "
					       "nodig: export handover NUMMER."));
	if (c->nargs > 2)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[2]);
	if (!c->format)
		return cli_usage_error("%s", _("export handover heeft --format nodig: txt of md."));
	if (strcmp(c->format, "txt") == 0)
		*fmt = LETTER_TXT;
	else if (strcmp(c->format, "md") == 0)
		*fmt = LETTER_MD;
	else
		return cli_usage_error(_("export handover kent --format txt en md, niet '%s'."),
				       c->format);
	if (c->encoding && strcmp(c->encoding, "utf-8") != 0)
		return cli_usage_error(_("--encoding %s is voor de overdrachtsbrief nog niet "
					 "beschikbaar; de brief is UTF-8."), c->encoding);
	return -1;
}

static enum gp_status run(struct db *db, const char *ref, enum letter_format fmt,
			  const char *path, struct gp_err *e)
{
	struct handover_ref *rules = NULL;
	struct refdata *codes = NULL;
	struct config cfg;
	char id[DB_ID_LEN];
	struct handover *h = malloc(sizeof *h);
	if (!h)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	config_load(&cfg);
	enum gp_status s = handover_find_ref(db, ref, id, e);
	if (s == GP_OK)
		s = handover_ref_load(refdata_dir(), &rules, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &codes, e);
	if (s == GP_OK)
		s = handover_get(db, id, h, e);
	if (s == GP_OK) {
		struct handover_refs refs = {rules, codes};
		rules->timing.receipt_workdays = cfg.handover_receipt_workdays;
		rules->timing.conversation_days = cfg.handover_conversation_days;
		rules->timing.feedback_days = cfg.handover_feedback_days;
		s = handover_letter_write(db, &refs, id, fmt, date_today(), path, e);
	}
	if (s == GP_OK && path)
		printf(_("De overdrachtsbrief %lld staat in %s.\n"), h->no, path);
	free(h);
	refdata_free(codes);
	handover_ref_free(rules);
	return s;
}

int cmd_export_handover(const struct cli *c)
{
	enum letter_format fmt = LETTER_TXT;
	int rc = check(c, &fmt);
	if (rc >= 0)
		return rc;
	struct gp_err e = {0};
	if (outfile_check(c->out, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	if ((rc = cli_session(c, "export", &db)) != 0)
		return rc;
	enum gp_status s = run(db, c->args[1], fmt, c->out, &e);
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
