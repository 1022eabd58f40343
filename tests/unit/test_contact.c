/* test_contact.c — contact moments against a real SQLite file: a whole
 * contact moment saved as one and read back, a missed contact in few
 * fields, the vaccination rules, implausible measurements refused until
 * confirmed, the version check, z-scores against hand-computed values, and
 * the demo history following the schedule.  "Today" is 2026-11-26. */
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
#include "contact.h"
#include "db.h"
#include "demo.h"

/* Reference data, loaded once for the group. */
static struct growth_ref *growth;
static struct schedule *sched;
static struct refdata *codes;
static struct contact_refs refs;

struct fixture {
	char dir[64];   /* a fresh temporary directory */
	char path[128]; /* the database file in it */
	struct db *db;  /* open on path, acting as the nurse */
	struct child girl; /* born 2026-07-01, sex 2 */
	struct contact_record *rec; /* a record to fill (large: on the heap) */
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

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	f->rec = calloc(1, sizeof *f->rec);
	strcpy(f->dir, "/tmp/gp-contact-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	struct gp_err e = {0};
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	/* an account without the cost of a password hash */
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
	db_close(f->db);
	char cmd[160];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f->rec);
	free(f);
	return 0;
}

/* A realised contact moment of the girl on `date`. */
static void realised(struct fixture *f, const char *date, const char *moment)
{
	struct contact_record *r = f->rec;
	memset(r, 0, sizeof *r);
	strcpy(r->contact.child_id, f->girl.id);
	r->contact.date = d(date);
	strcpy(r->contact.time, "10:30");
	strcpy(r->contact.status, "01");
	strcpy(r->contact.form, "03");
	strcpy(r->contact.schedule_moment, moment);
	strcpy(r->contact.location, "Consultatiebureau Utrecht");
}

static void measure(struct fixture *f, int length_mm, int weight_g, int head_mm)
{
	struct contact_record *r = f->rec;
	r->has_measurement = 1;
	r->measurement.length_mm = length_mm;
	strcpy(r->measurement.length_method, "liggend");
	r->measurement.weight_g = weight_g;
	strcpy(r->measurement.weight_method, "zonder_kleding");
	r->measurement.head_mm = head_mm;
}

static struct vaccination *vaccinate(struct fixture *f, const char *vaccine, int dose,
				     const char *batch)
{
	struct vaccination *v = &f->rec->vaccinations[f->rec->nvaccinations++];
	memset(v, 0, sizeof *v);
	strcpy(v->vaccine, vaccine);
	v->dose_no = dose;
	v->given = 1;
	strcpy(v->batch, batch);
	strcpy(v->site, "linkerbovenbeen");
	return v;
}

static void full_contact_moment_round_trip(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	long long audit_before = one_int(f->db, "SELECT count(*) FROM audit_log");
	/* 4 months old: WHO medians for a girl are about 6.4 kg, 62 cm, 40.6 cm */
	realised(f, "2026-11-02", "m4m");
	measure(f, 630, 6500, 406);
	vaccinate(f, "DKTP-Hib-HepB", 3, "XK12345");
	strcpy(f->rec->contact.conclusion, "Groei en ontwikkeling naar verwachting.");
	strcpy(f->rec->contact.next_step, "volgend_contact");
	f->rec->contact.next_contact_on = d("2027-01-01");
	f->rec->nobservations = 1;
	strcpy(f->rec->observations[0].domain, "ogen");
	strcpy(f->rec->observations[0].text, "Rode reflex beiderzijds aanwezig.");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	/* filled in: ids, the kind from the moment, who, versions */
	assert_int_equal(strlen(f->rec->contact.id), 36);
	assert_string_equal(f->rec->contact.kind, "37");
	assert_string_equal(f->rec->contact.professional_id, "01900000-0000-7000-8000-00000000a001");
	assert_string_equal(f->rec->vaccinations[0].given_by, "01900000-0000-7000-8000-00000000a001");
	assert_int_equal(f->rec->contact.version, 1);
	/* one transaction, one audit entry */
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM audit_log"), audit_before + 1);

	struct contact_record *back = calloc(1, sizeof *back);
	assert_int_equal(contact_get(f->db, f->rec->contact.id, back, &e), GP_OK);
	assert_string_equal(back->contact.child_id, f->girl.id);
	assert_int_equal(date_cmp(back->contact.date, d("2026-11-02")), 0);
	assert_string_equal(back->contact.time, "10:30");
	assert_string_equal(back->contact.status, "01");
	assert_string_equal(back->contact.schedule_moment, "m4m");
	assert_string_equal(back->contact.conclusion, "Groei en ontwikkeling naar verwachting.");
	assert_string_equal(back->contact.next_step, "volgend_contact");
	assert_int_equal(date_cmp(back->contact.next_contact_on, d("2027-01-01")), 0);
	assert_int_equal(back->has_measurement, 1);
	assert_int_equal(back->measurement.weight_g, 6500);
	assert_int_equal(back->measurement.length_mm, 630);
	assert_string_equal(back->measurement.length_method, "liggend");
	assert_string_equal(back->measurement.weight_method, "zonder_kleding");
	assert_int_equal(back->measurement.head_mm, 406);
	assert_int_equal(back->measurement.flags, 0);
	assert_string_equal(back->measurement.confirmed_by, "");
	assert_int_equal(back->nvaccinations, 1);
	assert_string_equal(back->vaccinations[0].vaccine, "DKTP-Hib-HepB");
	assert_int_equal(back->vaccinations[0].dose_no, 3);
	assert_string_equal(back->vaccinations[0].batch, "XK12345");
	assert_string_equal(back->vaccinations[0].site, "linkerbovenbeen");
	assert_int_equal(date_cmp(back->vaccinations[0].date, d("2026-11-02")), 0);
	assert_int_equal(back->nobservations, 1);
	assert_string_equal(back->observations[0].domain, "ogen");
	free(back);
	/* the file holds numbers for these words (schema 018): BDS 236 and 246's
	 * codes, and the next step's place in its list */
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM measurements WHERE "
				 "length_method = 1 AND weight_method = 2"), 1);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts WHERE next_step = 1"), 1);
	assert_string_equal(contact_stored_word("measurements", "length_method", 2), "staand");
	assert_string_equal(contact_stored_word("measurements", "weight_method", 1), "met_kleding");
	assert_string_equal(contact_stored_word("contacts", "next_step", 3), "overdracht");
	assert_string_equal(contact_stored_word("contacts", "next_step", 4), "geen");
	assert_null(contact_stored_word("contacts", "next_step", 5));
	assert_null(contact_stored_word("contacts", "next_step", 0));
	assert_null(contact_stored_word("contacts", "conclusion", 1));
	assert_null(contact_stored_word("measurements", "next_step", 1));

	/* the lists, and the z-scores next to the measurement */
	struct contact *cl;
	struct measurement *ml;
	struct vaccination *vl;
	int nc, nm, nv;
	assert_int_equal(contact_list(f->db, f->girl.id, &cl, &nc, &e), GP_OK);
	assert_int_equal(measurement_list(f->db, f->girl.id, &ml, &nm, &e), GP_OK);
	assert_int_equal(vaccination_list(f->db, f->girl.id, &vl, &nv, &e), GP_OK);
	assert_int_equal(nc, 1);
	assert_int_equal(nm, 1);
	assert_int_equal(nv, 1);
	struct measurement_growth g;
	measurement_growth_list(growth, 2, f->girl.birth_date, ml, nm, &g);
	assert_int_equal(g.age_days, 124);
	for (int i = GROWTH_WFA; i <= GROWTH_WFL; i++) {
		assert_int_equal(g.z[i].status, GROWTH_Z_OK);
		assert_true(g.z[i].z > -1.5 && g.z[i].z < 1.5);
	}
	assert_int_equal(g.z[GROWTH_WFH].status, GROWTH_Z_MISSING);
	assert_int_equal(g.flags, 0);
	assert_string_equal(measurement_growth_remark(&g), "");
	free(cl);
	free(ml);
	free(vl);
}

static void not_realised_in_few_fields(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct contact_record *r = f->rec;
	memset(r, 0, sizeof *r);
	strcpy(r->contact.child_id, f->girl.id);
	r->contact.date = d("2026-10-01");
	strcpy(r->contact.status, "02"); /* niet gerealiseerd zonder bericht */
	strcpy(r->contact.schedule_moment, "m3m");
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_OK);
	struct contact *cl;
	int n;
	assert_int_equal(contact_list(f->db, f->girl.id, &cl, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(cl[0].status, "02");
	assert_string_equal(cl[0].kind, "37");
	assert_string_equal(cl[0].form, "");
	free(cl);

	/* a missed contact has no measurement; a realised one needs a form */
	r->contact.id[0] = '\0';
	measure(f, 600, 5800, 0);
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "niet doorgegaan"));
	r->has_measurement = 0;
	strcpy(r->contact.status, "01");
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Vorm"));
	/* a realised contact is not in the future nor before birth */
	strcpy(r->contact.form, "03");
	r->contact.date = d("2026-11-27");
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "niet na vandaag"));
	r->contact.date = d("2026-06-30");
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "geboortedatum"));
	/* a missed one may be recorded ahead (cancelled by JGZ) */
	strcpy(r->contact.status, "07");
	r->contact.date = d("2026-12-10");
	assert_int_equal(contact_save_new(f->db, &refs, r, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts"), 2);
}

static void vaccination_rules(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	realised(f, "2026-11-02", "m4m");
	struct vaccination *v = vaccinate(f, "Pneu", 2, "");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "partijnummer"));
	assert_string_equal(f->rec->contact.id, ""); /* the caller keeps what it had */

	v->given = 0;
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "reden"));
	strcpy(v->reason_not_given, "onzin");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	strcpy(v->vaccine, "Griep");
	strcpy(v->reason_not_given, "bezwaar");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Vaccin"));
	/* nothing was saved, not even the contact */
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts"), 0);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM vaccinations"), 0);

	strcpy(v->vaccine, "Pneu");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM vaccinations WHERE given = 0 AND "
				 "reason_not_given = 'bezwaar' AND batch IS NULL"), 1);
}

static void implausible_weight_needs_confirmation(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	realised(f, "2026-11-02", "m4m");
	measure(f, 630, 20000, 406); /* 20 kg at four months */
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "gewicht 20,0 kg"));
	assert_non_null(strstr(e.msg, "5 SD"));
	assert_non_null(strstr(e.msg, "bevestig"));
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts"), 0);
	assert_int_equal(f->rec->measurement.flags, 0);

	f->rec->measurement.confirmed = 1;
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	assert_true(f->rec->measurement.flags & MEAS_FLAG_EXTREME);
	assert_int_equal(one_int(f->db, "SELECT flags & 1 FROM measurements"), 1);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM measurements WHERE "
				 "confirmed_by = (SELECT seq FROM accounts WHERE id = "
				 "gp_uuid_blob('01900000-0000-7000-8000-00000000a001'))"), 1);
}

static void shorter_length_needs_confirmation(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	realised(f, "2026-10-01", "m3m");
	measure(f, 610, 5800, 395);
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	realised(f, "2026-11-02", "m4m");
	measure(f, 595, 6300, 402); /* 1.5 cm shorter than a month before */
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Lengte 59,5 cm is korter dan bij de vorige meting "
				   "(61,0 cm op 01-10-2026)"));
	f->rec->measurement.confirmed = 1;
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	assert_int_equal(f->rec->measurement.flags, MEAS_FLAG_SHORTER);
	assert_int_equal(one_int(f->db, "SELECT flags FROM measurements WHERE "
				 "measured_on = '2026-11-02'"), MEAS_FLAG_SHORTER);
	/* standing before 9 months is refused outright */
	realised(f, "2026-11-20", "");
	strcpy(f->rec->contact.kind, "22");
	measure(f, 640, 6400, 0);
	strcpy(f->rec->measurement.length_method, "staand");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "liggend"));
}

static void stale_update_keeps_the_data(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	realised(f, "2026-11-02", "m4m");
	measure(f, 630, 6500, 406);
	vaccinate(f, "Pneu", 2, "AB00001");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	struct contact_record *a = calloc(1, sizeof *a), *b = calloc(1, sizeof *b);
	assert_int_equal(contact_get(f->db, f->rec->contact.id, a, &e), GP_OK);
	assert_int_equal(contact_get(f->db, f->rec->contact.id, b, &e), GP_OK);

	/* A changes the conclusion and the weight and adds a vaccination */
	strcpy(a->contact.conclusion, "Gewicht opnieuw gemeten.");
	a->measurement.weight_g = 6550;
	a->nvaccinations = 2;
	memset(&a->vaccinations[1], 0, sizeof a->vaccinations[1]);
	strcpy(a->vaccinations[1].vaccine, "DKTP-Hib-HepB");
	a->vaccinations[1].dose_no = 3;
	a->vaccinations[1].given = 1;
	strcpy(a->vaccinations[1].batch, "CD00002");
	assert_int_equal(contact_update(f->db, &refs, a, &e), GP_OK);
	assert_int_equal(a->contact.version, 2);
	assert_int_equal(a->measurement.version, 2);
	assert_int_equal(a->vaccinations[1].version, 1);

	/* B started from version 1: refused, nothing written, B keeps its text */
	strcpy(b->contact.conclusion, "Mijn eigen tekst.");
	b->measurement.weight_g = 7000;
	assert_int_equal(contact_update(f->db, &refs, b, &e), GP_ESTALE);
	assert_non_null(strstr(e.msg, "Anna Verpleegkundige"));
	assert_non_null(strstr(e.msg, "invoer"));
	assert_string_equal(b->contact.conclusion, "Mijn eigen tekst.");
	assert_int_equal(b->measurement.weight_g, 7000);
	assert_int_equal(b->contact.version, 1);
	assert_int_equal(one_int(f->db, "SELECT weight_g FROM measurements"), 6550);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts WHERE conclusion = "
				 "'Gewicht opnieuw gemeten.' AND version = 2"), 1);
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM vaccinations"), 2);
	free(a);
	free(b);
}

static struct measurement at(struct gp_date birth, int days, int weight_g, int length_mm)
{
	struct measurement m = {0};
	m.measured_on = date_from_days(date_to_days(birth) + days);
	m.weight_g = weight_g;
	m.length_mm = length_mm;
	return m;
}

/* A realised contact with a measurement cannot be turned into a missed one:
 * that would leave its measurement and vaccination behind, unseen. */
static void realised_contact_keeps_its_parts(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	realised(f, "2026-11-02", "m4m");
	measure(f, 630, 6500, 406);
	vaccinate(f, "Pneu", 2, "AB00001");
	assert_int_equal(contact_save_new(f->db, &refs, f->rec, &e), GP_OK);
	struct contact_record *a = calloc(1, sizeof *a);
	assert_int_equal(contact_get(f->db, f->rec->contact.id, a, &e), GP_OK);
	strcpy(a->contact.status, "02");
	a->has_measurement = 0;
	a->nvaccinations = 0;
	a->nobservations = 0;
	assert_int_equal(contact_update(f->db, &refs, a, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "metingen of vaccinaties"));
	assert_string_equal(a->contact.status, "02"); /* what was chosen is kept */
	assert_int_equal(one_int(f->db, "SELECT count(*) FROM contacts WHERE status_code = '01' "
				 "AND version = 1"), 1);
	free(a);
}

static void zscores_match_hand_computed_values(void **state)
{
	(void)state;
	struct gp_date birth = {2020, 1, 1};
	struct measurement_growth g;
	/* anthro's worked value: a girl of 1522 days weighing 17 kg, WFA 0.24 */
	struct measurement m = at(birth, 1522, 17000, 0);
	measurement_growth_list(growth, 2, birth, &m, 1, &g);
	assert_int_equal(g.z[GROWTH_WFA].status, GROWTH_Z_OK);
	assert_true(g.z[GROWTH_WFA].z == 0.24);
	assert_int_equal(g.z[GROWTH_LFA].status, GROWTH_Z_MISSING);
	/* a boy of 365 days, 10 kg: L 0.0645, M 9.646, S 0.10925 -> 0.3303 */
	m = at(birth, 365, 10000, 0);
	measurement_growth_list(growth, 1, birth, &m, 1, &g);
	assert_true(g.z[GROWTH_WFA].z == 0.33);
	/* a girl of 122 days, 63.0 cm lying: L 1, M 62.1071, S 0.03486 -> 0.4124 */
	m = at(birth, 122, 0, 630);
	strcpy(m.length_method, "liggend");
	measurement_growth_list(growth, 2, birth, &m, 1, &g);
	assert_true(g.z[GROWTH_LFA].z == 0.41);
	/* sex unknown (0) or undetermined (3): no z-scores, and it says so */
	for (int sex = 0; sex <= 3; sex += 3) {
		m = at(birth, 365, 10000, 750);
		measurement_growth_list(growth, sex, birth, &m, 1, &g);
		assert_int_equal(g.no_sex, 1);
		for (int i = 0; i < GROWTH_NIND; i++)
			assert_int_equal(g.z[i].status, GROWTH_Z_MISSING);
		assert_non_null(strstr(measurement_growth_remark(&g), "geslacht onbekend"));
	}
	/* a jump of more than 2 SD between visits is flagged */
	struct measurement two[2] = {at(birth, 365, 10000, 0), at(birth, 395, 13500, 0)};
	struct measurement_growth g2[2];
	measurement_growth_list(growth, 1, birth, two, 2, g2);
	assert_int_equal(g2[0].flags, 0);
	assert_int_equal(g2[1].flags & MEAS_FLAG_JUMP, MEAS_FLAG_JUMP);
	char msg[512];
	measurement_growth_explain(&g2[1], &two[1], msg, sizeof msg);
	assert_non_null(strstr(msg, "gewicht 13,5 kg"));
	assert_non_null(strstr(msg, "vorige meting 0,33"));
}

static void demo_history_follows_the_schedule(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct db *db;
	char path[160];
	snprintf(path, sizeof path, "%s/demo.db", f->dir);
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {300, 7, datadir()};
	assert_int_equal(demo_fill(db, &opt, &e), GP_OK);
	/* children between 2 years 1 month and 5 years, from birth in our care */
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, "SELECT seq FROM children WHERE birth_date "
					    "BETWEEN '2021-11-27' AND '2024-10-26' AND "
					    "registered_on IS NULL", -1, &st, NULL), SQLITE_OK);
	int toddlers = 0, followed = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		long long id = sqlite3_column_int64(st, 0);
		char sql[512];
		toddlers++;
		/* the 14 moments up to 2 years, most of them realised */
		snprintf(sql, sizeof sql, "SELECT count(DISTINCT schedule_moment) FROM contacts "
			 "WHERE child_seq = %lld AND status_code = '01' AND schedule_moment IN "
			 "('hielprik', 'gehoor', 'hb2w', 'm4w', 'm8w', 'm3m', 'm4m', 'm6m', "
			 "'m7.5m', 'm9m', 'm11m', 'm14m', 'm18m', 'm2j')", id);
		long long moments = one_int(db, sql);
		/* vaccinations with a batch number and a site, or objections */
		snprintf(sql, sizeof sql, "SELECT count(*) FROM vaccinations WHERE child_seq = %lld "
			 "AND given = 1 AND batch GLOB '[A-Z][A-Z][0-9][0-9][0-9][0-9][0-9]' AND "
			 "site IS NOT NULL", id);
		long long given = one_int(db, sql);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM vaccinations WHERE child_seq = %lld "
			 "AND given = 0 AND reason_not_given = 'bezwaar'", id);
		long long refused = one_int(db, sql);
		snprintf(sql, sizeof sql, "SELECT count(*) FROM measurements WHERE child_seq = %lld "
			 "AND length_method = 1 AND head_mm > 0", id); /* liggend */
		long long lying = one_int(db, sql);
		if (moments >= 11 && (given >= 7 || refused >= 7) && lying >= 8)
			followed++;
	}
	sqlite3_finalize(st);
	assert_true(toddlers >= 10);
	assert_true(followed * 10 >= toddlers * 8);
	/* missed moments have a status, and some were made up later */
	assert_true(one_int(db, "SELECT count(*) FROM contacts WHERE status_code BETWEEN "
			    "'02' AND '07'") > 0);
	assert_true(one_int(db, "SELECT count(*) FROM contacts a JOIN contacts b ON "
			    "a.child_seq = b.child_seq AND a.schedule_moment = b.schedule_moment "
			    "AND a.status_code <> '01' AND b.status_code = '01' AND "
			    "b.contact_date > a.contact_date") > 0);
	/* nothing after today; school-age children measured standing */
	assert_int_equal(one_int(db, "SELECT count(*) FROM contacts WHERE contact_date > "
				 "'2026-11-26'"), 0);
	assert_true(one_int(db, "SELECT count(*) FROM measurements m JOIN children c ON "
			    "c.seq = m.child_seq WHERE m.length_method = 2 AND " /* staand */
			    "m.measured_on >= date(c.birth_date, '+5 years')") > 0);
	assert_int_equal(one_int(db, "SELECT count(*) FROM measurements m JOIN children c ON "
				 "c.seq = m.child_seq WHERE m.length_method = 1 AND " /* liggend */
				 "m.measured_on >= date(c.birth_date, '+731 days')"), 0);
	db_close(db);
}

int main(void)
{
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(full_contact_moment_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(not_realised_in_few_fields, setup, teardown),
		cmocka_unit_test_setup_teardown(vaccination_rules, setup, teardown),
		cmocka_unit_test_setup_teardown(implausible_weight_needs_confirmation, setup,
						teardown),
		cmocka_unit_test_setup_teardown(shorter_length_needs_confirmation, setup, teardown),
		cmocka_unit_test_setup_teardown(stale_update_keeps_the_data, setup, teardown),
		cmocka_unit_test_setup_teardown(realised_contact_keeps_its_parts, setup, teardown),
		cmocka_unit_test(zscores_match_hand_computed_values),
		cmocka_unit_test_setup_teardown(demo_history_follows_the_schedule, setup, teardown),
	};
	return cmocka_run_group_tests_name("contact", tests, load_refs, free_refs);
}
