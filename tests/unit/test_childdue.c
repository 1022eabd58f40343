/* test_childdue.c — one child's due list from what is stored: with no
 * records the moment whose window is open is the one a new contact is for;
 * a realised contact and a given dose make them done, a not-realised
 * contact keeps its moment overdue with the status, and a dose not given
 * because of an objection is refused.  "Today" is 2026-11-26; the girl is
 * born 2026-07-01 (RVP version 2025-04, variant aangepast). */
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
#include "childdue.h"
#include "contact.h"
#include "db.h"

static struct growth_ref *growth;     /* WHO tables */
static struct schedule *sched;        /* moments and RVP */
static struct refdata *codes;         /* code lists */
static struct contact_refs refs;      /* the three together */

struct fixture {
	char dir[64];               /* a fresh temporary directory */
	char path[128];             /* the database file in it */
	struct db *db;              /* open on path, acting as the nurse */
	struct child girl;          /* born 2026-07-01 */
	struct contact_record *rec; /* a record to fill (large: on the heap) */
};

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

static struct gp_date d(const char *iso)
{
	struct gp_date out;
	assert_int_equal(date_parse_iso(iso, &out), 0);
	return out;
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
	refs.growth = growth;
	refs.schedule = sched;
	refs.codes = codes;
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

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	f->rec = calloc(1, sizeof *f->rec);
	strcpy(f->dir, "/tmp/gp-childdue-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(db_exec(f->db, "INSERT INTO accounts(id, username, display_name, role, "
				 "password_hash, created_at, updated_at) VALUES (gp_uuid_blob('01900000-0000-7000-8000-00000000a001'), "
				 "'anna', 'Anna Verpleegkundige', 'jeugdverpleegkundige', 'x', "
				 "1767225600, 1767225600)", &e), GP_OK);
	strcpy(f->db->actor_id, "01900000-0000-7000-8000-00000000a001");
	strcpy(f->db->actor_name, "anna");
	strcpy(f->girl.given_names, "Fenna");
	strcpy(f->girl.family_name, "Bakker");
	f->girl.sex = 2;
	f->girl.birth_date = d("2026-07-01");
	assert_int_equal(child_create(f->db, &f->girl, &e), GP_OK);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[160];
	db_close(f->db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->rec);
	free(f);
	return 0;
}

static const struct sched_due *find(const struct sched_due_list *l, const char *code, int dose)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(schedule_due_code(&l->items[i]), code) == 0 &&
		    (l->items[i].kind == SCHED_MOMENT || l->items[i].dose->dose == dose))
			return &l->items[i];
	fail_msg("%s %d not in the due list", code, dose);
	return NULL;
}

static void contact_on(struct fixture *f, const char *date, const char *moment,
		       const char *status)
{
	struct contact_record *r = f->rec;
	memset(r, 0, sizeof *r);
	strcpy(r->contact.child_id, f->girl.id);
	r->contact.date = d(date);
	strcpy(r->contact.status, status);
	strcpy(r->contact.schedule_moment, moment);
	strcpy(r->contact.form, "03");
}

static void nothing_recorded(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct sched_due_list l;
	assert_int_equal(child_due_list(f->db, sched, &f->girl, d("2026-11-26"), &l, &e), GP_OK);
	/* 4 and 8 weeks passed without a contact: missed (until 10 weeks and 4
	 * months); the 3-month moment is late until 5 months (01-12), the
	 * 4-month one due: a new contact is for the one due */
	assert_int_equal(find(&l, "m4w", 0)->state, SCHED_MISSED);
	assert_int_equal(find(&l, "m8w", 0)->state, SCHED_MISSED);
	assert_int_equal(find(&l, "m3m", 0)->state, SCHED_OVERDUE);
	assert_int_equal(find(&l, "m4m", 0)->state, SCHED_DUE);
	const struct sched_due *m = child_due_first(&l, SCHED_MOMENT);
	assert_non_null(m);
	assert_string_equal(m->moment->code, "m4m");
	/* nothing given: no dose is due on time any more, and the first one
	 * still needed is DKTP-Hib-HepB 1 (a catch-up); the later ones wait */
	const struct sched_due *v = child_due_first(&l, SCHED_DOSE);
	assert_non_null(v);
	assert_string_equal(v->dose->vaccine, "DKTP-Hib-HepB");
	assert_int_equal(v->dose->dose, 1);
	assert_int_equal(v->state, SCHED_CATCH_UP);
	assert_int_equal(find(&l, "DKTP-Hib-HepB", 2)->state, SCHED_NOT_YET);
	schedule_due_free(&l);
}

static void records_count(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct sched_due_list l;
	/* the 4-week moment missed, the 8-week one realised with dose 1 */
	contact_on(f, "2026-07-29", "m4w", "02");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	contact_on(f, "2026-08-26", "m8w", "01");
	struct vaccination *v = &f->rec->vaccinations[f->rec->nvaccinations++];
	strcpy(v->vaccine, "DKTP-Hib-HepB");
	v->dose_no = 1;
	v->given = 1;
	strcpy(v->batch, "AB123");
	v = &f->rec->vaccinations[f->rec->nvaccinations++];
	strcpy(v->vaccine, "Pneu");
	v->dose_no = 1;
	strcpy(v->reason_not_given, "bezwaar");
	if (contact_save_new(f->db, &refs, f->rec, &e) != GP_OK)
		fail_msg("%s", e.msg);

	assert_int_equal(child_due_list(f->db, sched, &f->girl, d("2026-11-26"), &l, &e), GP_OK);
	const struct sched_due *m4w = find(&l, "m4w", 0);
	assert_int_equal(m4w->state, SCHED_MISSED);
	assert_string_equal(m4w->last_status, "02");
	assert_int_equal(find(&l, "m8w", 0)->state, SCHED_DONE);
	assert_int_equal(find(&l, "DKTP-Hib-HepB", 1)->state, SCHED_DONE);
	assert_int_equal(find(&l, "Pneu", 1)->state, SCHED_REFUSED);
	schedule_due_free(&l);

	/* asked about a day before the records, they do not count yet */
	assert_int_equal(child_due_list(f->db, sched, &f->girl, d("2026-08-25"), &l, &e), GP_OK);
	assert_int_equal(find(&l, "m8w", 0)->state, SCHED_DUE);
	schedule_due_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(nothing_recorded, setup, teardown),
		cmocka_unit_test_setup_teardown(records_count, setup, teardown),
	};
	return cmocka_run_group_tests(tests, load_refs, free_refs);
}
