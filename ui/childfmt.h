/* childfmt.h — how a child's facts read on screen: ages ("3 jaar en 4
 * maanden", "3j 4m"), dates, and the columns of a child list, shared by
 * Vandaag, Zoeken and the Gezin section. */
#ifndef GP_CHILDFMT_H
#define GP_CHILDFMT_H

#include <stddef.h>

#include "app.h"
#include "child.h"

/* "3j 4m" (short, for columns). */
void fmt_age_short(struct gp_date birth, struct gp_date today, char *buf, size_t n);
/* For work lists, where a baby's age matters by the week: "5 dg" under two
 * weeks, "6 wk" under three months, "14 mnd" under two years, then "3j 4m". */
void fmt_age_compact(struct gp_date birth, struct gp_date today, char *buf, size_t n);
/* "3 jaar en 4 maanden". */
void fmt_age_long(struct gp_date birth, struct gp_date today, char *buf, size_t n);

/* Column headings and one row of a child list (name, birth date, age, BSN,
 * postcode) at row y across width w; `sel` highlights the row. */
void childlist_heading(struct app *app, int y, int x, int w);
void childlist_row(struct app *app, int y, int x, int w, const struct child_summary *c,
		   int sel);

#endif
