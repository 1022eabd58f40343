/* growth.h — z-scores against the WHO growth charts, the SD lines of a growth
 * chart, and the plausibility checks of docs/product.md §4.
 *
 * The LMS tables are data (the files in data/who/, see data/README.md), loaded once
 * at start-up with growth_load() and then only read, so one struct growth_ref
 * can be shared by every screen.  The method is that of the WHO anthro
 * (0–5 years) and anthroplus (5–19 years) R packages:
 *
 * - Ages are whole days.  While the WHO Child Growth Standards 2006 have a row
 *   for the day (0–1826 days in the shipped tables) that row is used as it is.
 *   After that the WHO Reference 2007 is used, with the age in months =
 *   days / 30.4375 and L, M and S interpolated linearly between the two whole
 *   months around it: weight-for-age up to 120 months, height and BMI up to
 *   228 months.  The 2007 tables start at 60 months, so the days 1827–1856
 *   (60.0–61.0 months), for which anthro has no rows and anthroplus gives no
 *   z-score, are read from the 2007 curve between its 60- and 61-month rows.
 *   Head circumference and weight-for-length/height stop at 1826 days.
 * - z = ((y/M)^L − 1)/(L·S) (ln(y/M)/S when L = 0).  Weight-based indicators
 *   (weight-for-age, weight-for-length/height, BMI-for-age) use the WHO's
 *   restricted rule beyond ±3 SD; length/height and head use the plain formula.
 * - Length: the 2006 standards are lying length before 731 days and standing
 *   height from 731 days.  A child under 731 days measured standing gets
 *   +0.7 cm, one of 731 days or older measured lying −0.7 cm.  As in anthro, a
 *   standing measurement before 9 months (age in months < 9) is treated as
 *   implausible and left uncorrected (growth_check() flags it).  An unknown
 *   position is taken to be the one that fits the age.  The corrected length
 *   is used for length/height-for-age, BMI and weight-for-length/height.
 * - Weight-for-length uses the lying table (45–110 cm) before 731 days and
 *   weight-for-height the standing table (65–120 cm) from 731 days, both only
 *   while the age is under 60 months.  Between the 0.1 cm rows L, M and S are
 *   interpolated linearly from the row at or below the length (the length
 *   truncated to 0.1 cm) to the next one.
 * - z is rounded to two decimals, half away from zero: round(100·z)/100 with
 *   C's round() on the unrounded z.  (R's round() rounds exact halves to even;
 *   an exact half of a computed z practically never occurs.)
 *
 * Units: kg, cm, kg/m², ages in days since birth. */
#ifndef GP_GROWTH_H
#define GP_GROWTH_H

#include "err.h"

/* The indicators; also the curves growth_sd_value() can draw. */
enum growth_indicator {
	GROWTH_WFA,  /* weight-for-age (kg) */
	GROWTH_LFA,  /* length/height-for-age (cm) */
	GROWTH_HCFA, /* head circumference-for-age (cm) */
	GROWTH_BFA,  /* BMI-for-age (kg/m²) */
	GROWTH_WFL,  /* weight-for-length (kg): lying, before 731 days */
	GROWTH_WFH,  /* weight-for-height (kg): standing, from 731 days */
	GROWTH_NIND  /* number of indicators */
};

enum growth_sex {
	GROWTH_BOY = 1, /* as in the WHO tables and BDS element 19 */
	GROWTH_GIRL = 2
};

/* How a length was measured (BDS element 236). */
enum growth_position {
	GROWTH_POS_UNKNOWN = 0, /* not recorded: assumed to fit the age */
	GROWTH_LYING,           /* recumbent length */
	GROWTH_STANDING         /* standing height */
};

/* One visit's measurements.  A value ≤ 0 means "not measured". */
struct growth_meas {
	int sex;                       /* GROWTH_BOY or GROWTH_GIRL */
	int age_days;                  /* age on the day measured; < 0 unknown */
	double weight_kg;              /* body weight in kg */
	double length_cm;              /* length or height as measured, in cm */
	enum growth_position position; /* how length_cm was measured */
	double head_cm;                /* head circumference in cm */
};

/* Zero is "missing", so a zeroed struct growth_z never passes for a z of 0. */
enum growth_zstatus {
	GROWTH_Z_MISSING = 0, /* a measurement, the age or the sex is missing */
	GROWTH_Z_OK,          /* z is valid */
	GROWTH_Z_OUT_OF_RANGE /* age or length outside the tables: "buiten de tabel" */
};

/* A z-score and whether there is one. */
struct growth_z {
	enum growth_zstatus status; /* GROWTH_Z_OK, or why there is no z */
	double z;                   /* rounded to 2 decimals; 0 unless OK */
	double z_exact;             /* before rounding; 0 unless OK */
};

/* What growth_check() found; all zero when nothing is implausible. */
struct growth_flags {
	unsigned extreme; /* bit 1u << indicator for each |z| beyond extreme_z */
	unsigned jump;    /* bit 1u << indicator for each z that moved by more than jump_z */
	int shrunk;       /* 1: more than shrink_cm shorter than before */
	int position;     /* 1: measured standing before 9 months, left uncorrected */
	int weight_loss;  /* 1: lighter than before by more than loss_pct, while young */
	int wfa_drop;     /* 1: weight-for-age z fell by more than wfa_drop_z (and not
			   * already counted as a jump) */
};

/* The plausibility thresholds of docs/product.md §4, read by growth_load()
 * from data/growth/plausibility.tsv (see data/README.md), so an
 * organisation can tune them without recompiling. */
struct growth_limits {
	double extreme_z;      /* |z| above this is implausible (5) */
	double jump_z;         /* a z-score moving more than this many SD (2) */
	double shrink_cm;      /* measuring error allowed before "shorter" (0.5 cm) */
	double loss_pct;       /* weight loss of more than this percentage … (10) */
	int loss_max_age_days; /* … for a child younger than this many days (365) */
	double wfa_drop_z;     /* weight-for-age falling by more than this many SD (1) */
};

struct growth_ref;

/* Loads the nine WHO tables from datadir/who/ and the plausibility
 * thresholds from datadir/growth/plausibility.tsv (see data/README.md).  On
 * failure *out is NULL and e names the file and line in Dutch. */
enum gp_status growth_load(const char *datadir, struct growth_ref **out, struct gp_err *e);

/* Frees what growth_load() made; NULL is fine. */
void growth_free(struct growth_ref *ref);

/* The plausibility thresholds loaded with the tables. */
const struct growth_limits *growth_limits(const struct growth_ref *ref);

/* The z-score of one indicator.  GROWTH_WFL applies before 731 days and
 * GROWTH_WFH from 731 days (see growth_wflh()); asked for the other one, the
 * answer is GROWTH_Z_OUT_OF_RANGE. */
struct growth_z growth_zscore(const struct growth_ref *ref, enum growth_indicator ind,
			      const struct growth_meas *m);

/* GROWTH_WFL for ages under 731 days, GROWTH_WFH otherwise: the weight-for-
 * length/height indicator that applies at this age. */
enum growth_indicator growth_wflh(int age_days);

/* The length the tables are read with: length_cm after the 0.7 cm correction
 * for the age; 0 when no length was measured. */
double growth_length_corrected(const struct growth_meas *m);

/* weight / (corrected length in m)², or 0 when weight or length is missing. */
double growth_bmi(const struct growth_meas *m);

/* The measurement at k SD (k = −3…+3) on the curve of `ind` for `sex`: x is
 * the age in days for the age-based indicators (a fraction is allowed: it is
 * rounded to whole days for the 2006 tables and used as days / 30.4375 months
 * for the 2007 ones) and the length in cm for GROWTH_WFL/GROWTH_WFH.  NAN
 * outside the table. */
double growth_sd_value(const struct growth_ref *ref, enum growth_indicator ind, int sex,
		       double x, int k);

/* The measurement at z SD on the curve of `ind` for `sex`, for any real z
 * (the inverse of the plain LMS formula, without the restricted rule beyond
 * ±3 SD): growth_sd_value() for fractional z, as a demo or a simulation
 * needs.  x as for growth_sd_value(); NAN outside the table. */
double growth_value_at_z(const struct growth_ref *ref, enum growth_indicator ind, int sex,
			 double x, double z);

/* The plausibility checks of docs/product.md §4 for a new visit, with the
 * thresholds in lim: |z| > extreme_z, a z-score more than jump_z away from
 * the previous visit's, a length more than shrink_cm shorter than before
 * (lengths compared on the same footing: standing heights count 0.7 cm
 * longer), a standing measurement before 9 months, a weight more than
 * loss_pct lower than the previous weight for a child younger than
 * loss_max_age_days, and a weight-for-age z more than wfa_drop_z lower than
 * the previous one.  `now` and `before` are indexed by growth_indicator;
 * z-scores are compared as rounded and shown.  The weight-for-length and
 * weight-for-height z-scores count as one indicator across the switch at
 * 731 days.  before, m_before (the latest earlier visit with a length) and
 * w_before (the latest with a weight) may be NULL. */
struct growth_flags growth_check(const struct growth_limits *lim,
				 const struct growth_z now[GROWTH_NIND],
				 const struct growth_z before[GROWTH_NIND],
				 const struct growth_meas *m_now,
				 const struct growth_meas *m_before,
				 const struct growth_meas *w_before);

/* The words to show instead of a z-score: "buiten de tabel", "niet gemeten",
 * or "" for GROWTH_Z_OK.  Translated. */
const char *growth_status_text(enum growth_zstatus st);

/* A short Dutch name of the indicator ("gewicht naar leeftijd", …). */
const char *growth_indicator_name(enum growth_indicator ind);

#endif
