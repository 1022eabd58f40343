/* due_cached.c — the work list and the rows of `groeipad due` read from the
 * due cache (duecache.h), brought up to date for the date asked about
 * first.  The children come from the index on (rank, first_close, …), or
 * on (professional_seq, rank, first_close, …) for a caseload, in work-list
 * order, so only those listed are read (and those the location or age band
 * leave out). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "due_cached.h"
#include "duecache.h"
#include "i18n.h"
#include "perm.h"

static const char *const what = N_("de lijst van wie aan de beurt is maken");

#define SUMMARY_COLS                                                                 \
	"c.id, c.client_no, c.given_names, c.tussenvoegsel, c.family_name, "        \
	"c.birth_date, c.bsn, c.postcode, c.sex"
/* The list reads no child's row: due_cache keeps what the list shows and
 * the filters ask (migration 015), and due_cache_work (everyone's, 016) and
 * due_cache_mine (a caseload's, 015) hold all of it in the list's order, so
 * c is the row of due_cache itself and the list is one index range. */
#define LIST_FROM " FROM due_cache c WHERE "
#define OF_CASELOAD " c.professional_seq = " ACTOR_SEQ(3) " AND "
#define IN_SCOPE                                                                     \
	"c.rank < 3 AND c.status = 'actief' AND c.birth_date > ?1 AND c.birth_date <= ?2 " \
	"AND (?4 IS NULL OR c.location = ?4)"
#define WORK_ORDER " ORDER BY c.rank, c.first_close, c.client_no LIMIT ?5"

static const char work_all_sql[] =
	"SELECT " SUMMARY_COLS ", c.rank, c.first_close, c.child_seq" LIST_FROM IN_SCOPE WORK_ORDER;
static const char work_mine_sql[] =
	"SELECT " SUMMARY_COLS ", c.rank, c.first_close, c.child_seq" LIST_FROM OF_CASELOAD IN_SCOPE
	WORK_ORDER;
static const char count_all_sql[] = "SELECT count(*)" LIST_FROM IN_SCOPE;
static const char count_mine_sql[] = "SELECT count(*)" LIST_FROM OF_CASELOAD IN_SCOPE;
/* every open entry of everyone's list, in its order, from due_cache_item_work
 * (017) */
static const char items_work_sql[] =
	"SELECT i.child_seq, i.rank, i.first_close, " DUE_CACHE_ITEM_COLS " FROM due_cache_item i "
	"WHERE i.rank < 3 ORDER BY i.rank, i.first_close, i.child_seq, i.pos";
/* every open entry of a caseload, from due_cache_item_mine (015) */
static const char items_mine_sql[] =
	"SELECT i.child_seq, " DUE_CACHE_ITEM_COLS " FROM due_cache_item i "
	"WHERE i.professional_seq = " ACTOR_SEQ(1) " ORDER BY i.child_seq, i.pos";

static enum gp_status no_memory(struct gp_err *e)
{
	return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
}

static enum gp_status stale_schedule(struct gp_err *e)
{
	return gp_fail(e, GP_ECORRUPT,
		       _("De lijst van wie aan de beurt is noemt een contactmoment of vaccinatie "
			 "die het schema niet kent. Start groeipad opnieuw."));
}

/* Adds the entry in columns col … of st to d->list and counts it; -1 when
 * out of memory (*cap grows), -2 when the schedule does not know it. */
static int add_item(sqlite3_stmt *st, int col, const struct schedule *s, struct gp_date on,
		    struct due_child *d, size_t *cap)
{
	if (d->list.n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		struct sched_due *p = realloc(d->list.items, ncap * sizeof *p);
		if (!p)
			return -1;
		d->list.items = p;
		*cap = ncap;
	}
	struct sched_due *x = &d->list.items[d->list.n];
	if (due_cache_item_read(st, col, s, on, x) != 0)
		return -2;
	d->list.n++;
	if (x->state == SCHED_DUE)
		d->ndue++;
	else if (x->state == SCHED_OVERDUE)
		d->noverdue++;
	else
		d->ncatchup++;
	if (x->days_overdue > d->max_overdue)
		d->max_overdue = x->days_overdue;
	return 0;
}

/* A listed child: its row number and its place in the list. */
struct listed {
	long long seq;
	size_t at;
};

static int listed_cmp(const void *a, const void *b)
{
	long long x = ((const struct listed *)a)->seq, y = ((const struct listed *)b)->seq;
	return x < y ? -1 : x > y;
}

static int listed_find(const void *key, const void *elem)
{
	long long x = *(const long long *)key, y = ((const struct listed *)elem)->seq;
	return x < y ? -1 : x > y;
}

/* Where everyone's list ends: the last listed child's rank and first
 * deadline (the entries come in that order, 017). */
struct list_end {
	int rank;
	char close[11];
};

/* The entries of the listed children, read as one index range and handed to
 * their children; those of children the limit or a filter left out are
 * passed over.  A caseload's (professional_id, from due_cache_item_mine,
 * 015) come in row-number order and end after the last listed row number;
 * everyone's (from due_cache_item_work, 017) come in the list's order and
 * end after `end`. */
static enum gp_status read_items(struct db *db, const struct schedule *s, struct gp_date on,
				 const char *professional_id, const struct list_end *end,
				 struct listed *kids, size_t n, struct due_report *out,
				 struct gp_err *e)
{
	if (!kids || n == 0)
		return GP_OK;
	qsort(kids, n, sizeof *kids, listed_cmp);
	size_t *caps = calloc(n, sizeof *caps);
	if (!caps)
		return no_memory(e);
	sqlite3_stmt *st = db_stmt(db, professional_id ? items_mine_sql : items_work_sql, e);
	if (!st) {
		free(caps);
		return e->code;
	}
	if (professional_id)
		db_bind_id(st, 1, professional_id);
	int col = professional_id ? 1 : 3; /* the entry's first column */
	enum gp_status res = GP_OK;
	int rc;
	while (res == GP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long seq = sqlite3_column_int64(st, 0);
		int past;
		if (professional_id) {
			past = seq > kids[n - 1].seq;
		} else {
			int rank = sqlite3_column_int(st, 1);
			const char *close = (const char *)sqlite3_column_text(st, 2);
			past = rank > end->rank ||
			       (rank == end->rank && strcmp(close ? close : "", end->close) > 0);
		}
		if (past) {
			rc = SQLITE_DONE; /* no listed child after this one */
			break;
		}
		const struct listed *k = bsearch(&seq, kids, n, sizeof *kids, listed_find);
		if (!k)
			continue;
		int bad = add_item(st, col, s, on, &out->children[k->at], &caps[k - kids]);
		if (bad)
			res = bad == -1 ? no_memory(e) : stale_schedule(e);
	}
	sqlite3_reset(st);
	free(caps);
	if (res == GP_OK && rc != SQLITE_DONE)
		res = db_error(db, rc, _(what), e);
	for (size_t i = 0; res == GP_OK && i < out->n; i++)
		schedule_due_sort(&out->children[i].list);
	return res;
}

static int mine(const struct due_scope *scope)
{
	return scope && scope->professional_id && scope->professional_id[0];
}

/* Reads the work list; the cache is up to date: the children from
 * due_cache_work (everyone's) or due_cache_mine (a caseload's) alone, and
 * their entries afterwards in one range. */
static enum gp_status read_work(struct db *db, const struct schedule *s, struct gp_date on,
				const struct due_scope *scope, size_t limit, int count,
				struct due_report *out, struct gp_err *e)
{
	int my = mine(scope);
	sqlite3_stmt *st = db_stmt(db, my ? work_mine_sql : work_all_sql, e);
	if (!st)
		return e->code;
	due_bind_scope(st, on, scope);
	sqlite3_bind_int64(st, 5, limit ? (sqlite3_int64)limit : -1);
	size_t cap = 0;
	struct listed *kids = NULL;
	enum gp_status res = GP_OK;
	int rc;
	struct list_end end = {0, ""};
	out->n = 0; /* out is empty (due_collect_cached) */
	while (res == GP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap || !kids) {
			size_t ncap = cap ? cap * 2 : 64;
			struct due_child *p = realloc(out->children, ncap * sizeof *p);
			struct listed *q = p ? realloc(kids, ncap * sizeof *q) : NULL;
			if (p)
				out->children = p;
			if (!q) {
				res = no_memory(e);
				break;
			}
			kids = q;
			cap = ncap;
		}
		struct due_child *d = &out->children[out->n];
		memset(d, 0, sizeof *d);
		child_summary_read(st, &d->child);
		const char *close = (const char *)sqlite3_column_text(st, 10);
		if (close && date_parse_iso(close, &d->first_close) != 0)
			memset(&d->first_close, 0, sizeof d->first_close);
		kids[out->n] = (struct listed){sqlite3_column_int64(st, 11), out->n};
		out->n++;
		end.rank = sqlite3_column_int(st, 9);
		snprintf(end.close, sizeof end.close, "%s", close ? close : "");
	}
	sqlite3_reset(st);
	if (res == GP_OK && rc != SQLITE_DONE)
		res = db_error(db, rc, _(what), e);
	if (res == GP_OK)
		res = read_items(db, s, on, my ? scope->professional_id : NULL, &end, kids, out->n,
				 out, e);
	free(kids);
	out->matched = out->scanned = out->n;
	if (res != GP_OK || !count || !limit || out->n < limit)
		return res;
	sqlite3_stmt *cst = db_stmt(db, my ? count_mine_sql : count_all_sql, e);
	if (!cst)
		return e->code;
	due_bind_scope(cst, on, scope);
	rc = sqlite3_step(cst);
	if (rc == SQLITE_ROW)
		out->matched = out->scanned = (size_t)sqlite3_column_int64(cst, 0);
	sqlite3_reset(cst);
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _(what), e);
}

enum gp_status due_collect_cached(struct db *db, const struct schedule *s, struct gp_date on,
				  const struct due_scope *scope, size_t limit, int count,
				  struct due_report *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	out->on = on;
	if (perm_require(db, PERM_DUE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	/* brought up to date and read in one transaction: nobody changes a
	 * child in between */
	enum gp_status st = db_begin(db, e);
	if (st != GP_OK)
		return st;
	st = due_cache_refresh_for(db, s, on, mine(scope) ? scope->professional_id : NULL, NULL, e);
	if (st == GP_OK)
		st = read_work(db, s, on, scope, limit, count, out, e);
	if (st == GP_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	if (st != GP_OK)
		due_report_free(out);
	out->on = on;
	return st;
}

/* ---- the rows of `groeipad due` ------------------------------------------------ */

/* Every open entry is read, so the rows are read in the children's order
 * (due_cache by its row number, `+c.rank` keeps SQLite from walking the
 * work-list index instead), each page once, and sorted afterwards: 0.16 s
 * instead of 0.41 s at 100,000 children, where the index's order visits
 * the children's pages at random.  What a row shows of the child is
 * due_cache's copy (015), so no child's row is read. */
#define ROWS_FROM                                                                    \
	" FROM due_cache c CROSS JOIN due_cache_item i ON i.child_seq = c.child_seq "  \
	"WHERE +c.rank < 3 AND c.status = 'actief' AND c.birth_date > ?1 "              \
	"AND c.birth_date <= ?2 AND (?4 IS NULL OR c.location = ?4)"

static const char rows_sql[] =
	"SELECT " SUMMARY_COLS ", " DUE_CACHE_ITEM_COLS ROWS_FROM
	" ORDER BY i.state, CASE i.state WHEN 1 THEN i.latest WHEN 2 THEN i.late_until "
	"ELSE date(i.until, '-1 day') END, c.client_no, i.pos";
static const char rows_unsorted_sql[] = "SELECT " SUMMARY_COLS ", " DUE_CACHE_ITEM_COLS ROWS_FROM;

/* Brings the cache up to date and hands every row of `sql` to fn (may be
 * NULL), counting the rows, and the children as runs of one child's rows
 * (right for the unsorted walk, where they come together). */
static enum gp_status walk(struct db *db, const struct schedule *s, struct gp_date on,
			   const char *sql, due_row_fn fn, void *ctx, size_t *children,
			   size_t *rows, struct gp_err *e)
{
	if (perm_require(db, PERM_DUE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	enum gp_status res = due_cache_refresh(db, s, on, NULL, e);
	if (res != GP_OK)
		return res;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e->code;
	due_bind_scope(st, on, NULL);
	size_t nkids = 0, nrows = 0;
	char last[DB_ID_LEN] = "";
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct child_summary sum;
		struct sched_due item;
		child_summary_read(st, &sum);
		if (due_cache_item_read(st, 9, s, on, &item) != 0) {
			res = stale_schedule(e);
			break;
		}
		nrows++;
		if (strcmp(sum.id, last) != 0) {
			nkids++;
			memcpy(last, sum.id, sizeof last);
		}
		if (fn && fn(ctx, &sum, &item)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_reset(st);
	if (res == GP_OK && rc != SQLITE_DONE)
		res = db_error(db, rc, _(what), e);
	if (children)
		*children = nkids;
	if (rows)
		*rows = nrows;
	return res;
}

enum gp_status due_rows_unsorted(struct db *db, const struct schedule *s, struct gp_date on,
				 due_row_fn fn, void *ctx, size_t *children, size_t *rows,
				 struct gp_err *e)
{
	return walk(db, s, on, rows_unsorted_sql, fn, ctx, children, rows, e);
}

enum gp_status due_rows(struct db *db, const struct schedule *s, struct gp_date on,
			due_row_fn fn, void *ctx, struct gp_err *e)
{
	return walk(db, s, on, rows_sql, fn, ctx, NULL, NULL, e);
}
