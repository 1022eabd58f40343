/* export_letter.h — the letter of a warm handover (handover_letter.h) as an
 * export: plain text or Markdown in UTF-8, Windows-1252 or ASCII (textout.h,
 * the same rules as every text export), to stdout or a new 0600 file
 * (replaced only with job->force), logged on the child's audit trail before
 * anything leaves the program.  The command line (`export handover
 * NUMMER`), the letter's screen and the Export dialog all write it here. */
#ifndef GP_EXPORT_LETTER_H
#define GP_EXPORT_LETTER_H

#include "export.h"
#include "handover.h"

/* Writes the letter of handover `id` as job says (format EXPORT_TXT or
 * EXPORT_MD, enc, path, force, today); res->handover_no and res->warning
 * (characters the encoding changed) are filled in. */
enum gp_status export_handover_letter(struct db *db, const struct handover_refs *refs,
				      const char *id, const struct export_job *job,
				      struct export_result *res, struct gp_err *e);

/* The file name the Export dialog proposes: "overdracht-12.txt". */
void export_letter_default_name(long long no, const struct export_job *job, char *out,
				size_t outsz);

#endif
