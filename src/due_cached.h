/* due_cached.h — inside the due list (due.c, due_cached.c): the work list
 * and the rows of `groeipad due` read from the due cache (duecache.h). */
#ifndef GP_DUE_CACHED_H
#define GP_DUE_CACHED_H

#include "due.h"

/* DUE_OPEN from the cache; count: 1 to count `matched` when the limit cuts
 * the list. */
enum gp_status due_collect_cached(struct db *db, const struct schedule *s, struct gp_date on,
				  const struct due_scope *scope, size_t limit, int count,
				  struct due_report *out, struct gp_err *e);

#endif
