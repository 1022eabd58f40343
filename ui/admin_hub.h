/* admin_hub.h — the Hub section of Beheer (ui/scr_admin.c): the last
 * exchange with the organisation's hub as this file remembers it (when,
 * whether it worked, what it sent and received, a warning when it is
 * longer ago than sync_warn_days), where the hub is (--hub, or `hub` in
 * the config file; a sentence saying what to do when neither), and Enter
 * to exchange now, with the phase and the counts drawn as the exchange
 * proceeds (src/sync.h's progress callback).  No SQL and no libpq here. */
#ifndef GP_ADMIN_HUB_H
#define GP_ADMIN_HUB_H

#include "app.h"
#include "sync.h"

struct admin_hub {
	struct sync_status last;     /* the last exchange, as the file remembers it */
	int busy;                    /* 1 while an exchange runs */
	enum sync_phase phase;       /* busy: where it is */
	int done, total;             /* busy: records of that phase */
	struct sync_report counts;   /* busy: the counts so far */
};

/* Reads the last exchange again. */
void admin_hub_load(struct app *app, struct admin_hub *h);

/* Draws the section from row y of b. */
void admin_hub_draw(struct app *app, struct admin_hub *h, const struct rect *b, int y);

/* Enter exchanges now; 1 when the action was taken. */
int admin_hub_key(struct app *app, struct admin_hub *h, enum action act);

#endif
