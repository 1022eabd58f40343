/* test_migrate_handover.c — migration 008 converts what a database made
 * before it holds: links with gezag get the kind their relation brings
 * (a parent 'ouder', a stepparent with gezag 'niet_ouder', a guardian
 * 'voogd', a GI's guardian 'voogd_gi'), links without keep none; and a
 * handover in the shape of 001 (kind, no mode) is carried over with its
 * consent and step.  The records are written in the shape of 001 (text
 * ids, local-time stamps) on a new file, and opening it brings them
 * through every later migration (004's compact keys, then 008), as on a
 * workstation that skipped some versions. */
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
#include "migrations.h"

static const char old_rows[] =
	"INSERT INTO accounts(id, username, display_name, role, password_hash, created_at, "
	"  updated_at) VALUES ('0190a1b2-0000-7000-8000-0000000000a1', 'els', 'Els de Wit', 'jeugdverpleegkundige', 'x', "
	"  '2025-01-01T09:00:00', '2025-01-01T09:00:00');"
	"INSERT INTO organisations(id, kind, name, created_at, updated_at) VALUES "
	"  ('0190a1b2-0000-7000-8000-0000000000b1', 'huisarts', 'Praktijk De Linde', '2025-01-01T09:00:00', '2025-01-01T09:00:00');"
	"INSERT INTO children(id, client_no, given_names, family_name, sort_key, search_names, "
	"  birth_date, created_at, updated_at) VALUES ('0190a1b2-0000-7000-8000-0000000000c1', 100001, 'Sem', 'Jansen', 'jansen sem', "
	"  'sem jansen', '2013-05-02', '2025-01-01T09:00:00', '2025-01-01T09:00:00');"
	"INSERT INTO parents(id, given_names, family_name, created_at, updated_at) VALUES "
	"  ('0190a1b2-0000-7000-8000-000000000101', 'Anna', 'Jansen', '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000102', 'Piet', 'Jansen', '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000103', 'Karel', 'Bos', '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000104', 'Mirjam', 'Smit', '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000105', 'Joop', 'Kok', '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000106', 'Ria', 'Kok', '2025-01-01T09:00:00', '2025-01-01T09:00:00');"
	"INSERT INTO child_parents(id, child_id, parent_id, relation, gezag, created_at, "
	"  updated_at) VALUES "
	"  ('0190a1b2-0000-7000-8000-000000000201', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000101', 'moeder', 1, '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000202', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000102', 'vader', 0, '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000203', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000103', 'stiefvader', 1, '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000204', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000104', 'voogd_gi', 1, '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000205', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000105', 'voogd', 1, '2025-01-01T09:00:00', '2025-01-01T09:00:00'),"
	"  ('0190a1b2-0000-7000-8000-000000000206', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-000000000106', 'pleegmoeder', 0, '2025-01-01T09:00:00', '2025-01-01T09:00:00');"
	"INSERT INTO handovers(id, child_id, org_id, kind, reason, casusregie, state, created_at, "
	"  created_by, updated_at) VALUES ('0190a1b2-0000-7000-8000-0000000000d1', '0190a1b2-0000-7000-8000-0000000000c1', '0190a1b2-0000-7000-8000-0000000000b1', 'doorverwijzen', 'Slaapt slecht', "
	"  'ontvanger', 'verzonden', '2025-03-01T09:00:00', '0190a1b2-0000-7000-8000-0000000000a1', '2025-03-02T09:00:00');"
	"INSERT INTO handover_consents(id, handover_id, person_kind, parent_id, decision, form, "
	"  given_on, created_at) VALUES ('0190a1b2-0000-7000-8000-0000000000e1', '0190a1b2-0000-7000-8000-0000000000d1', 'ouder', '0190a1b2-0000-7000-8000-000000000101', 'gegeven', 'mondeling', "
	"  '2025-02-28', '2025-03-01T09:00:00');"
	"INSERT INTO handover_events(id, handover_id, at, state, account_id) VALUES "
	"  ('0190a1b2-0000-7000-8000-0000000000f1', '0190a1b2-0000-7000-8000-0000000000d1', '2025-03-02T10:15:00', 'verzonden', '0190a1b2-0000-7000-8000-0000000000a1');";

static void make_old(const char *path)
{
	sqlite3 *h;
	char sql[128];
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA application_id = %d", GP_APPLICATION_ID);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	char *err = NULL;
	assert_int_equal(gp_migrations[0].number, 1);
	if (sqlite3_exec(h, gp_migrations[0].sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", gp_migrations[0].name, err);
	snprintf(sql, sizeof sql, "PRAGMA user_version = 1");
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	if (sqlite3_exec(h, old_rows, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s", err);
	sqlite3_close(h);
}

static void text_of(struct db *db, const char *sql, char *out, size_t n)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	out[0] = '\0';
	while (sqlite3_step(st) == SQLITE_ROW) {
		size_t len = strlen(out);
		const char *v = (const char *)sqlite3_column_text(st, 0);
		snprintf(out + len, n - len, "%s%s", len ? "," : "", v ? v : "NULL");
	}
	sqlite3_finalize(st);
}

static void converts_gezag_and_handovers(void **state)
{
	(void)state;
	char dir[] = "/tmp/gp-migrate-XXXXXX", path[64], got[512];
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/old.db", dir);
	make_old(path);
	struct db *db = NULL;
	struct gp_err e = {0};
	assert_int_equal(db_open(&db, path, DB_EXISTING, &e), GP_OK);
	text_of(db, "SELECT relation || '=' || coalesce(gezag_type, '-') FROM child_parents "
		    "ORDER BY seq", got, sizeof got);
	assert_string_equal(got, "moeder=ouder,vader=-,stiefvader=niet_ouder,voogd_gi=voogd_gi,"
				 "voogd=voogd,pleegmoeder=-");
	text_of(db, "SELECT count(*) FROM child_parents WHERE gezag_from IS NOT NULL OR "
		    "gezag_until IS NOT NULL OR gezag_org_seq IS NOT NULL", got, sizeof got);
	assert_string_equal(got, "0");
	text_of(db, "SELECT no || ' ' || mode || ' ' || destination || ' ' || state || ' ' || "
		    "sent_on || ' ' || sender_name || ' ' || casusregie FROM handovers", got,
		    sizeof got);
	assert_string_equal(got, "1 doorverwijzen huisarts verzonden 2025-03-02 Els de Wit "
				 "ontvanger");
	text_of(db, "SELECT p.given_names || ' ' || k.decision || ' ' || k.scope FROM "
		    "handover_consents k JOIN parents p ON p.seq = k.parent_seq", got, sizeof got);
	assert_string_equal(got, "Anna gegeven derden");
	text_of(db, "SELECT state || ' ' || happened_on FROM handover_events", got, sizeof got);
	assert_string_equal(got, "verzonden 2025-03-02");
	text_of(db, "SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_001'", got, sizeof got);
	assert_string_equal(got, "0");
	text_of(db, "PRAGMA foreign_key_check", got, sizeof got);
	assert_string_equal(got, "");
	db_close(db);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(converts_gezag_and_handovers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
