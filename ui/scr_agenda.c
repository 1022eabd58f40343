/* scr_agenda.c — Agenda: the appointments of one day, by time, for one
 * professional or everyone ('m') and one location or all ('p'); Left and
 * Right go a day back and forth, t back to today.  Enter opens the child's
 * dossier, F4 opens the appointment (to move it, or to mark it geweest,
 * afgezegd or niet verschenen).  The rows come from appointment_day. */
#include <stdlib.h>
#include <string.h>

#include "appointment.h"
#include "childfmt.h"
#include "draw.h"
#include "list.h"
#include "screens.h"

struct agenda {
	struct gp_date day;              /* the day shown */
	struct appointment_row *rows;    /* its appointments */
	int n;
	struct listpos pos;              /* selection */
	struct account *accounts;        /* everyone who can have appointments */
	int naccounts;
	int who;                         /* -1 everyone, else into accounts */
	char (*places)[TEXT_BUF];        /* known locations */
	int nplaces;
	int place;                       /* -1 all, else into places */
};

static const struct screen_key agenda_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_DAY_PREV, NULL},
	{ACT_DAY_NEXT, NULL}, {ACT_DAY_TODAY, NULL}, {ACT_FILTER_MINE, NULL},
	{ACT_FILTER_PLACE, NULL}, {ACT_NONE, NULL},
};

static const char *who_id(const struct agenda *g)
{
	return g->who >= 0 ? g->accounts[g->who].id : NULL;
}

static void load(struct app *app, struct agenda *g)
{
	struct gp_err e = {0};
	free(g->rows);
	g->rows = NULL;
	g->n = 0;
	struct appointment_filter f = {g->place >= 0 ? g->places[g->place] : NULL, who_id(g), 0};
	if (appointment_day(app->db, g->day, &f, &g->rows, &g->n, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&g->pos, g->n);
}

static void agenda_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Agenda"));
}

/* "donderdag 26-11-2026". */
static void day_text(struct gp_date d, char *buf, size_t n)
{
	static const char *const names[] = {N_("maandag"), N_("dinsdag"), N_("woensdag"),
					    N_("donderdag"), N_("vrijdag"), N_("zaterdag"),
					    N_("zondag")};
	long days = date_to_days(d);
	char date[11];
	date_fmt_nl(d, date);
	snprintf(buf, n, "%s %s", _(names[(days % 7 + 7 + 3) % 7]), date);
}

static void agenda_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct agenda *g = s->st;
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	char line[TEXT_BUF * 3 + 256], day[64];
	int x = b->x + 2, w = b->w - 4, y = b->y;
	day_text(g->day, day, sizeof day);
	snprintf(line, sizeof line, "%s%s%s%s%s", day, sep,
		 g->who >= 0 ? g->accounts[g->who].display_name : _("iedereen"), sep,
		 g->place >= 0 ? g->places[g->place] : _("alle locaties"));
	attrset(A_BOLD);
	draw_text(stdscr, y++, x, w, line, app->ascii);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y++, x, w, _("Pijl links/rechts: andere dag, t: vandaag, m: medewerker, "
				       "p: locatie"),
		  app->ascii);
	attrset(app_attr(app, TH_HEADING));
	/* columns: time, minutes, child, what, where and with whom */
	int nw = w * 26 / 100, pw = w * 30 / 100, ww = w - nw - pw - 14;
	draw_text(stdscr, y, x + 1, 5, _("Tijd"), app->ascii);
	draw_text(stdscr, y, x + 7, 4, _("Min"), app->ascii);
	draw_text(stdscr, y, x + 12, nw, _("Kind"), app->ascii);
	draw_text(stdscr, y, x + 13 + nw, ww, _("Wat"), app->ascii);
	draw_text(stdscr, y, x + w - pw, pw, _("Waar, met wie"), app->ascii);
	attrset(A_NORMAL);
	y++;
	if (g->n == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1, _("Geen afspraken op deze dag."), app->ascii);
		attrset(A_NORMAL);
		return;
	}
	list_set_height(&g->pos, b->y + b->h - y);
	for (int i = 0; i < g->pos.height && g->pos.top + i < g->n; i++) {
		const struct appointment_row *r = &g->rows[g->pos.top + i];
		const struct appointment *a = &r->a;
		int sel = g->pos.top + i == g->pos.sel;
		char dur[8], what[TEXT_BUF + 160], where[TEXT_BUF + ACCOUNT_DISPLAY_BUF + 8];
		snprintf(dur, sizeof dur, "%d", a->duration_min);
		const char *moment = a->schedule_moment;
		for (size_t k = 0; a->schedule_moment[0] && k < app->sched->nmoments; k++)
			if (strcmp(app->sched->moments[k].code, a->schedule_moment) == 0)
				moment = app->sched->moments[k].label;
		snprintf(what, sizeof what, "%s%s%s", moment, moment[0] && a->doses[0] ? ", " : "",
			 a->doses);
		if (strcmp(a->status, "gepland") != 0) {
			size_t used = strlen(what);
			snprintf(what + used, sizeof what - used, " (%s)",
				 appointment_status_label(a->status));
		}
		snprintf(where, sizeof where, "%s%s%s", g->place >= 0 ? "" : a->location,
			 g->place >= 0 || g->who >= 0 ? "" : ", ",
			 g->who >= 0 ? "" : r->professional);
		attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y + i, x, w);
		draw_text(stdscr, y + i, x + 1, 5, a->time, app->ascii);
		draw_text(stdscr, y + i, x + 7, 4, dur, app->ascii);
		draw_text(stdscr, y + i, x + 12, nw, r->child.sort_name, app->ascii);
		draw_text(stdscr, y + i, x + 13 + nw, ww, what, app->ascii);
		draw_text(stdscr, y + i, x + w - pw, pw, where, app->ascii);
		attrset(A_NORMAL);
	}
}

static void open_selected(struct app *app, struct agenda *g, int edit)
{
	if (g->n == 0) {
		app_message(app, 1, _("Geen afspraken op deze dag."));
		return;
	}
	const struct appointment_row *r = &g->rows[g->pos.sel];
	if (!edit) {
		dossier_open(app, r->child.id);
		return;
	}
	struct child c;
	struct gp_err e = {0};
	if (child_get(app->db, r->child.id, &c, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	appointment_form_open(app, &c, &r->a);
}

static int agenda_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct agenda *g = s->st;
	(void)key;
	if (list_key(&g->pos, act))
		return 1;
	switch (act) {
	case ACT_OPEN:
		open_selected(app, g, 0);
		return 1;
	case ACT_EDIT:
		open_selected(app, g, 1);
		return 1;
	case ACT_DAY_PREV:
	case ACT_DAY_NEXT:
		g->day = date_from_days(date_to_days(g->day) + (act == ACT_DAY_NEXT ? 1 : -1));
		g->pos.sel = g->pos.top = 0;
		load(app, g);
		return 1;
	case ACT_DAY_TODAY:
		g->day = app->today;
		load(app, g);
		return 1;
	case ACT_FILTER_MINE:
		do
			g->who = g->who + 1 < g->naccounts ? g->who + 1 : -1;
		while (g->who >= 0 && !g->accounts[g->who].active);
		load(app, g);
		return 1;
	case ACT_FILTER_PLACE:
		g->place = g->place + 1 < g->nplaces ? g->place + 1 : -1;
		load(app, g);
		return 1;
	default:
		return 0;
	}
}

static void agenda_resume(struct app *app, struct screen *s)
{
	load(app, s->st);
}

static void agenda_destroy(struct app *app, struct screen *s)
{
	struct agenda *g = s->st;
	(void)app;
	free(g->rows);
	free(g->accounts);
	free(g->places);
	free(g);
}

static const struct screen_ops agenda_ops = {
	.name = "agenda",
	.title = agenda_title,
	.draw = agenda_draw,
	.key = agenda_key,
	.resume = agenda_resume,
	.destroy = agenda_destroy,
	.keys = agenda_keys,
	.howto = N_("De agenda toont de afspraken van één dag op tijd. Pijl links en rechts "
		    "gaan een dag terug of verder, t naar vandaag. Met m kiest u één medewerker "
		    "of iedereen, met p één locatie of alle. Enter opent het dossier van het "
		    "kind, F4 de afspraak: om haar te verzetten of op geweest, afgezegd of niet "
		    "verschenen te zetten. Een nieuwe afspraak plant u met F7 op Vandaag of in "
		    "het dossier."),
};

void agenda_open(struct app *app, const char *account_id, const char *location)
{
	struct agenda *g = calloc(1, sizeof *g);
	struct gp_err e = {0};
	if (!g) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	g->day = app->today;
	g->who = g->place = -1;
	if (account_list(app->db, &g->accounts, &g->naccounts, &e) != GP_OK ||
	    appointment_locations(app->db, &g->places, &g->nplaces, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	for (int i = 0; account_id && i < g->naccounts; i++)
		if (strcmp(g->accounts[i].id, account_id) == 0)
			g->who = i;
	for (int i = 0; location && i < g->nplaces; i++)
		if (strcmp(g->places[i], location) == 0)
			g->place = i;
	load(app, g);
	app_push(app, &agenda_ops, g);
}
