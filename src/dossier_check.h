/* dossier_check.h — before a dossier leaves the program (an export), its
 * stored texts are checked against the rules every save applies: valid
 * UTF-8, no control characters (newlines and tabs only in multi-line
 * fields), no NUL bytes, and no more characters than the documented limit
 * (docs/data-model.md).  A value written outside groeipad (an old version,
 * the sqlite3 shell, a damaged file) that breaks them would otherwise be
 * dropped, cut or passed on raw; instead the export is refused with a
 * sentence naming the field. */
#ifndef GP_DOSSIER_CHECK_H
#define GP_DOSSIER_CHECK_H

#include "db.h"

/* GP_OK, or GP_ECORRUPT naming the first field of child_id's dossier that
 * breaks the rules ("contacts[2].conclusion: 16000 tekens, …"). */
enum gp_status dossier_check_texts(struct db *db, const char *child_id, struct gp_err *e);

#endif
