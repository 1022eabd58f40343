/* test_rvp_cohorts.c — the RVP as each birth cohort got it, on 26-11-2026:
 * one hand-checked child of every cohort year 2008–2026 (and the cohort
 * boundaries in between), and the five cases of issue 8.  Every expected
 * line was worked out by hand from data/rvp (dates, intervals, catch-up
 * ages) before the program ran; the comment above each case shows the
 * arithmetic.  A line per dose: vaccine, dose number, state, and for an
 * open dose its deadline ("tot"), for a record that did not count its
 * date ("telt niet"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"
#include "schedule.h"

static const struct gp_date ON = {2026, 11, 26};

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

/* One record: a vaccine at an age ("2m", "9y") or on a date ("2013-11-21");
 * reason NULL = given. */
struct rec {
	const char *vaccine;
	const char *when;
	const char *reason;
};

static struct gp_date when_date(struct gp_date birth, const char *when)
{
	struct gp_date d;
	if (strlen(when) == 10 && when[4] == '-' && date_parse_iso(when, &d) == 0)
		return d;
	struct sched_age a;
	const char *why = NULL;
	if (schedule_parse_age(when, &a, &why) != 0)
		fail_msg("bad age %s: %s", when, why);
	return schedule_age_date(birth, a);
}

static const char *short_state(enum sched_state st)
{
	static const char *const names[] = {"notyet", "due", "overdue", "catchup", "done",
					    "refused", "beforecare", "lapsed", "missed"};
	return names[st];
}

/* The doses of the child's due list on 26-11-2026, one line each. */
static void doses_text(const struct schedule *s, struct gp_date birth, int sex,
		       const char *variant, const struct rec *recs, char *out, size_t outsz)
{
	struct sched_vaccination v[64];
	size_t n = 0;
	for (; recs && recs[n].vaccine; n++) {
		v[n].vaccine = recs[n].vaccine;
		v[n].dose_no = 0;
		v[n].date = when_date(birth, recs[n].when);
		v[n].given = recs[n].reason == NULL;
		v[n].reason = recs[n].reason;
	}
	struct sched_child c = {.birth = birth, .sex = sex, .rvp_variant = variant,
				.vaccinations = v, .nvaccinations = n};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, ON, &l, NULL), GP_OK);
	size_t used = 0;
	out[0] = '\0';
	for (size_t i = 0; i < l.n; i++) {
		const struct sched_due *d = &l.items[i];
		if (d->kind != SCHED_DOSE)
			continue;
		char extra[64] = "", bad[48] = "", date[11];
		if (schedule_state_open(d->state)) {
			date_fmt_nl(schedule_due_deadline(d), date);
			snprintf(extra, sizeof extra, " tot %s", date);
		}
		if (d->invalid_why != SCHED_VALID) {
			date_fmt_nl(d->invalid_on, date);
			snprintf(bad, sizeof bad, " telt niet %s (%s)", date,
				 d->invalid_why == SCHED_TOO_YOUNG ? "te jong" : "te kort na vorige");
		}
		used += (size_t)snprintf(out + used, outsz - used, "%s %d %s%s%s\n", d->dose->vaccine,
					 d->dose->dose, short_state(d->state), extra, bad);
	}
	schedule_due_free(&l);
}

static void check(const struct schedule *s, const char *birth, int sex, const char *variant,
		  const struct rec *recs, const char *expected)
{
	struct gp_date b;
	assert_int_equal(date_parse_iso(birth, &b), 0);
	char got[4096];
	doses_text(s, b, sex, variant, recs, got, sizeof got);
	if (strcmp(got, expected) != 0)
		fail_msg("born %s\n--- expected\n%s--- got\n%s", birth, expected, got);
}

/* The infant series of the older cohorts, given on time. */
#define DKTP_HIB_4 {"DKTP-Hib", "2m", NULL}, {"DKTP-Hib", "3m", NULL}, \
		   {"DKTP-Hib", "4m", NULL}, {"DKTP-Hib", "11m", NULL}
#define DKTP_HEP_4 {"DKTP-Hib-HepB", "2m", NULL}, {"DKTP-Hib-HepB", "3m", NULL}, \
		   {"DKTP-Hib-HepB", "4m", NULL}, {"DKTP-Hib-HepB", "11m", NULL}
#define PNEU_4 {"Pneu", "2m", NULL}, {"Pneu", "3m", NULL}, {"Pneu", "4m", NULL}, \
	       {"Pneu", "11m", NULL}
#define PNEU_3 {"Pneu", "2m", NULL}, {"Pneu", "4m", NULL}, {"Pneu", "11m", NULL}

/* 2008, a boy born 20-12-2008 (17 y 11 m): version 2008, all given except
 * HPV, which boys of 2008 were offered in the catch-up round of 2022.
 * HPV 1: 14y@1-1 .. 14y@31-12 = 2022; late 6 months → 30-06-2023; then
 * catch-up until the 18th birthday 20-12-2026, so "tot 19-12-2026".
 * HPV 2 waits for HPV 1. */
static void cohort_2008(void **state)
{
	const struct rec r[] = {DKTP_HIB_4, PNEU_4, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "9y", NULL}, {"DKTP", "4y", NULL}, {"DTP", "9y", NULL},
				{"MenACWY", "14y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2008-12-20", 1, NULL, r,
	      "DKTP-Hib 1 done\nDKTP-Hib 2 done\nDKTP-Hib 3 done\nDKTP-Hib 4 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\nMenACWY 1 done\n"
	      "HPV 1 catchup tot 19-12-2026\nHPV 2 notyet\n");
}

/* 2009, a girl born 10-03-2009: HPV 1 in the round of 2022 (13y: 10-03-2022).
 * HPV 2 opens 150 days later (07-08-2022) but not before 13y6m
 * (10-09-2022); latest 14y@31-12 = 31-12-2023; late until 30-06-2024;
 * catch-up until 18 (10-03-2027) → "tot 09-03-2027". */
static void cohort_2009(void **state)
{
	const struct rec r[] = {DKTP_HIB_4, PNEU_4, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "9y", NULL}, {"DKTP", "4y", NULL}, {"DTP", "9y", NULL},
				{"MenACWY", "14y", NULL}, {"HPV", "13y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2009-03-10", 2, NULL, r,
	      "DKTP-Hib 1 done\nDKTP-Hib 2 done\nDKTP-Hib 3 done\nDKTP-Hib 4 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\nMenACWY 1 done\n"
	      "HPV 1 done\nHPV 2 catchup tot 09-03-2027\n");
}

/* 2010, a boy born 01-07-2010 (16 y 4 m) who missed the 11-month booster,
 * MenACWY and HPV.  DKTP-Hib 4: 11m = 01-06-2011 (and ≥ 4 months after
 * dose 3 on 01-11-2010) .. 30-06-2011; late until 30-07-2011; catch-up
 * until 01-07-2028 → "tot 30-06-2028".  Pneu 4: not given from 2 years →
 * missed.  MenACWY: 2024, late until 30-06-2025, catch-up.  HPV 1: the
 * round of 2023 (13y), catch-up; HPV 2 waits. */
static void cohort_2010(void **state)
{
	const struct rec r[] = {{"DKTP-Hib", "2m", NULL}, {"DKTP-Hib", "3m", NULL},
				{"DKTP-Hib", "4m", NULL}, {"Pneu", "2m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "4m", NULL},
				{"MenC", "14m", NULL}, {"BMR", "14m", NULL}, {"BMR", "9y", NULL},
				{"DKTP", "4y", NULL}, {"DTP", "9y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2010-07-01", 1, NULL, r,
	      "DKTP-Hib 1 done\nDKTP-Hib 2 done\nDKTP-Hib 3 done\n"
	      "DKTP-Hib 4 catchup tot 30-06-2028\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 missed\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 catchup tot 30-06-2028\nHPV 1 catchup tot 30-06-2028\nHPV 2 notyet\n");
}

/* 2011 (before August: no hepatitis B), a girl born 14-02-2011 with MenC at
 * 14 months and MenACWY at 14 (issue case: a 2011-born with MenACWY at 14
 * owes no meningococcal dose), HPV at 12 in the round of 2023 and 6 months
 * later (≥ 150 days).  Nothing open. */
static void cohort_2011(void **state)
{
	const struct rec r[] = {DKTP_HIB_4, PNEU_4, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "9y", NULL}, {"DKTP", "4y", NULL}, {"DTP", "9y", NULL},
				{"HPV", "12y", NULL}, {"HPV", "12y6m", NULL},
				{"MenACWY", "14y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2011-02-14", 2, NULL, r,
	      "DKTP-Hib 1 done\nDKTP-Hib 2 done\nDKTP-Hib 3 done\nDKTP-Hib 4 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\nMenACWY 1 done\n"
	      "HPV 1 done\nHPV 2 done\n");
	/* Without the toddler MenC: that dose is no longer given once the
	 * adolescent MenACWY is due (14y@1-1 = 01-01-2025), so still nothing
	 * meningococcal is owed; the 14-year dose is not taken for it. */
	const struct rec r2[] = {DKTP_HIB_4, PNEU_4, {"BMR", "14m", NULL}, {"BMR", "9y", NULL},
				 {"DKTP", "4y", NULL}, {"DTP", "9y", NULL}, {"HPV", "12y", NULL},
				 {"HPV", "12y6m", NULL}, {"MenACWY", "14y", NULL},
				 {NULL, NULL, NULL}};
	check(*state, "2011-02-14", 2, NULL, r2,
	      "DKTP-Hib 1 done\nDKTP-Hib 2 done\nDKTP-Hib 3 done\nDKTP-Hib 4 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 missed\nDKTP 1 done\nDTP 1 done\nMenACWY 1 done\n"
	      "HPV 1 done\nHPV 2 done\n");
}

/* 2011 from August (hepatitis B for all), a boy born 05-09-2011 who came
 * from abroad: DKTP-Hib-HepB at 2, 4, 6 and 18 months and BMR at 12 and 18
 * months given elsewhere, nothing else.  The four DKTP-Hib-HepB records
 * count for doses 1–4 (every interval ≥ 4 weeks, the last ≥ 4 months);
 * BMR at 12 months counts (from the first birthday) and the second for
 * BMR 2.  Pneu: never started, so 2 doses would do (1+1): doses 2 and 3
 * lapse, 1 and 4 are missed (not from 2 years).  MenC: missed (not given
 * once the adolescent MenACWY is due).  DKTP (4 y), DTP (2020), MenACWY
 * (2025, late until 30-06-2026), HPV 1 (round of 2023): catch-up until
 * 05-09-2029 → "tot 04-09-2029"; HPV 2 waits. */
static void cohort_2011_august(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2m", "elders_gegeven"},
				{"DKTP-Hib-HepB", "4m", "elders_gegeven"},
				{"DKTP-Hib-HepB", "6m", "elders_gegeven"},
				{"DKTP-Hib-HepB", "18m", "elders_gegeven"},
				{"BMR", "12m", "elders_gegeven"}, {"BMR", "18m", "elders_gegeven"},
				{NULL, NULL, NULL}};
	check(*state, "2011-09-05", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\n"
	      "Pneu 1 missed\nPneu 2 lapsed\nPneu 3 lapsed\nPneu 4 missed\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 missed\nDKTP 1 catchup tot 04-09-2029\n"
	      "DTP 1 catchup tot 04-09-2029\nMenACWY 1 catchup tot 04-09-2029\n"
	      "HPV 1 catchup tot 04-09-2029\nHPV 2 notyet\n");
}

/* 2012 (HPV at 10 from this cohort), a girl born 20-04-2012 whose parents
 * objected to HPV in 2022: both HPV doses refused, never overdue.  MenACWY
 * in the year of the 14th birthday: 01-01 .. 31-12-2026, due. */
static void cohort_2012(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_4, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "9y", NULL}, {"DKTP", "4y", NULL}, {"DTP", "9y", NULL},
				{"HPV", "10y", "bezwaar"}, {NULL, NULL, NULL}};
	check(*state, "2012-04-20", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nPneu 4 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 due tot 31-12-2026\nHPV 1 refused\nHPV 2 refused\n");
}

/* 2013 from May (pneumococcal 2-4-11), a boy born 30-08-2013.  DKTP-Hib-HepB
 * on 30-10-2013, then 22 days later on 21-11-2013 (less than 4 weeks: does
 * not count for dose 2), then 30-12-2013 (dose 2) and 30-07-2014 (dose 3,
 * late).  Dose 4: 11 months = 30-07-2014, but at least 4 months after dose 3
 * → 30-11-2014; late until 30-12-2014; catch-up until 30-08-2031. */
static void cohort_2013(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2013-10-30", NULL},
				{"DKTP-Hib-HepB", "2013-11-21", NULL},
				{"DKTP-Hib-HepB", "2013-12-30", NULL},
				{"DKTP-Hib-HepB", "2014-07-30", NULL}, PNEU_3,
				{"MenC", "14m", NULL}, {"BMR", "14m", NULL}, {"BMR", "9y", NULL},
				{"DKTP", "4y", NULL}, {"DTP", "9y", NULL}, {"HPV", "10y", NULL},
				{"HPV", "10y6m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2013-08-30", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\n"
	      "DKTP-Hib-HepB 2 done telt niet 21-11-2013 (te kort na vorige)\n"
	      "DKTP-Hib-HepB 3 done\nDKTP-Hib-HepB 4 catchup tot 29-08-2031\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 notyet\nHPV 1 done\nHPV 2 done\n");
}

/* 2014, a girl born 05-05-2014: HPV 1 at 10 (05-05-2024), HPV 2 not given:
 * opens at 10y6m = 05-11-2024 (150 days would be 02-10-2024), latest
 * 11y@31-12 = 31-12-2025, late until 30-06-2026, catch-up until
 * 05-05-2032.  MenACWY at 14 lies in 2028. */
static void cohort_2014(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_3, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "9y", NULL}, {"DKTP", "4y", NULL}, {"DTP", "9y", NULL},
				{"HPV", "10y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2014-05-05", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 notyet\nHPV 1 done\nHPV 2 catchup tot 04-05-2032\n");
}

/* 2015, a boy born 26-11-2015 (11 today): HPV 1 on 01-04-2025; HPV 2 opens
 * at 10y6m = 26-05-2026, latest 11y@31-12 = 31-12-2026: due. */
static void cohort_2015(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_3, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"BMR", "2024-03-01", NULL}, {"DKTP", "4y", NULL},
				{"DTP", "2024-03-01", NULL}, {"HPV", "2025-04-01", NULL},
				{NULL, NULL, NULL}};
	check(*state, "2015-11-26", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 notyet\nHPV 1 done\nHPV 2 due tot 31-12-2026\n");
}

/* 2016, a girl born 31-01-2016: HPV 1 in the year of the 10th birthday
 * (2026) not yet given: due until 31-12-2026; HPV 2 waits. */
static void cohort_2016(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_3, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				{"DKTP", "4y", NULL}, {"BMR", "2025-02-10", NULL},
				{"DTP", "2025-02-10", NULL}, {NULL, NULL, NULL}};
	check(*state, "2016-01-31", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 done\nMenC 1 done\nDKTP 1 done\nDTP 1 done\n"
	      "MenACWY 1 notyet\nHPV 1 due tot 31-12-2026\nHPV 2 notyet\n");
}

/* 2017 from March: MenACWY (not MenC) at 14 months; a boy born 01-03-2017
 * (14 months on 01-05-2018, the day MenACWY replaced MenC).  DTP and BMR 2
 * in the year of the 9th birthday (2026), not yet given: due until
 * 31-12-2026.  MenACWY 2 in 2031. */
static void cohort_2017(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_3, {"MenACWY", "14m", NULL}, {"BMR", "14m", NULL},
				{"DKTP", "4y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2017-03-01", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 due tot 31-12-2026\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKTP 1 done\nDTP 1 due tot 31-12-2026\nHPV 1 notyet\nHPV 2 notyet\n");
	/* Born the day before (28-02-2017): still the MenC cohort. */
	const struct rec r2[] = {DKTP_HEP_4, PNEU_3, {"MenC", "14m", NULL}, {"BMR", "14m", NULL},
				 {"DKTP", "4y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2017-02-28", 1, NULL, r2,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 due tot 31-12-2026\nMenC 1 done\n"
	      "DKTP 1 done\nDTP 1 due tot 31-12-2026\nMenACWY 1 notyet\nHPV 1 notyet\n"
	      "HPV 2 notyet\n");
}

/* 2018, a girl born 15-06-2018 who had a BMR at 9 months before a journey
 * (15-03-2019): it does not count (before the first birthday); the one at
 * 14 months is dose 1.  BMR 2 and DTP at 9 lie in 2027. */
static void cohort_2018(void **state)
{
	const struct rec r[] = {DKTP_HEP_4, PNEU_3, {"BMR", "9m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL},
				{"DKTP", "4y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2018-06-15", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done telt niet 15-03-2019 (te jong)\nBMR 2 notyet\n"
	      "MenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKTP 1 done\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2019, a boy born 09-09-2019 whose parents started at 2 years
 * (09-09-2021): DKTP-Hib-HepB started after the first birthday needs 3
 * doses (2+1): doses 1 and 2 (a month apart), dose 3 lapses, the booster
 * six months later counts for dose 4 (≥ 4 months after dose 2).
 * Pneumococcal: never started, 2 would do; dose 2 lapses, 1 and 3 missed
 * (not from 2 years).  BMR 1 and MenACWY 1 at 2 years count (late). */
static void cohort_2019(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2y", NULL}, {"DKTP-Hib-HepB", "2y1m", NULL},
				{"DKTP-Hib-HepB", "2y6m", NULL}, {"BMR", "2y", NULL},
				{"MenACWY", "2y", NULL}, {"DKTP", "4y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2019-09-09", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 lapsed\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 missed\nPneu 2 lapsed\nPneu 3 missed\n"
	      "BMR 1 done\nBMR 2 notyet\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKTP 1 done\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2020 (3-5-11 after maternal pertussis vaccination), a girl born on
 * 29-02-2020 on the standard variant: 29-05, 29-07-2020 (61 days ≥ 8
 * weeks), 29-01-2021 (6 months later).  DKTP at 4 (29-02-2024) is still
 * given to this cohort; DKT at 5 only from 2021. */
static void cohort_2020(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "3m", NULL}, {"DKTP-Hib-HepB", "5m", NULL},
				{"DKTP-Hib-HepB", "11m", NULL}, {"Pneu", "3m", NULL},
				{"Pneu", "5m", NULL}, {"Pneu", "11m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL},
				{"DKTP", "4y", NULL}, {NULL, NULL, NULL}};
	check(*state, "2020-02-29", 2, "standaard", r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 notyet\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKTP 1 done\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2021 (DKT between the 5th and 6th birthday, no DKTP at 4), a boy born
 * 01-06-2021 on the adjusted variant 2-3-5-11: DKT due 01-06-2026 ..
 * 31-05-2027.  BMR 2 and DTP still at 9 for this cohort. */
static void cohort_2021(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2m", NULL}, {"DKTP-Hib-HepB", "3m", NULL},
				{"DKTP-Hib-HepB", "5m", NULL}, {"DKTP-Hib-HepB", "11m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "5m", NULL}, {"Pneu", "11m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2021-06-01", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 notyet\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 due tot 31-05-2027\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* Issue case: twins born 22-11-2022 (standard variant).  BMR 2 from 2.5
 * years: 22-05-2025 .. 21-05-2026.  The twin who had it at 3 years owes
 * nothing; the other is late until 21-08-2026 and then a catch-up until
 * 18 (22-11-2040) → "tot 21-11-2040".  DKT in 2027, DTP at 14 (2036). */
static void cohort_2022_twins(void **state)
{
	const struct rec a[] = {{"DKTP-Hib-HepB", "3m", NULL}, {"DKTP-Hib-HepB", "5m", NULL},
				{"DKTP-Hib-HepB", "11m", NULL}, {"Pneu", "3m", NULL},
				{"Pneu", "5m", NULL}, {"Pneu", "11m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {"BMR", "3y", NULL},
				{NULL, NULL, NULL}};
	check(*state, "2022-11-22", 2, "standaard", a,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 done\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
	const struct rec b[] = {{"DKTP-Hib-HepB", "3m", NULL}, {"DKTP-Hib-HepB", "5m", NULL},
				{"DKTP-Hib-HepB", "11m", NULL}, {"Pneu", "3m", NULL},
				{"Pneu", "5m", NULL}, {"Pneu", "11m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2022-11-22", 1, "standaard", b,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 catchup tot 21-11-2040\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* Issue case: born 12-06-2023 (cohort 2022 rules), owed BMR 2 between 2.5
 * and 3.5 years: 12-12-2025 .. 11-12-2026, due. */
static void cohort_2023_bmr2(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2m", NULL}, {"DKTP-Hib-HepB", "3m", NULL},
				{"DKTP-Hib-HepB", "5m", NULL}, {"DKTP-Hib-HepB", "11m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "5m", NULL}, {"Pneu", "11m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2023-06-12", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "BMR 1 done\nBMR 2 due tot 11-12-2026\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2024 (revaccination at 12 months, rotavirus), a girl born 30-09-2024 on
 * the adjusted variant: 30-11, 30-12-2024, 28-02-2025 (≥ 4 weeks),
 * 30-09-2025 (≥ 4 months); rotavirus at 2 and 3 months.  No RSV: born
 * before April 2025. */
static void cohort_2024(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2m", NULL}, {"DKTP-Hib-HepB", "3m", NULL},
				{"DKTP-Hib-HepB", "5m", NULL}, {"DKTP-Hib-HepB", "12m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "5m", NULL}, {"Pneu", "12m", NULL},
				{"Rota", "2m", NULL}, {"Rota", "3m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2024-09-30", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "Rota 1 done\nRota 2 done\n"
	      "BMR 1 done\nBMR 2 notyet\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* Issue case: born 07-10-2025, complete on the standard variant: RSV
 * within two weeks of birth (born October), DKTP-Hib-HepB and Pneu at 3, 5
 * and 12 months (07-10-2026, 7 months after dose 2), rotavirus at 2 and 3
 * months.  BMR and MenACWY open at 14 months (07-12-2026): nothing due. */
static void cohort_2025_complete(void **state)
{
	const struct rec r[] = {{"RSV", "3d", NULL}, {"Rota", "2m", NULL},
				{"DKTP-Hib-HepB", "3m", NULL}, {"Rota", "3m", NULL},
				{"DKTP-Hib-HepB", "5m", NULL}, {"DKTP-Hib-HepB", "12m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "5m", NULL}, {"Pneu", "12m", NULL},
				{NULL, NULL, NULL}};
	check(*state, "2025-10-07", 1, "standaard", r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "Pneu 1 done\nPneu 2 done\nPneu 3 done\nRota 1 done\nRota 2 done\nRSV 1 done\n"
	      "BMR 1 notyet\nBMR 2 notyet\nMenACWY 1 notyet\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2025, born 20-05-2025 (April to September): RSV in September or October
 * 2025; not given, late until 14-11-2025, then only in the first year of
 * life: missed since 20-05-2026.  Everything else on time (adjusted). */
static void cohort_2025_rsv_season(void **state)
{
	const struct rec r[] = {{"DKTP-Hib-HepB", "2m", NULL}, {"DKTP-Hib-HepB", "3m", NULL},
				{"DKTP-Hib-HepB", "5m", NULL}, {"DKTP-Hib-HepB", "12m", NULL},
				{"Pneu", "3m", NULL}, {"Pneu", "5m", NULL}, {"Pneu", "12m", NULL},
				{"Rota", "2m", NULL}, {"Rota", "3m", NULL},
				{"MenACWY", "14m", NULL}, {"BMR", "14m", NULL}, {NULL, NULL, NULL}};
	check(*state, "2025-05-20", 2, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 done\nDKTP-Hib-HepB 3 done\n"
	      "DKTP-Hib-HepB 4 done\nPneu 1 done\nPneu 2 done\nPneu 3 done\n"
	      "Rota 1 done\nRota 2 done\nRSV 1 missed\n"
	      "BMR 1 done\nBMR 2 notyet\nMenACWY 1 done\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* 2026, a boy born 15-09-2026 (10 weeks old, adjusted variant): RSV on
 * 20-09-2026 (born in September: window from birth to 31-10-2026),
 * DKTP-Hib-HepB 1 at 8 weeks (10-11-2026).  Rotavirus 1: 6 weeks
 * (27-10-2026) .. 12 weeks (08-12-2026), not given: due.  DKTP-Hib-HepB 2
 * opens at 3m-2w = 01-12-2026 (4 weeks after dose 1 would be 08-12-2026,
 * so 08-12): not yet; Pneu 1 opens 01-12-2026: not yet. */
static void cohort_2026(void **state)
{
	const struct rec r[] = {{"RSV", "2026-09-20", NULL}, {"DKTP-Hib-HepB", "8w", NULL},
				{NULL, NULL, NULL}};
	check(*state, "2026-09-15", 1, NULL, r,
	      "DKTP-Hib-HepB 1 done\nDKTP-Hib-HepB 2 notyet\nDKTP-Hib-HepB 3 notyet\n"
	      "DKTP-Hib-HepB 4 notyet\nPneu 1 notyet\nPneu 2 notyet\nPneu 3 notyet\n"
	      "Rota 1 due tot 08-12-2026\nRota 2 notyet\nRSV 1 done\n"
	      "BMR 1 notyet\nBMR 2 notyet\nMenACWY 1 notyet\nMenACWY 2 notyet\n"
	      "DKT 1 notyet\nDTP 1 notyet\nHPV 1 notyet\nHPV 2 notyet\n");
}

/* Issue case: a young person of 18 years 10 months (born 16-01-2008) is on
 * no list: nothing is open; whatever is missing is "gemist" (or, for the
 * doses a late start makes unnecessary, "niet meer nodig"). */
/* One visit plans one dose of a vaccine: a girl of 10 (born 12-02-2016, all
 * no dose recorded) is owed HPV 1 now; HPV 2 opens at 10y6m by age,
 * but waits 150 days after dose 1, so it is never planned with it (the demo
 * once planned "HPV 1, HPV 2" for one visit). */
static void one_dose_of_a_vaccine_per_visit(void **state)
{
	const struct schedule *s = *state;
	struct sched_child c = {.birth = {2016, 2, 12}, .sex = 2};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, ON, &l, NULL), GP_OK);
	int hpv1 = 0, hpv2 = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct sched_due *d = &l.items[i];
		if (d->kind != SCHED_DOSE || strcmp(d->dose->vaccine, "HPV") != 0)
			continue;
		if (d->dose->dose == 1)
			hpv1 = schedule_due_plannable(&l, i, ON) ? 1 : -1;
		else if (d->dose->dose == 2)
			hpv2 = schedule_due_plannable(&l, i, (struct gp_date){2026, 12, 31}) ? 1 : -1;
	}
	assert_int_equal(hpv1, 1);
	assert_int_equal(hpv2, -1);
	schedule_due_free(&l);
}

static void eighteen_is_on_no_list(void **state)
{
	const struct schedule *s = *state;
	struct sched_child c = {.birth = {2008, 1, 16}, .sex = 2};
	struct sched_due_list l;
	assert_int_equal(schedule_due(s, &c, ON, &l, NULL), GP_OK);
	assert_int_equal(l.ended, 1);
	assert_true(l.n > 0);
	for (size_t i = 0; i < l.n; i++) {
		assert_false(schedule_state_open(l.items[i].state));
		assert_true(l.items[i].state == SCHED_MISSED || l.items[i].state == SCHED_LAPSED);
	}
	schedule_due_free(&l);
	/* the day before the 18th birthday the same girl (born 27-11-2008)
	 * still has her catch-up doses, until that day */
	c.birth = (struct gp_date){2008, 11, 27};
	assert_int_equal(schedule_due(s, &c, ON, &l, NULL), GP_OK);
	assert_int_equal(l.ended, 0);
	int open = 0;
	for (size_t i = 0; i < l.n; i++)
		if (schedule_state_open(l.items[i].state)) {
			open++;
			char dl[11];
			date_fmt_nl(schedule_due_deadline(&l.items[i]), dl);
			assert_string_equal(dl, "26-11-2026");
		}
	assert_true(open > 0);
	schedule_due_free(&l);
}

/* Every cohort from 2006 has a version; versions follow each other without
 * a gap (a birth date between two versions would get no RVP at all). */
static void every_birth_date_has_a_version(void **state)
{
	const struct schedule *s = *state;
	for (long d = date_to_days((struct gp_date){2006, 1, 1});
	     d <= date_to_days((struct gp_date){2026, 12, 31}); d++)
		assert_non_null(schedule_version_for(s, date_from_days(d)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cohort_2008),
		cmocka_unit_test(cohort_2009),
		cmocka_unit_test(cohort_2010),
		cmocka_unit_test(cohort_2011),
		cmocka_unit_test(cohort_2011_august),
		cmocka_unit_test(cohort_2012),
		cmocka_unit_test(cohort_2013),
		cmocka_unit_test(cohort_2014),
		cmocka_unit_test(cohort_2015),
		cmocka_unit_test(cohort_2016),
		cmocka_unit_test(cohort_2017),
		cmocka_unit_test(cohort_2018),
		cmocka_unit_test(cohort_2019),
		cmocka_unit_test(cohort_2020),
		cmocka_unit_test(cohort_2021),
		cmocka_unit_test(cohort_2022_twins),
		cmocka_unit_test(cohort_2023_bmr2),
		cmocka_unit_test(cohort_2024),
		cmocka_unit_test(cohort_2025_complete),
		cmocka_unit_test(cohort_2025_rsv_season),
		cmocka_unit_test(cohort_2026),
		cmocka_unit_test(one_dose_of_a_vaccine_per_visit),
		cmocka_unit_test(eighteen_is_on_no_list),
		cmocka_unit_test(every_birth_date_has_a_version),
	};
	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
