/* growth.c — see growth.h.  Reading the WHO LMS tables, finding (and where
 * needed interpolating) L, M and S for an age or a length, and the z-score
 * and SD formulas.  Numbers in the tables are parsed by hand: strtod would
 * follow LC_NUMERIC, and a Dutch locale writes a decimal comma. */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "growth.h"
#include "i18n.h"
#include "refdata.h"

#define DAYS_PER_MONTH 30.4375 /* the WHO's average month */
#define LYING_UNTIL_DAYS 731   /* the 2006 standards switch to standing height */
#define CORRECTION_CM 0.7      /* standing height is this much shorter than length */
#define WFLH_MAX_MONTHS 60.0   /* anthro: weight-for-length/height under 60 months */
#define NO_POSITION_MONTHS 9.0 /* anthro: standing under 9 months is implausible */

/* The tables, one file each. */
enum table_id {
	T_WEI,   /* weight-for-age 2006, by day */
	T_LEN,   /* length/height-for-age 2006, by day */
	T_HC,    /* head circumference-for-age 2006, by day */
	T_BMI,   /* BMI-for-age 2006, by day */
	T_WFL,   /* weight-for-length, by 0.1 cm */
	T_WFH,   /* weight-for-height, by 0.1 cm */
	T_WFA07, /* weight-for-age 2007, by month */
	T_HFA07, /* height-for-age 2007, by month */
	T_BFA07, /* BMI-for-age 2007, by month */
	T_COUNT  /* number of tables */
};

/* Where a table comes from and how its rows are spaced. */
struct table_spec {
	const char *file; /* file name under datadir/who/ */
	double step;      /* distance between rows: 1 day, 1 month or 0.1 cm */
};

static const struct table_spec specs[T_COUNT] = {
	[T_WEI] = {"weianthro.txt", 1.0},   [T_LEN] = {"lenanthro.txt", 1.0},
	[T_HC] = {"hcanthro.txt", 1.0},     [T_BMI] = {"bmianthro.txt", 1.0},
	[T_WFL] = {"wflanthro.txt", 0.1},   [T_WFH] = {"wfhanthro.txt", 0.1},
	[T_WFA07] = {"wfawho2007.txt", 1.0}, [T_HFA07] = {"hfawho2007.txt", 1.0},
	[T_BFA07] = {"bfawho2007.txt", 1.0},
};

/* How each indicator is computed. */
struct indicator_spec {
	int t2006;         /* the 2006 table (by day or by length) */
	int t2007;         /* the 2007 table by month, or -1 */
	double max_months; /* last month of the 2007 table that is valid */
	int restricted;    /* 1: the WHO's restricted rule beyond ±3 SD */
	const char *name;  /* Dutch name, untranslated */
};

static const struct indicator_spec ind_specs[GROWTH_NIND] = {
	[GROWTH_WFA] = {T_WEI, T_WFA07, 120.0, 1, N_("gewicht naar leeftijd")},
	[GROWTH_LFA] = {T_LEN, T_HFA07, 228.0, 0, N_("lengte naar leeftijd")},
	[GROWTH_HCFA] = {T_HC, -1, 0.0, 0, N_("hoofdomtrek naar leeftijd")},
	[GROWTH_BFA] = {T_BMI, T_BFA07, 228.0, 1, N_("BMI naar leeftijd")},
	[GROWTH_WFL] = {T_WFL, -1, 0.0, 1, N_("gewicht naar lengte")},
	[GROWTH_WFH] = {T_WFH, -1, 0.0, 1, N_("gewicht naar staande lengte")},
};

/* One row of a table. */
struct lms {
	double l; /* Box-Cox power */
	double m; /* median */
	double s; /* coefficient of variation */
};

/* One table, per sex a run of rows at x0, x0 + step, x0 + 2·step, … */
struct table {
	double step;         /* distance between rows */
	double x0[2];        /* x of the first row, boys [0] and girls [1] */
	int n[2];            /* number of rows per sex */
	int cap[2];          /* allocated rows per sex */
	struct lms *rows[2]; /* the rows per sex */
};

struct growth_ref {
	struct table t[T_COUNT];    /* indexed by enum table_id */
	struct growth_limits limits; /* plausibility thresholds */
};

/* ---- loading --------------------------------------------------------- */

/* Parses a plain decimal number ("-0.3521", "45", "110.0") independent of
 * the locale.  Up to 18 digits: the result is then the correctly rounded
 * double, as strtod would give.  Returns 0, or -1 when s is not a number. */
static int parse_number(const char *s, double *out)
{
	int neg = 0, digits = 0, frac = 0, dot = 0;
	uint64_t mant = 0;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s; s++) {
		if (*s == '.' && !dot) {
			dot = 1;
		} else if (*s >= '0' && *s <= '9') {
			if (++digits > 18)
				return -1;
			mant = mant * 10 + (uint64_t)(*s - '0');
			frac += dot;
		} else {
			return -1;
		}
	}
	if (digits == 0)
		return -1;
	/* powers of ten up to 1e18 are exact doubles: the same result as
	 * pow(10, frac), without its cost for the 70,000 numbers read at start */
	static const double ten[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
				     1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};
	double v = (double)mant;
	if (frac)
		v /= ten[frac];
	*out = neg ? -v : v;
	return 0;
}

/* Splits line at tabs and spaces; returns the number of fields (at most max). */
static int split_fields(char *line, char **field, int max)
{
	int n = 0;
	char *p = line;
	while (n < max) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		field[n++] = p;
		while (*p && *p != ' ' && *p != '\t')
			p++;
		if (*p)
			*p++ = '\0';
	}
	return n;
}

/* Appends a row for sex index si; -1 when memory runs out. */
static int table_push(struct table *t, int si, struct lms row)
{
	if (t->n[si] == t->cap[si]) {
		int cap = t->cap[si] ? 2 * t->cap[si] : 2048;
		struct lms *r = realloc(t->rows[si], (size_t)cap * sizeof *r);
		if (!r)
			return -1;
		t->rows[si] = r;
		t->cap[si] = cap;
	}
	t->rows[si][t->n[si]++] = row;
	return 0;
}

/* Checks one data line and adds it to t.  Returns NULL, or a (translated)
 * reason; `buf` holds reasons that need a number in them. */
static const char *table_add_line(struct table *t, char *line, char *buf, size_t bufsz)
{
	char *f[8];
	double v[5];
	int n = split_fields(line, f, 8);
	if (n < 5 || n > 6)
		return _("verwacht 5 of 6 kolommen: geslacht, leeftijd of lengte, L, M, S");
	for (int i = 0; i < 5; i++) {
		if (parse_number(f[i], &v[i]) != 0) {
			snprintf(buf, bufsz, _("'%s' is geen getal"), f[i]);
			return buf;
		}
	}
	if (v[0] != 1 && v[0] != 2)
		return _("het geslacht moet 1 (jongen) of 2 (meisje) zijn");
	if (!(v[3] > 0) || !(v[4] > 0))
		return _("M en S moeten groter dan nul zijn");
	int si = (int)v[0] - 1;
	if (t->n[si] == 0) {
		t->x0[si] = v[1];
	} else {
		double want = t->x0[si] + t->n[si] * t->step;
		if (fabs(v[1] - want) > t->step / 1000) {
			snprintf(buf, bufsz, _("verwacht %g na de vorige rij, niet %s"), want, f[1]);
			return buf;
		}
	}
	if (table_push(t, si, (struct lms){v[2], v[3], v[4]}) != 0)
		return _("onvoldoende geheugen");
	return NULL;
}

/* Reads one table file into t. */
static enum gp_status table_load(struct table *t, const char *path, double step,
				 struct gp_err *e)
{
	char line[512], why[160];
	int lineno = 0;
	FILE *fp = fopen(path, "r");
	if (!fp)
		return gp_fail(e, errno == ENOENT ? GP_ENOTFOUND : GP_EIO,
			       _("De groeitabel %s kan niet worden geopend (%s). Controleer of "
				 "de WHO-tabellen volledig zijn geïnstalleerd."),
			       path, strerror(errno));
	t->step = step;
	while (fgets(line, sizeof line, fp)) {
		lineno++;
		size_t len = strlen(line);
		if (len == sizeof line - 1 && line[len - 1] != '\n') {
			fclose(fp);
			return gp_fail(e, GP_ECORRUPT,
				       _("Fout in groeitabel %s, regel %d: de regel is te lang. "
					 "Zet het oorspronkelijke bestand terug."),
				       path, lineno);
		}
		line[strcspn(line, "\r\n")] = '\0';
		if (line[strspn(line, " \t")] == '\0')
			continue;
		if (lineno == 1) {
			if (strncmp(line, "sex", 3) != 0) {
				fclose(fp);
				return gp_fail(e, GP_ECORRUPT,
					       _("Fout in groeitabel %s, regel 1: verwacht de kopregel "
						 "'sex …'. Zet het oorspronkelijke bestand terug."),
					       path);
			}
			continue;
		}
		const char *bad = table_add_line(t, line, why, sizeof why);
		if (bad) {
			fclose(fp);
			return gp_fail(e, GP_ECORRUPT,
				       _("Fout in groeitabel %s, regel %d: %s. Herstel het bestand "
					 "of zet het oorspronkelijke terug."),
				       path, lineno, bad);
		}
	}
	int rd_err = ferror(fp);
	fclose(fp);
	if (rd_err)
		return gp_fail(e, GP_EIO, _("De groeitabel %s kon niet worden gelezen."), path);
	if (t->n[0] < 2 || t->n[1] < 2)
		return gp_fail(e, GP_ECORRUPT,
			       _("De groeitabel %s heeft geen rijen voor jongens (1) en meisjes "
				 "(2). Zet het oorspronkelijke bestand terug."),
			       path);
	return GP_OK;
}

/* ---- plausibility thresholds --------------------------------------------- */

/* The names in data/growth/plausibility.tsv, where each value goes and the
 * smallest and largest value that makes sense. */
static const struct {
	const char *name; /* first column */
	size_t off;       /* a double in struct growth_limits, or the int loss_max_age_days */
	double min, max;  /* accepted range */
} limit_specs[] = {
	{"extreme_z", offsetof(struct growth_limits, extreme_z), 1, 10},
	{"jump_z", offsetof(struct growth_limits, jump_z), 0.5, 10},
	{"shrink_cm", offsetof(struct growth_limits, shrink_cm), 0, 5},
	{"loss_pct", offsetof(struct growth_limits, loss_pct), 1, 50},
	{"loss_max_age_days", offsetof(struct growth_limits, loss_max_age_days), 0, 6940},
	{"wfa_drop_z", offsetof(struct growth_limits, wfa_drop_z), 0.25, 10},
};

enum { NLIMITS = sizeof limit_specs / sizeof *limit_specs };

struct limits_read {
	struct growth_limits *lim; /* where the values go */
	const char *path;          /* for messages */
	int seen[NLIMITS];         /* 1 once a name was read */
};

static int limit_row(void *ctx, char **f, int nf, int line, struct gp_err *e)
{
	struct limits_read *r = ctx;
	double v;
	size_t i;
	for (i = 0; i < NLIMITS && (nf < 1 || strcmp(f[0], limit_specs[i].name) != 0); i++)
		;
	if (i == NLIMITS || nf < 2 || parse_number(f[1], &v) != 0 || v < limit_specs[i].min ||
	    v > limit_specs[i].max || r->seen[i]) {
		gp_fail(e, GP_ECORRUPT, _("%s, regel %d: verwacht een bekende naam en een getal "
					  "binnen de grenzen (zie data/README.md)."), r->path, line);
		return -1;
	}
	r->seen[i] = 1;
	char *p = (char *)r->lim + limit_specs[i].off;
	if (limit_specs[i].off == offsetof(struct growth_limits, loss_max_age_days))
		*(int *)(void *)p = (int)lround(v);
	else
		*(double *)(void *)p = v;
	return 0;
}

static enum gp_status limits_load(const char *datadir, struct growth_limits *lim,
				  struct gp_err *e)
{
	char path[4096];
	struct limits_read r = {lim, path, {0}};
	int n = snprintf(path, sizeof path, "%s/growth/plausibility.tsv", datadir);
	if (n < 0 || (size_t)n >= sizeof path)
		return gp_fail(e, GP_EINPUT, _("De map met gegevens heeft een te lange naam."));
	enum gp_status st = tsv_read(path, limit_row, &r, e);
	if (st != GP_OK)
		return st;
	for (size_t i = 0; i < NLIMITS; i++)
		if (!r.seen[i])
			return gp_fail(e, GP_ECORRUPT, _("%s: de waarde '%s' ontbreekt."), path,
				       limit_specs[i].name);
	return GP_OK;
}

enum gp_status growth_load(const char *datadir, struct growth_ref **out, struct gp_err *e)
{
	*out = NULL;
	struct growth_ref *ref = calloc(1, sizeof *ref);
	if (!ref)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen voor de groeitabellen."));
	for (int i = 0; i < T_COUNT; i++) {
		char path[4096];
		int n = snprintf(path, sizeof path, "%s/who/%s", datadir, specs[i].file);
		if (n < 0 || (size_t)n >= sizeof path) {
			growth_free(ref);
			return gp_fail(e, GP_EINPUT, _("De map met gegevens heeft een te lange naam."));
		}
		enum gp_status st = table_load(&ref->t[i], path, specs[i].step, e);
		if (st != GP_OK) {
			growth_free(ref);
			return st;
		}
	}
	enum gp_status st = limits_load(datadir, &ref->limits, e);
	if (st != GP_OK) {
		growth_free(ref);
		return st;
	}
	*out = ref;
	return GP_OK;
}

const struct growth_limits *growth_limits(const struct growth_ref *ref)
{
	return &ref->limits;
}

void growth_free(struct growth_ref *ref)
{
	if (!ref)
		return;
	for (int i = 0; i < T_COUNT; i++) {
		free(ref->t[i].rows[0]);
		free(ref->t[i].rows[1]);
	}
	free(ref);
}

/* ---- looking up L, M, S ---------------------------------------------- */

/* The row of a by-day table for a whole number of days; 0 or -1. */
static int lms_at_row(const struct table *t, int si, double x, struct lms *out)
{
	double i = x - t->x0[si];
	if (i < 0 || i > t->n[si] - 1)
		return -1;
	*out = t->rows[si][(int)i];
	return 0;
}

static struct lms lms_lerp(struct lms a, struct lms b, double f)
{
	return (struct lms){a.l + f * (b.l - a.l), a.m + f * (b.m - a.m), a.s + f * (b.s - a.s)};
}

/* L, M, S at months from a by-month table: the whole month below and linear
 * interpolation towards the next one, as anthroplus does; 0 or -1. */
static int lms_at_month(const struct table *t, int si, double months, struct lms *out)
{
	double low = floor(months), f = months - low;
	struct lms a, b;
	if (lms_at_row(t, si, low, &a) != 0)
		return -1;
	if (f == 0) {
		*out = a;
		return 0;
	}
	if (lms_at_row(t, si, low + 1, &b) != 0)
		return -1;
	*out = lms_lerp(a, b, f);
	return 0;
}

/* L, M, S at a length from a by-0.1-cm table: anthro takes the row at the
 * length truncated to 0.1 cm and interpolates towards the next row.  The
 * table's first and last rows are its range (45–110 or 65–120 cm). */
static int lms_at_length(const struct table *t, int si, double cm, struct lms *out)
{
	double first = t->x0[si], last = first + (t->n[si] - 1) * t->step;
	if (!(cm >= first - 1e-9 && cm <= last + 1e-9))
		return -1;
	/* In tenths of a cm from the first row; the small epsilon keeps 80.3 from
	 * becoming 80.2999… and so the row below. */
	double tenths = (cm - first) / t->step;
	double low = floor(tenths + 1e-9), f = tenths - low;
	int i = (int)low;
	if (i > t->n[si] - 1)
		i = t->n[si] - 1;
	if (f < 1e-9 || i == t->n[si] - 1) {
		*out = t->rows[si][i];
		return 0;
	}
	*out = lms_lerp(t->rows[si][i], t->rows[si][i + 1], f);
	return 0;
}

/* L, M, S for an age-based indicator at an age in days (fraction allowed):
 * the 2006 row for the day (rounded half up, as anthro does) while there is
 * one, then the 2007 table by month up to its last valid month. */
static int lms_at_age(const struct growth_ref *ref, enum growth_indicator ind, int si,
		      double days, struct lms *out)
{
	const struct indicator_spec *is = &ind_specs[ind];
	if (days < 0)
		return -1;
	if (lms_at_row(&ref->t[is->t2006], si, floor(days + 0.5), out) == 0)
		return 0;
	if (is->t2007 < 0)
		return -1;
	double months = days / DAYS_PER_MONTH;
	if (months > is->max_months)
		return -1;
	return lms_at_month(&ref->t[is->t2007], si, months, out);
}

/* ---- formulas -------------------------------------------------------- */

/* The measurement at k SD: M·(1 + L·S·k)^(1/L), or M·e^(S·k) when L = 0. */
static double lms_value(struct lms p, double k)
{
	if (p.l == 0)
		return p.m * exp(p.s * k);
	double base = 1 + p.l * p.s * k;
	return base > 0 ? p.m * pow(base, 1 / p.l) : NAN;
}

static double lms_z(struct lms p, double y)
{
	if (p.l == 0)
		return log(y / p.m) / p.s;
	return (pow(y / p.m, p.l) - 1) / (p.l * p.s);
}

/* The WHO's restricted rule: beyond ±3 SD, count in steps of the distance
 * between the 2 and 3 SD lines, so a long LMS tail cannot exaggerate z. */
static double lms_z_restricted(struct lms p, double y)
{
	double z = lms_z(p, y);
	if (z > 3) {
		double sd3 = lms_value(p, 3), sd2 = lms_value(p, 2);
		z = 3 + (y - sd3) / (sd3 - sd2);
	} else if (z < -3) {
		double sd3 = lms_value(p, -3), sd2 = lms_value(p, -2);
		z = -3 + (y - sd3) / (sd2 - sd3);
	}
	return z;
}

static int sex_index(int sex)
{
	return sex == GROWTH_BOY ? 0 : sex == GROWTH_GIRL ? 1 : -1;
}

static int have(double v)
{
	return v > 0 && isfinite(v);
}

/* ---- public ---------------------------------------------------------- */

enum growth_indicator growth_wflh(int age_days)
{
	return age_days < LYING_UNTIL_DAYS ? GROWTH_WFL : GROWTH_WFH;
}

double growth_length_corrected(const struct growth_meas *m)
{
	if (!have(m->length_cm))
		return 0;
	if (m->age_days < 0)
		return m->length_cm;
	double months = m->age_days / DAYS_PER_MONTH;
	if (m->position == GROWTH_STANDING && m->age_days < LYING_UNTIL_DAYS &&
	    months >= NO_POSITION_MONTHS)
		return m->length_cm + CORRECTION_CM;
	if (m->position == GROWTH_LYING && m->age_days >= LYING_UNTIL_DAYS)
		return m->length_cm - CORRECTION_CM;
	return m->length_cm;
}

double growth_bmi(const struct growth_meas *m)
{
	double len = growth_length_corrected(m);
	if (!have(m->weight_kg) || !have(len))
		return 0;
	return m->weight_kg / ((len / 100) * (len / 100));
}

/* The measured value an indicator is about, or 0 when missing. */
static double measured_value(enum growth_indicator ind, const struct growth_meas *m)
{
	switch (ind) {
	case GROWTH_WFA:
	case GROWTH_WFL:
	case GROWTH_WFH:
		return have(m->weight_kg) ? m->weight_kg : 0;
	case GROWTH_LFA:
		return growth_length_corrected(m);
	case GROWTH_HCFA:
		return have(m->head_cm) ? m->head_cm : 0;
	case GROWTH_BFA:
		return growth_bmi(m);
	default:
		return 0;
	}
}

struct growth_z growth_zscore(const struct growth_ref *ref, enum growth_indicator ind,
			      const struct growth_meas *m)
{
	struct growth_z r = {GROWTH_Z_MISSING, 0, 0};
	int si = sex_index(m->sex);
	if ((unsigned)ind >= GROWTH_NIND || si < 0 || m->age_days < 0)
		return r;
	double y = measured_value(ind, m);
	if (!have(y))
		return r;
	if ((ind == GROWTH_WFL || ind == GROWTH_WFH) && !have(m->length_cm))
		return r;

	struct lms p;
	int found;
	if (ind == GROWTH_WFL || ind == GROWTH_WFH)
		found = growth_wflh(m->age_days) == ind &&
			m->age_days / DAYS_PER_MONTH < WFLH_MAX_MONTHS &&
			lms_at_length(&ref->t[ind_specs[ind].t2006], si,
				      growth_length_corrected(m), &p) == 0;
	else
		found = lms_at_age(ref, ind, si, m->age_days, &p) == 0;
	if (!found) {
		r.status = GROWTH_Z_OUT_OF_RANGE;
		return r;
	}
	double z = ind_specs[ind].restricted ? lms_z_restricted(p, y) : lms_z(p, y);
	if (!isfinite(z)) {
		r.status = GROWTH_Z_OUT_OF_RANGE;
		return r;
	}
	r.status = GROWTH_Z_OK;
	r.z_exact = z;
	r.z = round(z * 100) / 100;
	return r;
}

double growth_value_at_z(const struct growth_ref *ref, enum growth_indicator ind, int sex,
			 double x, double z)
{
	int si = sex_index(sex);
	struct lms p;
	if ((unsigned)ind >= GROWTH_NIND || si < 0 || !isfinite(x) || !isfinite(z))
		return NAN;
	int rc = ind == GROWTH_WFL || ind == GROWTH_WFH
			 ? lms_at_length(&ref->t[ind_specs[ind].t2006], si, x, &p)
			 : lms_at_age(ref, ind, si, x, &p);
	return rc == 0 ? lms_value(p, z) : NAN;
}

double growth_sd_value(const struct growth_ref *ref, enum growth_indicator ind, int sex,
		       double x, int k)
{
	if (k < -3 || k > 3)
		return NAN;
	return growth_value_at_z(ref, ind, sex, x, k);
}

/* z in hundredths, as shown, so comparisons match what the user sees. */
static long hundredths(double z)
{
	return lround(z * 100);
}

/* Length on the lying footing: a standing height is 0.7 cm shorter than the
 * same child's lying length.  An unknown position is the one that fits the age. */
static double length_lying(const struct growth_meas *m)
{
	enum growth_position pos = m->position;
	if (pos == GROWTH_POS_UNKNOWN)
		pos = m->age_days >= LYING_UNTIL_DAYS ? GROWTH_STANDING : GROWTH_LYING;
	return pos == GROWTH_STANDING ? m->length_cm + CORRECTION_CM : m->length_cm;
}

/* The weight-for-length/height z of a visit: whichever of the two is there. */
static const struct growth_z *wflh_z(const struct growth_z z[GROWTH_NIND])
{
	return z[GROWTH_WFL].status == GROWTH_Z_OK ? &z[GROWTH_WFL] : &z[GROWTH_WFH];
}

struct growth_flags growth_check(const struct growth_limits *lim,
				 const struct growth_z now[GROWTH_NIND],
				 const struct growth_z before[GROWTH_NIND],
				 const struct growth_meas *m_now,
				 const struct growth_meas *m_before,
				 const struct growth_meas *w_before)
{
	struct growth_flags f = {0, 0, 0, 0, 0, 0};
	for (int i = 0; i < GROWTH_NIND; i++) {
		if (now[i].status != GROWTH_Z_OK)
			continue;
		if (labs(hundredths(now[i].z)) > hundredths(lim->extreme_z))
			f.extreme |= 1u << i;
		if (!before)
			continue;
		const struct growth_z *prev = &before[i];
		if (i == GROWTH_WFL || i == GROWTH_WFH)
			prev = wflh_z(before);
		if (prev->status == GROWTH_Z_OK &&
		    labs(hundredths(now[i].z) - hundredths(prev->z)) > hundredths(lim->jump_z))
			f.jump |= 1u << i;
	}
	if (before && now[GROWTH_WFA].status == GROWTH_Z_OK &&
	    before[GROWTH_WFA].status == GROWTH_Z_OK && !(f.jump & (1u << GROWTH_WFA)) &&
	    hundredths(before[GROWTH_WFA].z) - hundredths(now[GROWTH_WFA].z) >
		    hundredths(lim->wfa_drop_z))
		f.wfa_drop = 1;
	if (m_now && m_now->position == GROWTH_STANDING && m_now->age_days >= 0 &&
	    m_now->age_days / DAYS_PER_MONTH < NO_POSITION_MONTHS && have(m_now->length_cm))
		f.position = 1;
	if (m_now && m_before && have(m_now->length_cm) && have(m_before->length_cm) &&
	    length_lying(m_before) - length_lying(m_now) > lim->shrink_cm + 1e-9)
		f.shrunk = 1;
	/* in tenths of a percent, so 10.0 % exactly is not "more than 10 %" */
	if (m_now && w_before && have(m_now->weight_kg) && have(w_before->weight_kg) &&
	    m_now->age_days >= 0 && m_now->age_days < lim->loss_max_age_days &&
	    lround((w_before->weight_kg - m_now->weight_kg) / w_before->weight_kg * 1000) >
		    lround(lim->loss_pct * 10))
		f.weight_loss = 1;
	return f;
}

const char *growth_status_text(enum growth_zstatus st)
{
	switch (st) {
	case GROWTH_Z_OK:
		return "";
	case GROWTH_Z_OUT_OF_RANGE:
		return _("buiten de tabel");
	default:
		return _("niet gemeten");
	}
}

const char *growth_indicator_name(enum growth_indicator ind)
{
	if ((unsigned)ind >= GROWTH_NIND)
		return "";
	return _(ind_specs[ind].name);
}
