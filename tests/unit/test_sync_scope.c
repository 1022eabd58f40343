/* test_sync_scope.c — a child leaving a workstation's scope (src/sync_scope.c,
 * docs/sync.md "Scope and check-out"), without a hub: a child with nothing
 * waiting for the hub is removed from every table and the search index,
 * with an audit entry that names it and none of its content, and noted for
 * the hub; one with a change in the outbox or an open conflict stays; an id
 * this file does not have is only noted; the note is given to the hub as an
 * array and forgotten after.  The removal runs with foreign keys off and
 * checked as a whole before the commit, as the pull runs it: every
 * reference goes with the child, and one left dangling is refused. */
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
#include "db.h"
#include "outbox.h"
#include "search.h"
#include "sync_scope.h"

struct fixture {
	char dir[64];
	char path[128];
	struct db *db;
	struct child a, b, c; /* three children, all confirmed at the hub */
};

static long long count(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long long n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return n;
}

static void add(struct fixture *f, struct child *c, const char *given, const char *family)
{
	struct gp_err e = {0};
	memset(c, 0, sizeof *c);
	strcpy(c->given_names, given);
	strcpy(c->family_name, family);
	strcpy(c->phone, "0612345678");
	c->sex = 1;
	assert_int_equal(date_parse_iso("2025-04-01", &c->birth_date), 0);
	assert_int_equal(child_create(f->db, c, &e), GP_OK);
}

/* Everything in the outbox reached the hub. */
static void confirm_all(struct db *db)
{
	struct gp_err e = {0};
	struct outbox_entry *en = NULL;
	int n = 0;
	assert_int_equal(outbox_pending(db, &en, &n, &e), GP_OK);
	assert_int_equal(outbox_confirm(db, en, n, &e), GP_OK);
	free(en);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/gp-scope-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	add(f, &f->a, "Sem", "Wijnberg");
	add(f, &f->b, "Noor", "Kastelein");
	add(f, &f->c, "Daan", "Overvoorde");
	confirm_all(f->db);
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

/* As the pull does it: foreign keys off for the transaction, all checked
 * before the commit (every reference to what was removed went with it). */
static enum gp_status leave(struct fixture *f, char (*ids)[DB_ID_LEN], int n,
			    struct scope_leave *r)
{
	struct gp_err e = {0};
	assert_int_equal(sync_scope_keys_off(f->db, &e), GP_OK);
	assert_int_equal(db_begin(f->db, &e), GP_OK);
	enum gp_status s = sync_scope_leave_in(f->db, ids, n, r, &e);
	assert_int_equal(sync_scope_keys_hold(f->db, &e), GP_OK);
	assert_int_equal(db_commit(f->db, &e), GP_OK);
	sync_scope_keys_on(f->db);
	return s;
}

static int found(struct db *db, const char *query)
{
	struct gp_err e = {0};
	struct child_summary hits[10];
	int n = 0, more = 0;
	assert_int_equal(search_children(db, query, hits, 10, &n, &more, &e), GP_OK);
	return n;
}

/* The words the search index holds for the index row `doc`. */
static long long index_entries(struct db *db, long long doc)
{
	char sql[256];
	struct gp_err e = {0};
	assert_int_equal(db_exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING "
				     "fts5vocab(main, children_fts, 'instance')", &e), GP_OK);
	snprintf(sql, sizeof sql, "SELECT count(*) FROM temp.words WHERE doc = %lld", doc);
	return count(db, sql);
}

static void clean_child_is_removed_everywhere(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(found(f->db, "Wijnberg"), 1);
	long long doc = count(f->db, "SELECT sort_no FROM children WHERE family_name = 'Wijnberg'");
	assert_true(index_entries(f->db, doc) > 0);
	char ids[1][DB_ID_LEN];
	strcpy(ids[0], f->a.id);
	struct scope_leave r;
	assert_int_equal(leave(f, ids, 1, &r), GP_OK);
	assert_int_equal(r.removed, 1);
	assert_int_equal(r.kept, 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children"), 2);
	assert_int_equal(count(f->db, "SELECT count(*) FROM due_cache"), 2);
	assert_int_equal(found(f->db, "Wijnberg"), 0);
	assert_int_equal(index_entries(f->db, doc), 0);
	assert_int_equal(found(f->db, "Kastelein"), 1);
	/* one audit entry naming the child and nothing it said */
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM audit_log WHERE action = 'sync_leave' "
		 "AND child_id = '%s'", f->a.id);
	assert_int_equal(count(f->db, sql), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE action = "
				      "'sync_leave' AND (detail LIKE '%Wijnberg%' OR detail LIKE "
				      "'%Sem%' OR detail LIKE '%0612345678%')"), 0);
	/* nothing for the hub in the outbox: a removal does not travel */
	assert_int_equal(count(f->db, "SELECT count(*) FROM sync_outbox"), 0);
	/* noted for the hub, as an array, until the hub knows */
	struct gp_err e = {0};
	char *array = NULL;
	assert_int_equal(sync_scope_left(f->db, &array, &e), GP_OK);
	char want[DB_ID_LEN + 2];
	snprintf(want, sizeof want, "{%s}", f->a.id);
	assert_string_equal(array, want);
	free(array);
	assert_int_equal(sync_scope_left_done(f->db, &e), GP_OK);
	assert_int_equal(sync_scope_left(f->db, &array, &e), GP_OK);
	assert_string_equal(array, "");
	free(array);
}

static void waiting_change_keeps_child(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	strcpy(f->b.city, "Zeist"); /* saved here, not at the hub yet */
	assert_int_equal(child_update(f->db, &f->b, &e), GP_OK);
	char ids[2][DB_ID_LEN];
	strcpy(ids[0], f->b.id);
	strcpy(ids[1], f->c.id);
	struct scope_leave r;
	assert_int_equal(leave(f, ids, 2, &r), GP_OK);
	assert_int_equal(r.removed, 1); /* c */
	assert_int_equal(r.kept, 1);    /* b */
	assert_int_equal(found(f->db, "Kastelein"), 1);
	assert_int_equal(found(f->db, "Overvoorde"), 0);
	/* after the push, b goes too */
	confirm_all(f->db);
	strcpy(ids[0], f->b.id);
	assert_int_equal(leave(f, ids, 1, &r), GP_OK);
	assert_int_equal(r.removed, 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children WHERE family_name = "
				      "'Kastelein'"), 0);
}

static void open_conflict_keeps_child(void **state)
{
	struct fixture *f = *state;
	char sql[512];
	snprintf(sql, sizeof sql, "INSERT INTO sync_conflicts (tbl, record_id, child_id, "
		 "hub_version, hub_body, local_version, local_body, found_at) VALUES "
		 "('children', gp_uuid_blob('%s'), gp_uuid_blob('%s'), 2, '{}', 2, '{}', 0)",
		 f->c.id, f->c.id);
	struct gp_err e = {0};
	assert_int_equal(db_exec(f->db, sql, &e), GP_OK);
	char ids[1][DB_ID_LEN];
	strcpy(ids[0], f->c.id);
	struct scope_leave r;
	assert_int_equal(leave(f, ids, 1, &r), GP_OK);
	assert_int_equal(r.kept, 1);
	assert_int_equal(r.removed, 0);
	assert_int_equal(found(f->db, "Overvoorde"), 1);
	/* once it is chosen (resolved), the child and the conflict's copies go */
	assert_int_equal(db_exec(f->db, "UPDATE sync_conflicts SET state = 'opgelost'", &e), GP_OK);
	assert_int_equal(leave(f, ids, 1, &r), GP_OK);
	assert_int_equal(r.removed, 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM sync_conflicts"), 0);
}

static void unknown_child_is_only_noted(void **state)
{
	struct fixture *f = *state;
	char ids[1][DB_ID_LEN] = {"01900000-0000-7000-8000-000000000001"};
	struct scope_leave r;
	assert_int_equal(leave(f, ids, 1, &r), GP_OK);
	assert_int_equal(r.removed + r.kept, 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children"), 3);
	assert_int_equal(count(f->db, "SELECT count(*) FROM settings WHERE key = 'sync_left' "
				      "AND value = '01900000-0000-7000-8000-000000000001'"), 1);
}

/* A reference left dangling is found before the commit. */
static void dangling_reference_is_refused(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	assert_int_equal(sync_scope_keys_off(f->db, &e), GP_OK);
	assert_int_equal(db_begin(f->db, &e), GP_OK);
	assert_int_equal(db_exec(f->db, "INSERT INTO notes (id, child_seq, written_at, text, "
				     "created_at, updated_at) SELECT randomblob(16), seq, 0, 'x', 0, "
				     "0 FROM children WHERE family_name = 'Wijnberg'", &e), GP_OK);
	assert_int_equal(db_exec(f->db, "DELETE FROM children WHERE family_name = 'Wijnberg'", &e),
			 GP_OK); /* its note still points at it */
	assert_int_equal(sync_scope_keys_hold(f->db, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "notes"));
	db_rollback(f->db);
	sync_scope_keys_on(f->db);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children"), 3);
	assert_int_equal(count(f->db, "SELECT count(*) FROM notes"), 0);
	/* and on again: a delete that breaks a reference is refused at once */
	assert_int_equal(db_exec(f->db, "INSERT INTO notes (id, child_seq, written_at, text, "
				     "created_at, updated_at) SELECT randomblob(16), seq, 0, 'x', 0, "
				     "0 FROM children WHERE family_name = 'Wijnberg'", &e), GP_OK);
	assert_int_not_equal(db_exec(f->db, "DELETE FROM children WHERE family_name = 'Wijnberg'",
				     &e), GP_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(clean_child_is_removed_everywhere, setup, teardown),
		cmocka_unit_test_setup_teardown(waiting_change_keeps_child, setup, teardown),
		cmocka_unit_test_setup_teardown(open_conflict_keeps_child, setup, teardown),
		cmocka_unit_test_setup_teardown(unknown_child_is_only_noted, setup, teardown),
		cmocka_unit_test_setup_teardown(dangling_reference_is_refused, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
