/* test_giz.c — GIZ needs assessments against a real SQLite file: the value
 * sets of data/giz/giz.tsv (OIDs, unconfirmed labels shown with their code),
 * a whole assessment saved as one and read back, every refusal of the
 * issue with its field (and nothing written, nothing of the record lost),
 * the schema's own CHECKs, the version check, the list and the previous
 * assessment, agreements coming back on their evaluation date and leaving
 * when done, changed or ended with a note, giz_latest() for the warm
 * handover, and migration 007 converting rows of a schema-001 database.
 * "Today" is 2026-11-26. */
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
#include "due.h"
#include "giz.h"
#include "migrations.h"

static struct refdata *codes;

struct fixture {
	char dir[64];                 /* a fresh temporary directory */
	char path[128];               /* the database file in it */
	struct db *db;                /* open on path, acting as the nurse */
	struct child girl;            /* born 2020-03-01 */
	struct child teen;            /* born 2012-05-01: 14 today */
	char mother[DB_ID_LEN];       /* the girl's mother */
	char other[DB_ID_LEN];        /* a parent of the teen only */
	char org[DB_ID_LEN];          /* a wijkteam on the sociale kaart */
	struct giz_assessment *a;     /* a record to fill (large: on the heap) */
};

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

static int load_refs(void **state)
{
	(void)state;
	struct gp_err e = {0};
	if (refdata_load(datadir(), "nl", &codes, &e) != GP_OK) {
		fprintf(stderr, "reference data: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int free_refs(void **state)
{
	(void)state;
	refdata_free(codes);
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

static struct gp_date d(const char *iso)
{
	struct gp_date out;
	assert_int_equal(date_parse_iso(iso, &out), 0);
	return out;
}

static void add_parent(struct fixture *f, const struct child *c, const char *given, char *id)
{
	struct gp_err e = {0};
	struct family_member m = {0};
	strcpy(m.parent.given_names, given);
	strcpy(m.parent.family_name, c->family_name);
	strcpy(m.relation, "02");
	m.gezag = 1;
	assert_int_equal(family_save_member(f->db, c->id, &m, &e), GP_OK);
	strcpy(id, m.parent.id);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->a = calloc(1, sizeof *f->a);
	strcpy(f->dir, "/tmp/gp-giz-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(db_exec(f->db, "INSERT INTO accounts(id, username, display_name, role, "
				 "password_hash, created_at, updated_at) VALUES (gp_uuid_blob("
				 "'01900000-0000-7000-8000-00000000a001'), 'anna', "
				 "'Anna Verpleegkundige', 'jeugdverpleegkundige', 'x', 1767225600, "
				 "1767225600)", &e), GP_OK);
	strcpy(f->db->actor_id, "01900000-0000-7000-8000-00000000a001");
	strcpy(f->db->actor_name, "anna");
	strcpy(f->girl.given_names, "Fenna");
	strcpy(f->girl.family_name, "Bakker");
	f->girl.sex = 2;
	f->girl.birth_date = d("2020-03-01");
	assert_int_equal(child_create(f->db, &f->girl, &e), GP_OK);
	strcpy(f->teen.given_names, "Ömer");
	strcpy(f->teen.family_name, "Yılmaz");
	f->teen.sex = 1;
	f->teen.birth_date = d("2012-05-01");
	assert_int_equal(child_create(f->db, &f->teen, &e), GP_OK);
	add_parent(f, &f->girl, "Sanne", f->mother);
	add_parent(f, &f->teen, "Ayşe", f->other);
	assert_int_equal(db_exec(f->db, "INSERT INTO organisations(id, kind, name, created_at, "
				 "updated_at) VALUES (gp_uuid_blob("
				 "'01900000-0000-7000-8000-000000000001'), 'wijkteam', "
				 "'Wijkteam Noord', 1767225600, 1767225600)", &e), GP_OK);
	strcpy(f->org, "01900000-0000-7000-8000-000000000001");
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
	free(f->a);
	free(f);
	return 0;
}

/* A whole assessment of the girl on 2026-11-20: her mother took part, the
 * triangle has bijzonderheden on Opvoeding, all ten aspects placed, the
 * parent's words, a conclusion and two agreements. */
static void full(struct fixture *f)
{
	struct giz_assessment *a = f->a;
	memset(a, 0, sizeof *a);
	strcpy(a->child_id, f->girl.id);
	a->date = d("2026-11-20");
	strcpy(a->parents, f->mother);
	strcpy(a->professionals, "Wijkteam (Fatima)");
	strcpy(a->triangle, "02");
	strcpy(a->sides, "02");
	static const char *const steps[GIZ_ASPECTS] = {"01", "01", "02", "01", "02",
						       "03", "02", "01", "02", "04"};
	for (int i = 0; i < GIZ_ASPECTS; i++)
		strcpy(a->aspects[i].score, steps[i]);
	strcpy(a->aspects[5].note, "Grenzen stellen is lastig");
	strcpy(a->going_well, "Ze slaapt weer door.");
	strcpy(a->worries, "Driftbuien bij het naar bed gaan.");
	strcpy(a->wishes, "Meer rust in huis.");
	strcpy(a->professional_view, "Moeder is moe; vader werkt veel.");
	strcpy(a->strengths, "Warme band, oma dichtbij.");
	strcpy(a->draagkracht, "Oma helpt twee dagen.");
	strcpy(a->draaglast, "Verhuizing en nieuwe baan.");
	strcpy(a->conclusion, "02");
	strcpy(a->conclusion_text, "Advies over slapen en grenzen.");
	a->nagreements = 2;
	strcpy(a->agreements[0].what, "Bedtijdritueel proberen");
	strcpy(a->agreements[0].who_kind, "ouder");
	a->agreements[0].due_on = d("2026-12-01");
	a->agreements[0].evaluate_on = d("2026-12-15");
	strcpy(a->agreements[1].what, "Aanmelden bij opvoedcursus");
	strcpy(a->agreements[1].who_kind, "organisatie");
	strcpy(a->agreements[1].org_id, f->org);
	a->agreements[1].due_on = d("2027-01-10"); /* evaluation date left empty: the same */
}

/* ---- the value sets ----------------------------------------------------------- */

static void value_sets_are_named_by_oid(void **state)
{
	(void)state;
	const struct {
		const char *list, *oid;
		int n;
	} sets[] = {
		{"gizdriehoek", "2.16.840.1.113883.2.4.4.40.432", 2},
		{"gizzijde", "2.16.840.1.113883.2.4.4.40.441", 3},
		{"gizschaal", "2.16.840.1.113883.2.4.4.40.438", 5},
		{"gizconclusie", "2.16.840.1.113883.2.4.4.40.442", 5},
		{"gizelement", "2.16.840.1.113883.2.4.4.40.267", 13},
	};
	for (size_t i = 0; i < sizeof sets / sizeof *sets; i++) {
		const struct codelist *l = refdata_list(codes, sets[i].list);
		assert_non_null(l);
		assert_string_equal(l->oid, sets[i].oid);
		assert_int_equal(l->n, sets[i].n);
	}
	assert_null(refdata_list(codes, "gizwie")->oid); /* our own list */
	/* the ten aspects, each with its side (grouping inferred) */
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		char bds[8];
		snprintf(bds, sizeof bds, "%d", giz_aspect_bds(i));
		const char *side = refdata_label(codes, "gizelement.zijde", bds);
		assert_string_equal(side, i < 4 ? "01" : i < 8 ? "02" : "03");
		assert_non_null(refdata_code(codes, "gizelement.kort", bds));
		assert_non_null(refdata_code(codes, "gizelement.ouder", bds));
	}
	assert_string_equal(refdata_label(codes, "gizelement", "1631"),
			    "Lichamelijke ontwikkeling");
	assert_string_equal(refdata_label(codes, "gizschaal", "03"), "Veel stress");
	assert_string_equal(refdata_label(codes, "gizconclusie", "04"), "Zorg nu!");
}

/* Step 04 of the scale and conclusion 03 have no label in a public source:
 * they are marked and shown as their code plus a neutral label. */
static void unconfirmed_labels_show_their_code(void **state)
{
	(void)state;
	const struct code *c = refdata_code(codes, "gizschaal", "04");
	assert_non_null(c);
	assert_true(c->unconfirmed);
	assert_string_equal(c->label, "04 stap 4 (label onbevestigd)");
	c = refdata_code(codes, "gizconclusie", "03");
	assert_true(c->unconfirmed);
	assert_string_equal(c->label, "03 conclusie 3 (label onbevestigd)");
	assert_false(refdata_code(codes, "gizschaal", "03")->unconfirmed);
	/* the parent view's plain words never carry a code */
	assert_string_equal(refdata_label(codes, "gizschaal.ouder", "04"), "Stap 4 van 5");
}

/* ---- saving and reading --------------------------------------------------------- */

static void a_whole_assessment_is_saved_as_one(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	long long audit = one_int(f->db, "SELECT count(*) FROM audit_log");
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	assert_int_equal(f->a->version, 1);
	assert_string_equal(f->a->agreements[0].status, "lopend");
	assert_int_equal(date_cmp(f->a->agreements[1].evaluate_on, d("2027-01-10")), 0);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log"), audit + 1);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log WHERE action = 'create' "
				 "AND detail = 'giz'"), 1);

	struct giz_assessment *b = calloc(1, sizeof *b);
	assert_int_equal(giz_get(f->db, f->a->id, b, &e), GP_OK);
	assert_string_equal(b->parents, f->mother);
	assert_string_equal(b->triangle, "02");
	assert_string_equal(b->sides, "02");
	for (int i = 0; i < GIZ_ASPECTS; i++)
		assert_string_equal(b->aspects[i].score, f->a->aspects[i].score);
	assert_string_equal(b->aspects[5].note, "Grenzen stellen is lastig");
	assert_string_equal(b->going_well, "Ze slaapt weer door.");
	assert_string_equal(b->worries, f->a->worries);
	assert_string_equal(b->wishes, f->a->wishes);
	assert_string_equal(b->professional_view, f->a->professional_view);
	assert_string_equal(b->strengths, f->a->strengths);
	assert_string_equal(b->draagkracht, f->a->draagkracht);
	assert_string_equal(b->draaglast, f->a->draaglast);
	assert_string_equal(b->conclusion, "02");
	assert_int_equal(b->nagreements, 2);
	assert_string_equal(b->agreements[1].org_id, f->org);
	assert_string_equal(b->agreements[0].what, "Bedtijdritueel proberen");
	assert_int_equal(b->young_person, GIZ_YOUNG_UNKNOWN);
	/* the side columns and the scores as the schema keeps them */
	assert_int_equal(one_int(f->db, "SELECT side_opvoeding * 100 + side_ontwikkeling * 10 + "
				 "side_omgeving FROM giz_assessments"), 100);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_aspects"), GIZ_ASPECTS);
	free(b);
}

/* The refusals of the issue and the other checks: each names its field,
 * writes nothing, and leaves the caller's record exactly as it was. */
static void bad_input_is_refused_on_its_field(void **state)
{
	struct fixture *f = *state;
	struct giz_assessment *copy = malloc(sizeof *copy);
	const struct {
		int what;
		const char *field;
		int row;
	} cases[] = {
		{0, "conclusion", 0},        /* a conclusion without any aspect placed */
		{1, "sides", 0},             /* 1630 while 1629 says geen bijzonderheden */
		{2, "sides", 0},             /* bijzonderheden, but no side */
		{3, "aspects[6].score", 0},  /* a step outside the value set */
		{4, "agreements.who_kind", 1}, /* an agreement without who */
		{5, "agreements.due_on", 1}, /* … without when */
		{6, "agreements.org_id", 1}, /* an organisation without one chosen */
		{7, "parents", 0},           /* nobody took part */
		{8, "date", 0},              /* in the future */
		{9, "agreements.what", 0},   /* a who and when without what */
		{10, "parents", 0},          /* a parent of another child */
		{11, "agreements.evaluate_on", 0}, /* evaluation before the conversation */
		{12, "triangle", 0},         /* not in value set …40.432 */
	};
	for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
		struct gp_err e = {0};
		full(f);
		struct giz_assessment *a = f->a;
		switch (cases[k].what) {
		case 0:
			for (int i = 0; i < GIZ_ASPECTS; i++)
				a->aspects[i].score[0] = '\0';
			break;
		case 1: strcpy(a->triangle, "01"); break;
		case 2: a->sides[0] = '\0'; break;
		case 3: strcpy(a->aspects[6].score, "06"); break;
		case 4: a->agreements[1].who_kind[0] = '\0'; break;
		case 5: a->agreements[1].due_on = (struct gp_date){0, 0, 0}; break;
		case 6: a->agreements[1].org_id[0] = '\0'; break;
		case 7: a->parents[0] = '\0'; break;
		case 8: a->date = d("2026-11-27"); break;
		case 9: a->agreements[0].what[0] = '\0'; break;
		case 10: strcpy(a->parents, f->other); break;
		case 11: a->agreements[0].evaluate_on = d("2026-11-01"); break;
		default: strcpy(a->triangle, "03"); break;
		}
		memcpy(copy, a, sizeof *copy);
		assert_int_equal(giz_save_new(f->db, codes, a, &e), GP_EINPUT);
		if (strcmp(e.field, cases[k].field) != 0 || e.row != cases[k].row)
			fail_msg("case %zu: field '%s' row %d (%s), expected %s row %d", k, e.field,
				 e.row, e.msg, cases[k].field, cases[k].row);
		assert_true(strlen(e.msg) > 20);
		assert_memory_equal(copy, a, sizeof *copy);
		assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_assessments"), 0);
		assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_agreements"), 0);
	}
	free(copy);
}

/* From 12 years the young person is a party in their own right: whether they
 * took part must be recorded; they may be the only one. */
static void a_young_person_of_twelve_is_a_party(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	strcpy(f->a->child_id, f->teen.id);
	f->a->parents[0] = '\0';
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_EINPUT);
	assert_string_equal(e.field, "young_person");
	f->a->young_person = GIZ_YOUNG_NO;
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_EINPUT);
	assert_string_equal(e.field, "parents"); /* nobody took part */
	f->a->young_person = GIZ_YOUNG_YES;
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT young_person FROM giz_assessments"), 1);
}

/* The schema refuses what the core refuses, whoever writes. */
static void the_schema_checks_the_value_sets(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	char sql[512];
	const char *bad[] = {
		"UPDATE giz_aspects SET score = '06'",
		"UPDATE giz_aspects SET score = '4'",
		"UPDATE giz_assessments SET conclusion_code = '07'",
		"UPDATE giz_assessments SET triangle_result = '01'", /* a side is set */
		"UPDATE giz_assessments SET triangle_result = '03'",
		"UPDATE giz_agreements SET status = 'geevalueerd'",
		"UPDATE giz_agreements SET who_kind = 'buurman'",
		"UPDATE giz_agreements SET org_seq = NULL WHERE who_kind = 'organisatie'",
		"UPDATE giz_agreements SET status = 'gedaan'", /* without closed_on */
		"UPDATE giz_agreements SET due_on = NULL",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		snprintf(sql, sizeof sql, "%s", bad[i]);
		if (db_exec(f->db, sql, &e) == GP_OK)
			fail_msg("the schema took: %s", sql);
	}
	assert_int_equal(db_exec(f->db, "UPDATE giz_aspects SET score = '05' WHERE aspect_bds = 1631",
				 &e), GP_OK);
}

static void a_stale_update_is_refused(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	struct giz_assessment *x = calloc(1, sizeof *x), *y = calloc(1, sizeof *y);
	assert_int_equal(giz_get(f->db, f->a->id, x, &e), GP_OK);
	memcpy(y, x, sizeof *y);
	strcpy(x->aspects[9].score, "02");
	strcpy(x->worries, "Minder driftbuien nu.");
	strcpy(x->agreements[0].what, "Bedtijdritueel elke avond");
	assert_int_equal(giz_update(f->db, codes, x, &e), GP_OK);
	assert_int_equal(x->version, 2);
	assert_int_equal(x->agreements[0].version, 2);
	assert_int_equal(x->agreements[1].version, 1); /* unchanged: not bumped */
	strcpy(y->aspects[9].score, "05");
	struct giz_assessment *keep = malloc(sizeof *keep);
	memcpy(keep, y, sizeof *keep);
	assert_int_equal(giz_update(f->db, codes, y, &e), GP_ESTALE);
	assert_non_null(strstr(e.msg, "Anna Verpleegkundige"));
	assert_memory_equal(keep, y, sizeof *y);
	struct giz_assessment *z = calloc(1, sizeof *z);
	assert_int_equal(giz_get(f->db, f->a->id, z, &e), GP_OK);
	assert_string_equal(z->aspects[9].score, "02");
	assert_string_equal(z->agreements[0].what, "Bedtijdritueel elke avond");
	/* an agreement left out of the record stays stored */
	z->nagreements = 1;
	assert_int_equal(giz_update(f->db, codes, z, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_agreements"), 2);
	free(x);
	free(y);
	free(z);
	free(keep);
}

static void the_list_and_the_previous_assessment(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	f->a->date = d("2026-05-04");
	f->a->nagreements = 0;
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	char first[DB_ID_LEN];
	strcpy(first, f->a->id);
	full(f);
	strcpy(f->a->aspects[5].score, "02");
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	struct giz_summary *list = NULL;
	int n = 0;
	assert_int_equal(giz_list(f->db, f->girl.id, &list, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].id, f->a->id); /* newest first */
	assert_string_equal(list[0].scores[5], "02");
	assert_string_equal(list[1].scores[5], "03");
	assert_int_equal(list[0].open, 2);
	assert_int_equal(list[1].agreements, 0);
	free(list);
	struct giz_assessment *prev = calloc(1, sizeof *prev);
	int found = 0;
	assert_int_equal(giz_previous(f->db, f->a->id, prev, &found, &e), GP_OK);
	assert_int_equal(found, 1);
	assert_string_equal(prev->id, first);
	assert_int_equal(giz_previous(f->db, first, prev, &found, &e), GP_OK);
	assert_int_equal(found, 0);
	free(prev);
}

/* ---- agreements: Vandaag, evaluation -------------------------------------------- */

static int due_count(struct fixture *f, const char *today)
{
	struct giz_agreement_row *rows = NULL;
	int n = 0, matched = 0;
	struct gp_err e = {0};
	assert_int_equal(giz_due(f->db, d(today), NULL, 50, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, matched);
	free(rows);
	return n;
}

static void agreements_come_back_on_their_evaluation_date(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	assert_int_equal(due_count(f, "2026-12-14"), 0);
	assert_int_equal(due_count(f, "2026-12-15"), 1);
	assert_int_equal(due_count(f, "2027-01-10"), 2);
	struct giz_agreement_row *rows = NULL;
	int n = 0, matched = 0;
	assert_int_equal(giz_due(f->db, d("2027-02-01"), NULL, 1, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_int_equal(matched, 2);
	assert_string_equal(rows[0].a.what, "Bedtijdritueel proberen"); /* longest overdue first */
	assert_string_equal(rows[0].child_name, "Bakker, Fenna");
	free(rows);
	/* 18 on the day: youth health care ends, the agreement leaves Vandaag */
	assert_int_equal(db_exec(f->db, "UPDATE children SET birth_date = '2009-02-01'", &e), GP_OK);
	assert_int_equal(due_count(f, "2027-01-31"), 2);
	assert_int_equal(due_count(f, "2027-02-01"), 0);
	assert_int_equal(db_exec(f->db, "UPDATE children SET birth_date = '2020-03-01', "
				 "status = 'verhuisd'", &e), GP_OK);
	assert_int_equal(due_count(f, "2027-02-01"), 0); /* a child who moved away: not on Vandaag */
}

/* Vandaag shows a nurse the agreements of her own children however many
 * are due in the organisation: the scope (caseload, location, age band) is
 * applied before the limit.  Vandaag once read everyone's first 200 and
 * filtered those, so 250 due for a colleague's child, earlier than hers,
 * hid her one. */
static void a_nurse_sees_her_own_agreement_among_many_due(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	assert_int_equal(db_exec(f->db, "INSERT INTO accounts(id, username, display_name, role, "
				 "password_hash, created_at, updated_at) VALUES (gp_uuid_blob("
				 "'01900000-0000-7000-8000-00000000a002'), 'bea', "
				 "'Bea Collega', 'jeugdverpleegkundige', 'x', 1767225600, "
				 "1767225600)", &e), GP_OK);
	/* the girl is Bea's, the teen Anna's (the user) */
	assert_int_equal(db_exec(f->db, "UPDATE children SET professional_seq = (SELECT seq FROM "
				 "accounts WHERE username = CASE family_name WHEN 'Bakker' "
				 "THEN 'bea' ELSE 'anna' END), location = CASE family_name "
				 "WHEN 'Bakker' THEN 'Noord' ELSE 'Zuid' END", &e), GP_OK);
	/* 250 agreements of the girl due from 2026-12-15 */
	full(f);
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	assert_int_equal(db_exec(f->db,
		"WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < 248) "
		"INSERT INTO giz_agreements(id, assessment_seq, child_seq, what, who_kind, due_on, "
		"evaluate_on, created_at, updated_at) SELECT randomblob(16), g.assessment_seq, "
		"g.child_seq, g.what || ' ' || k.i, g.who_kind, g.due_on, g.evaluate_on, "
		"g.created_at, g.updated_at FROM giz_agreements g, k WHERE g.what = "
		"'Bedtijdritueel proberen'", &e), GP_OK);
	/* and one of the teen's, due on the last of those days */
	full(f);
	strcpy(f->a->child_id, f->teen.id);
	strcpy(f->a->parents, f->other);
	f->a->young_person = GIZ_YOUNG_YES;
	f->a->nagreements = 1;
	strcpy(f->a->agreements[0].what, "Zelf de mentor mailen");
	strcpy(f->a->agreements[0].who_kind, "jongere");
	f->a->agreements[0].due_on = d("2027-01-10");
	f->a->agreements[0].evaluate_on = d("2027-01-10");
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	struct gp_date today = d("2027-01-10");

	struct giz_agreement_row *rows = NULL;
	int n = 0, matched = 0;
	/* everyone's first 200 (as Vandaag read them): not hers */
	assert_int_equal(giz_due(f->db, today, NULL, 200, &rows, &n, NULL, &e), GP_OK);
	assert_int_equal(n, 201); /* one more: there are more */
	for (int i = 0; i < 200; i++)
		assert_string_not_equal(rows[i].child_id, f->teen.id);
	free(rows);
	/* her caseload: hers, and only hers */
	struct due_scope mine = {.professional_id = "01900000-0000-7000-8000-00000000a001"};
	assert_int_equal(giz_due(f->db, today, &mine, 200, &rows, &n, NULL, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].child_id, f->teen.id);
	assert_string_equal(rows[0].a.what, "Zelf de mentor mailen");
	assert_string_equal(rows[0].child_name, "Yılmaz, Ömer");
	free(rows);
	assert_int_equal(giz_due(f->db, today, &mine, 200, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(matched, 1);
	free(rows);
	/* Bea's: her 250, the first 200 of them, counted */
	struct due_scope hers = {.professional_id = "01900000-0000-7000-8000-00000000a002"};
	assert_int_equal(giz_due(f->db, today, &hers, 200, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 200);
	assert_int_equal(matched, 250);
	assert_string_equal(rows[0].child_id, f->girl.id);
	free(rows);
	/* a location, and an age band, narrow it the same way */
	struct due_scope south = {.location = "Zuid"};
	assert_int_equal(giz_due(f->db, today, &south, 200, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].child_id, f->teen.id);
	free(rows);
	struct due_scope young = {.professional_id = mine.professional_id, .age_to_months = 144};
	assert_int_equal(giz_due(f->db, today, &young, 200, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 0); /* the teen is 14 */
	free(rows);
	struct due_scope teens = {.location = "Zuid", .age_from_months = 144};
	assert_int_equal(giz_due(f->db, today, &teens, 200, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 1);
	free(rows);
}

static void an_agreement_is_done_changed_or_ended_with_a_note(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	full(f);
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	struct giz_evaluation ev = {0};
	ev.a = f->a->agreements[0];
	strcpy(ev.child_id, f->girl.id);
	ev.on = d("2026-12-15");

	/* changed: a note, a new evaluation date after today, something different */
	strcpy(ev.outcome, "gewijzigd");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &ev, &e), GP_EINPUT);
	assert_string_equal(e.field, "note");
	strcpy(ev.note, "Lukt half; nog twee weken.");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &ev, &e), GP_EINPUT);
	assert_string_equal(e.field, "a.evaluate_on");
	ev.a.evaluate_on = d("2027-01-05");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &ev, &e), GP_OK);
	assert_int_equal(ev.a.version, 2);
	assert_int_equal(due_count(f, "2026-12-16"), 0);
	assert_int_equal(due_count(f, "2027-01-05"), 1);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_agreement_events WHERE "
				 "kind = 'gewijzigd' AND before LIKE 'Bedtijdritueel proberen |%'"), 1);

	/* a stale evaluation (read before the change) is refused */
	struct giz_evaluation old = ev;
	old.a.version = 1;
	strcpy(old.outcome, "gedaan");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &old, &e), GP_ESTALE);

	/* done: no note needed; gone from Vandaag */
	strcpy(ev.outcome, "gedaan");
	ev.note[0] = '\0';
	ev.on = d("2027-01-05");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &ev, &e), GP_OK);
	assert_string_equal(ev.a.status, "gedaan");
	assert_int_equal(due_count(f, "2027-01-06"), 0);
	/* evaluating it again is refused in words */
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &ev, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "afgesloten"));

	/* ended: a note is required */
	struct giz_evaluation end = {0};
	end.a = f->a->agreements[1];
	strcpy(end.child_id, f->girl.id);
	strcpy(end.outcome, "beeindigd");
	end.on = d("2027-01-10");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &end, &e), GP_EINPUT);
	assert_string_equal(e.field, "note");
	strcpy(end.note, "Cursus gaat niet door; wijkteam belt zelf.");
	assert_int_equal(giz_agreement_evaluate(f->db, codes, &end, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_agreements WHERE "
				 "status = 'lopend'"), 0);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM giz_agreement_events"), 3);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log WHERE "
				 "detail = 'giz agreement'"), 3);
}

/* What the warm handover reads. */
static void the_latest_conclusion_and_open_agreements(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct giz_latest *l = calloc(1, sizeof *l);
	assert_int_equal(giz_latest(f->db, f->girl.id, l, &e), GP_OK);
	assert_int_equal(l->found, 0);
	full(f);
	f->a->date = d("2026-06-01");
	strcpy(f->a->conclusion, "04");
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	full(f);
	f->a->nagreements = 1;
	assert_int_equal(giz_save_new(f->db, codes, f->a, &e), GP_OK);
	assert_int_equal(giz_latest(f->db, f->girl.id, l, &e), GP_OK);
	assert_int_equal(l->found, 1);
	assert_string_equal(l->assessment_id, f->a->id);
	assert_string_equal(l->conclusion, "02");
	assert_int_equal(l->nopen, 3); /* two of June, one of November */
	assert_int_equal(l->more, 0);
	free(l);
}

/* ---- migration 007 ---------------------------------------------------------------- */

/* A database at schema 001 with GIZ rows in the old shape, then opened by
 * this program: every row converted. */
static void migration_007_converts_old_rows(void **state)
{
	struct fixture *f = *state;
	char path[160];
	snprintf(path, sizeof path, "%s/old.db", f->dir);
	sqlite3 *h;
	assert_int_equal(sqlite3_open(path, &h), SQLITE_OK);
	assert_int_equal(gp_migrations[0].number, 1);
	char *err = NULL;
	int rc = sqlite3_exec(h, gp_migrations[0].sql, NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fail_msg("001: %s", err);
	/* ids as UUIDs: migration 004 turns them into 16-byte ids */
#define C1 "'01900000-0000-7000-8000-0000000000c1'"
#define A1 "'01900000-0000-7000-8000-0000000000a1'"
#define G1 "'01900000-0000-7000-8000-0000000000e1'"
#define G2 "'01900000-0000-7000-8000-0000000000e2'"
	static const char old_rows[] =
		"PRAGMA user_version = 1; PRAGMA application_id = 1196576581;"
		"INSERT INTO children(id, client_no, given_names, family_name, sort_key, "
		"search_names, birth_date, created_at, updated_at) VALUES (" C1 ", 100001, 'Zoë', "
		"'Berg', 'berg zoe', 'zoe berg', '2024-01-01', '2026-01-01T00:00:00', "
		"'2026-01-01T00:00:00');"
		"INSERT INTO giz_assessments(id, child_id, assessed_on, triangle_result, "
		"side_opvoeding, conclusion_code, conclusion_text, created_at, updated_at) VALUES "
		"(" A1 ", " C1 ", '2026-01-10', '01', 1, '07', 'iets', '2026-01-10T10:00:00', "
		"'2026-01-10T10:00:00');"
		"INSERT INTO giz_aspects(id, assessment_id, aspect_bds, score, parent_words, "
		"professional_view) VALUES ('01900000-0000-7000-8000-0000000000b1', " A1 ", 1631, "
		"'02', 'moe', 'groeit'), ('01900000-0000-7000-8000-0000000000b2', " A1 ", 1636, "
		"'09', NULL, 'streng');"
		"INSERT INTO giz_agreements(id, assessment_id, child_id, what, who_kind, due_on, "
		"evaluate_on, status, evaluation_note, evaluated_on, created_at, updated_at) VALUES "
		"(" G1 ", " A1 ", " C1 ", 'Oppas', 'ouder', '2026-02-01', '2026-03-01', 'geevalueerd', "
		"'gelukt', '2026-03-02', '2026-01-10T10:00:00', '2026-03-02T10:00:00'), "
		"(" G2 ", " A1 ", " C1 ", 'Bellen', 'organisatie', NULL, '2026-04-01', 'lopend', NULL, "
		"NULL, '2026-01-10T10:00:00', '2026-01-10T10:00:00');";
	if (sqlite3_exec(h, old_rows, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("old rows: %s", err);
	sqlite3_close(h);

	struct db *db;
	struct gp_err e = {0};
	assert_int_equal(db_open(&db, path, DB_EXISTING, &e), GP_OK);
	assert_int_equal(one_int(db, "PRAGMA user_version"),
			 gp_migrations[gp_migration_count - 1].number);
	/* 1630 set with 1629 = 01: there were bijzonderheden */
	assert_int_equal(one_int(db, "SELECT triangle_result = '02' AND side_opvoeding = 1 "
				 "FROM giz_assessments"), 1);
	assert_int_equal(one_int(db, "SELECT conclusion_code IS NULL AND conclusion_text = "
				 "'(conclusiecode 07) iets' FROM giz_assessments"), 1);
	assert_int_equal(one_int(db, "SELECT note = 'moe groeit' FROM giz_aspects "
				 "WHERE aspect_bds = 1631"), 1);
	assert_int_equal(one_int(db, "SELECT score IS NULL AND note = 'streng (score 09)' "
				 "FROM giz_aspects WHERE aspect_bds = 1636"), 1);
	assert_int_equal(one_int(db, "SELECT status = 'gedaan' AND closed_on = '2026-03-02' "
				 "FROM giz_agreements WHERE id = gp_uuid_blob(" G1 ")"), 1);
	assert_int_equal(one_int(db, "SELECT who_kind = 'netwerk' AND due_on = '2026-04-01' "
				 "FROM giz_agreements WHERE id = gp_uuid_blob(" G2 ")"), 1);
	assert_int_equal(one_int(db, "SELECT count(*) FROM giz_agreement_events v JOIN "
				 "giz_agreements g ON g.seq = v.agreement_seq WHERE g.id = "
				 "gp_uuid_blob(" G1 ") AND v.kind = 'gedaan' AND v.note = 'gelukt' "
				 "AND length(v.id) = 16"), 1);
	/* the converted rows read back through the core */
	struct giz_assessment *a = calloc(1, sizeof *a);
	assert_int_equal(giz_get(db, "01900000-0000-7000-8000-0000000000a1", a, &e), GP_OK);
	assert_string_equal(a->child_id, "01900000-0000-7000-8000-0000000000c1");
	assert_string_equal(a->sides, "02");
	assert_int_equal(a->nagreements, 2);
	free(a);
	assert_int_equal(one_int(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE '%_old'"),
			 0);
	assert_int_equal(one_int(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
	db_close(db);
}

int main(void)
{
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(value_sets_are_named_by_oid),
		cmocka_unit_test(unconfirmed_labels_show_their_code),
		cmocka_unit_test_setup_teardown(a_whole_assessment_is_saved_as_one, setup, teardown),
		cmocka_unit_test_setup_teardown(bad_input_is_refused_on_its_field, setup, teardown),
		cmocka_unit_test_setup_teardown(a_young_person_of_twelve_is_a_party, setup,
						teardown),
		cmocka_unit_test_setup_teardown(the_schema_checks_the_value_sets, setup, teardown),
		cmocka_unit_test_setup_teardown(a_stale_update_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(the_list_and_the_previous_assessment, setup,
						teardown),
		cmocka_unit_test_setup_teardown(agreements_come_back_on_their_evaluation_date, setup,
						teardown),
		cmocka_unit_test_setup_teardown(a_nurse_sees_her_own_agreement_among_many_due,
						setup, teardown),
		cmocka_unit_test_setup_teardown(an_agreement_is_done_changed_or_ended_with_a_note,
						setup, teardown),
		cmocka_unit_test_setup_teardown(the_latest_conclusion_and_open_agreements, setup,
						teardown),
		cmocka_unit_test_setup_teardown(migration_007_converts_old_rows, setup, teardown),
	};
	return cmocka_run_group_tests(tests, load_refs, free_refs);
}
