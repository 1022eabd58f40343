/* test_plans.c — the statements behind every screen and command, as they
 * run: a session on a demo database (search, a dossier with its contact
 * moments, growth and family, saving a child and a contact moment, the work
 * list from the due cache for everyone and for a caseload, Vandaag's GIZ
 * agreements for a caseload and a location, the rows of
 * `groeipad due`, the recently opened children, the year report, every child
 * as BDS JSON, the child's exports: kindoverzicht, JSON and BDS JSON) is
 * recorded, and then
 *  - every statement the core prepared is asked for its plan (EXPLAIN QUERY
 *    PLAN): none reads a whole table of records (by its name or its alias
 *    in the statement) unless it is one of the few whole-database jobs named
 *    below;
 *  - the same session again prepares nothing new: every statement that runs
 *    the second time is one prepared the first time (db_stmt's cache). */
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
#include "child.h"
#include "childdue.h"
#include "contact.h"
#include "db.h"
#include "demo.h"
#include "due.h"
#include "export.h"
#include "giz.h"
#include "recent.h"
#include "report.h"
#include "search.h"

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

/* Whole-database jobs, which read every record by design: every child's due
 * list computed from its records (DUE_ALL; the due cache filled in one pass
 * when more than two fifths of the children need it, e.g. once after
 * migration 013) and the audit chain check; and the audit log's last entry.  A
 * statement is matched by the start of its text. */
static const char *const WHOLE_DB[] = {
	"SELECT id, client_no, given_names, tussenvoegsel, family_name, birth_date", /* due.c */
	"SELECT child_seq, contact_date, schedule_moment, status_code FROM contacts "
	"WHERE schedule_moment IS NOT NULL ORDER BY", /* due.c, duecache.c */
	"SELECT child_seq, vaccine, coalesce(dose_no, 0), vaccinated_on, given, "
	"coalesce(reason_not_given, '') FROM vaccinations ORDER BY", /* duecache.c */
	"SELECT child_seq, vaccine, coalesce(dose_no, 0), vaccinated_on, given, "
	"coalesce(reason_not_given, '') FROM vaccinations WHERE vaccinated_on", /* due.c */
	"SELECT c.seq, c.birth_date, c.sex, coalesce(c.gestational_age_days, 0), "
	"coalesce(c.registered_on, ''), coalesce(c.rvp_variant, '') FROM children c ORDER BY",
	"UPDATE due_cache SET valid_until = '' WHERE valid_until <> ''", /* other schedule files */
	/* every child exported (export_all_children: bds.c's three walks, export.c's ids);
	 * prepared for the walk, once per command */
	"SELECT id, coalesce(bsn, ''), given_names, coalesce(call_name, '')",
	"SELECT cp.child_seq, cp.relation, coalesce(p.birth_date, '')",
	"SELECT child_seq, measured_on, coalesce(length_mm, 0)",
	"SELECT id FROM children ORDER BY seq",
	/* `groeipad due`: every open entry, read in the children's order (and sorted) */
	"SELECT c.id, c.client_no, c.given_names, c.tussenvoegsel, c.family_name, "
	"c.birth_date, c.bsn, c.postcode, c.sex, i.kind",
	/* the year report's vaccination coverage and reach of the moments: every
	 * child of the cohorts, side by side with their doses and with their
	 * realised moments (report.c) */
	"SELECT c.seq, c.birth_date, coalesce(c.rvp_variant, '') FROM children c NOT INDEXED",
	"SELECT c.seq, c.birth_date, coalesce(c.gestational_age_days, 0), "
	"coalesce(c.registered_on, '') FROM children c NOT INDEXED",
	"SELECT child_seq, schedule_moment FROM contacts WHERE schedule_moment IS NOT NULL "
	"AND status_code = '01'",
	"SELECT seq, at, account_id, username, workstation",            /* audit_verify */
	/* not a whole table: the rowid order read backwards, stopped after one */
	"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
	NULL,
};

/* Tables that grow with the number of children or with use. */
static const char *const BIG[] = {
	"children", "parents", "child_parents", "contacts", "contact_professionals",
	"contact_observations", "measurements", "vaccinations", "appointments", "audit_log",
	"giz_assessments", "giz_aspects", "giz_agreements", "handovers", "handover_consents",
	"handover_events", "notes", "due_cache", "due_cache_item", NULL,
};

static int whole_db(const char *sql)
{
	for (int i = 0; WHOLE_DB[i]; i++)
		if (strncmp(sql, WHOLE_DB[i], strlen(WHOLE_DB[i])) == 0)
			return 1;
	return 0;
}

static int is_word(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
	       ch == '_';
}

/* The names a plan may give the big tables of sql: each table's own name
 * and the alias it has in sql ("contacts k", "due_cache AS d"); SQLite's
 * plan names an aliased table by its alias alone ("SCAN d"). */
static int big_names(const char *sql, char (*out)[64], int max)
{
	static const char *const not_alias[] = {"WHERE", "ON", "JOIN", "CROSS", "LEFT", "INNER",
						"GROUP", "ORDER", "LIMIT", "USING", "SET", "VALUES",
						"UNION", "AS", "(", "WITH", "INDEXED", "NOT", NULL};
	int n = 0;
	for (int i = 0; BIG[i] && n < max; i++) {
		snprintf(out[n++], 64, "%s", BIG[i]);
		size_t len = strlen(BIG[i]);
		for (const char *p = strstr(sql, BIG[i]); p && n < max; p = strstr(p + len, BIG[i])) {
			if ((p > sql && is_word(p[-1])) || is_word(p[len]))
				continue; /* part of a longer name */
			const char *q = p + len;
			while (*q == ' ')
				q++;
			if (strncmp(q, "AS ", 3) == 0)
				for (q += 3; *q == ' '; q++)
					;
			char word[64];
			size_t w = 0;
			while (w < sizeof word - 1 && is_word(q[w])) {
				word[w] = q[w];
				w++;
			}
			word[w] = '\0';
			int alias = w > 0;
			for (int k = 0; alias && not_alias[k]; k++)
				if (strcasecmp(word, not_alias[k]) == 0)
					alias = 0;
			if (alias)
				snprintf(out[n++], 64, "%.63s", word);
		}
	}
	return n;
}

/* The first step of sql's plan that reads a whole big table, or NULL. */
/* 1 when `child` has a foreign key to `parent`: SQLite plans a scan of it
 * for every INSERT into a parent table that has triggers (the outbox of
 * migration 012), run only while an immediate foreign key is violated
 * (never: the schema's keys are immediate), so not a scan a save pays for. */
static int parent_side_check(struct db *db, const char *sql, const char *detail)
{
	char parent[64], child[64];
	if (sscanf(sql, "INSERT INTO %63[a-z_]", parent) != 1 ||
	    sscanf(detail, "SCAN %63[a-z_]", child) != 1)
		return 0;
	char *q = sqlite3_mprintf("SELECT 1 FROM pragma_foreign_key_list(%Q) WHERE \"table\" = %Q",
				  child, parent);
	sqlite3_stmt *st;
	int found = sqlite3_prepare_v2(db->h, q, -1, &st, NULL) == SQLITE_OK &&
		    sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	sqlite3_free(q);
	return found;
}

static char *full_scan(struct db *db, const char *sql)
{
	char *eqp = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", sql);
	sqlite3_stmt *st;
	/* A table with triggers (contacts, vaccinations, children: the due
	 * cache's, 013) shows in the plan of an INSERT the foreign-key look-ups
	 * of the tables that point at it; SQLite runs those only while some
	 * deferred foreign-key violation is outstanding (OP_FkIfZero), never
	 * here, so an INSERT's plan is asked for without them. */
	int insert = strncmp(sql, "INSERT", 6) == 0;
	if (insert)
		sqlite3_exec(db->h, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
	assert_int_equal(sqlite3_prepare_v2(db->h, eqp, -1, &st, NULL), SQLITE_OK);
	sqlite3_free(eqp);
	char *bad = NULL;
	char names[64][64]; /* the big tables and their aliases in this statement */
	int nnames = big_names(sql, names, 64);
	while (!bad && sqlite3_step(st) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(st, 3);
		for (int i = 0; i < nnames && !bad; i++) {
			char scan[80];
			snprintf(scan, sizeof scan, "SCAN %.63s", names[i]);
			size_t n = strlen(scan);
			/* "SCAN contacts", "SCAN k" (its alias), without an index */
			if (strncmp(detail, scan, n) == 0 && (detail[n] == '\0' || detail[n] == ' ') &&
			    !strstr(detail, "USING") && !parent_side_check(db, sql, detail))
				bad = strdup(detail);
		}
		if (!bad && strstr(detail, "AUTOMATIC"))
			bad = strdup(detail); /* an index SQLite had to build on the fly */
	}
	sqlite3_finalize(st);
	if (insert)
		sqlite3_exec(db->h, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	return bad;
}

/* Statements run while tracing, and whether each came from the cache. */
static int tracing, uncached;

static int on_statement(unsigned type, void *ctx, void *p, void *x)
{
	struct db *db = ctx;
	(void)type;
	const char *sql = x;
	if (!tracing || strncmp(sql, "--", 2) == 0) /* a trigger's body */
		return 0;
	const char *full = sqlite3_sql(p);
	if (full && (strstr(full, "'main'.'children_fts_") || strstr(full, "\"main\".\"children_fts_") ||
		     strncmp(full, "BEGIN", 5) == 0 || strncmp(full, "COMMIT", 6) == 0 ||
		     strncmp(full, "ROLLBACK", 8) == 0))
		return 0; /* FTS5's own statements, and transactions */
	for (int i = 0; i < db->ncache; i++)
		if (db->cache[i].stmt == p)
			return 0;
	if (full && whole_db(full)) /* a walk over every child, prepared for the walk */
		return 0;
	fprintf(stderr, "prepared again: %s\n", full ? full : sql);
	uncached++;
	return 0;
}

/* The folder of the test's files (the exports go there). */
static char workdir[32];

static int count_row(void *ctx, const struct child_summary *c, const struct sched_due *d)
{
	(void)c;
	(void)d;
	++*(int *)ctx;
	return 0;
}

/* What a nurse does in a few minutes, through the core. */
static void session(struct db *db, const struct contact_refs *refs, struct gp_date today,
		    const char *child_id, const char *contact_id, int round)
{
	struct gp_err e = {0};
	struct child_summary hits[50];
	int n, more;
	static const char *const queries[] = {"a", "3", "jan", "van d", "12-03-2019", "999900",
					      "3511 ab", "zoe"};
	for (size_t i = 0; i < sizeof queries / sizeof *queries; i++)
		assert_int_equal(search_children(db, queries[i], hits, 50, &n, &more, &e), GP_OK);
	struct child c;
	assert_int_equal(child_get(db, child_id, &c, &e), GP_OK);
	char no[24];
	snprintf(no, sizeof no, "%lld", c.client_no);
	assert_int_equal(child_find_ref(db, no, &c, &e), GP_OK);
	assert_int_equal(child_log_view(db, c.id, &e), GP_OK);
	struct family_member *fam;
	struct child_summary *sib;
	int nf, ns;
	assert_int_equal(child_family(db, c.id, &fam, &nf, &e), GP_OK);
	assert_int_equal(child_siblings(db, c.id, &sib, &ns, &e), GP_OK);
	if (nf > 0) {
		assert_int_equal(family_save_member(db, NULL, &fam[0], &e), GP_OK);
		struct parent p;
		assert_int_equal(parent_get(db, fam[0].parent.id, &p, &e), GP_OK);
	}
	free(fam);
	free(sib);
	struct contact *k;
	struct measurement *m;
	struct vaccination *v;
	int nk, nm, nv;
	assert_int_equal(contact_list(db, c.id, &k, &nk, &e), GP_OK);
	assert_int_equal(measurement_list(db, c.id, &m, &nm, &e), GP_OK);
	assert_int_equal(vaccination_list(db, c.id, &v, &nv, &e), GP_OK);
	struct contact_record *rec = calloc(1, sizeof *rec);
	assert_int_equal(contact_get(db, contact_id, rec, &e), GP_OK);
	assert_true(rec->has_measurement && rec->nvaccinations > 0);
	assert_int_equal(contact_update(db, refs, rec, &e), GP_OK);
	free(k);
	free(m);
	free(v);
	/* a contact that did not take place, and a new name (a new sort_no) */
	memset(rec, 0, sizeof *rec);
	strcpy(rec->contact.child_id, c.id);
	rec->contact.date = today;
	strcpy(rec->contact.status, "02");
	strcpy(rec->contact.kind, "01");
	assert_int_equal(contact_save_new(db, refs, rec, &e), GP_OK);
	free(rec);
	snprintf(c.family_name, sizeof c.family_name, "Zwaan%d", round);
	assert_int_equal(child_update(db, &c, &e), GP_OK);
	struct sched_due_list due;
	assert_int_equal(child_due_list(db, refs->schedule, &c, today, &due, &e), GP_OK);
	schedule_due_free(&due);
	struct child_summary recent[15];
	assert_int_equal(recent_children(db, db->actor_id, recent, 15, &n, &e), GP_OK);
	assert_true(n >= 1);
	struct due_report report;
	assert_int_equal(due_collect(db, refs->schedule, today, DUE_OPEN, 100, &report, &e), GP_OK);
	due_report_free(&report);
	/* Vandaag in the user's caseload, and the rows of `groeipad due` */
	struct due_scope mine = {.professional_id = db->actor_id};
	assert_int_equal(due_work_list(db, refs->schedule, today, &mine, 1000, &report, &e), GP_OK);
	due_report_free(&report);
	/* Vandaag's GIZ agreements: the caseload's, and everyone's in a location */
	struct giz_agreement_row *giz;
	int ngiz, gmatched;
	assert_int_equal(giz_due(db, today, &mine, 200, &giz, &ngiz, NULL, &e), GP_OK);
	free(giz);
	assert_int_equal(giz_due(db, today, &mine, 1, &giz, &ngiz, &gmatched, &e), GP_OK);
	free(giz);
	struct due_scope place = {.location = c.location};
	assert_int_equal(giz_due(db, today, &place, 200, &giz, &ngiz, &gmatched, &e), GP_OK);
	free(giz);
	size_t nkids = 0, nrows = 0;
	int seen = 0;
	assert_int_equal(due_rows_unsorted(db, refs->schedule, today, NULL, NULL, &nkids, &nrows,
					   &e), GP_OK);
	assert_int_equal(due_rows(db, refs->schedule, today, count_row, &seen, &e), GP_OK);
	assert_int_equal((size_t)seen, nrows);
	assert_true(nrows >= nkids && nkids > 0);
	/* the year report, and every child as BDS JSON (issue 11) */
	struct report_row *rows;
	size_t nrows_report;
	struct gp_date jan = {today.y, 1, 1}, dec = {today.y, 12, 31};
	assert_int_equal(report_collect(db, refs->schedule, jan, dec, &rows, &nrows_report, &e),
			 GP_OK);
	free(rows);
	char all[64];
	snprintf(all, sizeof all, "%s/all.ndjson", workdir);
	struct export_job alljob = {.format = EXPORT_BDS, .path = all, .force = 1, .today = today};
	struct export_result allres;
	assert_int_equal(export_all_children(db, &alljob, &allres, &e), GP_OK);
	/* the child's exports (issue 11) */
	static const enum export_format formats[] = {EXPORT_TXT, EXPORT_JSON, EXPORT_BDS};
	for (size_t i = 0; i < sizeof formats / sizeof *formats; i++) {
		char out[64];
		snprintf(out, sizeof out, "%s/export.%d", workdir, (int)i);
		struct export_job job = {.format = formats[i], .path = out, .force = 1,
					 .today = today};
		struct export_result res;
		assert_int_equal(export_child(db, &job, &c, &res, &e), GP_OK);
	}
}

static void hot_queries_use_indexes_and_are_prepared_once(void **state)
{
	(void)state;
	char dir[] = "/tmp/gp-plans-XXXXXX", path[64];
	assert_non_null(mkdtemp(dir));
	snprintf(workdir, sizeof workdir, "%s", dir);
	setenv("GROEIPAD_DATADIR", datadir(), 0); /* the exports read it through refdata_dir() */
	snprintf(path, sizeof path, "%s/t.db", dir);
	struct gp_err e = {0};
	struct db *db;
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {120, 3, datadir()};
	assert_int_equal(demo_fill(db, &opt, &e), GP_OK);
	struct account a;
	assert_int_equal(account_get(db, "demo", &a, &e), GP_OK);
	account_act_as(db, &a);
	struct growth_ref *growth;
	struct schedule *sched;
	struct refdata *codes;
	assert_int_equal(growth_load(datadir(), &growth, &e), GP_OK);
	assert_int_equal(schedule_load(datadir(), &sched, &e), GP_OK);
	assert_int_equal(refdata_load(datadir(), "nl", &codes, &e), GP_OK);
	struct contact_refs refs = {growth, codes, sched};
	struct gp_date today = date_today();

	/* a child with parents, and one of its contacts with a measurement and
	 * a vaccination */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h,
		"SELECT gp_uuid_text(c.id), gp_uuid_text(k.id) FROM contacts k "
		"JOIN children c ON c.seq = k.child_seq "
		"WHERE EXISTS (SELECT 1 FROM measurements WHERE contact_seq = k.seq) "
		"AND EXISTS (SELECT 1 FROM vaccinations WHERE contact_seq = k.seq) "
		"AND EXISTS (SELECT 1 FROM child_parents WHERE child_seq = c.seq) "
		"ORDER BY k.seq LIMIT 1", -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	char child_id[DB_ID_LEN], contact_id[DB_ID_LEN];
	snprintf(child_id, sizeof child_id, "%s", (const char *)sqlite3_column_text(st, 0));
	snprintf(contact_id, sizeof contact_id, "%s", (const char *)sqlite3_column_text(st, 1));
	sqlite3_finalize(st);

	sqlite3_trace_v2(db->h, SQLITE_TRACE_STMT, on_statement, db);
	session(db, &refs, today, child_id, contact_id, 1);
	int prepared = db->ncache;
	assert_true(prepared > 20);
	tracing = 1;
	session(db, &refs, today, child_id, contact_id, 2);
	tracing = 0;
	assert_int_equal(uncached, 0);
	for (int i = prepared; i < db->ncache; i++)
		fprintf(stderr, "first prepared in the second round: %s\n", db->cache[i].sql);
	assert_int_equal(db->ncache, prepared);

	int scans = 0;
	for (int i = 0; i < db->ncache; i++) {
		char *bad = full_scan(db, db->cache[i].sql);
		if (bad && !whole_db(db->cache[i].sql)) {
			fprintf(stderr, "reads a whole table (%s):\n  %s\n", bad, db->cache[i].sql);
			scans++;
		}
		free(bad);
	}
	assert_int_equal(scans, 0);
	/* and the test can fail: a query on an unindexed column is caught */
	char *bad = full_scan(db, "SELECT * FROM contacts WHERE conclusion = 'x'");
	assert_non_null(bad);
	free(bad);
	growth_free(growth);
	schedule_free(sched);
	refdata_free(codes);
	db_close(db);
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hot_queries_use_indexes_and_are_prepared_once),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
