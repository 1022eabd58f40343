/* test_duecache.c — the due cache (src/duecache.h, migration 013) gives the
 * same work list as computing every child's due list from its records:
 *  - after the demo fills a database;
 *  - after each kind of save that changes what is due: a contact moment
 *    realised, a vaccination given, a refusal, a contact moved to another
 *    date, a child's birth date (its cohort) and RVP variant, an import;
 *  - on every later day for two years without any save (the dates a row
 *    holds for), and when the schedule files change;
 *  - for a caseload, whose list reads the children's summaries and entries
 *    from the cache alone (015): after a rename, a move, another location;
 * and the comparison can fail: with one trigger dropped (a save path that
 * would forget the cache), a vaccination makes the lists differ, and a
 * rename leaves the old name on a caseload's list. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "account.h"
#include "child.h"
#include "contact.h"
#include "db.h"
#include "demo.h"
#include "due.h"
#include "duecache.h"
#include "import.h"
#include "refdata.h"

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

struct fixture {
	char dir[32];
	struct db *db;
	struct growth_ref *growth;
	struct schedule *sched;
	struct refdata *codes;
	struct contact_refs refs;
	struct gp_date today;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	setenv("GROEIPAD_DATADIR", datadir(), 0); /* the import reads it through refdata_dir() */
	snprintf(f->dir, sizeof f->dir, "/tmp/gp-duecache-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	char path[64];
	snprintf(path, sizeof path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {150, 5, datadir()};
	assert_int_equal(demo_fill(f->db, &opt, &e), GP_OK);
	struct account a;
	assert_int_equal(account_get(f->db, "demo", &a, &e), GP_OK);
	account_act_as(f->db, &a);
	assert_int_equal(growth_load(datadir(), &f->growth, &e), GP_OK);
	assert_int_equal(schedule_load(datadir(), &f->sched, &e), GP_OK);
	assert_int_equal(refdata_load(datadir(), "nl", &f->codes, &e), GP_OK);
	f->refs = (struct contact_refs){f->growth, f->codes, f->sched};
	f->today = date_today();
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->db);
	growth_free(f->growth);
	schedule_free(f->sched);
	refdata_free(f->codes);
	char cmd[64];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

static int same_entry(const struct sched_due *p, const struct sched_due *q)
{
	return p->kind == q->kind && p->moment == q->moment && p->dose == q->dose &&
	       p->state == q->state && date_cmp(p->earliest, q->earliest) == 0 &&
	       date_cmp(p->target, q->target) == 0 && date_cmp(p->latest, q->latest) == 0 &&
	       date_cmp(p->late_until, q->late_until) == 0 && date_cmp(p->until, q->until) == 0 &&
	       p->shifted == q->shifted && p->days_overdue == q->days_overdue &&
	       strcmp(p->last_status, q->last_status) == 0 &&
	       strcmp(p->last_reason, q->last_reason) == 0 &&
	       date_cmp(p->last_on, q->last_on) == 0 && p->invalid_why == q->invalid_why &&
	       date_cmp(p->invalid_on, q->invalid_on) == 0;
}

/* 1 when the work list from the cache equals the one computed from every
 * child's records on `on` (children, order, counts, entries); else 0 with
 * the first difference on stderr. */
static int scope_matches_first(struct fixture *f, struct gp_date on,
			       const struct due_scope *scope, size_t limit)
{
	struct gp_err e = {0};
	struct due_report a, b;
	assert_int_equal(due_collect_in(f->db, f->sched, on, scope, DUE_OPEN, limit, &a, &e), GP_OK);
	assert_int_equal(due_collect_full(f->db, f->sched, on, scope, DUE_OPEN, limit, &b, &e),
			 GP_OK);
	int ok = a.n == b.n;
	char day[11];
	date_fmt_iso(on, day);
	if (!ok)
		fprintf(stderr, "%s: %zu children from the cache, %zu computed\n", day, a.n, b.n);
	for (size_t i = 0; ok && i < a.n; i++) {
		const struct due_child *x = &a.children[i], *y = &b.children[i];
		ok = strcmp(x->child.id, y->child.id) == 0 && x->child.client_no == y->child.client_no &&
		     strcmp(x->child.display_name, y->child.display_name) == 0 &&
		     strcmp(x->child.sort_name, y->child.sort_name) == 0 &&
		     date_cmp(x->child.birth_date, y->child.birth_date) == 0 &&
		     strcmp(x->child.bsn, y->child.bsn) == 0 &&
		     strcmp(x->child.postcode, y->child.postcode) == 0 &&
		     x->child.sex == y->child.sex && x->ndue == y->ndue &&
		     x->noverdue == y->noverdue && x->ncatchup == y->ncatchup &&
		     x->max_overdue == y->max_overdue &&
		     date_cmp(x->first_close, y->first_close) == 0 && x->list.n == y->list.n;
		for (size_t j = 0; ok && j < x->list.n; j++)
			ok = same_entry(&x->list.items[j], &y->list.items[j]);
		if (!ok)
			fprintf(stderr, "%s: child %zu (%s) differs\n", day, i, y->child.display_name);
	}
	due_report_free(&a);
	due_report_free(&b);
	return ok;
}

static int scope_matches(struct fixture *f, struct gp_date on, const struct due_scope *scope)
{
	return scope_matches_first(f, on, scope, 0);
}

/* The same for everyone's list and the demo nurse's caseload (which read
 * the children's names, birth dates and entries from the cache alone,
 * migrations 015–017), also in one location and one age band. */
static int cache_matches(struct fixture *f, struct gp_date on)
{
	struct due_scope mine = {.professional_id = f->db->actor_id};
	struct due_scope mine_here = {.professional_id = f->db->actor_id,
				      .location = "Consultatiebureau Utrecht"};
	struct due_scope mine_young = {.professional_id = f->db->actor_id, .age_to_months = 48};
	struct due_scope here = {.location = "Consultatiebureau Utrecht"};
	/* the caseload first: its list brings only its own rows up to date;
	 * then the first few only, as Vandaag cuts the list: the entries of the
	 * listed children are read as one range up to the last one (015, 017),
	 * which must neither stop short nor take another child's */
	return scope_matches(f, on, &mine) && scope_matches(f, on, &mine_here) &&
	       scope_matches(f, on, &mine_young) && scope_matches(f, on, NULL) &&
	       scope_matches_first(f, on, NULL, 7) && scope_matches_first(f, on, &here, 5) &&
	       scope_matches_first(f, on, &mine, 6);
}

/* The first child of the demo nurse's work list; its id in child_id. */
static void first_of_mine(struct fixture *f, char *child_id)
{
	struct gp_err e = {0};
	struct due_report r;
	struct due_scope mine = {.professional_id = f->db->actor_id};
	assert_int_equal(due_work_list(f->db, f->sched, f->today, &mine, 10, &r, &e), GP_OK);
	assert_true(r.n > 0);
	strcpy(child_id, r.children[0].child.id);
	due_report_free(&r);
}

/* The first child on the work list with an open entry of `kind`; its id in
 * child_id, the entry in *out. */
static void open_entry(struct fixture *f, enum sched_kind kind, size_t skip, char *child_id,
		       struct sched_due *out)
{
	memset(out, 0, sizeof *out);
	struct gp_err e = {0};
	struct due_report r;
	assert_int_equal(due_collect(f->db, f->sched, f->today, DUE_OPEN, 0, &r, &e), GP_OK);
	for (size_t i = 0; i < r.n; i++)
		for (size_t j = 0; j < r.children[i].list.n; j++)
			if (r.children[i].list.items[j].kind == kind && skip-- == 0) {
				strcpy(child_id, r.children[i].child.id);
				*out = r.children[i].list.items[j];
				due_report_free(&r);
				return;
			}
	due_report_free(&r);
	fail_msg("no open entry of that kind");
}

static struct contact_record *new_contact(const char *child_id, struct gp_date on)
{
	struct contact_record *rec = calloc(1, sizeof *rec);
	strcpy(rec->contact.child_id, child_id);
	rec->contact.date = on;
	strcpy(rec->contact.time, "10:30");
	strcpy(rec->contact.status, "01");
	strcpy(rec->contact.form, "03");
	strcpy(rec->contact.kind, "22"); /* op indicatie; a moment brings its own */
	strcpy(rec->contact.location, "Consultatiebureau Utrecht");
	return rec;
}

/* Saves a vaccination of the open dose d of child `id` (given, or refused). */
static void save_vaccination(struct fixture *f, const char *id, const struct sched_due *d,
			     int given)
{
	struct gp_err e = {0};
	if (d->kind != SCHED_DOSE || !d->dose) {
		fail_msg("not a dose");
		return;
	}
	struct contact_record *rec = new_contact(id, f->today);
	struct vaccination *v = &rec->vaccinations[rec->nvaccinations++];
	v->date = f->today;
	snprintf(v->vaccine, sizeof v->vaccine, "%s", d->dose->vaccine);
	v->given = given;
	if (given)
		strcpy(v->batch, "AB123");
	else
		strcpy(v->reason_not_given, "bezwaar");
	if (contact_save_new(f->db, &f->refs, rec, &e) != GP_OK)
		fail_msg("%s", e.msg);
	free(rec);
}

static void print_note(void *ctx, const struct import_note *note)
{
	(void)ctx;
	fprintf(stderr, "import line %ld: %s\n", note->line, note->text);
}

static void after_every_kind_of_save(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	char id[DB_ID_LEN];
	struct sched_due d;
	assert_true(cache_matches(f, f->today)); /* as the demo left it */

	/* a contact moment realised */
	open_entry(f, SCHED_MOMENT, 0, id, &d);
	struct contact_record *rec = new_contact(id, f->today);
	snprintf(rec->contact.schedule_moment, sizeof rec->contact.schedule_moment, "%s",
		 d.moment->code);
	rec->contact.kind[0] = '\0';
	if (contact_save_new(f->db, &f->refs, rec, &e) != GP_OK)
		fail_msg("%s", e.msg);
	char contact_id[DB_ID_LEN];
	strcpy(contact_id, rec->contact.id);
	free(rec);
	assert_true(cache_matches(f, f->today));

	/* that contact moved to the day the moment's window opened */
	rec = calloc(1, sizeof *rec);
	assert_int_equal(contact_get(f->db, contact_id, rec, &e), GP_OK);
	assert_true(date_cmp(d.earliest, f->today) < 0);
	rec->contact.date = d.earliest;
	if (contact_update(f->db, &f->refs, rec, &e) != GP_OK)
		fail_msg("%s", e.msg);
	free(rec);
	assert_true(cache_matches(f, f->today));

	/* a dose given, another refused */
	open_entry(f, SCHED_DOSE, 0, id, &d);
	save_vaccination(f, id, &d, 1);
	assert_true(cache_matches(f, f->today));
	open_entry(f, SCHED_DOSE, 0, id, &d);
	save_vaccination(f, id, &d, 0);
	assert_true(cache_matches(f, f->today));

	/* a birth date corrected by a year (another cohort), a variant chosen */
	open_entry(f, SCHED_MOMENT, 1, id, &d);
	struct child c;
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	c.birth_date = date_add_months(c.birth_date, -12);
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	snprintf(c.rvp_variant, sizeof c.rvp_variant, "aangepast");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));

	/* the child goes to the demo nurse's caseload, then to nobody's */
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	snprintf(c.professional_id, sizeof c.professional_id, "%s", f->db->actor_id);
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));
	c.professional_id[0] = '\0';
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	c.professional_id[0] = '\0';
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));

	/* a child of the caseload renamed, moved to another location, then away */
	first_of_mine(f, id);
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	snprintf(c.family_name, sizeof c.family_name, "Zwaanswijk");
	snprintf(c.location, sizeof c.location, "Consultatiebureau Oost");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	snprintf(c.status, sizeof c.status, "verhuisd");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_true(cache_matches(f, f->today));

	/* an import: two new children, born this year */
	char csv[64];
	snprintf(csv, sizeof csv, "%s/geboorte.csv", f->dir);
	FILE *out = fopen(csv, "w");
	assert_non_null(out);
	fputs("bsn;voornamen;tussenvoegsel;achternaam;geslacht;geboortedatum\n"
	      "123456708;Zoë;van der;Berg;V;01-02-2026\n"
	      "123456721;Daan;;Jansen;M;04-10-2026\n", out);
	fclose(out);
	const char *paths[] = {csv};
	struct import_options opt = {.today = f->today, .report = print_note};
	struct import_summary sum;
	if (import_files(f->db, paths, 1, &opt, &sum, &e) != GP_OK)
		fail_msg("%s", e.msg);
	assert_int_equal(sum.created, 2);
	assert_true(cache_matches(f, f->today));
}

/* Without any save, the rows hold on every day up to their valid_until and
 * are computed again from then on: the same list as computing it that day. */
static void every_later_day(void **state)
{
	struct fixture *f = *state;
	for (int day = 0; day <= 730; day += day < 60 ? 1 : 7)
		assert_true(cache_matches(f, date_from_days(date_to_days(f->today) + day)));
	/* and back to a day before: rows computed for a later day do not hold */
	assert_true(cache_matches(f, date_add_months(f->today, -2)));
	assert_true(cache_matches(f, f->today));
}

/* Other schedule files (a new RVP) make every row be computed again. */
static void other_schedule_files(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	size_t done = 0;
	assert_int_equal(due_cache_refresh(f->db, f->sched, f->today, &done, &e), GP_OK);
	assert_int_equal(done, 0); /* nothing to do */
	assert_int_equal(db_exec(f->db, "UPDATE settings SET value = 'x' "
					"WHERE key = 'due_cache_schedule'", &e), GP_OK);
	assert_int_equal(due_cache_refresh(f->db, f->sched, f->today, &done, &e), GP_OK);
	assert_true(done >= 150);
	assert_true(cache_matches(f, f->today));
}

/* The comparison can fail: a save path that does not mark the child (the
 * insert triggers of contacts and vaccinations dropped: a vaccination is
 * saved with its contact) leaves a stale row behind. */
static void a_forgotten_save_is_caught(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	assert_true(cache_matches(f, f->today));
	assert_int_equal(db_exec(f->db, "DROP TRIGGER due_cache_vaccination_new; "
					"DROP TRIGGER due_cache_contact_new", &e), GP_OK);
	char id[DB_ID_LEN];
	struct sched_due d;
	open_entry(f, SCHED_DOSE, 0, id, &d);
	save_vaccination(f, id, &d, 1);
	assert_false(cache_matches(f, f->today));
}

/* And for what the caseload's list shows: with the trigger that copies a
 * child's name into the cache dropped, a rename leaves the old name on it. */
static void a_forgotten_name_is_caught(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	char id[DB_ID_LEN];
	struct child c;
	assert_true(cache_matches(f, f->today));
	assert_int_equal(db_exec(f->db, "DROP TRIGGER due_cache_child_shown", &e), GP_OK);
	first_of_mine(f, id);
	assert_int_equal(child_get(f->db, id, &c, &e), GP_OK);
	snprintf(c.given_names, sizeof c.given_names, "Anders");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	assert_false(cache_matches(f, f->today));
}

/* Everyone's work list (the team lead's Vandaag) and a caseload's are each
 * one range of a covering index (migrations 015, 016): the plan of the
 * statement due_work_list ran reads no other table (but the professional's
 * account, by id) and no row of due_cache. */
static void work_lists_are_one_index_range(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct due_scope mine = {.professional_id = f->db->actor_id};
	const struct due_scope *scopes[] = {NULL, &mine};
	const char *const index[] = {"due_cache_work", "due_cache_mine"};
	for (int k = 0; k < 2; k++) {
		struct due_report r;
		assert_int_equal(due_work_list(f->db, f->sched, f->today, scopes[k], 1000, &r, &e),
				 GP_OK);
		assert_true(r.n > 0);
		due_report_free(&r);
		/* the list's statement: the one that ends in the list's order */
		const char *sql = NULL;
		for (sqlite3_stmt *st = sqlite3_next_stmt(f->db->h, NULL); st;
		     st = sqlite3_next_stmt(f->db->h, st))
			if (strstr(sqlite3_sql(st), "first_close, c.client_no LIMIT") &&
			    (k == 0) == !strstr(sqlite3_sql(st), "professional_seq"))
				sql = sqlite3_sql(st);
		assert_non_null(sql);
		char *eqp = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sql);
		sqlite3_stmt *q;
		assert_int_equal(sqlite3_prepare_v2(f->db->h, eqp, -1, &q, NULL), SQLITE_OK);
		sqlite3_free(eqp);
		int steps = 0;
		while (sqlite3_step(q) == SQLITE_ROW) {
			const char *detail = (const char *)sqlite3_column_text(q, 3);
			if (strstr(detail, "SCALAR SUBQUERY") || strstr(detail, "SEARCH accounts"))
				continue; /* the caseload's professional, by id */
			char want[64];
			snprintf(want, sizeof want, "USING COVERING INDEX %s ", index[k]);
			if (!strstr(detail, want))
				fail_msg("%s: %s", index[k], detail);
			steps++;
		}
		sqlite3_finalize(q);
		assert_int_equal(steps, 1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(after_every_kind_of_save, setup, teardown),
		cmocka_unit_test_setup_teardown(every_later_day, setup, teardown),
		cmocka_unit_test_setup_teardown(other_schedule_files, setup, teardown),
		cmocka_unit_test_setup_teardown(a_forgotten_save_is_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(a_forgotten_name_is_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(work_lists_are_one_index_range, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
