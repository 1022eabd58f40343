/* sec_growth.h — the dossier section Groei (a table of the child's
 * measurements with their z-scores, flagged values marked and explained),
 * drawn inside the Dossier screen, and the child's measurements with their
 * z-scores as the section and the chart screen both read them. */
#ifndef GP_SEC_GROWTH_H
#define GP_SEC_GROWTH_H

#include "app.h"
#include "child.h"
#include "contact.h"

/* A child's measurements, oldest first, with their z-scores and checks. */
struct growth_data {
	struct measurement *m;        /* measurement_list(); malloc'ed */
	struct measurement_growth *g; /* the z-scores of m[i]; malloc'ed */
	int n;                        /* entries in m and g */
};

/* Reads the measurements of child c and computes their z-scores; on an
 * error the message goes to the status line and d is empty.  Frees what d
 * held before. */
void growth_data_load(struct app *app, const struct child *c, struct growth_data *d);
void growth_data_free(struct growth_data *d);

struct sec_growth;

/* A new, empty section (NULL when out of memory). */
struct sec_growth *sec_growth_new(void);
void sec_growth_free(struct sec_growth *s);

/* (Re)reads the child's measurements. */
void sec_growth_load(struct app *app, struct sec_growth *s, const struct child *c);

/* Draws the section in the h rows from y, columns x … x+w-1. */
void sec_growth_draw(struct app *app, struct sec_growth *s, int y, int x, int w, int h);

/* Handles one of sec_growth_keys; 1 when handled. */
int sec_growth_key(struct app *app, struct sec_growth *s, const struct child *c,
		   enum action act);

extern const struct screen_key sec_growth_keys[]; /* the section's keys */

/* The section's how-to for the Help screen. */
#define SEC_GROWTH_HOWTO \
	N_("Groei toont elke meting van het kind, de nieuwste bovenaan, met de z-score " \
	   "tegen de WHO-groeicurven naast elke waarde (l = liggend, s = staand gemeten). " \
	   "Een uitroepteken markeert een onwaarschijnlijke waarde; de regel onder de tabel " \
	   "legt de gekozen meting uit. F6 of Enter opent de groeicurve.")

#endif
