/* scr_today.c — Vandaag, the home screen: what needs attention today.  Four
 * sections: "Te doen en te laat" (every active child with a contact moment
 * or vaccine dose due or overdue today, most overdue first, from
 * due_collect in src/due.h), "GIZ-afspraken te evalueren" (open agreements
 * whose evaluation date has come, from giz_due in src/giz.h),
 * "Overdrachten" (the user's open warm handovers, the late ones first:
 * receipt not confirmed, no first conversation, no feedback by the agreed
 * date — today_handovers.c) and "Recent geopend" (the children this user
 * opened lately, from the audit log).  The arrows move through them as one
 * list; Enter opens the child's dossier, an agreement to round off, or the
 * dossier at a handover.  Appointments join them when their module exists
 * — no invented data. */
#include <stdlib.h>
#include <string.h>

#include "childfmt.h"
#include "draw.h"
#include "due.h"
#include "giz.h"
#include "list.h"
#include "recent.h"
#include "screens.h"
#include "today_handovers.h"

enum {
	TODAY_RECENT_MAX = 15, /* children under Recent geopend */
	TODAY_DUE_MAX = 500,   /* children under Te doen en te laat */
	TODAY_DUE_ROWS = 7,    /* rows the due list takes at most */
	TODAY_GIZ_MAX = 200,   /* agreements under GIZ-afspraken */
	TODAY_GIZ_ROWS = 4,    /* rows the agreements take at most */
	TODAY_HAND_ROWS = 4,   /* rows the handovers take at most */
	COL_DUE_AGE = 9,       /* column widths of the due list */
	COL_DUE_LATE = 16
};

struct today {
	struct child_summary recent[TODAY_RECENT_MAX]; /* newest first */
	int nrecent;                                   /* entries in recent */
	struct due_report due;                         /* due and overdue children */
	struct listpos dpos;                           /* window on the due list */
	struct listpos rpos;                           /* window on recent */
	struct giz_agreement_row *giz;                 /* agreements to evaluate */
	int ngiz;                                      /* entries in giz */
	int giz_matched;                               /* how many there are in all */
	struct listpos gpos;                           /* window on giz */
	struct handover_line *hand;                    /* open handovers, late first */
	int nhand;                                     /* entries in hand */
	int nlate;                                     /* of which late */
	struct listpos hpos;                           /* window on the handovers */
	int drows, grows, hrows;                       /* rows each section shows now
							* (plan_rows) */
	struct listpos pos;                            /* selection in all four: due
							* rows first, then giz, the
							* handovers, then recent */
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
	t->nrecent = n;
	due_report_free(&t->due);
	if (due_collect(app->db, app->sched, app->today, DUE_OPEN, TODAY_DUE_MAX, &t->due, &e) !=
	    GP_OK)
		app_message(app, 1, "%s", e.msg);
	free(t->giz);
	t->giz = NULL;
	t->ngiz = 0;
	if (giz_due(app->db, app->today, TODAY_GIZ_MAX, &t->giz, &t->ngiz, &t->giz_matched, &e) !=
	    GP_OK)
		app_message(app, 1, "%s", e.msg);
	free(t->hand);
	today_handovers_load(app, &t->hand, &t->nhand, &t->nlate);
	list_set_count(&t->dpos, (int)t->due.n);
	list_set_count(&t->gpos, t->ngiz);
	list_set_count(&t->hpos, t->nhand);
	list_set_count(&t->rpos, t->nrecent);
	list_set_count(&t->pos, (int)t->due.n + t->ngiz + t->nhand + t->nrecent);
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

/* What is due for a child, in words: "Consultatiebureau 4 maanden,
 * DKTP-Hib-HepB 3, Pneu 2". */
static void due_what(const struct due_child *c, char *buf, size_t n)
{
	buf[0] = '\0';
	for (size_t i = 0; i < c->list.n; i++) {
		const struct sched_due *d = &c->list.items[i];
		size_t len = strlen(buf);
		if (len >= n - 1)
			break;
		if (d->kind == SCHED_MOMENT)
			snprintf(buf + len, n - len, "%s%s", len ? ", " : "", d->moment->label);
		else
			snprintf(buf + len, n - len, "%s%s %d", len ? ", " : "", d->dose->vaccine,
				 d->dose->dose);
	}
}

static void due_heading(struct app *app, int y, int x, int w)
{
	int nw = w * 3 / 10;
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x + 1, nw, _("Naam"), app->ascii);
	draw_text(stdscr, y, x + 2 + nw, COL_DUE_AGE - 1, _("Leeftijd"), app->ascii);
	draw_text(stdscr, y, x + 2 + nw + COL_DUE_AGE, COL_DUE_LATE - 1, _("Wanneer"),
		  app->ascii);
	draw_text(stdscr, y, x + 2 + nw + COL_DUE_AGE + COL_DUE_LATE,
		  w - nw - COL_DUE_AGE - COL_DUE_LATE - 2, _("Wat"), app->ascii);
	attrset(A_NORMAL);
}

static void due_row(struct app *app, int y, int x, int w, const struct due_child *c, int sel)
{
	int nw = w * 3 / 10, cx = x + 2 + nw;
	char age[24], late[48], what[512];
	fmt_age_short(c->child.birth_date, app->today, age, sizeof age);
	if (c->max_overdue >= 730)
		snprintf(late, sizeof late, _("%ld jaar te laat"), c->max_overdue / 365);
	else if (c->max_overdue >= 60)
		snprintf(late, sizeof late, _("%ld mnd te laat"), c->max_overdue * 12 / 365);
	else if (c->max_overdue > 0)
		snprintf(late, sizeof late, _("%ld dagen te laat"), c->max_overdue);
	else
		snprintf(late, sizeof late, "%s", _("nu aan de beurt"));
	due_what(c, what, sizeof what);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, nw, c->child.sort_name, app->ascii);
	draw_text(stdscr, y, cx, COL_DUE_AGE - 1, age, app->ascii);
	if (c->max_overdue > 0 && !sel)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, cx + COL_DUE_AGE, COL_DUE_LATE - 1, late, app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_text(stdscr, y, cx + COL_DUE_AGE + COL_DUE_LATE,
		  x + w - cx - COL_DUE_AGE - COL_DUE_LATE, what, app->ascii);
	attrset(A_NORMAL);
}

static void dim_line(struct app *app, int y, int x, int w, const char *text)
{
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y, x, w, text, app->ascii);
	attrset(A_NORMAL);
}

/* Te doen en te laat from row y; returns the first row after it. */
static int draw_due(struct app *app, struct today *t, int y, int x, int w)
{
	char head[128];
	if (t->due.matched > t->due.n)
		snprintf(head, sizeof head, _("Te doen en te laat (%zu, de eerste %zu)"),
			 t->due.matched, t->due.n);
	else
		snprintf(head, sizeof head, _("Te doen en te laat (%zu)"), t->due.n);
	heading(app, y++, x, w, head);
	if (t->due.n == 0) {
		dim_line(app, y, x + 1, w - 1, _("Vandaag is er geen kind aan de beurt of te laat."));
		return y + 2;
	}
	due_heading(app, y++, x, w);
	list_set_height(&t->dpos, t->drows);
	if (t->pos.sel < (int)t->due.n) {
		t->dpos.sel = t->pos.sel;
		list_set_height(&t->dpos, t->drows);
	}
	for (int i = 0; i < t->dpos.height && t->dpos.top + i < (int)t->due.n; i++) {
		int r = t->dpos.top + i;
		due_row(app, y + i, x, w, &t->due.children[r], r == t->pos.sel);
	}
	return y + t->drows + 1;
}

static void giz_row(struct app *app, int y, int x, int w, const struct giz_agreement_row *r,
		    int sel)
{
	int nw = w * 3 / 10, cx = x + 2 + nw;
	char age[24], ev[11], what[TEXT_BUF * 2 + 16];
	fmt_age_short(r->birth_date, app->today, age, sizeof age);
	date_fmt_nl(r->a.evaluate_on, ev);
	snprintf(what, sizeof what, "%s · %s", r->a.what,
		 r->org_name[0] ? r->org_name : refdata_label(app->ref, "gizwie.kort",
							      r->a.who_kind));
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, nw, r->child_name, app->ascii);
	draw_text(stdscr, y, cx, COL_DUE_AGE - 1, age, app->ascii);
	if (!sel && date_cmp(r->a.evaluate_on, app->today) < 0)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, cx + COL_DUE_AGE, COL_DUE_LATE - 1, ev, app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_text(stdscr, y, cx + COL_DUE_AGE + COL_DUE_LATE,
		  x + w - cx - COL_DUE_AGE - COL_DUE_LATE, what, app->ascii);
	attrset(A_NORMAL);
}

/* GIZ-afspraken te evalueren from row y (only when there are any);
 * returns the first row after it. */
static int draw_giz(struct app *app, struct today *t, int y, int x, int w)
{
	char head[128];
	int n_due = (int)t->due.n;
	if (t->ngiz == 0)
		return y;
	if (t->giz_matched > t->ngiz)
		snprintf(head, sizeof head, _("GIZ-afspraken te evalueren (%d, de eerste %d)"),
			 t->giz_matched, t->ngiz);
	else
		snprintf(head, sizeof head, _("GIZ-afspraken te evalueren (%d)"), t->ngiz);
	heading(app, y++, x, w, head);
	list_set_height(&t->gpos, t->grows);
	if (t->pos.sel >= n_due && t->pos.sel < n_due + t->ngiz) {
		t->gpos.sel = t->pos.sel - n_due;
		list_set_height(&t->gpos, t->grows);
	}
	for (int i = 0; i < t->gpos.height && t->gpos.top + i < t->ngiz; i++) {
		int r = t->gpos.top + i;
		giz_row(app, y + i, x, w, &t->giz[r], r + n_due == t->pos.sel);
	}
	return y + t->grows + 1;
}

/* Overdrachten from row y (only when some are open); returns the first row
 * after it. */
static int draw_handovers(struct app *app, struct today *t, int y, int x, int w)
{
	char head[128];
	int first = (int)t->due.n + t->ngiz;
	if (t->nhand == 0)
		return y;
	if (t->nlate)
		snprintf(head, sizeof head, _("Overdrachten (%d open, %d te laat)"), t->nhand,
			 t->nlate);
	else
		snprintf(head, sizeof head, _("Overdrachten (%d open)"), t->nhand);
	heading(app, y++, x, w, head);
	list_set_height(&t->hpos, t->hrows);
	if (t->pos.sel >= first && t->pos.sel < first + t->nhand) {
		t->hpos.sel = t->pos.sel - first;
		list_set_height(&t->hpos, t->hrows);
	}
	for (int i = 0; i < t->hpos.height && t->hpos.top + i < t->nhand; i++) {
		int r = t->hpos.top + i;
		today_handover_row(app, y + i, x, w, &t->hand[r], first + r == t->pos.sel);
	}
	return y + t->hrows + 1;
}

/* Shares out the rows below the greeting: every section that has entries
 * shows at least one, Recent geopend keeps its heading and two rows, and
 * what is left goes round the sections up to their most — two rows to the
 * due list for each one to the others, as it is the day's work. */
static void plan_rows(struct today *t, int avail)
{
	const int most[3] = {(int)t->due.n < TODAY_DUE_ROWS ? (int)t->due.n : TODAY_DUE_ROWS,
		       t->ngiz < TODAY_GIZ_ROWS ? t->ngiz : TODAY_GIZ_ROWS,
		       t->nhand < TODAY_HAND_ROWS ? t->nhand : TODAY_HAND_ROWS};
	int rows[3] = {0, 0, 0};
	/* headings, column headings and blank lines; Recent geopend's least */
	int left = avail - 3 - (t->ngiz ? 2 : 0) - (t->nhand ? 2 : 0) -
		   (t->nrecent ? 4 : 2);
	for (int grew = 1; grew && left > 0;) {
		grew = 0;
		for (int k = 0; k < 3 && left > 0; k++)
			for (int step = 0; step < (k == 0 ? 2 : 1) && left > 0; step++)
				if (rows[k] < most[k]) {
					rows[k]++;
					left--;
					grew = 1;
				}
	}
	for (int k = 0; k < 3; k++) /* at least one row where there is one */
		if (rows[k] == 0 && most[k] > 0)
			rows[k] = 1;
	t->drows = rows[0];
	t->grows = rows[1];
	t->hrows = rows[2];
}

static void today_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct today *t = s->st;
	char hello[ACCOUNT_DISPLAY_BUF + 64], date[11];
	int x = b->x + 2, w = b->w - 4, y;
	date_fmt_nl(app->today, date);
	snprintf(hello, sizeof hello, _("Goedendag, %s. Het is vandaag %s."),
		 app->me.display_name, date);
	draw_text(stdscr, b->y + 1, x, w, hello, app->ascii);
	plan_rows(t, b->h - 3);
	y = draw_due(app, t, b->y + 3, x, w);
	y = draw_giz(app, t, y, x, w);
	y = draw_handovers(app, t, y, x, w);
	if (y >= b->y + b->h)
		return;
	heading(app, y++, x, w, _("Recent geopend"));
	if (t->nrecent == 0) {
		dim_line(app, y, x + 1, w - 2,
			 _("Nog geen dossiers geopend. Zoek een kind met F3 of /."));
		return;
	}
	childlist_heading(app, y++, x, w);
	int before = (int)t->due.n + t->ngiz + t->nhand;
	list_set_height(&t->rpos, b->y + b->h - y);
	if (t->pos.sel >= before) {
		t->rpos.sel = t->pos.sel - before;
		list_set_height(&t->rpos, b->y + b->h - y);
	}
	for (int i = 0; i < t->rpos.height && t->rpos.top + i < t->nrecent &&
			y + i < b->y + b->h; i++) {
		int r = t->rpos.top + i;
		childlist_row(app, y + i, x, w, &t->recent[r], r + before == t->pos.sel);
	}
}

static int today_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct today *t = s->st;
	(void)key;
	/* where each section ends in the one list */
	int n_due = (int)t->due.n, n_giz = n_due + t->ngiz, n_hand = n_giz + t->nhand;
	/* a page is the section the selection is in */
	t->pos.height = t->pos.sel < n_due    ? t->dpos.height
			: t->pos.sel < n_giz  ? t->gpos.height
			: t->pos.sel < n_hand ? t->hpos.height
					      : t->rpos.height;
	if (t->pos.height < 1)
		t->pos.height = 1;
	if (list_key(&t->pos, act))
		return 1;
	if (act == ACT_OPEN && t->pos.n > 0) {
		if (t->pos.sel < n_due) {
			dossier_open(app, t->due.children[t->pos.sel].child.id);
		} else if (t->pos.sel < n_giz) {
			giz_agreement_form_open(app, t->giz[t->pos.sel - n_due].a.id);
		} else if (t->pos.sel < n_hand) {
			const struct handover_line *l = &t->hand[t->pos.sel - n_giz];
			dossier_open(app, l->child_id);
			dossier_show_handover(app, l->id);
		} else {
			dossier_open(app, t->recent[t->pos.sel - n_hand].id);
		}
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
	struct today *t = s->st;
	(void)app;
	due_report_free(&t->due);
	free(t->giz);
	free(t->hand);
	free(t);
}

#define TODAY_HOWTO \
	N_("Vandaag is het beginscherm. Onder 'Te doen en te laat' staan de kinderen bij " \
	   "wie vandaag een contactmoment of prik aan de beurt of te laat is, de langst " \
	   "te late bovenaan. Onder 'GIZ-afspraken te evalueren' staan de afspraken uit een " \
	   "GIZ-plan waarvan de evaluatiedatum gekomen is; Enter rondt zo'n afspraak af " \
	   "(gedaan, loopt door of beëindigd). Onder 'Overdrachten' staan uw lopende warme " \
	   "overdrachten: wat te laat is in rood bovenaan, de andere met waar ze op wachten. " \
	   "Onder 'Recent geopend' staan de kinderen van wie u kort " \
	   "geleden het dossier opende. Kies een kind met de pijltjes en open het dossier " \
	   "met Enter. Zoek een ander kind met F3 of /.")

static const struct screen_ops today_ops = {
	.name = "vandaag",
	.title = today_title,
	.draw = today_draw,
	.key = today_key,
	.resume = today_resume,
	.destroy = today_destroy,
	.keys = today_keys,
	.howto = TODAY_HOWTO,
};

static const struct screen_ops today_ops_user = {
	.name = "vandaag",
	.title = today_title,
	.draw = today_draw,
	.key = today_key,
	.resume = today_resume,
	.destroy = today_destroy,
	.keys = today_keys_user,
	.howto = TODAY_HOWTO,
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
