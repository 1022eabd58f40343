/* recent.h — the children a user opened lately, read back from the 'view'
 * entries that opening a dossier writes to the audit log (child_log_view),
 * so the list survives a restart and never disagrees with the log. */
#ifndef GP_RECENT_H
#define GP_RECENT_H

#include "child.h"

/* Fills out (room for max) with the children account_id viewed, most recent
 * first, each child once.  *n is the number filled. */
enum gp_status recent_children(struct db *db, const char *account_id,
			       struct child_summary *out, int max, int *n, struct gp_err *e);

#endif
