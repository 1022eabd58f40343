/* test_due.c — the due list of every child (src/due.c) as the Vandaag
 * screen and `groeipad due` use it: hand-checked children on 26-11-2026,
 * the order of the work list, the limit, children that moved away, and the
 * three merged streams giving exactly what schedule_due() gives per child
 * with the per-child queries, on a demo database. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "child.h"
#include "contact.h"
#include "db.h"
#include "demo.h"
#include "due.h"

static struct schedule *sched;

/* A database with a few children whose due lists are worked out by hand. */
struct fixture {
	char dir[64];        /* a fresh temporary directory */
	char path[128];      /* the database file in it */
	struct db *db;       /* open on path */
	char ids[6][DB_ID_LEN]; /* the children, see setup() */
};

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

static struct gp_date d(const char *iso)
{
	struct gp_date out;
	assert_int_equal(date_parse_iso(iso, &out), 0);
	return out;
}

static int load_sched(void **state)
{
	(void)state;
	struct gp_err e = {0};
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	if (schedule_load(datadir(), &sched, &e) != GP_OK) {
		fprintf(stderr, "schedule: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int free_sched(void **state)
{
	(void)state;
	schedule_free(sched);
	return 0;
}

static void exec(struct db *db, const char *sql)
{
	struct gp_err e = {0};
	if (db_exec(db, sql, &e) != GP_OK)
		fail_msg("%s: %s", sql, e.msg);
}

static void add_child(struct fixture *f, int i, const char *family, const char *birth)
{
	struct child c;
	struct gp_err e = {0};
	memset(&c, 0, sizeof c);
	strcpy(c.given_names, "Kind");
	strcpy(c.family_name, family);
	c.sex = 2;
	c.birth_date = d(birth);
	if (child_create(f->db, &c, &e) != GP_OK)
		fail_msg("child_create: %s", e.msg);
	strcpy(f->ids[i], c.id);
}

static void add_contact(struct fixture *f, int i, const char *date, const char *moment)
{
	char sql[512];
	snprintf(sql, sizeof sql, "INSERT INTO contacts(id, child_seq, contact_date, kind_code, "
		 "status_code, schedule_moment, created_at, updated_at) VALUES (randomblob(16), "
		 "(SELECT seq FROM children WHERE id = gp_uuid_blob('%s')), '%s', '37', '01', '%s', "
		 "0, 0)", f->ids[i], date, moment);
	exec(f->db, sql);
}

/* The children, "today" 26-11-2026 (rules and data: src/schedule.h, data/):
 *  0 Achteraf, born 01-10-2026, nothing recorded: hb2w (until 6 weeks,
 *    12-11) missed; gehoor (latest 4w = 29-10, until 3 months), m4w (latest
 *    11-11, until 10 weeks = 10-12) and hielprik (latest 08-10, offered
 *    until 6 months = 01-04-2027) overdue; m8w, DKTP-Hib-HepB 1 (aangepast, 6 weeks = 12-11 .. 09-12)
 *    and rotavirus 1 (until 12 weeks = 24-12) due; RSV (born in October:
 *    within two weeks, late two weeks more) a catch-up until 1 year.
 *  1 Bijgewerkt, born 01-10-2026, hielprik..m4w realised, DKTP-Hib-HepB 1
 *    given 20-11: m8w and rotavirus 1 due, RSV a catch-up; DKTP-Hib-HepB 2
 *    opens 4 weeks after dose 1 (18-12).
 *  2 Nieuw, born 20-11-2026: hielprik (until 27-11), RSV (until 04-12) and
 *    gehoor (until 18-12) due.
 *  3 Verhuisd, as 0 but moved away: not listed.
 *  4 Pasgeboren, born 25-11-2026: only RSV due (from birth); the hielprik
 *    opens at 72 hours (28-11).
 *  5 Volwassen, born 16-01-2008 (18 years 10 months): on no list. */
static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/gp-due-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	exec(f->db, "INSERT INTO accounts(id, username, display_name, role, password_hash, "
		    "created_at, updated_at) VALUES (gp_uuid_blob('01900000-0000-7000-8000-00000000a001'), 'anna', 'Anna', "
		    "'jeugdverpleegkundige', 'x', 0, 0)");
	strcpy(f->db->actor_id, "01900000-0000-7000-8000-00000000a001");
	strcpy(f->db->actor_name, "anna");
	add_child(f, 0, "Achteraf", "2026-10-01");
	add_child(f, 1, "Bijgewerkt", "2026-10-01");
	add_child(f, 2, "Nieuw", "2026-11-20");
	add_child(f, 3, "Verhuisd", "2026-10-01");
	add_child(f, 4, "Pasgeboren", "2026-11-25");
	add_child(f, 5, "Volwassen", "2008-01-16");
	static const char *const done[][2] = {{"2026-10-06", "hielprik"},
					      {"2026-10-06", "gehoor"},
					      {"2026-10-15", "hb2w"},
					      {"2026-10-29", "m4w"}};
	for (size_t i = 0; i < sizeof done / sizeof *done; i++)
		add_contact(f, 1, done[i][0], done[i][1]);
	char sql[512];
	snprintf(sql, sizeof sql, "INSERT INTO vaccinations(id, child_seq, vaccinated_on, vaccine, "
		 "dose_no, given, batch, created_at, updated_at) VALUES (randomblob(16), "
		 "(SELECT seq FROM children WHERE id = gp_uuid_blob('%s')), "
		 "'2026-11-20', 'DKTP-Hib-HepB', 1, 1, 'AB12345', 0, 0)", f->ids[1]);
	exec(f->db, sql);
	/* a contact after the date asked about is ignored */
	add_contact(f, 0, "2026-12-01", "hielprik");
	snprintf(sql, sizeof sql, "UPDATE children SET status = 'verhuisd' WHERE id = "
		 "gp_uuid_blob('%s')",
		 f->ids[3]);
	exec(f->db, sql);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->db);
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

static const char *code_of(const struct sched_due *x)
{
	static char buf[40];
	if (x->kind == SCHED_MOMENT)
		return x->moment->code;
	snprintf(buf, sizeof buf, "%s/%d", x->dose->vaccine, x->dose->dose);
	return buf;
}

static void hand_checked_work_list(void **state)
{
	struct fixture *f = *state;
	struct due_report r;
	struct gp_err e = {0};
	assert_int_equal(due_collect(f->db, sched, d("2026-11-26"), DUE_OPEN, 0, &r, &e), GP_OK);
	assert_int_equal(r.scanned, 4); /* the one that moved and the adult are not looked at */
	assert_int_equal(r.matched, 4);
	assert_int_equal(r.n, 4);
	/* Everyone has something due now, so the deadline that comes first
	 * decides (27-11 for the heel prick of child 2, then 09-12 three times),
	 * then the client number. */
	assert_string_equal(r.children[0].child.id, f->ids[2]);
	assert_string_equal(r.children[1].child.id, f->ids[0]);
	assert_string_equal(r.children[2].child.id, f->ids[1]);
	assert_string_equal(r.children[3].child.id, f->ids[4]);

	const struct due_child *a = &r.children[1];
	assert_int_equal(a->ndue, 3);
	assert_int_equal(a->noverdue, 3);
	assert_int_equal(a->ncatchup, 1);
	assert_int_equal(a->max_overdue, 49); /* hielprik: latest 08-10 */
	assert_int_equal(date_cmp(a->first_close, d("2026-12-09")), 0);
	static const char *const want[] = {"m8w", "DKTP-Hib-HepB/1", "Rota/1", "m4w", "gehoor",
					   "hielprik", "RSV/1"};
	static const enum sched_state states[] = {SCHED_DUE, SCHED_DUE, SCHED_DUE, SCHED_OVERDUE,
						  SCHED_OVERDUE, SCHED_OVERDUE, SCHED_CATCH_UP};
	assert_int_equal(a->list.n, 7);
	for (size_t i = 0; i < 7; i++) {
		assert_string_equal(code_of(&a->list.items[i]), want[i]);
		assert_int_equal(a->list.items[i].state, states[i]);
	}
	assert_int_equal(date_cmp(a->list.items[1].earliest, d("2026-11-12")), 0);
	assert_int_equal(date_cmp(schedule_due_deadline(&a->list.items[4]), d("2026-12-31")), 0);
	assert_int_equal(date_cmp(schedule_due_deadline(&a->list.items[5]), d("2027-03-31")), 0);
	assert_int_equal(date_cmp(schedule_due_deadline(&a->list.items[6]), d("2027-09-30")), 0);

	const struct due_child *b = &r.children[2];
	static const char *const want_b[] = {"m8w", "Rota/1", "RSV/1"};
	assert_int_equal(b->list.n, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(code_of(&b->list.items[i]), want_b[i]);

	const struct due_child *c = &r.children[0];
	static const char *const want_c[] = {"hielprik", "RSV/1", "gehoor"};
	assert_int_equal(c->list.n, 3);
	for (size_t i = 0; i < 3; i++)
		assert_string_equal(code_of(&c->list.items[i]), want_c[i]);
	assert_int_equal(date_cmp(c->first_close, d("2026-11-27")), 0);
	assert_string_equal(c->child.display_name, "Kind Nieuw");

	const struct due_child *n = &r.children[3];
	assert_int_equal(n->list.n, 1);
	assert_string_equal(code_of(&n->list.items[0]), "RSV/1");
	due_report_free(&r);
	assert_null(r.children);
}

static void limit_and_all_states(void **state)
{
	struct fixture *f = *state;
	struct due_report r;
	struct gp_err e = {0};
	assert_int_equal(due_collect(f->db, sched, d("2026-11-26"), DUE_OPEN, 1, &r, &e), GP_OK);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.matched, 4);
	assert_string_equal(r.children[0].child.id, f->ids[2]);
	due_report_free(&r);

	/* every state: the newborn too, with every entry; the done ones of child 1 */
	assert_int_equal(due_collect(f->db, sched, d("2026-11-26"), DUE_ALL, 0, &r, &e), GP_OK);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.children[3].child.id, f->ids[4]);
	/* child 0's home visit at 2 weeks: missed, not five weeks overdue */
	const struct due_child *first = &r.children[1];
	assert_string_equal(first->child.id, f->ids[0]);
	int seen_heel = 0;
	for (size_t i = 0; i < first->list.n; i++)
		if (strcmp(code_of(&first->list.items[i]), "hb2w") == 0) {
			assert_int_equal(first->list.items[i].state, SCHED_MISSED);
			seen_heel = 1;
		}
	assert_true(seen_heel);
	size_t done = 0;
	for (size_t i = 0; i < r.children[2].list.n; i++)
		done += r.children[2].list.items[i].state == SCHED_DONE;
	assert_int_equal(done, 5); /* four moments and one dose */
	due_report_free(&r);

	/* on 28-11 the newborn's heel prick and hearing screening have opened too */
	assert_int_equal(due_collect(f->db, sched, d("2026-11-28"), DUE_OPEN, 0, &r, &e), GP_OK);
	int seen = 0;
	for (size_t i = 0; i < r.n; i++)
		if (strcmp(r.children[i].child.id, f->ids[4]) == 0) {
			seen = 1;
			assert_int_equal(r.children[i].list.n, 3);
			assert_string_equal(code_of(&r.children[i].list.items[0]), "hielprik");
		}
	assert_true(seen);
	due_report_free(&r);
}

/* A scope narrows the list: a professional's caseload, a location, an age
 * band; nobody of 18 or older is on any list. */
static void scope_narrows_the_list(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	char sql[512];
	snprintf(sql, sizeof sql,
		 "UPDATE children SET professional_seq = (SELECT seq FROM accounts), "
		 "location = 'CB Oost' WHERE id IN (gp_uuid_blob('%s'), gp_uuid_blob('%s'), "
		 "gp_uuid_blob('%s'))", f->ids[0], f->ids[2], f->ids[5]);
	exec(f->db, sql);
	struct due_report r;
	struct due_scope mine = {.professional_id = "01900000-0000-7000-8000-00000000a001"};
	assert_int_equal(due_collect_in(f->db, sched, d("2026-11-26"), &mine, DUE_OPEN, 0, &r, &e),
			 GP_OK);
	assert_int_equal(r.n, 2);
	assert_string_equal(r.children[0].child.id, f->ids[2]);
	assert_string_equal(r.children[1].child.id, f->ids[0]);
	due_report_free(&r);
	struct due_scope west = {.location = "CB West"};
	assert_int_equal(due_collect_in(f->db, sched, d("2026-11-26"), &west, DUE_OPEN, 0, &r, &e),
			 GP_OK);
	assert_int_equal(r.n, 0);
	due_report_free(&r);
	/* born 01-10-2026 is 1 month old; the band 0 up to 1 month holds only
	 * children 2 and 4 (6 and 1 days old) */
	struct due_scope babies = {.age_to_months = 1};
	assert_int_equal(due_collect_in(f->db, sched, d("2026-11-26"), &babies, DUE_OPEN, 0, &r,
					&e),
			 GP_OK);
	assert_int_equal(r.n, 2);
	due_report_free(&r);
	struct due_scope older = {.age_from_months = 1};
	assert_int_equal(due_collect_in(f->db, sched, d("2026-11-26"), &older, DUE_ALL, 0, &r, &e),
			 GP_OK);
	assert_int_equal(r.n, 2); /* 0 and 1; the 18-year-old is out */
	for (size_t i = 0; i < r.n; i++)
		assert_string_not_equal(r.children[i].child.id, f->ids[5]);
	due_report_free(&r);
}

/* due_each stops when the callback asks. */
static int stop_after_two(void *ctx, const struct child_summary *c,
			  const struct sched_due_list *l)
{
	(void)c;
	(void)l;
	return ++*(int *)ctx == 2;
}

static void callback_can_stop(void **state)
{
	struct fixture *f = *state;
	int calls = 0;
	assert_int_equal(due_each(f->db, sched, d("2026-11-26"), stop_after_two, &calls, NULL),
			 GP_OK);
	assert_int_equal(calls, 2);
}

/* ---- the merge against the per-child queries -------------------------------- */

struct compare {
	struct db *db;  /* the demo database */
	int children;   /* children compared */
	int entries;    /* entries compared */
	int open;       /* of which due or overdue */
};

static int compare_one(void *vctx, const struct child_summary *c, const struct sched_due_list *l)
{
	struct compare *x = vctx;
	struct child full;
	struct contact *k = NULL;
	struct vaccination *v = NULL;
	int nk = 0, nv = 0;
	assert_int_equal(child_get(x->db, c->id, &full, NULL), GP_OK);
	assert_int_equal(contact_list(x->db, c->id, &k, &nk, NULL), GP_OK);
	assert_int_equal(vaccination_list(x->db, c->id, &v, &nv, NULL), GP_OK);
	struct sched_contact *sk = calloc((size_t)nk + 1, sizeof *sk);
	struct sched_vaccination *sv = calloc((size_t)nv + 1, sizeof *sv);
	for (int i = 0; i < nk; i++)
		sk[i] = (struct sched_contact){k[i].date, k[i].schedule_moment[0] ?
						k[i].schedule_moment : NULL, k[i].status};
	for (int i = 0; i < nv; i++)
		sv[i] = (struct sched_vaccination){v[i].vaccine, v[i].dose_no, v[i].date,
						   v[i].given, v[i].reason_not_given[0] ?
						   v[i].reason_not_given : NULL};
	char variant[32] = "";
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT coalesce(rvp_variant, '') FROM children WHERE id = "
		 "gp_uuid_blob('%s')",
		 c->id);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(x->db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	snprintf(variant, sizeof variant, "%s", (const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	struct sched_child sc = {.birth = full.birth_date,
				 .sex = full.sex,
				 .gestational_days = full.gestational_age_days,
				 .in_care = full.registered_on,
				 .rvp_variant = variant[0] ? variant : NULL,
				 .contacts = sk,
				 .ncontacts = (size_t)nk,
				 .vaccinations = sv,
				 .nvaccinations = (size_t)nv};
	struct sched_due_list want;
	assert_int_equal(schedule_due(sched, &sc, d("2026-11-26"), &want, NULL), GP_OK);
	assert_int_equal(want.n, l->n);
	for (size_t i = 0; i < l->n; i++) {
		const struct sched_due *p = &want.items[i], *q = &l->items[i];
		assert_int_equal(p->state, q->state);
		assert_int_equal(p->days_overdue, q->days_overdue);
		assert_int_equal(date_cmp(p->earliest, q->earliest), 0);
		assert_int_equal(date_cmp(p->latest, q->latest), 0);
		assert_int_equal(date_cmp(p->done_on, q->done_on), 0);
		assert_string_equal(p->last_status, q->last_status);
		assert_string_equal(p->last_reason, q->last_reason);
		assert_int_equal(p->invalid_why, q->invalid_why);
		x->open += schedule_state_open(p->state);
	}
	x->entries += (int)l->n;
	x->children++;
	schedule_due_free(&want);
	free(sk);
	free(sv);
	free(k);
	free(v);
	return 0;
}

static void merge_equals_per_child_queries(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct db *db;
	char path[160];
	snprintf(path, sizeof path, "%s/demo.db", f->dir);
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {300, 11, datadir()};
	assert_int_equal(demo_fill(db, &opt, &e), GP_OK);
	struct compare x = {db, 0, 0, 0};
	assert_int_equal(due_each(db, sched, d("2026-11-26"), compare_one, &x, &e), GP_OK);
	assert_int_equal(x.children, 300);
	assert_true(x.entries > 300 * 20);
	assert_true(x.open > 0);
	db_close(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(hand_checked_work_list, setup, teardown),
		cmocka_unit_test_setup_teardown(limit_and_all_states, setup, teardown),
		cmocka_unit_test_setup_teardown(scope_narrows_the_list, setup, teardown),
		cmocka_unit_test_setup_teardown(callback_can_stop, setup, teardown),
		cmocka_unit_test_setup_teardown(merge_equals_per_child_queries, setup, teardown),
	};
	return cmocka_run_group_tests(tests, load_sched, free_sched);
}
