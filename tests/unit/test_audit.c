/* test_audit.c — the audit log cannot be quietly shortened or rewritten:
 * every way of tampering with it (with its triggers dropped, as anyone who
 * can write the file can) is found by audit_verify and named, and a chain
 * recomputed to look whole is caught by the anchors kept elsewhere (the
 * head in audit_head, a seal, a backup).  Also: a database from before
 * migration 010 keeps its old entries valid, entries are stamped in UTC
 * with an offset, and what goes into an entry is bounded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include <sodium.h>

#include "audit.h"
#include "db.h"
#include "migrations.h"

enum { ENTRIES = 12 };

struct fixture {
	char dir[64];   /* a fresh temporary directory */
	char path[128]; /* the database file in it */
	struct db *db;  /* open on path, ENTRIES entries in its log */
};

static void exec(struct db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/gp-audit-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(db_setting_set(f->db, "database_id", "01a21715-0000-7000-8000-000000000001",
					&e), GP_OK);
	for (int i = 0; i < ENTRIES; i++) {
		char detail[32];
		snprintf(detail, sizeof detail, "entry %d", i + 1);
		assert_int_equal(audit_log(f->db, i % 2 ? "01a21715-0000-7000-8000-0000000000c1" : NULL, "view", detail, &e), GP_OK);
	}
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

/* What every tamperer does first: the log's own guards go. */
static void drop_guards(struct db *db)
{
	exec(db, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
		 "DROP TRIGGER audit_head_update; DROP TRIGGER audit_head_delete; "
		 "DROP TRIGGER audit_head_insert");
}

/* audit_verify's answer must be GP_ECORRUPT with `words` in it. */
static void caught(struct db *db, const char *words)
{
	struct gp_err e = {0};
	long long n;
	assert_int_equal(audit_verify(db, &n, &e), GP_ECORRUPT);
	if (!strstr(e.msg, words))
		fail_msg("expected \"%s\" in \"%s\"", words, e.msg);
}

static void whole_log_verifies(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	long long n = 0;
	assert_int_equal(audit_verify(f->db, &n, &e), GP_OK);
	assert_int_equal(n, ENTRIES);
	/* the triggers refuse changes and deletes, and the head cannot be moved */
	assert_int_not_equal(sqlite3_exec(f->db->h, "UPDATE audit_log SET detail = 'x'", NULL,
					  NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(f->db->h, "DELETE FROM audit_log WHERE seq = 12", NULL,
					  NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(f->db->h, "UPDATE audit_head SET seq = 3", NULL, NULL,
					  NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(f->db->h, "DELETE FROM audit_head", NULL, NULL, NULL),
			     SQLITE_OK);
}

static void changed_entry_is_named(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 5");
	caught(f->db, "Logboekregel 5 is na het schrijven veranderd");
}

static void deleted_entry_is_named(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "DELETE FROM audit_log WHERE seq = 7");
	caught(f->db, "Na regel 6 volgt regel 8");
}

/* seq was not in the hash: renumbering one entry went unseen. */
static void renumbered_entry_is_named(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "UPDATE audit_log SET seq = 1000 WHERE seq = 12; "
		    "UPDATE audit_head SET seq = 1000");
	caught(f->db, "Na regel 11 volgt regel 1000");
}

/* Renumbered without a gap (the first entry removed, the rest moved down):
 * the hash covers seq. */
static void renumbered_without_gap_is_caught(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "DELETE FROM audit_log WHERE seq = 1; UPDATE audit_log SET seq = seq - 1; "
		    "UPDATE audit_head SET seq = seq - 1");
	caught(f->db, "regel 1");
}

static void reordered_entries_are_caught(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "UPDATE audit_log SET seq = -4 WHERE seq = 4; "
		    "UPDATE audit_log SET seq = 4 WHERE seq = 5; "
		    "UPDATE audit_log SET seq = 5 WHERE seq = -4");
	caught(f->db, "regel 4");
}

/* "logboek van 0 regels ongeschonden" was the answer to an emptied log. */
static void emptied_log_is_caught(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "DELETE FROM audit_log");
	caught(f->db, "Het logboek is leeg");
	exec(f->db, "DELETE FROM audit_head");
	caught(f->db, "Het logboek is leeg");
}

/* The last entries removed left a shorter chain that looked whole. */
static void cut_off_end_is_caught(void **state)
{
	struct fixture *f = *state;
	drop_guards(f->db);
	exec(f->db, "DELETE FROM audit_log WHERE seq > 9");
	caught(f->db, "De laatste regels van het logboek ontbreken: het houdt op bij regel 9, "
		      "maar het anker staat op regel 12");
	/* and with the head removed too */
	exec(f->db, "DELETE FROM audit_head");
	caught(f->db, "Het anker van het logboek");
}

/* Recomputes the whole chain after changing entry 5, as someone with the
 * file and docs/data-model.md can: version 2 hashes (v1_end is 0 here). */
static void recompute_chain(struct db *db, int move_head)
{
	sqlite3_stmt *st;
	char prev[65] = "0000000000000000000000000000000000000000000000000000000000000000";
	drop_guards(db);
	exec(db, "UPDATE audit_log SET detail = 'rewritten' WHERE seq = 5");
	assert_int_equal(sqlite3_prepare_v2(db->h,
		"SELECT seq, at, account_id, username, workstation, child_id, action, detail "
		"FROM audit_log ORDER BY seq", -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		crypto_generichash_state h;
		unsigned char digest[32];
		char hex[65], seq[24], sql[512];
		static const unsigned char sep = 0x1F;
		snprintf(seq, sizeof seq, "%lld", sqlite3_column_int64(st, 0));
		crypto_generichash_init(&h, NULL, 0, sizeof digest);
		crypto_generichash_update(&h, (const unsigned char *)prev, strlen(prev));
		crypto_generichash_update(&h, &sep, 1);
		crypto_generichash_update(&h, (const unsigned char *)seq, strlen(seq));
		crypto_generichash_update(&h, &sep, 1);
		for (int i = 1; i < 8; i++) {
			const unsigned char *t = sqlite3_column_text(st, i);
			if (t)
				crypto_generichash_update(&h, t, strlen((const char *)t));
			crypto_generichash_update(&h, &sep, 1);
		}
		crypto_generichash_final(&h, digest, sizeof digest);
		sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
		snprintf(sql, sizeof sql, "UPDATE audit_log SET prev_hash = '%s', hash = '%s' "
			 "WHERE seq = %s", prev, hex, seq);
		exec(db, sql);
		memcpy(prev, hex, sizeof hex);
	}
	sqlite3_finalize(st);
	if (move_head) {
		char sql[160];
		snprintf(sql, sizeof sql, "UPDATE audit_head SET hash = '%s'", prev);
		exec(db, sql);
	}
}

/* Recomputed but the head left where it was: the head catches it. */
static void recomputed_chain_caught_by_head(void **state)
{
	struct fixture *f = *state;
	recompute_chain(f->db, 0);
	caught(f->db, "Het logboek is herschreven: regel 12 past niet meer bij het anker");
}

/* Recomputed with the head moved too: the chain alone looks whole, which
 * is why the head is also kept where the writer cannot reach.  A seal
 * taken before (printed, mailed) and a backup made before both catch it. */
static void recomputed_chain_caught_by_seal_and_backup(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct audit_anchor seal, backup, parsed;
	char line[256], copy[160];
	assert_int_equal(audit_seal(f->db, &seal, &e), GP_OK);
	assert_int_equal(seal.seq, ENTRIES + 1);
	assert_int_equal(audit_anchor_parse(audit_anchor_format(&seal, line, sizeof line), &parsed),
			 0);
	assert_string_equal(parsed.hash, seal.hash);
	assert_int_equal(parsed.seq, seal.seq);
	snprintf(copy, sizeof copy, "%s/copy.db", f->dir);
	assert_int_equal(db_backup(f->db, copy, &e), GP_OK);
	struct db *b;
	assert_int_equal(db_open(&b, copy, DB_READONLY, &e), GP_OK);
	assert_int_equal(audit_head(b, &backup, &e), GP_OK);
	db_close(b);
	assert_int_equal(audit_check_anchor(f->db, &seal, &e), GP_OK);
	assert_int_equal(audit_check_anchor(f->db, &backup, &e), GP_OK);

	recompute_chain(f->db, 1);
	long long n;
	assert_int_equal(audit_verify(f->db, &n, &e), GP_OK); /* the plain chain is fooled */
	assert_int_equal(audit_check_anchor(f->db, &seal, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "herschreven"));
	assert_int_equal(audit_check_anchor(f->db, &backup, &e), GP_ECORRUPT);
	/* an anchor of another database is not a verdict on this one */
	strcpy(seal.database_id, "01a21715-0000-7000-8000-000000000002");
	assert_int_equal(audit_check_anchor(f->db, &seal, &e), GP_EINPUT);
}

/* A seal line is read back only when every field is what the program
 * writes: a time that is not one, or an id with other characters, is not
 * an anchor (and would not write back to the same line). */
static void anchor_line_read_strictly(void **state)
{
	(void)state;
	struct audit_anchor a;
	const char *hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
	const char *id = "01a21715-0000-7000-8000-000000000002";
	char line[512], again[256];
	snprintf(line, sizeof line, "seal\ngroeipad-anker 1 %s 12 %s 2026-12-04T08:00:00+00:00\n", id,
		 hash);
	assert_int_equal(audit_anchor_parse(line, &a), 0);
	assert_int_equal(a.seq, 12);
	assert_string_equal(a.at, "2026-12-04T08:00:00+00:00");
	assert_string_equal(audit_anchor_format(&a, again, sizeof again),
			    "groeipad-anker 1 01a21715-0000-7000-8000-000000000002 12 "
			    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef "
			    "2026-12-04T08:00:00+00:00");
	/* a time of continuation bytes only: copied, it became "" */
	snprintf(line, sizeof line, "groeipad-anker 1 %s 12 %s %s", id, hash,
		 "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80"
		 "\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80");
	assert_int_equal(audit_anchor_parse(line, &a), -1);
	snprintf(line, sizeof line, "groeipad-anker 1 %s 12 %s gisteren", id, hash);
	assert_int_equal(audit_anchor_parse(line, &a), -1);
	snprintf(line, sizeof line, "groeipad-anker 1 %s 12 %s 2026-12-04T08:00:00+00:00",
		 "01a21715-0000-7000-8000-00000000000\x1b", hash);
	assert_int_equal(audit_anchor_parse(line, &a), -1);
}

/* Entries written before migration 010 (hash without seq) stay valid, and
 * new ones follow them. */
static void entries_from_before_010_stay_valid(void **state)
{
	struct fixture *f = *state;
	char path[160], sql[1024], prev[65] = "0000000000000000000000000000000000000000000000000000000000000000";
	struct gp_err e = {0};
	sqlite3 *h;
	snprintf(path, sizeof path, "%s/old.db", f->dir);
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, gp_migrations[0].sql, NULL, NULL, NULL), SQLITE_OK);
	snprintf(sql, sizeof sql, "PRAGMA user_version = 1; PRAGMA application_id = %d",
		 GP_APPLICATION_ID);
	assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
	for (int i = 1; i <= 3; i++) {
		/* version 1: prev, at, account_id, username, workstation,
		 * child_id, action, detail */
		const char *fields[] = {prev, "2026-01-0%dT10:00:00", NULL, "anna", "pc1", NULL,
					"view", "dossier"};
		char at[32], hex[65];
		unsigned char digest[32];
		static const unsigned char sepc = 0x1F;
		crypto_generichash_state st;
		snprintf(at, sizeof at, "2026-01-0%dT10:00:00", i);
		fields[1] = at;
		crypto_generichash_init(&st, NULL, 0, sizeof digest);
		for (int k = 0; k < 8; k++) {
			if (fields[k])
				crypto_generichash_update(&st, (const unsigned char *)fields[k],
							  strlen(fields[k]));
			crypto_generichash_update(&st, &sepc, 1);
		}
		crypto_generichash_final(&st, digest, sizeof digest);
		sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
		snprintf(sql, sizeof sql, "INSERT INTO audit_log(seq, at, username, workstation, "
			 "action, detail, prev_hash, hash) VALUES (%d, '%s', 'anna', 'pc1', 'view', "
			 "'dossier', '%s', '%s')", i, at, prev, hex);
		assert_int_equal(sqlite3_exec(h, sql, NULL, NULL, NULL), SQLITE_OK);
		memcpy(prev, hex, sizeof hex);
	}
	sqlite3_close(h);

	struct db *db;
	long long n;
	assert_int_equal(db_open(&db, path, DB_EXISTING, &e), GP_OK); /* migrates */
	assert_int_equal(audit_verify(db, &n, &e), GP_OK);
	assert_int_equal(n, 3);
	assert_int_equal(audit_log(db, NULL, "view", "after 010", &e), GP_OK);
	assert_int_equal(audit_verify(db, &n, &e), GP_OK);
	assert_int_equal(n, 4);
	/* the old part still catches a change; the new part a renumbering */
	exec(db, "DROP TRIGGER audit_log_no_update");
	exec(db, "UPDATE audit_log SET username = 'bob' WHERE seq = 2");
	assert_int_equal(audit_verify(db, &n, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "regel 2"));
	db_close(db);
}

/* Time in UTC with its offset; a typed name or detail of any length is
 * bounded and made harmless. */
static void stamp_and_bounds(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	char *huge = malloc(100001);
	memset(huge, 'a', 100000);
	huge[100000] = '\0';
	huge[3] = '\x1b';
	assert_int_equal(audit_log(f->db, NULL, "login_failed", huge, &e), GP_OK);
	free(huge);
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db->h, "SELECT at, length(detail), instr(detail, "
					    "char(27)) FROM audit_log ORDER BY seq DESC LIMIT 1", -1,
					    &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	const char *at = (const char *)sqlite3_column_text(st, 0);
	assert_int_equal(strlen(at), 25);
	assert_string_equal(at + 19, "+00:00");
	assert_true(sqlite3_column_int(st, 1) <= AUDIT_DETAIL_MAX);
	assert_int_equal(sqlite3_column_int(st, 2), 0); /* no raw escape */
	sqlite3_finalize(st);
	long long n;
	assert_int_equal(audit_verify(f->db, &n, &e), GP_OK);
	char local[17];
	setenv("TZ", "UTC", 1);
	tzset();
	date_stamp_local("2026-11-26T23:30:00+00:00", local);
	assert_string_equal(local, "26-11-2026 23:30"); /* TZ=UTC */
	date_stamp_local("2026-11-26T08:15:00", local);
	assert_string_equal(local, "26-11-2026 08:15"); /* older stamps: as written */
	date_stamp_local("nonsense", local);
	assert_string_equal(local, "-");
}

static void search_filters(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct audit_query q;
	struct audit_entry *rows;
	int n;
	char buf[256];
	const char *why;
	assert_int_equal(audit_query_parse("view 01-01-2020 31-12-2099", &q, buf, sizeof buf, &why),
			 0);
	assert_string_equal(q.action, "view");
	assert_int_equal(q.from.y, 2020);
	assert_int_equal(q.to.y, 2099);
	assert_int_equal(audit_search(f->db, &q, &rows, &n, &e), GP_OK);
	assert_int_equal(n, ENTRIES);
	assert_int_equal(rows[0].seq, ENTRIES); /* newest first */
	free(rows);
	q = (struct audit_query){.child_id = "01a21715-0000-7000-8000-0000000000c1"};
	assert_int_equal(audit_search(f->db, &q, &rows, &n, &e), GP_OK);
	assert_int_equal(n, ENTRIES / 2);
	free(rows);
	assert_int_equal(audit_query_parse("anna 100023 login_failed", &q, buf, sizeof buf, &why),
			 0);
	assert_string_equal(q.username, "anna");
	assert_int_equal(q.client_no, 100023);
	assert_string_equal(q.action, "login_failed");
	assert_int_equal(audit_query_parse("31-02-2026", &q, buf, sizeof buf, &why), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(whole_log_verifies, setup, teardown),
		cmocka_unit_test_setup_teardown(changed_entry_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(deleted_entry_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(renumbered_entry_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(renumbered_without_gap_is_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(reordered_entries_are_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(emptied_log_is_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(cut_off_end_is_caught, setup, teardown),
		cmocka_unit_test_setup_teardown(recomputed_chain_caught_by_head, setup, teardown),
		cmocka_unit_test_setup_teardown(recomputed_chain_caught_by_seal_and_backup, setup,
						teardown),
		cmocka_unit_test(anchor_line_read_strictly),
		cmocka_unit_test_setup_teardown(entries_from_before_010_stay_valid, setup, teardown),
		cmocka_unit_test_setup_teardown(stamp_and_bounds, setup, teardown),
		cmocka_unit_test_setup_teardown(search_filters, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
