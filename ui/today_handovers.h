/* today_handovers.h — the Overdrachten part of Vandaag: the user's open
 * warm handovers, the late ones first and in red with what is late, the
 * others with what they wait for; a melding sent without consent is marked
 * as such (docs/product.md §1, §6). */
#ifndef GP_TODAY_HANDOVERS_H
#define GP_TODAY_HANDOVERS_H

#include "app.h"
#include "handover.h"

/* The user's open handovers as of app->today: *out malloc'ed (free()),
 * *n entries, *late how many are late; a failure goes to the status line. */
void today_handovers_load(struct app *app, struct handover_line **out, int *n, int *late);

/* One row: the child, the handover's number and receiver, and what is late
 * or awaited. */
void today_handover_row(struct app *app, int y, int x, int w, const struct handover_line *l,
			int sel);

#endif
