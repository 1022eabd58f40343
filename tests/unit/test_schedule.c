/* test_schedule.c — the contact-moment schedule and the RVP as a nurse meets
 * them: windows opening and closing on the right day, prematurity, early and
 * late contacts, moments that expire or are overtaken, a child that moved in,
 * the schema chosen by birth date, objections, doses that do not count, and
 * data files with mistakes in them.  The RVP of every cohort is checked in
 * test_rvp_cohorts.c.
 *
 * The shipped data is read from $GROEIPAD_DATADIR, or "data" relative to the
 * current directory (make test runs from the repository root).  Tests that
 * need other data write it to a temporary directory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "date.h"
#include "schedule.h"

/* ---- helpers --------------------------------------------------------- */

static struct gp_date D(int y, int m, int d)
{
	struct gp_date r = {y, m, d};
	return r;
}

static const char *datadir(void)
{
	const char *d = getenv("GROEIPAD_DATADIR");
	return d && *d ? d : "data";
}

static int group_setup(void **state)
{
	struct schedule *s = NULL;
	struct gp_err e;
	gp_err_clear(&e);
	if (schedule_load(datadir(), &s, &e) != GP_OK) {
		fprintf(stderr, "schedule_load: %s\n", e.msg);
		return -1;
	}
	*state = s;
	return 0;
}

static int group_teardown(void **state)
{
	schedule_free(*state);
	return 0;
}

/* The entry for a moment code, or for vaccine code + dose number. */
static const struct sched_due *find(const struct sched_due_list *l, const char *code, int dose)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct sched_due *d = &l->items[i];
		if (strcmp(schedule_due_code(d), code) != 0)
			continue;
		if (d->kind == SCHED_MOMENT || d->dose->dose == dose)
			return d;
	}
	return NULL;
}

/* The state of one entry for `child` on `on`. */
static enum sched_state state_on(const struct schedule *s, const struct sched_child *c,
				 struct gp_date on, const char *code, int dose, long *overdue)
{
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, c, on, &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, code, dose);
	assert_non_null(d);
	enum sched_state st = d->state;
	if (overdue)
		*overdue = d->days_overdue;
	schedule_due_free(&l);
	return st;
}

static void assert_date(struct gp_date got, int y, int m, int d)
{
	char g[11], w[11];
	date_fmt_iso(got, g);
	date_fmt_iso(D(y, m, d), w);
	assert_string_equal(g, w);
}

/* Writes a small data directory; returns its path (static buffer). */
static const char *write_datadir4(char *dir, const char *moments, const char *versions,
				  const char *vaccines, const char *doses)
{
	char path[512];
	strcpy(dir, "/tmp/gp-schedule-XXXXXX");
	assert_non_null(mkdtemp(dir));
	const char *sub[] = {"schedule", "rvp"};
	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, sub[i]);
		assert_int_equal(mkdir(path, 0700), 0);
	}
	const char *files[] = {"schedule/contactmomenten.tsv", "rvp/versions.tsv",
			       "rvp/inhalen.tsv", "rvp/rvp.tsv"};
	const char *text[] = {moments, versions, vaccines, doses};
	for (int i = 0; i < 4; i++) {
		if (!text[i])
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fputs(text[i], f);
		fclose(f);
	}
	return dir;
}

#define VACCINES_OK                                                                   \
	"vaccine\tmin_age\tlate\tuntil\tlate_start\tlate_doses\taccepts\n"           \
	"BMR\t12m\t3m\t18y\t-\t-\t-\nDKT\t4y\t6m\t18y\t-\t-\t-\n"

static const char *write_datadir(char *dir, const char *moments, const char *versions,
				 const char *doses)
{
	return write_datadir4(dir, moments, versions, VACCINES_OK, doses);
}

static void remove_datadir(const char *dir)
{
	char path[512];
	const char *files[] = {"schedule/contactmomenten.tsv", "rvp/versions.tsv",
			       "rvp/inhalen.tsv", "rvp/rvp.tsv", "schedule", "rvp", ""};
	for (int i = 0; i < 7; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, files[i]);
		remove(path);
	}
}

#define MOMENTS_HEADER "code\tlabel\tkind\tearliest\ttarget\tlatest\tuntil\tcorrected\n"
#define VERSIONS_OK                                                         \
	"# test\nversion\tborn_from\tborn_until\tdefault_variant\tlabel\n"  \
	"oud\t-\t2024-12-31\t-\tOud\n"                                      \
	"nieuw\t2025-01-01\t-\t-\tNieuw\n"
#define DOSES_HEADER                                                                  \
	"version\twhen\tvaccine\tdose\tearliest\ttarget\tlatest\tinterval\tvalid_from\tuntil\n"
#define DOSES_OK DOSES_HEADER "nieuw\t*\tBMR\t1\t14m\t14m\t15m-1d\t-\t-\t-\n"

/* ---- the shipped data ------------------------------------------------ */

static void shipped_data_loads(void **state)
{
	const struct schedule *s = *state;
	/* DOMAIN §2: 4–7 d (hielprik, gehoor), 2 w, 4 w, 8 w, 3, 4, 6, 7½, 9, 11 m,
	 * 14, 18 m, 2 y, 3 y, 3 y 9 m, groep 2, groep 7, klas 2, 15/16 y = 20. */
	assert_int_equal(s->nmoments, 20);
	assert_string_equal(s->moments[0].code, "hielprik");
	assert_string_equal(s->moments[0].kind, "01");
	assert_string_equal(s->moments[1].kind, "35");
	for (size_t i = 0; i < s->nmoments; i++)
		assert_int_equal(s->moments[i].corrected, 0); /* nothing shifted by default */
	/* a version per cohort from 2006, oldest first, and rules for every vaccine */
	assert_int_equal(s->nversions, 15);
	assert_string_equal(s->versions[0].name, "2006");
	assert_string_equal(s->versions[s->nversions - 1].name, "2025-04");
	assert_int_equal(s->nvaccines, 12);
	for (size_t i = 0; i < s->ndoses; i++)
		assert_non_null(s->doses[i].rules);
	assert_non_null(schedule_vaccine(s, "RSV"));
	assert_null(schedule_vaccine(s, "Griep"));
}

/* ---- ages ------------------------------------------------------------ */

static void ages_parse(void **state)
{
	(void)state;
	struct sched_age a;
	const char *why = NULL;
	assert_int_equal(schedule_parse_age("3y9m", &a, &why), 0);
	assert_int_equal(a.months, 45);
	assert_int_equal(a.days, 0);
	assert_int_equal(schedule_parse_age("7y-1d", &a, &why), 0);
	assert_int_equal(a.months, 84);
	assert_int_equal(a.days, -1);
	assert_int_equal(schedule_parse_age("7.5m", &a, &why), 0); /* ½ month = 15 d */
	assert_int_equal(a.months, 7);
	assert_int_equal(a.days, 15);
	assert_int_equal(schedule_parse_age("2.5y", &a, &why), 0); /* 30 months */
	assert_int_equal(a.months, 30);
	assert_int_equal(schedule_parse_age("3w4d", &a, &why), 0); /* 21 + 4 */
	assert_int_equal(a.days, 25);
	assert_int_equal(schedule_parse_age("2j", &a, &why), 0);
	assert_int_equal(a.months, 24);
	assert_int_equal(schedule_parse_age("10y@1-1", &a, &why), 0);
	assert_int_equal(a.snap_m, 1);
	assert_int_equal(a.snap_d, 1);
	assert_int_equal(schedule_parse_age("0d@31-10", &a, &why), 0);
	assert_int_equal(a.snap_m, 10);
	assert_int_equal(a.snap_d, 31);
	assert_int_equal(schedule_parse_age("0", &a, &why), 0);
	assert_int_equal(a.months + a.days + a.snap_m, 0);

	const char *bad[] = {"", "3x", "1.5d", "2.3y", "-1d", "@1-1", "5y@31-2", "5y@1-13",
			     "5y@0-1", "5y@1", "4", "m", "99999d", "3y9m@", "31y"};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		why = NULL;
		assert_int_equal(schedule_parse_age(bad[i], &a, &why), -1);
		assert_non_null(why);
	}
}

static void age_dates(void **state)
{
	(void)state;
	struct sched_age a;
	const char *why;
	/* 31-01-2024 + 1 month: 31 February does not exist → 29-02-2024 (leap year). */
	schedule_parse_age("1m", &a, &why);
	assert_date(schedule_age_date(D(2024, 1, 31), a), 2024, 2, 29);
	/* 10-05-2021 + 45 months = 10-02-2025. */
	schedule_parse_age("3y9m", &a, &why);
	assert_date(schedule_age_date(D(2021, 5, 10), a), 2025, 2, 10);
	/* 01-03-2020 + 84 months = 01-03-2027, − 1 day = 28-02-2027. */
	schedule_parse_age("7y-1d", &a, &why);
	assert_date(schedule_age_date(D(2020, 3, 1), a), 2027, 2, 28);
	/* born 20-08-2015: 10th birthday 20-08-2025, moved to 01-01-2025 / 31-12-2025. */
	schedule_parse_age("10y@1-1", &a, &why);
	assert_date(schedule_age_date(D(2015, 8, 20), a), 2025, 1, 1);
	schedule_parse_age("10y@31-12", &a, &why);
	assert_date(schedule_age_date(D(2015, 8, 20), a), 2025, 12, 31);
	/* 1 September of the year of birth (the RSV season) */
	schedule_parse_age("0d@1-9", &a, &why);
	assert_date(schedule_age_date(D(2025, 4, 17), a), 2025, 9, 1);
	/* 29 February in a year without one is the 28th */
	schedule_parse_age("1y@29-2", &a, &why);
	assert_date(schedule_age_date(D(2024, 6, 1), a), 2025, 2, 28);
	/* 7.5m from 01-03-2025: 01-10-2025 + 15 d = 16-10-2025. */
	schedule_parse_age("7.5m", &a, &why);
	assert_date(schedule_age_date(D(2025, 3, 1), a), 2025, 10, 16);
}

/* ---- windows open and close on the right day ------------------------- */

static void moment_window_edges_in_days(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-03-2025.  m4w: earliest 3w4d = 25 d → 26-03-2025;
	 * latest 6w-1d = 41 d → 11-04-2025; until 10w = 70 d → 10-05-2025. */
	struct sched_child c = {.birth = D(2025, 3, 1)};
	long od = -1;
	assert_int_equal(state_on(s, &c, D(2025, 3, 25), "m4w", 0, &od), SCHED_NOT_YET);
	assert_int_equal(state_on(s, &c, D(2025, 3, 26), "m4w", 0, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 4, 11), "m4w", 0, &od), SCHED_DUE);
	assert_int_equal(od, 0);
	assert_int_equal(state_on(s, &c, D(2025, 4, 12), "m4w", 0, &od), SCHED_OVERDUE);
	assert_int_equal(od, 1);
	assert_int_equal(state_on(s, &c, D(2025, 5, 9), "m4w", 0, &od), SCHED_OVERDUE);
	assert_int_equal(od, 28);
	assert_int_equal(state_on(s, &c, D(2025, 5, 10), "m4w", 0, &od), SCHED_MISSED);
	/* The heel prick from 72 hours: day 3 (04-03) to day 7 (08-03). */
	assert_int_equal(state_on(s, &c, D(2025, 3, 3), "hielprik", 0, &od), SCHED_NOT_YET);
	assert_int_equal(state_on(s, &c, D(2025, 3, 4), "hielprik", 0, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 3, 8), "hielprik", 0, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 3, 9), "hielprik", 0, &od), SCHED_OVERDUE);
}

/* A moment not realised expires at its `until` age (an 8-year-old is not
 * "groep 2 te laat"), and once a later moment was realised (the 3-month
 * visit is not due after the 4-month one took place). */
static void moments_expire_or_are_overtaken(void **state)
{
	const struct schedule *s = *state;
	struct sched_child c = {.birth = D(2018, 3, 1)};
	/* groep 2: 5y .. 7y-1d = 28-02-2025, until 8y = 01-03-2026 */
	assert_int_equal(state_on(s, &c, D(2025, 6, 1), "groep2", 0, NULL), SCHED_OVERDUE);
	assert_int_equal(state_on(s, &c, D(2026, 2, 28), "groep2", 0, NULL), SCHED_OVERDUE);
	assert_int_equal(state_on(s, &c, D(2026, 3, 1), "groep2", 0, NULL), SCHED_MISSED);
	/* at 15 years, the newborn moments are missed, not 15 years overdue */
	assert_int_equal(state_on(s, &c, D(2033, 3, 1), "hielprik", 0, NULL), SCHED_MISSED);

	/* Born 01-03-2025: m3m 25-05 .. 30-06-2025, until 5m = 01-08-2025. */
	struct sched_contact k[] = {{D(2025, 6, 28), "m4m", "01"}};
	c = (struct sched_child){.birth = D(2025, 3, 1)};
	assert_int_equal(state_on(s, &c, D(2025, 6, 27), "m3m", 0, NULL), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 7, 10), "m3m", 0, NULL), SCHED_OVERDUE);
	c.contacts = k;
	c.ncontacts = 1;
	assert_int_equal(state_on(s, &c, D(2025, 6, 27), "m3m", 0, NULL), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 6, 28), "m3m", 0, NULL), SCHED_MISSED);
	/* a not-realised later moment overtakes nothing */
	struct sched_contact not_realised[] = {{D(2025, 6, 28), "m4m", "03"}};
	c.contacts = not_realised;
	assert_int_equal(state_on(s, &c, D(2025, 7, 10), "m3m", 0, NULL), SCHED_OVERDUE);
	assert_string_equal(schedule_state_label(SCHED_MISSED), "gemist");
}

/* Doses: overdue ("te laat") for the vaccine's `late` after latest, then a
 * catch-up ("inhalen") until the catch-up age, then missed.  Born
 * 01-03-2025, nothing given. */
static void doses_late_then_catch_up_then_missed(void **state)
{
	const struct schedule *s = *state;
	struct sched_child c = {.birth = D(2025, 3, 1)};
	long od = -1;
	/* BMR 1: 14m = 01-05-2026 .. 15m-1d = 31-05-2026; late 3 months → 31-08-2026 */
	assert_int_equal(state_on(s, &c, D(2026, 5, 31), "BMR", 1, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2026, 8, 31), "BMR", 1, &od), SCHED_OVERDUE);
	assert_int_equal(od, 92);
	assert_int_equal(state_on(s, &c, D(2026, 9, 1), "BMR", 1, &od), SCHED_CATCH_UP);
	assert_int_equal(state_on(s, &c, D(2043, 2, 28), "BMR", 1, &od), SCHED_CATCH_UP);
	assert_int_equal(state_on(s, &c, D(2043, 3, 1), "BMR", 1, &od), SCHED_MISSED);
	/* Pneumococcal: not given from 2 years (01-03-2027) */
	assert_int_equal(state_on(s, &c, D(2027, 2, 28), "Pneu", 1, &od), SCHED_CATCH_UP);
	assert_int_equal(state_on(s, &c, D(2027, 3, 1), "Pneu", 1, &od), SCHED_MISSED);
	/* DKTP-Hib-HepB: caught up until the 18th birthday */
	assert_int_equal(state_on(s, &c, D(2035, 3, 1), "DKTP-Hib-HepB", 1, &od),
			 SCHED_CATCH_UP);
	assert_int_equal(state_on(s, &c, D(2043, 3, 1), "DKTP-Hib-HepB", 1, &od), SCHED_MISSED);
	/* a later dose waits for the earlier one */
	assert_int_equal(state_on(s, &c, D(2035, 3, 1), "DKTP-Hib-HepB", 2, &od), SCHED_NOT_YET);
	assert_string_equal(schedule_state_label(SCHED_CATCH_UP), "inhalen");
}

static void moment_window_edges_in_months(void **state)
{
	const struct schedule *s = *state;
	/* Born 31-05-2022.  m3j: earliest 2y11m = 35 months → 31-04-2025, which
	 * does not exist → 30-04-2025.  latest 3y6m-1d: 42 months → 31-11-2025
	 * → 30-11-2025, minus one day → 29-11-2025. */
	struct sched_child c = {.birth = D(2022, 5, 31)};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 6, 1), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "m3j", 0);
	assert_date(d->earliest, 2025, 4, 30);
	assert_date(d->target, 2025, 5, 31);
	assert_date(d->latest, 2025, 11, 29);
	schedule_due_free(&l);
	long od;
	assert_int_equal(state_on(s, &c, D(2025, 4, 29), "m3j", 0, &od), SCHED_NOT_YET);
	assert_int_equal(state_on(s, &c, D(2025, 4, 30), "m3j", 0, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 11, 29), "m3j", 0, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2025, 11, 30), "m3j", 0, &od), SCHED_OVERDUE);
	assert_int_equal(od, 1);
}

static void dose_window_edges(void **state)
{
	const struct schedule *s = *state;
	/* Born 15-01-2025 (cohort 2024 version), BMR 1 at 14 months.  BMR 2:
	 * earliest 2.5y = 30 months → 15-07-2027; latest 3.5y-1d = 42 months − 1 d
	 * → 14-07-2028. */
	const struct sched_vaccination v[] = {{"BMR", 0, D(2026, 3, 15), 1, NULL}};
	struct sched_child c = {.birth = D(2025, 1, 15), .vaccinations = v, .nvaccinations = 1};
	long od;
	assert_int_equal(state_on(s, &c, D(2027, 7, 14), "BMR", 2, &od), SCHED_NOT_YET);
	assert_int_equal(state_on(s, &c, D(2027, 7, 15), "BMR", 2, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2028, 7, 14), "BMR", 2, &od), SCHED_DUE);
	assert_int_equal(state_on(s, &c, D(2028, 7, 15), "BMR", 2, &od), SCHED_OVERDUE);
	assert_int_equal(od, 1);
	/* 14-08-2028 − 14-07-2028 = 31 days. */
	assert_int_equal(state_on(s, &c, D(2028, 8, 14), "BMR", 2, &od), SCHED_OVERDUE);
	assert_int_equal(od, 31);
}

/* ---- prematurity ----------------------------------------------------- */

static void premature_birth_does_not_shift_uncorrected_rows(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-03-2025 at 32 weeks (224 days).  The shipped rows say
	 * corrected = no, so m4w still opens at 26-03-2025 (25 days). */
	struct sched_child c = {.birth = D(2025, 3, 1), .gestational_days = 224};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 3, 26), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "m4w", 0);
	assert_int_equal(d->shifted, 0);
	assert_date(d->earliest, 2025, 3, 26);
	assert_int_equal(d->state, SCHED_DUE);
	/* Vaccinations follow calendar age: DKTP-Hib-HepB 1 (aangepast) at 8 weeks
	 * = 56 d → 26-04-2025. */
	assert_date(find(&l, "DKTP-Hib-HepB", 1)->target, 2025, 4, 26);
	schedule_due_free(&l);
}

static void premature_birth_shifts_corrected_rows(void **state)
{
	(void)state;
	char dir[64];
	write_datadir(dir,
		      MOMENTS_HEADER "m4w\tCB 4 weken\t37\t3w4d\t4w\t6w-1d\t10w\tyes\n"
				     "m8w\tCB 8 weken\t37\t7w\t8w\t10w-1d\t-\tno\n",
		      VERSIONS_OK, DOSES_OK);
	struct schedule *s = NULL;
	struct gp_err e;
	assert_int_equal(schedule_load(dir, &s, &e), GP_OK);

	/* Born 01-03-2025 at 224 days: shift 280 − 224 = 56 days → counted from
	 * 26-04-2025.  m4w: earliest +25 d = 21-05-2025, latest +41 d = 06-06-2025. */
	struct sched_child c = {.birth = D(2025, 3, 1), .gestational_days = 224};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 5, 20), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "m4w", 0);
	assert_int_equal(d->shifted, 1);
	assert_date(d->earliest, 2025, 5, 21);
	assert_date(d->latest, 2025, 6, 6);
	assert_date(d->until, 2025, 7, 5); /* 26-04 + 70 d */
	assert_int_equal(d->state, SCHED_NOT_YET); /* uncorrected it would be overdue */
	/* m8w says no: 49 d from birth → 19-04-2025, no shift. */
	d = find(&l, "m8w", 0);
	assert_int_equal(d->shifted, 0);
	assert_date(d->earliest, 2025, 4, 19);
	schedule_due_free(&l);

	/* 37 weeks (259 days) is not premature; unknown (0) shifts nothing. */
	const int not_premature[] = {259, 0};
	for (int i = 0; i < 2; i++) {
		c.gestational_days = not_premature[i];
		assert_int_equal(schedule_due(s, &c, D(2025, 5, 20), &l, NULL), GP_OK);
		d = find(&l, "m4w", 0);
		assert_int_equal(d->shifted, 0);
		assert_date(d->earliest, 2025, 3, 26);
		schedule_due_free(&l);
	}
	/* 258 days (36+6): shift 22 days; earliest 25 + 22 = 47 d → 17-04-2025. */
	c.gestational_days = 258;
	assert_int_equal(schedule_due(s, &c, D(2025, 5, 20), &l, NULL), GP_OK);
	assert_date(find(&l, "m4w", 0)->earliest, 2025, 4, 17);
	schedule_due_free(&l);

	schedule_free(s);
	remove_datadir(dir);
}

/* ---- done, early and late; missed ------------------------------------ */

static void moments_done_early_or_late_count(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-03-2025.  m8w window 49 d → 19-04-2025 .. 69 d → 09-05-2025;
	 * realised on 15-04-2025, four days before it opened: done, early.
	 * m4w window 26-03 .. 11-04-2025; realised 20-04-2025: done, late.
	 * hb2w realised 15-03-2025 (14 d, window 10 d .. 21 d): done, on time. */
	const struct sched_contact k[] = {
		{D(2025, 4, 15), "m8w", "01"},
		{D(2025, 4, 20), "m4w", "01"},
		{D(2025, 3, 15), "hb2w", "01"},
		{D(2025, 8, 1), "m3m", "01"}, /* after the date asked about: ignored */
		{D(2025, 3, 6), "geen-code", "01"}, /* not in the schedule: ignored */
	};
	struct sched_child c = {.birth = D(2025, 3, 1), .contacts = k, .ncontacts = 5};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 7, 1), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "m8w", 0);
	assert_int_equal(d->state, SCHED_DONE);
	assert_int_equal(d->timing, -1);
	assert_date(d->done_on, 2025, 4, 15);
	d = find(&l, "m4w", 0);
	assert_int_equal(d->state, SCHED_DONE);
	assert_int_equal(d->timing, 1);
	assert_int_equal(d->days_overdue, 0);
	d = find(&l, "hb2w", 0);
	assert_int_equal(d->state, SCHED_DONE);
	assert_int_equal(d->timing, 0);
	/* m3m: 25-05 .. 30-06-2025, until 5m = 01-08-2025: overdue on 01-07, and
	 * m4m (24-06 .. 31-07) due beside it */
	assert_int_equal(find(&l, "m3m", 0)->state, SCHED_OVERDUE);
	assert_int_equal(find(&l, "m4m", 0)->state, SCHED_DUE);
	schedule_due_free(&l);
	assert_int_equal(state_on(s, &c, D(2025, 6, 30), "m3m", 0, NULL), SCHED_DUE);
}

static void missed_moment_stays_open_with_its_status(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-03-2025; m8w window 19-04-2025 .. 09-05-2025.  Not realised twice:
	 * "02" (no message) on 28-04, then "05" (no interest) on 05-05. */
	struct sched_contact k[] = {
		{D(2025, 5, 5), "m8w", "05"},
		{D(2025, 4, 28), "m8w", "02"},
		{D(2025, 5, 21), "m8w", "01"},
	};
	struct sched_child c = {.birth = D(2025, 3, 1), .contacts = k, .ncontacts = 2};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 5, 6), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "m8w", 0);
	assert_int_equal(d->state, SCHED_DUE);
	assert_string_equal(d->last_status, "05"); /* the latest, not the first listed */
	assert_date(d->last_on, 2025, 5, 5);
	schedule_due_free(&l);

	/* 20-05-2025 − 09-05-2025 = 11 days overdue, status still reported. */
	assert_int_equal(schedule_due(s, &c, D(2025, 5, 20), &l, NULL), GP_OK);
	d = find(&l, "m8w", 0);
	assert_int_equal(d->state, SCHED_OVERDUE);
	assert_int_equal(d->days_overdue, 11);
	assert_string_equal(d->last_status, "05");
	schedule_due_free(&l);

	/* Realised on 21-05: done (late), the earlier attempts still visible. */
	c.ncontacts = 3;
	assert_int_equal(schedule_due(s, &c, D(2025, 6, 1), &l, NULL), GP_OK);
	d = find(&l, "m8w", 0);
	assert_int_equal(d->state, SCHED_DONE);
	assert_int_equal(d->timing, 1);
	assert_date(d->done_on, 2025, 5, 21);
	assert_string_equal(d->last_status, "05");
	schedule_due_free(&l);
}

/* ---- a child that came into care at 3 --------------------------------- */

static void child_moved_in_at_three(void **state)
{
	const struct schedule *s = *state;
	/* Born 10-03-2022, in our care from 10-03-2025 (its 3rd birthday).
	 * m2j closes at 2y3m-1d = 09-06-2024, before care → before care.
	 * m3j: 2y11m = 10-02-2025 .. 3y6m-1d = 09-09-2025: open on arrival → due.
	 * m3j9m opens at 3y8m = 10-11-2025 → not yet. */
	const struct sched_contact k[] = {{D(2022, 3, 15), "hielprik", "01"}};
	struct sched_child c = {.birth = D(2022, 3, 10), .in_care = D(2025, 3, 10),
				.contacts = k, .ncontacts = 1};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 3, 20), &l, NULL), GP_OK);
	assert_string_equal(l.version->name, "2022");
	assert_int_equal(find(&l, "hielprik", 0)->state, SCHED_DONE); /* record kept */
	assert_int_equal(find(&l, "gehoor", 0)->state, SCHED_BEFORE_CARE);
	assert_int_equal(find(&l, "m11m", 0)->state, SCHED_BEFORE_CARE);
	assert_int_equal(find(&l, "m2j", 0)->state, SCHED_BEFORE_CARE);
	assert_int_equal(find(&l, "m2j", 0)->days_overdue, 0);
	assert_int_equal(find(&l, "m3j", 0)->state, SCHED_DUE);
	assert_int_equal(find(&l, "m3j9m", 0)->state, SCHED_NOT_YET);
	/* A newcomer catches up the doses nobody recorded (BMR 1 of 14 months),
	 * and BMR 2 (2.5–3.5 years) waits for it; Pneu is not given from 2. */
	assert_int_equal(find(&l, "BMR", 1)->state, SCHED_CATCH_UP);
	assert_int_equal(find(&l, "BMR", 2)->state, SCHED_NOT_YET);
	assert_int_equal(find(&l, "Pneu", 1)->state, SCHED_MISSED);
	schedule_due_free(&l);

	/* Missing m3j after it was open in our care is overdue:
	 * 01-10-2025 − 09-09-2025 = 22 days. */
	long od;
	assert_int_equal(state_on(s, &c, D(2025, 10, 1), "m3j", 0, &od), SCHED_OVERDUE);
	assert_int_equal(od, 22);

	/* Without a care date, the baby moments are missed (m18m until 2y3m)
	 * or, while still in time, overdue (m2j until 3y6m = 10-09-2025). */
	c.in_care = D(0, 0, 0);
	assert_int_equal(state_on(s, &c, D(2025, 3, 20), "m18m", 0, &od), SCHED_MISSED);
	assert_int_equal(state_on(s, &c, D(2025, 3, 20), "m2j", 0, &od), SCHED_OVERDUE);
}

static void care_boundary_is_inclusive(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-03-2025: m4w latest 11-04-2025.  In care from that day: the
	 * moment could still be done that day, so it counts (overdue later);
	 * in care from 12-04 it is before care. */
	struct sched_child c = {.birth = D(2025, 3, 1), .in_care = D(2025, 4, 11)};
	assert_int_equal(state_on(s, &c, D(2025, 4, 15), "m4w", 0, NULL), SCHED_OVERDUE);
	c.in_care = D(2025, 4, 12);
	assert_int_equal(state_on(s, &c, D(2025, 4, 15), "m4w", 0, NULL), SCHED_BEFORE_CARE);
}

/* ---- schema version by birth date ------------------------------------ */

static void schema_chosen_by_birth_date(void **state)
{
	const struct schedule *s = *state;
	const struct {
		struct gp_date born;
		const char *version;
	} cases[] = {
		{{2006, 3, 31}, "2006"},	 {{2006, 4, 1}, "2006-04"}, {{2011, 7, 31}, "2011"},
		{{2011, 8, 1}, "2011-08"},	 {{2013, 4, 30}, "2012"},   {{2013, 5, 1}, "2013-05"},
		{{2017, 2, 28}, "2013-05"},	 {{2017, 3, 1}, "2017-03"}, {{2019, 12, 31}, "2017-03"},
		{{2020, 1, 1}, "2020"},		 {{2023, 12, 31}, "2022"},  {{2024, 1, 1}, "2024"},
		{{2025, 3, 31}, "2024"},	 {{2025, 4, 1}, "2025-04"}, {{2040, 1, 1}, "2025-04"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
		assert_string_equal(schedule_version_for(s, cases[i].born)->name, cases[i].version);

	/* Born 31-12-2023: revaccination at 11 months = 31-11-2024 → 30-11-2024. */
	struct sched_child older = {.birth = D(2023, 12, 31)};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &older, D(2024, 1, 1), &l, NULL), GP_OK);
	assert_date(find(&l, "DKTP-Hib-HepB", 4)->target, 2024, 11, 30);
	assert_date(find(&l, "Pneu", 3)->target, 2024, 11, 30);
	schedule_due_free(&l);

	/* Born 01-01-2025: revaccination at 12 months = 01-01-2026; BMR-2 at 3
	 * years; DKT at 5; DTP in the year of the 14th birthday; no DKTP. */
	struct sched_child now = {.birth = D(2025, 1, 1)};
	assert_int_equal(schedule_due(s, &now, D(2025, 1, 1), &l, NULL), GP_OK);
	assert_string_equal(l.version->name, "2024");
	assert_string_equal(l.variant, "aangepast"); /* nothing recorded: the default */
	assert_date(find(&l, "DKTP-Hib-HepB", 4)->target, 2026, 1, 1);
	assert_date(find(&l, "Pneu", 3)->target, 2026, 1, 1);
	assert_date(find(&l, "BMR", 2)->target, 2028, 1, 1);
	assert_date(find(&l, "DKT", 1)->target, 2030, 1, 1);
	assert_date(find(&l, "DKT", 1)->latest, 2030, 12, 31); /* day before 6th birthday */
	assert_date(find(&l, "DTP", 1)->earliest, 2039, 1, 1);
	assert_null(find(&l, "DKTP", 1));
	assert_null(find(&l, "RSV", 1)); /* born before April 2025 */
	/* nothing between the 6th and the 10th birthday any more */
	for (size_t i = 0; i < l.n; i++) {
		if (l.items[i].kind != SCHED_DOSE)
			continue;
		long t = date_to_days(l.items[i].target);
		assert_false(t > date_to_days(D(2031, 1, 1)) && t < date_to_days(D(2035, 1, 1)));
	}
	schedule_due_free(&l);
}

static void variant_chooses_primary_series(void **state)
{
	const struct schedule *s = *state;
	/* Standard (mother vaccinated): DKTP-Hib-HepB at 3, 5, 12 months = 3 doses,
	 * first at 01-04-2025; adjusted: 2-3-5-12 = 4 doses, first at 8 weeks
	 * (56 d) = 26-02-2025.  Pneu is 3-5-12 in both. */
	struct sched_child c = {.birth = D(2025, 1, 1), .rvp_variant = "standaard"};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 1, 1), &l, NULL), GP_OK);
	assert_string_equal(l.variant, "standaard");
	assert_date(find(&l, "DKTP-Hib-HepB", 1)->target, 2025, 4, 1);
	assert_date(find(&l, "DKTP-Hib-HepB", 3)->target, 2026, 1, 1);
	assert_null(find(&l, "DKTP-Hib-HepB", 4));
	assert_date(find(&l, "Pneu", 1)->target, 2025, 4, 1);
	schedule_due_free(&l);

	const char *others[] = {"aangepast", NULL, "onbekend", "*"};
	for (int i = 0; i < 4; i++) {
		c.rvp_variant = others[i];
		assert_int_equal(schedule_due(s, &c, D(2025, 1, 1), &l, NULL), GP_OK);
		assert_string_equal(l.variant, "aangepast");
		assert_date(find(&l, "DKTP-Hib-HepB", 1)->target, 2025, 2, 26);
		assert_non_null(find(&l, "DKTP-Hib-HepB", 4));
		assert_date(find(&l, "Pneu", 1)->target, 2025, 4, 1);
		schedule_due_free(&l);
	}
	/* a cohort without variants names none */
	c.birth = D(2015, 1, 1);
	assert_int_equal(schedule_due(s, &c, D(2025, 1, 1), &l, NULL), GP_OK);
	assert_null(l.variant);
	schedule_due_free(&l);
}

/* HPV for girls only in the older cohorts; RSV by birth month. */
static void rows_for_sex_and_birth_month(void **state)
{
	const struct schedule *s = *state;
	struct sched_child girl = {.birth = D(2008, 12, 1), .sex = 2};
	struct sched_child boy = {.birth = D(2007, 12, 1), .sex = 1};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &girl, D(2020, 1, 1), &l, NULL), GP_OK);
	assert_date(find(&l, "HPV", 1)->earliest, 2021, 1, 1); /* the 13th birthday's year */
	schedule_due_free(&l);
	assert_int_equal(schedule_due(s, &boy, D(2020, 1, 1), &l, NULL), GP_OK);
	assert_null(find(&l, "HPV", 1)); /* boys of 2007: not in the programme */
	schedule_due_free(&l);
	/* born 30-09-2025: RSV in September/October, so from birth to 31-10 */
	struct sched_child sep = {.birth = D(2025, 9, 30)};
	assert_int_equal(schedule_due(s, &sep, D(2025, 10, 1), &l, NULL), GP_OK);
	assert_date(find(&l, "RSV", 1)->earliest, 2025, 9, 30);
	assert_date(find(&l, "RSV", 1)->latest, 2025, 10, 31);
	schedule_due_free(&l);
	/* born 01-10-2025: within two weeks of birth */
	struct sched_child oct = {.birth = D(2025, 10, 1)};
	assert_int_equal(schedule_due(s, &oct, D(2025, 10, 1), &l, NULL), GP_OK);
	assert_date(find(&l, "RSV", 1)->latest, 2025, 10, 15);
	assert_int_equal(find(&l, "RSV", 1)->state, SCHED_DUE);
	schedule_due_free(&l);
}

/* ---- vaccination records --------------------------------------------- */

static void refused_vaccination_is_not_overdue(void **state)
{
	const struct schedule *s = *state;
	/* Born 15-01-2025.  BMR-1 and MenACWY-1: 14m = 15-03-2026 .. 15m-1d =
	 * 14-04-2026.  On 01-06-2026: BMR refused (bezwaar) on 20-03-2026;
	 * MenACWY postponed (uitgesteld) → still overdue, 01-06 − 14-04 = 48 d. */
	const struct sched_vaccination v[] = {
		{"BMR", 1, D(2026, 3, 20), 0, "bezwaar"},
		{"MenACWY", 1, D(2026, 3, 20), 0, "uitgesteld"},
		{"DKTP-Hib-HepB", 0, D(2025, 3, 12), 0, "bezwaar"},
		{"DKTP-Hib-HepB", 0, D(2025, 4, 20), 1, NULL},
	};
	struct sched_child c = {.birth = D(2025, 1, 15), .vaccinations = v, .nvaccinations = 4};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2026, 6, 1), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "BMR", 1);
	assert_int_equal(d->state, SCHED_REFUSED);
	assert_int_equal(d->days_overdue, 0);
	assert_date(d->done_on, 2026, 3, 20);
	assert_int_equal(find(&l, "BMR", 2)->state, SCHED_REFUSED); /* the whole vaccine */
	d = find(&l, "MenACWY", 1);
	assert_int_equal(d->state, SCHED_OVERDUE);
	assert_int_equal(d->days_overdue, 48);
	assert_string_equal(d->last_reason, "uitgesteld");
	/* parents who objected and then had dose 1 given: no longer refused */
	assert_int_equal(find(&l, "DKTP-Hib-HepB", 1)->state, SCHED_DONE);
	assert_int_not_equal(find(&l, "DKTP-Hib-HepB", 2)->state, SCHED_REFUSED);
	schedule_due_free(&l);
}

static void given_doses_count_in_order_whatever_their_number(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-01-2025, adjusted schema.  Two DKTP-Hib-HepB records become
	 * doses 1 and 2 by date, whatever dose number was typed with them;
	 * Pneu 1 was given elsewhere; a record dated after the day asked about
	 * is ignored. */
	const struct sched_vaccination v[] = {
		{"DKTP-Hib-HepB", 2, D(2025, 4, 2), 1, NULL},
		{"DKTP-Hib-HepB", 3, D(2025, 2, 26), 1, NULL},
		{"Pneu", 1, D(2025, 4, 2), 0, "elders_gegeven"},
		{"DKTP-Hib-HepB", 3, D(2025, 7, 1), 1, NULL},
	};
	struct sched_child c = {.birth = D(2025, 1, 1), .vaccinations = v, .nvaccinations = 4};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 5, 1), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "DKTP-Hib-HepB", 1);
	assert_int_equal(d->state, SCHED_DONE);
	assert_date(d->done_on, 2025, 2, 26);
	d = find(&l, "DKTP-Hib-HepB", 2);
	assert_int_equal(d->state, SCHED_DONE);
	assert_date(d->done_on, 2025, 4, 2);
	d = find(&l, "Pneu", 1);
	assert_int_equal(d->state, SCHED_DONE);
	assert_int_equal(d->elsewhere, 1);
	/* dose 3 (5m-2w = 18-05-2025) not yet due on 01-05; the 01-07 record is later. */
	assert_int_equal(find(&l, "DKTP-Hib-HepB", 3)->state, SCHED_NOT_YET);
	schedule_due_free(&l);
}

/* A dose given too soon after the previous one, or too young, does not
 * count, and the next dose opens the minimum interval after the previous
 * one that did count. */
static void doses_given_too_soon_do_not_count(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-01-2025 (adjusted): dose 1 late on 15-03-2025 (10 weeks + 3 d);
	 * the 3-month visit on 06-04-2025 is only 22 days later. */
	const struct sched_vaccination v[] = {
		{"DKTP-Hib-HepB", 0, D(2025, 3, 15), 1, NULL},
		{"DKTP-Hib-HepB", 0, D(2025, 4, 6), 1, NULL},
	};
	struct sched_child c = {.birth = D(2025, 1, 1), .vaccinations = v, .nvaccinations = 1};
	struct sched_due_list l;
	/* Not offered 22 days after dose 1: dose 2 opens 4 weeks after it,
	 * 12-04-2025 (not at 3m-2w = 18-03-2025). */
	assert_int_equal(schedule_due(s, &c, D(2025, 4, 6), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "DKTP-Hib-HepB", 2);
	assert_date(d->earliest, 2025, 4, 12);
	assert_int_equal(d->state, SCHED_NOT_YET);
	schedule_due_free(&l);
	/* Given on 06-04 anyway: it does not count, and dose 2 stays open. */
	c.nvaccinations = 2;
	assert_int_equal(schedule_due(s, &c, D(2025, 4, 20), &l, NULL), GP_OK);
	d = find(&l, "DKTP-Hib-HepB", 2);
	assert_int_equal(d->state, SCHED_DUE);
	assert_int_equal(d->invalid_why, SCHED_TOO_SOON);
	assert_date(d->invalid_on, 2025, 4, 6);
	schedule_due_free(&l);
	/* a first dose at 3 weeks (younger than 4 weeks) does not count either */
	const struct sched_vaccination early[] = {{"DKTP-Hib-HepB", 1, D(2025, 1, 22), 1, NULL}};
	c.vaccinations = early;
	c.nvaccinations = 1;
	assert_int_equal(schedule_due(s, &c, D(2025, 2, 20), &l, NULL), GP_OK);
	d = find(&l, "DKTP-Hib-HepB", 1);
	assert_int_equal(d->state, SCHED_DUE);
	assert_int_equal(d->invalid_why, SCHED_TOO_YOUNG);
	schedule_due_free(&l);
}

/* One meningococcal dose after the first birthday is enough: a MenC given
 * abroad at 13 months counts for MenACWY at 14 months; one at 11 months
 * does not. */
static void one_meningococcal_dose_after_the_first_birthday(void **state)
{
	const struct schedule *s = *state;
	const struct sched_vaccination v[] = {{"MenC", 0, D(2026, 2, 1), 0, "elders_gegeven"}};
	struct sched_child c = {.birth = D(2025, 1, 1), .vaccinations = v, .nvaccinations = 1};
	assert_int_equal(state_on(s, &c, D(2026, 6, 1), "MenACWY", 1, NULL), SCHED_DONE);
	const struct sched_vaccination young[] = {{"MenC", 0, D(2025, 12, 1), 1, NULL}};
	c.vaccinations = young;
	assert_int_equal(state_on(s, &c, D(2026, 6, 1), "MenACWY", 1, NULL), SCHED_OVERDUE);
}

static void hpv_second_dose_follows_the_first(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-06-2015.  HPV-1 in the year of the 10th birthday:
	 * 01-01-2025 .. 31-12-2025; given 01-03-2025.  HPV-2 at 10y6m =
	 * 01-12-2025 (150 days after dose 1 would be 29-07-2025); latest
	 * 11y@31-12 = 31-12-2026. */
	const struct sched_vaccination v[] = {{"HPV", 1, D(2025, 3, 1), 1, NULL}};
	struct sched_child c = {.birth = D(2015, 6, 1), .vaccinations = v, .nvaccinations = 1};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 8, 31), &l, NULL), GP_OK);
	const struct sched_due *d = find(&l, "HPV", 2);
	assert_date(d->earliest, 2025, 12, 1);
	assert_date(d->target, 2025, 12, 1);
	assert_date(d->latest, 2026, 12, 31);
	assert_int_equal(d->state, SCHED_NOT_YET);
	schedule_due_free(&l);
	assert_int_equal(state_on(s, &c, D(2025, 12, 1), "HPV", 2, NULL), SCHED_DUE);
	/* Dose 1 given late, on 01-11-2025: dose 2 opens 150 days later,
	 * 31-03-2026. */
	const struct sched_vaccination late[] = {{"HPV", 1, D(2025, 11, 1), 1, NULL}};
	c.vaccinations = late;
	assert_int_equal(schedule_due(s, &c, D(2026, 1, 1), &l, NULL), GP_OK);
	assert_date(find(&l, "HPV", 2)->earliest, 2026, 3, 31);
	schedule_due_free(&l);
	/* Without dose 1, dose 2 waits. */
	c.nvaccinations = 0;
	assert_int_equal(state_on(s, &c, D(2025, 12, 1), "HPV", 2, NULL), SCHED_NOT_YET);
	assert_int_equal(state_on(s, &c, D(2025, 9, 1), "HPV", 1, NULL), SCHED_DUE);
}

/* ---- a work list ------------------------------------------------------ */

static void sort_puts_due_first(void **state)
{
	const struct schedule *s = *state;
	/* Born 01-01-2025, nothing recorded, on 20-06-2025: what is due now
	 * first (the window that closes first first), then overdue (the one
	 * that stops being in time first first), catch-up, not yet due, and the
	 * missed moments last. */
	struct sched_child c = {.birth = D(2025, 1, 1)};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, D(2025, 6, 20), &l, NULL), GP_OK);
	schedule_due_sort(&l);
	assert_int_equal(l.items[0].state, SCHED_DUE);
	assert_int_equal(find(&l, "hielprik", 0)->state, SCHED_OVERDUE); /* until 6 months */
	assert_int_equal(find(&l, "gehoor", 0)->state, SCHED_MISSED);
	int rank_seen = 0;
	static const int rank[] = {[SCHED_DUE] = 0,	   [SCHED_OVERDUE] = 1,
				   [SCHED_CATCH_UP] = 2,   [SCHED_NOT_YET] = 3,
				   [SCHED_DONE] = 4,	   [SCHED_REFUSED] = 5,
				   [SCHED_BEFORE_CARE] = 6, [SCHED_LAPSED] = 7,
				   [SCHED_MISSED] = 8};
	int kinds = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct sched_due *b = &l.items[i];
		assert_true(rank[b->state] >= rank_seen);
		if (rank[b->state] > rank_seen || i == 0)
			kinds++;
		rank_seen = rank[b->state];
		if (i > 0 && schedule_state_open(b->state) && l.items[i - 1].state == b->state)
			assert_true(date_cmp(schedule_due_deadline(&l.items[i - 1]),
					     schedule_due_deadline(b)) <= 0);
	}
	assert_true(kinds >= 4);
	schedule_due_free(&l);
}

/* ---- mistakes in the data files --------------------------------------- */

/* Loads a data directory that must fail, and checks the message. */
static void expect_load_error4(const char *moments, const char *versions, const char *vaccines,
			       const char *doses, enum gp_status code, const char *file_and_line)
{
	char dir[64], want[256];
	write_datadir4(dir, moments, versions, vaccines, doses);
	struct schedule *s = (struct schedule *)1;
	struct gp_err e;
	gp_err_clear(&e);
	assert_int_equal(schedule_load(dir, &s, &e), code);
	assert_null(s);
	snprintf(want, sizeof want, "%s/%s", dir, file_and_line);
	if (strncmp(e.msg, want, strlen(want)) != 0)
		fail_msg("message \"%s\" does not start with \"%s\"", e.msg, want);
	remove_datadir(dir);
}

static void expect_load_error(const char *moments, const char *versions, const char *doses,
			      enum gp_status code, const char *file_and_line)
{
	expect_load_error4(moments, versions, VACCINES_OK, doses, code, file_and_line);
}

#define ROW(v, when, vac, dose, lo, mid, hi, iv) \
	v "\t" when "\t" vac "\t" dose "\t" lo "\t" mid "\t" hi "\t" iv "\t-\t-\n"

static void data_errors_name_file_and_line(void **state)
{
	(void)state;
	const char *ok_moments = MOMENTS_HEADER "m4w\tCB 4 weken\t37\t3w4d\t4w\t6w-1d\t10w\tno\n";
	/* a bad age on line 3 (a comment line counts) */
	expect_load_error("# c\n" MOMENTS_HEADER "m4w\tCB\t37\t3x\t4w\t6w\t-\tno\n", VERSIONS_OK,
			  DOSES_OK, GP_ECORRUPT, "schedule/contactmomenten.tsv regel 3: ");
	/* ages out of order; until before latest */
	expect_load_error(MOMENTS_HEADER "m4w\tCB\t37\t5w\t4w\t6w\t-\tno\n", VERSIONS_OK,
			  DOSES_OK, GP_ECORRUPT, "schedule/contactmomenten.tsv regel 2: ");
	expect_load_error(MOMENTS_HEADER "m4w\tCB\t37\t3w\t4w\t6w\t5w\tno\n", VERSIONS_OK,
			  DOSES_OK, GP_ECORRUPT, "schedule/contactmomenten.tsv regel 2: ");
	/* a wrong BDS 494 code, a missing column, a duplicate code, a bad flag */
	expect_load_error(MOMENTS_HEADER "m4w\tCB\t22\t3w\t4w\t6w\t-\tno\n", VERSIONS_OK,
			  DOSES_OK, GP_ECORRUPT, "schedule/contactmomenten.tsv regel 2: ");
	expect_load_error(MOMENTS_HEADER "m4w\tCB\t37\t3w\t4w\t6w\tno\n", VERSIONS_OK, DOSES_OK,
			  GP_ECORRUPT, "schedule/contactmomenten.tsv regel 2: ");
	expect_load_error(MOMENTS_HEADER "a\tA\t37\t3w\t4w\t6w\t-\tno\na\tA\t37\t3w\t4w\t6w\t-\tno\n",
			  VERSIONS_OK, DOSES_OK, GP_ECORRUPT,
			  "schedule/contactmomenten.tsv regel 3: ");
	expect_load_error(MOMENTS_HEADER "m4w\tCB\t37\t3w\t4w\t6w\t-\tmisschien\n", VERSIONS_OK,
			  DOSES_OK, GP_ECORRUPT, "schedule/contactmomenten.tsv regel 2: ");
	/* a wrong header */
	expect_load_error("code\tlabel\tkind\n", VERSIONS_OK, DOSES_OK, GP_ECORRUPT,
			  "schedule/contactmomenten.tsv regel 1: ");
	/* overlapping birth-date ranges; versions out of order; a bad date */
	expect_load_error(ok_moments,
			  "version\tborn_from\tborn_until\tdefault_variant\tlabel\n"
			  "a\t-\t2025-01-01\t-\tA\nb\t2025-01-01\t-\t-\tB\n",
			  DOSES_HEADER, GP_ECORRUPT, "rvp/versions.tsv regel 3: ");
	expect_load_error(ok_moments,
			  "version\tborn_from\tborn_until\tdefault_variant\tlabel\n"
			  "b\t2025-01-01\t-\t-\tB\na\t-\t2024-12-31\t-\tA\n",
			  DOSES_HEADER, GP_ECORRUPT, "rvp/versions.tsv regel 3: ");
	expect_load_error(ok_moments,
			  "version\tborn_from\tborn_until\tdefault_variant\tlabel\n"
			  "a\t-\t2025-02-30\t-\tA\n",
			  DOSES_HEADER, GP_ECORRUPT, "rvp/versions.tsv regel 2: ");
	/* an unknown version or range, a duplicate dose, a bad dose number
	 * (line 12), a vaccine without catch-up rules, a bad condition */
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("x", "*", "BMR", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 2: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("nieuw..oud", "*", "BMR", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 2: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("oud..", "*", "BMR", "1", "14m", "14m", "15m", "-")
				  ROW("nieuw", "*", "BMR", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 3: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  "#1\n#2\n#3\n#4\n#5\n#6\n#7\n#8\n#9\n#10\n" DOSES_HEADER
				  ROW("nieuw", "*", "BMR", "nul", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 12: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("nieuw", "*", "Griep", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 2: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("nieuw", "sex=4", "BMR", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 2: ");
	expect_load_error(ok_moments, VERSIONS_OK,
			  DOSES_HEADER ROW("nieuw", "born=4-13", "BMR", "1", "14m", "14m", "15m", "-"),
			  GP_ECORRUPT, "rvp/rvp.tsv regel 2: ");
	/* a default variant with no rows */
	expect_load_error(ok_moments,
			  "version\tborn_from\tborn_until\tdefault_variant\tlabel\n"
			  "nieuw\t-\t-\taangepast\tN\n",
			  DOSES_HEADER ROW("nieuw", "standaard", "DKT", "1", "5y", "5y", "6y", "-"),
			  GP_ECORRUPT, "rvp/versions.tsv: ");
	/* inhalen.tsv: an unknown vaccine in accepts, late_start without late_doses */
	expect_load_error4(ok_moments, VERSIONS_OK,
			   "vaccine\tmin_age\tlate\tuntil\tlate_start\tlate_doses\taccepts\n"
			   "BMR\t12m\t3m\t18y\t-\t-\tMMR\n",
			   DOSES_OK, GP_ECORRUPT, "rvp/inhalen.tsv: ");
	expect_load_error4(ok_moments, VERSIONS_OK,
			   "vaccine\tmin_age\tlate\tuntil\tlate_start\tlate_doses\taccepts\n"
			   "BMR\t12m\t3m\t18y\t12m\t-\t-\n",
			   DOSES_OK, GP_ECORRUPT, "rvp/inhalen.tsv regel 2: ");
	/* a missing file */
	expect_load_error(ok_moments, VERSIONS_OK, NULL, GP_ENOTFOUND, "rvp/rvp.tsv ");
	expect_load_error4(ok_moments, VERSIONS_OK, NULL, DOSES_OK, GP_ENOTFOUND,
			   "rvp/inhalen.tsv ");
}

static void data_files_tolerate_windows_editors(void **state)
{
	(void)state;
	/* A byte-order mark and CRLF line ends, as Excel or Notepad save them. */
	char dir[64];
	write_datadir(dir,
		      "\xEF\xBB\xBF# c\r\n" MOMENTS_HEADER
		      "m4w\tConsultatiebureau 4 weken\t37\t3w4d\t4w\t6w-1d\t-\tja\r\n\r\n",
		      VERSIONS_OK, DOSES_OK);
	struct schedule *s = NULL;
	struct gp_err e;
	gp_err_clear(&e);
	assert_int_equal(schedule_load(dir, &s, &e), GP_OK);
	assert_int_equal(s->nmoments, 1);
	assert_string_equal(s->moments[0].label, "Consultatiebureau 4 weken");
	assert_int_equal(s->moments[0].corrected, 1);
	schedule_free(s);
	remove_datadir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(shipped_data_loads),
		cmocka_unit_test(ages_parse),
		cmocka_unit_test(age_dates),
		cmocka_unit_test(moment_window_edges_in_days),
		cmocka_unit_test(moments_expire_or_are_overtaken),
		cmocka_unit_test(moment_window_edges_in_months),
		cmocka_unit_test(dose_window_edges),
		cmocka_unit_test(premature_birth_does_not_shift_uncorrected_rows),
		cmocka_unit_test(premature_birth_shifts_corrected_rows),
		cmocka_unit_test(moments_done_early_or_late_count),
		cmocka_unit_test(missed_moment_stays_open_with_its_status),
		cmocka_unit_test(doses_late_then_catch_up_then_missed),
		cmocka_unit_test(child_moved_in_at_three),
		cmocka_unit_test(care_boundary_is_inclusive),
		cmocka_unit_test(schema_chosen_by_birth_date),
		cmocka_unit_test(variant_chooses_primary_series),
		cmocka_unit_test(rows_for_sex_and_birth_month),
		cmocka_unit_test(refused_vaccination_is_not_overdue),
		cmocka_unit_test(given_doses_count_in_order_whatever_their_number),
		cmocka_unit_test(doses_given_too_soon_do_not_count),
		cmocka_unit_test(one_meningococcal_dose_after_the_first_birthday),
		cmocka_unit_test(hpv_second_dose_follows_the_first),
		cmocka_unit_test(sort_puts_due_first),
		cmocka_unit_test(data_errors_name_file_and_line),
		cmocka_unit_test(data_files_tolerate_windows_editors),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
