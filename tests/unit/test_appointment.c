/* test_appointment.c — planned visits (src/appointment.c) against a real
 * SQLite file: the checks in words per field, a professional's double
 * booking refused with the other child and time named, the version check,
 * the day's agenda per professional and per location in time order, a
 * child's upcoming visits, and the audit entries.  "Today" is 2026-11-26. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "appointment.h"
#include "child.h"
#include "db.h"

#define ANNA "01900000-0000-7000-8000-00000000a001"
#define BRAM "01900000-0000-7000-8000-00000000b002"

struct fixture {
	char dir[64];
	char path[128];
	struct db *db;           /* acting as anna */
	struct child girl, boy;  /* two children in care */
};

static struct gp_date d(const char *iso)
{
	struct gp_date out;
	assert_int_equal(date_parse_iso(iso, &out), 0);
	return out;
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

static void add_child(struct fixture *f, struct child *c, const char *given, const char *birth)
{
	struct gp_err e = {0};
	strcpy(c->given_names, given);
	strcpy(c->family_name, "Bakker");
	c->sex = 2;
	c->birth_date = d(birth);
	assert_int_equal(child_create(f->db, c, &e), GP_OK);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	strcpy(f->dir, "/tmp/gp-appt-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(db_exec(f->db, "INSERT INTO accounts(id, username, display_name, role, "
				 "password_hash, created_at, updated_at) VALUES "
				 "(gp_uuid_blob('" ANNA "'), 'anna', 'Anna de Wit', "
				 "'jeugdverpleegkundige', 'x', 0, 0), "
				 "(gp_uuid_blob('" BRAM "'), 'bram', 'Bram Jansen', 'jeugdarts', 'x', "
				 "0, 0)", &e), GP_OK);
	strcpy(f->db->actor_id, ANNA);
	strcpy(f->db->actor_name, "anna");
	add_child(f, &f->girl, "Fenna", "2026-08-20");
	add_child(f, &f->boy, "Sem", "2025-09-10");
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
	free(f);
	return 0;
}

static struct appointment visit(const struct child *c, const char *day, const char *time)
{
	struct appointment a;
	memset(&a, 0, sizeof a);
	strcpy(a.child_id, c->id);
	a.date = d(day);
	strcpy(a.time, time);
	a.duration_min = 20;
	strcpy(a.location, "Consultatiebureau Utrecht");
	strcpy(a.schedule_moment, "m3m");
	strcpy(a.doses, "DKTP-Hib-HepB 1, Pneu 1");
	return a;
}

/* Each check names its field in words; nothing is written. */
static void checks_in_words(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct appointment a = visit(&f->girl, "2026-11-25", "09:30");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "vandaag of later"));
	a = visit(&f->girl, "2026-11-27", "9:30");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "09:30"));
	a = visit(&f->girl, "2026-11-27", "06:45");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "07:00"));
	a = visit(&f->girl, "2026-11-27", "21:00");
	a.duration_min = 90;
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "22:00"));
	a = visit(&f->girl, "2026-11-27", "10:00");
	a.duration_min = 300;
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	a = visit(&f->girl, "2026-11-27", "10:00");
	a.location[0] = '\0';
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "waar"));
	a = visit(&f->girl, "2026-11-27", "10:00");
	strcpy(a.status, "misschien");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	a = visit(&f->girl, "2026-11-27", "10:00");
	strcpy(a.child_id, "no-such-child");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_EINPUT);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM appointments"), 0);
}

/* A professional cannot be in two planned visits at once; another
 * professional, a visit after the first ends, or a cancelled one can. */
static void no_double_booking(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct appointment a = visit(&f->girl, "2026-11-27", "10:00");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_OK);
	assert_string_equal(a.account_id, ANNA); /* the acting account */
	assert_string_equal(a.status, "gepland");
	assert_int_equal(a.version, 1);
	struct appointment b = visit(&f->boy, "2026-11-27", "10:10");
	assert_int_equal(appointment_create(f->db, &b, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Anna de Wit"));
	assert_non_null(strstr(e.msg, "10:00"));
	assert_non_null(strstr(e.msg, "Fenna"));
	strcpy(b.time, "10:20"); /* right after */
	assert_int_equal(appointment_create(f->db, &b, &e), GP_OK);
	struct appointment c = visit(&f->boy, "2026-11-27", "10:05");
	strcpy(c.account_id, BRAM); /* another professional */
	assert_int_equal(appointment_create(f->db, &c, &e), GP_OK);
	/* cancelling frees the time */
	assert_int_equal(appointment_set_status(f->db, &a, "afgezegd", &e), GP_OK);
	struct appointment g = visit(&f->girl, "2026-11-27", "10:00");
	assert_int_equal(appointment_create(f->db, &g, &e), GP_OK);
	/* four saved, one status change: five audit entries, none for the
	 * refused one */
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log WHERE detail LIKE "
				 "'%appointment%'"), 5);
}

/* Someone else saved first: refused, nothing written, the caller's copy
 * kept; the new version saves. */
static void stale_update_refused(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct appointment a = visit(&f->girl, "2026-11-30", "09:00");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_OK);
	struct appointment mine = a, theirs = a;
	strcpy(theirs.time, "11:00");
	assert_int_equal(appointment_update(f->db, &theirs, &e), GP_OK);
	assert_int_equal(theirs.version, 2);
	strcpy(mine.note, "Moeder belt terug.");
	assert_int_equal(appointment_update(f->db, &mine, &e), GP_ESTALE);
	assert_string_equal(mine.note, "Moeder belt terug.");
	struct appointment now;
	assert_int_equal(appointment_get(f->db, a.id, &now, &e), GP_OK);
	assert_string_equal(now.time, "11:00");
	assert_string_equal(now.note, "");
	assert_string_equal(now.schedule_moment, "m3m");
	assert_string_equal(now.doses, "DKTP-Hib-HepB 1, Pneu 1");
}

/* The day's agenda in time order, per professional and per location; a
 * child's upcoming planned visits. */
static void agenda_per_professional_and_location(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct appointment a = visit(&f->girl, "2026-12-01", "14:00");
	struct appointment b = visit(&f->boy, "2026-12-01", "09:00");
	strcpy(b.account_id, BRAM);
	strcpy(b.location, "JGZ Zeist");
	struct appointment c = visit(&f->boy, "2026-12-08", "09:00");
	assert_int_equal(appointment_create(f->db, &a, &e), GP_OK);
	assert_int_equal(appointment_create(f->db, &b, &e), GP_OK);
	assert_int_equal(appointment_create(f->db, &c, &e), GP_OK);
	struct appointment_row *rows = NULL;
	int n = 0;
	struct appointment_filter all = {NULL, NULL, 0};
	assert_int_equal(appointment_day(f->db, d("2026-12-01"), &all, &rows, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(rows[0].a.time, "09:00");
	assert_string_equal(rows[0].professional, "Bram Jansen");
	assert_string_equal(rows[1].a.time, "14:00");
	assert_string_equal(rows[1].child.id, f->girl.id);
	free(rows);
	struct appointment_filter bram = {NULL, BRAM, 0};
	assert_int_equal(appointment_day(f->db, d("2026-12-01"), &bram, &rows, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].a.location, "JGZ Zeist");
	free(rows);
	struct appointment_filter cb = {"Consultatiebureau Utrecht", NULL, 0};
	assert_int_equal(appointment_day(f->db, d("2026-12-01"), &cb, &rows, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(rows[0].a.time, "14:00");
	free(rows);
	assert_int_equal(appointment_day(f->db, d("2026-12-02"), &all, &rows, &n, &e), GP_OK);
	assert_int_equal(n, 0);
	assert_null(rows);
	assert_int_equal(appointment_upcoming(f->db, f->boy.id, d("2026-11-26"), &rows, &n, &e),
			 GP_OK);
	assert_int_equal(n, 2);
	assert_int_equal(rows[0].a.date.d, 1); /* soonest first */
	assert_int_equal(rows[1].a.date.d, 8);
	free(rows);
	char (*places)[TEXT_BUF] = NULL;
	assert_int_equal(appointment_locations(f->db, &places, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(places[0], "Consultatiebureau Utrecht");
	assert_string_equal(places[1], "JGZ Zeist");
	free(places);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(checks_in_words, setup, teardown),
		cmocka_unit_test_setup_teardown(no_double_booking, setup, teardown),
		cmocka_unit_test_setup_teardown(stale_update_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(agenda_per_professional_and_location, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
