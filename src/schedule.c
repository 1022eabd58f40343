/* schedule.c — see schedule.h.  Reading the four tab-separated data files
 * with line-numbered Dutch errors, and the ages they are written in.  The
 * due list itself is computed in schedule_due.c. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "schedule.h"

#define MAX_FIELDS 16

/* A data file being read, line by line. */
struct tsv {
	const char *path;         /* as shown in messages */
	FILE *f;                  /* the open file */
	char *buf;                /* the current line (getline's buffer) */
	size_t cap;               /* size of buf */
	int line;                 /* number of the current line, from 1 */
	char *field[MAX_FIELDS];  /* the fields of the current line, in buf */
	int nfields;              /* number of fields */
};

/* Fills `e` with "PATH regel N: " followed by the formatted sentence. */
__attribute__((format(printf, 3, 4)))
static enum gp_status bad_line(struct gp_err *e, const struct tsv *t, const char *fmt, ...)
{
	char why[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(why, sizeof why, fmt, ap);
	va_end(ap);
	return gp_fail(e, GP_ECORRUPT, _("%s regel %d: %s"), t->path, t->line, why);
}

static enum gp_status tsv_open(struct tsv *t, const char *path, struct gp_err *e)
{
	memset(t, 0, sizeof *t);
	t->path = path;
	t->f = fopen(path, "r");
	if (!t->f)
		return gp_fail(e, errno == ENOENT ? GP_ENOTFOUND : GP_EIO,
			       _("%s kan niet worden geopend (%s); controleer de installatie "
				 "of GROEIPAD_DATADIR."),
			       path, strerror(errno));
	return GP_OK;
}

static void tsv_close(struct tsv *t)
{
	if (t->f)
		fclose(t->f);
	free(t->buf);
	t->f = NULL;
	t->buf = NULL;
}

/* Reads the next line that is not empty and not a '#' comment, and splits it
 * on tabs.  Returns 1 for a line, 0 at the end, -1 on an error (e filled). */
static int tsv_next(struct tsv *t, struct gp_err *e)
{
	for (;;) {
		errno = 0;
		ssize_t len = getline(&t->buf, &t->cap, t->f);
		if (len < 0) {
			if (ferror(t->f)) {
				gp_fail(e, GP_EIO, _("%s kan niet worden gelezen (%s)."),
					t->path, strerror(errno ? errno : EIO));
				return -1;
			}
			return 0;
		}
		t->line++;
		char *s = t->buf;
		while (len > 0 && (s[len - 1] == '\n' || s[len - 1] == '\r'))
			s[--len] = '\0';
		if (t->line == 1 && strncmp(s, "\xEF\xBB\xBF", 3) == 0)
			s += 3; /* a byte-order mark from a Windows editor */
		if ((size_t)len != strlen(t->buf)) {
			bad_line(e, t, _("de regel bevat een nul-teken; sla het bestand op als "
					 "platte tekst (UTF-8)."));
			return -1;
		}
		const char *p = s;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == '#')
			continue;
		t->nfields = 0;
		for (;;) {
			if (t->nfields == MAX_FIELDS) {
				bad_line(e, t, _("te veel kolommen."));
				return -1;
			}
			t->field[t->nfields++] = s;
			char *tab = strchr(s, '\t');
			if (!tab)
				break;
			*tab = '\0';
			s = tab + 1;
		}
		return 1;
	}
}

/* Reads the header line and checks it names exactly the expected columns. */
static enum gp_status tsv_header(struct tsv *t, const char *const *cols, int ncols,
				 struct gp_err *e)
{
	char want[256] = "";
	for (int i = 0; i < ncols; i++) {
		strncat(want, i ? ", " : "", sizeof want - strlen(want) - 1);
		strncat(want, cols[i], sizeof want - strlen(want) - 1);
	}
	int r = tsv_next(t, e);
	if (r < 0)
		return e ? e->code : GP_EIO;
	if (r == 0)
		return gp_fail(e, GP_ECORRUPT,
			       _("%s: de kopregel ontbreekt; die moet de kolommen %s noemen, "
				 "gescheiden door tabs."),
			       t->path, want);
	int ok = t->nfields == ncols;
	for (int i = 0; ok && i < ncols; i++)
		ok = strcmp(t->field[i], cols[i]) == 0;
	if (!ok)
		return bad_line(e, t, _("de kopregel moet de kolommen %s noemen, in die volgorde "
					"en gescheiden door tabs."),
				want);
	return GP_OK;
}

/* Checks the current line has `n` fields, none of them empty. */
static enum gp_status tsv_fields(struct tsv *t, int n, const char *const *cols,
				 struct gp_err *e)
{
	if (t->nfields != n)
		return bad_line(e, t, _("er staan %d kolommen, er horen er %d te staan "
					"(gescheiden door precies één tab)."),
				t->nfields, n);
	for (int i = 0; i < n; i++)
		if (t->field[i][0] == '\0')
			return bad_line(e, t, _("de kolom ‘%s’ is leeg."), cols[i]);
	return GP_OK;
}

/* Copies a code (letters, digits, '.', '_', '-') into out[outsz]. */
static enum gp_status copy_code(struct tsv *t, const char *col, const char *s, char *out,
				size_t outsz, struct gp_err *e)
{
	size_t n = strlen(s);
	if (n >= outsz)
		return bad_line(e, t, _("de %s ‘%s’ is te lang (hoogstens %zu tekens)."), col, s,
				outsz - 1);
	for (const char *p = s; *p; p++) {
		char c = *p;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
			return bad_line(e, t, _("de %s ‘%s’ mag alleen letters, cijfers, "
						"‘.’, ‘_’ en ‘-’ bevatten."),
					col, s);
	}
	memcpy(out, s, n + 1);
	return GP_OK;
}

/* Copies a label into out[outsz]. */
static enum gp_status copy_text(struct tsv *t, const char *col, const char *s, char *out,
				size_t outsz, struct gp_err *e)
{
	size_t n = strlen(s);
	if (n >= outsz)
		return bad_line(e, t, _("de %s is te lang (hoogstens %zu bytes)."), col,
				outsz - 1);
	memcpy(out, s, n + 1);
	return GP_OK;
}

/* ---- ages ------------------------------------------------------------ */

/* Reads up to `max` digits; returns how many were read, -1 when too many. */
static int read_digits(const char **s, long *v, int max)
{
	int n = 0;
	*v = 0;
	while (**s >= '0' && **s <= '9') {
		if (n == max)
			return -1;
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

/* "@D-M": a day and month that exist in a leap year. */
static int parse_snap(const char *s, struct sched_age *a)
{
	long d, m;
	if (*s++ != '@' || read_digits(&s, &d, 2) <= 0 || *s++ != '-' ||
	    read_digits(&s, &m, 2) <= 0 || *s)
		return -1;
	if (m < 1 || m > 12 || d < 1 || d > date_days_in_month(2000, (int)m))
		return -1;
	a->snap_m = (int)m;
	a->snap_d = (int)d;
	return 0;
}

/* One term "12m", "2.5y", "3w": months and days to add. */
static int parse_term(const char **sp, long *months, long *days, const char **why)
{
	const char *s = *sp;
	long whole, frac = 0, den = 1;
	if (read_digits(&s, &whole, 4) <= 0) {
		*why = _("verwacht een getal (hoogstens 4 cijfers) gevolgd door d, w, m of y.");
		return -1;
	}
	if (*s == '.' || *s == ',') {
		s++;
		int k = read_digits(&s, &frac, 3);
		if (k <= 0) {
			*why = _("na de komma hoort een cijfer.");
			return -1;
		}
		while (k--)
			den *= 10;
	}
	char unit = *s;
	if (unit)
		s++;
	*months = *days = 0;
	switch (unit) {
	case 'd':
	case 'w':
		if (frac) {
			*why = _("dagen en weken moeten hele getallen zijn.");
			return -1;
		}
		*days = unit == 'w' ? whole * 7 : whole;
		break;
	case 'm':
		*months = whole;
		*days = (frac * 30 + den / 2) / den; /* 0.5m = 15 days */
		break;
	case 'y':
	case 'j':
		if (frac * 12 % den) {
			*why = _("een deel van een jaar moet hele maanden opleveren "
				 "(bijvoorbeeld 2.5y of 3.25y).");
			return -1;
		}
		*months = whole * 12 + frac * 12 / den;
		break;
	default:
		*why = _("na een getal hoort een eenheid: d (dagen), w (weken), m (maanden) of "
			 "y (jaren).");
		return -1;
	}
	*sp = s;
	return 0;
}

int schedule_parse_age(const char *text, struct sched_age *out, const char **why)
{
	const char *s = text;
	struct sched_age a = {0, 0, 0, 0};
	int terms = 0;

	if (strcmp(s, "0") == 0) {
		*out = a;
		return 0;
	}
	while (*s && *s != '@') {
		int sign = 1;
		if (*s == '+' || *s == '-') {
			if (terms == 0) {
				*why = _("een leeftijd begint met een getal.");
				return -1;
			}
			sign = *s == '-' ? -1 : 1;
			s++;
		}
		long months, days;
		if (parse_term(&s, &months, &days, why) < 0)
			return -1;
		a.months += (int)(sign * months);
		a.days += (int)(sign * days);
		terms++;
	}
	if (terms == 0) {
		*why = _("de leeftijd is leeg.");
		return -1;
	}
	if (*s == '@' && parse_snap(s, &a) < 0) {
		*why = _("na ‘@’ komt een dag en maand, zoals 1-1 (1 januari) of 31-10.");
		return -1;
	}
	if (a.months < 0 || a.months > 12 * 30 || a.days < -3660 || a.days > 3660) {
		*why = _("de leeftijd ligt niet tussen de geboorte en 30 jaar.");
		return -1;
	}
	*out = a;
	return 0;
}

struct gp_date schedule_age_date(struct gp_date birth, struct sched_age age)
{
	struct gp_date d = date_add_months(birth, age.months);
	d = date_from_days(date_to_days(d) + age.days);
	if (age.snap_m) {
		d.m = age.snap_m;
		d.d = age.snap_d;
		if (d.d > date_days_in_month(d.y, d.m)) /* 29-2 in a common year */
			d.d = date_days_in_month(d.y, d.m);
	}
	return d;
}

/* Parses the age in column `col` of the current line. */
static enum gp_status field_age(struct tsv *t, const char *col, const char *s,
				struct sched_age *out, struct gp_err *e)
{
	const char *why = NULL;
	if (schedule_parse_age(s, out, &why) < 0)
		return bad_line(e, t, _("de leeftijd ‘%s’ in kolom ‘%s’ is niet te lezen: %s "
					"Schrijf bijvoorbeeld 4d, 2w, 7.5m, 3y9m of 6y-1d."),
				s, col, why);
	return GP_OK;
}

/* An age, or '-' for none (*has = 0). */
static enum gp_status field_opt_age(struct tsv *t, const char *col, const char *s, int *has,
				    struct sched_age *out, struct gp_err *e)
{
	*has = strcmp(s, "-") != 0;
	if (!*has) {
		memset(out, 0, sizeof *out);
		return GP_OK;
	}
	return field_age(t, col, s, out, e);
}

/* A date before birth counts as the birth date (see schedule.h). */
static long window_day(struct gp_date birth, struct sched_age a)
{
	long b = date_to_days(birth), d = date_to_days(schedule_age_date(birth, a));
	return d < b ? b : d;
}

/* Checks earliest <= target <= latest (< until when given) for birth dates
 * that stress month ends and leap days, in every month. */
static enum gp_status check_window(struct tsv *t, struct sched_age lo, struct sched_age mid,
				   struct sched_age hi, const struct sched_age *until,
				   struct gp_err *e)
{
	static const int days[] = {1, 15, 28, 29, 30, 31};
	for (int y = 2003; y <= 2004; y++)
		for (int m = 1; m <= 12; m++)
			for (size_t k = 0; k < sizeof days / sizeof *days; k++) {
				if (days[k] > date_days_in_month(y, m))
					continue;
				struct gp_date b = {y, m, days[k]};
				long l = window_day(b, lo), md = window_day(b, mid);
				long h = window_day(b, hi);
				if (l > md || md > h)
					return bad_line(e, t, _("de leeftijden moeten oplopen: "
								"earliest ≤ target ≤ latest."));
				if (until && window_day(b, *until) <= h)
					return bad_line(e, t, _("de leeftijd in kolom ‘until’ moet na "
								"‘latest’ liggen."));
			}
	return GP_OK;
}

/* ---- growing arrays -------------------------------------------------- */

/* Makes room for element n (of `size` bytes) in arr, which holds *cap.
 * Returns the (possibly moved) array, or NULL with arr left as it was. */
static void *grow(void *arr, size_t n, size_t *cap, size_t size)
{
	if (n < *cap)
		return arr;
	size_t ncap = *cap ? *cap * 2 : 16;
	void *p = realloc(arr, ncap * size);
	if (p)
		*cap = ncap;
	return p;
}

static enum gp_status out_of_memory(struct gp_err *e)
{
	return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
}

/* ---- contactmomenten.tsv --------------------------------------------- */

/* BDS 494 codes a scheduled moment may have (22, on indication, and the
 * contacts with third parties are never scheduled). */
static int valid_kind(const char *k)
{
	static const char *const kinds[] = {"01", "20", "35", "37", "38", "39", "40", "41"};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (strcmp(k, kinds[i]) == 0)
			return 1;
	return 0;
}

static int parse_yes_no(const char *s)
{
	if (!strcmp(s, "yes") || !strcmp(s, "ja"))
		return 1;
	if (!strcmp(s, "no") || !strcmp(s, "nee"))
		return 0;
	return -1;
}

static enum gp_status moment_row(struct tsv *t, const char *const *cols,
				 const struct schedule *s, struct sched_moment *m,
				 struct gp_err *e)
{
	enum gp_status st;
	char **f = t->field;
	memset(m, 0, sizeof *m);
	if ((st = tsv_fields(t, 8, cols, e)) ||
	    (st = copy_code(t, _("code"), f[0], m->code, sizeof m->code, e)) ||
	    (st = copy_text(t, _("omschrijving"), f[1], m->label, sizeof m->label, e)))
		return st;
	for (size_t i = 0; i < s->nmoments; i++)
		if (strcmp(s->moments[i].code, m->code) == 0)
			return bad_line(e, t, _("de code ‘%s’ staat er al eerder in."), m->code);
	if (!valid_kind(f[2]))
		return bad_line(e, t, _("‘%s’ is geen soort activiteit (BDS 494) voor een gepland "
					"contact; gebruik 01, 20, 35, 37, 38, 39, 40 of 41."),
				f[2]);
	memcpy(m->kind, f[2], 3);
	if ((st = field_age(t, cols[3], f[3], &m->earliest, e)) ||
	    (st = field_age(t, cols[4], f[4], &m->target, e)) ||
	    (st = field_age(t, cols[5], f[5], &m->latest, e)) ||
	    (st = field_opt_age(t, cols[6], f[6], &m->has_until, &m->until, e)) ||
	    (st = check_window(t, m->earliest, m->target, m->latest,
			       m->has_until ? &m->until : NULL, e)))
		return st;
	m->corrected = parse_yes_no(f[7]);
	if (m->corrected < 0)
		return bad_line(e, t, _("de kolom ‘corrected’ moet yes, no, ja of nee zijn, niet "
					"‘%s’."),
				f[7]);
	return GP_OK;
}

static enum gp_status load_moments(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"code",   "label",  "kind",  "earliest",
					   "target", "latest", "until", "corrected"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 8, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		struct sched_moment m;
		if (r < 0)
			st = e ? e->code : GP_EIO;
		else if (!(st = moment_row(&t, cols, s, &m, e))) {
			void *p = grow(s->moments, s->nmoments, &cap, sizeof m);
			if (!p) {
				st = out_of_memory(e);
			} else {
				s->moments = p;
				s->moments[s->nmoments++] = m;
			}
		}
	}
	tsv_close(&t);
	return st;
}

/* ---- versions.tsv ---------------------------------------------------- */

static enum gp_status field_date(struct tsv *t, const char *col, const char *s, int *has,
				 struct gp_date *out, struct gp_err *e)
{
	*has = strcmp(s, "-") != 0;
	if (*has && date_parse_iso(s, out) < 0)
		return bad_line(e, t, _("‘%s’ in kolom ‘%s’ is geen datum; schrijf JJJJ-MM-DD of "
					"‘-’."),
				s, col);
	return GP_OK;
}

static enum gp_status version_row(struct tsv *t, const char *const *cols,
				  const struct schedule *s, struct sched_version *v,
				  struct gp_err *e)
{
	enum gp_status st;
	char **f = t->field;
	memset(v, 0, sizeof *v);
	if ((st = tsv_fields(t, 5, cols, e)) ||
	    (st = copy_code(t, _("versie"), f[0], v->name, sizeof v->name, e)) ||
	    (st = field_date(t, cols[1], f[1], &v->has_from, &v->born_from, e)) ||
	    (st = field_date(t, cols[2], f[2], &v->has_until, &v->born_until, e)) ||
	    (strcmp(f[3], "-") != 0 &&
	     (st = copy_code(t, _("variant"), f[3], v->default_variant,
			     sizeof v->default_variant, e))) ||
	    (st = copy_text(t, _("omschrijving"), f[4], v->label, sizeof v->label, e)))
		return st;
	if (v->has_from && v->has_until && date_cmp(v->born_from, v->born_until) > 0)
		return bad_line(e, t, _("born_from ligt na born_until."));
	if (s->nversions > 0) {
		const struct sched_version *prev = &s->versions[s->nversions - 1];
		if (!prev->has_until || !v->has_from ||
		    date_cmp(prev->born_until, v->born_from) >= 0)
			return bad_line(e, t, _("versie ‘%s’ moet beginnen na het einde van de "
						"versie ervoor (‘%s’): zet de versies van het "
						"oudste naar het jongste cohort, zonder overlap."),
					v->name, prev->name);
	}
	for (size_t i = 0; i < s->nversions; i++)
		if (strcmp(s->versions[i].name, v->name) == 0)
			return bad_line(e, t, _("de versie ‘%s’ staat er al eerder in."), v->name);
	return GP_OK;
}

static enum gp_status load_versions(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"version", "born_from", "born_until",
					   "default_variant", "label"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 5, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		struct sched_version v;
		if (r < 0)
			st = e ? e->code : GP_EIO;
		else if (!(st = version_row(&t, cols, s, &v, e))) {
			void *p = grow(s->versions, s->nversions, &cap, sizeof v);
			if (!p) {
				st = out_of_memory(e);
			} else {
				s->versions = p;
				s->versions[s->nversions++] = v;
			}
		}
	}
	if (!st && s->nversions == 0)
		st = gp_fail(e, GP_ECORRUPT, _("%s: er staat geen enkele versie in."), path);
	tsv_close(&t);
	return st;
}

/* ---- inhalen.tsv ----------------------------------------------------- */

const struct sched_vaccine *schedule_vaccine(const struct schedule *s, const char *code)
{
	for (size_t i = 0; s && code && i < s->nvaccines; i++)
		if (strcmp(s->vaccines[i].code, code) == 0)
			return &s->vaccines[i];
	return NULL;
}

/* "DKTP,DKTP-Hib-HepB" or "-". */
static enum gp_status field_accepts(struct tsv *t, char *s, struct sched_vaccine *v,
				    struct gp_err *e)
{
	if (strcmp(s, "-") == 0)
		return GP_OK;
	char *save = NULL;
	for (char *p = strtok_r(s, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		if (v->naccepts == SCHED_MAX_ACCEPTS)
			return bad_line(e, t, _("hoogstens %d vaccins in kolom ‘accepts’."),
					SCHED_MAX_ACCEPTS);
		enum gp_status st = copy_code(t, _("vaccincode"), p, v->accepts[v->naccepts],
					      sizeof v->accepts[0], e);
		if (st)
			return st;
		if (strcmp(p, v->code) == 0)
			return bad_line(e, t, _("een vaccin telt vanzelf voor zichzelf; noem het "
						"niet in ‘accepts’."));
		v->naccepts++;
	}
	return GP_OK;
}

static enum gp_status vaccine_row(struct tsv *t, const char *const *cols,
				  const struct schedule *s, struct sched_vaccine *v,
				  struct gp_err *e)
{
	enum gp_status st;
	char **f = t->field;
	memset(v, 0, sizeof *v);
	if ((st = tsv_fields(t, 7, cols, e)) ||
	    (st = copy_code(t, _("vaccincode"), f[0], v->code, sizeof v->code, e)) ||
	    (st = field_age(t, cols[1], f[1], &v->min_age, e)) ||
	    (st = field_age(t, cols[2], f[2], &v->late, e)) ||
	    (st = field_age(t, cols[3], f[3], &v->until, e)) ||
	    (st = field_opt_age(t, cols[4], f[4], &v->has_late_start, &v->late_start, e)) ||
	    (st = field_accepts(t, f[6], v, e)))
		return st;
	if (schedule_vaccine(s, v->code))
		return bad_line(e, t, _("het vaccin ‘%s’ staat er al eerder in."), v->code);
	if (v->has_late_start != (strcmp(f[5], "-") != 0))
		return bad_line(e, t, _("late_start en late_doses horen samen: allebei een "
					"waarde of allebei ‘-’."));
	if (v->has_late_start) {
		char *end;
		errno = 0;
		long n = strtol(f[5], &end, 10);
		if (*end || errno || n < 1 || n > 20)
			return bad_line(e, t, _("late_doses ‘%s’ moet een getal van 1 tot 20 zijn."),
					f[5]);
		v->late_doses = (int)n;
	}
	if (v->until.snap_m || v->min_age.snap_m || v->late.snap_m)
		return bad_line(e, t, _("de leeftijden in dit bestand kunnen niet op een datum "
					"(@) uitkomen."));
	return GP_OK;
}

static enum gp_status load_vaccines(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"vaccine",	 "min_age",    "late",	 "until",
					   "late_start", "late_doses", "accepts"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 7, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		struct sched_vaccine v;
		if (r < 0)
			st = e ? e->code : GP_EIO;
		else if (!(st = vaccine_row(&t, cols, s, &v, e))) {
			void *p = grow(s->vaccines, s->nvaccines, &cap, sizeof v);
			if (!p) {
				st = out_of_memory(e);
			} else {
				s->vaccines = p;
				s->vaccines[s->nvaccines++] = v;
			}
		}
	}
	for (size_t i = 0; !st && i < s->nvaccines; i++)
		for (int k = 0; !st && k < s->vaccines[i].naccepts; k++)
			if (!schedule_vaccine(s, s->vaccines[i].accepts[k]))
				st = gp_fail(e, GP_ECORRUPT,
					     _("%s: ‘%s’ in kolom accepts van %s heeft zelf geen "
					       "regel in dit bestand."),
					     path, s->vaccines[i].accepts[k], s->vaccines[i].code);
	tsv_close(&t);
	return st;
}

/* ---- rvp.tsv --------------------------------------------------------- */

static long find_version(const struct schedule *s, const char *name, size_t len)
{
	for (size_t i = 0; i < s->nversions; i++)
		if (strlen(s->versions[i].name) == len && strncmp(s->versions[i].name, name, len) == 0)
			return (long)i;
	return -1;
}

/* "A", "A..B", "A..", "..B" or "*": the first and last index into
 * s->versions. */
static enum gp_status field_versions(struct tsv *t, const struct schedule *s, const char *f,
				     size_t *first, size_t *last, struct gp_err *e)
{
	*first = 0;
	*last = s->nversions - 1;
	if (strcmp(f, "*") == 0)
		return GP_OK;
	const char *dots = strstr(f, "..");
	const char *a = f, *b = dots ? dots + 2 : f;
	size_t alen = dots ? (size_t)(dots - f) : strlen(f), blen = strlen(b);
	long ia = alen ? find_version(s, a, alen) : 0;
	long ib = blen ? find_version(s, b, blen) : (long)s->nversions - 1;
	if (ia < 0 || ib < 0 || (!alen && !blen))
		return bad_line(e, t, _("‘%s’ noemt geen versie (of reeks ‘A..B’) uit "
					"versions.tsv."),
				f);
	if (ia > ib)
		return bad_line(e, t, _("in de reeks ‘%s’ staat de latere versie voorop."), f);
	*first = (size_t)ia;
	*last = (size_t)ib;
	return GP_OK;
}

/* "born=4-9". */
static int parse_months(const char *s, int *from, int *to)
{
	char *end;
	long a = strtol(s, &end, 10);
	if (end == s || *end != '-')
		return -1;
	const char *p = end + 1;
	long b = strtol(p, &end, 10);
	if (end == p || *end || a < 1 || a > 12 || b < 1 || b > 12)
		return -1;
	*from = (int)a;
	*to = (int)b;
	return 0;
}

/* The `when` column: "*" or conditions separated by ','. */
static enum gp_status field_when(struct tsv *t, char *f, struct sched_dose *d,
				 struct gp_err *e)
{
	strcpy(d->variant, "*");
	if (strcmp(f, "*") == 0)
		return GP_OK;
	char *save = NULL;
	for (char *p = strtok_r(f, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		if (strncmp(p, "sex=", 4) == 0) {
			if (strcmp(p + 4, "1") != 0 && strcmp(p + 4, "2") != 0)
				return bad_line(e, t, _("‘%s’: sex= moet 1 (jongens) of 2 (meisjes) "
							"zijn."),
						p);
			d->sex = p[4] - '0';
		} else if (strncmp(p, "born=", 5) == 0) {
			if (parse_months(p + 5, &d->born_from_month, &d->born_to_month) < 0)
				return bad_line(e, t, _("‘%s’: born= verwacht twee maanden, zoals "
							"born=4-9 of born=10-3."),
						p);
		} else if (strchr(p, '=') || strcmp(d->variant, "*") != 0) {
			return bad_line(e, t, _("‘%s’ is geen voorwaarde: gebruik een variant, sex=1, "
						"sex=2 of born=M-M."),
					p);
		} else {
			enum gp_status st = copy_code(t, _("variant"), p, d->variant,
						      sizeof d->variant, e);
			if (st)
				return st;
		}
	}
	return GP_OK;
}

static int same_conditions(const struct sched_dose *a, const struct sched_dose *b)
{
	return strcmp(a->variant, b->variant) == 0 && a->sex == b->sex &&
	       a->born_from_month == b->born_from_month && a->born_to_month == b->born_to_month;
}

/* Reads one row into *d (version not set yet) and the range of versions. */
static enum gp_status dose_row(struct tsv *t, const char *const *cols,
			       const struct schedule *s, struct sched_dose *d, size_t *first,
			       size_t *last, struct gp_err *e)
{
	enum gp_status st;
	char **f = t->field;
	memset(d, 0, sizeof *d);
	if ((st = tsv_fields(t, 10, cols, e)) ||
	    (st = field_versions(t, s, f[0], first, last, e)) ||
	    (st = field_when(t, f[1], d, e)) ||
	    (st = copy_code(t, _("vaccincode"), f[2], d->vaccine, sizeof d->vaccine, e)))
		return st;
	d->rules = schedule_vaccine(s, d->vaccine);
	if (!d->rules)
		return bad_line(e, t, _("het vaccin ‘%s’ heeft geen regel in inhalen.tsv."),
				d->vaccine);
	char *end;
	errno = 0;
	long n = strtol(f[3], &end, 10);
	if (*end || errno || n < 1 || n > 20)
		return bad_line(e, t, _("het dosisnummer ‘%s’ moet een getal van 1 tot 20 zijn."),
				f[3]);
	d->dose = (int)n;
	if ((st = field_age(t, cols[4], f[4], &d->earliest, e)) ||
	    (st = field_age(t, cols[5], f[5], &d->target, e)) ||
	    (st = field_age(t, cols[6], f[6], &d->latest, e)) ||
	    (st = field_opt_age(t, cols[7], f[7], &d->has_interval, &d->interval, e)) ||
	    (st = field_opt_age(t, cols[8], f[8], &d->has_valid_from, &d->valid_from, e)) ||
	    (st = field_opt_age(t, cols[9], f[9], &d->has_until, &d->until, e)) ||
	    (st = check_window(t, d->earliest, d->target, d->latest,
			       d->has_until ? &d->until : NULL, e)))
		return st;
	if (d->has_interval && d->interval.snap_m)
		return bad_line(e, t, _("een interval kan niet op een datum (@) uitkomen."));
	if (d->has_interval && d->dose == 1)
		return bad_line(e, t, _("dosis 1 heeft geen vorige dosis; zet ‘-’ bij interval."));
	return GP_OK;
}

/* Adds row d once for every version first..last. */
static enum gp_status add_dose_rows(struct tsv *t, struct schedule *s, struct sched_dose *d,
				   size_t first, size_t last, size_t *cap, struct gp_err *e)
{
	for (size_t v = first; v <= last; v++) {
		d->version = &s->versions[v];
		for (size_t i = 0; i < s->ndoses; i++) {
			const struct sched_dose *o = &s->doses[i];
			if (o->version == d->version && o->dose == d->dose &&
			    strcmp(o->vaccine, d->vaccine) == 0 && same_conditions(o, d))
				return bad_line(e, t, _("dosis %d van %s staat er voor versie ‘%s’ al "
							"eerder in."),
						d->dose, d->vaccine, d->version->name);
		}
		void *p = grow(s->doses, s->ndoses, cap, sizeof *d);
		if (!p)
			return out_of_memory(e);
		s->doses = p;
		s->doses[s->ndoses++] = *d;
	}
	return GP_OK;
}

static enum gp_status load_doses(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"version", "when",	  "vaccine",  "dose",
					   "earliest", "target",   "latest",   "interval",
					   "valid_from", "until"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 10, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		struct sched_dose d;
		size_t first, last;
		if (r < 0)
			st = e ? e->code : GP_EIO;
		else if (!(st = dose_row(&t, cols, s, &d, &first, &last, e)))
			st = add_dose_rows(&t, s, &d, first, last, &cap, e);
	}
	tsv_close(&t);
	return st;
}

/* ---- loading --------------------------------------------------------- */

/* A version whose doses depend on the variant must name a default variant
 * that has rows, or a child without a recorded variant would get no
 * primary series at all. */
static enum gp_status check_default_variants(const char *datadir, const struct schedule *s,
					     struct gp_err *e)
{
	for (size_t i = 0; i < s->nversions; i++) {
		const struct sched_version *v = &s->versions[i];
		int has_variants = 0, has_default = 0;
		for (size_t j = 0; j < s->ndoses; j++) {
			const struct sched_dose *d = &s->doses[j];
			if (d->version != v || strcmp(d->variant, "*") == 0)
				continue;
			has_variants = 1;
			if (strcmp(d->variant, v->default_variant) == 0)
				has_default = 1;
		}
		if (has_variants && !has_default)
			return gp_fail(e, GP_ECORRUPT,
				       _("%s/rvp/versions.tsv: versie ‘%s’ heeft varianten in rvp.tsv, "
					 "maar de standaardvariant ‘%s’ komt daar niet voor."),
				       datadir, v->name, v->default_variant[0] ? v->default_variant : "-");
	}
	return GP_OK;
}

/* Each version's doses in one run of by_version, so that a child's due
 * list reads only the rows of its own version. */
static enum gp_status index_by_version(struct schedule *s, struct gp_err *e)
{
	s->by_version = calloc(s->ndoses ? s->ndoses : 1, sizeof(const struct sched_dose *));
	if (!s->by_version)
		return out_of_memory(e);
	size_t k = 0;
	for (size_t v = 0; v < s->nversions; v++) {
		struct sched_version *ver = &s->versions[v];
		ver->first = k;
		for (size_t i = 0; i < s->ndoses; i++)
			if (s->doses[i].version == ver)
				s->by_version[k++] = &s->doses[i];
		ver->count = k - ver->first;
	}
	return GP_OK;
}

enum gp_status schedule_load(const char *datadir, struct schedule **out, struct gp_err *e)
{
	static const char *const files[] = {"schedule/contactmomenten.tsv", "rvp/versions.tsv",
					    "rvp/inhalen.tsv", "rvp/rvp.tsv"};
	static enum gp_status (*const loaders[])(const char *, struct schedule *,
						 struct gp_err *) = {
		load_moments, load_versions, load_vaccines, load_doses};
	*out = NULL;
	struct schedule *s = calloc(1, sizeof *s);
	if (!s)
		return out_of_memory(e);
	enum gp_status st = GP_OK;
	for (size_t i = 0; !st && i < sizeof files / sizeof *files; i++) {
		char path[4096];
		int n = snprintf(path, sizeof path, "%s/%s", datadir, files[i]);
		if (n < 0 || (size_t)n >= sizeof path)
			st = gp_fail(e, GP_EINPUT, _("De map met gegevens heeft een te lange naam."));
		else
			st = loaders[i](path, s, e);
	}
	if (!st)
		st = check_default_variants(datadir, s, e);
	if (!st)
		st = index_by_version(s, e);
	if (st) {
		schedule_free(s);
		return st;
	}
	*out = s;
	return GP_OK;
}

void schedule_free(struct schedule *s)
{
	if (!s)
		return;
	free(s->moments);
	free(s->versions);
	free(s->vaccines);
	free(s->doses);
	free(s->by_version);
	free(s);
}

const struct sched_version *schedule_version_for(const struct schedule *s,
						 struct gp_date birth)
{
	for (size_t i = 0; i < s->nversions; i++) {
		const struct sched_version *v = &s->versions[i];
		if (v->has_from && date_cmp(birth, v->born_from) < 0)
			continue;
		if (v->has_until && date_cmp(birth, v->born_until) > 0)
			continue;
		return v;
	}
	return NULL;
}
