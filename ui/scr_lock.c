/* scr_lock.c — the screen lock of docs/product.md §8: after lock_minutes without a
 * key press, or at once with F12, the screens are hidden (not closed, so
 * unsaved work is kept) until the logged-in user types the password again.
 * F2 lets another user log in instead: the screens are put aside for their
 * owner (app_park) and come back when the owner logs in again.  Locking and
 * unlocking are written to the audit log. */
#include <stdlib.h>

#include <sodium.h>

#include "audit.h"
#include "draw.h"
#include "field.h"
#include "screens.h"

enum { LOCK_MAX = 128 };

struct lock {
	struct lineedit password; /* typed to unlock */
};

static const struct screen_key lock_keys[] = {
	{ACT_LOGIN, N_("Ontgrendel")}, {ACT_SWITCH_USER, NULL}, {ACT_NONE, NULL},
};

static void lock_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Vergrendeld"));
}

static void lock_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct lock *l = s->st;
	int x = b->x + 6, y = b->y + 3;
	char who[ACCOUNT_DISPLAY_BUF + 64];
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, b->w - x, _("Het scherm is vergrendeld"), app->ascii);
	attrset(A_NORMAL);
	snprintf(who, sizeof who, _("Ingelogd als %s (%s)."), app->me.display_name,
		 app->me.username);
	draw_text(stdscr, y + 2, x, b->w - x - 1, who, app->ascii);
	draw_text(stdscr, y + 3, x, b->w - x - 1,
		  _("Niet-opgeslagen werk blijft bewaard tot u ontgrendelt."), app->ascii);
	draw_text(stdscr, y + 5, x, 14, _("Wachtwoord:"), app->ascii);
	field_draw(app, y + 5, x + 14, 30, &l->password, 1, 1);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y + 7, x, b->w - x - 1,
		  _("Enter: ontgrendelen   F2: andere gebruiker (uw werk blijft bewaard)"),
		  app->ascii);
	attrset(A_NORMAL);
}

static int lock_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct lock *l = s->st;
	struct gp_err e = {0};
	struct account a;
	if (act == ACT_SWITCH_USER) {
		app_park(app); /* l is gone after this */
		return 1;
	}
	if (act != ACT_LOGIN) {
		field_key(app, &l->password, key);
		return 1; /* nothing else works while locked */
	}
	if (account_login(app->db, app->me.username, le_text(&l->password), &a, &e) != GP_OK ||
	    audit_log(app->db, NULL, "unlock", NULL, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		le_set_text(&l->password, "");
		return 1;
	}
	app_pop(app);
	return 1;
}

static void lock_destroy(struct app *app, struct screen *s)
{
	struct lock *l = s->st;
	(void)app;
	if (l->password.buf)
		sodium_memzero(l->password.buf, l->password.cap);
	le_free(&l->password);
	free(l);
}

static const struct screen_ops lock_ops = {
	.name = "vergrendeld",
	.title = lock_title,
	.draw = lock_draw,
	.key = lock_key,
	.destroy = lock_destroy,
	.keys = lock_keys,
	.howto = N_("Typ uw wachtwoord en druk op Enter om verder te werken. Moet een collega "
		    "even inloggen, druk dan op F2: uw schermen, ook wat nog niet is "
		    "opgeslagen, blijven apart staan tot u zelf weer inlogt."),
	.typing = 1,
	.private = 1,
};

void lock_open(struct app *app)
{
	struct gp_err e = {0};
	struct lock *l = calloc(1, sizeof *l);
	if (!l || le_init(&l->password, LOCK_MAX, 0) != 0) {
		free(l);
		return;
	}
	app_push(app, &lock_ops, l);
	if (app->depth == 0 || app->stack[app->depth - 1].ops != &lock_ops)
		return; /* not shown: nothing to log */
	if (audit_log(app->db, NULL, "lock", NULL, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
}
