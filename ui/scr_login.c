/* scr_login.c — the Inloggen screen: user name and (masked) password, the
 * database in use and whether it is a DEMO database.  A good login sets the
 * actor for everything that follows and opens Vandaag. */
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "draw.h"
#include "field.h"
#include "screens.h"

enum { LOGIN_FIELD_W = 30, LOGIN_MAX = 128 };

struct login {
	struct lineedit user;     /* gebruikersnaam */
	struct lineedit password; /* wachtwoord, never drawn */
	int focus;                /* 0: user, 1: password */
};

static const struct screen_key login_keys[] = {
	{ACT_HELP, NULL}, {ACT_LOGIN, NULL}, {ACT_NEXT_FIELD, NULL},
	{ACT_PREV_FIELD, NULL}, {ACT_FIELD_DOWN, NULL}, {ACT_FIELD_UP, NULL},
	{ACT_QUIT, NULL}, {ACT_NONE, NULL},
};

static void login_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Inloggen"));
}

static void login_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct login *l = s->st;
	int x = b->x + 6, lw = 14, y = b->y + 2;
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, b->w - x, _("Inloggen bij groeipad"), app->ascii);
	attrset(A_NORMAL);
	draw_text(stdscr, y + 2, x, lw, _("Database:"), app->ascii);
	draw_text(stdscr, y + 2, x + lw, b->w - x - lw - 1, app->db->path, app->ascii);
	if (app->demo) {
		attrset(app_attr(app, TH_DEMO));
		draw_text(stdscr, y + 3, x + lw, b->w - x - lw - 1,
			  _("DEMO: verzonnen kinderen, geen echte gegevens"), app->ascii);
		attrset(A_NORMAL);
	}
	draw_text(stdscr, y + 5, x, lw, _("Gebruiker:"), app->ascii);
	draw_text(stdscr, y + 6, x, lw, _("Wachtwoord:"), app->ascii);
	field_draw(app, y + 5, x + lw, LOGIN_FIELD_W, &l->user, 0, l->focus == 0);
	field_draw(app, y + 6, x + lw, LOGIN_FIELD_W, &l->password, 1, l->focus == 1);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y + 8, x, b->w - x - 1,
		  _("Tab: volgend veld   Enter: inloggen   F10: stoppen"), app->ascii);
	attrset(A_NORMAL);
	for (int i = 0; i < app->nparked && y + 10 + i < b->y + b->h; i++) {
		char line[ACCOUNT_DISPLAY_BUF + 96];
		snprintf(line, sizeof line, _("Apart gezet: het werk van %s wacht tot die weer "
					      "inlogt."), app->parked[i].me.display_name);
		draw_text(stdscr, y + 10 + i, x, b->w - x - 1, line, app->ascii);
	}
}

static void try_login(struct app *app, struct login *l)
{
	struct gp_err e = {0};
	struct account a;
	if (account_login(app->db, le_text(&l->user), le_text(&l->password), &a, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		le_set_text(&l->password, "");
		l->focus = le_text(&l->user)[0] ? 1 : 0;
		return;
	}
	/* each replaces this screen: l is gone after this */
	if (a.must_change) {
		app->me = a;
		app->logged_in = 1;
		password_open(app);
	} else if (app_unpark(app, &a)) {
		app_message(app, 0, _("Welkom terug: uw schermen staan er weer, ook wat nog niet "
				      "was opgeslagen."));
	} else {
		app->me = a;
		app->logged_in = 1;
		today_open(app);
	}
}

static int login_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct login *l = s->st;
	struct lineedit *le = l->focus ? &l->password : &l->user;
	switch (act) {
	case ACT_LOGIN:
		if (l->focus == 0)
			l->focus = 1;
		else
			try_login(app, l);
		return 1;
	case ACT_NEXT_FIELD:
	case ACT_PREV_FIELD:
	case ACT_FIELD_DOWN:
	case ACT_FIELD_UP:
		l->focus = !l->focus;
		return 1;
	case ACT_NONE:
		if (field_key(app, le, key) == LE_REFUSED)
			app_message(app, 1, _("Dit veld is vol."));
		return 1;
	default:
		return 0;
	}
}

static void login_destroy(struct app *app, struct screen *s)
{
	struct login *l = s->st;
	(void)app;
	if (l->password.buf)
		sodium_memzero(l->password.buf, l->password.cap);
	le_free(&l->user);
	le_free(&l->password);
	free(l);
}

static const struct screen_ops login_ops = {
	.name = "inloggen",
	.title = login_title,
	.draw = login_draw,
	.key = login_key,
	.destroy = login_destroy,
	.keys = login_keys,
	.howto = N_("Typ uw gebruikersnaam, druk op Tab of Enter, typ uw wachtwoord en "
		    "druk op Enter. Na vijf verkeerde pogingen wacht het programma even "
		    "voordat u het opnieuw kunt proberen. Staat er DEMO bovenaan, dan werkt "
		    "u in een oefendatabase met verzonnen kinderen."),
	.typing = 1,
};

void login_open(struct app *app)
{
	struct login *l = calloc(1, sizeof *l);
	if (!l || le_init(&l->user, LOGIN_MAX, 0) != 0 ||
	    le_init(&l->password, LOGIN_MAX, 0) != 0) {
		if (l) {
			le_free(&l->user);
			free(l);
		}
		app_message(app, 1, _("Geen geheugen meer vrij."));
		app->quit = 1;
		return;
	}
	app_push(app, &login_ops, l);
}
