/* demo_handover.h — the warm handovers of the demo database, in every
 * state and some late (demo_handover.c says which). */
#ifndef GP_DEMO_HANDOVER_H
#define GP_DEMO_HANDOVER_H

#include "db.h"

/* Gives some of the children already in db a handover (inside the demo's
 * bulk transaction, after every family is made); *made says how many. */
enum gp_status demo_handovers(struct db *db, const char *datadir, unsigned long long seed,
			      int *made, struct gp_err *e);

#endif
