/* schedule_due.c — the due list of one child (rules in schedule.h): the
 * contact moments, then the doses of the child's RVP version counted
 * vaccine by vaccine against what was given.  A pure function of the
 * loaded schedule, the child's records and the date asked about. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "schedule.h"

enum { MAX_SERIES_DOSES = 20, MAX_SERIES_RECORDS = 64 };

static long day_of(struct gp_date d)
{
	return date_to_days(d);
}

static struct gp_date from_day(long d)
{
	return date_from_days(d);
}

/* The date a child born on `birth` reaches `a`, never before birth. */
static struct gp_date at_age(struct gp_date birth, struct sched_age a)
{
	struct gp_date d = schedule_age_date(birth, a);
	return date_cmp(d, birth) < 0 ? birth : d;
}

static struct gp_date max_date(struct gp_date a, struct gp_date b)
{
	return date_cmp(a, b) < 0 ? b : a;
}

static void copy_small(char *out, size_t outsz, const char *s)
{
	snprintf(out, outsz, "%s", s ? s : "");
}

/* -1, 0 or 1: `when` before, within or after the window of `d`. */
static int timing_of(const struct sched_due *d, struct gp_date when)
{
	if (date_cmp(when, d->earliest) < 0)
		return -1;
	return date_cmp(when, d->latest) > 0 ? 1 : 0;
}

/* ---- contact moments ------------------------------------------------- */

static void moment_window(struct sched_due *d, const struct sched_child *c,
			  struct gp_date end)
{
	const struct sched_moment *m = d->moment;
	struct gp_date base = c->birth;
	if (m->corrected && c->gestational_days > 0 && c->gestational_days < 259) {
		base = from_day(day_of(base) + 280 - c->gestational_days);
		d->shifted = 1;
	}
	d->earliest = at_age(base, m->earliest);
	d->target = at_age(base, m->target);
	d->latest = at_age(base, m->latest);
	d->until = m->has_until ? at_age(base, m->until) : end;
	if (date_cmp(d->until, end) > 0)
		d->until = end;
	d->late_until = from_day(day_of(d->until) - 1);
}

/* Finds whether moment d was realised on or before `on`, and its latest
 * not-realised status. */
static int moment_done(struct sched_due *d, const struct sched_child *c, struct gp_date on)
{
	int done = 0;
	for (size_t i = 0; i < c->ncontacts; i++) {
		const struct sched_contact *k = &c->contacts[i];
		if (!k->moment || strcmp(k->moment, d->moment->code) != 0 ||
		    date_cmp(k->date, on) > 0)
			continue;
		if (k->status && strcmp(k->status, "01") == 0) {
			if (!done || date_cmp(k->date, d->done_on) < 0)
				d->done_on = k->date;
			done = 1;
		} else if (!d->last_status[0] || date_cmp(k->date, d->last_on) >= 0) {
			copy_small(d->last_status, sizeof d->last_status, k->status);
			if (!d->last_status[0]) /* a record without status still counts */
				copy_small(d->last_status, sizeof d->last_status, "?");
			d->last_on = k->date;
		}
	}
	return done;
}

/* The state of an open entry from its window; `until` and the end of care
 * are the caller's. */
static void window_state(struct sched_due *d, struct gp_date on)
{
	long today = day_of(on);
	d->days_overdue = 0;
	if (today < day_of(d->earliest)) {
		d->state = SCHED_NOT_YET;
	} else if (today <= day_of(d->latest)) {
		d->state = SCHED_DUE;
	} else {
		d->days_overdue = today - day_of(d->latest);
		d->state = today <= day_of(d->late_until) ? SCHED_OVERDUE : SCHED_CATCH_UP;
	}
}

/* A moment not done is missed once a later moment (by target age) was
 * realised: the 3-month visit is not due after the 4-month one. */
static int superseded(const struct sched_due_list *list, const struct sched_due *d)
{
	for (size_t j = 0; j < list->n; j++) {
		const struct sched_due *o = &list->items[j];
		if (o->kind == SCHED_MOMENT && o->state == SCHED_DONE &&
		    date_cmp(o->target, d->target) > 0)
			return 1;
	}
	return 0;
}

/* The next entry of out, zeroed.  The list has room for every moment and
 * dose of the schedule but a child gets a few dozen: zeroing them one by one
 * instead of all at once spared the 100k demo 15 GB of memset. */
static struct sched_due *new_item(struct sched_due_list *out)
{
	struct sched_due *d = &out->items[out->n++];
	memset(d, 0, sizeof *d);
	return d;
}

static void add_moments(const struct schedule *s, const struct sched_child *c,
			struct gp_date on, struct gp_date end, struct sched_due_list *out)
{
	size_t first = out->n;
	for (size_t i = 0; i < s->nmoments; i++) {
		struct sched_due *d = new_item(out);
		d->kind = SCHED_MOMENT;
		d->moment = &s->moments[i];
		moment_window(d, c, end);
		if (moment_done(d, c, on)) {
			d->state = SCHED_DONE;
			d->timing = timing_of(d, d->done_on);
		}
	}
	for (size_t i = first; i < out->n; i++) {
		struct sched_due *d = &out->items[i];
		if (d->state == SCHED_DONE)
			continue;
		if (c->in_care.y != 0 && date_cmp(d->latest, c->in_care) < 0)
			d->state = SCHED_BEFORE_CARE;
		else if (date_cmp(on, d->until) >= 0 || superseded(out, d))
			d->state = SCHED_MISSED;
		else
			window_state(d, on);
		/* the overdue period of a moment lasts until `until` */
		if (d->state == SCHED_CATCH_UP)
			d->state = SCHED_OVERDUE;
	}
}

/* ---- doses ----------------------------------------------------------- */

/* 1 when a row's conditions hold for the child. */
static int row_applies(const struct sched_dose *x, const struct sched_version *v,
		       const char *variant, const struct sched_child *c)
{
	if (x->version != v)
		return 0;
	if (strcmp(x->variant, "*") != 0 && (!variant || strcmp(x->variant, variant) != 0))
		return 0;
	if (x->sex && x->sex != c->sex)
		return 0;
	if (x->born_from_month) {
		int m = c->birth.m, a = x->born_from_month, b = x->born_to_month;
		int in = a <= b ? (m >= a && m <= b) : (m >= a || m <= b);
		if (!in)
			return 0;
	}
	return 1;
}

/* 1 when a record counts as the dose having been given. */
static int counts_as_given(const struct sched_vaccination *v)
{
	return v->given || (v->reason && strcmp(v->reason, "elders_gegeven") == 0);
}

/* 1 when a record of `code` counts for vaccine `rules`. */
static int accepted(const struct sched_vaccine *rules, const char *code, int *own)
{
	*own = strcmp(code, rules->code) == 0;
	if (*own)
		return 1;
	for (int i = 0; i < rules->naccepts; i++)
		if (strcmp(code, rules->accepts[i]) == 0)
			return 1;
	return 0;
}

/* One vaccine of the child's schedule: its rows and the records that may
 * count for them. */
struct series {
	const struct sched_vaccine *rules;            /* the vaccine */
	struct sched_due *items[MAX_SERIES_DOSES];    /* its doses, in dose order */
	int n;                                        /* number of doses */
	size_t rec[MAX_SERIES_RECORDS];               /* given records, oldest first */
	int own[MAX_SERIES_RECORDS];                  /* 1: of this vaccine itself */
	int nrec;                                     /* number of records */
};

/* Collects the given records that may count for the series, oldest first
 * (a stable insertion sort: the lists are short). */
static void collect_records(struct series *se, const struct sched_child *c, struct gp_date on)
{
	se->nrec = 0;
	for (size_t i = 0; i < c->nvaccinations && se->nrec < MAX_SERIES_RECORDS; i++) {
		const struct sched_vaccination *v = &c->vaccinations[i];
		int own;
		if (!v->vaccine || !counts_as_given(v) || date_cmp(v->date, on) > 0 ||
		    !accepted(se->rules, v->vaccine, &own))
			continue;
		int k = se->nrec++;
		while (k > 0 && date_cmp(c->vaccinations[se->rec[k - 1]].date, v->date) > 0) {
			se->rec[k] = se->rec[k - 1];
			se->own[k] = se->own[k - 1];
			k--;
		}
		se->rec[k] = i;
		se->own[k] = own;
	}
}

/* The window of dose d from its row, counted from birth. */
static void dose_window(struct sched_due *d, const struct sched_child *c, struct gp_date end)
{
	const struct sched_dose *x = d->dose;
	d->earliest = at_age(c->birth, x->earliest);
	d->target = at_age(c->birth, x->target);
	d->latest = at_age(c->birth, x->latest);
	d->until = at_age(c->birth, x->has_until ? x->until : x->rules->until);
	if (date_cmp(d->until, end) > 0)
		d->until = end;
	/* target and latest never before earliest (a window snapped to a date
	 * that lies before birth) */
	d->target = max_date(d->target, d->earliest);
	d->latest = max_date(d->latest, d->target);
}

/* Opens the window of d no sooner than `interval` after the previous dose. */
static void open_after(struct sched_due *d, struct gp_date prev)
{
	const struct sched_dose *x = d->dose;
	if (!x->has_interval)
		return;
	struct gp_date open = schedule_age_date(prev, x->interval);
	d->earliest = max_date(d->earliest, open);
	d->target = max_date(d->target, d->earliest);
	d->latest = max_date(d->latest, d->target);
}

/* Marks the doses that lapse because the vaccine was (or would be)
 * started late: the primary doses just before the last one. */
static void mark_lapsed(struct series *se, const struct sched_child *c, struct gp_date on)
{
	const struct sched_vaccine *r = se->rules;
	if (!r->has_late_start || se->n <= r->late_doses)
		return;
	struct gp_date late = at_age(c->birth, r->late_start);
	struct gp_date min = at_age(c->birth, r->min_age);
	struct gp_date start = on;
	for (int k = 0; k < se->nrec; k++) {
		struct gp_date dt = c->vaccinations[se->rec[k]].date;
		if (date_cmp(dt, min) >= 0) {
			start = dt;
			break;
		}
	}
	if (date_cmp(start, late) < 0)
		return;
	int drop = se->n - r->late_doses;
	for (int k = se->n - 1 - drop; k < se->n - 1; k++)
		se->items[k]->state = SCHED_LAPSED;
}

/* Fills the records into the doses in order (see "Doses" in schedule.h).
 * Returns the date of the last record that counted, y == 0 when none. */
static struct gp_date assign_records(struct series *se, const struct sched_child *c,
				     struct gp_date end)
{
	struct gp_date prev = {0, 0, 0};
	int ri = 0;
	for (int k = 0; k < se->n; k++) {
		struct sched_due *d = se->items[k];
		dose_window(d, c, end);
		if (prev.y)
			open_after(d, prev);
		if (d->state == SCHED_LAPSED)
			continue;
		const struct sched_dose *x = d->dose;
		struct gp_date valid = at_age(c->birth, x->has_valid_from ? x->valid_from
									   : se->rules->min_age);
		while (ri < se->nrec) {
			const struct sched_vaccination *v = &c->vaccinations[se->rec[ri]];
			enum sched_invalid why = SCHED_VALID;
			if (date_cmp(v->date, d->until) >= 0)
				break; /* kept for a later dose */
			if (date_cmp(v->date, valid) < 0)
				why = SCHED_TOO_YOUNG;
			else if (prev.y && x->has_interval &&
				 date_cmp(v->date, schedule_age_date(prev, x->interval)) < 0)
				why = SCHED_TOO_SOON;
			if (why != SCHED_VALID) {
				if (se->own[ri]) { /* another vaccine simply does not count */
					d->invalid_why = why;
					d->invalid_on = v->date;
				}
				ri++;
				continue;
			}
			d->state = SCHED_DONE;
			d->done_on = v->date;
			d->elsewhere = !v->given;
			d->timing = timing_of(d, v->date);
			prev = v->date;
			ri++;
			break;
		}
	}
	return prev;
}

/* The latest record (given or not) of the vaccine itself; fills the
 * latest not-given reason after `last_given` into the open doses. */
static void mark_refusals(struct series *se, const struct sched_child *c, struct gp_date on,
			  struct gp_date last_given)
{
	const struct sched_vaccination *latest = NULL, *reason = NULL;
	for (size_t i = 0; i < c->nvaccinations; i++) {
		const struct sched_vaccination *v = &c->vaccinations[i];
		if (!v->vaccine || strcmp(v->vaccine, se->rules->code) != 0 ||
		    date_cmp(v->date, on) > 0)
			continue;
		if (!latest || date_cmp(v->date, latest->date) >= 0)
			latest = v;
		if (!counts_as_given(v) && (!last_given.y || date_cmp(v->date, last_given) >= 0) &&
		    (!reason || date_cmp(v->date, reason->date) >= 0))
			reason = v;
	}
	int refused = latest && !counts_as_given(latest) && latest->reason &&
		      strcmp(latest->reason, "bezwaar") == 0;
	for (int k = 0; k < se->n; k++) {
		struct sched_due *d = se->items[k];
		if (d->state == SCHED_DONE || d->state == SCHED_LAPSED)
			continue;
		if (reason) {
			copy_small(d->last_reason, sizeof d->last_reason,
				   reason->reason && reason->reason[0] ? reason->reason : "anders");
			d->last_on = reason->date;
		}
		if (refused) {
			d->state = SCHED_REFUSED;
			d->done_on = latest->date;
		}
	}
}

/* The states of the doses that are neither done, lapsed nor refused.  A
 * dose that must follow the previous one (it has an interval) waits while
 * that one is not done: the child needs the earlier dose first. */
static void open_dose_states(struct series *se, struct gp_date on)
{
	const struct sched_due *prev = NULL;
	for (int k = 0; k < se->n; k++) {
		struct sched_due *d = se->items[k];
		if (d->state == SCHED_LAPSED)
			continue;
		int waits = prev && prev->state != SCHED_DONE && d->dose->has_interval;
		prev = d;
		if (d->state == SCHED_DONE || d->state == SCHED_REFUSED)
			continue;
		d->late_until = schedule_age_date(d->latest, se->rules->late);
		if (date_cmp(d->late_until, d->until) >= 0)
			d->late_until = from_day(day_of(d->until) - 1);
		if (date_cmp(on, d->until) >= 0)
			d->state = SCHED_MISSED;
		else if (waits)
			d->state = SCHED_NOT_YET;
		else
			window_state(d, on);
	}
}

static void add_series(const struct schedule *s, const struct sched_child *c,
		       struct gp_date on, struct gp_date end, const struct sched_vaccine *vaccine,
		       struct sched_due_list *out)
{
	struct series se;
	memset(&se, 0, sizeof se);
	const struct sched_version *v = out->version;
	for (size_t i = 0; i < v->count && se.n < MAX_SERIES_DOSES; i++) {
		const struct sched_dose *x = s->by_version[v->first + i];
		if (x->rules != vaccine || !row_applies(x, v, out->variant, c))
			continue;
		struct sched_due *d = new_item(out);
		d->kind = SCHED_DOSE;
		d->dose = x;
		d->state = SCHED_NOT_YET;
		se.rules = x->rules;
		se.items[se.n++] = d;
	}
	if (!se.n)
		return;
	/* the entries lie consecutively in out->items; order them by dose */
	for (int k = 1; k < se.n; k++) { /* insertion sort: a few doses, stable */
		struct sched_due *d = se.items[k];
		int j = k;
		for (; j > 0 && se.items[j - 1]->dose->dose > d->dose->dose; j--)
			se.items[j] = se.items[j - 1];
		se.items[j] = d;
	}
	struct sched_due tmp[MAX_SERIES_DOSES];
	for (int k = 0; k < se.n; k++)
		tmp[k] = *se.items[k];
	struct sched_due *base = &out->items[out->n - (size_t)se.n];
	for (int k = 0; k < se.n; k++) {
		base[k] = tmp[k];
		se.items[k] = &base[k];
	}
	collect_records(&se, c, on);
	mark_lapsed(&se, c, on);
	struct gp_date last = assign_records(&se, c, end);
	mark_refusals(&se, c, on, last);
	open_dose_states(&se, on);
}

/* 1 when `vaccine` already had its series added. */
static int seen_vaccine(const struct sched_due_list *out, size_t from,
			const struct sched_vaccine *vaccine)
{
	for (size_t i = from; i < out->n; i++)
		if (out->items[i].kind == SCHED_DOSE && out->items[i].dose->rules == vaccine)
			return 1;
	return 0;
}

/* The variant name as stored in a dose row of version v (not "*"), or NULL
 * when v has no row for `variant`. */
static const char *find_variant(const struct schedule *s, const struct sched_version *v,
				const char *variant)
{
	for (size_t i = 0; variant && variant[0] && i < v->count; i++) {
		const struct sched_dose *x = s->by_version[v->first + i];
		if (strcmp(x->variant, "*") != 0 && strcmp(x->variant, variant) == 0)
			return x->variant;
	}
	return NULL;
}

enum gp_status schedule_due(const struct schedule *s, const struct sched_child *c,
			    struct gp_date on, struct sched_due_list *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	struct gp_date end = date_add_months(c->birth, SCHED_END_MONTHS);
	out->ended = date_cmp(on, end) >= 0;
	out->version = schedule_version_for(s, c->birth);
	if (out->version) {
		out->variant = find_variant(s, out->version, c->rvp_variant);
		if (!out->variant)
			out->variant = find_variant(s, out->version, out->version->default_variant);
	}

	size_t cap = s->nmoments + s->ndoses;
	out->items = malloc((cap ? cap : 1) * sizeof *out->items);
	if (!out->items)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));

	add_moments(s, c, on, end, out);
	size_t first_dose = out->n;
	const struct sched_version *v = out->version;
	for (size_t i = 0; v && i < v->count; i++) {
		const struct sched_dose *x = s->by_version[v->first + i];
		if (!row_applies(x, v, out->variant, c) || seen_vaccine(out, first_dose, x->rules))
			continue;
		add_series(s, c, on, end, x->rules, out);
	}
	return GP_OK;
}

void schedule_due_free(struct sched_due_list *list)
{
	free(list->items);
	memset(list, 0, sizeof *list);
}

int schedule_state_open(enum sched_state st)
{
	return st == SCHED_DUE || st == SCHED_OVERDUE || st == SCHED_CATCH_UP;
}

int schedule_due_plannable(const struct sched_due_list *list, size_t i, struct gp_date day)
{
	const struct sched_due *d = &list->items[i];
	if ((!schedule_state_open(d->state) && d->state != SCHED_NOT_YET) ||
	    date_cmp(d->earliest, day) > 0)
		return 0;
	if (d->kind != SCHED_DOSE)
		return 1;
	for (size_t j = 0; j < list->n; j++) {
		const struct sched_due *o = &list->items[j];
		if (j != i && o->kind == SCHED_DOSE && o->dose->dose < d->dose->dose &&
		    strcmp(o->dose->vaccine, d->dose->vaccine) == 0 &&
		    (schedule_state_open(o->state) || o->state == SCHED_NOT_YET))
			return 0;
	}
	return 1;
}

struct gp_date schedule_due_deadline(const struct sched_due *d)
{
	switch (d->state) {
	case SCHED_DUE:
		return d->latest;
	case SCHED_OVERDUE:
		return d->late_until;
	case SCHED_CATCH_UP:
		return from_day(day_of(d->until) - 1);
	default:
		return d->latest;
	}
}

struct gp_date schedule_due_since(const struct sched_due *d)
{
	switch (d->state) {
	case SCHED_OVERDUE:
		return from_day(day_of(d->latest) + 1);
	case SCHED_CATCH_UP:
		return from_day(day_of(d->late_until) + 1);
	default:
		return d->earliest;
	}
}

/* Rank of a state in a work list: lower comes first. */
static int state_rank(enum sched_state st)
{
	switch (st) {
	case SCHED_DUE:
		return 0;
	case SCHED_OVERDUE:
		return 1;
	case SCHED_CATCH_UP:
		return 2;
	case SCHED_NOT_YET:
		return 3;
	case SCHED_DONE:
		return 4;
	case SCHED_REFUSED:
		return 5;
	case SCHED_BEFORE_CARE:
		return 6;
	case SCHED_LAPSED:
		return 7;
	case SCHED_MISSED:
		return 8;
	}
	return 9;
}

/* Negative when a belongs before b in a work list. */
static long due_order(const struct sched_due *a, const struct sched_due *b)
{
	int ra = state_rank(a->state), rb = state_rank(b->state);
	if (ra != rb)
		return ra - rb;
	if (schedule_state_open(a->state))
		return day_of(schedule_due_deadline(a)) - day_of(schedule_due_deadline(b));
	if (a->state == SCHED_NOT_YET)
		return day_of(a->earliest) - day_of(b->earliest);
	return 0;
}

void schedule_due_sort(struct sched_due_list *list)
{
	/* Insertion sort: stable (ties keep schedule order), and lists are short. */
	for (size_t i = 1; i < list->n; i++) {
		struct sched_due tmp = list->items[i];
		size_t j = i;
		while (j > 0 && due_order(&tmp, &list->items[j - 1]) < 0) {
			list->items[j] = list->items[j - 1];
			j--;
		}
		list->items[j] = tmp;
	}
}

const char *schedule_due_code(const struct sched_due *d)
{
	return d->kind == SCHED_MOMENT ? d->moment->code : d->dose->vaccine;
}

const char *schedule_state_label(enum sched_state st)
{
	switch (st) {
	case SCHED_NOT_YET:
		return _("nog niet");
	case SCHED_DUE:
		return _("nu aan de beurt");
	case SCHED_OVERDUE:
		return _("te laat");
	case SCHED_CATCH_UP:
		return _("inhalen");
	case SCHED_DONE:
		return _("gedaan");
	case SCHED_REFUSED:
		return _("bezwaar");
	case SCHED_BEFORE_CARE:
		return _("vóór inschrijving");
	case SCHED_LAPSED:
		return _("niet meer nodig");
	case SCHED_MISSED:
		return _("gemist");
	}
	return "?";
}
