/* demo_giz.h — GIZ conversations for the demo database (`groeipad demo`):
 * a share of the children get an assessment with a plan, most of them a
 * follow-up that shows change, with agreements coming up on Vandaag. */
#ifndef GP_DEMO_GIZ_H
#define GP_DEMO_GIZ_H

#include "db.h"

/* Adds the GIZ conversations to the children already in db, inside the
 * caller's (bulk) transaction, deterministic for a seed. */
enum gp_status demo_giz(struct db *db, struct gp_date today, unsigned long long seed,
			struct gp_err *e);

#endif
