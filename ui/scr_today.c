/* scr_today.c — Vandaag, the home screen: the nurse's work list for today.
 * One scrolling list over the whole screen height, in sections:
 *
 *   Afspraken vandaag          the day's planned visits (time, child, what)
 *   Nu aan de beurt            children with a moment or dose due now
 *   Te laat, nog in te halen   overdue, still in time
 *   GIZ-afspraken te evalueren agreements of a GIZ plan whose evaluation
 *                              date has come (only when there are any)
 *   Overdrachten               the user's own open warm handovers, the late
 *                              ones first (only when there are any; not
 *                              narrowed by the filters: they are hers)
 *   Inhalen (oudere kinderen)  catch-up vaccinations
 *   Recent geopend             the dossiers this user opened lately
 *
 * A row names the child, its age, what is open, since when and until when
 * (the deadline of the section's state).  Due now lists the youngest first
 * (the babies of this week before the school-age vaccinations whose window
 * is a whole year); overdue and catch-up the deadline that comes first.
 * Filters: caseload (the user's own by default when there is one; 'm'
 * cycles to everyone and each colleague's), age band ('l') and location
 * ('p').  Enter opens the dossier, F5 records a contact, F7 plans a visit
 * for what is due, 'a' opens the day's agenda; on a GIZ agreement Enter
 * rounds it off, on a handover it opens the dossier at that handover.  The
 * list comes from due_collect_in (src/due.h), appointment_day
 * (src/appointment.h), giz_due (src/giz.h) and today_handovers_load
 * (today_handovers.c). */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "appointment.h"
#include "caseload.h"
#include "childdue.h"
#include "childfmt.h"
#include "draw.h"
#include "due.h"
#include "giz.h"
#include "perm.h"
#include "recent.h"
#include "screens.h"
#include "sync.h"
#include "today_handovers.h"

enum {
	TODAY_RECENT_MAX = 10, /* children under Recent geopend */
	TODAY_DUE_MAX = 1000,  /* children with something open */
	TODAY_GIZ_MAX = 200,   /* agreements shown (in the filters) */
	NSECTIONS = 8,
	COL_AGE = 7,           /* column widths */
	COL_DATE = 10
};

enum section { SEC_CONFLICT, SEC_APPTS, SEC_DUE, SEC_LATE, SEC_GIZ, SEC_HAND, SEC_CATCHUP, SEC_RECENT };

/* Age bands of the filter ('l'), in months: [from, to). */
static const struct {
	int from, to;
	const char *label;
} BANDS[] = {
	{0, 0, N_("alle leeftijden")}, {0, 12, N_("0-1 jaar")}, {12, 48, N_("1-4 jaar")},
	{48, 144, N_("4-12 jaar")}, {144, 216, N_("12-18 jaar")},
};
enum { NBANDS = sizeof BANDS / sizeof *BANDS };

/* One line of the list. */
enum row_kind { ROW_HEADING, ROW_NOTE, ROW_NOWORK, ROW_APPT, ROW_CHILD, ROW_GIZ, ROW_HAND, ROW_RECENT,
		ROW_CONFLICT };

struct row {
	enum row_kind kind;
	enum section section;
	int idx;                 /* into appts, items, giz, hand or recent */
};

/* A child's open entries of one state, as one row. */
struct item {
	const struct due_child *child; /* points into due */
	enum sched_state state;        /* due, overdue or catch-up */
	struct gp_date since, until;   /* the earliest since, the earliest deadline */
	char what[200];                /* "m8w, DKTP-Hib-HepB 1" */
};

struct today {
	struct due_report due;         /* children with something open */
	struct appointment_row *appts; /* today's appointments */
	int nappts;
	struct item *items;            /* one per child and state */
	int nitems;
	struct giz_agreement_row *giz; /* agreements to evaluate, in the filters */
	int ngiz;
	int giz_more;                  /* 1: more than TODAY_GIZ_MAX were due */
	struct handover_line *hand;    /* the user's open handovers, late first */
	int nhand;
	int nlate;                     /* of which late */
	struct conflict_line *conf;    /* records changed here and elsewhere (docs/sync.md) */
	struct sync_status sync;       /* the last exchange with the hub */
	int nconf;
	struct child_summary recent[TODAY_RECENT_MAX];
	int nrecent;
	struct row *rows;              /* everything shown, in order */
	int nrows;
	int counts[NSECTIONS];         /* rows per section (for the headings) */
	int sel;                       /* selected row (a selectable one) */
	int top;                       /* first row shown */
	int height;                    /* rows shown at once */
	/* filters */
	struct caseload_owner *owners; /* professionals with a caseload */
	int nowners;
	int who;                       /* -1 everyone, else an index into owners */
	int band;                      /* index into BANDS */
	char (*places)[TEXT_BUF];      /* known locations */
	int nplaces;
	int place;                     /* -1 every location, else into places */
	int work;                      /* 1: the role has the work list (PERM_DUE) */
};

static const struct screen_key today_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_CONTACT, NULL}, {ACT_PLAN, NULL},
	{ACT_AGENDA, NULL}, {ACT_ADMIN, NULL}, {ACT_QUIT, NULL}, {ACT_LOCK, NULL}, {ACT_OPEN, NULL},
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL},
	{ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_FILTER_MINE, NULL}, {ACT_FILTER_AGE, NULL},
	{ACT_FILTER_PLACE, NULL}, {ACT_NONE, NULL},
};

/* The same without F9, for a role with nothing in Beheer (an assistent). */
static const struct screen_key today_keys_user[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_CONTACT, NULL}, {ACT_PLAN, NULL},
	{ACT_AGENDA, NULL}, {ACT_QUIT, NULL}, {ACT_LOCK, NULL}, {ACT_OPEN, NULL},
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL},
	{ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_FILTER_MINE, NULL}, {ACT_FILTER_AGE, NULL},
	{ACT_FILTER_PLACE, NULL}, {ACT_NONE, NULL},
};

/* ---- building the list ------------------------------------------------- */

static const char *who_id(const struct today *t)
{
	return t->who >= 0 ? t->owners[t->who].id : NULL;
}

static const char *place_name(const struct today *t)
{
	return t->place >= 0 ? t->places[t->place] : NULL;
}

static enum section section_of(enum sched_state st)
{
	return st == SCHED_DUE ? SEC_DUE : st == SCHED_OVERDUE ? SEC_LATE : SEC_CATCHUP;
}

/* "Consultatiebureau 4 maanden" for a moment, "DKTP-Hib-HepB 3" for a dose. */
static void item_text(const struct sched_due *d, char *buf, size_t n)
{
	if (d->kind == SCHED_MOMENT)
		snprintf(buf, n, "%s", d->moment->label);
	else
		snprintf(buf, n, "%s %d", d->dose->vaccine, d->dose->dose);
}

/* Due now: the youngest first (a baby's window is days, a teenager's a
 * year), then the deadline; overdue and catch-up: the deadline that comes
 * first first.  Then the name. */
static int item_order(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;
	if (a->state != b->state)
		return (int)section_of(a->state) - (int)section_of(b->state);
	int c = 0;
	if (a->state == SCHED_DUE)
		c = date_cmp(b->child->child.birth_date, a->child->child.birth_date);
	if (!c)
		c = date_cmp(a->until, b->until);
	if (c)
		return c;
	return strcmp(a->child->child.sort_name, b->child->child.sort_name);
}

/* One item per child and open state. */
static int build_items(struct today *t)
{
	free(t->items);
	t->items = calloc(t->due.n * 3 + 1, sizeof *t->items);
	t->nitems = 0;
	if (!t->items)
		return -1;
	for (size_t i = 0; i < t->due.n; i++) {
		const struct due_child *c = &t->due.children[i];
		static const enum sched_state states[] = {SCHED_DUE, SCHED_OVERDUE, SCHED_CATCH_UP};
		for (int k = 0; k < 3; k++) {
			struct item it = {c, states[k], {0, 0, 0}, {0, 0, 0}, ""};
			for (size_t j = 0; j < c->list.n; j++) {
				const struct sched_due *d = &c->list.items[j];
				if (d->state != states[k])
					continue;
				struct gp_date since = schedule_due_since(d);
				struct gp_date until = schedule_due_deadline(d);
				if (!it.since.y || date_cmp(since, it.since) < 0)
					it.since = since;
				if (!it.until.y || date_cmp(until, it.until) < 0)
					it.until = until;
				char one[120];
				size_t used = strlen(it.what);
				item_text(d, one, sizeof one);
				snprintf(it.what + used, sizeof it.what - used, "%s%s",
					 used ? ", " : "", one);
			}
			if (it.until.y)
				t->items[t->nitems++] = it;
		}
	}
	qsort(t->items, (size_t)t->nitems, sizeof *t->items, item_order);
	return 0;
}

static void add_row(struct today *t, enum row_kind kind, enum section sec, int idx)
{
	struct row *r = &t->rows[t->nrows++];
	r->kind = kind;
	r->section = sec;
	r->idx = idx;
}

static int selectable(const struct row *r)
{
	return r->kind == ROW_APPT || r->kind == ROW_CHILD || r->kind == ROW_GIZ ||
	       r->kind == ROW_HAND || r->kind == ROW_RECENT || r->kind == ROW_CONFLICT;
}

/* Headings, rows and "nothing here" notes, section by section. */
static int build_rows(struct today *t)
{
	free(t->rows);
	t->nrows = 0;
	t->rows = calloc((size_t)(t->nappts + t->nitems + t->ngiz + t->nhand + t->nrecent +
				  t->nconf) +
				 (size_t)2 * NSECTIONS,
			 sizeof *t->rows);
	if (!t->rows)
		return -1;
	memset(t->counts, 0, sizeof t->counts);
	t->counts[SEC_APPTS] = t->nappts;
	for (int i = 0; i < t->nitems; i++)
		t->counts[section_of(t->items[i].state)]++;
	t->counts[SEC_GIZ] = t->ngiz;
	t->counts[SEC_HAND] = t->nhand;
	t->counts[SEC_RECENT] = t->nrecent;
	t->counts[SEC_CONFLICT] = t->nconf;
	if (!t->work) /* a beheerder: one line instead of the work list */
		add_row(t, ROW_NOWORK, SEC_APPTS, 0);
	for (int sec = 0; sec < NSECTIONS; sec++) {
		if ((sec == SEC_GIZ && t->ngiz == 0) || (sec == SEC_HAND && t->nhand == 0) ||
		    (sec == SEC_CONFLICT && t->nconf == 0))
			continue; /* only for those who have any */
		if (!t->work && sec != SEC_RECENT)
			continue; /* the role may not see the work list (src/perm.h) */
		add_row(t, ROW_HEADING, (enum section)sec, 0);
		if (t->counts[sec] == 0)
			add_row(t, ROW_NOTE, (enum section)sec, 0);
		if (sec == SEC_CONFLICT)
			for (int i = 0; i < t->nconf; i++)
				add_row(t, ROW_CONFLICT, SEC_CONFLICT, i);
		else if (sec == SEC_APPTS)
			for (int i = 0; i < t->nappts; i++)
				add_row(t, ROW_APPT, SEC_APPTS, i);
		else if (sec == SEC_GIZ)
			for (int i = 0; i < t->ngiz; i++)
				add_row(t, ROW_GIZ, SEC_GIZ, i);
		else if (sec == SEC_HAND)
			for (int i = 0; i < t->nhand; i++)
				add_row(t, ROW_HAND, SEC_HAND, i);
		else if (sec == SEC_RECENT)
			for (int i = 0; i < t->nrecent; i++)
				add_row(t, ROW_RECENT, SEC_RECENT, i);
		else
			for (int i = 0; i < t->nitems; i++)
				if ((int)section_of(t->items[i].state) == sec)
					add_row(t, ROW_CHILD, (enum section)sec, i);
	}
	return 0;
}

/* 1 when a child's age (on `today`) is in the age band of the filter. */
static int in_band(const struct today *t, struct gp_date birth, struct gp_date today)
{
	if (t->band == 0)
		return 1;
	int y, m;
	date_age(birth, today, &y, &m);
	int months = y * 12 + m;
	return months >= BANDS[t->band].from && months < BANDS[t->band].to;
}

/* The GIZ agreements to evaluate of the children in the filters. */
static void load_giz(struct app *app, struct today *t, const struct due_scope *scope)
{
	struct gp_err e = {0};
	free(t->giz);
	t->giz = NULL;
	t->ngiz = 0;
	t->giz_more = 0;
	/* GIZ agreements only for a role that works on dossiers (src/perm.h) */
	if (!perm_may(app->db, PERM_CARE, NULL))
		return;
	if (giz_due(app->db, app->today, scope, TODAY_GIZ_MAX, &t->giz, &t->ngiz, NULL, &e) !=
	    GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	t->giz_more = t->ngiz > TODAY_GIZ_MAX;
	if (t->giz_more)
		t->ngiz = TODAY_GIZ_MAX;
}

static void load(struct app *app, struct today *t)
{
	struct gp_err e = {0};
	const char *keep_id = NULL;
	char keep[DB_ID_LEN] = "";
	if (t->nrows && t->sel < t->nrows) { /* keep the selection on the same child */
		const struct row *r = &t->rows[t->sel];
		if (r->kind == ROW_CHILD)
			keep_id = t->items[r->idx].child->child.id;
		else if (r->kind == ROW_APPT)
			keep_id = t->appts[r->idx].a.id;
		else if (r->kind == ROW_GIZ)
			keep_id = t->giz[r->idx].a.id;
		else if (r->kind == ROW_HAND)
			keep_id = t->hand[r->idx].id;
		if (keep_id)
			snprintf(keep, sizeof keep, "%s", keep_id);
	}
	int n = 0;
	if (recent_children(app->db, app->me.id, t->recent, TODAY_RECENT_MAX, &n, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	t->nrecent = n;

	struct due_scope scope = {who_id(t), place_name(t), BANDS[t->band].from,
				  BANDS[t->band].to};
	due_report_free(&t->due);
	/* a role without the work list (beheerder) is shown neither the due
	 * children nor the day's visits (src/perm.h) */
	int work = t->work = perm_may(app->db, PERM_DUE, NULL);
	if (work && due_work_list(app->db, app->sched, app->today, &scope, TODAY_DUE_MAX,
			   &t->due, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);

	free(t->appts);
	t->appts = NULL;
	t->nappts = 0;
	struct appointment_filter f = {place_name(t), who_id(t), 0};
	if (work && appointment_day(app->db, app->today, &f, &t->appts, &t->nappts, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	int kept = 0;
	for (int i = 0; i < t->nappts; i++) /* the age band applies to visits too */
		if (in_band(t, t->appts[i].child.birth_date, app->today))
			t->appts[kept++] = t->appts[i];
	t->nappts = kept;

	load_giz(app, t, &scope);
	free(t->hand);
	today_handovers_load(app, &t->hand, &t->nhand, &t->nlate);
	free(t->conf);
	if (conflict_list(app->db, &t->conf, &t->nconf, &e) != GP_OK ||
	    sync_status(app->db, &t->sync, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);

	if (build_items(t) != 0 || build_rows(t) != 0)
		app_message(app, 1, _("Geen geheugen meer vrij."));
	/* the selection: the same child or visit as before, else the first */
	t->sel = -1;
	for (int i = 0; keep[0] && i < t->nrows; i++) {
		const struct row *r = &t->rows[i];
		if ((r->kind == ROW_CHILD && strcmp(t->items[r->idx].child->child.id, keep) == 0) ||
		    (r->kind == ROW_APPT && strcmp(t->appts[r->idx].a.id, keep) == 0) ||
		    (r->kind == ROW_GIZ && strcmp(t->giz[r->idx].a.id, keep) == 0) ||
		    (r->kind == ROW_HAND && strcmp(t->hand[r->idx].id, keep) == 0)) {
			t->sel = i;
			break;
		}
	}
	for (int i = 0; t->sel < 0 && i < t->nrows; i++)
		if (selectable(&t->rows[i]))
			t->sel = i;
	if (t->sel < 0)
		t->sel = 0;
}

static void load_filters(struct app *app, struct today *t)
{
	struct gp_err e = {0};
	free(t->owners);
	free(t->places);
	t->owners = NULL;
	t->places = NULL;
	t->nowners = t->nplaces = 0;
	if (caseload_owners(app->db, &t->owners, &t->nowners, &e) != GP_OK ||
	    appointment_locations(app->db, &t->places, &t->nplaces, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	/* the nurse's own caseload by default, when there is one */
	t->who = -1;
	for (int i = 0; i < t->nowners; i++)
		if (strcmp(t->owners[i].id, app->me.id) == 0)
			t->who = i;
	t->place = -1;
	t->band = 0;
}

/* ---- drawing ----------------------------------------------------------- */

static int sync_text(const struct app *app, const struct today *t, char *text, size_t n,
		     char *when, size_t wn);

static void today_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	const struct today *t = s->st;
	char text[120], when[40];
	sync_text(app, t, text, sizeof text, when, sizeof when);
	snprintf(buf, n, "%s%s%s", _("Vandaag"), text[0] ? " \u00b7 " : "", text);
}

static void dim_text(struct app *app, int y, int x, int w, const char *text)
{
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y, x, w, text, app->ascii);
	attrset(A_NORMAL);
}

static const char *section_title(enum section sec)
{
	static const char *const titles[NSECTIONS] = {
		N_("Conflicten"), N_("Afspraken vandaag"), N_("Nu aan de beurt"), N_("Te laat, nog in te halen"),
		N_("GIZ-afspraken te evalueren"), N_("Overdrachten"), N_("Inhalen (oudere kinderen)"),
		N_("Recent geopend")};
	return _(titles[sec]);
}

static const char *section_empty(enum section sec)
{
	static const char *const notes[NSECTIONS] = {
		N_("Geen conflicten."), N_("Geen afspraken vandaag."), N_("Niemand is nu aan de beurt."),
		N_("Niemand is te laat."), N_("Geen GIZ-afspraken te evalueren."),
		N_("Geen open overdrachten."),
		N_("Geen inhaalvaccinaties."),
		N_("Nog geen dossiers geopend. Zoek een kind met F3 of /.")};
	return _(notes[sec]);
}

static void draw_heading(struct app *app, const struct today *t, const struct row *r, int y,
			 int x, int w)
{
	char head[160];
	if (r->section == SEC_RECENT)
		snprintf(head, sizeof head, "%s", section_title(r->section));
	else if (r->section == SEC_HAND && t->nlate)
		snprintf(head, sizeof head, _("%s (%d open, %d te laat)"), section_title(r->section),
			 t->nhand, t->nlate);
	else if (r->section == SEC_HAND)
		snprintf(head, sizeof head, _("%s (%d open)"), section_title(r->section), t->nhand);
	else if (r->section == SEC_GIZ && t->giz_more)
		snprintf(head, sizeof head, _("%s (de eerste %d; er zijn er meer)"),
			 section_title(r->section), TODAY_GIZ_MAX);
	else
		snprintf(head, sizeof head, "%s (%d)", section_title(r->section), t->counts[r->section]);
	attrset(app_attr(app, TH_HEADING));
	int used = draw_text(stdscr, y, x, w, head, app->ascii);
	attrset(A_NORMAL);
	if (r->section != SEC_APPTS && r->section != SEC_HAND && r->section != SEC_RECENT &&
	    r->section != SEC_CONFLICT) {
		const char *cols = r->section == SEC_DUE   ? _("vanaf      tot en met")
				   : r->section == SEC_GIZ ? _("evalueren op")
							   : _("sinds      tot en met");
		int cw = draw_width(cols, app->ascii);
		draw_hline(stdscr, y, x + used + 1, w - used - cw - 3, app->ascii);
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + w - cw, cw, cols, app->ascii);
		attrset(A_NORMAL);
	} else {
		draw_hline(stdscr, y, x + used + 1, w - used - 1, app->ascii);
	}
}

/* Columns of a child row: name, age, what, since, until. */
static void child_cells(struct app *app, int y, int x, int w, const char *name,
			struct gp_date birth, const char *what, struct gp_date since,
			struct gp_date until)
{
	char age[24];
	int nw = w * 28 / 100, ww = w - nw - COL_AGE - 2 * COL_DATE - 5;
	fmt_age_compact(birth, app->today, age, sizeof age);
	draw_text(stdscr, y, x + 1, nw, name, app->ascii);
	draw_text(stdscr, y, x + 2 + nw, COL_AGE, age, app->ascii);
	draw_text(stdscr, y, x + 3 + nw + COL_AGE, ww, what, app->ascii);
	if (since.y) {
		char a[11];
		date_fmt_nl(since, a);
		draw_text(stdscr, y, x + w - 2 * COL_DATE - 1, COL_DATE, a, app->ascii);
	}
	if (until.y) {
		char b[11];
		date_fmt_nl(until, b);
		draw_text(stdscr, y, x + w - COL_DATE, COL_DATE, b, app->ascii);
	}
}

/* One visit; `mine`: the list is one professional's, so it shows where
 * instead of with whom. */
static void draw_appt(struct app *app, const struct appointment_row *r, int y, int x, int w,
		      int sel, int mine)
{
	char what[TEXT_BUF * 2 + 64];
	const struct appointment *a = &r->a;
	const char *moment = "";
	for (size_t i = 0; a->schedule_moment[0] && i < app->sched->nmoments; i++)
		if (strcmp(app->sched->moments[i].code, a->schedule_moment) == 0)
			moment = app->sched->moments[i].label;
	snprintf(what, sizeof what, "%s%s%s", moment, moment[0] && a->doses[0] ? ", " : "",
		 a->doses);
	if (strcmp(a->status, "gepland") != 0) {
		size_t used = strlen(what);
		snprintf(what + used, sizeof what - used, " (%s)", appointment_status_label(a->status));
	}
	int nw = w * 28 / 100;
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, 5, a->time, app->ascii);
	draw_text(stdscr, y, x + 7, nw - 6, r->child.sort_name, app->ascii);
	char age[24];
	fmt_age_compact(r->child.birth_date, app->today, age, sizeof age);
	draw_text(stdscr, y, x + 2 + nw, COL_AGE, age, app->ascii);
	int wx = x + 3 + nw + COL_AGE, rest = x + w - wx;
	int lw = rest * 2 / 5;
	draw_text(stdscr, y, wx, rest - lw - 1, what, app->ascii);
	draw_text(stdscr, y, x + w - lw, lw, mine ? a->location : r->professional, app->ascii);
	attrset(A_NORMAL);
}

/* One conflict: what kind of record, whose, and the two versions. */
static void conflict_row(struct app *app, int y, int x, int w, const struct conflict_line *l,
			 int sel)
{
	char what[96];
	snprintf(what, sizeof what, _("versie hier %d, hub %d"),
		 l->here_version, l->hub_version);
	int nw = w * 40 / 100, kw = 16;
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, kw, conflict_kind_label(l->tbl), app->ascii);
	draw_text(stdscr, y, x + 2 + kw, nw, l->child_name, app->ascii);
	draw_text(stdscr, y, x + 3 + kw + nw, w - kw - nw - 4, what, app->ascii);
	attrset(A_NORMAL);
}

static void draw_row(struct app *app, struct today *t, int i, int y, int x, int w)
{
	const struct row *r = &t->rows[i];
	int sel = i == t->sel;
	switch (r->kind) {
	case ROW_HEADING:
		draw_heading(app, t, r, y, x, w);
		break;
	case ROW_NOTE:
		dim_text(app, y, x + 1, w - 1, section_empty(r->section));
		break;
	case ROW_NOWORK:
		dim_text(app, y, x + 1, w - 1,
			 _("Als beheerder ziet u hier geen kinderen; F9 opent Beheer."));
		break;
	case ROW_APPT:
		draw_appt(app, &t->appts[r->idx], y, x, w, sel, t->who >= 0);
		break;
	case ROW_CHILD: {
		const struct item *it = &t->items[r->idx];
		attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, x, w);
		child_cells(app, y, x, w, it->child->child.sort_name, it->child->child.birth_date,
			    it->what, it->since, it->until);
		attrset(A_NORMAL);
		break;
	}
	case ROW_GIZ: {
		const struct giz_agreement_row *g = &t->giz[r->idx];
		char what[TEXT_BUF * 3 + 16];
		snprintf(what, sizeof what, "%s (%s)", g->a.what,
			 g->org_name[0] ? g->org_name
					: refdata_label(app->ref, "gizwie.kort", g->a.who_kind));
		attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, x, w);
		child_cells(app, y, x, w, g->child_name, g->birth_date, what, (struct gp_date){0},
			    g->a.evaluate_on);
		attrset(A_NORMAL);
		break;
	}
	case ROW_HAND:
		today_handover_row(app, y, x, w, &t->hand[r->idx], sel);
		break;
	case ROW_RECENT:
		childlist_row(app, y, x, w, &t->recent[r->idx], sel);
		break;
	case ROW_CONFLICT:
		conflict_row(app, y, x, w, &t->conf[r->idx], sel);
		break;
	}
}

/* "Filter: mijn caseload · alle leeftijden · alle locaties  (m, l, p)". */
/* For a workstation that exchanges with a hub: when it last did (in the
 * title), and whether that failed or is longer ago than sync_warn_days
 * (returns 1: then the filter line says so in red too).  docs/sync.md. */
static int sync_text(const struct app *app, const struct today *t, char *text, size_t n,
		     char *when, size_t wn)
{
	text[0] = when[0] = '\0';
	if (!t->sync.exchanges && !t->sync.last_at)
		return 0;
	time_t at = (time_t)t->sync.last_at;
	struct tm tm;
	if (at && localtime_r(&at, &tm) && strftime(when, wn, "%d-%m %H:%M", &tm) == 0)
		when[0] = '\0';
	long long age = (long long)time(NULL) - t->sync.last_at;
	int late = !at || age > (long long)app->cfg.sync_warn_days * 86400;
	if (t->sync.failed)
		snprintf(text, n, _("uitwisseling mislukt %s"), when);
	else if (late)
		snprintf(text, n, _("niet uitgewisseld sinds %s"), when[0] ? when : "-");
	else
		snprintf(text, n, _("uitgewisseld %s"), when);
	return t->sync.failed || late;
}

/* Right on the filter line, in red, when the last exchange failed or is
 * too long ago. */
static void sync_warning(struct app *app, const struct today *t, int y, int x, int w)
{
	char text[120], when[40], shown[60];
	if (!sync_text(app, t, text, sizeof text, when, sizeof when))
		return;
	snprintf(shown, sizeof shown, "! %s", t->sync.failed ? _("uitwisseling mislukt")
							    : _("niet uitgewisseld"));
	int tw = draw_width(shown, app->ascii);
	if (tw > w)
		return;
	attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, x + w - tw, tw, shown, app->ascii);
	attrset(A_NORMAL);
}

static void draw_filters(struct app *app, struct today *t, int y, int x, int w)
{
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	char who[ACCOUNT_DISPLAY_BUF + 32], line[TEXT_BUF * 2 + 256];
	if (t->who < 0)
		snprintf(who, sizeof who, "%s", _("iedereen"));
	else if (strcmp(t->owners[t->who].id, app->me.id) == 0)
		snprintf(who, sizeof who, "%s", _("mijn caseload"));
	else
		snprintf(who, sizeof who, _("caseload %s"), t->owners[t->who].display_name);
	snprintf(line, sizeof line, _("Filter: %s%s%s%s%s   (m, l, p)"), who, sep,
		 _(BANDS[t->band].label), sep, t->place >= 0 ? t->places[t->place] : _("alle locaties"));
	dim_text(app, y, x, w, line);
	sync_warning(app, t, y, x + draw_width(line, app->ascii) + 2,
		     w - draw_width(line, app->ascii) - 2);
}

/* Keeps the selection in view. */
static void keep_in_view(struct today *t)
{
	if (t->height < 1)
		t->height = 1;
	if (t->sel < t->top)
		t->top = t->sel;
	if (t->sel >= t->top + t->height)
		t->top = t->sel - t->height + 1;
	/* show the heading above the first row of a section */
	if (t->top > 0 && t->top == t->sel && t->rows[t->top - 1].kind == ROW_HEADING)
		t->top--;
	if (t->top > t->nrows - t->height)
		t->top = t->nrows - t->height > 0 ? t->nrows - t->height : 0;
	if (t->top < 0)
		t->top = 0;
}

static void today_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct today *t = s->st;
	char hello[ACCOUNT_DISPLAY_BUF + 64], date[11];
	int x = b->x + 2, w = b->w - 4;
	date_fmt_nl(app->today, date);
	snprintf(hello, sizeof hello, _("Goedendag, %s. Het is vandaag %s."),
		 app->me.display_name, date);
	draw_text(stdscr, b->y, x, w, hello, app->ascii);
	draw_filters(app, t, b->y + 1, x, w);
	int y = b->y + 2;
	t->height = b->y + b->h - y;
	keep_in_view(t);
	for (int i = 0; i < t->height && t->top + i < t->nrows; i++)
		draw_row(app, t, t->top + i, y + i, x, w);
}

/* ---- keys -------------------------------------------------------------- */

/* The caseload filter goes round: mine (when I have one), everyone, then
 * each colleague's. */
static void next_who(struct app *app, struct today *t)
{
	int mine = -1;
	for (int i = 0; i < t->nowners; i++)
		if (strcmp(t->owners[i].id, app->me.id) == 0)
			mine = i;
	if (t->who >= 0 && t->who == mine) {
		t->who = -1;
		return;
	}
	int next = t->who + 1;
	if (next == mine)
		next++;
	t->who = next < t->nowners ? next : mine;
}

/* Moves the selection `delta` selectable rows (a page when |delta| > 1). */
static void move_sel(struct today *t, int delta)
{
	int step = delta > 0 ? 1 : -1, left = delta > 0 ? delta : -delta, i = t->sel;
	while (left > 0) {
		int j = i + step;
		while (j >= 0 && j < t->nrows && !selectable(&t->rows[j]))
			j += step;
		if (j < 0 || j >= t->nrows)
			break;
		i = j;
		left--;
	}
	t->sel = i;
}

/* The id of the child on the selected row, or NULL. */
static const char *selected_child(const struct today *t)
{
	if (t->sel < 0 || t->sel >= t->nrows)
		return NULL;
	const struct row *r = &t->rows[t->sel];
	switch (r->kind) {
	case ROW_APPT:
		return t->appts[r->idx].child.id;
	case ROW_CHILD:
		return t->items[r->idx].child->child.id;
	case ROW_GIZ:
		return t->giz[r->idx].child_id;
	case ROW_HAND:
		return t->hand[r->idx].child_id;
	case ROW_RECENT:
		return t->recent[r->idx].id;
	case ROW_CONFLICT:
		return t->conf[r->idx].child_id[0] ? t->conf[r->idx].child_id : NULL;
	default:
		return NULL;
	}
}

/* F5 and F7 need the whole child record. */
static int with_child(struct app *app, const struct today *t, struct child *c)
{
	struct gp_err e = {0};
	const char *id = selected_child(t);
	if (!id) {
		app_message(app, 1, _("Kies eerst een kind met de pijltjes."));
		return 0;
	}
	if (child_get(app->db, id, c, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return 0;
	}
	return 1;
}

static int today_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct today *t = s->st;
	struct child c;
	(void)key;
	switch (act) {
	case ACT_UP:
		move_sel(t, -1);
		return 1;
	case ACT_DOWN:
		move_sel(t, 1);
		return 1;
	case ACT_PGUP:
		move_sel(t, -(t->height > 2 ? t->height - 2 : 1));
		return 1;
	case ACT_PGDN:
		move_sel(t, t->height > 2 ? t->height - 2 : 1);
		return 1;
	case ACT_HOME:
		t->sel = 0;
		move_sel(t, 1);
		move_sel(t, -1);
		return 1;
	case ACT_END:
		t->sel = t->nrows - 1;
		move_sel(t, -1);
		move_sel(t, 1);
		return 1;
	case ACT_OPEN: {
		const char *id = selected_child(t);
		const struct row *r = t->sel < t->nrows ? &t->rows[t->sel] : NULL;
		if (r && r->kind == ROW_CONFLICT) {
			conflict_open(app, &t->conf[r->idx]);
		} else if (r && r->kind == ROW_GIZ) {
			giz_agreement_form_open(app, t->giz[r->idx].a.id);
		} else if (r && r->kind == ROW_HAND) {
			dossier_open(app, id);
			dossier_show_handover(app, t->hand[r->idx].id);
		} else if (id) {
			dossier_open(app, id);
		}
		return 1;
	}
	case ACT_CONTACT:
		if (with_child(app, t, &c))
			contact_form_open(app, &c, NULL);
		return 1;
	case ACT_PLAN:
		if (with_child(app, t, &c))
			appointment_form_open(app, &c, NULL);
		return 1;
	case ACT_AGENDA:
		agenda_open(app, who_id(t), place_name(t));
		return 1;
	case ACT_FILTER_MINE:
		next_who(app, t);
		load(app, t);
		return 1;
	case ACT_FILTER_AGE:
		t->band = (t->band + 1) % NBANDS;
		load(app, t);
		return 1;
	case ACT_FILTER_PLACE:
		t->place = t->place + 1 < t->nplaces ? t->place + 1 : -1;
		load(app, t);
		return 1;
	case ACT_ADMIN:
		admin_open(app);
		return 1;
	default:
		return 0;
	}
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
	free(t->appts);
	free(t->items);
	free(t->giz);
	free(t->hand);
	free(t->conf);
	free(t->rows);
	free(t->owners);
	free(t->places);
	free(t);
}

#define TODAY_HOWTO \
	N_("Vandaag is het beginscherm en uw werklijst: eerst de afspraken van vandaag, " \
	   "dan de kinderen bij wie nu een contactmoment of prik aan de beurt is, dan wie " \
	   "te laat is maar het nog kan inhalen, dan de afspraken uit een GIZ-plan " \
	   "waarvan de evaluatiedatum gekomen is, dan uw lopende warme overdrachten (wat " \
	   "te laat is in rood bovenaan), dan de inhaalvaccinaties van oudere " \
	   "kinderen, en de dossiers die u kort geleden opende. Elke regel zegt wat er " \
	   "open staat, sinds wanneer en tot wanneer; wat het eerst verloopt staat " \
	   "bovenaan. Met m kiest u uw eigen caseload, die van iedereen of die van een " \
	   "collega; met l een leeftijdsgroep; met p een locatie. Enter opent het dossier " \
	   "(op een GIZ-afspraak: afronden als gedaan, loopt door of beëindigd; op een " \
	   "overdracht: het dossier bij die overdracht), " \
	   "F5 legt een contact vast, F7 plant een afspraak voor wat aan de beurt is, a " \
	   "toont de agenda van de dag. Gaat u even weg, " \
	   "vergrendel dan met F12 (dat kan op elk scherm); uw werk blijft staan.")

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
	int admin = admin_available(app);
	if (!t) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	load_filters(app, t);
	load(app, t);
	app_replace(app, admin ? &today_ops : &today_ops_user, t);
}
