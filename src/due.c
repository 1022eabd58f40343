/* due.c — see due.h.  Three ordered streams (children, contacts,
 * vaccinations) merged on the child (seq), schedule_due() per child, and the
 * work list built from it. */
#include <stdlib.h>
#include <string.h>

#include "due.h"
#include "due_cached.h"
#include "due_records.h"
#include "perm.h"
#include "i18n.h"

static enum gp_status no_memory(struct gp_err *e)
{
	return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
}

/* The three streams.  Children: the columns child_summary_read() takes,
 * then gestational age, in care since and RVP variant. */
static const char children_sql[] =
	"SELECT id, client_no, given_names, tussenvoegsel, family_name, birth_date, bsn, "
	"postcode, sex, coalesce(gestational_age_days, 0), coalesce(registered_on, ''), "
	"coalesce(rvp_variant, ''), seq FROM children WHERE status = 'actief' "
	"AND birth_date > ?1 AND birth_date <= ?2 "
	"AND (?3 IS NULL OR professional_seq = " ACTOR_SEQ(3) ") "
	"AND (?4 IS NULL OR location = ?4) ORDER BY seq";
static const char contacts_sql[] =
	"SELECT child_seq, contact_date, schedule_moment, status_code FROM contacts "
	"WHERE schedule_moment IS NOT NULL AND contact_date <= ?1 ORDER BY child_seq";
static const char vaccinations_sql[] =
	"SELECT child_seq, vaccine, coalesce(dose_no, 0), vaccinated_on, given, "
	"coalesce(reason_not_given, '') FROM vaccinations WHERE vaccinated_on <= ?1 "
	"ORDER BY child_seq";

/* Runs the merge over prepared, bound statements. */
static enum gp_status merge_all(struct db *db, const struct schedule *s, struct gp_date on,
				sqlite3_stmt *cst, sqlite3_stmt *kst, sqlite3_stmt *vst,
				due_fn fn, void *ctx, struct gp_err *e)
{
	struct due_records m = {0};
	enum gp_status st = GP_OK;
	/* All three are stepped before any ends, so they read one snapshot. */
	int crc = sqlite3_step(cst);
	int krc = sqlite3_step(kst);
	int vrc = sqlite3_step(vst);
	for (; st == GP_OK && crc == SQLITE_ROW; crc = sqlite3_step(cst)) {
		struct child_summary sum;
		char in_care[16], variant[DUE_ROW_CODE];
		child_summary_read(cst, &sum);
		db_col_text(cst, 10, in_care, sizeof in_care);
		db_col_text(cst, 11, variant, sizeof variant);
		long long seq = sqlite3_column_int64(cst, 12);
		if ((st = due_records_contacts(&m, kst, &krc, seq, e)) != GP_OK ||
		    (st = due_records_vaccinations(&m, vst, &vrc, seq, e)) != GP_OK)
			break;
		struct sched_child c = {
			.birth = sum.birth_date,
			.sex = sum.sex,
			.gestational_days = sqlite3_column_int(cst, 9),
			.rvp_variant = variant[0] ? variant : NULL,
			.contacts = m.k,
			.ncontacts = m.nk,
			.vaccinations = m.v,
			.nvaccinations = m.nv,
		};
		if (!in_care[0] || date_parse_iso(in_care, &c.in_care) != 0)
			memset(&c.in_care, 0, sizeof c.in_care);
		struct sched_due_list list;
		if ((st = schedule_due(s, &c, on, &list, e)) != GP_OK)
			break;
		int stop = fn(ctx, &sum, &list);
		schedule_due_free(&list);
		if (stop) {
			crc = SQLITE_DONE; /* stopped on purpose: not an error */
			break;
		}
	}
	due_records_free(&m);
	if (st != GP_OK)
		return st;
	int bad = crc != SQLITE_DONE ? crc
		  : (krc != SQLITE_ROW && krc != SQLITE_DONE) ? krc
		  : (vrc != SQLITE_ROW && vrc != SQLITE_DONE) ? vrc : SQLITE_OK;
	if (bad != SQLITE_OK)
		return db_error(db, bad, _("de lijst van wie aan de beurt is maken"), e);
	return GP_OK;
}

/* Binds the scope to the children stream: born after `on` − age_to, on or
 * before `on` − age_from, and the caseload and location. */
void due_bind_scope(sqlite3_stmt *st, struct gp_date on, const struct due_scope *scope)
{
	int to = scope && scope->age_to_months > 0 && scope->age_to_months < SCHED_END_MONTHS
			 ? scope->age_to_months : SCHED_END_MONTHS;
	int from = scope && scope->age_from_months > 0 ? scope->age_from_months : 0;
	char young[11], old[11];
	date_fmt_iso(date_add_months(on, -to), old);
	date_fmt_iso(date_add_months(on, -from), young);
	sqlite3_bind_text(st, 1, old, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, young, -1, SQLITE_TRANSIENT);
	if (scope && scope->professional_id && scope->professional_id[0])
		db_bind_id(st, 3, scope->professional_id);
	else
		sqlite3_bind_null(st, 3);
	if (scope && scope->location && scope->location[0])
		sqlite3_bind_text(st, 4, scope->location, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 4);
}

enum gp_status due_each(struct db *db, const struct schedule *s, struct gp_date on, due_fn fn,
			void *ctx, struct gp_err *e)
{
	return due_each_in(db, s, on, NULL, fn, ctx, e);
}

enum gp_status due_each_in(struct db *db, const struct schedule *s, struct gp_date on,
			   const struct due_scope *scope, due_fn fn, void *ctx,
			   struct gp_err *e)
{
	if (perm_require(db, PERM_DUE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *cst = db_stmt(db, children_sql, e);
	sqlite3_stmt *kst = cst ? db_stmt(db, contacts_sql, e) : NULL;
	sqlite3_stmt *vst = kst ? db_stmt(db, vaccinations_sql, e) : NULL;
	if (!vst)
		return e ? e->code : GP_EINTERNAL;
	char iso[11];
	date_fmt_iso(on, iso);
	due_bind_scope(cst, on, scope);
	sqlite3_bind_text(kst, 1, iso, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(vst, 1, iso, -1, SQLITE_TRANSIENT);
	enum gp_status st = merge_all(db, s, on, cst, kst, vst, fn, ctx, e);
	sqlite3_reset(cst);
	sqlite3_reset(kst);
	sqlite3_reset(vst);
	return st;
}

/* ---- the work list ------------------------------------------------------ */

/* 0 something due now, 1 overdue, 2 only catch-up, 3 nothing open. */
static int child_rank(const struct due_child *c)
{
	return c->ndue ? 0 : c->noverdue ? 1 : c->ncatchup ? 2 : 3;
}

int due_child_order(const struct due_child *a, const struct due_child *b)
{
	int ra = child_rank(a), rb = child_rank(b);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	int ah = a->first_close.y != 0, bh = b->first_close.y != 0;
	if (ah != bh)
		return ah ? -1 : 1;
	int c = ah ? date_cmp(a->first_close, b->first_close) : 0;
	if (c != 0)
		return c;
	if (a->child.client_no != b->child.client_no)
		return a->child.client_no < b->child.client_no ? -1 : 1;
	return 0;
}

static int order_qsort(const void *a, const void *b)
{
	return due_child_order(a, b);
}

/* What due_collect's callback gathers. */
struct collect {
	enum due_filter filter;   /* which entries and children to keep */
	size_t limit;             /* 0: all */
	struct due_child *kids;   /* gathered so far */
	size_t n;                 /* entries used in kids */
	size_t cap;               /* room in kids */
	size_t matched;           /* children that matched the filter */
	size_t scanned;           /* children seen */
	int failed;               /* 1: memory ran out */
};

/* Makes room for one more child in *kids. */
static int grow(struct due_child **kids, size_t n, size_t *cap)
{
	if (n < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 64;
	struct due_child *p = realloc(*kids, ncap * sizeof *p);
	if (!p)
		return -1;
	*kids = p;
	*cap = ncap;
	return 0;
}

/* Sorts the gathered children and frees those beyond the limit. */
static void cut_to_limit(struct collect *c)
{
	if (c->n > 1)
		qsort(c->kids, c->n, sizeof *c->kids, order_qsort);
	if (!c->limit)
		return;
	while (c->n > c->limit)
		schedule_due_free(&c->kids[--c->n].list);
}

static int collect_one(void *vctx, const struct child_summary *child,
		       const struct sched_due_list *list)
{
	struct collect *c = vctx;
	struct due_child d;
	memset(&d, 0, sizeof d);
	c->scanned++;
	for (size_t i = 0; i < list->n; i++) {
		const struct sched_due *x = &list->items[i];
		if (!schedule_state_open(x->state))
			continue;
		if (x->state == SCHED_DUE)
			d.ndue++;
		else if (x->state == SCHED_OVERDUE)
			d.noverdue++;
		else
			d.ncatchup++;
		if (x->days_overdue > d.max_overdue)
			d.max_overdue = x->days_overdue;
	}
	/* the deadline that matters: of the most urgent kind of entry */
	enum sched_state first = d.ndue ? SCHED_DUE : d.noverdue ? SCHED_OVERDUE : SCHED_CATCH_UP;
	for (size_t i = 0; i < list->n; i++) {
		const struct sched_due *x = &list->items[i];
		struct gp_date dl = schedule_due_deadline(x);
		if (x->state == first && (d.first_close.y == 0 || date_cmp(dl, d.first_close) < 0))
			d.first_close = dl;
	}
	size_t keep = c->filter == DUE_ALL ? list->n : d.ndue + d.noverdue + d.ncatchup;
	if (c->filter == DUE_OPEN && keep == 0)
		return 0;
	c->matched++;
	d.child = *child;
	d.list.version = list->version;
	d.list.variant = list->variant;
	d.list.items = malloc((keep ? keep : 1) * sizeof *d.list.items);
	if (!d.list.items || grow(&c->kids, c->n, &c->cap) != 0) {
		free(d.list.items);
		c->failed = 1;
		return 1;
	}
	for (size_t i = 0; i < list->n; i++)
		if (c->filter == DUE_ALL || schedule_state_open(list->items[i].state))
			d.list.items[d.list.n++] = list->items[i];
	schedule_due_sort(&d.list);
	c->kids[c->n++] = d;
	if (c->limit && c->n >= 2 * c->limit) /* keep memory in proportion to the limit */
		cut_to_limit(c);
	return 0;
}

enum gp_status due_collect(struct db *db, const struct schedule *s, struct gp_date on,
			   enum due_filter filter, size_t limit, struct due_report *out,
			   struct gp_err *e)
{
	return due_collect_in(db, s, on, NULL, filter, limit, out, e);
}

enum gp_status due_collect_full(struct db *db, const struct schedule *s, struct gp_date on,
				const struct due_scope *scope, enum due_filter filter,
				size_t limit, struct due_report *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	out->on = on;
	struct collect c = {.filter = filter, .limit = limit};
	enum gp_status st = due_each_in(db, s, on, scope, collect_one, &c, e);
	if (st == GP_OK && c.failed)
		st = no_memory(e);
	if (st != GP_OK) {
		struct due_report r = {c.kids, c.n, 0, 0, on};
		due_report_free(&r);
		return st;
	}
	cut_to_limit(&c);
	out->children = c.kids;
	out->n = c.n;
	out->matched = c.matched;
	out->scanned = c.scanned;
	return GP_OK;
}

enum gp_status due_collect_in(struct db *db, const struct schedule *s, struct gp_date on,
			      const struct due_scope *scope, enum due_filter filter, size_t limit,
			      struct due_report *out, struct gp_err *e)
{
	if (filter == DUE_ALL)
		return due_collect_full(db, s, on, scope, filter, limit, out, e);
	return due_collect_cached(db, s, on, scope, limit, 1, out, e);
}

enum gp_status due_work_list(struct db *db, const struct schedule *s, struct gp_date on,
			     const struct due_scope *scope, size_t limit, struct due_report *out,
			     struct gp_err *e)
{
	return due_collect_cached(db, s, on, scope, limit, 0, out, e);
}

void due_report_free(struct due_report *r)
{
	for (size_t i = 0; i < r->n; i++)
		schedule_due_free(&r->children[i].list);
	free(r->children);
	memset(r, 0, sizeof *r);
}
