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
	char ids[5][DB_ID_LEN]; /* the children, see setup() */
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

/* The children, "today" 26-11-2026:
 *  0 Achteraf, born 01-10-2026, nothing recorded: hielprik and gehoor (latest
 *    08-10) 49 days overdue, hb2w (22-10) 35, m4w (11-11) 15; m8w and
 *    DKTP-Hib-HepB 1 (aangepast, 6 weeks) due until 09-12.
 *  1 Bijgewerkt, born 01-10-2026, hielprik..m4w realised, DKTP-Hib-HepB 1
 *    given 20-11: only m8w due, until 09-12.
 *  2 Nieuw, born 20-11-2026: hielprik and gehoor due until 27-11.
 *  3 Verhuisd, as 0 but moved away: not listed.
 *  4 Pasgeboren, born 25-11-2026: nothing due yet (hielprik opens 29-11). */
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
	assert_int_equal(r.scanned, 4); /* the child that moved is not looked at */
	assert_int_equal(r.matched, 3);
	assert_int_equal(r.n, 3);
	/* Nobody is overdue: child 0 let hielprik, gehoor, hb2w and m4w pass,
	 * but m8w has opened, so those are missed, not on the work list.  So the
	 * window that closes first decides, then the client number. */
	assert_string_equal(r.children[0].child.id, f->ids[2]);
	assert_string_equal(r.children[1].child.id, f->ids[0]);
	assert_string_equal(r.children[2].child.id, f->ids[1]);

	const struct due_child *a = &r.children[1];
	assert_int_equal(a->max_overdue, 0);
	assert_int_equal(a->noverdue, 0);
	assert_int_equal(a->ndue, 2);
	assert_int_equal(date_cmp(a->first_close, d("2026-12-09")), 0);
	static const char *const want[] = {"m8w", "DKTP-Hib-HepB/1"};
	assert_int_equal(a->list.n, 2);
	for (size_t i = 0; i < 2; i++) {
		assert_string_equal(code_of(&a->list.items[i]), want[i]);
		assert_int_equal(a->list.items[i].state, SCHED_DUE);
	}
	assert_int_equal(date_cmp(a->list.items[1].earliest, d("2026-11-12")), 0);

	const struct due_child *b = &r.children[2];
	assert_int_equal(b->list.n, 1);
	assert_string_equal(code_of(&b->list.items[0]), "m8w");
	assert_int_equal(b->max_overdue, 0);

	const struct due_child *c = &r.children[0];
	assert_int_equal(c->list.n, 2);
	assert_int_equal(date_cmp(c->first_close, d("2026-11-27")), 0);
	assert_string_equal(c->child.display_name, "Kind Nieuw");
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
	assert_int_equal(r.matched, 3);
	assert_string_equal(r.children[0].child.id, f->ids[2]);
	due_report_free(&r);

	/* every state: the newborn too, with every entry; the done ones of child 1 */
	assert_int_equal(due_collect(f->db, sched, d("2026-11-26"), DUE_ALL, 0, &r, &e), GP_OK);
	assert_int_equal(r.n, 4);
	assert_string_equal(r.children[3].child.id, f->ids[4]);
	/* child 0's first moments: missed, and 49 days past their window */
	const struct due_child *first = &r.children[1];
	assert_string_equal(first->child.id, f->ids[0]);
	for (size_t i = 0; i < first->list.n; i++)
		if (strcmp(code_of(&first->list.items[i]), "hielprik") == 0)
			assert_int_equal(first->list.items[i].state, SCHED_MISSED);
	assert_int_equal(r.children[3].ndue + r.children[3].noverdue, 0);
	size_t done = 0;
	for (size_t i = 0; i < r.children[2].list.n; i++)
		done += r.children[2].list.items[i].state == SCHED_DONE;
	assert_int_equal(done, 5); /* four moments and one dose */
	due_report_free(&r);

	/* a day later the newborn's hielprik is still not open; on 29-11 it is */
	assert_int_equal(due_collect(f->db, sched, d("2026-11-29"), DUE_OPEN, 0, &r, &e), GP_OK);
	int seen = 0;
	for (size_t i = 0; i < r.n; i++)
		seen |= strcmp(r.children[i].child.id, f->ids[4]) == 0;
	assert_true(seen);
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
	struct sched_child sc = {full.birth_date, full.gestational_age_days, full.registered_on,
				 variant[0] ? variant : NULL, sk, (size_t)nk, sv, (size_t)nv};
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
		x->open += p->state == SCHED_DUE || p->state == SCHED_OVERDUE;
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
		cmocka_unit_test_setup_teardown(callback_can_stop, setup, teardown),
		cmocka_unit_test_setup_teardown(merge_equals_per_child_queries, setup, teardown),
	};
	return cmocka_run_group_tests(tests, load_sched, free_sched);
}
