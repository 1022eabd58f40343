/* store.h — what every save of an editable record shares: one transaction,
 * the version check, and its audit entry; and the sentence for a save that
 * lost the race to someone else (docs/product.md §8). */
#ifndef GP_STORE_H
#define GP_STORE_H

#include "db.h"

/* Steps a bound INSERT or UPDATE in its own transaction (or inside the
 * caller's, see db_begin) and logs `action` on `child_id` (may be NULL).
 * With need_change, an UPDATE that changed no row means the record moved on
 * or is gone: nothing is written and e says which, naming who saved last
 * (the row of `table` with this `id`).  The statement is reset either way. */
enum gp_status store_save_one(struct db *db, sqlite3_stmt *st, int need_change,
			      const char *table, const char *id, const char *child_id,
			      const char *action, const char *detail, struct gp_err *e);

/* The GP_ESTALE (or GP_ENOTFOUND) sentence for a refused update of the row
 * `id` of `table`, which must have updated_at and updated_by columns. */
enum gp_status store_stale_error(struct db *db, const char *table, const char *id,
				 struct gp_err *e);

#endif
