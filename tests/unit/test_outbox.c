/* test_outbox.c — the local capture of changes for the hub (migration 012,
 * src/outbox.c): a saved child is listed once, with the version it had
 * before its first unsent change, in the transaction of the save (a refused
 * save lists nothing); its body travels with global ids and without this
 * file's row numbers and search keys; every column of children is either
 * sent or named as local; confirming clears what the hub has and keeps
 * what was saved since; bulk jobs and the exchange's own writes capture
 * nothing; the words schema 018 stores as numbers travel as words. */
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
#include "child.h"
#include "db.h"
#include "org.h"
#include "outbox.h"

struct fixture {
	char dir[64];
	char path[128];
	struct db *db;
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/gp-outbox-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
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

static struct child make(const char *given, const char *family)
{
	struct child c = {0};
	strcpy(c.given_names, given);
	strcpy(c.family_name, family);
	assert_int_equal(date_parse_iso("2025-04-01", &c.birth_date), 0);
	c.sex = 1;
	return c;
}

/* The pending entries; asserts there are `want`. */
static struct outbox_entry *pending(struct db *db, int want)
{
	struct gp_err e = {0};
	struct outbox_entry *en = NULL;
	int n = -1;
	assert_int_equal(outbox_pending(db, &en, &n, &e), GP_OK);
	assert_int_equal(n, want);
	return en;
}

static void created_child_is_listed_once(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Sem", "Jansen");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 1);
	assert_string_equal(en[0].tbl, "children");
	assert_string_equal(en[0].id, c.id);
	assert_string_equal(en[0].child_id, c.id);
	assert_int_equal(en[0].version, 1);
	assert_int_equal(en[0].base_version, 0); /* new here */
	free(en);
	/* saved twice more before an exchange: still one entry, still new */
	strcpy(c.city, "Utrecht");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	strcpy(c.city, "Zeist");
	assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	en = pending(f->db, 1);
	assert_int_equal(en[0].version, 3);
	assert_int_equal(en[0].base_version, 0);
	free(en);
}

static void refused_save_lists_nothing(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Noor", "Bakker");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 1);
	assert_int_equal(outbox_confirm(f->db, en, 1, &e), GP_OK);
	free(en);
	free(pending(f->db, 0));
	/* someone else saved first: this save is refused, and with it its note */
	struct child mine, theirs;
	assert_int_equal(child_get(f->db, c.id, &mine, &e), GP_OK);
	assert_int_equal(child_get(f->db, c.id, &theirs, &e), GP_OK);
	strcpy(theirs.city, "Houten");
	assert_int_equal(child_update(f->db, &theirs, &e), GP_OK);
	en = pending(f->db, 1);
	assert_int_equal(en[0].base_version, 1); /* the version the hub has */
	assert_int_equal(en[0].version, 2);
	assert_int_equal(outbox_confirm(f->db, en, 1, &e), GP_OK);
	free(en);
	strcpy(mine.city, "Bunnik");
	assert_int_equal(child_update(f->db, &mine, &e), GP_ESTALE);
	free(pending(f->db, 0));
	/* an invalid save neither */
	strcpy(theirs.postcode, "0123 AB");
	theirs.version = 2;
	assert_int_equal(child_update(f->db, &theirs, &e), GP_EINPUT);
	free(pending(f->db, 0));
}

static void body_travels_with_global_ids(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct account a;
	assert_int_equal(account_create(f->db, "anna", "Anna de Vries", "jeugdverpleegkundige",
					"geheimwoord1", &a, &e), GP_OK);
	strcpy(f->db->actor_id, a.id);
	strcpy(f->db->actor_name, "anna");
	struct org o = {0};
	strcpy(o.kind, "huisarts");
	strcpy(o.name, "Huisartsenpraktijk De Linde");
	o.contracted = 1;
	o.active = 1;
	assert_int_equal(org_create(f->db, &o, &e), GP_OK);
	struct child c = make("Zoë", "Berg");
	strcpy(c.tussenvoegsel, "van der");
	strcpy(c.gp_org_id, o.id);
	strcpy(c.location, "Consultatiebureau Zeist");
	strcpy(c.professional_id, a.id);
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 3); /* the account, the huisarts, the child */
	assert_string_equal(en[0].tbl, "accounts");
	assert_string_equal(en[1].tbl, "organisations");
	assert_string_equal(en[2].tbl, "children");
	assert_string_equal(en[2].child_id, c.id);
	assert_string_equal(en[1].child_id, "");
	char *text = NULL;
	assert_int_equal(outbox_body(f->db, &en[2], &text, &e), GP_OK);
	json_error_t je;
	json_t *body = json_loads(text, 0, &je);
	assert_non_null(body);
	assert_string_equal(json_string_value(json_object_get(body, "id")), c.id);
	assert_string_equal(json_string_value(json_object_get(body, "given_names")), "Zoë");
	assert_string_equal(json_string_value(json_object_get(body, "tussenvoegsel")), "van der");
	assert_string_equal(json_string_value(json_object_get(body, "birth_date")), "2025-04-01");
	assert_string_equal(json_string_value(json_object_get(body, "gp_org_id")), o.id);
	assert_true(json_is_null(json_object_get(body, "school_org_id")));
	assert_string_equal(json_string_value(json_object_get(body, "created_by")), a.id);
	assert_string_equal(json_string_value(json_object_get(body, "professional_id")), a.id);
	assert_string_equal(json_string_value(json_object_get(body, "location")),
			    "Consultatiebureau Zeist");
	assert_int_equal(json_integer_value(json_object_get(body, "version")), 1);
	assert_int_equal(json_integer_value(json_object_get(body, "client_no")), c.client_no);
	assert_true(json_is_integer(json_object_get(body, "created_at")));
	/* nothing of this file's own numbering or search keys */
	assert_null(json_object_get(body, "seq"));
	assert_null(json_object_get(body, "gp_org_seq"));
	assert_null(json_object_get(body, "sort_no"));
	assert_null(json_object_get(body, "sort_key"));
	assert_null(json_object_get(body, "search_names"));

	/* Every column of children is sent or named as local: a migration that
	 * adds a column fails here until someone decides whether it travels. */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db->h, "SELECT name FROM pragma_table_info('children')",
					    -1, &st, NULL), SQLITE_OK);
	const char *const *local = outbox_local_columns("children");
	assert_non_null(local);
	int columns = 0, sent = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		char name[64];
		snprintf(name, sizeof name, "%s", (const char *)sqlite3_column_text(st, 0));
		columns++;
		int is_local = 0;
		for (const char *const *l = local; *l; l++)
			is_local |= strcmp(*l, name) == 0;
		if (is_local)
			continue;
		size_t len = strlen(name);
		if (len > 4 && strcmp(name + len - 4, "_seq") == 0)
			strcpy(name + len - 4, "_id");
		if (!json_object_get(body, name))
			fail_msg("children.%s is neither sent nor named as local", name);
		sent++;
	}
	sqlite3_finalize(st);
	assert_int_equal((size_t)sent, json_object_size(body));
	assert_true(columns > sent);
	assert_null(outbox_local_columns("audit_log")); /* not exchanged */
	json_decref(body);
	free(text);
	free(en);
}

static void confirm_keeps_what_was_saved_since(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child a = make("Liam", "Smit"), b = make("Mila", "Visser");
	assert_int_equal(child_create(f->db, &a, &e), GP_OK);
	assert_int_equal(child_create(f->db, &b, &e), GP_OK);
	struct outbox_entry *sent = pending(f->db, 2); /* what a push would send */
	assert_string_equal(sent[0].id, a.id);      /* in the order of capture */
	/* b is saved again while the push is under way */
	strcpy(b.city, "Amersfoort");
	assert_int_equal(child_update(f->db, &b, &e), GP_OK);
	assert_int_equal(outbox_confirm(f->db, sent, 2, &e), GP_OK);
	free(sent);
	struct outbox_entry *left = pending(f->db, 1);
	assert_string_equal(left[0].id, b.id);
	assert_int_equal(left[0].base_version, 1); /* the version the hub accepted */
	assert_int_equal(left[0].version, 2);
	/* confirming the same again (a repeated exchange) changes nothing wrong */
	assert_int_equal(outbox_confirm(f->db, left, 1, &e), GP_OK);
	assert_int_equal(outbox_confirm(f->db, left, 1, &e), GP_OK);
	free(left);
	free(pending(f->db, 0));
}

static void bulk_and_applying_capture_nothing(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	/* the exchange applying the hub's changes, inside its own transaction */
	assert_int_equal(db_begin(f->db, &e), GP_OK);
	assert_int_equal(db_setting_set(f->db, "sync_capture_off", "1", &e), GP_OK);
	struct child c = make("Julia", "Mulder");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	assert_int_equal(db_exec(f->db, "DELETE FROM settings WHERE key = 'sync_capture_off'", &e),
			 GP_OK);
	assert_int_equal(db_commit(f->db, &e), GP_OK);
	free(pending(f->db, 0));
	/* a bulk job filling a new file (demo) */
	assert_int_equal(db_bulk_begin(f->db, &e), GP_OK);
	struct child d = make("Finn", "de Boer");
	assert_int_equal(child_create(f->db, &d, &e), GP_OK);
	assert_int_equal(db_bulk_end(f->db, &e), GP_OK);
	free(pending(f->db, 0));
	/* and afterwards saves are captured again */
	strcpy(d.city, "Baarn");
	assert_int_equal(child_update(f->db, &d, &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 1);
	assert_string_equal(en[0].id, d.id);
	assert_int_equal(en[0].base_version, 1);
	free(en);
}

static void unknown_table_is_refused(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	assert_int_equal(db_exec(f->db, "INSERT INTO sync_outbox (tbl, row_seq, base_version) "
				 "VALUES ('toekomst', 1, 0)", &e), GP_OK);
	struct outbox_entry *en = NULL;
	int n = -1;
	assert_int_equal(outbox_pending(f->db, &en, &n, &e), GP_ECORRUPT);
	assert_null(en);
	assert_int_equal(n, 0);
	assert_non_null(strstr(e.msg, "toekomst"));
}

/* Every table of the schema either travels or is named here as staying in
 * this file: a migration that adds a table fails until someone decides. */
static void every_table_travels_or_stays(void **state)
{
	struct fixture *f = *state;
	static const char *const stay[] = {"settings", "audit_log", "audit_head",
					   "login_throttle", "sync_outbox", "sync_conflicts",
					   "contact_professionals", "giz_participants",
					   /* derived: each file computes its own from the records
					    * (the records' triggers mark it when a pull brings them) */
					   "due_cache", "due_cache_item", NULL};
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db->h, "SELECT name FROM sqlite_master WHERE "
					    "type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT "
					    "LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'",
					    -1, &st, NULL), SQLITE_OK);
	int tables = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		int local = 0;
		for (const char *const *l = stay; *l; l++)
			local |= strcmp(*l, name) == 0;
		if (!local && outbox_table_rank(name) < 0)
			fail_msg("table %s neither travels nor is named as local", name);
		tables += !local;
	}
	sqlite3_finalize(st);
	assert_int_equal(tables, outbox_table_count());
}

/* A record applied in another file as the hub sends it comes out the same
 * there, and applying it captures nothing. */
/* A new file beside the fixture's with the n bodies applied as a pull
 * applies them (one transaction, the capture off meanwhile). */
static struct db *apply_elsewhere(struct fixture *f, const struct outbox_entry *en,
				  char *const *bodies, int n)
{
	struct gp_err e = {0};
	char other[160];
	snprintf(other, sizeof other, "%s/other.db", f->dir);
	struct db *db2;
	assert_int_equal(db_open(&db2, other, DB_CREATE, &e), GP_OK);
	assert_int_equal(db_begin(db2, &e), GP_OK);
	assert_int_equal(db_setting_set(db2, "sync_capture_off", "1", &e), GP_OK);
	for (int i = 0; i < n; i++)
		assert_int_equal(outbox_apply(db2, en[i].tbl, bodies[i], &e), GP_OK);
	assert_int_equal(db_exec(db2, "DELETE FROM settings WHERE key = 'sync_capture_off'", &e),
			 GP_OK);
	assert_int_equal(db_commit(db2, &e), GP_OK);
	return db2;
}

static void applied_body_is_the_same_there(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Zoë", "Berg");
	strcpy(c.tussenvoegsel, "van der");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 1);
	char *text = NULL;
	assert_int_equal(outbox_body(f->db, &en[0], &text, &e), GP_OK);
	struct db *db2 = apply_elsewhere(f, en, &text, 1);
	free(pending(db2, 0));
	int version = 0;
	long long row = 0;
	assert_int_equal(outbox_local_version(db2, "children", c.id, &version, &row, &e), GP_OK);
	assert_int_equal(version, 1);
	struct outbox_entry there = en[0];
	there.row_seq = row;
	char *text2 = NULL;
	assert_int_equal(outbox_body(db2, &there, &text2, &e), GP_OK);
	assert_string_equal(text, text2);
	/* found by name there too (search keys computed where applied) */
	struct child got;
	assert_int_equal(child_get(db2, c.id, &got, &e), GP_OK);
	assert_string_equal(got.family_name, "Berg");
	db_close(db2);
	free(text);
	free(text2);
	free(en);
}

/* The three columns schema 018 stores as numbers travel as their words, as
 * every body did before 018 (the hub keeps bodies of both): a body read
 * here says "staand", and applied elsewhere it is stored as 2 again. */
static void numbered_words_travel_as_words(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Sem", "Kok");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	assert_int_equal(db_exec(f->db,
		"INSERT INTO contacts(id, child_seq, contact_date, kind_code, status_code, next_step, "
		"version, created_at, updated_at) SELECT randomblob(16), seq, '2026-11-02', '37', "
		"'01', 3, 1, 1764150000, 1764150000 FROM children; "
		"INSERT INTO measurements(id, child_seq, contact_seq, measured_on, length_mm, "
		"length_method, weight_g, weight_method, version, created_at, updated_at) SELECT "
		"randomblob(16), child_seq, seq, '2026-11-02', 1010, 2, 16000, 1, 1, 1764150000, "
		"1764150000 FROM contacts", &e), GP_OK);
	struct outbox_entry *en = pending(f->db, 3); /* child, contact, measurement */
	char *body[3] = {NULL, NULL, NULL};
	for (int i = 0; i < 3; i++)
		assert_int_equal(outbox_body(f->db, &en[i], &body[i], &e), GP_OK);
	json_error_t je;
	json_t *k = json_loads(body[1], 0, &je), *m = json_loads(body[2], 0, &je);
	assert_string_equal(en[1].tbl, "contacts");
	assert_string_equal(json_string_value(json_object_get(k, "next_step")), "overdracht");
	assert_string_equal(en[2].tbl, "measurements");
	assert_string_equal(json_string_value(json_object_get(m, "length_method")), "staand");
	assert_string_equal(json_string_value(json_object_get(m, "weight_method")), "met_kleding");
	json_decref(k);
	json_decref(m);

	struct db *db2 = apply_elsewhere(f, en, body, 3);
	sqlite3_stmt *st = db_stmt(db2, "SELECT (SELECT next_step FROM contacts), length_method, "
				   "weight_method FROM measurements", &e);
	assert_non_null(st);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_type(st, 0), SQLITE_INTEGER);
	assert_int_equal(sqlite3_column_int(st, 0), 3);
	assert_int_equal(sqlite3_column_int(st, 1), 2);
	assert_int_equal(sqlite3_column_int(st, 2), 1);
	sqlite3_reset(st);
	db_close(db2);
	for (int i = 0; i < 3; i++)
		free(body[i]);
	free(en);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(created_child_is_listed_once, setup, teardown),
		cmocka_unit_test_setup_teardown(refused_save_lists_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(body_travels_with_global_ids, setup, teardown),
		cmocka_unit_test_setup_teardown(confirm_keeps_what_was_saved_since, setup, teardown),
		cmocka_unit_test_setup_teardown(bulk_and_applying_capture_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(unknown_table_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(every_table_travels_or_stays, setup, teardown),
		cmocka_unit_test_setup_teardown(applied_body_is_the_same_there, setup, teardown),
		cmocka_unit_test_setup_teardown(numbered_words_travel_as_words, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
