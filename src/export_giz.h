/* export_giz.h — the "giz" part of a child's JSON export: every GIZ
 * assessment with BDS 1629–1641 as coded values and its plan (see
 * export_giz.c and docs/cli.md). */
#ifndef GP_EXPORT_GIZ_H
#define GP_EXPORT_GIZ_H

#include <jansson.h>

#include "db.h"
#include "refdata.h"

/* The assessments of child_id, oldest first, as a JSON array (labels in
 * the language of `codes`, which may be NULL: then the codes themselves).
 * NULL with e set on failure. */
json_t *export_giz_json(struct db *db, const struct refdata *codes, const char *child_id,
			struct gp_err *e);

#endif
