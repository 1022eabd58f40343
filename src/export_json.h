/* export_json.h — one child's dossier as JSON (docs/product.md §7: "JSON with every
 * field"): the child, its parents with relation and gezag (its kind, days
 * and GI), its contacts with observations, its measurements with their WHO
 * z-scores, its vaccinations, its GIZ assessments with BDS 1629–1641 and
 * their plans (export_giz.h), and its warm handovers with their consents
 * and lifecycle (export_handover.h).  docs/cli.md has a table of every field.
 * (The notes follow with the exports of issue 11.)
 * Only a care role may export (src/perm.h); a dossier whose stored text
 * breaks the rules is refused (src/dossier_check.h).
 *
 * The text is deterministic: fields in a fixed order, two-space indent,
 * records oldest first, reals with at most 15 significant digits (so a z
 * of -2.07 is written -2.07).  Empty texts, unknown numbers and dates
 * are null.  Labels of coded fields come from data/codes in Dutch,
 * whatever the interface language, so the file does not depend on who
 * exported it. */
#ifndef GP_EXPORT_JSON_H
#define GP_EXPORT_JSON_H

#include <jansson.h>

#include "child.h"
#include "db.h"
#include "growth.h"
#include "refdata.h"

/* What the export reads besides the database. */
struct export_refs {
	const struct growth_ref *growth; /* WHO tables for the z-scores (required) */
	const struct refdata *codes;     /* Dutch code lists for the labels, or NULL:
					    then each label is the code itself */
};

/* Builds the JSON of child `c` (as read by child_get/child_find_ref) on
 * `today` (the export date written in the file).  On GP_OK *out is a
 * malloc'ed, NUL-terminated text ending in a newline; free() it.  Writes
 * nothing to the audit log: the caller logs the export where it happens. */
enum gp_status export_child_json(struct db *db, const struct export_refs *refs,
				 const struct child *c, struct gp_date today, char **out,
				 struct gp_err *e);

/* The same document as a jansson tree (json_decref it), for writers that
 * lay it out themselves (one line per child in NDJSON).  NULL with e set on
 * failure. */
json_t *export_child_json_tree(struct db *db, const struct export_refs *refs,
			       const struct child *c, struct gp_date today, struct gp_err *e);

#endif
