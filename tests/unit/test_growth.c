/* test_growth.c — WHO z-scores, SD lines and plausibility flags.
 *
 * The tables come from GROEIPAD_DATADIR, or "data" when run from the
 * repository root (as `make test` does).  Every expected value was computed
 * apart from this code: a small python3 script read the LMS row(s) from the
 * WHO text files and applied z = ((y/M)^L − 1)/(L·S), the restricted rule
 * beyond ±3 SD (SDk = M·(1 + L·S·k)^(1/L)) and round-half-away-from-zero to
 * two decimals.  The comment at each case gives the row(s) used
 * (sex, x: L M S). */
#include <locale.h>
#include <math.h>
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

#include "growth.h"

static void check_near(double got, double want, double tol, const char *file, int line)
{
	if (!(fabs(got - want) <= tol)) {
		print_error("got %.6f, want %.6f (±%g)\n", got, want, tol);
		_fail(file, line);
	}
}
#define assert_near(got, want, tol) check_near((got), (want), (tol), __FILE__, __LINE__)

/* A z-score that must be there: the rounded value exactly, the unrounded
 * one to 1e-4 (the python value). */
static void check_z(struct growth_z z, double rounded, double exact, const char *file, int line)
{
	if (z.status != GROWTH_Z_OK) {
		print_error("status %d, want GROWTH_Z_OK\n", (int)z.status);
		_fail(file, line);
	}
	check_near(z.z, rounded, 1e-9, file, line);
	check_near(z.z_exact, exact, 1e-4, file, line);
}
#define assert_z(z, rounded, exact) check_z((z), (rounded), (exact), __FILE__, __LINE__)

static const struct growth_ref *REF(void **state)
{
	return *state;
}

/* The thresholds of data/growth/plausibility.tsv (limits_match_the_data_file
 * checks that they are). */
static const struct growth_limits LIMITS = {5, 2, 0.5, 10, 365, 1};

static int load_ref(void **state)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	struct growth_ref *ref;
	struct gp_err e = {0};
	if (growth_load(dir && *dir ? dir : "data", &ref, &e) != GP_OK) {
		fprintf(stderr, "growth_load: %s\n", e.msg);
		return -1;
	}
	*state = ref;
	return 0;
}

static int free_ref(void **state)
{
	growth_free(*state);
	return 0;
}

static struct growth_meas meas(int sex, int days, double kg, double cm,
			       enum growth_position pos, double head)
{
	return (struct growth_meas){sex, days, kg, cm, pos, head};
}

/* ---- the worked value and the formulas ---------------------------------- */

static void worked_value_girl_1522_days_17_kg(void **state)
{
	/* weianthro 2, 1522: -0.3387 16.433 0.14051 → 0.240038 */
	struct growth_meas m = meas(GROWTH_GIRL, 1522, 17, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), 0.24, 0.240038);
}

static void weight_beyond_3sd_uses_restricted_rule(void **state)
{
	/* weianthro 1, 365: 0.0645 9.646 0.10925; 15 kg: plain LMS 4.0993,
	 * restricted 3 + (15 − SD3)/(SD3 − SD2) = 4.221196 */
	struct growth_meas m = meas(GROWTH_BOY, 365, 15.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), 4.22, 4.221196);
	/* weianthro 2, 100: 0.0264 6.0229 0.12545; 3 kg: plain −5.5049,
	 * restricted −5.023960 */
	m = meas(GROWTH_GIRL, 100, 3.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), -5.02, -5.023960);
}

static void length_beyond_3sd_uses_plain_formula(void **state)
{
	/* lenanthro 1, 365: 1 75.7391 0.03137; 85 cm lying → 3.897791 */
	struct growth_meas m = meas(GROWTH_BOY, 365, 0, 85.0, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 3.90, 3.897791);
	/* lenanthro 2, 365: 1 74.0049 0.03479; 64 cm → −3.885956 (rounds away
	 * from zero to −3.89) */
	m = meas(GROWTH_GIRL, 365, 0, 64.0, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -3.89, -3.885956);
}

static void bmi_from_corrected_length(void **state)
{
	/* bmianthro 1, 1000: -0.3601 15.6982 0.0788 */
	struct growth_meas m = meas(GROWTH_BOY, 1000, 14, 92, GROWTH_STANDING, 0);
	assert_near(growth_bmi(&m), 16.540643, 1e-6); /* 14 / 0.92² */
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), 0.66, 0.657177);
	/* measured lying at 1000 days: 92 − 0.7 = 91.3 cm, 14 / 0.913² */
	m.position = GROWTH_LYING;
	assert_near(growth_bmi(&m), 16.795250, 1e-6);
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), 0.85, 0.846892);
	/* bmianthro 2, 300: -0.3021 16.6367 0.08866; standing at 300 days:
	 * 72 + 0.7 = 72.7 cm, 9 / 0.727² = 17.028394 */
	m = meas(GROWTH_GIRL, 300, 9, 72, GROWTH_STANDING, 0);
	assert_near(growth_bmi(&m), 17.028394, 1e-6);
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), 0.26, 0.261555);
	/* BMI is weight-based: restricted above +3 (plain LMS would say 6.51).
	 * 20 kg, 85 cm standing at 1000 days: BMI 27.681661 */
	m = meas(GROWTH_BOY, 1000, 20, 85, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), 7.64, 7.639831);
	/* bfawho2007 2, 98: -1.4047 15.7415 0.1138 and 99: -1.4125 15.7732
	 * 0.11424; 3000 days = 98.5626 months; 25 kg, 130 cm → BMI 14.792899 */
	m = meas(GROWTH_GIRL, 3000, 25, 130, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), -0.58, -0.580399);
}

static void rounding_is_half_away_from_zero_of_exact_z(void **state)
{
	const int days[] = {0, 100, 365, 731, 1522, 1826, 1857, 3000};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++) {
		for (double kg = 2.0; kg < 40; kg += 0.37) {
			struct growth_meas m = meas(GROWTH_GIRL, days[i], kg, 0, GROWTH_POS_UNKNOWN, 0);
			struct growth_z z = growth_zscore(REF(state), GROWTH_WFA, &m);
			if (z.status != GROWTH_Z_OK)
				continue;
			double a = fabs(z.z_exact) * 100;
			double want = floor(a + 0.5) / 100 * (z.z_exact < 0 ? -1 : 1);
			assert_near(z.z, want, 1e-12);
		}
	}
}

/* ---- the 0.7 cm lying/standing correction ------------------------------- */

static void standing_before_731_days_adds_0_7(void **state)
{
	/* lenanthro 2, 400: 1 75.3848 0.03498; 75.0 standing → 75.7 cm */
	struct growth_meas m = meas(GROWTH_GIRL, 400, 0, 75.0, GROWTH_STANDING, 0);
	assert_near(growth_length_corrected(&m), 75.7, 1e-9);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 0.12, 0.119532);
	/* last day of the lying standard: lenanthro 1, 730: 1 87.8018 0.03479;
	 * 85.0 standing → 85.7 */
	m = meas(GROWTH_BOY, 730, 0, 85.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -0.69, -0.688071);
	/* lying, or position unknown: no change */
	m.position = GROWTH_LYING;
	assert_near(growth_length_corrected(&m), 85.0, 1e-9);
	m.position = GROWTH_POS_UNKNOWN;
	assert_near(growth_length_corrected(&m), 85.0, 1e-9);
}

static void lying_from_731_days_subtracts_0_7(void **state)
{
	/* lenanthro 1, 800: 1 89.0391 0.03586; 88.0 lying → 87.3 cm */
	struct growth_meas m = meas(GROWTH_BOY, 800, 0, 88.0, GROWTH_LYING, 0);
	assert_near(growth_length_corrected(&m), 87.3, 1e-9);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -0.54, -0.544670);
	/* first day of the standing standard: lenanthro 1, 731: 1 87.1303
	 * 0.03508; 85.0 lying → 84.3 */
	m = meas(GROWTH_BOY, 731, 0, 85.0, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -0.93, -0.925984);
	m.position = GROWTH_STANDING;
	assert_near(growth_length_corrected(&m), 85.0, 1e-9);
}

static void standing_before_9_months_is_left_uncorrected(void **state)
{
	/* anthro treats "standing" under 9 months (< 273.9 days) as implausible
	 * and uses the length as it is.  lenanthro 2, 200: 1 66.6331 0.03443 */
	struct growth_meas m = meas(GROWTH_GIRL, 200, 0, 65.0, GROWTH_STANDING, 0);
	assert_near(growth_length_corrected(&m), 65.0, 1e-9);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -0.71, -0.711845);
	m.age_days = 273; /* 8.97 months: still uncorrected */
	assert_near(growth_length_corrected(&m), 65.0, 1e-9);
	m.age_days = 274; /* 9.00 months */
	assert_near(growth_length_corrected(&m), 65.7, 1e-9);
	struct growth_z z[GROWTH_NIND] = {{0}};
	m.age_days = 200;
	assert_int_equal(growth_check(&LIMITS, z, NULL, &m, NULL, NULL).position, 1);
	m.age_days = 274;
	assert_int_equal(growth_check(&LIMITS, z, NULL, &m, NULL, NULL).position, 0);
}

/* ---- the edges of the age tables ---------------------------------------- */

static void age_0_days(void **state)
{
	/* weianthro 1, 0: 0.3487 3.3464 0.14602; 3.0 kg */
	struct growth_meas m = meas(GROWTH_BOY, 0, 3.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), -0.73, -0.734264);
	/* lenanthro 2, 0: 1 49.1477 0.0379; 45 cm */
	m = meas(GROWTH_GIRL, 0, 0, 45.0, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -2.23, -2.226717);
	m.age_days = -1;
	assert_int_equal(growth_zscore(REF(state), GROWTH_LFA, &m).status, GROWTH_Z_MISSING);
}

static void last_day_of_2006_tables(void **state)
{
	/* The shipped 2006 tables end at 1826 days (59.99 months). */
	/* weianthro 1, 1826: -0.1506 18.3352 0.13517; 18 kg */
	struct growth_meas m = meas(GROWTH_BOY, 1826, 18.0, 0, GROWTH_POS_UNKNOWN, 51.0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), -0.14, -0.136692);
	/* hcanthro 1, 1826: 1 50.7372 0.02945; 51 cm */
	assert_z(growth_zscore(REF(state), GROWTH_HCFA, &m), 0.18, 0.175879);
	/* lenanthro 2, 1826: 1 109.4189 0.04346; 110 cm standing */
	m = meas(GROWTH_GIRL, 1826, 0, 110.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 0.12, 0.122199);
	/* head circumference has no 2007 reference */
	m = meas(GROWTH_BOY, 1827, 0, 0, GROWTH_POS_UNKNOWN, 51.0);
	assert_int_equal(growth_zscore(REF(state), GROWTH_HCFA, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
}

static void days_1827_to_1856_use_2007_between_60_and_61_months(void **state)
{
	/* hfawho2007 2, 60: 1 109.0725 0.04346; 61: 1 109.6016 0.04355 */
	/* 1827 days = 60.024641 months: M 109.085537, S 0.0434622 */
	struct growth_meas m = meas(GROWTH_GIRL, 1827, 0, 110.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 0.19, 0.192880);
	/* 1856 days = 60.977413 months: M 109.589649, S 0.0435480 */
	m.age_days = 1856;
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 0.09, 0.085984);
}

static void day_1857_is_2007_reference_at_61_months(void **state)
{
	/* 1857 days = 61.010267 months, interpolated from 61 towards 62.
	 * hfawho2007 2, 61: 1 109.6016 0.04355; 62: 1 110.1258 0.04364 */
	struct growth_meas m = meas(GROWTH_GIRL, 1857, 0, 110.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), 0.08, 0.082334);
	/* wfawho2007 1, 61: -0.2026 18.5057 0.12988; 62: -0.213 18.6802 0.13028 */
	m = meas(GROWTH_BOY, 1857, 18.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), -0.21, -0.214671);
}

static void weight_for_age_2007_stops_at_120_months(void **state)
{
	/* 3652 days = 119.9836 months. wfawho2007 1, 119: -0.6752 30.8854
	 * 0.16213; 120: -0.6764 31.1586 0.16305 */
	struct growth_meas m = meas(GROWTH_BOY, 3652, 32.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFA, &m), 0.16, 0.162839);
	m.age_days = 3653; /* 120.016 months */
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFA, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	assert_string_equal(growth_status_text(GROWTH_Z_OUT_OF_RANGE), "buiten de tabel");
}

static void height_and_bmi_2007_stop_at_228_months(void **state)
{
	/* 6939 days = 227.9754 months.  hfawho2007 1, 227: 1 176.5211 0.04142;
	 * 228: 1 176.5432 0.04134 */
	struct growth_meas m = meas(GROWTH_BOY, 6939, 0, 176.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_LFA, &m), -0.07, -0.074350);
	/* bfawho2007 2, 227: -0.7577 21.4143 0.14432; 228: -0.7496 21.4269
	 * 0.14441; 21 kg/m² (63 kg at 173.2051 cm) */
	m = meas(GROWTH_GIRL, 6939, 63.0, sqrt(63.0 / 21.0) * 100, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_BFA, &m), -0.14, -0.140315);
	/* 6940 days = 228.008 months: no z */
	m.age_days = 6940;
	assert_int_equal(growth_zscore(REF(state), GROWTH_BFA, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	m.sex = GROWTH_BOY;
	assert_int_equal(growth_zscore(REF(state), GROWTH_LFA, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
}

/* ---- weight-for-length / weight-for-height ------------------------------ */

static void weight_for_length_45_and_110_cm(void **state)
{
	/* wflanthro 1, 45.0: -0.3521 2.441 0.09182; 2.5 kg */
	struct growth_meas m = meas(GROWTH_BOY, 10, 2.5, 45.0, GROWTH_LYING, 0);
	assert_int_equal(growth_wflh(m.age_days), GROWTH_WFL);
	assert_z(growth_zscore(REF(state), GROWTH_WFL, &m), 0.26, 0.259016);
	/* 1.5 kg: restricted below −3 (plain LMS −5.785) */
	m.weight_kg = 1.5;
	assert_z(growth_zscore(REF(state), GROWTH_WFL, &m), -5.26, -5.263509);
	/* wflanthro 2, 110.0: -0.3833 18.3324 0.09401; 18 kg */
	m = meas(GROWTH_GIRL, 700, 18.0, 110.0, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFL, &m), -0.20, -0.195325);
	/* just outside: 44.9 and 110.1 cm */
	m.length_cm = 110.1;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFL, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	m.length_cm = 44.9;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFL, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	/* 109.5 standing at 700 days is 110.2 lying: outside */
	m.length_cm = 109.5;
	m.position = GROWTH_STANDING;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFL, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	/* the standing table does not apply before 731 days */
	m.length_cm = 100;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFH, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
}

static void weight_for_height_65_and_120_cm(void **state)
{
	/* wfhanthro 1, 65.0: -0.3521 7.4327 0.08217; 7 kg */
	struct growth_meas m = meas(GROWTH_BOY, 731, 7.0, 65.0, GROWTH_STANDING, 0);
	assert_int_equal(growth_wflh(m.age_days), GROWTH_WFH);
	assert_z(growth_zscore(REF(state), GROWTH_WFH, &m), -0.74, -0.737701);
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFL, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	/* 65.5 lying at 731 days is 64.8 standing: outside */
	m.length_cm = 65.5;
	m.position = GROWTH_LYING;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFH, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	/* wfhanthro 2, 120.0: -0.3833 22.8173 0.09828; 23 kg */
	m = meas(GROWTH_GIRL, 1800, 23.0, 120.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFH, &m), 0.08, 0.081024);
	/* 35 kg: restricted above +3 (plain LMS 4.015) */
	m.weight_kg = 35.0;
	assert_z(growth_zscore(REF(state), GROWTH_WFH, &m), 4.18, 4.184681);
	m.length_cm = 120.1;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFH, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
	/* anthro: weight-for-height only under 60 months */
	m = meas(GROWTH_GIRL, 1827, 23.0, 115.0, GROWTH_STANDING, 0);
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFH, &m).status,
			 GROWTH_Z_OUT_OF_RANGE);
}

static void weight_for_length_interpolates_between_rows(void **state)
{
	/* 80.35 cm: wflanthro 1, 80.3: -0.3521 10.5031 0.08304 and 80.4:
	 * -0.3521 10.5217 0.08303, halfway → M 10.5124 S 0.083035; 11 kg */
	struct growth_meas m = meas(GROWTH_BOY, 500, 11.0, 80.35, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFL, &m), 0.54, 0.541697);
	/* the same child lying at 731 days: 81.05 − 0.7 = 80.35 on the standing
	 * table: wfhanthro 1, 80.3: -0.3521 10.6352 0.08293; 80.4: -0.3521
	 * 10.6544 0.08291 → M 10.6448 S 0.08292 */
	m = meas(GROWTH_BOY, 731, 11.0, 81.05, GROWTH_LYING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFH, &m), 0.39, 0.393570);
	/* a length that is a row after the correction: 65.0 standing at 400 days
	 * is 65.7 lying: wflanthro 2, 65.7: -0.3833 7.2402 0.09113; 7.5 kg */
	m = meas(GROWTH_GIRL, 400, 7.5, 65.0, GROWTH_STANDING, 0);
	assert_z(growth_zscore(REF(state), GROWTH_WFL, &m), 0.38, 0.384254);
}

static void missing_input_gives_no_z(void **state)
{
	struct growth_meas m = meas(GROWTH_GIRL, 400, 0, 75.0, GROWTH_LYING, 0);
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFA, &m).status, GROWTH_Z_MISSING);
	assert_int_equal(growth_zscore(REF(state), GROWTH_BFA, &m).status, GROWTH_Z_MISSING);
	assert_int_equal(growth_zscore(REF(state), GROWTH_HCFA, &m).status, GROWTH_Z_MISSING);
	assert_near(growth_bmi(&m), 0, 0);
	m = meas(GROWTH_GIRL, 400, 9.0, 0, GROWTH_POS_UNKNOWN, 0);
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFL, &m).status, GROWTH_Z_MISSING);
	assert_int_equal(growth_zscore(REF(state), GROWTH_LFA, &m).status, GROWTH_Z_MISSING);
	m.sex = 0;
	assert_int_equal(growth_zscore(REF(state), GROWTH_WFA, &m).status, GROWTH_Z_MISSING);
	assert_string_equal(growth_status_text(GROWTH_Z_MISSING), "niet gemeten");
}

/* ---- SD lines ----------------------------------------------------------- */

static void sd_values_for_chart_lines(void **state)
{
	/* weianthro 1, 0: 0.3487 3.3464 0.14602 */
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 0, 0), 3.3464, 1e-9);
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 0, 2), 4.419354, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 0, -2), 2.459312, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 0, -3), 2.080308, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 0, 3), 5.030639, 1e-6);
	/* 1826.4 days rounds to the 2006 row 1826; 1826.5 to day 1827, which is
	 * read from the 2007 table at 60.0082 months */
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 1826.4, 2), 24.162939, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 1826.5, 2), 23.912110, 1e-6);
	/* hfawho2007 1 at 3000 days = 98.5626 months */
	assert_near(growth_sd_value(REF(state), GROWTH_LFA, GROWTH_BOY, 3000, -2), 116.958796, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_LFA, GROWTH_BOY, 3000, 0), 128.409032, 1e-6);
	assert_near(growth_sd_value(REF(state), GROWTH_LFA, GROWTH_BOY, 3000, 2), 139.859268, 1e-6);
	/* weight-for-length between rows 80.3 and 80.4 */
	assert_near(growth_sd_value(REF(state), GROWTH_WFL, GROWTH_BOY, 80.35, 0), 10.5124, 1e-9);
	assert_near(growth_sd_value(REF(state), GROWTH_WFL, GROWTH_BOY, 80.35, 2), 12.474403, 1e-6);
	/* a measurement at the SD line has that z */
	double v = growth_sd_value(REF(state), GROWTH_WFA, GROWTH_GIRL, 1522, 2);
	struct growth_meas m = meas(GROWTH_GIRL, 1522, v, 0, GROWTH_POS_UNKNOWN, 0);
	assert_near(growth_zscore(REF(state), GROWTH_WFA, &m).z_exact, 2.0, 1e-9);
	/* outside */
	assert_true(isnan(growth_sd_value(REF(state), GROWTH_WFL, GROWTH_BOY, 44.9, 0)));
	assert_true(isnan(growth_sd_value(REF(state), GROWTH_HCFA, GROWTH_BOY, 1900, 0)));
	assert_true(isnan(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 3653, 0)));
	assert_true(isnan(growth_sd_value(REF(state), GROWTH_WFA, GROWTH_BOY, 100, 4)));
	assert_true(isnan(growth_sd_value(REF(state), GROWTH_WFA, 3, 100, 0)));
}

/* ---- plausibility (docs/product.md §4) ---------------------------------- */

static void set_z(struct growth_z *z, enum growth_indicator i, double v)
{
	z[i] = (struct growth_z){GROWTH_Z_OK, v, v};
}

static void check_flags_extreme_z(void **state)
{
	(void)state;
	struct growth_z now[GROWTH_NIND] = {{0}};
	set_z(now, GROWTH_WFA, 5.00);
	set_z(now, GROWTH_LFA, -5.01);
	set_z(now, GROWTH_WFL, 5.01);
	struct growth_flags f = growth_check(&LIMITS, now, NULL, NULL, NULL, NULL);
	assert_int_equal(f.extreme, (1u << GROWTH_LFA) | (1u << GROWTH_WFL));
	assert_int_equal(f.jump, 0);
	assert_int_equal(f.shrunk, 0);
}

static void check_flags_jump_of_more_than_2_sd(void **state)
{
	(void)state;
	struct growth_z before[GROWTH_NIND] = {{0}};
	struct growth_z now[GROWTH_NIND] = {{0}};
	set_z(before, GROWTH_WFA, 0.10);
	set_z(now, GROWTH_WFA, 2.10); /* exactly 2: not more than 2 */
	set_z(before, GROWTH_LFA, 1.00);
	set_z(now, GROWTH_LFA, -1.01);
	set_z(now, GROWTH_HCFA, 4.0); /* no earlier head circumference */
	/* weight-for-length at the last visit, weight-for-height now */
	set_z(before, GROWTH_WFL, -0.50);
	set_z(now, GROWTH_WFH, 1.60);
	struct growth_flags f = growth_check(&LIMITS, now, before, NULL, NULL, NULL);
	assert_int_equal(f.jump, (1u << GROWTH_LFA) | (1u << GROWTH_WFH));
	assert_int_equal(f.extreme, 0);
}

static void check_flags_shorter_than_before(void **state)
{
	(void)state;
	struct growth_z z[GROWTH_NIND] = {{0}};
	struct growth_meas before = meas(GROWTH_BOY, 700, 0, 80.0, GROWTH_LYING, 0);
	struct growth_meas now = meas(GROWTH_BOY, 720, 0, 79.5, GROWTH_LYING, 0);
	/* 0.5 cm shorter is within measuring error */
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 0);
	now.length_cm = 79.4;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 1);
	/* lying 86.0 at 720 days, standing 85.4 at 735 days: as lying 86.1 */
	before = meas(GROWTH_BOY, 720, 0, 86.0, GROWTH_LYING, 0);
	now = meas(GROWTH_BOY, 735, 0, 85.4, GROWTH_STANDING, 0);
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 0);
	/* standing 84.7 = lying 85.4: 0.6 cm shorter */
	now.length_cm = 84.7;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 1);
	/* position unknown: taken from the age (standing from 731 days) */
	now.position = GROWTH_POS_UNKNOWN;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 1);
	now.length_cm = 85.4;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 0);
	/* no length this time: nothing to compare */
	now.length_cm = 0;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, &before, NULL).shrunk, 0);
}


static void check_flags_weight_loss_under_one_year(void **state)
{
	(void)state;
	struct growth_z z[GROWTH_NIND] = {{0}};
	struct growth_meas before = meas(GROWTH_GIRL, 20, 4.0, 0, GROWTH_POS_UNKNOWN, 0);
	struct growth_meas now = meas(GROWTH_GIRL, 34, 3.6, 0, GROWTH_POS_UNKNOWN, 0);
	/* exactly 10 % lighter: not more than 10 % */
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 0);
	now.weight_kg = 3.59;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 1);
	/* from one year on the loss is not checked by this rule */
	before.age_days = 350;
	now.age_days = 365;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 0);
	now.age_days = 364;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 1);
	/* no earlier weight, or none now: nothing to compare */
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, NULL).weight_loss, 0);
	now.weight_kg = 0;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 0);
	/* the threshold comes from the limits */
	struct growth_limits strict = LIMITS;
	strict.loss_pct = 5;
	now.weight_kg = 3.75;
	assert_int_equal(growth_check(&LIMITS, z, z, &now, NULL, &before).weight_loss, 0);
	assert_int_equal(growth_check(&strict, z, z, &now, NULL, &before).weight_loss, 1);
}

static void check_flags_weight_for_age_drop_of_more_than_1_sd(void **state)
{
	(void)state;
	struct growth_z before[GROWTH_NIND] = {{0}};
	struct growth_z now[GROWTH_NIND] = {{0}};
	set_z(before, GROWTH_WFA, 0.50);
	set_z(now, GROWTH_WFA, -0.50); /* exactly 1 SD lower: not more */
	assert_int_equal(growth_check(&LIMITS, now, before, NULL, NULL, NULL).wfa_drop, 0);
	set_z(now, GROWTH_WFA, -0.51);
	struct growth_flags f = growth_check(&LIMITS, now, before, NULL, NULL, NULL);
	assert_int_equal(f.wfa_drop, 1);
	assert_int_equal(f.jump, 0);
	/* a rise is not a drop */
	set_z(now, GROWTH_WFA, 1.80);
	assert_int_equal(growth_check(&LIMITS, now, before, NULL, NULL, NULL).wfa_drop, 0);
	/* a fall of more than 2 SD is a jump, and told once */
	set_z(now, GROWTH_WFA, -1.60);
	f = growth_check(&LIMITS, now, before, NULL, NULL, NULL);
	assert_int_equal(f.jump, 1u << GROWTH_WFA);
	assert_int_equal(f.wfa_drop, 0);
	/* other indicators falling by 1,5 SD are no concern of this rule */
	set_z(now, GROWTH_WFA, 0.40);
	set_z(before, GROWTH_LFA, 1.0);
	set_z(now, GROWTH_LFA, -0.5);
	f = growth_check(&LIMITS, now, before, NULL, NULL, NULL);
	assert_int_equal(f.wfa_drop, 0);
	assert_int_equal(f.jump, 0);
}

static void limits_match_the_data_file(void **state)
{
	const struct growth_limits *l = growth_limits(REF(state));
	assert_near(l->extreme_z, LIMITS.extreme_z, 1e-12);
	assert_near(l->jump_z, LIMITS.jump_z, 1e-12);
	assert_near(l->shrink_cm, LIMITS.shrink_cm, 1e-12);
	assert_near(l->loss_pct, LIMITS.loss_pct, 1e-12);
	assert_int_equal(l->loss_max_age_days, LIMITS.loss_max_age_days);
	assert_near(l->wfa_drop_z, LIMITS.wfa_drop_z, 1e-12);
}

/* ---- loading ------------------------------------------------------------ */

static const char *const table_files[] = {
	"weianthro.txt", "lenanthro.txt", "hcanthro.txt", "bmianthro.txt", "wflanthro.txt",
	"wfhanthro.txt", "wfawho2007.txt", "hfawho2007.txt", "bfawho2007.txt"};

static const char limits_file[] =
	"# thresholds\nname\tvalue\tmeaning\nextreme_z\t5\tx\njump_z\t2\tx\n"
	"shrink_cm\t0.5\tx\nloss_pct\t10\tx\nloss_max_age_days\t365\tx\nwfa_drop_z\t1\tx\n";

/* Writes a file into dir/who (a name) or dir (a path with a '/'). */
static void write_file(const char *dir, const char *name, const char *text)
{
	char path[512];
	snprintf(path, sizeof path, strchr(name, '/') ? "%s/%s" : "%s/who/%s", dir, name);
	FILE *fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/* A data dir with nine tiny but valid tables; returns the dir in buf. */
static void make_small_tables(char *buf, size_t bufsz)
{
	char who[512];
	snprintf(buf, bufsz, "%s/gp-growth-XXXXXX", P_tmpdir);
	assert_non_null(mkdtemp(buf));
	snprintf(who, sizeof who, "%s/who", buf);
	assert_int_equal(mkdir(who, 0700), 0);
	snprintf(who, sizeof who, "%s/growth", buf);
	assert_int_equal(mkdir(who, 0700), 0);
	write_file(buf, "growth/plausibility.tsv", limits_file);
	for (size_t i = 0; i < sizeof table_files / sizeof *table_files; i++)
		write_file(buf, table_files[i],
			   strstr(table_files[i], "wf") == table_files[i] &&
				   strstr(table_files[i], "anthro")
			   ? "sex\tlength\tl\tm\ts\tlorh\r\n1\t45\t-0.35\t2.4\t0.09\tL\r\n"
			     "1\t45.1\t-0.35\t2.5\t0.09\tL\r\n2\t45\t-0.38\t2.5\t0.09\tL\r\n"
			     "2\t45.1\t-0.38\t2.6\t0.09\tL\r\n"
			   : "sex\tage\tl\tm\ts\n1\t0\t1\t50\t0.04\n1\t1\t1\t50.1\t0.04\n"
			     "2\t0\t1\t49\t0.04\n2\t1\t1\t49.1\t0.04\n");
}

static void remove_small_tables(const char *dir)
{
	char path[512];
	for (size_t i = 0; i < sizeof table_files / sizeof *table_files; i++) {
		snprintf(path, sizeof path, "%s/who/%s", dir, table_files[i]);
		unlink(path);
	}
	snprintf(path, sizeof path, "%s/who", dir);
	rmdir(path);
	snprintf(path, sizeof path, "%s/growth/plausibility.tsv", dir);
	unlink(path);
	snprintf(path, sizeof path, "%s/growth", dir);
	rmdir(path);
	rmdir(dir);
}

static void replaced_tables_load_without_recompiling(void **state)
{
	(void)state;
	char dir[256];
	struct growth_ref *ref = NULL;
	struct gp_err e = {0};
	make_small_tables(dir, sizeof dir);
	assert_int_equal(growth_load(dir, &ref, &e), GP_OK);
	assert_non_null(ref);
	/* the replaced table is the one used: M of boys at day 1 is 50.1 */
	assert_near(growth_sd_value(ref, GROWTH_LFA, GROWTH_BOY, 1, 0), 50.1, 1e-9);
	assert_near(growth_sd_value(ref, GROWTH_WFL, GROWTH_GIRL, 45.05, 0), 2.55, 1e-9);
	growth_free(ref);
	remove_small_tables(dir);
}

static void bad_table_names_file_and_line(void **state)
{
	(void)state;
	char dir[256];
	struct growth_ref *ref = (struct growth_ref *)(void *)dir; /* must become NULL */
	struct gp_err e = {0};
	make_small_tables(dir, sizeof dir);

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n1\t0\t1\t50\t0.04\n1\t1\t1\t50,1\t0.04\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_null(ref);
	assert_non_null(strstr(e.msg, "lenanthro.txt"));
	assert_non_null(strstr(e.msg, "regel 3"));
	assert_non_null(strstr(e.msg, "'50,1' is geen getal"));

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n1\t0\t1\t50\t0.04\n1\t2\t1\t50\t0.04\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "regel 3"));
	assert_non_null(strstr(e.msg, "verwacht 1"));

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n3\t0\t1\t50\t0.04\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "regel 2"));
	assert_non_null(strstr(e.msg, "geslacht"));

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n1\t0\t1\t50\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "kolommen"));

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n1\t0\t1\t50\t0.04\n1\t1\t1\t50\t0.04\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "meisjes"));

	write_file(dir, "lenanthro.txt", "");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "lenanthro.txt"));

	write_file(dir, "lenanthro.txt", "sex\tage\tl\tm\ts\n1\t0\t1\t50\t0.04\n1\t1\t1\t50\t0.04\n"
		   "2\t0\t1\t49\t0.04\n2\t1\t1\t49.1\t0.04\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_OK);
	growth_free(ref);
	char path[512];
	snprintf(path, sizeof path, "%s/who/hcanthro.txt", dir);
	unlink(path);
	assert_int_equal(growth_load(dir, &ref, &e), GP_ENOTFOUND);
	assert_null(ref);
	assert_non_null(strstr(e.msg, "hcanthro.txt"));
	remove_small_tables(dir);
}

static void bad_limits_are_refused_with_the_file(void **state)
{
	(void)state;
	char dir[256];
	struct growth_ref *ref = NULL;
	struct gp_err e = {0};
	make_small_tables(dir, sizeof dir);
	assert_int_equal(growth_load(dir, &ref, &e), GP_OK);
	assert_near(growth_limits(ref)->loss_pct, 10, 1e-12);
	growth_free(ref);
	/* an organisation's own thresholds are used */
	write_file(dir, "growth/plausibility.tsv",
		   "name\tvalue\nextreme_z\t4\njump_z\t1.5\nshrink_cm\t1\nloss_pct\t7\n"
		   "loss_max_age_days\t180\nwfa_drop_z\t0.8\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_OK);
	assert_near(growth_limits(ref)->loss_pct, 7, 1e-12);
	assert_int_equal(growth_limits(ref)->loss_max_age_days, 180);
	growth_free(ref);
	/* a misspelt name, a number out of range, a missing name */
	write_file(dir, "growth/plausibility.tsv", "name\tvalue\nextreme\t5\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_null(ref);
	assert_non_null(strstr(e.msg, "plausibility.tsv, regel 2"));
	write_file(dir, "growth/plausibility.tsv", "name\tvalue\nloss_pct\t90\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	write_file(dir, "growth/plausibility.tsv", "name\tvalue\nextreme_z\t5\n");
	assert_int_equal(growth_load(dir, &ref, &e), GP_ECORRUPT);
	assert_non_null(strstr(e.msg, "'jump_z' ontbreekt"));
	write_file(dir, "growth/plausibility.tsv", limits_file);
	remove_small_tables(dir);
}

static void tables_load_in_a_dutch_locale(void **state)
{
	(void)state;
	/* strtod would stop at the '.' where Dutch writes a decimal comma. */
	if (!setlocale(LC_NUMERIC, "nl_NL.UTF-8") && !setlocale(LC_NUMERIC, "de_DE.UTF-8"))
		skip();
	struct growth_ref *ref = NULL;
	struct gp_err e = {0};
	const char *dir = getenv("GROEIPAD_DATADIR");
	enum gp_status st = growth_load(dir && *dir ? dir : "data", &ref, &e);
	setlocale(LC_NUMERIC, "C");
	assert_int_equal(st, GP_OK);
	struct growth_meas m = meas(GROWTH_GIRL, 1522, 17, 0, GROWTH_POS_UNKNOWN, 0);
	assert_near(growth_zscore(ref, GROWTH_WFA, &m).z, 0.24, 1e-9);
	growth_free(ref);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(worked_value_girl_1522_days_17_kg),
		cmocka_unit_test(weight_beyond_3sd_uses_restricted_rule),
		cmocka_unit_test(length_beyond_3sd_uses_plain_formula),
		cmocka_unit_test(bmi_from_corrected_length),
		cmocka_unit_test(rounding_is_half_away_from_zero_of_exact_z),
		cmocka_unit_test(standing_before_731_days_adds_0_7),
		cmocka_unit_test(lying_from_731_days_subtracts_0_7),
		cmocka_unit_test(standing_before_9_months_is_left_uncorrected),
		cmocka_unit_test(age_0_days),
		cmocka_unit_test(last_day_of_2006_tables),
		cmocka_unit_test(days_1827_to_1856_use_2007_between_60_and_61_months),
		cmocka_unit_test(day_1857_is_2007_reference_at_61_months),
		cmocka_unit_test(weight_for_age_2007_stops_at_120_months),
		cmocka_unit_test(height_and_bmi_2007_stop_at_228_months),
		cmocka_unit_test(weight_for_length_45_and_110_cm),
		cmocka_unit_test(weight_for_height_65_and_120_cm),
		cmocka_unit_test(weight_for_length_interpolates_between_rows),
		cmocka_unit_test(missing_input_gives_no_z),
		cmocka_unit_test(sd_values_for_chart_lines),
		cmocka_unit_test(check_flags_extreme_z),
		cmocka_unit_test(check_flags_jump_of_more_than_2_sd),
		cmocka_unit_test(check_flags_shorter_than_before),
		cmocka_unit_test(check_flags_weight_loss_under_one_year),
		cmocka_unit_test(check_flags_weight_for_age_drop_of_more_than_1_sd),
		cmocka_unit_test(limits_match_the_data_file),
		cmocka_unit_test(replaced_tables_load_without_recompiling),
		cmocka_unit_test(bad_table_names_file_and_line),
		cmocka_unit_test(bad_limits_are_refused_with_the_file),
		cmocka_unit_test(tables_load_in_a_dutch_locale),
	};
	return cmocka_run_group_tests(tests, load_ref, free_ref);
}
