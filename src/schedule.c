/* schedule.c — see schedule.h.  Reading the three tab-separated data files
 * (with line-numbered Dutch errors) and computing a child's due list. */
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

/* Reads up to `max` digits; returns how many were read. */
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

int schedule_parse_age(const char *text, struct sched_age *out, const char **why)
{
	const char *s = text;
	struct sched_age a = {0, 0, SCHED_SNAP_NONE};
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
		long whole, frac = 0, den = 1;
		if (read_digits(&s, &whole, 4) <= 0) {
			*why = _("verwacht een getal (hoogstens 4 cijfers) gevolgd door d, w, m "
				 "of y.");
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
		long months = 0, days = 0;
		switch (unit) {
		case 'd':
		case 'w':
			if (frac) {
				*why = _("dagen en weken moeten hele getallen zijn.");
				return -1;
			}
			days = unit == 'w' ? whole * 7 : whole;
			break;
		case 'm':
			months = whole;
			days = (frac * 30 + den / 2) / den; /* 0.5m = 15 days */
			break;
		case 'y':
		case 'j':
			if (frac * 12 % den) {
				*why = _("een deel van een jaar moet hele maanden opleveren "
					 "(bijvoorbeeld 2.5y of 3.25y).");
				return -1;
			}
			months = whole * 12 + frac * 12 / den;
			break;
		default:
			*why = _("na een getal hoort een eenheid: d (dagen), w (weken), "
				 "m (maanden) of y (jaren).");
			return -1;
		}
		a.months += (int)(sign * months);
		a.days += (int)(sign * days);
		terms++;
	}
	if (terms == 0) {
		*why = _("de leeftijd is leeg.");
		return -1;
	}
	if (*s == '@') {
		if (strcmp(s, "@1-1") == 0) {
			a.snap = SCHED_SNAP_YEAR_START;
		} else if (strcmp(s, "@31-12") == 0) {
			a.snap = SCHED_SNAP_YEAR_END;
		} else {
			*why = _("na ‘@’ komt alleen 1-1 (1 januari) of 31-12 (31 december).");
			return -1;
		}
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
	if (age.snap == SCHED_SNAP_YEAR_START) {
		d.m = 1;
		d.d = 1;
	} else if (age.snap == SCHED_SNAP_YEAR_END) {
		d.m = 12;
		d.d = 31;
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

/* Checks earliest <= target <= latest and that none lies before birth, for
 * birth dates that stress month ends and leap days. */
static enum gp_status check_window(struct tsv *t, struct sched_age lo, struct sched_age mid,
				   struct sched_age hi, struct gp_err *e)
{
	static const struct gp_date births[] = {
		{2000, 2, 29}, {2001, 1, 31}, {2003, 7, 15}, {2004, 12, 31}, {2023, 3, 31},
	};
	for (size_t i = 0; i < sizeof births / sizeof *births; i++) {
		long b = date_to_days(births[i]);
		long l = date_to_days(schedule_age_date(births[i], lo));
		long m = date_to_days(schedule_age_date(births[i], mid));
		long h = date_to_days(schedule_age_date(births[i], hi));
		if (l < b)
			return bad_line(e, t, _("de vroegste leeftijd ligt vóór de geboorte."));
		if (l > m || m > h)
			return bad_line(e, t, _("de leeftijden moeten oplopen: earliest ≤ target ≤ "
						"latest."));
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

/* BDS 494 codes a scheduled moment may have (22, on indication, is never
 * scheduled). */
static int valid_kind(const char *k)
{
	static const char *const kinds[] = {"01", "35", "37", "38", "39", "40", "41"};
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
	if ((st = tsv_fields(t, 7, cols, e)) ||
	    (st = copy_code(t, _("code"), f[0], m->code, sizeof m->code, e)) ||
	    (st = copy_text(t, _("omschrijving"), f[1], m->label, sizeof m->label, e)))
		return st;
	for (size_t i = 0; i < s->nmoments; i++)
		if (strcmp(s->moments[i].code, m->code) == 0)
			return bad_line(e, t, _("de code ‘%s’ staat er al eerder in."), m->code);
	if (!valid_kind(f[2]))
		return bad_line(e, t, _("‘%s’ is geen soort activiteit (BDS 494) voor een gepland "
					"contact; gebruik 01, 35, 37, 38, 39, 40 of 41."),
				f[2]);
	memcpy(m->kind, f[2], 3);
	if ((st = field_age(t, cols[3], f[3], &m->earliest, e)) ||
	    (st = field_age(t, cols[4], f[4], &m->target, e)) ||
	    (st = field_age(t, cols[5], f[5], &m->latest, e)) ||
	    (st = check_window(t, m->earliest, m->target, m->latest, e)))
		return st;
	m->corrected = parse_yes_no(f[6]);
	if (m->corrected < 0)
		return bad_line(e, t, _("de kolom ‘corrected’ moet yes, no, ja of nee zijn, niet "
					"‘%s’."),
				f[6]);
	return GP_OK;
}

static enum gp_status load_moments(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"code",   "label",  "kind",     "earliest",
					   "target", "latest", "corrected"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 7, e);
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

/* 1 when the birth-date ranges of two versions share a day. */
static int ranges_overlap(const struct sched_version *a, const struct sched_version *b)
{
	int a_before_b = a->has_until && b->has_from && date_cmp(a->born_until, b->born_from) < 0;
	int b_before_a = b->has_until && a->has_from && date_cmp(b->born_until, a->born_from) < 0;
	return !a_before_b && !b_before_a;
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
	    (st = copy_code(t, _("variant"), f[3], v->default_variant,
			    sizeof v->default_variant, e)) ||
	    (st = copy_text(t, _("omschrijving"), f[4], v->label, sizeof v->label, e)))
		return st;
	if (v->has_from && v->has_until && date_cmp(v->born_from, v->born_until) > 0)
		return bad_line(e, t, _("born_from ligt na born_until."));
	for (size_t i = 0; i < s->nversions; i++) {
		if (strcmp(s->versions[i].name, v->name) == 0)
			return bad_line(e, t, _("de versie ‘%s’ staat er al eerder in."), v->name);
		if (ranges_overlap(&s->versions[i], v))
			return bad_line(e, t, _("de geboortedata van versie ‘%s’ overlappen met die "
						"van versie ‘%s’; elke geboortedatum hoort bij "
						"hoogstens één versie."),
					v->name, s->versions[i].name);
	}
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

/* ---- rvp.tsv --------------------------------------------------------- */

static const struct sched_version *find_version(const struct schedule *s, const char *name)
{
	for (size_t i = 0; i < s->nversions; i++)
		if (strcmp(s->versions[i].name, name) == 0)
			return &s->versions[i];
	return NULL;
}

static enum gp_status dose_row(struct tsv *t, const char *const *cols,
			       const struct schedule *s, struct sched_dose *d,
			       struct gp_err *e)
{
	enum gp_status st;
	char **f = t->field;
	memset(d, 0, sizeof *d);
	if ((st = tsv_fields(t, 8, cols, e)))
		return st;
	d->version = find_version(s, f[0]);
	if (!d->version)
		return bad_line(e, t, _("de versie ‘%s’ staat niet in versions.tsv."), f[0]);
	if (strcmp(f[1], "*") == 0)
		strcpy(d->variant, "*");
	else if ((st = copy_code(t, _("variant"), f[1], d->variant, sizeof d->variant, e)))
		return st;
	if ((st = copy_code(t, _("vaccincode"), f[2], d->vaccine, sizeof d->vaccine, e)))
		return st;
	char *end;
	errno = 0;
	long n = strtol(f[3], &end, 10);
	if (*end || errno || n < 1 || n > 20)
		return bad_line(e, t, _("het dosisnummer ‘%s’ moet een getal van 1 tot 20 zijn."),
				f[3]);
	d->dose = (int)n;
	for (size_t i = 0; i < s->ndoses; i++) {
		const struct sched_dose *o = &s->doses[i];
		if (o->version == d->version && o->dose == d->dose &&
		    strcmp(o->vaccine, d->vaccine) == 0 && strcmp(o->variant, d->variant) == 0)
			return bad_line(e, t, _("dosis %d van %s staat er voor versie ‘%s’ al "
						"eerder in."),
					d->dose, d->vaccine, d->version->name);
	}
	if ((st = field_age(t, cols[4], f[4], &d->earliest, e)) ||
	    (st = field_age(t, cols[5], f[5], &d->target, e)) ||
	    (st = field_age(t, cols[6], f[6], &d->latest, e)) ||
	    (st = check_window(t, d->earliest, d->target, d->latest, e)))
		return st;
	d->has_interval = strcmp(f[7], "-") != 0;
	if (d->has_interval) {
		if ((st = field_age(t, cols[7], f[7], &d->interval, e)))
			return st;
		if (d->interval.snap != SCHED_SNAP_NONE)
			return bad_line(e, t, _("een interval kan niet op een datum (@) "
						"uitkomen."));
		if (d->dose == 1)
			return bad_line(e, t, _("dosis 1 heeft geen vorige dosis; zet ‘-’ bij "
						"interval."));
	}
	return GP_OK;
}

static enum gp_status load_doses(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"version", "variant", "vaccine", "dose",
					   "earliest", "target", "latest", "interval"};
	struct tsv t;
	size_t cap = 0;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 8, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		struct sched_dose d;
		if (r < 0)
			st = e ? e->code : GP_EIO;
		else if (!(st = dose_row(&t, cols, s, &d, e))) {
			void *p = grow(s->doses, s->ndoses, &cap, sizeof d);
			if (!p) {
				st = out_of_memory(e);
			} else {
				s->doses = p;
				s->doses[s->ndoses++] = d;
			}
		}
	}
	tsv_close(&t);
	return st;
}

/* data/rvp/inhalen.tsv (optional): up to which age a missed dose of a
 * vaccine is still caught up.  Vaccines not listed are caught up at any
 * age of youth health care. */
static enum gp_status load_catch_up(const char *path, struct schedule *s, struct gp_err *e)
{
	static const char *const cols[] = {"vaccine", "until"};
	if (access(path, F_OK) != 0)
		return GP_OK;
	struct tsv t;
	enum gp_status st = tsv_open(&t, path, e);
	if (st)
		return st;
	st = tsv_header(&t, cols, 2, e);
	int r;
	while (!st && (r = tsv_next(&t, e)) != 0) {
		char vaccine[24];
		struct sched_age until;
		if (r < 0) {
			st = e ? e->code : GP_EIO;
			break;
		}
		if ((st = tsv_fields(&t, 2, cols, e)) ||
		    (st = copy_code(&t, _("vaccincode"), t.field[0], vaccine, sizeof vaccine, e)) ||
		    (st = field_age(&t, cols[1], t.field[1], &until, e)))
			break;
		int known = 0;
		for (size_t i = 0; i < s->ndoses; i++) {
			if (strcmp(s->doses[i].vaccine, vaccine) != 0)
				continue;
			s->doses[i].has_catch_up = 1;
			s->doses[i].catch_up = until;
			known = 1;
		}
		if (!known)
			st = bad_line(e, &t, _("het vaccin ‘%s’ staat niet in rvp.tsv."), vaccine);
	}
	tsv_close(&t);
	return st;
}

/* ---- loading --------------------------------------------------------- */

/* The variant name as stored in a dose row of version v (not "*"), or NULL
 * when v has no row for `variant`. */
static const char *find_variant(const struct schedule *s, const struct sched_version *v,
				const char *variant)
{
	for (size_t i = 0; variant && i < s->ndoses; i++)
		if (s->doses[i].version == v && strcmp(s->doses[i].variant, "*") != 0 &&
		    strcmp(s->doses[i].variant, variant) == 0)
			return s->doses[i].variant;
	return NULL;
}

/* A version whose doses depend on the variant must have rows for its
 * default variant, or a child without a recorded variant would get no
 * primary series at all. */
static enum gp_status check_default_variants(const char *datadir, const struct schedule *s,
					     struct gp_err *e)
{
	for (size_t i = 0; i < s->nversions; i++) {
		const struct sched_version *v = &s->versions[i];
		int has_variants = 0;
		for (size_t j = 0; j < s->ndoses; j++)
			if (s->doses[j].version == v && strcmp(s->doses[j].variant, "*") != 0)
				has_variants = 1;
		if (has_variants && !find_variant(s, v, v->default_variant))
			return gp_fail(e, GP_ECORRUPT,
				       _("%s/rvp/versions.tsv: de standaardvariant ‘%s’ van versie "
					 "‘%s’ komt in rvp.tsv niet voor."),
				       datadir, v->default_variant, v->name);
	}
	return GP_OK;
}

enum gp_status schedule_load(const char *datadir, struct schedule **out, struct gp_err *e)
{
	static const char *const files[] = {"schedule/contactmomenten.tsv", "rvp/versions.tsv",
					    "rvp/rvp.tsv", "rvp/inhalen.tsv"};
	static enum gp_status (*const loaders[])(const char *, struct schedule *,
						 struct gp_err *) = {
		load_moments, load_versions, load_doses, load_catch_up};
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
	free(s->doses);
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

/* ---- the due list ---------------------------------------------------- */

/* Fills the window of `d` from the three ages, counted from `base`. */
static void set_window(struct sched_due *d, struct gp_date base, struct sched_age lo,
		       struct sched_age mid, struct sched_age hi)
{
	d->earliest = schedule_age_date(base, lo);
	d->target = schedule_age_date(base, mid);
	d->latest = schedule_age_date(base, hi);
}

/* The state of an entry that is neither done nor refused. */
static void set_open_state(struct sched_due *d, const struct sched_child *c, struct gp_date on)
{
	long today = date_to_days(on);
	long latest = date_to_days(d->latest);
	d->days_overdue = 0;
	if (c->in_care.y != 0 && latest < date_to_days(c->in_care))
		d->state = SCHED_BEFORE_CARE;
	else if (today < date_to_days(d->earliest))
		d->state = SCHED_NOT_YET;
	else if (today <= latest)
		d->state = SCHED_DUE;
	else {
		d->state = SCHED_OVERDUE;
		d->days_overdue = today - latest;
	}
}

/* -1, 0 or 1: `when` before, within or after the window of `d`. */
static int timing_of(const struct sched_due *d, struct gp_date when)
{
	if (date_cmp(when, d->earliest) < 0)
		return -1;
	return date_cmp(when, d->latest) > 0 ? 1 : 0;
}

static void copy_small(char *out, size_t outsz, const char *s)
{
	snprintf(out, outsz, "%s", s ? s : "");
}

static void moment_state(struct sched_due *d, const struct sched_child *c, struct gp_date on)
{
	const struct sched_moment *m = d->moment;
	struct gp_date base = c->birth;
	if (m->corrected && c->gestational_days > 0 && c->gestational_days < 259) {
		base = date_from_days(date_to_days(base) + 280 - c->gestational_days);
		d->shifted = 1;
	}
	set_window(d, base, m->earliest, m->target, m->latest);

	int done = 0;
	for (size_t i = 0; i < c->ncontacts; i++) {
		const struct sched_contact *k = &c->contacts[i];
		if (!k->moment || strcmp(k->moment, m->code) != 0 || date_cmp(k->date, on) > 0)
			continue;
		if (k->status && strcmp(k->status, "01") == 0) {
			if (!done || date_cmp(k->date, d->done_on) < 0)
				d->done_on = k->date;
			done = 1;
		} else if (!d->last_status[0] || date_cmp(k->date, d->last_on) >= 0) {
			copy_small(d->last_status, sizeof d->last_status, k->status);
			if (!d->last_status[0]) /* a record without status still counts */
				copy_small(d->last_status, sizeof d->last_status, "?");
			d->last_on = k->date;
		}
	}
	if (done) {
		d->state = SCHED_DONE;
		d->timing = timing_of(d, d->done_on);
	} else {
		set_open_state(d, c, on);
	}
}

/* 1 when a record counts as the dose having been given. */
static int counts_as_given(const struct sched_vaccination *v)
{
	return v->given || (v->reason && strcmp(v->reason, "elders_gegeven") == 0);
}

/* The dose number a record is about (see "Dose numbers" in schedule.h). */
static int dose_of(const struct sched_child *c, size_t idx, struct gp_date on)
{
	const struct sched_vaccination *v = &c->vaccinations[idx];
	if (v->dose_no > 0)
		return v->dose_no;
	int n = 1;
	for (size_t i = 0; i < c->nvaccinations; i++) {
		const struct sched_vaccination *o = &c->vaccinations[i];
		if (i == idx || !o->vaccine || strcmp(o->vaccine, v->vaccine) != 0 ||
		    !counts_as_given(o) || date_cmp(o->date, on) > 0)
			continue;
		int cmp = date_cmp(o->date, v->date);
		if (cmp < 0 || (cmp == 0 && i < idx))
			n++;
	}
	return n;
}

/* Looks up dose `dose` of `vaccine` in the records: sets *given_on to the
 * first date it was given (returns 1), or returns 0.  Also fills the latest
 * not-given record into d (last_reason, last_on) when `d` is not NULL. */
static int find_given(const struct sched_child *c, const char *vaccine, int dose,
		      struct gp_date on, struct gp_date *given_on, int *elsewhere,
		      struct sched_due *d)
{
	int found = 0;
	for (size_t i = 0; i < c->nvaccinations; i++) {
		const struct sched_vaccination *v = &c->vaccinations[i];
		if (!v->vaccine || strcmp(v->vaccine, vaccine) != 0 || date_cmp(v->date, on) > 0 ||
		    dose_of(c, i, on) != dose)
			continue;
		if (counts_as_given(v)) {
			if (!found || date_cmp(v->date, *given_on) < 0) {
				*given_on = v->date;
				if (elsewhere)
					*elsewhere = !v->given;
			}
			found = 1;
		} else if (d && (!d->last_reason[0] || date_cmp(v->date, d->last_on) >= 0)) {
			copy_small(d->last_reason, sizeof d->last_reason,
				   v->reason && v->reason[0] ? v->reason : "anders");
			d->last_on = v->date;
		}
	}
	return found;
}

static void dose_state(struct sched_due *d, const struct sched_child *c, struct gp_date on)
{
	const struct sched_dose *x = d->dose;
	set_window(d, c->birth, x->earliest, x->target, x->latest);

	struct gp_date prev;
	if (x->has_interval && find_given(c, x->vaccine, x->dose - 1, on, &prev, NULL, NULL)) {
		struct gp_date open = schedule_age_date(prev, x->interval);
		d->earliest = open;
		if (date_cmp(d->target, open) < 0)
			d->target = open;
		if (date_cmp(d->latest, open) < 0)
			d->latest = open;
	}

	if (find_given(c, x->vaccine, x->dose, on, &d->done_on, &d->elsewhere, d)) {
		d->state = SCHED_DONE;
		d->timing = timing_of(d, d->done_on);
	} else if (strcmp(d->last_reason, "bezwaar") == 0) {
		d->state = SCHED_REFUSED;
		d->done_on = d->last_on;
	} else {
		set_open_state(d, c, on);
		if (d->state == SCHED_OVERDUE && x->has_catch_up &&
		    date_cmp(on, schedule_age_date(c->birth, x->catch_up)) >= 0)
			d->state = SCHED_MISSED;
	}
}

/* An overdue contact moment becomes missed once a later moment's window has
 * opened: a 17-year-old's newborn hearing screening is nobody's work any
 * more, and the work list should show what can still be done. */
static void mark_missed(struct sched_due_list *list, struct gp_date on)
{
	for (size_t i = 0; i < list->n; i++) {
		struct sched_due *d = &list->items[i];
		if (d->kind != SCHED_MOMENT || d->state != SCHED_OVERDUE)
			continue;
		for (size_t j = 0; j < list->n; j++) {
			const struct sched_due *later = &list->items[j];
			if (later->kind == SCHED_MOMENT &&
			    date_cmp(later->earliest, d->earliest) > 0 &&
			    date_cmp(later->earliest, on) <= 0) {
				d->state = SCHED_MISSED;
				break;
			}
		}
	}
}

enum gp_status schedule_due(const struct schedule *s, const struct sched_child *c,
			    struct gp_date on, struct sched_due_list *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	out->version = schedule_version_for(s, c->birth);
	if (out->version) {
		out->variant = find_variant(s, out->version, c->rvp_variant);
		if (!out->variant)
			out->variant = out->version->default_variant;
	}

	size_t cap = s->nmoments + s->ndoses;
	out->items = calloc(cap ? cap : 1, sizeof *out->items);
	if (!out->items)
		return out_of_memory(e);

	for (size_t i = 0; i < s->nmoments; i++) {
		struct sched_due *d = &out->items[out->n++];
		d->kind = SCHED_MOMENT;
		d->moment = &s->moments[i];
		moment_state(d, c, on);
	}
	mark_missed(out, on);
	for (size_t i = 0; out->version && i < s->ndoses; i++) {
		const struct sched_dose *x = &s->doses[i];
		if (x->version != out->version ||
		    (strcmp(x->variant, "*") != 0 && strcmp(x->variant, out->variant) != 0))
			continue;
		struct sched_due *d = &out->items[out->n++];
		d->kind = SCHED_DOSE;
		d->dose = x;
		dose_state(d, c, on);
	}
	return GP_OK;
}

void schedule_due_free(struct sched_due_list *list)
{
	free(list->items);
	memset(list, 0, sizeof *list);
}

/* Rank of a state in a work list: lower comes first. */
static int state_rank(enum sched_state st)
{
	switch (st) {
	case SCHED_OVERDUE:
		return 0;
	case SCHED_DUE:
		return 1;
	case SCHED_NOT_YET:
		return 2;
	case SCHED_DONE:
		return 3;
	case SCHED_REFUSED:
		return 4;
	case SCHED_MISSED:
		return 5;
	case SCHED_BEFORE_CARE:
		return 6;
	}
	return 7;
}

/* Negative when a belongs before b in a work list. */
static long due_order(const struct sched_due *a, const struct sched_due *b)
{
	int ra = state_rank(a->state), rb = state_rank(b->state);
	if (ra != rb)
		return ra - rb;
	switch (a->state) {
	case SCHED_OVERDUE:
		return b->days_overdue - a->days_overdue;
	case SCHED_DUE:
		return date_to_days(a->latest) - date_to_days(b->latest);
	case SCHED_NOT_YET:
		return date_to_days(a->earliest) - date_to_days(b->earliest);
	default:
		return 0;
	}
}

void schedule_due_sort(struct sched_due_list *list)
{
	/* Insertion sort: stable (ties keep schedule order), and lists are short. */
	for (size_t i = 1; i < list->n; i++) {
		struct sched_due tmp = list->items[i];
		size_t j = i;
		while (j > 0 && due_order(&tmp, &list->items[j - 1]) < 0) {
			list->items[j] = list->items[j - 1];
			j--;
		}
		list->items[j] = tmp;
	}
}

const char *schedule_due_code(const struct sched_due *d)
{
	return d->kind == SCHED_MOMENT ? d->moment->code : d->dose->vaccine;
}

const char *schedule_state_label(enum sched_state st)
{
	switch (st) {
	case SCHED_NOT_YET:
		return _("nog niet");
	case SCHED_DUE:
		return _("nu aan de beurt");
	case SCHED_OVERDUE:
		return _("te laat");
	case SCHED_DONE:
		return _("gedaan");
	case SCHED_REFUSED:
		return _("bezwaar");
	case SCHED_BEFORE_CARE:
		return _("vóór inschrijving");
	case SCHED_MISSED:
		return _("gemist");
	}
	return "?";
}
