/* report.c — see report.h.  Each section is one or a few grouped queries
 * over indexed ranges (birth dates, contact dates); vaccination coverage
 * walks the children and their given doses side by side, in the order of
 * the child's row number, in constant memory.  Every one of these reads is
 * answered from an index alone (migration 011); docs/performance.md has the
 * figures. */
#include <stdlib.h>
#include <string.h>

#include <limits.h>

#include "audit.h"
#include "csv.h"
#include "doc.h"
#include "i18n.h"
#include "outfile.h"
#include "refdata.h"
#include "report.h"
#include "perm.h"
#include "text.h"

struct rows {
	struct report_row *v;
	size_t n, cap;
	int failed;
};

static struct report_row *add(struct rows *r, const char *section, const char *cat,
			      const char *sub, long long n, long long of)
{
	if (r->n == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		struct report_row *v = realloc(r->v, cap * sizeof *v);
		if (!v) {
			r->failed = 1;
			return NULL;
		}
		r->v = v;
		r->cap = cap;
	}
	struct report_row *row = &r->v[r->n++];
	memset(row, 0, sizeof *row);
	row->section = section;
	text_copy(row->category, sizeof row->category, cat);
	text_copy(row->sub, sizeof row->sub, sub ? sub : "");
	row->n = n;
	row->of = of;
	return row;
}

void report_count(long long n, char *out, size_t outsz)
{
	if (n < 0)
		snprintf(out, outsz, "%s", ""); /* a line that says there is nothing */
	else if (n < REPORT_SMALL)
		snprintf(out, outsz, "<%d", REPORT_SMALL);
	else
		snprintf(out, outsz, "%lld", n);
}

/* The statement sql prepared, with the period bound as ?1 and ?2. */
static sqlite3_stmt *period_stmt(struct db *db, const char *sql, struct gp_date from,
				 struct gp_date to, struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (st) {
		db_bind_date_or_null(st, 1, from);
		db_bind_date_or_null(st, 2, to);
	}
	return st;
}

/* Runs a prepared statement to its end; each row goes to row(). */
static enum gp_status each(struct db *db, sqlite3_stmt *st,
			   void (*row)(sqlite3_stmt *st, void *ctx), void *ctx, struct gp_err *e)
{
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		row(st, ctx);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de telling maken"), e);
}

/* The condition "in our care on ?2" for a children row c. */
#define IN_CARE "c.status = 'actief' AND (c.registered_on IS NULL OR c.registered_on <= ?2) "

/* ---- contacts --------------------------------------------------------------------- */

/* Contacts of the period counted per kind and status.  The codes are two
 * digits (BDS 494 and 1605); they are counted in a table indexed by them
 * (SQLite's GROUP BY would sort the period's rows first), anything else in
 * a short list beside it. */
enum { CODE_SLOTS = 100, OTHER_MAX = 64 };

struct contact_count {
	char kind[8], status[8];
	long long n;
};

struct contact_tally {
	long long n[CODE_SLOTS][CODE_SLOTS]; /* [kind][status], two-digit codes */
	struct contact_count other[OTHER_MAX];
	int nother;
};

/* 0–99 for a two-digit code, else -1. */
static int two_digits(const unsigned char *c)
{
	return c && c[0] >= '0' && c[0] <= '9' && c[1] >= '0' && c[1] <= '9' && !c[2]
		? (c[0] - '0') * 10 + (c[1] - '0') : -1;
}

static void tally(struct contact_tally *t, const unsigned char *kind, const unsigned char *status)
{
	int k = two_digits(kind), s = two_digits(status);
	if (k >= 0 && s >= 0) {
		t->n[k][s]++;
		return;
	}
	char ks[8], ss[8];
	text_copy(ks, sizeof ks, kind ? (const char *)kind : "");
	text_copy(ss, sizeof ss, status ? (const char *)status : "");
	for (int i = 0; i < t->nother; i++)
		if (strcmp(t->other[i].kind, ks) == 0 && strcmp(t->other[i].status, ss) == 0) {
			t->other[i].n++;
			return;
		}
	if (t->nother < OTHER_MAX) {
		struct contact_count *o = &t->other[t->nother++];
		memcpy(o->kind, ks, sizeof ks);
		memcpy(o->status, ss, sizeof ss);
		o->n = 1;
	}
}

static int cmp_count(const void *a, const void *b)
{
	const struct contact_count *x = a, *y = b;
	int c = strcmp(x->kind, y->kind);
	return c ? c : strcmp(x->status, y->status);
}

static enum gp_status contacts(struct db *db, const struct refdata *codes, struct gp_date from,
			       struct gp_date to, struct rows *r, struct gp_err *e)
{
	static const char sql[] =
		"SELECT kind_code, status_code FROM contacts WHERE contact_date BETWEEN ?1 AND ?2";
	const char *section = _("Contactmomenten");
	sqlite3_stmt *st = period_stmt(db, sql, from, to, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct contact_tally *t = calloc(1, sizeof *t);
	struct contact_count *all = malloc((CODE_SLOTS * CODE_SLOTS + OTHER_MAX) * sizeof *all);
	if (!t || !all) {
		free(t);
		free(all);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		tally(t, sqlite3_column_text(st, 0), sqlite3_column_text(st, 1));
	sqlite3_reset(st);
	enum gp_status s = rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de telling maken"), e);
	/* in the order of the codes, as text (two digits sort as numbers) */
	size_t n = 0;
	for (int k = 0; k < CODE_SLOTS; k++)
		for (int c = 0; c < CODE_SLOTS; c++)
			if (t->n[k][c]) {
				snprintf(all[n].kind, sizeof all[n].kind, "%02d", k % CODE_SLOTS);
				snprintf(all[n].status, sizeof all[n].status, "%02d", c % CODE_SLOTS);
				all[n++].n = t->n[k][c];
			}
	for (int i = 0; i < t->nother; i++)
		all[n++] = t->other[i];
	qsort(all, n, sizeof *all, cmp_count);
	for (size_t i = 0; s == GP_OK && i < n; i++)
		add(r, section, refdata_label(codes, "contactsoort", all[i].kind),
		    refdata_label(codes, "contactstatus", all[i].status), all[i].n, -1);
	if (s == GP_OK && n == 0)
		add(r, section, _("geen contacten in deze periode"), "", -1, -1);
	free(t);
	free(all);
	return s;
}

/* ---- reach of each scheduled moment ------------------------------------------------ */

/* The first birth date whose date at `age` is on or after d (from below:
 * the dates at an age never go down as the birth date goes up). */
static long first_birth_at(struct sched_age age, struct gp_date d)
{
	long lo = date_to_days(d) - 25L * 366, hi = date_to_days(d) + 1;
	while (lo < hi) {
		long mid = lo + (hi - lo) / 2;
		if (date_cmp(schedule_age_date(date_from_days(mid), age), d) >= 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Each moment's birth window: born so that the target falls in the period
 * (a corrected moment can shift up to 140 days later, so look that much
 * earlier), in days; last < first when no birth date qualifies. */
struct reach_moment {
	long first, last;
	long long due, done;
};

/* Counts one child for every moment whose window holds its birth date;
 * seen[i] is 1 when the child had moment i realised by TO. */
static void reach_child(const struct schedule *s, struct reach_moment *rm, struct gp_date from,
			struct gp_date to, struct gp_date birth, int ga, struct gp_date in_care,
			const unsigned char *seen)
{
	long b = date_to_days(birth);
	for (size_t i = 0; i < s->nmoments; i++) {
		const struct sched_moment *m = &s->moments[i];
		if (b < rm[i].first || b > rm[i].last)
			continue;
		struct gp_date target = schedule_age_date(birth, m->target);
		if (m->corrected && ga > 0 && ga < 259)
			target = date_from_days(date_to_days(target) + 280 - ga);
		if (date_cmp(target, from) < 0 || date_cmp(target, to) > 0)
			continue;
		if (in_care.y && date_cmp(in_care, target) > 0)
			continue; /* not ours when it was planned */
		rm[i].due++;
		rm[i].done += seen[i];
	}
}

/* A moment of the schedule, in a list sorted by code. */
struct moment_ref {
	const struct sched_moment *m;
};

/* The index of the moment with this code in the schedule, or -1 (byc: the
 * moments sorted by code). */
static long moment_index(const struct schedule *s, const struct moment_ref *byc,
			 const char *code)
{
	size_t lo = 0, hi = s->nmoments;
	while (code && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(byc[mid].m->code, code);
		if (c == 0)
			return byc[mid].m - s->moments;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

static int cmp_moment_code(const void *a, const void *b)
{
	return strcmp(((const struct moment_ref *)a)->m->code,
		      ((const struct moment_ref *)b)->m->code);
}

/* Two walks in the order of the child's row number, merged (as the coverage
 * below): the children born in any moment's window, and every realised
 * contact of a moment by TO.  One pass over each index, in its order, rather
 * than a look-up in the contacts per child per moment: the look-ups read a
 * page each, in no order, and made up most of the report's time at 100,000
 * children (docs/performance.md). */
static enum gp_status reach(struct db *db, const struct schedule *s, struct gp_date from,
			    struct gp_date to, struct rows *r, struct gp_err *e)
{
	static const char child_sql[] =
		"SELECT c.seq, c.birth_date, coalesce(c.gestational_age_days, 0), "
		"coalesce(c.registered_on, '') FROM children c NOT INDEXED "
		"WHERE c.birth_date BETWEEN ?1 AND ?2 AND c.status = 'actief' ORDER BY c.seq";
	static const char done_sql[] =
		"SELECT child_seq, schedule_moment FROM contacts WHERE schedule_moment IS NOT NULL "
		"AND status_code = '01' AND contact_date <= ?1 ORDER BY child_seq";
	if (s->nmoments == 0)
		return GP_OK;
	struct reach_moment *rm = calloc(s->nmoments, sizeof *rm);
	struct moment_ref *byc = malloc(s->nmoments * sizeof *byc);
	unsigned char *seen = malloc(s->nmoments);
	if (!rm || !byc || !seen) {
		free(rm);
		free(byc);
		free(seen);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	long lo_day = LONG_MAX, hi_day = LONG_MIN;
	for (size_t i = 0; i < s->nmoments; i++) {
		const struct sched_moment *m = &s->moments[i];
		rm[i].first = first_birth_at(m->target, from) - (m->corrected ? 140 : 0);
		rm[i].last = first_birth_at(m->target, date_from_days(date_to_days(to) + 1)) - 1;
		if (rm[i].last >= rm[i].first) {
			lo_day = rm[i].first < lo_day ? rm[i].first : lo_day;
			hi_day = rm[i].last > hi_day ? rm[i].last : hi_day;
		}
		byc[i].m = m;
	}
	qsort(byc, s->nmoments, sizeof *byc, cmp_moment_code);
	enum gp_status st = GP_OK;
	sqlite3_stmt *kids = NULL, *done = NULL;
	if (lo_day <= hi_day) {
		char lo[11], hi[11], on[11];
		date_fmt_iso(date_from_days(lo_day), lo);
		date_fmt_iso(date_from_days(hi_day), hi);
		date_fmt_iso(to, on);
		kids = db_stmt(db, child_sql, e);
		if (kids)
			done = db_stmt(db, done_sql, e);
		if (!kids || !done)
			st = e ? e->code : GP_EINTERNAL;
		if (st == GP_OK) {
			sqlite3_bind_text(kids, 1, lo, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(kids, 2, hi, -1, SQLITE_TRANSIENT);
			sqlite3_bind_text(done, 1, on, -1, SQLITE_TRANSIENT);
			int rc, drc = sqlite3_step(done);
			while ((rc = sqlite3_step(kids)) == SQLITE_ROW) {
				long long seq = sqlite3_column_int64(kids, 0);
				memset(seen, 0, s->nmoments);
				while (drc == SQLITE_ROW && sqlite3_column_int64(done, 0) < seq)
					drc = sqlite3_step(done);
				while (drc == SQLITE_ROW && sqlite3_column_int64(done, 0) == seq) {
					long k = moment_index(
						s, byc, (const char *)sqlite3_column_text(done, 1));
					if (k >= 0)
						seen[k] = 1;
					drc = sqlite3_step(done);
				}
				struct gp_date birth, in_care = {0, 0, 0};
				db_col_date(kids, 1, &birth);
				db_col_date(kids, 3, &in_care);
				reach_child(s, rm, from, to, birth, sqlite3_column_int(kids, 2), in_care,
					    seen);
			}
			if (rc != SQLITE_DONE || (drc != SQLITE_DONE && drc != SQLITE_ROW))
				st = db_error(db, rc != SQLITE_DONE ? rc : drc, _("de telling maken"),
					      e);
		}
	}
	if (kids)
		sqlite3_reset(kids);
	if (done)
		sqlite3_reset(done);
	for (size_t i = 0; st == GP_OK && i < s->nmoments; i++)
		if (rm[i].due)
			add(r, _("Bereik contactmomenten"), s->moments[i].label, _("gerealiseerd"),
			    rm[i].done, rm[i].due);
	free(rm);
	free(byc);
	free(seen);
	return st;
}

/* ---- vaccination coverage ----------------------------------------------------------- */

enum { MAX_VACCINES = 32, COHORTS = 19, AGE_GROUPS = 5 };

/* Age groups of "Kinderen in zorg": [from, to) years on TO. */
static const struct {
	int to_years;      /* younger than this on TO (and not in an earlier group) */
	const char *label; /* N_() */
} AGE_GROUP[AGE_GROUPS] = {
	{1, N_("0 jaar")}, {2, N_("1 jaar")}, {4, N_("2-3 jaar")}, {12, N_("4-11 jaar")},
	{18, N_("12-17 jaar")},
};

struct coverage {
	const struct schedule *s;
	struct gp_date to;
	int first_year;                         /* cohort 0 */
	const char *vaccines[MAX_VACCINES];     /* distinct vaccine codes, in rvp.tsv order */
	int nvaccines;
	long long planned[COHORTS][MAX_VACCINES]; /* children with ≥ 1 dose planned by TO */
	long long complete[COHORTS][MAX_VACCINES]; /* … who had every planned dose */
	struct gp_date group_from[AGE_GROUPS];  /* born after this … */
	long long in_group[AGE_GROUPS];         /* children in care per age group */
	/* per dose of the schedule (s->ndoses), worked out once: */
	long *last_birth;                       /* planned by TO when born on or before (days) */
	int *dose_vaccine;                      /* its index in vaccines, or -1 */
};

static int vaccine_index(const struct coverage *cv, const char *code)
{
	for (int i = 0; i < cv->nvaccines; i++)
		if (cv->vaccines[i][0] == code[0] && strcmp(cv->vaccines[i], code) == 0)
			return i;
	return -1;
}

/* The variant a child follows in version v: its own when v has rows for it. */
static const char *variant_of(const struct schedule *s, const struct sched_version *v,
			      const char *recorded)
{
	for (size_t i = 0; *recorded && i < s->ndoses; i++)
		if (s->doses[i].version == v && strcmp(s->doses[i].variant, recorded) == 0)
			return recorded;
	return v->default_variant;
}

/* Adds one child, with given[k] doses of vaccine k given by TO. */
static void cover_child(struct coverage *cv, struct gp_date birth, const char *recorded,
			const int *given)
{
	for (int g = 0; g < AGE_GROUPS; g++)
		if (date_cmp(birth, cv->group_from[g]) > 0) {
			cv->in_group[g]++;
			break;
		}
	int cohort = birth.y - cv->first_year;
	const struct sched_version *v = schedule_version_for(cv->s, birth);
	if (cohort < 0 || cohort >= COHORTS || !v)
		return;
	const char *variant = variant_of(cv->s, v, recorded);
	int planned[MAX_VACCINES] = {0};
	long born = date_to_days(birth);
	for (size_t i = 0; i < cv->s->ndoses; i++) {
		const struct sched_dose *d = &cv->s->doses[i];
		if (d->version != v || born > cv->last_birth[i] || cv->dose_vaccine[i] < 0 ||
		    (strcmp(d->variant, "*") != 0 && strcmp(d->variant, variant) != 0))
			continue;
		planned[cv->dose_vaccine[i]]++;
	}
	for (int k = 0; k < cv->nvaccines; k++) {
		if (!planned[k])
			continue;
		cv->planned[cohort][k]++;
		cv->complete[cohort][k] += given[k] >= planned[k];
	}
}

static void coverage_free(struct coverage *cv)
{
	if (!cv)
		return;
	free(cv->last_birth);
	free(cv->dose_vaccine);
	free(cv);
}

/* Children in care by age group and vaccination coverage, from one walk
 * over the children in care (the same set for both); *out is malloc'ed. */
static enum gp_status coverage(struct db *db, const struct schedule *s, struct gp_date to,
			       struct coverage **out, struct gp_err *e)
{
	/* two walks in the order of the child's row number, merged: the
	 * children in care, and the doses given by TO */
	static const char child_sql[] =
		"SELECT c.seq, c.birth_date, coalesce(c.rvp_variant, '') FROM children c NOT INDEXED "
		"WHERE c.birth_date > ?1 AND c.birth_date <= ?2 AND c.status = 'actief' AND "
		"(c.registered_on IS NULL OR c.registered_on <= ?2) ORDER BY c.seq";
	static const char dose_sql[] =
		"SELECT child_seq, vaccine FROM vaccinations WHERE given = 1 AND vaccinated_on <= ?1 "
		"ORDER BY child_seq";
	struct coverage *cv = calloc(1, sizeof *cv);
	*out = NULL;
	if (!cv)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	cv->s = s;
	cv->to = to;
	cv->first_year = to.y - (COHORTS - 1);
	/* in group g when born after TO minus its upper age (the groups are
	 * ordered youngest first, so the first match is the group) */
	for (int g = 0; g < AGE_GROUPS; g++)
		cv->group_from[g] = date_add_months(to, -12 * AGE_GROUP[g].to_years);
	for (size_t i = 0; i < s->ndoses && cv->nvaccines < MAX_VACCINES; i++)
		if (vaccine_index(cv, s->doses[i].vaccine) < 0)
			cv->vaccines[cv->nvaccines++] = s->doses[i].vaccine;
	/* a dose is planned by TO for a child born on or before the day before
	 * the first birth date whose planned date falls after TO */
	cv->last_birth = malloc((s->ndoses ? s->ndoses : 1) * sizeof *cv->last_birth);
	cv->dose_vaccine = malloc((s->ndoses ? s->ndoses : 1) * sizeof *cv->dose_vaccine);
	if (!cv->last_birth || !cv->dose_vaccine) {
		coverage_free(cv);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	struct gp_date after_to = date_from_days(date_to_days(to) + 1);
	for (size_t i = 0; i < s->ndoses; i++) {
		cv->last_birth[i] = first_birth_at(s->doses[i].target, after_to) - 1;
		cv->dose_vaccine[i] = vaccine_index(cv, s->doses[i].vaccine);
	}
	char lo[11], on[11];
	date_fmt_iso(date_add_months(to, -12 * 18), lo);
	date_fmt_iso(to, on);
	sqlite3_stmt *kids = db_stmt(db, child_sql, e), *doses = NULL;
	enum gp_status st = kids ? GP_OK : (e ? e->code : GP_EINTERNAL);
	if (st == GP_OK && !(doses = db_stmt(db, dose_sql, e)))
		st = e ? e->code : GP_EINTERNAL;
	if (st == GP_OK) {
		int rc, drc;
		sqlite3_bind_text(kids, 1, lo, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(kids, 2, on, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(doses, 1, on, -1, SQLITE_TRANSIENT);
		drc = sqlite3_step(doses);
		while ((rc = sqlite3_step(kids)) == SQLITE_ROW) {
			long long seq = sqlite3_column_int64(kids, 0);
			int given[MAX_VACCINES] = {0};
			while (drc == SQLITE_ROW && sqlite3_column_int64(doses, 0) < seq)
				drc = sqlite3_step(doses);
			while (drc == SQLITE_ROW && sqlite3_column_int64(doses, 0) == seq) {
				int k = vaccine_index(cv, (const char *)sqlite3_column_text(doses, 1));
				if (k >= 0)
					given[k]++;
				drc = sqlite3_step(doses);
			}
			struct gp_date birth;
			db_col_date(kids, 1, &birth);
			cover_child(cv, birth, (const char *)sqlite3_column_text(kids, 2), given);
		}
		if (rc != SQLITE_DONE || (drc != SQLITE_DONE && drc != SQLITE_ROW))
			st = db_error(db, rc != SQLITE_DONE ? rc : drc, _("de telling maken"), e);
	}
	if (kids)
		sqlite3_reset(kids);
	if (doses)
		sqlite3_reset(doses);
	if (st != GP_OK) {
		coverage_free(cv);
		return st;
	}
	*out = cv;
	return GP_OK;
}

static void add_in_care(const struct coverage *cv, struct rows *r)
{
	const char *section = _("Kinderen in zorg");
	long long total = 0;
	for (int g = 0; g < AGE_GROUPS; g++) {
		add(r, section, _(AGE_GROUP[g].label), "", cv->in_group[g], -1);
		total += cv->in_group[g];
	}
	add(r, section, _("totaal"), "", total, -1);
}

static void add_coverage(const struct coverage *cv, struct rows *r)
{
	const char *section = _("Vaccinatiegraad");
	for (int c = COHORTS - 1; c >= 0; c--) {
		char cohort[32];
		snprintf(cohort, sizeof cohort, _("geboren in %d"), cv->first_year + c);
		for (int k = 0; k < cv->nvaccines; k++)
			if (cv->planned[c][k])
				add(r, section, cohort, cv->vaccines[k], cv->complete[c][k],
				    cv->planned[c][k]);
	}
}

/* ---- GIZ and handovers ---------------------------------------------------------------- */

struct label_ctx {
	struct rows *r;
	const struct refdata *codes;
	const char *list, *section, *none;
	int with_feedback; /* handovers: column 2 is the feedback count */
	int added;         /* rows read */
};

static void label_row(sqlite3_stmt *st, void *p)
{
	struct label_ctx *c = p;
	const char *code = (const char *)sqlite3_column_text(st, 0);
	const char *cat = code && *code ? refdata_label(c->codes, c->list, code) : c->none;
	long long n = sqlite3_column_int64(st, 1);
	c->added++;
	if (c->with_feedback) {
		add(c->r, c->section, cat, _("verzonden"), n, -1);
		add(c->r, c->section, cat, _("teruggekoppeld"), sqlite3_column_int64(st, 2), n);
	} else {
		add(c->r, c->section, cat, "", n, -1);
	}
}

static enum gp_status giz(struct db *db, const struct refdata *codes, struct gp_date from,
			  struct gp_date to, struct rows *r, struct gp_err *e)
{
	static const char sql[] =
		"SELECT coalesce(conclusion_code, ''), count(*) FROM giz_assessments "
		"WHERE assessed_on BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1";
	sqlite3_stmt *st = period_stmt(db, sql, from, to, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct label_ctx c = {r, codes, "gizconclusie", _("GIZ-conclusies"), _("geen conclusie"), 0,
			      0};
	enum gp_status s = each(db, st, label_row, &c, e);
	if (s == GP_OK && c.added == 0)
		add(r, c.section, _("geen GIZ in deze periode"), "", -1, -1);
	return s;
}

static enum gp_status handovers(struct db *db, const struct refdata *codes, struct gp_date from,
				struct gp_date to, struct rows *r, struct gp_err *e)
{
	/* handovers sent in the period (withdrawn later or not), by destination
	 * (overdrachtbestemming.tsv), and how many of them got feedback
	 * from the receiver: the step teruggekoppeld was taken, or the handover
	 * was closed (afgerond comes after it; a skipped step still counts) */
	static const char sql[] =
		"SELECT destination, count(*), "
		"sum(fed_back_on IS NOT NULL OR state IN ('teruggekoppeld', 'afgerond')) "
		"FROM handovers WHERE sent_on BETWEEN ?1 AND ?2 GROUP BY 1 ORDER BY 1";
	sqlite3_stmt *st = period_stmt(db, sql, from, to, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct label_ctx c = {r, codes, "overdrachtbestemming", _("Overdrachten"),
			      _("bestemming onbekend"), 1, 0};
	enum gp_status s = each(db, st, label_row, &c, e);
	if (s == GP_OK && c.added == 0)
		add(r, c.section, _("geen overdrachten in deze periode"), "", -1, -1);
	return s;
}

enum gp_status report_collect(struct db *db, const struct schedule *s, struct gp_date from,
			      struct gp_date to, struct report_row **out, size_t *n,
			      struct gp_err *e)
{
	struct rows r = {0};
	struct refdata *codes = NULL;
	*out = NULL;
	*n = 0;
	/* counts only: the care roles and the beheerder (src/perm.h) */
	if (perm_require(db, PERM_REPORT, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	if (date_cmp(from, to) > 0)
		return gp_fail(e, GP_EINPUT, _("De periode begint na het einde: --from moet voor "
					       "--to liggen."));
	enum gp_status st = refdata_load(refdata_dir(), i18n_lang(), &codes, e);
	/* one read transaction: every count from the same moment */
	if (st == GP_OK)
		st = db_exec(db, "BEGIN", e);
	struct coverage *cv = NULL;
	if (st == GP_OK)
		st = coverage(db, s, to, &cv, e);
	if (st == GP_OK && cv) {
		add_in_care(cv, &r);
		st = contacts(db, codes, from, to, &r, e);
		if (st == GP_OK)
			st = reach(db, s, from, to, &r, e);
		if (st == GP_OK)
			add_coverage(cv, &r);
	}
	coverage_free(cv);
	if (st == GP_OK)
		st = giz(db, codes, from, to, &r, e);
	if (st == GP_OK)
		st = handovers(db, codes, from, to, &r, e);
	db_exec(db, "COMMIT", NULL);
	refdata_free(codes);
	if (st == GP_OK && r.failed)
		st = gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	if (st != GP_OK) {
		free(r.v);
		return st;
	}
	*out = r.v;
	*n = r.n;
	return GP_OK;
}

/* ---- writing ------------------------------------------------------------------------------ */

/* "92%" when both counts are big enough to show, else "". */
static void percent(const struct report_row *row, char *out, size_t outsz)
{
	out[0] = '\0';
	if (row->of >= REPORT_SMALL && row->n >= REPORT_SMALL)
		snprintf(out, outsz, "%lld%%", (row->n * 100 + row->of / 2) / row->of);
}

static void write_csv(struct textout *t, const struct report_row *rows, size_t n)
{
	/* fixed names, so a spreadsheet or script can rely on them */
	textout_puts(t, "onderdeel;categorie;subcategorie;aantal;van;percentage\r\n");
	for (size_t i = 0; i < n; i++) {
		char cnt[24], of[24] = "", pct[32];
		report_count(rows[i].n, cnt, sizeof cnt);
		if (rows[i].of >= 0)
			report_count(rows[i].of, of, sizeof of);
		percent(&rows[i], pct, sizeof pct);
		const char *cells[6] = {rows[i].section, rows[i].category, rows[i].sub, cnt, of, pct};
		for (int k = 0; k < 6; k++) {
			if (k)
				textout_write(t, ";", 1);
			csv_put_field(t, cells[k], ';');
		}
		textout_puts(t, "\r\n");
	}
}

static void write_txt(struct textout *t, struct gp_date from, struct gp_date to,
		      const struct report_row *rows, size_t n)
{
	struct doc d;
	char a[11], b[11], title[128];
	doc_init(&d, t, DOC_TXT);
	date_fmt_nl(from, a);
	date_fmt_nl(to, b);
	snprintf(title, sizeof title, _("Rapportage jeugdgezondheidszorg %s t/m %s"), a, b);
	doc_title(&d, title);
	doc_para(&d, _("Alleen aantallen: geen namen, BSN's, geboortedata of vrije tekst. Aantallen "
		       "onder de 5 (ook 0) staan als <5, zodat niemand in een kleine groep te "
		       "herkennen is; een percentage staat er alleen bij groepen van 5 of meer."));
	doc_gap(&d);
	for (size_t i = 0; i < n;) {
		const char *section = rows[i].section;
		doc_heading(&d, section);
		struct doc_table tab;
		doc_table_init(&tab, 5);
		tab.head[0] = _("Categorie"), tab.head[1] = "", tab.head[2] = _("Aantal");
		tab.head[3] = _("Van"), tab.head[4] = "%";
		tab.right[2] = tab.right[3] = tab.right[4] = 1;
		for (; i < n && rows[i].section == section; i++) {
			char cnt[24], of[24] = "", pct[32];
			report_count(rows[i].n, cnt, sizeof cnt);
			if (rows[i].of >= 0)
				report_count(rows[i].of, of, sizeof of);
			percent(&rows[i], pct, sizeof pct);
			const char *cells[5] = {rows[i].category, rows[i].sub, cnt, of, pct};
			doc_table_row(&tab, cells);
		}
		doc_table_write(&d, &tab);
		doc_gap(&d);
	}
}

void report_write(struct textout *t, enum report_format fmt, struct gp_date from,
		  struct gp_date to, const struct report_row *rows, size_t n)
{
	if (fmt == REPORT_CSV)
		write_csv(t, rows, n);
	else
		write_txt(t, from, to, rows, n);
}

enum gp_status report_export(struct db *db, const struct schedule *s, struct gp_date from,
			     struct gp_date to, enum report_format fmt, enum text_encoding enc,
			     const char *path, int force, char *warning, size_t wsz,
			     struct gp_err *e)
{
	struct report_row *rows = NULL;
	size_t n = 0;
	if (wsz)
		warning[0] = '\0';
	enum gp_status st = report_collect(db, s, from, to, &rows, &n, e);
	struct outfile of;
	if (st == GP_OK)
		st = outfile_open_force(&of, path, force, e);
	if (st != GP_OK) {
		free(rows);
		return st;
	}
	char detail[PATH_MAX + 96], a[11], b[11];
	date_fmt_iso(from, a);
	date_fmt_iso(to, b);
	snprintf(detail, sizeof detail, "report %s..%s %s %s %s", a, b,
		 fmt == REPORT_CSV ? "csv" : "txt", text_encoding_name(enc), path ? path : "stdout");
	/* logged before anything leaves the program */
	st = db_begin(db, e);
	if (st == GP_OK)
		st = audit_log(db, NULL, "report", detail, e);
	if (st == GP_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	struct textout t;
	if (st == GP_OK)
		st = textout_init(&t, of.f, enc, e);
	if (st != GP_OK) {
		outfile_abort(&of);
		free(rows);
		return st;
	}
	report_write(&t, fmt, from, to, rows, n);
	textout_warning(&t, warning, wsz);
	textout_end(&t);
	free(rows);
	return outfile_commit(&of, e);
}
