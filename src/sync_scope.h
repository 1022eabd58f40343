/* sync_scope.h — a child leaving a workstation's scope (docs/sync.md,
 * "Scope and check-out").  When a child's location stops being one of the
 * workstation's, or the child leaves its explicit caseload, the exchange
 * removes it from this file — but only once nothing of it waits here for
 * the hub: no record of it in the outbox and no open conflict.  Until then
 * it stays, and the exchange says so.
 *
 * The removal takes the child and everything recorded about it from every
 * table, its search entry included (retention_remove_rows), inside the
 * pull's transaction, with one audit entry 'sync_leave' that names the
 * child's id and no content.  The hub still has every record.  The ids
 * removed are noted in the setting 'sync_left' in that same transaction,
 * until the hub has been told that this workstation no longer has them
 * (groeipad.workstation_has): so a child that comes back later arrives
 * whole again, even when the exchange was killed in between. */
#ifndef GP_SYNC_SCOPE_H
#define GP_SYNC_SCOPE_H

#include "db.h"

struct scope_leave {
	int removed; /* children removed from this file */
	int kept;    /* children out of scope that stay: changes not at the hub yet */
};

/* For each of the children ids[0..n) (36-character ids) that left this
 * workstation's scope: removed when nothing of it waits for the hub,
 * otherwise kept and counted.  A child this file does not have is only
 * noted for the hub.  Inside the caller's transaction. */
enum gp_status sync_scope_leave_in(struct db *db, char (*ids)[DB_ID_LEN], int n,
				   struct scope_leave *r, struct gp_err *e);

/* Foreign keys are checked row by row on every delete, and several
 * references have no index (measurements.contact_seq, …): removing a child
 * would read those tables whole for each of its contacts (50 ms a child at
 * 1,000 children).  So the pull turns them off for its transaction when
 * children leave (sync_scope_keys_off before it begins), and checks them all
 * at once before it commits (sync_scope_keys_hold: GP_ECORRUPT with a
 * sentence when one does not hold; then the caller rolls back), as a
 * migration does.  sync_scope_keys_on after the commit or the rollback. */
enum gp_status sync_scope_keys_off(struct db *db, struct gp_err *e);
enum gp_status sync_scope_keys_hold(struct db *db, struct gp_err *e);
void sync_scope_keys_on(struct db *db);

/* The ids removed here that the hub has not been told of yet, as a
 * PostgreSQL array literal "{id,id}" (malloc'ed; "" when none). */
enum gp_status sync_scope_left(struct db *db, char **array, struct gp_err *e);

/* Forgets those ids once the hub knows (its own transaction). */
enum gp_status sync_scope_left_done(struct db *db, struct gp_err *e);

#endif
