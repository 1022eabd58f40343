/* scr_today.c — Vandaag, the home screen: what needs attention today.  For
 * now one section, "Recent geopend" (the children this user opened lately,
 * from the audit log); appointments, due contact moments, GIZ evaluations
 * and open handovers join it when their modules exist — no invented data. */
#include <stdlib.h>
#include <string.h>

#include "childfmt.h"
#include "draw.h"
#include "list.h"
#include "recent.h"
#include "screens.h"

enum { TODAY_RECENT_MAX = 15 };

struct today {
	struct child_summary recent[TODAY_RECENT_MAX]; /* newest first */
	struct listpos pos;                            /* selection in recent */
};

static const struct screen_key today_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_ADMIN, NULL}, {ACT_QUIT, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_NONE, NULL},
};

/* The same without F9 for everyone who is not a beheerder. */
static const struct screen_key today_keys_user[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_QUIT, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_NONE, NULL},
};

static void load(struct app *app, struct today *t)
{
	struct gp_err e = {0};
	int n = 0;
	if (recent_children(app->db, app->me.id, t->recent, TODAY_RECENT_MAX, &n, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&t->pos, n);
}

static void today_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Vandaag"));
}

static void heading(struct app *app, int y, int x, int w, const char *text)
{
	attrset(app_attr(app, TH_HEADING));
	int used = draw_text(stdscr, y, x, w, text, app->ascii);
	attrset(A_NORMAL);
	draw_hline(stdscr, y, x + used + 1, w - used - 1, app->ascii);
}

static void today_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct today *t = s->st;
	char hello[ACCOUNT_DISPLAY_BUF + 64], date[11];
	date_fmt_nl(app->today, date);
	snprintf(hello, sizeof hello, _("Goedendag, %s. Het is vandaag %s."),
		 app->me.display_name, date);
	draw_text(stdscr, b->y + 1, b->x + 2, b->w - 4, hello, app->ascii);
	heading(app, b->y + 3, b->x + 2, b->w - 4, _("Recent geopend"));
	if (t->pos.n == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, b->y + 4, b->x + 3, b->w - 6,
			  _("Nog geen dossiers geopend. Zoek een kind met F3 of /."), app->ascii);
		attrset(A_NORMAL);
		return;
	}
	childlist_heading(app, b->y + 4, b->x + 2, b->w - 4);
	list_set_height(&t->pos, b->h - 6);
	for (int i = 0; i < t->pos.height && t->pos.top + i < t->pos.n; i++) {
		int r = t->pos.top + i;
		childlist_row(app, b->y + 5 + i, b->x + 2, b->w - 4, &t->recent[r],
			      r == t->pos.sel);
	}
}

static int today_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct today *t = s->st;
	(void)key;
	if (list_key(&t->pos, act))
		return 1;
	if (act == ACT_OPEN && t->pos.n > 0) {
		dossier_open(app, t->recent[t->pos.sel].id);
		return 1;
	}
	if (act == ACT_ADMIN) {
		admin_open(app);
		return 1;
	}
	return 0;
}

static void today_resume(struct app *app, struct screen *s)
{
	load(app, s->st);
}

static void today_destroy(struct app *app, struct screen *s)
{
	(void)app;
	free(s->st);
}

static const struct screen_ops today_ops = {
	.name = "vandaag",
	.title = today_title,
	.draw = today_draw,
	.key = today_key,
	.resume = today_resume,
	.destroy = today_destroy,
	.keys = today_keys,
	.howto = N_("Vandaag is het beginscherm. Onder 'Recent geopend' staan de kinderen "
		    "van wie u kort geleden het dossier opende; kies er een met de pijltjes "
		    "en open het met Enter. Zoek een ander kind met F3 of /."),
};

static const struct screen_ops today_ops_user = {
	.name = "vandaag",
	.title = today_title,
	.draw = today_draw,
	.key = today_key,
	.resume = today_resume,
	.destroy = today_destroy,
	.keys = today_keys_user,
	.howto = N_("Vandaag is het beginscherm. Onder 'Recent geopend' staan de kinderen "
		    "van wie u kort geleden het dossier opende; kies er een met de pijltjes "
		    "en open het met Enter. Zoek een ander kind met F3 of /."),
};

void today_open(struct app *app)
{
	struct today *t = calloc(1, sizeof *t);
	int admin = strcmp(app->me.role, "beheerder") == 0;
	if (!t) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	load(app, t);
	app_replace(app, admin ? &today_ops : &today_ops_user, t);
}
