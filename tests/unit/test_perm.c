/* test_perm.c — roles enforced in the core (src/perm.h), whatever path
 * asks: an assistent records measurements and vaccinations but never reads
 * or writes notes (care content) and exports nothing; a beheerder manages
 * accounts and the sociale kaart, and reads a dossier only after giving a
 * reason, which is logged; refusals are logged too.  GIZ assessments and
 * agreements follow the same rule as notes, by every core path (read,
 * list, previous, agreements, events, Vandaag, latest, save, change,
 * evaluate, export).  And notes themselves:
 * saved with the version check, newest first. */
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
#include "contact.h"
#include "db.h"
#include "due.h"
#include "export_json.h"
#include "giz.h"
#include "note.h"
#include "org.h"
#include "perm.h"
#include "search.h"

static struct growth_ref *growth;
static struct schedule *sched;
static struct refdata *codes;

struct fixture {
	char dir[64];      /* a fresh temporary directory */
	char path[128];    /* the database file in it */
	struct db *db;     /* open on path */
	struct child kid;  /* a child made by the system, with a note */
	struct account nurse, assistant, admin; /* one account per kind of role */
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
	if (growth_load(datadir(), &growth, &e) != GP_OK ||
	    schedule_load(datadir(), &sched, &e) != GP_OK ||
	    refdata_load(datadir(), "nl", &codes, &e) != GP_OK) {
		fprintf(stderr, "reference data: %s\n", e.msg);
		return -1;
	}
	return 0;
}

static int free_refs(void **state)
{
	(void)state;
	growth_free(growth);
	schedule_free(sched);
	refdata_free(codes);
	return 0;
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

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	strcpy(f->dir, "/tmp/gp-perm-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	add_account(f, &f->nurse, "anna", "jeugdverpleegkundige");
	add_account(f, &f->assistant, "ali", "assistent");
	add_account(f, &f->admin, "bea", "beheerder");
	strcpy(f->kid.given_names, "Fenna");
	strcpy(f->kid.family_name, "Bakker");
	f->kid.sex = 2;
	assert_int_equal(date_parse_iso("2026-07-01", &f->kid.birth_date), 0);
	assert_int_equal(child_create(f->db, &f->kid, &e), GP_OK);
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

static struct note *new_note(const char *child_id, const char *text)
{
	struct note *n = calloc(1, sizeof *n);
	strcpy(n->child_id, child_id);
	strcpy(n->text, text);
	return n;
}

static void notes_are_for_care_roles_only(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct note *n = new_note(f->kid.id, "Moeder maakt zich zorgen.\nGIZ volgt.");
	struct note *list;
	int count_notes;
	account_act_as(f->db, &f->nurse);
	assert_int_equal(note_save(f->db, n, &e), GP_OK);
	assert_int_equal(n->version, 1);
	assert_int_equal(note_list(f->db, f->kid.id, &list, &count_notes, &e), GP_OK);
	assert_int_equal(count_notes, 1);
	assert_string_equal(list[0].text, "Moeder maakt zich zorgen.\nGIZ volgt.");
	assert_string_equal(list[0].author, "anna");
	free(list);

	account_act_as(f->db, &f->assistant);
	assert_int_equal(note_list(f->db, f->kid.id, &list, &count_notes, &e), GP_EDENIED);
	assert_null(list);
	assert_non_null(strstr(e.msg, "assistent"));
	struct note *other = new_note(f->kid.id, "mag niet");
	assert_int_equal(note_save(f->db, other, &e), GP_EDENIED);
	assert_false(perm_may(f->db, PERM_CARE, f->kid.id));

	account_act_as(f->db, &f->admin);
	assert_int_equal(note_list(f->db, f->kid.id, &list, &count_notes, &e), GP_EDENIED);
	/* every refusal is in the log, with who asked and for which child */
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE action = 'denied' "
				      "AND detail = 'care'"), 3);
	free(other);
	free(n);
}

static void stale_note_is_refused_and_kept(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	account_act_as(f->db, &f->nurse);
	struct note *mine = new_note(f->kid.id, "eerste versie");
	assert_int_equal(note_save(f->db, mine, &e), GP_OK);
	struct note *theirs = malloc(sizeof *theirs);
	*theirs = *mine;
	strcpy(theirs->text, "iemand anders was eerder");
	assert_int_equal(note_save(f->db, theirs, &e), GP_OK);
	strcpy(mine->text, "mijn wijziging");
	assert_int_equal(note_save(f->db, mine, &e), GP_ESTALE);
	assert_string_equal(mine->text, "mijn wijziging");
	assert_non_null(strstr(e.msg, "anna"));
	strcpy(mine->text, "   ");
	assert_int_equal(note_save(f->db, mine, &e), GP_EINPUT);
	free(theirs);
	free(mine);
}

static void assistent_measures_but_exports_nothing(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct contact_refs refs = {.growth = growth, .codes = codes, .schedule = sched};
	struct contact_record *r = calloc(1, sizeof *r);
	account_act_as(f->db, &f->assistant);
	strcpy(r->contact.child_id, f->kid.id);
	assert_int_equal(date_parse_iso("2026-11-20", &r->contact.date), 0);
	strcpy(r->contact.status, "01");
	strcpy(r->contact.form, "03");
	strcpy(r->contact.kind, "37");
	r->has_measurement = 1;
	r->measurement.weight_g = 6500;
	strcpy(r->measurement.weight_method, "zonder_kleding");
	if (contact_save_new(f->db, &refs, r, &e) != GP_OK)
		fail_msg("contact: %s", e.msg);
	free(r);
	struct child c;
	assert_int_equal(child_get(f->db, f->kid.id, &c, &e), GP_OK); /* may read */
	strcpy(c.city, "Utrecht");
	assert_int_equal(child_update(f->db, &c, &e), GP_EDENIED);     /* not change */
	struct export_refs xr = {growth, codes};
	char *text = NULL;
	assert_int_equal(export_child_json(f->db, &xr, &c, c.birth_date, &text, &e), GP_EDENIED);
	assert_null(text);
	struct org o = {0};
	strcpy(o.name, "Wijkteam");
	strcpy(o.kind, "wijkteam");
	assert_int_equal(org_create(f->db, &o, &e), GP_EDENIED);
	struct account x;
	assert_int_equal(account_create(f->db, "x", "X", "assistent", "geheim-twaalf", &x, &e),
			 GP_EDENIED);
	/* the due list on screen is their work; search finds children */
	struct due_report rep;
	assert_int_equal(due_collect(f->db, sched, c.birth_date, DUE_OPEN, 0, &rep, &e), GP_OK);
	due_report_free(&rep);
	struct child_summary hits[4];
	int n, more;
	assert_int_equal(search_children(f->db, "fenna", hits, 4, &n, &more, &e), GP_OK);
	assert_int_equal(n, 1);
}

static void beheerder_reads_only_with_a_logged_reason(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct child c;
	account_act_as(f->db, &f->admin);
	assert_true(perm_needs_reason(f->db, f->kid.id));
	assert_int_equal(child_get(f->db, f->kid.id, &c, &e), GP_EDENIED);
	assert_string_equal(c.given_names, ""); /* nothing of it left the core */
	assert_int_equal(child_log_view(f->db, f->kid.id, &e), GP_EDENIED);
	assert_int_equal(perm_give_reason(f->db, f->kid.id, "kort", &e), GP_EINPUT);
	assert_int_equal(perm_give_reason(f->db, f->kid.id, "inzageverzoek 2026-17", &e), GP_OK);
	assert_false(perm_needs_reason(f->db, f->kid.id));
	assert_int_equal(child_get(f->db, f->kid.id, &c, &e), GP_OK);
	assert_string_equal(c.given_names, "Fenna");
	assert_int_equal(count(f->db, "SELECT count(*) FROM audit_log WHERE action = "
				      "'view_reason' AND detail = 'inzageverzoek 2026-17'"), 1);
	/* reading is all: no changes, no exports, no due list */
	strcpy(c.city, "Utrecht");
	assert_int_equal(child_update(f->db, &c, &e), GP_EDENIED);
	struct due_report rep;
	assert_int_equal(due_collect(f->db, sched, c.birth_date, DUE_OPEN, 0, &rep, &e),
			 GP_EDENIED);
	due_report_free(&rep);
	/* what a beheerder is for */
	struct org o = {0};
	strcpy(o.name, "Wijkteam Noord");
	strcpy(o.kind, "wijkteam");
	o.active = 1;
	assert_int_equal(org_create(f->db, &o, &e), GP_OK);
	struct audit_query q = {.action = "view_reason"};
	struct audit_entry *rows;
	int n;
	assert_int_equal(audit_search(f->db, &q, &rows, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	free(rows);
	/* a new login forgets the reasons */
	account_act_as(f->db, &f->nurse);
	account_act_as(f->db, &f->admin);
	assert_true(perm_needs_reason(f->db, f->kid.id));
	/* a nurse does not search the whole log */
	account_act_as(f->db, &f->nurse);
	assert_int_equal(audit_search(f->db, &q, &rows, &n, &e), GP_EDENIED);
	q = (struct audit_query){.child_id = f->kid.id}; /* but sees a dossier's Toegang */
	assert_int_equal(audit_search(f->db, &q, &rows, &n, &e), GP_OK);
	assert_true(n >= 2);
	free(rows);
}

/* A GIZ assessment of f->kid with the young person present and one
 * agreement for the JGZ, evaluated on 2026-11-25. */
static struct giz_assessment *new_giz(const struct fixture *f)
{
	struct giz_assessment *a = calloc(1, sizeof *a);
	strcpy(a->child_id, f->kid.id);
	assert_int_equal(date_parse_iso("2026-11-20", &a->date), 0);
	a->young_person = GIZ_YOUNG_YES;
	strcpy(a->triangle, "01");
	for (int i = 0; i < GIZ_ASPECTS; i++)
		strcpy(a->aspects[i].score, "01");
	strcpy(a->worries, "GEHEIM: zorgen over thuis");
	a->nagreements = 1;
	strcpy(a->agreements[0].what, "Nabellen over slapen");
	strcpy(a->agreements[0].who_kind, "jgz");
	assert_int_equal(date_parse_iso("2026-11-25", &a->agreements[0].due_on), 0);
	a->agreements[0].evaluate_on = a->agreements[0].due_on;
	return a;
}

/* GIZ content is care content: a jeugdverpleegkundige reads and writes it;
 * an assistent and a beheerder (even with a reason for the dossier) get
 * GP_EDENIED from every core function, nothing of the content in their
 * buffers, no row written, and a 'denied' entry each. */
static void giz_is_for_care_roles_only(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct giz_assessment *a = new_giz(f), *got = calloc(1, sizeof *got);
	struct giz_summary *list;
	struct giz_agreement_row *rows, row;
	struct giz_event *events;
	struct giz_latest *latest = calloc(1, sizeof *latest);
	struct giz_evaluation *ev = calloc(1, sizeof *ev);
	int n, found, matched;
	struct gp_date today;
	assert_int_equal(date_parse_iso("2026-11-26", &today), 0);

	account_act_as(f->db, &f->nurse);
	if (giz_save_new(f->db, codes, a, &e) != GP_OK)
		fail_msg("giz: %s", e.msg);
	assert_int_equal(giz_get(f->db, a->id, got, &e), GP_OK);
	assert_string_equal(got->worries, "GEHEIM: zorgen over thuis");
	assert_int_equal(giz_due(f->db, today, NULL, 10, &rows, &n, &matched, &e), GP_OK);
	assert_int_equal(n, 1);
	char agreement[DB_ID_LEN];
	strcpy(agreement, rows[0].a.id);
	free(rows);

	struct account *const others[] = {&f->assistant, &f->admin};
	for (int k = 0; k < 2; k++) {
		account_act_as(f->db, others[k]);
		if (others[k] == &f->admin) /* a reason opens the dossier, not its GIZ */
			assert_int_equal(perm_give_reason(f->db, f->kid.id, "inzageverzoek 2026-18",
							  &e), GP_OK);
		long long denied = count(f->db, "SELECT count(*) FROM audit_log WHERE action = "
						"'denied' AND detail = 'care'");
		assert_false(perm_may(f->db, PERM_CARE, f->kid.id));
		assert_int_equal(giz_get(f->db, a->id, got, &e), GP_EDENIED);
		assert_string_equal(got->worries, "");
		assert_non_null(strstr(e.msg, "GIZ"));
		assert_int_equal(giz_list(f->db, f->kid.id, &list, &n, &e), GP_EDENIED);
		assert_null(list);
		assert_int_equal(n, 0);
		assert_int_equal(giz_previous(f->db, a->id, got, &found, &e), GP_EDENIED);
		assert_false(found);
		assert_int_equal(giz_agreements(f->db, f->kid.id, 0, &rows, &n, &e), GP_EDENIED);
		assert_null(rows);
		assert_int_equal(giz_events(f->db, f->kid.id, &events, &n, &e), GP_EDENIED);
		assert_null(events);
		assert_int_equal(giz_agreement_get(f->db, agreement, &row, &e), GP_EDENIED);
		assert_string_equal(row.a.what, "");
		assert_int_equal(giz_due(f->db, today, NULL, 10, &rows, &n, &matched, &e), GP_EDENIED);
		assert_null(rows);
		assert_int_equal(giz_latest(f->db, f->kid.id, latest, &e), GP_EDENIED);
		assert_false(latest->found);
		/* writing: a new one, a change, an evaluation */
		struct giz_assessment *b = new_giz(f);
		assert_int_equal(giz_save_new(f->db, codes, b, &e), GP_EDENIED);
		assert_string_equal(b->worries, "GEHEIM: zorgen over thuis"); /* input kept */
		free(b);
		account_act_as(f->db, &f->nurse);
		assert_int_equal(giz_get(f->db, a->id, got, &e), GP_OK);
		account_act_as(f->db, others[k]);
		strcpy(got->worries, "overschreven");
		assert_int_equal(giz_update(f->db, codes, got, &e), GP_EDENIED);
		memset(ev, 0, sizeof *ev);
		strcpy(ev->a.id, agreement);
		ev->a.version = 1;
		strcpy(ev->child_id, f->kid.id);
		strcpy(ev->outcome, "gedaan");
		ev->on = today;
		assert_int_equal(giz_agreement_evaluate(f->db, codes, ev, &e), GP_EDENIED);
		assert_true(count(f->db, "SELECT count(*) FROM audit_log WHERE action = 'denied' "
					 "AND detail = 'care'") >= denied + 10);
	}
	/* nothing was written by them */
	assert_int_equal(count(f->db, "SELECT count(*) FROM giz_assessments"), 1);
	assert_int_equal(count(f->db, "SELECT count(*) FROM giz_assessments WHERE "
				      "parent_worries = 'overschreven'"), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM giz_agreement_events"), 0);
	assert_int_equal(count(f->db, "SELECT count(*) FROM giz_agreements WHERE "
				      "status = 'lopend'"), 1);
	/* and the nurse still can */
	account_act_as(f->db, &f->nurse);
	memset(ev, 0, sizeof *ev);
	strcpy(ev->a.id, agreement);
	ev->a.version = 1;
	strcpy(ev->child_id, f->kid.id);
	strcpy(ev->outcome, "gedaan");
	ev->on = today;
	if (giz_agreement_evaluate(f->db, codes, ev, &e) != GP_OK)
		fail_msg("evaluate: %s", e.msg);
	assert_int_equal(giz_latest(f->db, f->kid.id, latest, &e), GP_OK);
	assert_true(latest->found);
	free(ev);
	free(latest);
	free(got);
	free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(notes_are_for_care_roles_only, setup, teardown),
		cmocka_unit_test_setup_teardown(giz_is_for_care_roles_only, setup, teardown),
		cmocka_unit_test_setup_teardown(stale_note_is_refused_and_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(assistent_measures_but_exports_nothing, setup,
						teardown),
		cmocka_unit_test_setup_teardown(beheerder_reads_only_with_a_logged_reason, setup,
						teardown),
	};
	return cmocka_run_group_tests(tests, load_refs, free_refs);
}
