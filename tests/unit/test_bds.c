/* test_bds.c — BDS JSON as JAMES/bdsreader reads it (src/bds.c) and the
 * import around it (src/import.c): the relation codes bdsreader takes for
 * mother and father, values in the form its schema wants, a record read
 * back to the same text, clear answers for broken records, and importing a
 * file then exporting it again giving the same elements and values. */
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

#include "account.h"
#include "bds.h"
#include "contact.h"
#include "db.h"
#include "import.h"

struct fixture {
	char dir[64];   /* a fresh temporary directory */
	struct db *a;   /* a database with one child */
	struct db *b;   /* an empty one */
	struct child c; /* the child in a */
};

static struct db *new_db(const char *dir, const char *name)
{
	char path[128];
	struct gp_err e = {0};
	struct db *db;
	struct account acc;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	assert_int_equal(account_create(db, "t", "Tester", "jeugdverpleegkundige",
					 "lang-genoeg-geheim", &acc, &e),
			 GP_OK);
	assert_int_equal(account_login(db, "t", "lang-genoeg-geheim", NULL, &e), GP_OK);
	return db;
}

static struct family_member parent(const char *rel, const char *given, const char *family,
				   const char *birth, int height)
{
	struct family_member m = {0};
	strcpy(m.relation, rel);
	strcpy(m.parent.given_names, given);
	strcpy(m.parent.family_name, family);
	assert_int_equal(date_parse_iso(birth, &m.parent.birth_date), 0);
	m.parent.height_mm = height;
	m.gezag = 1;
	m.lives_with = 1;
	return m;
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	strcpy(f->dir, "/tmp/gp-bds-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	f->a = new_db(f->dir, "a.db");
	f->b = new_db(f->dir, "b.db");
	struct child *c = &f->c;
	strcpy(c->given_names, "Zoë Anna");
	strcpy(c->call_name, "Zoë");
	strcpy(c->tussenvoegsel, "van der");
	strcpy(c->family_name, "Berg");
	strcpy(c->bsn, "999902192");
	strcpy(c->postcode, "3511 AB");
	c->sex = 2;
	c->gestational_age_days = 276;
	c->birth_weight_g = 3450;
	assert_int_equal(date_parse_iso("2025-02-01", &c->birth_date), 0);
	assert_int_equal(child_create(f->a, c, &e), GP_OK);
	/* groeipad's own codes: 01 biologische moeder, 02 biologische vader */
	struct family_member mum = parent("moeder", "Fatma", "Yılmaz", "1994-03-12", 1640);
	struct family_member dad = parent("vader", "Jan", "Berg", "1990-07-01", 1850);
	assert_int_equal(family_save_member(f->a, c->id, &mum, &e), GP_OK);
	assert_int_equal(family_save_member(f->a, c->id, &dad, &e), GP_OK);
	const char *dates[] = {"2025-02-20", "2025-03-30", "2025-06-01"};
	const int len[] = {530, 575, 0}, wt[] = {4100, 5300, 7200}, head[] = {372, 390, 0};
	for (int i = 0; i < 3; i++) {
		struct measurement m = {0};
		assert_int_equal(date_parse_iso(dates[i], &m.measured_on), 0);
		m.length_mm = len[i];
		m.weight_g = wt[i];
		m.head_mm = head[i];
		assert_int_equal(db_begin(f->a, &e), GP_OK);
		assert_int_equal(measurement_add(f->a, c->id, &m, &e), GP_OK);
		assert_int_equal(db_commit(f->a, &e), GP_OK);
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	db_close(f->a);
	db_close(f->b);
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

/* The child's BDS JSON text (one line). */
static char *text_of(struct db *db, const struct child *c, enum bds_format fmt, int identity)
{
	struct bds_record r;
	struct bds_text t = {0};
	struct gp_err e = {0};
	assert_int_equal(bds_record_load(db, c, &r, &e), GP_OK);
	assert_int_equal(bds_record_text(&r, fmt, identity, &t), 0);
	bds_record_free(&r);
	return t.s;
}

/* The value of clientDetails element n (NULL when absent). */
static json_t *detail(json_t *root, int n)
{
	size_t i;
	json_t *o;
	json_array_foreach(json_object_get(root, "clientDetails"), i, o)
		if (json_integer_value(json_object_get(o, "bdsNumber")) == n)
			return json_object_get(o, "value");
	return NULL;
}

static void relation_codes(void **state)
{
	(void)state;
	/* bdsreader: 01 father, 02 mother */
	assert_string_equal(bds_relation_out("moeder"), "02");
	assert_string_equal(bds_relation_out("vader"), "01");
	assert_string_equal(bds_relation_in("02"), "moeder");
	assert_string_equal(bds_relation_in("01"), "vader");
	assert_string_equal(bds_relation_out("pleegmoeder"), "98");
	assert_string_equal(bds_relation_in("07"), "anders");
	assert_null(bds_relation_in("99"));
	assert_null(bds_relation_out("01")); /* the old numbers are gone (migration 009) */
	assert_int_equal(bds_relation_biological("moeder"), 1);
	assert_int_equal(bds_relation_biological("vader"), 2);
	assert_string_equal(bds_relation_of_biological(1), "moeder");

	/* the table follows the bds column of data/codes/relatie.tsv: every
	 * relation there is written, with its own code where it has one */
	const char *dir = getenv("GROEIPAD_DATADIR");
	char path[512], line[512];
	snprintf(path, sizeof path, "%s/codes/relatie.tsv", dir && *dir ? dir : "data");
	FILE *fp = fopen(path, "r");
	assert_non_null(fp);
	int rows = 0;
	while (fgets(line, sizeof line, fp)) {
		char code[64], nl[128], en[128], bds[16];
		if (line[0] == '#' || strncmp(line, "code\t", 5) == 0)
			continue;
		assert_int_equal(sscanf(line, "%63[^\t]\t%127[^\t]\t%127[^\t]\t%15[^\t\n]", code, nl,
					en, bds), 4);
		assert_non_null(bds_relation_out(code));
		assert_string_equal(bds_relation_out(code), strcmp(bds, "-") ? bds : "98");
		rows++;
	}
	fclose(fp);
	assert_true(rows >= 12);
}

/* The elements and their form, as the schema and bdsreader want them. */
static void elements_as_bdsreader_reads_them(void **state)
{
	struct fixture *f = *state;
	char *text = text_of(f->a, &f->c, BDS_V30, 0);
	json_t *root = json_loads(text, 0, NULL);
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(root, "Format")), "3.0");
	assert_string_equal(json_string_value(detail(root, 19)), "2");
	assert_string_equal(json_string_value(detail(root, 20)), "20250201");
	assert_string_equal(json_string_value(detail(root, 16)), "3511");
	assert_int_equal(json_integer_value(detail(root, 82)), 276);
	assert_int_equal(json_integer_value(detail(root, 110)), 3450);
	assert_int_equal(json_integer_value(detail(root, 238)), 1640); /* the mother */
	assert_int_equal(json_integer_value(detail(root, 240)), 1850); /* the father */
	assert_null(detail(root, 2)); /* no names without identity */
	assert_null(detail(root, 7));
	/* the mother's group is "02" with her birth date */
	json_t *g, *nested = json_object_get(root, "nestedDetails");
	size_t i;
	int mothers = 0;
	json_array_foreach(nested, i, g) {
		assert_int_equal(json_integer_value(json_object_get(g, "nestingBdsNumber")), 62);
		json_t *first = json_array_get(json_object_get(g, "clientDetails"), 0);
		assert_int_equal(json_integer_value(json_object_get(first, "bdsNumber")), 63);
		if (strcmp(json_string_value(json_object_get(g, "nestingCode")), "02") == 0) {
			mothers++;
			assert_string_equal(json_string_value(json_object_get(first, "value")),
					    "19940312");
		}
	}
	assert_int_equal(mothers, 1);
	/* length: two values (the third visit had none), oldest first */
	json_t *m = json_array_get(json_object_get(root, "clientMeasurements"), 0);
	assert_int_equal(json_integer_value(json_object_get(m, "bdsNumber")), 235);
	json_t *values = json_object_get(m, "values");
	assert_int_equal(json_array_size(values), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(values, 0), "date")),
			    "20250220");
	assert_int_equal(json_integer_value(json_object_get(json_array_get(values, 1), "value")),
			 575);
	json_decref(root);
	free(text);
	/* 3.1 and identity */
	text = text_of(f->a, &f->c, BDS_V31, 1);
	root = json_loads(text, 0, NULL);
	assert_string_equal(json_string_value(json_object_get(root, "Format")), "3.1");
	assert_string_equal(json_string_value(detail(root, 7)), "999902192");
	assert_string_equal(json_string_value(detail(root, 6)), "Zoë Anna");
	assert_string_equal(json_string_value(detail(root, 1)), "van der");
	json_decref(root);
	free(text);
}

/* A record read back is the same record. */
static void parse_gives_the_same(void **state)
{
	struct fixture *f = *state;
	char *text = text_of(f->a, &f->c, BDS_V30, 1);
	json_t *root = json_loads(text, 0, NULL);
	struct bds_record r;
	struct bds_text t = {0};
	struct gp_err e = {0};
	assert_int_equal(bds_record_parse(root, &r, &e), GP_OK);
	assert_int_equal(r.nparents, 2);
	assert_int_equal(r.height_mother_mm, 1640);
	assert_string_equal(r.pc4, "3511");
	assert_int_equal(bds_record_text(&r, BDS_V30, 1, &t), 0);
	assert_string_equal(t.s, text);
	bds_record_free(&r);
	bds_text_free(&t);
	json_decref(root);
	free(text);
}

/* Broken records are refused with the element and the reason. */
static void broken_records(void **state)
{
	(void)state;
	static const struct {
		const char *json;
		const char *why;
	} cases[] = {
		{"{\"clientDetails\": []}", "'Format' ontbreekt"},
		{"{\"Format\": \"2.0\", \"clientDetails\": []}", "Format '2.0'"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": \"1\"}]}",
		 "BDS 20 (geboortedatum) ontbreekt"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": \"1\"}, "
		 "{\"bdsNumber\": 20, \"value\": \"2025-02-01\"}]}", "BDS 20: '2025-02-01' is geen datum"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": 1}, "
		 "{\"bdsNumber\": 20, \"value\": \"20250201\"}]}", "BDS 19: de waarde moet tekst"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": \"1\"}, "
		 "{\"bdsNumber\": 20, \"value\": \"20250231\"}]}", "'20250231' is geen datum"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": \"1\"}, "
		 "{\"bdsNumber\": 20, \"value\": \"20250201\"}, {\"bdsNumber\": 82, \"value\": 9}]}",
		 "BDS 82: 9 ligt buiten 140–315"},
		{"{\"Format\": \"3.0\", \"clientDetails\": [{\"bdsNumber\": 19, \"value\": \"1\"}, "
		 "{\"bdsNumber\": 20, \"value\": \"20250201\"}], \"nestedDetails\": "
		 "[{\"nestingBdsNumber\": 62, \"nestingCode\": \"77\"}]}", "'77' is geen bekende relatie"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		json_t *root = json_loads(cases[i].json, 0, NULL);
		struct bds_record r;
		struct gp_err e = {0};
		assert_non_null(root);
		assert_int_equal(bds_record_parse(root, &r, &e), GP_EINPUT);
		if (!strstr(e.msg, cases[i].why))
			fail_msg("case %zu: '%s' does not say '%s'", i, e.msg, cases[i].why);
		json_decref(root);
	}
}

/* Import into an empty database, export again: the same text, reference
 * aside (the new dossier has its own id).  Importing it once more changes
 * nothing. */
static void import_export_round_trip(void **state)
{
	struct fixture *f = *state;
	char *text = text_of(f->a, &f->c, BDS_V30, 1);
	char path[128];
	snprintf(path, sizeof path, "%s/zoe.json", f->dir);
	FILE *fp = fopen(path, "w");
	fputs(text, fp);
	fclose(fp);
	const char *paths[] = {path};
	struct import_options opt = {.today = {2026, 11, 26}};
	struct import_summary sum;
	struct gp_err e = {0};
	assert_int_equal(import_files(f->b, paths, 1, &opt, &sum, &e), GP_OK);
	assert_int_equal(sum.created, 1);
	assert_true(sum.stored);
	struct child c;
	assert_int_equal(child_find_ref(f->b, "999902192", &c, &e), GP_OK);
	char *again = text_of(f->b, &c, BDS_V30, 1);
	/* the texts agree after their "reference" */
	const char *ra = strstr(text, "\"clientDetails\""), *rb = strstr(again, "\"clientDetails\"");
	assert_non_null(ra);
	assert_non_null(rb);
	assert_string_equal(ra, rb);
	assert_int_equal(import_files(f->b, paths, 1, &opt, &sum, &e), GP_OK);
	assert_int_equal(sum.created, 0);
	assert_int_equal(sum.changed, 0);
	assert_int_equal(sum.unchanged, 1);
	free(again);
	free(text);
}

int main(void)
{
	/* the import reads the code lists; tests run from the source tree */
	setenv("GROEIPAD_DATADIR", "data", 0);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(relation_codes),
		cmocka_unit_test_setup_teardown(elements_as_bdsreader_reads_them, setup, teardown),
		cmocka_unit_test_setup_teardown(parse_gives_the_same, setup, teardown),
		cmocka_unit_test(broken_records),
		cmocka_unit_test_setup_teardown(import_export_round_trip, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
