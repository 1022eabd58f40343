/* export_handover.h — the "handovers" part of a child's JSON export
 * (export_json.h; every field in docs/cli.md). */
#ifndef GP_EXPORT_HANDOVER_H
#define GP_EXPORT_HANDOVER_H

#include <jansson.h>

#include "db.h"
#include "refdata.h"

/* The child's handovers, oldest first, each with its consents and its
 * lifecycle; labels from codes (NULL: the codes themselves).  NULL with e
 * set on failure. */
json_t *export_handovers_json(struct db *db, const struct refdata *codes, const char *child_id,
			      struct gp_err *e);

#endif
