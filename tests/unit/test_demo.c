/* test_demo.c — what the demo generator (src/demo*.c) must hold beyond the
 * SQL checks of tests/cli/demo_invariants.sh: growth spread across the
 * distribution (BMI above +2 and below −2 SD, nothing implausible), and
 * vaccination histories true to each child's cohort: every dose recorded as
 * given counts for the child's own schedule (none too young, none too soon
 * after the previous one). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "db.h"
#include "demo.h"
#include "due.h"
#include "growth.h"

enum { CHILDREN = 800 };

static struct schedule *sched;
static struct db *db;
static char dir[64];

static const char *datadir(void)
{
	const char *d = getenv("GROEIPAD_DATADIR");
	return d && *d ? d : "data";
}

static int setup(void **state)
{
	(void)state;
	struct gp_err e = {0};
	char path[128];
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	if (schedule_load(datadir(), &sched, &e) != GP_OK) {
		fprintf(stderr, "schedule: %s\n", e.msg);
		return -1;
	}
	snprintf(dir, sizeof dir, "/tmp/gp-demo-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof path, "%s/demo.db", dir);
	if (db_open(&db, path, DB_CREATE, &e) != GP_OK)
		return -1;
	struct demo_options opt = {CHILDREN, 23, datadir()};
	if (demo_fill(db, &opt, &e) != GP_OK) {
		fprintf(stderr, "demo: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	char path[128];
	db_close(db);
	schedule_free(sched);
	snprintf(path, sizeof path, "%s/demo.db", dir);
	unlink(path);
	rmdir(dir);
	return 0;
}

struct tally {
	int children, doses, invalid;
	char first[1400]; /* the first dose that did not count */
};

static int check_child(void *vctx, const struct child_summary *c, const struct sched_due_list *l)
{
	struct tally *t = vctx;
	t->children++;
	for (size_t i = 0; i < l->n; i++) {
		const struct sched_due *x = &l->items[i];
		if (x->kind != SCHED_DOSE)
			continue;
		t->doses += x->state == SCHED_DONE;
		if (x->invalid_why != SCHED_VALID) {
			if (!t->invalid)
				snprintf(t->first, sizeof t->first, "%s born %04d-%02d-%02d: %s %d on %04d-%02d-%02d",
					 c->sort_name, c->birth_date.y, c->birth_date.m, c->birth_date.d,
					 x->dose->vaccine, x->dose->dose, x->invalid_on.y, x->invalid_on.m,
					 x->invalid_on.d);
			t->invalid++;
		}
	}
	return 0;
}

static void every_recorded_dose_counts(void **state)
{
	(void)state;
	struct gp_err e = {0};
	struct tally t = {0};
	struct gp_date today;
	assert_int_equal(date_parse_iso("2026-11-26", &today), 0);
	assert_int_equal(due_each(db, sched, today, check_child, &t, &e), GP_OK);
	assert_int_equal(t.children, CHILDREN);
	assert_true(t.doses > CHILDREN * 5);
	if (t.invalid)
		fail_msg("%d doses do not count, the first: %s", t.invalid, t.first);
}

static void growth_across_the_distribution(void **state)
{
	(void)state;
	struct gp_err e = {0};
	struct growth_ref *ref;
	assert_int_equal(growth_load(datadir(), &ref, &e), GP_OK);
	sqlite3_stmt *st = db_stmt(db,
		"SELECT c.sex, julianday(m.measured_on) - julianday(c.birth_date), m.weight_g, "
		"m.length_mm, m.length_method FROM measurements m JOIN children c ON c.seq = m.child_seq "
		"WHERE m.weight_g IS NOT NULL AND m.length_mm IS NOT NULL", &e);
	assert_non_null(st);
	int n = 0, high = 0, low = 0, wild = 0;
	double extreme = growth_limits(ref)->extreme_z;
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct growth_meas m = {0};
		m.sex = sqlite3_column_int(st, 0);
		m.age_days = sqlite3_column_int(st, 1);
		m.weight_kg = sqlite3_column_int(st, 2) / 1000.0;
		m.length_cm = sqlite3_column_int(st, 3) / 10.0;
		/* BDS 236: 2 staand (schema 018) */
		m.position = sqlite3_column_int(st, 4) == 2 ? GROWTH_STANDING : GROWTH_LYING;
		struct growth_z z = growth_zscore(ref, GROWTH_BFA, &m);
		if (z.status != GROWTH_Z_OK)
			continue;
		n++;
		high += z.z > 2;
		low += z.z < -2;
		wild += z.z > extreme || z.z < -extreme;
	}
	sqlite3_reset(st);
	growth_free(ref);
	printf("BMI z of %d measurements: %d above +2, %d below -2\n", n, high, low);
	assert_true(n > CHILDREN * 3);
	/* about 2.3% each side in a normal spread; a child keeps its own line */
	assert_true(high > n / 200 && high < n / 10);
	assert_true(low > n / 200 && low < n / 10);
	assert_int_equal(wild, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_recorded_dose_counts),
		cmocka_unit_test(growth_across_the_distribution),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
