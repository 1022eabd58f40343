/* demo.h — a fictitious but realistic demo database (docs/product.md §9 `demo`):
 * families of Dutch, Turkish, Moroccan, Polish, Vietnamese, Syrian and
 * Chinese origin with their diacritics and scripts, siblings sharing
 * parents, ages spread over 0–18, BSNs from the 9999xxxxx test range.  The
 * same seed and GROEIPAD_TODAY give the same records. */
#ifndef GP_DEMO_H
#define GP_DEMO_H

#include "db.h"

struct demo_options {
	int children;          /* how many children */
	unsigned long long seed; /* the random seed */
	const char *datadir;   /* where data/demo/NAME.tsv live */
};

/* Fills a freshly created database: the user demo (password demo), the demo
 * sociale kaart, families and children; marks the database as DEMO. */
enum gp_status demo_fill(struct db *db, const struct demo_options *opt, struct gp_err *e);

#endif
