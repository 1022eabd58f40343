/* test_export.c — the JSON export of a child (src/export_json.c): every
 * z-score in it recomputed here, independently of src/growth.c, with the LMS
 * formula straight from the WHO tables in data/who (within 0.01); null where
 * no z-score can be computed; records as many and in the order the database
 * holds them. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include <jansson.h>

#include "child.h"
#include "db.h"
#include "demo.h"
#include "export_json.h"

/* ---- an independent reading of the WHO tables ------------------------------- */

enum { MAX_ROWS = 8000 };

/* One LMS table as read from data/who: x is the age (days or months) or the
 * length in cm. */
struct lms_table {
	int n;               /* rows */
	int sex[MAX_ROWS];   /* 1 boy, 2 girl */
	double x[MAX_ROWS];  /* age or length */
	double l[MAX_ROWS], m[MAX_ROWS], s[MAX_ROWS]; /* the LMS parameters */
};

static const char *datadir(void)
{
	const char *d = getenv("GROEIPAD_DATADIR");
	return d && *d ? d : "data";
}

static struct lms_table *read_table(const char *name)
{
	char path[512], line[256];
	snprintf(path, sizeof path, "%s/who/%s", datadir(), name);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	struct lms_table *t = calloc(1, sizeof *t);
	assert_true(fgets(line, sizeof line, f) != NULL); /* header */
	while (fgets(line, sizeof line, f) && t->n < MAX_ROWS) {
		int i = t->n;
		char *p = line, *end;
		t->sex[i] = (int)strtol(p, &end, 10);
		double *cols[] = {&t->x[i], &t->l[i], &t->m[i], &t->s[i]};
		int ok = end != p;
		for (int k = 0; ok && k < 4; k++) {
			p = end;
			*cols[k] = strtod(p, &end);
			ok = end != p;
		}
		t->n += ok;
	}
	fclose(f);
	return t;
}

/* L, M, S at x, interpolated linearly between the rows around it; 0 when x
 * lies outside the table. */
static int lms_at(const struct lms_table *t, int sex, double x, double *l, double *m, double *s)
{
	for (int i = 0; i + 1 < t->n; i++) {
		if (t->sex[i] != sex || t->sex[i + 1] != sex)
			continue;
		if (fabs(t->x[i] - x) < 1e-9) {
			*l = t->l[i], *m = t->m[i], *s = t->s[i];
			return 1;
		}
		if (t->x[i] < x && x < t->x[i + 1]) {
			double f = (x - t->x[i]) / (t->x[i + 1] - t->x[i]);
			*l = t->l[i] + f * (t->l[i + 1] - t->l[i]);
			*m = t->m[i] + f * (t->m[i + 1] - t->m[i]);
			*s = t->s[i] + f * (t->s[i + 1] - t->s[i]);
			return 1;
		}
	}
	for (int i = 0; i < t->n; i++) /* the last row of a sex */
		if (t->sex[i] == sex && fabs(t->x[i] - x) < 1e-9 &&
		    (i + 1 == t->n || t->sex[i + 1] != sex)) {
			*l = t->l[i], *m = t->m[i], *s = t->s[i];
			return 1;
		}
	return 0;
}

/* z = ((y/M)^L - 1) / (L S); with `restricted`, the WHO rule beyond ±3 SD. */
static double lms_z(double y, double l, double m, double s, int restricted)
{
	double z = fabs(l) < 1e-12 ? log(y / m) / s : (pow(y / m, l) - 1) / (l * s);
	if (!restricted || fabs(z) <= 3)
		return z;
	double sd3 = m * pow(1 + l * s * 3 * (z > 0 ? 1 : -1), 1 / l);
	double sd2 = m * pow(1 + l * s * 2 * (z > 0 ? 1 : -1), 1 / l);
	return z > 0 ? 3 + (y - sd3) / (sd3 - sd2) : -3 + (y - sd3) / (sd2 - sd3);
}

static struct lms_table *wei, *len, *hc, *bmi, *wfl, *wfh, *wfa07, *hfa07, *bfa07;

/* The z of y on the age tables: the 2006 day table up to 1826 days, then the
 * 2007 month table (days / 30.4375) up to `max_months`.  NAN outside. */
static double by_age(const struct lms_table *days, const struct lms_table *months,
		     double max_months, int sex, int age, double y, int restricted)
{
	double l, m, s;
	if (age <= 1826) {
		if (!lms_at(days, sex, age, &l, &m, &s))
			return NAN;
	} else {
		double mo = age / 30.4375;
		if (!months || mo > max_months || !lms_at(months, sex, mo, &l, &m, &s))
			return NAN;
	}
	return lms_z(y, l, m, s, restricted);
}

/* ---- the test --------------------------------------------------------------- */

static struct growth_ref *growth;
static struct refdata *codes;

static int load(void **state)
{
	(void)state;
	struct gp_err e = {0};
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	if (growth_load(datadir(), &growth, &e) != GP_OK ||
	    refdata_load(datadir(), "nl", &codes, &e) != GP_OK) {
		fprintf(stderr, "reference data: %s\n", e.msg);
		return -1;
	}
	wei = read_table("weianthro.txt");
	len = read_table("lenanthro.txt");
	hc = read_table("hcanthro.txt");
	bmi = read_table("bmianthro.txt");
	wfl = read_table("wflanthro.txt");
	wfh = read_table("wfhanthro.txt");
	wfa07 = read_table("wfawho2007.txt");
	hfa07 = read_table("hfawho2007.txt");
	bfa07 = read_table("bfawho2007.txt");
	return 0;
}

static int unload(void **state)
{
	(void)state;
	growth_free(growth);
	refdata_free(codes);
	free(wei);
	free(len);
	free(hc);
	free(bmi);
	free(wfl);
	free(wfh);
	free(wfa07);
	free(hfa07);
	free(bfa07);
	return 0;
}

/* Compares one exported z with the recomputed one: both null/NAN, or
 * within 0.01. */
static void same_z(json_t *z, const char *key, double want, int *checked)
{
	json_t *got = json_object_get(z, key);
	assert_non_null(got);
	if (isnan(want)) {
		if (!json_is_null(got))
			fail_msg("%s: exported %g, expected null", key, json_real_value(got));
		return;
	}
	if (!json_is_number(got))
		fail_msg("%s: exported null, expected %.4f", key, want);
	double v = json_number_value(got);
	if (fabs(v - want) > 0.01)
		fail_msg("%s: exported %.2f, recomputed %.4f", key, v, want);
	(*checked)++;
}

static double num(json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	return json_is_number(v) ? json_number_value(v) : 0;
}

/* Recomputes every z-score of one exported measurement. */
static void check_measurement(json_t *m, int sex, struct gp_date birth, int *checked)
{
	struct gp_date on;
	assert_int_equal(date_parse_iso(json_string_value(json_object_get(m, "date")), &on), 0);
	int age = (int)(date_to_days(on) - date_to_days(birth));
	assert_int_equal(num(m, "age_days"), age);
	double w = num(m, "weight_g") / 1000.0, l = num(m, "length_mm") / 10.0,
	       h = num(m, "head_mm") / 10.0;
	const char *method = json_string_value(json_object_get(m, "length_method"));
	int standing = method && strcmp(method, "staand") == 0;
	int lying = method && strcmp(method, "liggend") == 0;
	double lc = l;
	if (l > 0 && age < 731 && standing && age / 30.4375 >= 9)
		lc = l + 0.7;
	else if (l > 0 && age >= 731 && lying)
		lc = l - 0.7;
	double z_wfa = w > 0 ? by_age(wei, wfa07, 120, sex, age, w, 1) : NAN;
	double z_lfa = l > 0 ? by_age(len, hfa07, 228, sex, age, lc, 0) : NAN;
	double z_hc = h > 0 ? by_age(hc, NULL, 0, sex, age, h, 0) : NAN;
	double b = w > 0 && l > 0 ? w / (lc / 100 * lc / 100) : 0;
	double z_bfa = b > 0 ? by_age(bmi, bfa07, 228, sex, age, b, 1) : NAN;
	double z_wfl = NAN, z_wfh = NAN;
	if (w > 0 && l > 0 && age / 30.4375 < 60) {
		double x = floor(lc * 10 + 1e-9) / 10; /* the row at or below */
		const struct lms_table *t = age < 731 ? wfl : wfh;
		double lo_l, lo_m, lo_s, hi_l, hi_m, hi_s;
		if (lms_at(t, sex, x, &lo_l, &lo_m, &lo_s) &&
		    (fabs(lc - x) < 1e-9 ? (hi_l = lo_l, hi_m = lo_m, hi_s = lo_s, 1)
					 : lms_at(t, sex, x + 0.1, &hi_l, &hi_m, &hi_s))) {
			double f = (lc - x) / 0.1;
			double ll = lo_l + f * (hi_l - lo_l);
			double mm = lo_m + f * (hi_m - lo_m);
			double ss = lo_s + f * (hi_s - lo_s);
			*(age < 731 ? &z_wfl : &z_wfh) = lms_z(w, ll, mm, ss, 1);
		}
	}
	json_t *z = json_object_get(m, "z");
	same_z(z, "wfa", z_wfa, checked);
	same_z(z, "lfa", z_lfa, checked);
	same_z(z, "hcfa", z_hc, checked);
	same_z(z, "bfa", z_bfa, checked);
	same_z(z, "wfl", z_wfl, checked);
	same_z(z, "wfh", z_wfh, checked);
}

static long long count(struct db *db, const char *table, const char *child_id)
{
	char sql[240];
	sqlite3_stmt *st;
	snprintf(sql, sizeof sql, "SELECT count(*) FROM %s WHERE child_seq = (SELECT seq FROM "
		 "children WHERE id = gp_uuid_blob('%s'))", table, child_id);
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long long n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

/* The records of one child: as many as the database has, oldest first. */
static void check_records(struct db *db, const struct child *c, json_t *root)
{
	static const char *const parts[][2] = {{"contacts", "contacts"},
					       {"measurements", "measurements"},
					       {"vaccinations", "vaccinations"},
					       {"parents", "child_parents"}};
	for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
		json_t *a = json_object_get(root, parts[p][0]);
		assert_true(json_is_array(a));
		assert_int_equal(json_array_size(a), count(db, parts[p][1], c->id));
		const char *prev = "";
		for (size_t i = 0; p < 3 && i < json_array_size(a); i++) {
			const char *date = json_string_value(
				json_object_get(json_array_get(a, i), "date"));
			assert_non_null(date);
			assert_true(strcmp(prev, date) <= 0);
			prev = date;
		}
	}
	json_t *child = json_object_get(root, "child");
	assert_int_equal(json_integer_value(json_object_get(child, "client_no")), c->client_no);
	assert_string_equal(json_string_value(json_object_get(root, "exported_on")), "2026-11-26");
}

static void zscores_match_the_who_tables(void **state)
{
	(void)state;
	char dir[] = "/tmp/gp-export-XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/demo.db", dir);
	struct gp_err e = {0};
	struct db *db;
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {120, 5, datadir()};
	assert_int_equal(demo_fill(db, &opt, &e), GP_OK);
	struct export_refs refs = {growth, codes};
	int checked = 0, nulls = 0;
	for (long long no = 100001; no <= 100120; no++) {
		struct child c;
		char ref[24], *text = NULL;
		snprintf(ref, sizeof ref, "%lld", no);
		assert_int_equal(child_find_ref(db, ref, &c, &e), GP_OK);
		assert_int_equal(export_child_json(db, &refs, &c, date_today(), &text, &e), GP_OK);
		json_error_t err;
		json_t *root = json_loads(text, 0, &err);
		if (!root)
			fail_msg("child %lld: not JSON: %s (line %d)", no, err.text, err.line);
		check_records(db, &c, root);
		json_t *ms = json_object_get(root, "measurements");
		for (size_t i = 0; i < json_array_size(ms); i++) {
			json_t *m = json_array_get(ms, i);
			check_measurement(m, c.sex, c.birth_date, &checked);
			const char *keys[] = {"wfa", "lfa", "hcfa", "bfa", "wfl", "wfh"};
			for (size_t k = 0; k < 6; k++)
				nulls += json_is_null(json_object_get(json_object_get(m, "z"),
								      keys[k]));
		}
		json_decref(root);
		free(text);
	}
	assert_true(checked > 1000); /* the demo measures most children many times */
	assert_true(nulls > 0);      /* head after 5 years, WFL or WFH: null */
	db_close(db);
	char cmd[96];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Sex unknown: a measurement without any z-score, and the reason. */
static void no_sex_no_zscores(void **state)
{
	(void)state;
	char dir[] = "/tmp/gp-export-XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/t.db", dir);
	struct gp_err e = {0};
	struct db *db;
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct child c;
	memset(&c, 0, sizeof c);
	strcpy(c.given_names, "Sam");
	strcpy(c.family_name, "Onbekend");
	c.sex = 0;
	assert_int_equal(date_parse_iso("2026-05-01", &c.birth_date), 0);
	assert_int_equal(child_create(db, &c, &e), GP_OK);
	char sql[400];
	snprintf(sql, sizeof sql, "INSERT INTO measurements(id, child_seq, measured_on, length_mm, "
		 "weight_g, head_mm, created_at, updated_at) VALUES (randomblob(16), (SELECT seq "
		 "FROM children WHERE id = gp_uuid_blob('%s')), '2026-06-01', 540, 4800, 380, 0, 0)",
		 c.id);
	assert_int_equal(db_exec(db, sql, &e), GP_OK);
	struct export_refs refs = {growth, codes};
	char *text = NULL;
	assert_int_equal(child_get(db, c.id, &c, &e), GP_OK);
	assert_int_equal(export_child_json(db, &refs, &c, date_today(), &text, &e), GP_OK);
	json_t *root = json_loads(text, 0, NULL);
	assert_non_null(root);
	json_t *m = json_array_get(json_object_get(root, "measurements"), 0);
	assert_true(json_is_null(json_object_get(json_object_get(m, "z"), "wfa")));
	assert_non_null(strstr(json_string_value(json_object_get(m, "z_remark")), "geslacht"));
	assert_true(json_is_null(json_object_get(json_object_get(root, "child"), "bsn")));
	assert_int_equal(json_array_size(json_object_get(root, "contacts")), 0);
	/* text ends in one newline; two-space indent */
	assert_int_equal(text[strlen(text) - 1], '\n');
	assert_non_null(strstr(text, "\n  \"child\": {\n    \"id\": "));
	json_decref(root);
	free(text);
	db_close(db);
	snprintf(sql, sizeof sql, "rm -rf '%s'", dir);
	assert_int_equal(system(sql), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(zscores_match_the_who_tables),
		cmocka_unit_test(no_sex_no_zscores),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
