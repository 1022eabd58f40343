/* app.h — the running program: the one `struct app` holding all mutable UI
 * state, the screen stack, and the interface every screen implements
 * (struct screen_ops, after tig's view_ops).  Screens draw inside the body
 * rectangle; the breadcrumb, status line and function bar around it are the
 * app's. */
#ifndef GP_APP_H
#define GP_APP_H

#include <stddef.h>
#include <time.h>

#include "account.h"
#include "config.h"
#include "date.h"
#include "db.h"
#include "form.h"
#include "growth.h"
#include "handover_ref.h"
#include "keys.h"
#include "refdata.h"
#include "schedule.h"
#include "theme.h"

enum { APP_MIN_COLS = 80, APP_MIN_ROWS = 24, APP_STACK_MAX = 16, APP_PARKED_MAX = 4 };

struct app;
struct screen;

/* The part of the terminal a screen draws in. */
struct rect {
	int y, x; /* top-left corner */
	int h, w; /* rows and columns */
};

struct screen_ops {
	const char *name;  /* internal name, e.g. "zoeken" */
	/* The breadcrumb part for this screen ("Dossier Zoë van der Berg"). */
	void (*title)(struct app *app, struct screen *s, char *buf, size_t n);
	/* Draws the screen inside body (stdscr). */
	void (*draw)(struct app *app, struct screen *s, const struct rect *body);
	/* Handles a key: act is what the key means among this screen's keys
	 * (ACT_NONE when nothing), key the raw code.  Returns 1 when handled;
	 * 0 lets the app apply the global meaning (help, search, back, quit). */
	int (*key)(struct app *app, struct screen *s, enum action act, int key);
	/* 1 when leaving would throw away unsaved changes; NULL: never. */
	int (*dirty)(struct app *app, struct screen *s);
	/* Called when the screen is on top again after the one above closed. */
	void (*resume)(struct app *app, struct screen *s);
	/* Frees the state. */
	void (*destroy)(struct app *app, struct screen *s);
	const struct screen_key *keys; /* the actions it accepts, ACT_NONE-ended */
	const char *howto;             /* N_() short how-to for the help screen */
	int typing;                    /* printable keys are text, not actions */
	int overlay;                   /* a dialog drawn over the screen below */
	int question;                  /* a yes/no question: keys typed before it
					* showed are dropped, and no global key
					* (F1, F3) works while it is open */
	int private;                   /* hides the screens below (screen lock) */
};

struct screen {
	const struct screen_ops *ops; /* what kind of screen */
	void *st;                     /* its state, freed by ops->destroy */
};

/* The screens of a user who let someone else log in on the lock screen:
 * kept aside, unsaved work and all, until that user logs in again. */
struct parked {
	struct account me;                      /* whose screens */
	struct screen stack[APP_STACK_MAX + 2]; /* as they were, [depth-1] on top */
	int depth;                              /* screens kept */
};

struct app {
	struct db *db;                 /* the open database */
	struct refdata *ref;           /* code lists */
	struct growth_ref *growth;     /* WHO growth tables (z-scores, checks, charts) */
	struct schedule *sched;        /* contact-moment schedule and RVP */
	struct handover_ref *hrules;   /* handover destinations, working days, timing */
	struct config cfg;             /* the user's settings (lock_minutes) */
	struct account me;             /* the logged-in account */
	int logged_in;                 /* 1 after a successful login */
	int demo;                      /* the database is a DEMO database */
	struct screen stack[APP_STACK_MAX + 2]; /* open screens, [depth-1] on top; the
						   last two slots only for private screens
						   (the lock), so it always fits */
	int depth;                     /* screens on the stack */
	int rows, cols;                /* terminal size */
	struct rect body;              /* where the top screen draws */
	struct theme theme;            /* colours or monochrome */
	int ascii;                     /* the locale is not UTF-8 */
	char status[512];              /* message for the status line, "" none */
	char *paste;                   /* text of the last paste (GK_PASTE), or NULL */
	int status_error;              /* the message is an error */
	int cur_y, cur_x;              /* where the cursor goes; cur_y < 0: hidden */
	int quit;                      /* leave the main loop */
	time_t last_key;               /* time of the last key press (screen lock) */
	struct gp_date today;          /* today's date (GROEIPAD_TODAY in tests) */
	struct form_memory form_memory; /* values forms remember within the session
					  * (location, batch number per vaccine) */
	char last_query[512];          /* the search query before the last F3 */
	int wake_ms;                   /* > 0: wake the loop this soon for a redraw
					* (set by a screen while drawing) */
	struct parked parked[APP_PARKED_MAX]; /* other users' screens kept aside */
	int nparked;                   /* entries used in parked */
	char hub[512];                 /* the hub's CONNINFO for Beheer's exchange, "" none */
	int hub_from_cli;              /* 1: hub came from --hub, 0: from the config file */
};

/* Puts a new screen on top; st belongs to it from now on (freed with
 * ops->destroy even when the stack is full). */
void app_push(struct app *app, const struct screen_ops *ops, void *st);
/* Closes the top screen (without asking). */
void app_pop(struct app *app);
/* Closes the top screen and puts another in its place. */
void app_replace(struct app *app, const struct screen_ops *ops, void *st);
/* Closes screens until one of kind ops is on top; returns 0 when none is
 * open (then nothing is closed). */
int app_pop_to(struct app *app, const struct screen_ops *ops);

/* Draws the whole screen now, from inside a long action (a progress
 * display), without waiting for the main loop. */
void app_draw_now(struct app *app);

/* A message in the status line; `error` shows it as an error. */
void app_message(struct app *app, int error, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* "Opgeslagen 10:42" style: the message followed by the clock time. */
void app_message_time(struct app *app, const char *what);

/* Asks a yes/no question in a dialog; on 'j' calls yes(app, ctx).  Only a
 * key pressed after the question could be read counts: what was typed ahead
 * is dropped, and for a moment after it appears (until "[j] ja  [n] nee"
 * shows) keys are ignored, so a 'j' meant for a field never answers it. */
void app_ask(struct app *app, const char *question,
	     void (*yes)(struct app *app, void *ctx), void *ctx);

/* Quits, asking first when any open screen has unsaved changes.  While
 * another user's unsaved work is kept aside, it logs out to Inloggen
 * instead, so that user can come back to it. */
void app_quit(struct app *app);

/* The lock screen's "another user": puts every screen below the lock aside
 * for the logged-in user and opens Inloggen.  0, or -1 (with a message)
 * when no room is left. */
int app_park(struct app *app);

/* After a good login as `a`: that user's screens kept aside come back
 * (returns 1), or 0 when there are none.  The login screen is closed. */
int app_unpark(struct app *app, const struct account *a);

/* 1 when a user's screens kept aside hold unsaved work. */
int app_parked_dirty(struct app *app);

/* Places the terminal cursor (visible) for this frame. */
void app_cursor(struct app *app, int y, int x);

/* The attribute of a theme role. */
attr_t app_attr(const struct app *app, enum theme_role r);

#endif
