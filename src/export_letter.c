/* export_letter.c — see export_letter.h.  The letter's text comes from
 * handover_letter.c; this file logs the export and writes it through the
 * encoding writer (textout.h) into a new 0600 file or stdout, as every other
 * text export. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "export_letter.h"
#include "handover_letter.h"
#include "i18n.h"
#include "outfile.h"

void export_letter_default_name(long long no, const struct export_job *job, char *out,
				size_t outsz)
{
	snprintf(out, outsz, "overdracht-%lld.%s", no, job->format == EXPORT_MD ? "md" : "txt");
}

/* The handover's number and child, for the log. */
static enum gp_status find(struct db *db, const char *id, long long *no, char *child_id,
			   struct gp_err *e)
{
	/* handover_child_of says so in words when there is no such handover */
	enum gp_status s = handover_child_of(db, id, child_id, e);
	return s == GP_OK ? db_seq(db, "SELECT no FROM handovers WHERE id = ?1", id, no, e) : s;
}

enum gp_status export_handover_letter(struct db *db, const struct handover_refs *refs,
				      const char *id, const struct export_job *job,
				      struct export_result *res, struct gp_err *e)
{
	memset(res, 0, sizeof *res);
	if (job->format != EXPORT_TXT && job->format != EXPORT_MD)
		return gp_fail(e, GP_EINPUT, "%s", _("De overdrachtsbrief is er als platte tekst (txt) "
						     "of Markdown (md)."));
	char child_id[DB_ID_LEN], detail[PATH_MAX + 128], *text = NULL;
	long long no = 0;
	enum gp_status s = find(db, id, &no, child_id, e);
	if (s == GP_OK)
		s = handover_letter(db, refs, id, job->format == EXPORT_MD ? LETTER_MD : LETTER_TXT,
				    job->today, &text, e);
	if (s != GP_OK)
		return s;
	res->handover_no = no;
	snprintf(res->lang, sizeof res->lang, "nl"); /* the letter is for a Dutch receiver */
	struct outfile of;
	if ((s = outfile_open_force(&of, job->path, job->force, e)) != GP_OK) {
		free(text);
		return s;
	}
	snprintf(detail, sizeof detail, "handover %lld letter %s %s %s", no,
		 export_format_name(job->format), text_encoding_name(job->enc),
		 job->path ? job->path : "stdout");
	/* logged before anything leaves the program */
	s = db_begin(db, e);
	if (s == GP_OK)
		s = audit_log(db, child_id, "export", detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	struct textout t;
	if (s == GP_OK)
		s = textout_init(&t, of.f, job->enc, e);
	if (s == GP_OK) {
		textout_puts(&t, text);
		textout_warning(&t, res->warning, sizeof res->warning);
		if (t.failed)
			s = gp_fail(e, GP_EIO, "%s", _("De brief kon niet helemaal worden geschreven."));
		textout_end(&t);
	}
	free(text);
	if (s != GP_OK) {
		outfile_abort(&of);
		return s;
	}
	return outfile_commit(&of, e);
}
