/* demo_history.h — the care history of a demo child (docs/product.md §9
 * `demo`: fictitious but realistic): contact moments following
 * data/schedule up to today, some missed and some of those rescheduled, growth along a
 * per-child curve of WHO z-scores, vaccinations of the child's RVP version
 * with batch numbers and sites, and objections in about 3% of families.
 * Everything follows from the demo seed, the child and GROEIPAD_TODAY. */
#ifndef GP_DEMO_HISTORY_H
#define GP_DEMO_HISTORY_H

#include "child.h"
#include "db.h"

struct demo_history;

/* Loads the schedule and the WHO tables from datadir; the rows are written
 * by the acting account of db. */
enum gp_status demo_history_new(struct db *db, const char *datadir, unsigned long long seed,
				struct demo_history **out, struct gp_err *e);
void demo_history_free(struct demo_history *h);

/* Writes the history of child c (already saved), inside the caller's
 * transaction, with one audit entry.  family_key is the same for the
 * children of one family (objections are a family's). */
enum gp_status demo_history_child(struct demo_history *h, const struct child *c,
				  const char *family_key, struct gp_err *e);

#endif
