/* app.c — ui_run(): opening the database, starting curses, and the main
 * loop with its screen stack; and the frame around every screen: the
 * breadcrumb line at the top, the status line and the function bar at the
 * bottom, the "venster te klein" notice, and the idle screen lock. */
#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "draw.h"
#include "formscreen.h"
#include "i18n.h"
#include "input.h"
#include "screens.h"
#include "ui.h"

enum { TICK_MS = 1000, ESC_DELAY_MS = 25, PASTE_MAX = 64 * 1024 };

static struct screen *top(struct app *app)
{
	return app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
}

static void destroy(struct app *app, struct screen *s)
{
	if (s->ops->destroy)
		s->ops->destroy(app, s);
	s->st = NULL;
}

void app_push(struct app *app, const struct screen_ops *ops, void *st)
{
	struct screen s = {ops, st};
	if (app->depth >= APP_STACK_MAX + (ops->private ? 2 : 0)) {
		destroy(app, &s);
		app_message(app, 1, _("Er staan te veel schermen open; ga eerst terug met Esc."));
		return;
	}
	app->stack[app->depth++] = s;
}

void app_pop(struct app *app)
{
	if (app->depth == 0)
		return;
	destroy(app, &app->stack[--app->depth]);
	struct screen *s = top(app);
	if (s && s->ops->resume)
		s->ops->resume(app, s);
}

void app_replace(struct app *app, const struct screen_ops *ops, void *st)
{
	if (app->depth > 0)
		destroy(app, &app->stack[--app->depth]);
	app_push(app, ops, st);
}

int app_pop_to(struct app *app, const struct screen_ops *ops)
{
	int i = app->depth - 1;
	while (i >= 0 && app->stack[i].ops != ops)
		i--;
	if (i < 0)
		return 0;
	while (app->depth - 1 > i)
		app_pop(app);
	return 1;
}

void app_message(struct app *app, int error, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(app->status, sizeof app->status, fmt, ap);
	va_end(ap);
	app->status_error = error;
}

void app_message_time(struct app *app, const char *what)
{
	time_t now = time(NULL);
	struct tm tm;
	char hm[16] = "";
	if (localtime_r(&now, &tm) && strftime(hm, sizeof hm, "%H:%M", &tm) == 0)
		hm[0] = '\0';
	app_message(app, 0, "%s %s", what, hm);
}

void app_cursor(struct app *app, int y, int x)
{
	app->cur_y = y;
	app->cur_x = x;
}

attr_t app_attr(const struct app *app, enum theme_role r)
{
	return app->theme.attr[r];
}

static int any_dirty(struct app *app)
{
	for (int i = 0; i < app->depth; i++) {
		struct screen *s = &app->stack[i];
		if (s->ops->dirty && s->ops->dirty(app, s))
			return 1;
	}
	return 0;
}

static int stack_dirty(struct app *app, struct screen *stack, int depth)
{
	for (int i = 0; i < depth; i++)
		if (stack[i].ops->dirty && stack[i].ops->dirty(app, &stack[i]))
			return 1;
	return 0;
}

int app_parked_dirty(struct app *app)
{
	for (int i = 0; i < app->nparked; i++)
		if (stack_dirty(app, app->parked[i].stack, app->parked[i].depth))
			return 1;
	return 0;
}

/* Closes this user's screens, ends the session and shows Inloggen. */
static void log_out(struct app *app, const char *action)
{
	struct gp_err e = {0};
	while (app->depth > 0)
		destroy(app, &app->stack[--app->depth]);
	if (account_logout(app->db, action, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	app->logged_in = 0;
	memset(&app->me, 0, sizeof app->me);
	login_open(app);
}

static void really_quit(struct app *app, void *ctx)
{
	(void)ctx;
	if (app->logged_in && app_parked_dirty(app)) {
		/* someone else's unsaved work waits: stay, at Inloggen */
		log_out(app, "logout");
		app_message(app, 0, _("U bent uitgelogd. Er staat nog niet-opgeslagen werk van een "
				      "andere gebruiker apart, dus groeipad blijft open."));
		return;
	}
	app->quit = 1;
}

void app_quit(struct app *app)
{
	if (any_dirty(app))
		app_ask(app, _("Er zijn wijzigingen die nog niet zijn opgeslagen. "
			       "Toch stoppen en ze weggooien?"), really_quit, NULL);
	else if (!app->logged_in && app_parked_dirty(app))
		app_ask(app, _("Er staat niet-opgeslagen werk van een andere gebruiker apart. "
			       "Toch stoppen en het weggooien?"), really_quit, NULL);
	else
		really_quit(app, NULL);
}

int app_park(struct app *app)
{
	struct gp_err e = {0};
	if (app->nparked == APP_PARKED_MAX) {
		app_message(app, 1, _("Er staat al werk van %d gebruikers apart; laat een van hen "
				      "eerst inloggen en afronden."), APP_PARKED_MAX);
		return -1;
	}
	struct parked *p = &app->parked[app->nparked++];
	p->me = app->me;
	p->depth = app->depth - 1; /* all but the lock on top */
	memcpy(p->stack, app->stack, (size_t)p->depth * sizeof *p->stack);
	destroy(app, &app->stack[app->depth - 1]);
	app->depth = 0;
	if (account_logout(app->db, "switch_user", &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	app->logged_in = 0;
	memset(&app->me, 0, sizeof app->me);
	login_open(app);
	return 0;
}

int app_unpark(struct app *app, const struct account *a)
{
	int i = 0;
	while (i < app->nparked && strcmp(app->parked[i].me.id, a->id) != 0)
		i++;
	if (i == app->nparked)
		return 0;
	while (app->depth > 0)
		destroy(app, &app->stack[--app->depth]);
	struct parked *p = &app->parked[i];
	memcpy(app->stack, p->stack, (size_t)p->depth * sizeof *p->stack);
	app->depth = p->depth;
	memmove(p, p + 1, (size_t)(app->nparked - i - 1) * sizeof *p);
	app->nparked--;
	app->me = *a;
	app->logged_in = 1;
	struct screen *t = top(app);
	if (t && t->ops->resume)
		t->ops->resume(app, t);
	return 1;
}

static void close_top(struct app *app, void *ctx)
{
	(void)ctx;
	app_pop(app);
}

/* Esc on a screen that did not use it: back, asking first when needed.
 * The bottom screen (Vandaag, Inloggen) stays. */
static void go_back(struct app *app)
{
	struct screen *s = top(app);
	if (app->depth <= 1)
		return;
	if (s->ops->dirty && s->ops->dirty(app, s))
		app_ask(app, _("De wijzigingen zijn nog niet opgeslagen. Weggooien?"),
			close_top, NULL);
	else
		app_pop(app);
}

/* --- the frame around the screens --- */

/* The titles of the open screens (the lock hides all but itself). */
static int crumb_parts(struct app *app, char parts[][256], int max)
{
	struct screen *t = top(app);
	int n = 0;
	for (int i = 0; i < app->depth && n < max; i++) {
		struct screen *s = &app->stack[i];
		if ((t->ops->private && s != t) || s->ops->overlay || !s->ops->title)
			continue;
		s->ops->title(app, s, parts[n++], 256);
	}
	return n;
}

/* "groeipad › Zoeken › Dossier …"; when it is too wide the oldest parts
 * give way to "…", so where you are now always shows. */
static void make_crumb(struct app *app, char *crumb, size_t size, int room)
{
	char parts[APP_STACK_MAX][256];
	const char *sep = app->ascii ? " > " : " \u203a ";
	const char *gap = app->ascii ? "..." : "\u2026";
	int n = crumb_parts(app, parts, APP_STACK_MAX);
	for (int first = 0; first < n || first == 0; first++) {
		snprintf(crumb, size, "groeipad%s%s", first ? sep : "", first ? gap : "");
		for (int i = first; i < n; i++) {
			size_t len = strlen(crumb);
			snprintf(crumb + len, size - len, "%s%s", sep, parts[i]);
		}
		if (draw_width(crumb, app->ascii) <= room || first >= n - 1)
			return;
	}
}

static void draw_breadcrumb(struct app *app)
{
	char crumb[APP_STACK_MAX * 260];
	char right[ACCOUNT_DISPLAY_BUF + 8];
	snprintf(right, sizeof right, "%s", app->logged_in ? app->me.display_name : "");
	int demo_w = app->demo ? 6 : 0;
	int rw = draw_width(right, app->ascii);
	if (rw > app->cols / 3)
		rw = app->cols / 3;
	int room = app->cols - rw - demo_w - 5;
	make_crumb(app, crumb, sizeof crumb, room);
	attrset(app_attr(app, TH_TITLE));
	draw_blank(stdscr, 0, 0, app->cols);
	draw_text(stdscr, 0, 1, room, crumb, app->ascii);
	draw_text_right(stdscr, 0, app->cols - 1 - demo_w, rw, right, app->ascii);
	if (app->demo) {
		attrset(app_attr(app, TH_DEMO));
		draw_text(stdscr, 0, app->cols - 5, 4, "DEMO", app->ascii);
	}
	attrset(A_NORMAL);
}

static void draw_status(struct app *app)
{
	attrset(app_attr(app, app->status_error ? TH_ERROR : TH_STATUS));
	draw_text(stdscr, app->rows - 2, 1, app->cols - 2, app->status, app->ascii);
	attrset(A_NORMAL);
}

/* The htop-style bar: the keys of the screen on top that have a label. */
static void draw_bar(struct app *app)
{
	const struct screen_key *keys = top(app)->ops->keys;
	int y = app->rows - 1, x = 0;
	for (const struct screen_key *k = keys; k && k->act != ACT_NONE; k++) {
		const char *label = keys_label(k);
		char name[32];
		if (!label)
			continue;
		keys_name(keys_info(k->act)->keys[0], name, sizeof name);
		int need = draw_width(name, app->ascii) + draw_width(label, app->ascii) + 1;
		if (x + need > app->cols)
			break;
		attrset(app_attr(app, TH_BAR_KEY));
		x += draw_text(stdscr, y, x, app->cols - x, name, app->ascii);
		attrset(app_attr(app, TH_BAR_LABEL));
		x += draw_text(stdscr, y, x, app->cols - x, label, app->ascii);
		attrset(A_NORMAL);
		x++;
	}
}

static void draw_too_small(struct app *app)
{
	char msg[128];
	snprintf(msg, sizeof msg, _("Venster te klein: minimaal %d%s%d"), APP_MIN_COLS,
		 app->ascii ? "x" : "\u00d7", APP_MIN_ROWS);
	int w = draw_width(msg, app->ascii);
	int x = w < app->cols ? (app->cols - w) / 2 : 0;
	attrset(A_BOLD);
	draw_text(stdscr, app->rows / 2, x, app->cols, msg, app->ascii);
	attrset(A_NORMAL);
}

static void draw_screens(struct app *app)
{
	int base = app->depth - 1;
	while (base > 0 && app->stack[base].ops->overlay)
		base--;
	for (int i = base; i < app->depth; i++) {
		struct screen *s = &app->stack[i];
		app->cur_y = -1;
		attrset(A_NORMAL);
		s->ops->draw(app, s, &app->body);
	}
}

static int too_small(const struct app *app)
{
	return app->cols < APP_MIN_COLS || app->rows < APP_MIN_ROWS;
}

static void frame(struct app *app)
{
	getmaxyx(stdscr, app->rows, app->cols);
	app->body = (struct rect){1, 0, app->rows - 3, app->cols};
	app->cur_y = -1;
	erase();
	if (too_small(app)) {
		draw_too_small(app);
	} else if (app->depth > 0) {
		draw_screens(app);
		draw_breadcrumb(app);
		draw_status(app);
		draw_bar(app);
	}
	if (app->cur_y >= 0 && !too_small(app)) {
		curs_set(1);
		move(app->cur_y, app->cur_x);
	} else {
		curs_set(0);
	}
	refresh();
}

void app_draw_now(struct app *app)
{
	frame(app);
}

/* --- keys --- */

static void global_action(struct app *app, enum action act)
{
	switch (act) {
	case ACT_HELP:
		help_open(app);
		break;
	case ACT_SEARCH:
		search_open(app);
		break;
	case ACT_QUIT:
		app_quit(app);
		break;
	case ACT_BACK:
	case ACT_CANCEL:
		go_back(app);
		break;
	default:
		break;
	}
}

static void handle_key(struct app *app, int key)
{
	if (key == GK_RESIZE)
		return; /* frame() reads the new size */
	if (too_small(app)) {
		if (key == GK_F10 && !top(app)->ops->private)
			app_quit(app);
		return;
	}
	if (key == GK_CTRL_L) {
		clearok(curscr, TRUE);
		return;
	}
	if (key == GK_F12 && app->logged_in && !top(app)->ops->private) {
		lock_open(app); /* everywhere, even in a text field */
		return;
	}
	struct screen *s = top(app);
	enum action act = keys_lookup(s->ops->keys, s->ops->typing, key);
	app->status[0] = '\0';
	if (s->ops->key(app, s, act, key))
		return;
	/* F1, F3 and F10 work on every screen but a question and the lock */
	if (act == ACT_NONE && !s->ops->question && !s->ops->private && app->logged_in)
		act = keys_lookup(keys_global, s->ops->typing, key);
	global_action(app, act);
}

static void check_lock(struct app *app)
{
	struct screen *s = top(app);
	if (!app->logged_in || app->cfg.lock_minutes <= 0 || !s || s->ops->private)
		return;
	if (time(NULL) - app->last_key >= (time_t)app->cfg.lock_minutes * 60)
		lock_open(app);
}

static void loop(struct app *app)
{
	app->last_key = time(NULL);
	while (!app->quit && app->depth > 0) {
		app->wake_ms = 0;
		frame(app);
		wtimeout(stdscr, app->wake_ms > 0 ? app->wake_ms : TICK_MS);
		int key = input_read(stdscr);
		if (key == INPUT_NONE) {
			check_lock(app);
			continue;
		}
		app->last_key = time(NULL);
		if (key == GK_PASTE_START) {
			/* the pasted text arrives whole, not as keys: a newline in it
			 * must not act as Enter, nor a tab as Tab */
			free(app->paste);
			app->paste = input_read_paste(stdscr, PASTE_MAX);
			if (!app->paste)
				continue;
			key = GK_PASTE;
		} else if (key == GK_PASTE_END) {
			continue;
		}
		handle_key(app, key);
	}
}

/* --- start and end --- */

static int start_curses(struct app *app)
{
	if (!newterm(NULL, stdout, stdin))
		return -1;
	/* Esc alone answers in 25 ms; ESCDELAY in the environment, ncurses' own
	 * setting for a link that delivers a key's bytes apart, wins */
	if (!getenv("ESCDELAY"))
		set_escdelay(ESC_DELAY_MS);
	raw(); /* Ctrl-S must reach us, not stop the terminal */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	input_define_keys();
	input_paste_begin();
	wtimeout(stdscr, TICK_MS);
	curs_set(0);
	theme_init(&app->theme);
	const char *cs = nl_langinfo(CODESET);
	app->ascii = !(cs && strcmp(cs, "UTF-8") == 0);
	return 0;
}

static int fail(const struct gp_err *e)
{
	fprintf(stderr, "groeipad: %s\n", e->msg);
	return gp_exit_code(e->code);
}

static void close_all(struct app *app)
{
	while (app->depth > 0)
		destroy(app, &app->stack[--app->depth]);
	form_memory_free(&app->form_memory);
	for (int i = 0; i < app->nparked; i++)
		while (app->parked[i].depth > 0)
			destroy(app, &app->parked[i].stack[--app->parked[i].depth]);
	app->nparked = 0;
	refdata_free(app->ref);
	growth_free(app->growth);
	schedule_free(app->sched);
	handover_ref_free(app->hrules);
	db_close(app->db);
}

int ui_run(const char *db_path, const char *hub)
{
	struct app app = {0};
	struct gp_err e = {0};
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "groeipad: %s\n",
			_("het programma op het scherm heeft een terminal nodig; "
			  "zie 'groeipad --help' voor de opdrachten zonder scherm."));
		return 1;
	}
	if (db_open(&app.db, db_path, DB_EXISTING, &e) != GP_OK)
		return fail(&e);
	if (refdata_load(refdata_dir(), i18n_lang(), &app.ref, &e) != GP_OK ||
	    growth_load(refdata_dir(), &app.growth, &e) != GP_OK ||
	    schedule_load(refdata_dir(), &app.sched, &e) != GP_OK ||
	    handover_ref_load(refdata_dir(), &app.hrules, &e) != GP_OK) {
		close_all(&app);
		return fail(&e);
	}
	char bug[512];
	if (formscreen_check_all(&app, bug, sizeof bug) != 0) {
		/* a form table or code list the program cannot work with */
		close_all(&app);
		fprintf(stderr, "groeipad: %s: %s\n", _("interne fout in een formulier"), bug);
		return 3;
	}
	config_load(&app.cfg);
	app.hub_from_cli = hub && *hub;
	snprintf(app.hub, sizeof app.hub, "%s", app.hub_from_cli ? hub : app.cfg.hub);
	app.hrules->timing.receipt_workdays = app.cfg.handover_receipt_workdays;
	app.hrules->timing.conversation_days = app.cfg.handover_conversation_days;
	app.hrules->timing.feedback_days = app.cfg.handover_feedback_days;
	app.demo = db_is_demo(app.db);
	app.today = date_today();
	if (start_curses(&app) != 0) {
		close_all(&app);
		fprintf(stderr, "groeipad: %s\n",
			_("de terminal wordt niet herkend; controleer TERM."));
		return 1;
	}
	login_open(&app);
	loop(&app);
	input_paste_end();
	endwin();
	free(app.paste);
	close_all(&app);
	return 0;
}
