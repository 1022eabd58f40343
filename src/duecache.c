/* duecache.c — see duecache.h.  Reads a child's records (one child, or all
 * children merged as three streams ordered by child), computes its due list
 * with schedule_due(), and writes its row and open entries. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "due_records.h"
#include "duecache.h"
#include "i18n.h"

/* The statements of one refresh. */
struct writer {
	struct db *db;
	const struct schedule *s;
	struct gp_date on;
	char on_iso[11];
	sqlite3_stmt *upsert, *del, *ins;
	struct due_records r;
	size_t done;
};

static enum gp_status no_memory(struct gp_err *e)
{
	return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
}

static const char *const what = N_("de lijst van wie aan de beurt is bijwerken");

/* ---- validity ------------------------------------------------------------ */

/* Keeps in *best the smallest day number after t. */
static void candidate(long day, long t, long *best)
{
	if (day > t && day < *best)
		*best = day;
}

struct gp_date due_cache_valid_until(const struct sched_child *c, struct gp_date on,
				     const struct sched_due_list *list)
{
	long t = date_to_days(on), best = LONG_MAX, birth = date_to_days(c->birth);
	candidate(date_to_days(date_add_months(c->birth, SCHED_END_MONTHS)), t, &best);
	for (size_t i = 0; i < list->n; i++) {
		const struct sched_due *d = &list->items[i];
		if (d->kind == SCHED_DOSE && d->dose->rules && d->dose->rules->has_late_start) {
			/* a vaccine not started by this age drops doses (mark_lapsed) */
			long late = date_to_days(schedule_age_date(c->birth,
								   d->dose->rules->late_start));
			candidate(late < birth ? birth : late, t, &best);
		}
		if (d->state != SCHED_NOT_YET && d->state != SCHED_DUE &&
		    d->state != SCHED_OVERDUE && d->state != SCHED_CATCH_UP)
			continue; /* done, refused, before care, lapsed, missed: for good */
		candidate(date_to_days(d->earliest), t, &best);
		candidate(date_to_days(d->latest) + 1, t, &best);
		candidate(date_to_days(d->late_until) + 1, t, &best);
		candidate(date_to_days(d->until), t, &best);
	}
	for (size_t i = 0; i < c->ncontacts; i++)
		candidate(date_to_days(c->contacts[i].date), t, &best);
	for (size_t i = 0; i < c->nvaccinations; i++)
		candidate(date_to_days(c->vaccinations[i].date), t, &best);
	if (best == LONG_MAX)
		return (struct gp_date){9999, 12, 31};
	return date_from_days(best);
}

/* ---- writing a row --------------------------------------------------------- */

/* The row, with what the work list shows of the child (015); the copies
 * are kept by triggers on children afterwards. */
static const char upsert_sql[] =
	"INSERT INTO due_cache (child_seq, computed_on, valid_until, rank, first_close, "
	"professional_seq, id, client_no, given_names, tussenvoegsel, family_name, birth_date, "
	"bsn, postcode, sex, status, location) SELECT ?1, ?2, ?3, ?4, ?5, c.professional_seq, "
	"c.id, c.client_no, c.given_names, c.tussenvoegsel, c.family_name, c.birth_date, c.bsn, "
	"c.postcode, c.sex, c.status, c.location FROM children c WHERE c.seq = ?1 "
	"ON CONFLICT (child_seq) DO UPDATE SET "
	"computed_on = excluded.computed_on, valid_until = excluded.valid_until, "
	"rank = excluded.rank, first_close = excluded.first_close";
static const char del_items_sql[] = "DELETE FROM due_cache_item WHERE child_seq = ?1";
/* with the child's professional, rank and first deadline from the row just
 * written, so a caseload's entries (015) and everyone's in work-list order
 * (017) are each one index range */
static const char ins_item_sql[] =
	"INSERT INTO due_cache_item (child_seq, pos, kind, ref, state, earliest, target, latest, "
	"late_until, until, shifted, last_status, last_reason, last_on, invalid_why, invalid_on, "
	"professional_seq, rank, first_close) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
	"?11, ?12, ?13, ?14, ?15, ?16, d.professional_seq, d.rank, d.first_close "
	"FROM due_cache d WHERE d.child_seq = ?1";

static void bind_date(sqlite3_stmt *st, int i, struct gp_date d)
{
	if (d.y == 0) {
		sqlite3_bind_text(st, i, "", 0, SQLITE_STATIC);
		return;
	}
	char iso[11];
	date_fmt_iso(d, iso);
	sqlite3_bind_text(st, i, iso, -1, SQLITE_TRANSIENT);
}

static enum gp_status step_reset(struct writer *w, sqlite3_stmt *st, struct gp_err *e)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_error(w->db, rc, _(what), e);
	return GP_OK;
}

/* Computes child `seq`'s due list from w->r and writes its row and open entries. */
static enum gp_status store(struct writer *w, long long seq, struct sched_child *c,
			    struct gp_err *e)
{
	c->contacts = w->r.k;
	c->ncontacts = w->r.nk;
	c->vaccinations = w->r.v;
	c->nvaccinations = w->r.nv;
	struct sched_due_list list;
	enum gp_status st = schedule_due(w->s, c, w->on, &list, e);
	if (st != GP_OK)
		return st;
	size_t n[3] = {0, 0, 0};
	for (size_t i = 0; i < list.n; i++)
		if (schedule_state_open(list.items[i].state))
			n[list.items[i].state == SCHED_DUE ? 0 : list.items[i].state == SCHED_OVERDUE ? 1
											      : 2]++;
	int rank = n[0] ? 0 : n[1] ? 1 : n[2] ? 2 : 3;
	enum sched_state first = rank == 0 ? SCHED_DUE : rank == 1 ? SCHED_OVERDUE : SCHED_CATCH_UP;
	struct gp_date close = {0, 0, 0};
	for (size_t i = 0; rank < 3 && i < list.n; i++) {
		struct gp_date dl = schedule_due_deadline(&list.items[i]);
		if (list.items[i].state == first && (close.y == 0 || date_cmp(dl, close) < 0))
			close = dl;
	}
	sqlite3_bind_int64(w->upsert, 1, seq);
	sqlite3_bind_text(w->upsert, 2, w->on_iso, -1, SQLITE_STATIC);
	bind_date(w->upsert, 3, due_cache_valid_until(c, w->on, &list));
	sqlite3_bind_int(w->upsert, 4, rank);
	if (rank < 3)
		bind_date(w->upsert, 5, close);
	else
		sqlite3_bind_null(w->upsert, 5);
	sqlite3_bind_int64(w->del, 1, seq);
	if ((st = step_reset(w, w->upsert, e)) == GP_OK)
		st = step_reset(w, w->del, e);
	for (size_t i = 0; st == GP_OK && i < list.n; i++) {
		const struct sched_due *d = &list.items[i];
		if (!schedule_state_open(d->state))
			continue;
		sqlite3_stmt *ins = w->ins;
		sqlite3_bind_int64(ins, 1, seq);
		sqlite3_bind_int64(ins, 2, (sqlite3_int64)i);
		sqlite3_bind_int(ins, 3, d->kind == SCHED_DOSE);
		sqlite3_bind_int64(ins, 4, d->kind == SCHED_DOSE ? d->dose - w->s->doses
								 : d->moment - w->s->moments);
		sqlite3_bind_int(ins, 5, (int)d->state);
		bind_date(ins, 6, d->earliest);
		bind_date(ins, 7, d->target);
		bind_date(ins, 8, d->latest);
		bind_date(ins, 9, d->late_until);
		bind_date(ins, 10, d->until);
		sqlite3_bind_int(ins, 11, d->shifted);
		sqlite3_bind_text(ins, 12, d->last_status, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 13, d->last_reason, -1, SQLITE_STATIC);
		bind_date(ins, 14, d->last_on);
		sqlite3_bind_int(ins, 15, (int)d->invalid_why);
		bind_date(ins, 16, d->invalid_on);
		st = step_reset(w, ins, e);
	}
	schedule_due_free(&list);
	w->done++;
	return st;
}

/* Fills the child's own fields from columns 1–5 (birth date, sex,
 * gestational age, in care since, RVP variant); variant is its buffer. */
static void read_child(sqlite3_stmt *st, struct sched_child *c, char *variant, size_t vsz)
{
	memset(c, 0, sizeof *c);
	db_col_date(st, 1, &c->birth);
	c->sex = sqlite3_column_int(st, 2);
	c->gestational_days = sqlite3_column_int(st, 3);
	const char *in_care = (const char *)sqlite3_column_text(st, 4);
	if (!in_care || !in_care[0] || date_parse_iso(in_care, &c->in_care) != 0)
		memset(&c->in_care, 0, sizeof c->in_care);
	db_col_text(st, 5, variant, vsz);
	c->rvp_variant = variant[0] ? variant : NULL;
}

#define CHILD_COLS                                                                   \
	"c.seq, c.birth_date, c.sex, coalesce(c.gestational_age_days, 0), "         \
	"coalesce(c.registered_on, ''), coalesce(c.rvp_variant, '')"

/* ---- one child at a time ------------------------------------------------ */

static const char stale_sql[] =
	"SELECT d.child_seq FROM due_cache d WHERE d.valid_until <= ?1 "
	"UNION SELECT d.child_seq FROM due_cache d WHERE d.computed_on > ?1";
/* The second half through due_cache_computed (`+` keeps SQLite from
 * walking the caseload's index instead): rows computed for a later day are
 * rare (someone looked ahead), while the caseload walk read every row of
 * the caseload, about 1,300 pages at 100,000 children, on every Vandaag. */
static const char stale_mine_sql[] =
	"SELECT d.child_seq FROM due_cache d WHERE d.professional_seq = " ACTOR_SEQ(2)
	" AND d.valid_until <= ?1 UNION SELECT d.child_seq FROM due_cache d "
	"WHERE d.computed_on > ?1 AND +d.professional_seq = " ACTOR_SEQ(2);
/* the children there are, near enough: the highest row number */
static const char total_sql[] = "SELECT coalesce(max(child_seq), 0) FROM due_cache";
static const char one_child_sql[] =
	"SELECT " CHILD_COLS " FROM children c WHERE c.seq = ?1";
static const char one_contacts_sql[] =
	"SELECT child_seq, contact_date, schedule_moment, status_code FROM contacts "
	"WHERE child_seq = ?1 AND schedule_moment IS NOT NULL";
static const char one_vaccinations_sql[] =
	"SELECT child_seq, vaccine, coalesce(dose_no, 0), vaccinated_on, given, "
	"coalesce(reason_not_given, '') FROM vaccinations WHERE child_seq = ?1";

static enum gp_status refresh_one(struct writer *w, long long seq, struct gp_err *e)
{
	sqlite3_stmt *cst = db_stmt(w->db, one_child_sql, e);
	sqlite3_stmt *kst = cst ? db_stmt(w->db, one_contacts_sql, e) : NULL;
	sqlite3_stmt *vst = kst ? db_stmt(w->db, one_vaccinations_sql, e) : NULL;
	if (!vst)
		return e->code;
	sqlite3_bind_int64(cst, 1, seq);
	sqlite3_bind_int64(kst, 1, seq);
	sqlite3_bind_int64(vst, 1, seq);
	enum gp_status st = GP_OK;
	int crc = sqlite3_step(cst);
	if (crc == SQLITE_ROW) {
		struct sched_child c;
		char variant[DUE_ROW_CODE];
		read_child(cst, &c, variant, sizeof variant);
		int krc = sqlite3_step(kst), vrc = sqlite3_step(vst);
		st = due_records_contacts(&w->r, kst, &krc, seq, e);
		if (st == GP_OK)
			st = due_records_vaccinations(&w->r, vst, &vrc, seq, e);
		if (st == GP_OK && krc != SQLITE_DONE)
			st = db_error(w->db, krc, _(what), e);
		if (st == GP_OK && vrc != SQLITE_DONE)
			st = db_error(w->db, vrc, _(what), e);
		if (st == GP_OK)
			st = store(w, seq, &c, e);
	} else if (crc != SQLITE_DONE) {
		st = db_error(w->db, crc, _(what), e);
	}
	sqlite3_reset(cst);
	sqlite3_reset(kst);
	sqlite3_reset(vst);
	return st;
}

/* ---- all stale children in one pass ------------------------------------- */

static const char bulk_children_sql[] =
	"SELECT " CHILD_COLS " FROM children c ORDER BY c.seq";
static const char bulk_contacts_sql[] =
	"SELECT child_seq, contact_date, schedule_moment, status_code FROM contacts "
	"WHERE schedule_moment IS NOT NULL ORDER BY child_seq";
static const char bulk_vaccinations_sql[] =
	"SELECT child_seq, vaccine, coalesce(dose_no, 0), vaccinated_on, given, "
	"coalesce(reason_not_given, '') FROM vaccinations ORDER BY child_seq";

static int seq_cmp(const void *a, const void *b)
{
	long long x = *(const long long *)a, y = *(const long long *)b;
	return x < y ? -1 : x > y;
}

/* Computes the children whose seq is in seqs[0..n) (sorted), streaming every
 * child's records once. */
static enum gp_status refresh_bulk(struct writer *w, const long long *seqs, size_t n,
				   struct gp_err *e)
{
	sqlite3_stmt *cst = db_stmt(w->db, bulk_children_sql, e);
	sqlite3_stmt *kst = cst ? db_stmt(w->db, bulk_contacts_sql, e) : NULL;
	sqlite3_stmt *vst = kst ? db_stmt(w->db, bulk_vaccinations_sql, e) : NULL;
	if (!vst)
		return e->code;
	enum gp_status st = GP_OK;
	size_t next = 0; /* the next stale seq */
	int crc = sqlite3_step(cst), krc = sqlite3_step(kst), vrc = sqlite3_step(vst);
	for (; st == GP_OK && crc == SQLITE_ROW; crc = sqlite3_step(cst)) {
		struct sched_child c;
		char variant[DUE_ROW_CODE];
		read_child(cst, &c, variant, sizeof variant);
		long long seq = sqlite3_column_int64(cst, 0);
		while (next < n && seqs[next] < seq)
			next++;
		if (next == n)
			break; /* no stale child after this one */
		if (seqs[next] != seq)
			continue;
		if ((st = due_records_contacts(&w->r, kst, &krc, seq, e)) == GP_OK &&
		    (st = due_records_vaccinations(&w->r, vst, &vrc, seq, e)) == GP_OK)
			st = store(w, seq, &c, e);
	}
	if (st == GP_OK) {
		int bad = crc != SQLITE_DONE && crc != SQLITE_ROW ? crc
			  : (krc != SQLITE_ROW && krc != SQLITE_DONE) ? krc
			  : (vrc != SQLITE_ROW && vrc != SQLITE_DONE) ? vrc : SQLITE_OK;
		if (bad != SQLITE_OK)
			st = db_error(w->db, bad, _(what), e);
	}
	sqlite3_reset(cst);
	sqlite3_reset(kst);
	sqlite3_reset(vst);
	return st;
}

/* ---- the refresh ----------------------------------------------------------- */

static const char schedule_get_sql[] =
	"SELECT value FROM settings WHERE key = 'due_cache_schedule'";
static const char schedule_set_sql[] =
	"INSERT INTO settings (key, value) VALUES ('due_cache_schedule', ?1) "
	"ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char mark_all_sql[] = "UPDATE due_cache SET valid_until = '' WHERE valid_until <> ''";

/* Marks every row when the schedule files are not those the rows were
 * computed with. */
static enum gp_status check_schedule(struct writer *w, struct gp_err *e)
{
	sqlite3_stmt *get = db_stmt(w->db, schedule_get_sql, e);
	if (!get)
		return e->code;
	int rc = sqlite3_step(get);
	int same = rc == SQLITE_ROW &&
		   strcmp((const char *)sqlite3_column_text(get, 0), w->s->fingerprint) == 0;
	sqlite3_reset(get);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(w->db, rc, _(what), e);
	if (same)
		return GP_OK;
	sqlite3_stmt *mark = db_stmt(w->db, mark_all_sql, e);
	sqlite3_stmt *set = mark ? db_stmt(w->db, schedule_set_sql, e) : NULL;
	if (!set)
		return e->code;
	sqlite3_bind_text(set, 1, w->s->fingerprint, -1, SQLITE_STATIC);
	enum gp_status st = step_reset(w, mark, e);
	return st == GP_OK ? step_reset(w, set, e) : st;
}

/* The rows to compute again (of one professional's caseload, or all): their
 * child's seq in *out (malloc'ed). */
static enum gp_status stale_rows(struct writer *w, const char *professional_id, long long **out,
				 size_t *n, struct gp_err *e)
{
	*out = NULL;
	*n = 0;
	int mine = professional_id && professional_id[0];
	sqlite3_stmt *st = db_stmt(w->db, mine ? stale_mine_sql : stale_sql, e);
	if (!st)
		return e->code;
	sqlite3_bind_text(st, 1, w->on_iso, -1, SQLITE_STATIC);
	if (mine)
		db_bind_id(st, 2, professional_id);
	size_t cap = 0;
	int rc;
	enum gp_status s = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			long long *p = realloc(*out, ncap * sizeof *p);
			if (!p) {
				s = no_memory(e);
				break;
			}
			*out = p;
			cap = ncap;
		}
		(*out)[(*n)++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(w->db, rc, _(what), e);
	return s;
}

/* 1 when computing n rows in one pass over every record is cheaper than
 * one at a time: more than two fifths of the children (0.2 ms a child
 * against 80 µs for every child, measured at 10,000). */
static int bulk_pays(struct writer *w, size_t n)
{
	sqlite3_stmt *st = db_stmt(w->db, total_sql, NULL);
	if (!st)
		return 0;
	long long total = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return n > 64 && (long long)n * 5 > total * 2;
}

enum gp_status due_cache_refresh(struct db *db, const struct schedule *s, struct gp_date on,
				 size_t *done, struct gp_err *e)
{
	return due_cache_refresh_for(db, s, on, NULL, done, e);
}

enum gp_status due_cache_refresh_for(struct db *db, const struct schedule *s, struct gp_date on,
				     const char *professional_id, size_t *done,
				     struct gp_err *e)
{
	struct writer w = {.db = db, .s = s, .on = on};
	date_fmt_iso(on, w.on_iso);
	if (done)
		*done = 0;
	w.upsert = db_stmt(db, upsert_sql, e);
	w.del = w.upsert ? db_stmt(db, del_items_sql, e) : NULL;
	w.ins = w.del ? db_stmt(db, ins_item_sql, e) : NULL;
	if (!w.ins)
		return e->code;
	enum gp_status st = db_begin(db, e);
	if (st != GP_OK)
		return st;
	long long *seqs = NULL;
	size_t n = 0;
	st = check_schedule(&w, e);
	if (st == GP_OK)
		st = stale_rows(&w, professional_id, &seqs, &n, e);
	if (st == GP_OK && bulk_pays(&w, n)) {
		qsort(seqs, n, sizeof *seqs, seq_cmp);
		st = refresh_bulk(&w, seqs, n, e);
	} else
		for (size_t i = 0; st == GP_OK && i < n; i++)
			st = refresh_one(&w, seqs[i], e);
	free(seqs);
	due_records_free(&w.r);
	if (st == GP_OK)
		st = db_commit(db, e);
	else
		db_rollback(db);
	if (st == GP_OK && done)
		*done = w.done;
	return st;
}

/* ---- reading an entry -------------------------------------------------------- */

int due_cache_item_read(sqlite3_stmt *st, int col, const struct schedule *s, struct gp_date on,
			struct sched_due *out)
{
	memset(out, 0, sizeof *out);
	int dose = sqlite3_column_int(st, col);
	sqlite3_int64 ref = sqlite3_column_int64(st, col + 1);
	if (dose) {
		if (ref < 0 || (size_t)ref >= s->ndoses)
			return -1;
		out->kind = SCHED_DOSE;
		out->dose = &s->doses[ref];
	} else {
		if (ref < 0 || (size_t)ref >= s->nmoments)
			return -1;
		out->kind = SCHED_MOMENT;
		out->moment = &s->moments[ref];
	}
	out->state = (enum sched_state)sqlite3_column_int(st, col + 2);
	db_col_date(st, col + 3, &out->earliest);
	db_col_date(st, col + 4, &out->target);
	db_col_date(st, col + 5, &out->latest);
	db_col_date(st, col + 6, &out->late_until);
	db_col_date(st, col + 7, &out->until);
	out->shifted = sqlite3_column_int(st, col + 8);
	db_col_text(st, col + 9, out->last_status, sizeof out->last_status);
	db_col_text(st, col + 10, out->last_reason, sizeof out->last_reason);
	db_col_date(st, col + 11, &out->last_on);
	out->invalid_why = (enum sched_invalid)sqlite3_column_int(st, col + 12);
	db_col_date(st, col + 13, &out->invalid_on);
	if (out->state == SCHED_OVERDUE || out->state == SCHED_CATCH_UP)
		out->days_overdue = date_to_days(on) - date_to_days(out->latest);
	return 0;
}
