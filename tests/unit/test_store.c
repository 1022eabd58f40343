/* test_store.c — the storage layer against a real SQLite file: pragmas and
 * migrations, children and parents with the version check, search as people
 * type, accounts and the audit chain. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "account.h"
#include "audit.h"
#include "child.h"
#include "db.h"
#include "migrations.h"
#include "refdata.h"
#include "search.h"

struct fixture {
	char dir[64];   /* a fresh temporary directory */
	char path[128]; /* the database file in it */
	struct db *db;  /* open on path */
};

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	strcpy(f->dir, "/tmp/gp-store-XXXXXX");
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

static long long one_int(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long long v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

static struct child make(const char *given, const char *prefix, const char *family,
			 const char *bsn, const char *birth, const char *postcode)
{
	struct child c = {0};
	strcpy(c.given_names, given);
	strcpy(c.tussenvoegsel, prefix);
	strcpy(c.family_name, family);
	strcpy(c.bsn, bsn);
	strcpy(c.postcode, postcode);
	assert_int_equal(date_parse_iso(birth, &c.birth_date), 0);
	c.sex = 2;
	return c;
}

static void pragmas_and_schema(void **state)
{
	struct fixture *f = *state;
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(f->db->h, "PRAGMA journal_mode", -1, &st, NULL), 0);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_string_equal((const char *)sqlite3_column_text(st, 0), "wal");
	sqlite3_finalize(st);
	assert_int_equal(one_int(f->db, "PRAGMA foreign_keys"), 1);
	assert_int_equal(one_int(f->db, "PRAGMA synchronous"), 2); /* FULL */
	assert_true(one_int(f->db, "PRAGMA user_version") >= 1);
	assert_int_equal(one_int(f->db, "PRAGMA application_id"), GP_APPLICATION_ID);
	int on = 0;
	sqlite3_db_config(f->db->h, SQLITE_DBCONFIG_DEFENSIVE, -1, &on);
	assert_int_equal(on, 1);
	/* every record type of the product has its table */
	const char *tables[] = {"settings", "accounts", "organisations", "children", "parents",
				"child_parents", "appointments", "contacts", "measurements",
				"vaccinations", "giz_assessments", "giz_aspects", "giz_agreements",
				"handovers", "handover_consents", "handover_events", "notes",
				"audit_log", "children_fts"};
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) {
		char sql[160];
		snprintf(sql, sizeof sql, "SELECT count(*) FROM sqlite_schema WHERE name = '%s'",
			 tables[i]);
		assert_int_equal(one_int(f->db, sql), 1);
	}
}

static void newer_schema_is_refused_untouched(void **state)
{
	struct fixture *f = *state;
	assert_int_equal(db_exec(f->db, "PRAGMA user_version = 999", NULL), GP_OK);
	db_close(f->db);
	FILE *fp = fopen(f->path, "rb");
	char before[4096], after[4096];
	size_t n1 = fread(before, 1, sizeof before, fp);
	fclose(fp);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_EXISTING, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "nieuwere versie"));
	assert_null(f->db);
	fp = fopen(f->path, "rb");
	size_t n2 = fread(after, 1, sizeof after, fp);
	fclose(fp);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	assert_int_equal(db_open(&f->db, f->path, DB_READONLY, &e), GP_ECORRUPT);
	/* teardown closes f->db: give it a usable one (back to the version it had) */
	char cmd[300];
	snprintf(cmd, sizeof cmd, "sqlite3 '%s' 'PRAGMA user_version = %d'", f->path,
		 gp_migrations[gp_migration_count - 1].number);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(db_open(&f->db, f->path, DB_EXISTING, &e), GP_OK);
}

/* A migration that fails half-way (here: a table it creates already exists)
 * is rolled back whole: the file keeps every byte it had. */
static void failed_migration_leaves_file_untouched(void **state)
{
	struct fixture *f = *state;
	char path[160], cmd[400];
	snprintf(path, sizeof path, "%s/old.db", f->dir);
	snprintf(cmd, sizeof cmd,
		 "sqlite3 '%s' \"PRAGMA journal_mode = WAL; PRAGMA application_id = %d; "
		 "CREATE TABLE notes(x); INSERT INTO notes VALUES ('kept')\" >/dev/null",
		 path, GP_APPLICATION_ID);
	assert_int_equal(system(cmd), 0);
	FILE *fp = fopen(path, "rb");
	static char before[65536], after[65536];
	size_t n1 = fread(before, 1, sizeof before, fp);
	fclose(fp);
	struct db *db = NULL;
	struct gp_err e = {0};
	assert_int_equal(db_open(&db, path, DB_EXISTING, &e), GP_EINTERNAL);
	assert_null(db);
	assert_non_null(strstr(e.msg, "niet veranderd"));
	fp = fopen(path, "rb");
	size_t n2 = fread(after, 1, sizeof after, fp);
	fclose(fp);
	assert_int_equal(n1, n2);
	assert_memory_equal(before, after, n1);
	snprintf(cmd, sizeof cmd, "test \"$(sqlite3 '%s' 'PRAGMA user_version; SELECT x FROM notes; "
		 "SELECT count(*) FROM sqlite_schema')\" = \"$(printf '0\\nkept\\n1')\"", path);
	assert_int_equal(system(cmd), 0);
}

/* A database of schema 001 (as the first release wrote it) is brought up
 * to date: its relation numbers become our words by what they meant
 * ('01' was "biologische moeder"), the caseload and appointment columns
 * appear, and nothing else changes. */
static void migration_005_converts_relations(void **state)
{
	struct fixture *f = *state;
	char path[160], cmd[4096];
	snprintf(path, sizeof path, "%s/r1.db", f->dir);
	const char *dir = getenv("GROEIPAD_DATADIR") ? getenv("GROEIPAD_DATADIR") : "data";
	/* a schema-1 file as the main branch wrote it: text UUIDs, local times,
	 * relations as the old numbers (01 mother, 02 father, 09 co-mother, 10
	 * guardian) */
#define U(n) "'01900000-0000-7000-8000-00000000000" #n "'"
#define T "'2026-01-01T09:00:00'"
	snprintf(cmd, sizeof cmd,
		 "sqlite3 -cmd 'PRAGMA application_id = %d' -cmd '.read %s/schema/001_initial.sql' "
		 "'%s' \"PRAGMA user_version = 1; "
		 "INSERT INTO children(seq, id, client_no, given_names, family_name, sort_key, "
		 "search_names, birth_date, created_at, updated_at) VALUES (1, " U(1) ", 100001, "
		 "'Ada', 'Smit', 'smit', 'Ada Smit', '2020-01-01', " T ", " T "); "
		 "INSERT INTO parents(id, given_names, family_name, created_at, updated_at) VALUES "
		 "(" U(2) ", 'M', 'S', " T ", " T "), (" U(3) ", 'V', 'S', " T ", " T "), "
		 "(" U(4) ", 'D', 'K', " T ", " T "), (" U(5) ", 'G', 'J', " T ", " T "); "
		 "INSERT INTO child_parents(id, child_id, parent_id, relation, gezag, created_at, "
		 "updated_at) VALUES (" U(6) ", " U(1) ", " U(2) ", '01', 1, " T ", " T "), "
		 "(" U(7) ", " U(1) ", " U(3) ", '02', 1, " T ", " T "), "
		 "(" U(8) ", " U(1) ", " U(4) ", '09', 1, " T ", " T "), "
		 "(" U(9) ", " U(1) ", " U(5) ", '10', 0, " T ", " T ")\" >/dev/null",
		 GP_APPLICATION_ID, dir, path);
#undef U
#undef T
	assert_int_equal(system(cmd), 0);
	struct db *db = NULL;
	struct gp_err e = {0};
	if (db_open(&db, path, DB_EXISTING, &e) != GP_OK)
		fail_msg("%s", e.msg);
	db_close(db);
	snprintf(cmd, sizeof cmd, "test \"$(sqlite3 '%s' \"SELECT group_concat(relation, ' ') "
		 "FROM (SELECT relation FROM child_parents ORDER BY seq); SELECT count(*) FROM "
		 "pragma_table_info('children') WHERE name IN ('location', 'professional_seq'); "
		 "SELECT count(*) FROM pragma_table_info('appointments') WHERE name IN "
		 "('schedule_moment', 'doses'); PRAGMA user_version\")\" = "
		 "\"$(printf 'moeder vader duomoeder voogd\\n2\\n2\\n%d')\"",
		 path, gp_migrations[gp_migration_count - 1].number);
	assert_int_equal(system(cmd), 0);
}

static void child_create_read_update(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Zoë", "van der", "Berg", "999902192", "2024-03-05", "1234 AB");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	assert_int_equal(strlen(c.id), 36);
	assert_int_equal(c.id[14], '7'); /* UUIDv7 */
	assert_true(c.client_no > 0);
	assert_int_equal(c.version, 1);
	struct child back;
	assert_int_equal(child_get(f->db, c.id, &back, &e), GP_OK);
	assert_string_equal(back.given_names, "Zoë");
	assert_string_equal(back.tussenvoegsel, "van der");
	assert_int_equal(back.birth_date.d, 5);
	assert_int_equal(child_find_ref(f->db, "999902192", &back, &e), GP_OK);
	assert_string_equal(back.id, c.id);
	char ref[32];
	snprintf(ref, sizeof ref, "%lld", c.client_no);
	assert_int_equal(child_find_ref(f->db, ref, &back, &e), GP_OK);
	assert_int_equal(child_find_ref(f->db, "99999", &back, &e), GP_ENOTFOUND);
	assert_int_equal(child_find_ref(f->db, "abc", &back, &e), GP_EINPUT);

	strcpy(back.city, "Utrecht");
	assert_int_equal(child_update(f->db, &back, &e), GP_OK);
	assert_int_equal(back.version, 2);
	assert_int_equal(child_get(f->db, c.id, &back, &e), GP_OK);
	assert_string_equal(back.city, "Utrecht");
	assert_int_equal(back.version, 2);
}

static void stale_update_is_refused(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Daan", "de", "Vries", "", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct child mine, theirs;
	child_get(f->db, c.id, &mine, &e);
	child_get(f->db, c.id, &theirs, &e);
	strcpy(theirs.phone, "06-11111111");
	assert_int_equal(child_update(f->db, &theirs, &e), GP_OK);
	strcpy(mine.phone, "06-22222222");
	assert_int_equal(child_update(f->db, &mine, &e), GP_ESTALE);
	assert_non_null(strstr(e.msg, "Uw invoer staat nog op het scherm"));
	assert_string_equal(mine.phone, "06-22222222"); /* what was typed is kept */
	assert_int_equal(mine.version, 1);
	struct child now;
	child_get(f->db, c.id, &now, &e);
	assert_string_equal(now.phone, "06-11111111"); /* not overwritten */
	assert_int_equal(now.version, 2);
}

static void bad_input_is_refused_in_words(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Anna", "", "Bakker", "123456789", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "BSN"));
	assert_non_null(strstr(e.msg, "elfproef"));
	c = make("Anna", "", "", "", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Achternaam"));
	c = make("Anna", "", "Bakker", "", "2020-01-01", "");
	c.birth_date = date_add_months(date_today(), 1);
	assert_int_equal(child_create(f->db, &c, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "toekomst"));
	c = make("Anna\x1b[2J", "", "Bakker", "", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_EINPUT);
	c = make("Anna", "", "Bakker", "999900183", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct child twin = make("Bo", "", "Bakker", "999900183", "2020-01-01", "");
	assert_int_equal(child_create(f->db, &twin, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "al een kind met BSN 999900183"));
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM children"), 1);
}

/* Names of the search hits in order, joined by '|'. */
static void hits(struct db *db, const char *query, char *out, size_t outsz)
{
	struct child_summary h[20];
	int n, more;
	struct gp_err e = {0};
	assert_int_equal(search_children(db, query, h, 20, &n, &more, &e), GP_OK);
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		strncat(out, h[i].display_name, outsz - strlen(out) - 2);
		strcat(out, "|");
	}
}

static void search_as_people_type(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child kids[] = {
		make("Zoë", "van der", "Berg", "999902192", "2024-03-05", "1234 AB"),
		make("Gülşen", "", "Yılmaz", "999900183", "2019-07-14", "3511 KL"),
		make("Łukasz", "", "Wójcik", "999911880", "2016-02-29", "3811 MN"),
		make("小明", "", "王", "999912045", "2021-10-01", "3701 PQ"),
		make("Daan", "de", "Vries", "", "2015-05-05", "3511 KM"),
		make("Anna", "", "Bakker", "", "2018-08-08", "3511 KN"),
		make("Zoe", "", "Anders", "", "2017-01-01", ""),
	};
	for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
		assert_int_equal(child_create(f->db, &kids[i], &e), GP_OK);
	char got[512];
	hits(f->db, "zoe", got, sizeof got);
	assert_string_equal(got, "Zoe Anders|Zoë van der Berg|");
	hits(f->db, "ZOË", got, sizeof got);
	assert_string_equal(got, "Zoe Anders|Zoë van der Berg|");
	hits(f->db, "gulsen", got, sizeof got);
	assert_string_equal(got, "Gülşen Yılmaz|");
	hits(f->db, "yilm", got, sizeof got);
	assert_string_equal(got, "Gülşen Yılmaz|");
	hits(f->db, "lukasz woj", got, sizeof got);
	assert_string_equal(got, "Łukasz Wójcik|");
	hits(f->db, "王", got, sizeof got);
	assert_string_equal(got, "小明 王|");
	hits(f->db, "zoe berg", got, sizeof got);
	assert_string_equal(got, "Zoë van der Berg|");
	hits(f->db, "999911", got, sizeof got);
	assert_string_equal(got, "Łukasz Wójcik|");
	hits(f->db, "29-02-2016", got, sizeof got);
	assert_string_equal(got, "Łukasz Wójcik|");
	hits(f->db, "29022016", got, sizeof got);
	assert_string_equal(got, "Łukasz Wójcik|");
	hits(f->db, "5-3-2024", got, sizeof got);
	assert_string_equal(got, "Zoë van der Berg|");
	hits(f->db, "1234ab", got, sizeof got);
	assert_string_equal(got, "Zoë van der Berg|");
	hits(f->db, "1234 AB", got, sizeof got);
	assert_string_equal(got, "Zoë van der Berg|");
	/* sorted by family name, the tussenvoegsel ignored: Bakker, Berg, Vries */
	hits(f->db, "3511", got, sizeof got);
	assert_string_equal(got, "Anna Bakker|Daan de Vries|Gülşen Yılmaz|");
	hits(f->db, "a", got, sizeof got);
	assert_string_equal(got, "Zoe Anders|Anna Bakker|"); /* not the AB of a postcode */
	/* quotes, operators and stray punctuation are searched as text, never crash */
	hits(f->db, "\"zoe", got, sizeof got);
	assert_string_equal(got, "Zoe Anders|Zoë van der Berg|");
	hits(f->db, "zoe OR NOT *", got, sizeof got);
	hits(f->db, "", got, sizeof got);
	assert_string_equal(got, "");
	hits(f->db, "  ,, ", got, sizeof got);
	assert_string_equal(got, "");
	hits(f->db, "qqqq", got, sizeof got);
	assert_string_equal(got, "");
}

static void search_reports_more(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	for (int i = 0; i < 12; i++) {
		struct child c = make("Sem", "", "Jansen", "", "2020-01-01", "");
		c.birth_date.d = i + 1;
		assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	}
	struct child_summary h[10];
	int n, more;
	assert_int_equal(search_children(f->db, "jansen", h, 10, &n, &more, &e), GP_OK);
	assert_int_equal(n, 10);
	assert_int_equal(more, 1);
	assert_int_equal(h[0].birth_date.d, 1);
}

/* The index returns children in name order up to nine characters of the
 * sort key; within those, search_children sorts.  Against the plain answer
 * (every match, sorted by SQL) for lists cut at every length: names that
 * share long prefixes, a tussenvoegsel, diacritics, a hyphen, renamed
 * children (a new sort_no) and the same name with other birth dates. */
static void search_order_matches_sorting_everything(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	static const char *const names[][3] = {
		{"Jan", "", "Jansen"},     {"Anna", "", "Jansen"},    {"Jet", "", "Janssen"},
		{"Jop", "van", "Jansen"},  {"Joël", "", "Jansen"},    {"Jim", "", "Jansen-Smit"},
		{"Job", "", "Jansens"},    {"Juul", "", "Jansen"},    {"Jens", "", "Jan"},
		{"Jaap", "de", "Jong"},    {"Joost", "", "Jongejan"}, {"Jill", "", "Jonge"},
		{"Anna", "", "Jansen"},    {"Jan", "", "Janssen"},    {"Jules", "", "Jàn"},
		{"Ja'far", "", "Jansen"},  {"Jan", "", "Jansenius"},  {"Jan", "", "Jansen"},
	};
	char ids[18][DB_ID_LEN];
	for (int i = 0; i < 18; i++) {
		struct child c = make(names[i][0], names[i][1], names[i][2], "", "2020-01-01", "");
		c.birth_date.d = 28 - i;
		assert_int_equal(child_create(f->db, &c, &e), GP_OK);
		strcpy(ids[i], c.id);
	}
	/* renamed: a new sort_no in another group, and back into a busy one */
	for (int i = 0; i < 18; i += 5) {
		struct child c;
		assert_int_equal(child_get(f->db, ids[i], &c, &e), GP_OK);
		strcpy(c.family_name, i % 2 ? "Jansen" : "Aa-Jansen");
		assert_int_equal(child_update(f->db, &c, &e), GP_OK);
	}
	static const char *const queries[] = {"j", "ja", "jan", "jansen", "jan jan", "a",
						 "aa-jansen" /* a double name, not a date */};
	for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
		char match[256];
		assert_int_equal(search_build_match(queries[q], match, sizeof match), 0);
		sqlite3_stmt *st;
		assert_int_equal(sqlite3_prepare_v2(f->db->h,
			"SELECT gp_uuid_text(c.id) FROM children c WHERE c.sort_no IN (SELECT rowid "
			"FROM children_fts WHERE children_fts MATCH ?1) ORDER BY c.sort_key, "
			"c.birth_date", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
		char all[20][DB_ID_LEN];
		int nall = 0;
		while (sqlite3_step(st) == SQLITE_ROW && nall < 20)
			strcpy(all[nall++], (const char *)sqlite3_column_text(st, 0));
		sqlite3_finalize(st);
		assert_true(nall > 0);
		for (int max = 1; max <= nall + 1; max++) {
			struct child_summary h[20];
			int n, more;
			assert_int_equal(search_children(f->db, queries[q], h, max, &n, &more, &e),
					 GP_OK);
			assert_int_equal(n, max < nall ? max : nall);
			assert_int_equal(more, max < nall);
			for (int i = 0; i < n; i++)
				assert_string_equal(h[i].id, all[i]);
		}
	}
}

static void family_links_and_siblings(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child a = make("Emma", "", "Visser", "", "2018-01-01", "");
	struct child b = make("Finn", "", "Visser", "", "2021-01-01", "");
	struct child other = make("Noor", "", "Smit", "", "2021-01-01", "");
	child_create(f->db, &a, &e);
	child_create(f->db, &b, &e);
	child_create(f->db, &other, &e);
	struct parent mum = {0}, dad = {0};
	strcpy(mum.given_names, "Fatima");
	strcpy(mum.family_name, "El Amrani");
	mum.sex = 2;
	strcpy(dad.given_names, "Kees");
	strcpy(dad.family_name, "Visser");
	assert_int_equal(parent_create(f->db, &mum, &e), GP_OK);
	assert_int_equal(parent_create(f->db, &dad, &e), GP_OK);
	assert_int_equal(child_link_parent(f->db, a.id, mum.id, "moeder", 1, 1, &e), GP_OK);
	assert_int_equal(child_link_parent(f->db, a.id, dad.id, "vader", 0, 0, &e), GP_OK);
	assert_int_equal(child_link_parent(f->db, b.id, mum.id, "moeder", 1, 1, &e), GP_OK);
	assert_int_equal(child_link_parent(f->db, a.id, mum.id, "moeder", 1, 1, &e), GP_EINPUT);
	struct family_member *fam;
	int n;
	assert_int_equal(child_family(f->db, a.id, &fam, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(fam[0].parent.given_names, "Fatima");
	assert_string_equal(fam[0].relation, "moeder");
	assert_int_equal(fam[0].gezag, 1);
	assert_int_equal(fam[1].gezag, 0);
	/* gezag changes, with the version check on the link */
	fam[1].gezag = 1;
	struct family_member was = fam[1];
	assert_int_equal(child_update_link(f->db, &fam[1], &e), GP_OK);
	assert_int_equal(fam[1].link_version, was.link_version + 1);
	assert_int_equal(child_update_link(f->db, &was, &e), GP_ESTALE);
	free(fam);
	struct child_summary *sib;
	assert_int_equal(child_siblings(f->db, a.id, &sib, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(sib[0].display_name, "Finn Visser");
	free(sib);
	assert_int_equal(child_siblings(f->db, other.id, &sib, &n, &e), GP_OK);
	assert_int_equal(n, 0);
	free(sib);
	/* a parent edit from a stale copy is refused */
	struct parent copy;
	assert_int_equal(parent_get(f->db, mum.id, &copy, &e), GP_OK);
	strcpy(mum.phone, "06-12345678");
	assert_int_equal(parent_update(f->db, &mum, &e), GP_OK);
	strcpy(copy.phone, "06-87654321");
	assert_int_equal(parent_update(f->db, &copy, &e), GP_ESTALE);
}

/* A parent and its link are saved together or not at all. */
static void parent_and_link_save_together(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Mila", "", "Bos", "", "2021-04-04", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	struct family_member m = {0};
	strcpy(m.parent.given_names, "Sanne");
	strcpy(m.parent.family_name, "Bos");
	strcpy(m.relation, "moeder");
	m.gezag = 1;
	assert_int_equal(family_save_member(f->db, c.id, &m, &e), GP_OK);
	struct family_member *fam;
	int n;
	assert_int_equal(child_family(f->db, c.id, &fam, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	struct family_member edit = fam[0];
	free(fam);
	/* a stale link version: the parent's new phone number is not kept either */
	strcpy(edit.parent.phone, "06-99999999");
	edit.link_version = 7;
	assert_int_equal(family_save_member(f->db, NULL, &edit, &e), GP_ESTALE);
	struct parent p;
	assert_int_equal(parent_get(f->db, m.parent.id, &p, &e), GP_OK);
	assert_string_equal(p.phone, "");
	assert_int_equal(p.version, 1);
	/* a bad BSN: nothing is created */
	struct family_member bad = {0};
	strcpy(bad.parent.given_names, "Piet");
	strcpy(bad.parent.family_name, "Bos");
	strcpy(bad.parent.bsn, "123456789");
	strcpy(bad.relation, "vader");
	assert_int_equal(family_save_member(f->db, c.id, &bad, &e), GP_EINPUT);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM parents"), 1);
}

static void accounts_and_login(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct account a, b;
	assert_int_equal(account_create(f->db, "anna", "Anna de Vries", "beheerder", "geheimwoord1",
					&a, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM accounts WHERE password_hash "
				       "LIKE '$argon2id$%'"), 1);
	assert_int_equal(account_create(f->db, "ANNA", "x", "assistent", "geheimwoord1", &b, &e),
			 GP_EINPUT);
	assert_int_equal(account_create(f->db, "bob", "Bob", "koning", "geheimwoord1", &b, &e),
			 GP_EINPUT);
	assert_int_equal(account_create(f->db, "bob", "Bob", "assistent", "ab", &b, &e),
			 GP_EINPUT);
	assert_int_equal(account_create(f->db, "bob", "Bob", "assistent", "geheimwoord2", &b, &e),
			 GP_OK);
	struct account who;
	assert_int_equal(account_login(f->db, "anna", "geheimwoord1", &who, &e), GP_OK);
	assert_string_equal(who.display_name, "Anna de Vries");
	assert_string_equal(f->db->actor_id, a.id);
	assert_int_equal(account_login(f->db, "anna", "fout", &who, &e), GP_EDENIED);
	assert_int_equal(account_login(f->db, "niemand", "x", &who, &e), GP_EDENIED);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log WHERE action = "
				       "'login_failed'"), 2);
	/* the last active beheerder cannot be switched off; an assistent can */
	assert_int_equal(account_set_active(f->db, a.id, 0, a.version, &e), GP_EINPUT);
	assert_int_equal(account_set_active(f->db, b.id, 0, b.version, &e), GP_OK);
	assert_int_equal(account_login(f->db, "bob", "geheimwoord2", &who, &e), GP_EDENIED);
	assert_non_null(strstr(e.msg, "uitgeschakeld"));
	/* five wrong passwords lock the account, even for the right one */
	for (int i = 0; i < 5; i++)
		assert_int_equal(account_login(f->db, "anna", "fout", &who, &e), GP_EDENIED);
	assert_int_equal(account_login(f->db, "anna", "geheimwoord1", &who, &e), GP_EDENIED);
	assert_non_null(strstr(e.msg, "Te veel"));
	/* a new password clears the lock */
	assert_int_equal(account_set_password(f->db, a.id, "nieuwwoord123", &e), GP_OK);
	assert_int_equal(account_login(f->db, "anna", "nieuwwoord123", &who, &e), GP_OK);
	struct account *list;
	int n;
	assert_int_equal(account_list(f->db, &list, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	free(list);
}

/* docs/product.md §8: at least 10 characters, not the user name; the
 * refusal names the password field. */
static void password_rules(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct account a;
	assert_int_equal(account_create(f->db, "anna", "Anna", "beheerder", "negen9tek", &a, &e),
			 GP_EINPUT);
	assert_string_equal(e.field, "password");
	assert_non_null(strstr(e.msg, "minstens 10 tekens"));
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM accounts"), 0);
	/* characters, not bytes: nine with accents are still too few */
	assert_int_equal(account_password_check("anna", "ëëëëëëëëë", &e), GP_EINPUT);
	assert_int_equal(account_password_check("anna", "ëëëëëëëëëë", &e), GP_OK);
	/* the user name, in other case or with blanks around it */
	assert_int_equal(account_create(f->db, "annadevries", "Anna", "beheerder", "AnnaDeVries",
					&a, &e), GP_EINPUT);
	assert_string_equal(e.field, "password");
	assert_non_null(strstr(e.msg, "gebruikersnaam"));
	assert_int_equal(account_password_check("annadevries", " annadevries ", &e), GP_EINPUT);
	assert_int_equal(account_create(f->db, "annadevries", "Anna", "beheerder", "tien tekens",
					&a, &e), GP_OK);
	/* a new password follows the same rules */
	assert_int_equal(account_set_password(f->db, a.id, "kort", &e), GP_EINPUT);
	assert_int_equal(account_set_password(f->db, a.id, "ANNADEVRIES", &e), GP_EINPUT);
	assert_int_equal(account_set_password(f->db, a.id, "een langere zin", &e), GP_OK);
	/* the demo database keeps its documented demo/demo */
	assert_int_equal(account_create_demo(f->db, "demo", "Demo", "beheerder", "demo", &a, &e),
			 GP_OK);
}

static void audit_chain(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c = make("Liv", "", "Kok", "", "2022-02-02", "");
	assert_int_equal(child_create(f->db, &c, &e), GP_OK);
	assert_int_equal(child_log_view(f->db, c.id, &e), GP_OK);
	long long n = 0;
	assert_int_equal(audit_verify(f->db, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	/* the log cannot be changed... */
	assert_int_not_equal(sqlite3_exec(f->db->h, "UPDATE audit_log SET detail = 'x'", NULL,
					  NULL, NULL), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(f->db->h, "DELETE FROM audit_log", NULL, NULL, NULL),
			     SQLITE_OK);
	/* ...and when someone removes the guard and edits it, the chain shows it */
	assert_int_equal(db_exec(f->db, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET "
				 "action = 'nothing' WHERE seq = 1", NULL), GP_OK);
	assert_int_equal(audit_verify(f->db, &n, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "1"));
}

static void reference_data(void **state)
{
	(void)state;
	const char *dir = getenv("GROEIPAD_DATADIR") ? getenv("GROEIPAD_DATADIR") : "data";
	struct refdata *r;
	struct gp_err e = {0};
	assert_int_equal(refdata_load(dir, "nl", &r, &e), GP_OK);
	assert_string_equal(refdata_label(r, "geslacht", "2"), "vrouw");
	assert_string_equal(refdata_label(r, "relatie", "moeder"), "biologische moeder");
	/* our words and the BDS codes apart: BDS 62 reads 02 as mother, 01 as
	 * father (JAMES/bdsreader); a relation without a known code has none */
	assert_string_equal(refdata_bds(r, "relatie", "moeder"), "02");
	assert_string_equal(refdata_bds(r, "relatie", "vader"), "01");
	assert_null(refdata_bds(r, "relatie", "duomoeder"));
	assert_null(refdata_bds(r, "geslacht", "2")); /* a list without the column */
	assert_string_equal(refdata_bds(r, "gewichtmethode", "zonder_kleding"), "2");
	assert_string_equal(refdata_bds(r, "reden_niet_gevaccineerd", "bezwaar"), "2");
	assert_string_equal(refdata_bds(r, "vaccin", "MenACWY"), "28");
	assert_string_equal(refdata_bds(r, "rvpvariant", "standaard"), "01");
	assert_string_equal(refdata_label(r, "relatie", "zz"), "zz");
	assert_non_null(refdata_list(r, "organisatiesoort"));
	assert_null(refdata_list(r, "bestaatniet"));
	refdata_free(r);
	assert_int_equal(refdata_load(dir, "en", &r, &e), GP_OK);
	assert_string_equal(refdata_label(r, "geslacht", "2"), "female");
	refdata_free(r);
	assert_int_equal(refdata_load("/nonexistent", "nl", &r, &e), GP_EIO);
	assert_non_null(strstr(e.msg, "/nonexistent/codes"));
}

/* A word of four date-like parts overflowed the date parser (found by
 * fuzz_query): it is no date (at most digits looked for as a phrase), and
 * searching for it is harmless. */
static void four_part_date_is_no_date(void **state)
{
	(void)state;
	char match[1024];
	int rc = search_build_match("01-11-01-11-", match, sizeof match);
	assert_true(rc != 0 || strstr(match, "birth : ") == NULL);
	assert_int_equal(search_build_match("5-3-2024", match, sizeof match), 0);
	assert_non_null(strstr(match, "birth : \"05 03 2024\"*"));
}

static char *one_text(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	const unsigned char *t = sqlite3_column_text(st, 0);
	char *v = strdup(t ? (const char *)t : "");
	sqlite3_finalize(st);
	return v;
}

/* A bulk fill (the demo) runs without a journal — SQLite's defensive mode
 * once kept it in WAL without a word, writing every page twice — and ends
 * with the same schema it began with, the deferred indexes and triggers
 * made again, the search index built and the file back in WAL and
 * defensive mode. */
static void bulk_fill_has_no_journal_and_restores_the_schema(void **state)
{
	struct fixture *f = *state;
	static const char schema[] = "SELECT group_concat(type || name || sql, ';') FROM "
				     "(SELECT * FROM sqlite_schema ORDER BY name)";
	char *before = one_text(f->db, schema);
	struct gp_err e = {0};
	assert_int_equal(db_bulk_begin(f->db, &e), GP_OK);
	char *mode = one_text(f->db, "PRAGMA journal_mode");
	assert_string_equal(mode, "off");
	free(mode);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM sqlite_schema WHERE "
				 "name IN ('contacts_date', 'contacts_outbox_insert')"), 0);
	struct child c = make("Saar", "", "Visser", "", "2024-02-03", "3511 AB");
	if (child_create(f->db, &c, &e) != GP_OK)
		fail_msg("%s", e.msg);
	assert_int_equal(db_bulk_rebuild(f->db, &e), GP_OK);
	char *mid = one_text(f->db, schema);
	assert_string_equal(mid, before);
	free(mid);
	assert_int_equal(db_bulk_end(f->db, &e), GP_OK);
	char *after = one_text(f->db, schema);
	assert_string_equal(after, before);
	free(after);
	free(before);
	mode = one_text(f->db, "PRAGMA journal_mode");
	assert_string_equal(mode, "wal");
	free(mode);
	int on = 0;
	sqlite3_db_config(f->db->h, SQLITE_DBCONFIG_DEFENSIVE, -1, &on);
	assert_int_equal(on, 1);
	char out[256];
	hits(f->db, "saar", out, sizeof out);
	assert_string_equal(out, "Saar Visser|");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(four_part_date_is_no_date),
		cmocka_unit_test_setup_teardown(pragmas_and_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(newer_schema_is_refused_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(failed_migration_leaves_file_untouched, setup, teardown),
		cmocka_unit_test_setup_teardown(migration_005_converts_relations, setup, teardown),
		cmocka_unit_test_setup_teardown(child_create_read_update, setup, teardown),
		cmocka_unit_test_setup_teardown(stale_update_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(bad_input_is_refused_in_words, setup, teardown),
		cmocka_unit_test_setup_teardown(search_as_people_type, setup, teardown),
		cmocka_unit_test_setup_teardown(search_reports_more, setup, teardown),
		cmocka_unit_test_setup_teardown(search_order_matches_sorting_everything, setup,
						teardown),
		cmocka_unit_test_setup_teardown(family_links_and_siblings, setup, teardown),
		cmocka_unit_test_setup_teardown(parent_and_link_save_together, setup, teardown),
		cmocka_unit_test_setup_teardown(password_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(accounts_and_login, setup, teardown),
		cmocka_unit_test_setup_teardown(audit_chain, setup, teardown),
		cmocka_unit_test(reference_data),
		cmocka_unit_test_setup_teardown(bulk_fill_has_no_journal_and_restores_the_schema, setup,
						teardown),
	};
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
