/* scr_password.c — a new own password, right after logging in with one a
 * beheerder set (a new account, or a reset): typed twice, masked.  Until it
 * is saved nothing else can be done (the core refuses every other request,
 * src/perm.h); then the user's screens kept aside come back, or Vandaag
 * opens. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "draw.h"
#include "field.h"
#include "screens.h"

enum { PW_FIELD_W = 30, PW_MAX = 128 };

struct password {
	struct lineedit first;  /* nieuw wachtwoord */
	struct lineedit second; /* nogmaals */
	int focus;              /* 0: first, 1: second */
};

static const struct screen_key password_keys[] = {
	{ACT_HELP, NULL}, {ACT_LOGIN, N_("Opslaan")}, {ACT_NEXT_FIELD, NULL},
	{ACT_PREV_FIELD, NULL}, {ACT_QUIT, NULL}, {ACT_NONE, NULL},
};

static void password_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Nieuw wachtwoord"));
}

static void password_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct password *p = s->st;
	int x = b->x + 6, lw = 22, y = b->y + 2;
	char line[ACCOUNT_DISPLAY_BUF + 128];
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, b->w - x, _("Kies een eigen wachtwoord"), app->ascii);
	attrset(A_NORMAL);
	snprintf(line, sizeof line, _("%s, de beheerder heeft uw wachtwoord gezet."),
		 app->me.display_name);
	draw_text(stdscr, y + 2, x, b->w - x - 1, line, app->ascii);
	draw_text(stdscr, y + 3, x, b->w - x - 1, _("Kies nu een wachtwoord dat alleen u kent."),
		  app->ascii);
	draw_text(stdscr, y + 5, x, lw, _("Nieuw wachtwoord:"), app->ascii);
	draw_text(stdscr, y + 6, x, lw, _("Nogmaals:"), app->ascii);
	field_draw(app, y + 5, x + lw, PW_FIELD_W, &p->first, 1, p->focus == 0);
	field_draw(app, y + 6, x + lw, PW_FIELD_W, &p->second, 1, p->focus == 1);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y + 8, x, b->w - x - 1,
		  _("Tab: volgend veld   Enter: opslaan   F10: stoppen"), app->ascii);
	attrset(A_NORMAL);
}

static void clear_fields(struct password *p)
{
	le_set_text(&p->first, "");
	le_set_text(&p->second, "");
	p->focus = 0;
}

static void try_save(struct app *app, struct password *p)
{
	struct gp_err e = {0};
	if (strcmp(le_text(&p->first), le_text(&p->second)) != 0) {
		app_message(app, 1, "%s", _("De twee wachtwoorden zijn niet gelijk; typ ze opnieuw."));
		clear_fields(p);
		return;
	}
	if (account_set_password(app->db, app->me.id, le_text(&p->first), &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		clear_fields(p);
		return;
	}
	app->me.must_change = 0;
	struct account me = app->me;
	/* each replaces this screen: p is gone after this */
	if (!app_unpark(app, &me))
		today_open(app);
	app_message_time(app, _("Uw nieuwe wachtwoord is opgeslagen"));
}

static int password_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct password *p = s->st;
	struct lineedit *le = p->focus ? &p->second : &p->first;
	switch (act) {
	case ACT_LOGIN:
		if (p->focus == 0)
			p->focus = 1;
		else
			try_save(app, p);
		return 1;
	case ACT_NEXT_FIELD:
	case ACT_PREV_FIELD:
		p->focus = !p->focus;
		return 1;
	case ACT_NONE:
		if (field_key(app, le, key) == LE_REFUSED)
			app_message(app, 1, _("Dit veld is vol."));
		return 1;
	default:
		return 0;
	}
}

static void password_destroy(struct app *app, struct screen *s)
{
	struct password *p = s->st;
	(void)app;
	if (p->first.buf)
		sodium_memzero(p->first.buf, p->first.cap);
	if (p->second.buf)
		sodium_memzero(p->second.buf, p->second.cap);
	le_free(&p->first);
	le_free(&p->second);
	free(p);
}

static const struct screen_ops password_ops = {
	.name = "wachtwoord",
	.title = password_title,
	.draw = password_draw,
	.key = password_key,
	.destroy = password_destroy,
	.keys = password_keys,
	.howto = N_("Uw wachtwoord is door de beheerder gezet, dus kent iemand anders het. "
		    "Typ een nieuw wachtwoord, druk op Tab of Enter, typ het nog eens en druk "
		    "op Enter. Daarna gaat u verder waar u was."),
	.typing = 1,
};

void password_open(struct app *app)
{
	struct password *p = calloc(1, sizeof *p);
	if (!p || le_init(&p->first, PW_MAX, 0) != 0 || le_init(&p->second, PW_MAX, 0) != 0) {
		if (p) {
			le_free(&p->first);
			free(p);
		}
		app_message(app, 1, _("Geen geheugen meer vrij."));
		app->quit = 1;
		return;
	}
	app_replace(app, &password_ops, p);
}
