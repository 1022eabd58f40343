/* test_retention.c — the WGBO term and destruction (docs/product.md §8): which
 * dossiers are past 20 years after their last change, and destroying one
 * on request removes it everywhere — its records, its search index
 * entries, the parent no other child shares, and the bytes on disk — while
 * the audit log keeps a 'destroy' entry with the reason and not the
 * content.  Only a beheerder may. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <cmocka.h>

#include "account.h"
#include "audit.h"
#include "child.h"
#include "db.h"
#include "note.h"
#include "retention.h"
#include "search.h"

struct fixture {
	char dir[64];      /* a fresh temporary directory */
	char path[128];    /* the database file in it */
	struct db *db;     /* open on path */
	struct child old, sib; /* Zwaantje (last change in 2003) and her brother */
	struct account admin, nurse;
};

static void exec(struct db *db, const char *sql)
{
	char *msg = NULL;
	if (sqlite3_exec(db->h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg);
}

/* An account row without the cost of a password hash; n numbers its id. */
static void add_account(struct fixture *f, struct account *a, const char *name,
			const char *role)
{
	static int n;
	char sql[512];
	struct gp_err e = {0};
	snprintf(sql, sizeof sql, "INSERT INTO accounts(id, username, display_name, role, "
		 "password_hash, created_at, updated_at) VALUES "
		 "(gp_uuid_blob('01900000-0000-7000-8000-%012d'), '%s', '%s', '%s', 'x', "
		 "1767225600, 1767225600)", ++n, name, name, role);
	assert_int_equal(db_exec(f->db, sql, &e), GP_OK);
	assert_int_equal(account_get(f->db, name, a, &e), GP_OK);
}

static void add_child(struct fixture *f, struct child *c, const char *given, const char *birth)
{
	struct gp_err e = {0};
	memset(c, 0, sizeof *c);
	strcpy(c->given_names, given);
	strcpy(c->family_name, "Oudeboom");
	c->sex = 2;
	assert_int_equal(date_parse_iso(birth, &c->birth_date), 0);
	assert_int_equal(child_create(f->db, c, &e), GP_OK);
}

static void add_parent(struct fixture *f, const char *given, struct child *a, struct child *b)
{
	struct gp_err e = {0};
	struct family_member m = {0};
	strcpy(m.parent.given_names, given);
	strcpy(m.parent.family_name, "Oudeboom");
	strcpy(m.relation, "01");
	m.gezag = 1;
	m.lives_with = 1;
	assert_int_equal(family_save_member(f->db, a->id, &m, &e), GP_OK);
	if (b)
		assert_int_equal(child_link_parent(f->db, b->id, m.parent.id, "01", 1, 1, &e),
				 GP_OK);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	strcpy(f->dir, "/tmp/gp-retention-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	add_account(f, &f->admin, "bea", "beheerder");
	add_account(f, &f->nurse, "anna", "jeugdverpleegkundige");
	add_child(f, &f->old, "Zwaantje", "2010-03-01");
	add_child(f, &f->sib, "Berend", "2012-05-01");
	add_parent(f, "Gedeelde", &f->old, &f->sib);
	add_parent(f, "Alleenmoeder", &f->old, NULL);
	struct note *n = calloc(1, sizeof *n);
	strcpy(n->child_id, f->old.id);
	strcpy(n->text, "Notitie over Zwaantje met geheime inhoud");
	assert_int_equal(note_save(f->db, n, &e), GP_OK);
	free(n);
	/* Zwaantje's dossier was last changed in 2003 */
	char sql[512];
	snprintf(sql, sizeof sql, "UPDATE children SET updated_at = unixepoch('2003-04-05') "
		 "WHERE id = gp_uuid_blob('%s')", f->old.id);
	exec(f->db, sql);
	exec(f->db, "UPDATE notes SET updated_at = unixepoch('2003-04-05')");
	/* a GIZ conversation with her mother, a plan and an evaluation (2003) */
	snprintf(sql, sizeof sql, "INSERT INTO giz_assessments(id, child_seq, assessed_on, "
		 "parent_worries, created_at, updated_at) SELECT randomblob(16), seq, "
		 "'2003-04-01', 'GIZ-zorgen van Alleenmoeder', unixepoch('2003-04-01'), "
		 "unixepoch('2003-04-01') FROM children WHERE id = gp_uuid_blob('%s')", f->old.id);
	exec(f->db, sql);
	exec(f->db, "INSERT INTO giz_participants SELECT a.seq, p.seq FROM giz_assessments a, "
		    "parents p WHERE p.given_names = 'Alleenmoeder'");
	exec(f->db, "INSERT INTO giz_aspects(id, assessment_seq, aspect_bds, score, note) "
		    "SELECT randomblob(16), seq, 1631, '02', 'GIZ-toelichting' FROM giz_assessments");
	exec(f->db, "INSERT INTO giz_agreements(id, assessment_seq, child_seq, what, who_kind, "
		    "due_on, evaluate_on, status, closed_on, created_at, updated_at) SELECT "
		    "randomblob(16), seq, child_seq, 'GIZ-afspraak over slapen', 'ouder', "
		    "'2003-04-10', '2003-04-20', 'gedaan', '2003-04-20', unixepoch('2003-04-01'), "
		    "unixepoch('2003-04-01') FROM giz_assessments");
	exec(f->db, "INSERT INTO giz_agreement_events(id, agreement_seq, child_seq, kind, "
		    "on_date, note, created_at) SELECT randomblob(16), seq, child_seq, 'gedaan', "
		    "'2003-04-20', 'GIZ-evaluatie', unixepoch('2003-04-20') FROM giz_agreements");
	/* a warm handover to the wijkteam with Alleenmoeder's consent and its steps (2003) */
	exec(f->db, "INSERT INTO handovers(id, no, child_seq, mode, destination, reason, summary, "
		    "casusregie, sender_name, state, sent_on, created_at, updated_at) SELECT "
		    "randomblob(16), 1, child_seq, 'erbij_halen', 'wijkteam', 'OVERDRACHT-reden', "
		    "'OVERDRACHT-samenvatting', 'jgz', 'Anna', 'verzonden', '2003-04-02', "
		    "unixepoch('2003-04-02'), unixepoch('2003-04-02') FROM giz_assessments");
	exec(f->db, "INSERT INTO handover_consents(id, handover_seq, person_kind, parent_seq, "
		    "decision, form, given_on, scope, created_at, updated_at) SELECT randomblob(16), "
		    "h.seq, 'ouder', p.seq, 'gegeven', 'mondeling', '2003-04-01', 'derden', "
		    "unixepoch('2003-04-01'), unixepoch('2003-04-01') FROM handovers h, parents p "
		    "WHERE p.given_names = 'Alleenmoeder'");
	exec(f->db, "INSERT INTO handover_events(id, handover_seq, state, happened_on, note, at) "
		    "SELECT randomblob(16), seq, 'verzonden', '2003-04-02', 'OVERDRACHT-stap', "
		    "unixepoch('2003-04-02') FROM handovers");
	snprintf(sql, sizeof sql, "UPDATE child_parents SET updated_at = unixepoch('2003-04-05') "
		 "WHERE child_seq = (SELECT seq FROM children WHERE id = gp_uuid_blob('%s'))",
		 f->old.id);
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

static long long count(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long long v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* 1 when the bytes of the file at path hold word (any case). */
static int file_holds(const char *path, const char *word)
{
	FILE *fp = fopen(path, "rb");
	if (!fp)
		return 0;
	size_t n = strlen(word), got;
	char buf[65536 + 64];
	size_t keep = 0;
	int found = 0;
	while (!found && (got = fread(buf + keep, 1, sizeof buf - 64 - keep, fp)) > 0) {
		size_t len = keep + got;
		for (size_t i = 0; i + n <= len && !found; i++)
			found = strncasecmp(buf + i, word, n) == 0;
		keep = len < n ? len : n - 1;
		memmove(buf, buf + len - keep, keep);
	}
	fclose(fp);
	return found;
}

static void past_term_is_listed_for_the_beheerder(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct retention_item *items;
	int n;
	struct gp_date today = {2026, 11, 26};
	account_act_as(f->db, &f->nurse);
	assert_int_equal(retention_list(f->db, today, &items, &n, &e), GP_EDENIED);
	account_act_as(f->db, &f->admin);
	assert_int_equal(retention_list(f->db, today, &items, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(items[0].name, "Zwaantje Oudeboom");
	assert_int_equal(items[0].last_change.y, 2003);
	free(items);
	/* an evaluation of a GIZ agreement is a change too */
	exec(f->db, "UPDATE giz_agreement_events SET created_at = unixepoch('2025-01-01')");
	assert_int_equal(retention_list(f->db, today, &items, &n, &e), GP_OK);
	assert_int_equal(n, 0);
	free(items);
	exec(f->db, "UPDATE giz_agreement_events SET created_at = unixepoch('2003-04-20')");
	/* a contact last year keeps a dossier: the last change counts */
	char sql[256];
	snprintf(sql, sizeof sql, "UPDATE children SET updated_at = unixepoch('2025-01-01') "
		 "WHERE id = gp_uuid_blob('%s')", f->old.id);
	exec(f->db, sql);
	assert_int_equal(retention_list(f->db, today, &items, &n, &e), GP_OK);
	assert_int_equal(n, 0);
	free(items);
}

static void destruction_removes_it_everywhere(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct retention_counts c;
	char wal[160];
	snprintf(wal, sizeof wal, "%s-wal", f->path);
	account_act_as(f->db, &f->nurse);
	assert_int_equal(retention_destroy(f->db, f->old.id, "verzoek ouders 2026-04", &c, &e),
			 GP_EDENIED);
	account_act_as(f->db, &f->admin);
	assert_int_equal(retention_destroy(f->db, f->old.id, "", &c, &e), GP_EINPUT);
	assert_int_equal(retention_destroy(f->db, f->old.id, "verzoek ouders 2026-04", &c, &e),
			 GP_OK);
	assert_int_equal(c.notes, 1);
	assert_int_equal(c.giz, 1);
	assert_int_equal(c.handovers, 1);
	assert_int_equal(c.parents, 1); /* the shared parent stays with Berend */
	assert_int_equal(c.clean, 1);
	char sql[256];
	snprintf(sql, sizeof sql, "SELECT count(*) FROM children WHERE id = gp_uuid_blob('%s')",
		 f->old.id);
	assert_int_equal(count(f->db, sql), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM parents"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM notes"), 0);
	assert_int_equal(count(f->db, "SELECT (SELECT count(*) FROM giz_assessments) + "
				      "(SELECT count(*) FROM giz_participants) + "
				      "(SELECT count(*) FROM giz_aspects) + "
				      "(SELECT count(*) FROM giz_agreements) + "
				      "(SELECT count(*) FROM giz_agreement_events)"), 0);
	assert_int_equal(count(f->db, "SELECT (SELECT count(*) FROM handovers) + "
				      "(SELECT count(*) FROM handover_consents) + "
				      "(SELECT count(*) FROM handover_events)"), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM children_fts WHERE children_fts "
				      "MATCH 'zwaantje'"), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE action = 'destroy' "
				      "AND detail LIKE 'reden: verzoek ouders 2026-04;%' AND "
				      "detail NOT LIKE '%Zwaantje%'"), 1);
	long long n;
	assert_int_equal(audit_verify(f->db, &n, &e), GP_OK);
	assert_int_equal(count(f->db, "SELECT count(*) FROM pragma_integrity_check "
				      "WHERE integrity_check = 'ok'"), 1);
	/* not in a free page, not in the search index's segments, not in the log file */
	db_close(f->db);
	f->db = NULL;
	assert_false(file_holds(f->path, "Zwaantje"));
	assert_false(file_holds(f->path, "geheime inhoud"));
	assert_false(file_holds(f->path, "Alleenmoeder"));
	assert_false(file_holds(f->path, "GIZ-"));
	assert_false(file_holds(f->path, "OVERDRACHT-"));
	assert_false(file_holds(wal, "Zwaantje"));
	assert_true(file_holds(f->path, "Berend")); /* the test can see names at all */
	assert_int_equal(db_open(&f->db, f->path, DB_EXISTING, &e), GP_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(past_term_is_listed_for_the_beheerder, setup,
						teardown),
		cmocka_unit_test_setup_teardown(destruction_removes_it_everywhere, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
