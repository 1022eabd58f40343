/* form.c — the form engine: field state, group rows, navigation (fields,
 * Tab stops, sections), validation and normalisation, cross-field rules,
 * pick lists, and the actions keys stand for.  See form.h; filling and
 * collecting records, remembered values and the start-up check of a table
 * live in form_bind.c, drawing in form_draw.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "form_int.h"
#include "i18n.h"
#include "keycodes.h"
#include "text.h"
#include "validate.h"

enum {
	DATE_MAX_CHARS = 20,   /* room for "dd-mm-jjjj" and a little slack */
	NUMBER_MAX_CHARS = 20, /* digits, sign and decimal sign */
	FILTER_MAX_CHARS = 60, /* pick-list filter */
	NUMBER_MAX_DIGITS = 15 /* beyond this a double is no longer exact */
};

/* ---- small helpers -------------------------------------------------------- */

int form_is_text(enum form_type t)
{
	return t == FT_TEXT || t == FT_NOTE || t == FT_DATE || t == FT_NUMBER || t == FT_SECRET;
}

static int is_choice_type(enum form_type t)
{
	return t == FT_CHOICE || t == FT_MULTI || t == FT_SCALE;
}

const char *form_field_value(const struct form_field *fl)
{
	return form_is_text(fl->def->type) ? le_text(&fl->le) : fl->value;
}

int form_set_string(char **dst, const char *s)
{
	char *d = strdup(s);
	if (!d)
		return -1;
	free(*dst);
	*dst = d;
	return 0;
}

int form_blank(const char *s)
{
	for (; *s; s++)
		if (*s != ' ' && *s != '\n' && *s != '\t')
			return 0;
	return 1;
}

static size_t count_choices(const struct form_choice *c)
{
	size_t n = 0;
	while (c && c[n].code)
		n++;
	return n;
}

static const char *choice_label(const struct form_field *fl, const char *code,
				size_t codelen)
{
	for (size_t i = 0; i < fl->nchoices; i++)
		if (strlen(fl->choices[i].code) == codelen &&
		    strncmp(fl->choices[i].code, code, codelen) == 0)
			return fl->choices[i].label;
	return NULL;
}

size_t form_def_index(const struct form *f, const struct form_field *fl)
{
	return (size_t)(fl->def - f->def->fields);
}

/* The first definition of fl's group (fl's own index outside groups). */
static size_t group_lead(const struct form *f, size_t d)
{
	const struct form_field_def *defs = f->def->fields;
	while (defs[d].group && d > 0 && defs[d - 1].group == defs[d].group)
		d--;
	return d;
}

/* ---- numbers -------------------------------------------------------------- */

/* The def's decimals, kept to what a long long holds with room to spare. */
int form_decimals(int d)
{
	return d < 0 ? 0 : d > 6 ? 6 : d;
}

long long form_pow10(int n)
{
	long long r = 1;
	while (n-- > 0)
		r *= 10;
	return r;
}

/* Parses "-12,5" or "12.5" into value × 10^decimals.  0, or -1 with a
 * message in err (may be NULL). */
int form_parse_number(const char *s, int decimals, long long *scaled, char *err,
		      size_t errsz)
{
	int neg = 0, digits = 0, frac = 0, seen_sep = 0;
	long long v = 0;

	decimals = form_decimals(decimals);
	while (*s == ' ')
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s && *s != ' '; s++) {
		if ((*s == ',' || *s == '.') && !seen_sep) {
			seen_sep = 1;
			continue;
		}
		if (*s < '0' || *s > '9' || digits >= NUMBER_MAX_DIGITS)
			goto bad;
		if (seen_sep && ++frac > decimals) {
			if (*s != '0') /* 52,50 is fine with one decimal */
				goto too_precise;
			continue;
		}
		v = v * 10 + (*s - '0');
		digits++;
	}
	while (*s == ' ')
		s++;
	if (*s || digits == 0)
		goto bad;
	if (frac < decimals)
		v *= form_pow10(decimals - frac);
	*scaled = neg ? -v : v;
	return 0;
too_precise:
	if (err)
		snprintf(err, errsz, _("Gebruik hoogstens %d cijfer(s) achter de komma."),
			 decimals);
	return -1;
bad:
	if (err)
		snprintf(err, errsz, "%s", decimals > 0 ?
			 _("Vul een getal in, bijvoorbeeld 12,5.") :
			 _("Vul een heel getal in, bijvoorbeeld 12."));
	return -1;
}

/* Formats value × 10^-decimals with a decimal comma ("-12,50"). */
void form_format_scaled(long long scaled, int decimals, char *out, size_t outsz)
{
	long long p, a = scaled < 0 ? -scaled : scaled, r;
	int n;

	decimals = form_decimals(decimals);
	if (decimals == 0) {
		snprintf(out, outsz, "%lld", scaled);
		return;
	}
	p = form_pow10(decimals);
	n = snprintf(out, outsz, "%s%lld,", scaled < 0 ? "-" : "", a / p);
	if (n < 0 || (size_t)n + (size_t)decimals >= outsz)
		return; /* cannot happen with the 48-byte buffers used here */
	r = a % p;
	for (int i = decimals - 1; i >= 0; i--) { /* the fraction, with zeros */
		out[n + i] = (char)('0' + r % 10);
		r /= 10;
	}
	out[n + decimals] = '\0';
}

static void format_double(double v, int decimals, char *out, size_t outsz)
{
	double s = v * (double)form_pow10(form_decimals(decimals));
	form_format_scaled((long long)(s < 0 ? s - 0.5 : s + 0.5), decimals, out, outsz);
}

/* ---- checking a field ----------------------------------------------------- */

static int check_date(struct form *f, struct form_field *fl)
{
	struct gp_date d;
	const char *why = NULL;
	char buf[11];

	if (date_parse_nl(le_text(&fl->le), f->today, &d, &why) < 0) {
		snprintf(fl->err, sizeof fl->err, "%s", why);
		return -1;
	}
	date_fmt_nl(d, buf);
	if (strcmp(buf, le_text(&fl->le)) != 0)
		le_replace_text(&fl->le, buf);
	return 0;
}

static int in_range(const struct form_field_def *def, long long v)
{
	double d = (double)v / (double)form_pow10(form_decimals(def->decimals));
	return !(def->min < def->max) || (d >= def->min && d <= def->max);
}

/* A whole number above the range that fits it in the field's smaller unit
 * (5600 g for a weight in kg, 595 mm for a length in cm): converted. */
static int smaller_unit(struct form *f, const struct form_field_def *def, long long *v)
{
	long long unit = form_pow10(form_decimals(def->decimals));
	long long whole;
	if (def->alt_scale <= 1 || *v % unit != 0 || in_range(def, *v))
		return 0;
	whole = *v / unit;
	if (whole * unit / def->alt_scale * def->alt_scale != whole * unit)
		return 0; /* more decimals than the field keeps */
	long long conv = whole * unit / def->alt_scale;
	if (!in_range(def, conv) || conv <= 0)
		return 0;
	char shown[48];
	form_format_scaled(conv, def->decimals, shown, sizeof shown);
	snprintf(f->notice, sizeof f->notice, _("%lld gelezen als %s %s."), whole, shown,
		 def->unit ? _(def->unit) : "");
	*v = conv;
	return 1;
}

static int check_number(struct form *f, struct form_field *fl)
{
	const struct form_field_def *def = fl->def;
	long long v;
	char buf[48];

	if (form_parse_number(le_text(&fl->le), def->decimals, &v, fl->err,
			      sizeof fl->err) < 0)
		return -1;
	smaller_unit(f, def, &v);
	form_format_scaled(v, def->decimals, buf, sizeof buf);
	if (strcmp(buf, le_text(&fl->le)) != 0)
		le_replace_text(&fl->le, buf);
	if (!in_range(def, v)) {
		char lo[48], hi[48];
		format_double(def->min, def->decimals, lo, sizeof lo);
		format_double(def->max, def->decimals, hi, sizeof hi);
		snprintf(fl->err, sizeof fl->err,
			 _("Vul een waarde van %s tot en met %s %s in."), lo, hi,
			 def->unit ? _(def->unit) : "");
		return -1;
	}
	return 0;
}

static int check_choice(struct form_field *fl)
{
	if ((fl->def->type == FT_CHOICE || fl->def->type == FT_SCALE) && fl->nchoices > 0 &&
	    !choice_label(fl, fl->value, strlen(fl->value))) {
		snprintf(fl->err, sizeof fl->err, "%s",
			 _("Kies een waarde uit de lijst (Spatie of een letter)."));
		return -1;
	}
	return 0;
}

static int run_validator(struct form_field *fl)
{
	const char *v = le_text(&fl->le), *why = NULL;
	size_t sz = strlen(v) * 4 + 64;
	char *norm = malloc(sz);
	int rc;

	if (!norm)
		return 0; /* cannot check now; the save will try again */
	norm[0] = '\0';
	rc = fl->def->validate(v, norm, sz, &why);
	if (rc < 0)
		snprintf(fl->err, sizeof fl->err, "%s",
			 why ? why : _("Deze waarde is niet geldig."));
	else if (norm[0] && strcmp(norm, v) != 0)
		le_replace_text(&fl->le, norm);
	free(norm);
	return rc < 0 ? -1 : 0;
}

/* Validates and normalises field i; the error (or "") goes to its err. */
static int check_field(struct form *f, size_t i)
{
	struct form_field *fl = &f->fields[i];
	enum form_type t = fl->def->type;

	fl->err[0] = '\0';
	fl->rule_err = 0;
	if (t == FT_TEXT) {
		char *s = strdup(le_text(&fl->le));
		if (s) {
			text_trim(s);
			if (strcmp(s, le_text(&fl->le)) != 0)
				le_replace_text(&fl->le, s);
			free(s);
		}
	}
	if (form_blank(form_field_value(fl))) {
		if (!fl->def->required)
			return 0;
		snprintf(fl->err, sizeof fl->err, "%s", _("Dit veld is verplicht."));
		return -1;
	}
	if (t == FT_DATE && check_date(f, fl) < 0)
		return -1;
	if (t == FT_NUMBER && check_number(f, fl) < 0)
		return -1;
	if (is_choice_type(t))
		return check_choice(fl);
	if (form_is_text(t) && fl->def->validate)
		return run_validator(fl);
	return 0;
}

/* ---- cross-field rules ----------------------------------------------------- */

/* The field of key `key` in the same group row as fl (or outside groups). */
static struct form_field *sibling(const struct form *f, const struct form_field *fl,
				  const char *key)
{
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *o = &f->fields[i];
		if (strcmp(o->def->key, key) == 0 && o->def->group == fl->def->group &&
		    (!o->def->group || o->grow == fl->grow))
			return o;
	}
	return NULL;
}

/* Is fl's group row unused: its first field empty and nothing typed in the
 * others (values filled in beforehand, like a default site, do not count)?
 * Such a row is the spare one at the end; it is neither checked nor kept. */
static int row_unused(const struct form *f, const struct form_field *fl)
{
	const struct form_field_def *lead;
	if (!fl->def->group || fl->loaded)
		return 0;
	lead = &f->def->fields[group_lead(f, form_def_index(f, fl))];
	for (size_t i = 0; i < f->n; i++) {
		const struct form_field *o = &f->fields[i];
		if (o->def->group != fl->def->group || o->grow != fl->grow ||
		    form_blank(form_field_value(o)))
			continue;
		if (!o->prefilled || o->def == lead)
			return 0;
	}
	return 1;
}

/* Runs the rule of field fl; puts its sentence on the field it names.
 * 0 when it holds (or has nothing to check). */
static int run_rule(struct form *f, struct form_field *fl)
{
	const struct form_rule *r = fl->def->rule;
	const char *values[FORM_RULE_KEYS];
	struct form_field *fields[FORM_RULE_KEYS];
	int n = 0, at = 0;
	const char *why = NULL;

	if (!r || fl->off || row_unused(f, fl))
		return 0;
	for (; n < FORM_RULE_KEYS && r->keys[n]; n++) {
		fields[n] = sibling(f, fl, r->keys[n]);
		if (!fields[n])
			return 0; /* form_def_check refuses such a table */
		values[n] = form_field_value(fields[n]);
	}
	if (n == 0)
		return 0; /* a rule reads at least one field (form_def_check) */
	for (int i = 0; i < n; i++)
		if (fields[i]->rule_err) {
			fields[i]->err[0] = '\0';
			fields[i]->rule_err = 0;
		}
	if (r->check(values, fl->loaded, &at, &why) == 0)
		return 0;
	if (at < 0 || at >= n)
		at = 0;
	if (!fields[at]->err[0]) {
		snprintf(fields[at]->err, sizeof fields[at]->err, "%s",
			 why ? why : _("Deze waarden passen niet bij elkaar."));
		fields[at]->rule_err = 1;
	}
	return -1;
}

/* When field i was left: rules whose error is showing are checked again, so
 * a corrected value clears it (a new error waits for the save). */
static void recheck_rules(struct form *f, size_t i)
{
	struct form_field *fl = &f->fields[i];
	for (size_t k = 0; k < f->n; k++) {
		struct form_field *o = &f->fields[k];
		const struct form_rule *r = o->def->rule;
		if (!r || o->def->group != fl->def->group ||
		    (fl->def->group && o->grow != fl->grow))
			continue;
		int showing = 0, mine = 0;
		for (int j = 0; j < FORM_RULE_KEYS && r->keys[j]; j++) {
			struct form_field *s = sibling(f, o, r->keys[j]);
			showing |= s && s->rule_err;
			mine |= s == fl;
		}
		if (mine && showing)
			run_rule(f, o);
	}
}

/* ---- group rows ------------------------------------------------------------ */

static size_t default_max(const struct form_field_def *def)
{
	switch (def->type) {
	case FT_TEXT:
	case FT_SECRET:
		return def->max_chars > 0 ? (size_t)def->max_chars : TEXT_MAX_CHARS;
	case FT_NOTE:
		return def->max_chars > 0 ? (size_t)def->max_chars : NOTE_MAX_CHARS;
	case FT_DATE:
		return DATE_MAX_CHARS;
	case FT_NUMBER:
		return NUMBER_MAX_CHARS;
	default:
		return 1; /* not edited as text */
	}
}

static int field_init(struct form *f, struct form_field *fl, size_t d, int grow)
{
	const struct form_field_def *def = &f->def->fields[d];
	memset(fl, 0, sizeof *fl);
	fl->def = def;
	fl->grow = grow;
	fl->choices = f->lists[d];
	fl->nchoices = count_choices(fl->choices);
	fl->value = strdup("");
	fl->orig = strdup("");
	if (le_init(&fl->le, default_max(def), def->type == FT_NOTE) < 0)
		return -1;
	return fl->value && fl->orig ? 0 : -1;
}

static void field_free(struct form_field *fl)
{
	if (fl->def && fl->def->type == FT_SECRET && fl->le.buf)
		memset(fl->le.buf, 0, fl->le.cap); /* what a password leaves behind */
	le_free(&fl->le);
	free(fl->value);
	free(fl->orig);
}

/* Index of the field after the last row of the group led by definition d. */
static size_t group_end(const struct form *f, size_t d, int *rows)
{
	const struct form_group_def *g = f->def->fields[d].group;
	size_t end = 0;
	*rows = 0;
	for (size_t i = 0; i < f->n; i++) {
		if (f->fields[i].def->group == g) {
			end = i + 1;
			if (f->fields[i].grow + 1 > *rows)
				*rows = f->fields[i].grow + 1;
		}
	}
	return end;
}

int form_rows(const struct form *f, size_t def)
{
	int rows = 1;
	if (def < f->def->n && f->def->fields[def].group)
		group_end(f, group_lead(f, def), &rows);
	return rows;
}

/* Adds one empty row to the group led by definition d (when there is room). */
static int add_row(struct form *f, size_t d)
{
	const struct form_group_def *g = f->def->fields[d].group;
	size_t width = 0, end;
	int rows;

	while (d + width < f->def->n && f->def->fields[d + width].group == g)
		width++;
	end = group_end(f, d, &rows);
	if (rows >= g->max)
		return -1;
	struct form_field *grown = realloc(f->fields, (f->n + width) * sizeof *grown);
	if (!grown)
		return -1;
	f->fields = grown;
	memmove(&f->fields[end + width], &f->fields[end], (f->n - end) * sizeof *grown);
	for (size_t k = 0; k < width; k++) {
		if (field_init(f, &f->fields[end + k], d + k, rows) < 0) {
			/* keep the array whole: the row is complete or absent */
			for (size_t j = 0; j <= k; j++)
				field_free(&f->fields[end + j]);
			memmove(&f->fields[end], &f->fields[end + width],
				(f->n - end) * sizeof *grown);
			return -1;
		}
	}
	f->n += width;
	if (f->focus >= end)
		f->focus += width;
	form_set_size(f, f->cols, f->rows);
	return 0;
}

int form_ensure_rows(struct form *f, size_t d, int rows)
{
	d = group_lead(f, d);
	while (form_rows(f, d) < rows)
		if (add_row(f, d) < 0)
			return -1;
	return 0;
}

/* After a change in a group: there is always one unused row at the end. */
static void keep_spare_row(struct form *f, const struct form_field *fl)
{
	if (!fl->def->group)
		return;
	size_t d = group_lead(f, form_def_index(f, fl));
	int rows = form_rows(f, d);
	struct form_field *last = form_field_of(f, d, rows - 1);
	if (last && !row_unused(f, last))
		add_row(f, d);
}

/* ---- layout and focus ---------------------------------------------------- */

static void scroll_to_focus(struct form *f)
{
	const struct form_field *fl = &f->fields[f->focus];
	int from = fl->heading ? fl->row - 1 : fl->row;

	if (from < f->top)
		f->top = from;
	if (fl->row + fl->height > f->top + f->body_rows)
		f->top = fl->row + fl->height - f->body_rows;
	if (f->top > fl->row) /* taller than the window: show its top */
		f->top = fl->row;
	if (f->top < 0)
		f->top = 0;
}

static int value_width(const struct form_field *fl, int avail)
{
	const struct form_field_def *def = fl->def;
	int w;

	switch (def->type) {
	case FT_DATE:
	case FT_NUMBER:
		w = 12;
		break;
	case FT_YESNO:
		w = 5;
		break;
	case FT_TEXT:
	case FT_SECRET:
		w = (int)fl->le.max_chars + 1;
		break;
	default:
		w = avail;
	}
	return w > avail ? avail : w;
}

const char *form_heading(const struct form *f, size_t i, char *buf, size_t n)
{
	const struct form_field *fl = &f->fields[i];
	const struct form_field_def *def = fl->def;
	int first = i == 0 || f->fields[i - 1].def->group != def->group ||
		    f->fields[i - 1].grow != fl->grow;
	if (def->group && first && fl->grow > 0) {
		/* the label's "%d" becomes the row number */
		const char *label = _(def->group->row_label), *at = strstr(label, "%d");
		if (!at)
			at = label + strlen(label);
		snprintf(buf, n, "%.*s%d%s", (int)(at - label), label, fl->grow + 1,
			 *at ? at + 2 : "");
		return buf;
	}
	if (def->section && (!def->group || fl->grow == 0))
		return _(def->section);
	return NULL;
}

void form_set_size(struct form *f, int cols, int rows)
{
	int lw = 0, row = 0, section = 0;
	char buf[160];

	f->cols = cols < 10 ? 10 : cols;
	f->rows = rows < 3 ? 3 : rows;
	f->body_rows = f->rows - 2;
	for (size_t i = 0; i < f->n; i++) {
		const char *l = form_label(&f->fields[i]);
		int w = (int)le_width(l, strlen(l));
		if (w > lw)
			lw = w;
	}
	if (lw > f->cols / 3)
		lw = f->cols / 3;
	f->label_w = lw;
	f->value_x = lw + 3; /* label, blank, marker (* or !), blank */
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		const char *unit = fl->def->unit ? _(fl->def->unit) : NULL;
		int avail = f->cols - f->value_x - 1;
		if (fl->def->section && (!fl->def->group || fl->grow == 0) && i > 0)
			section++;
		fl->section = section;
		fl->heading = form_heading(f, i, buf, sizeof buf) != NULL;
		if (fl->heading)
			row++;
		if (fl->def->type == FT_NUMBER && unit)
			avail -= (int)le_width(unit, strlen(unit)) + 1;
		if (avail < 1)
			avail = 1;
		fl->width = value_width(fl, avail);
		fl->height = fl->def->type == FT_NOTE ?
			     (fl->def->rows > 0 ? fl->def->rows : 4) : 1;
		fl->row = row;
		row += fl->height;
		le_set_size(&fl->le, fl->width, fl->height);
	}
	if (f->focus < f->n)
		scroll_to_focus(f);
}

/* Leaves the focused field (checking it) for field `to`. */
static void move_focus(struct form *f, size_t to)
{
	size_t from = f->focus;
	check_field(f, from);
	f->fields[from].touched = 1;
	recheck_rules(f, from);
	f->focus = to < f->n ? to : f->n - 1;
	scroll_to_focus(f);
}

void form_focus(struct form *f, size_t i)
{
	if (i < f->n) {
		f->focus = i;
		f->mode = FM_EDIT;
		scroll_to_focus(f);
	}
}

/* A field with ask_if "key=value": does that field of its row hold value? */
static int asked(const struct form *f, const struct form_field *fl)
{
	const char *eq = strchr(fl->def->ask_if, '=');
	char key[64];
	if (!eq || (size_t)(eq - fl->def->ask_if) >= sizeof key)
		return 1;
	snprintf(key, sizeof key, "%.*s", (int)(eq - fl->def->ask_if), fl->def->ask_if);
	const struct form_field *by = sibling(f, fl, key);
	return !by || strcmp(form_field_value(by), eq + 1) == 0;
}

/* Would Tab stop here?  Not at a value filled in beforehand, nor at a field
 * marked skip_tab, unless it shows an error. */
static int tab_stop(const struct form *f, const struct form_field *fl)
{
	if (fl->off)
		return 0;
	if (fl->err[0])
		return 1;
	if (fl->def->ask_if && !asked(f, fl))
		return 0;
	return !fl->prefilled && !fl->def->skip_tab;
}

/* The next (dir +1) or previous (-1) field from the focus, wrapping; with
 * `stops`, the next Tab stop (any field when there is none). */
static size_t step(const struct form *f, int dir, int stops)
{
	size_t i = f->focus;
	for (size_t k = 0; k < f->n; k++) {
		i = (i + f->n + (size_t)dir) % f->n;
		if (stops ? tab_stop(f, &f->fields[i]) : !f->fields[i].off)
			return i;
	}
	return f->focus;
}

void form_switch(struct form *f, size_t from, size_t to, int off)
{
	for (size_t i = 0; i < f->n; i++) {
		size_t d = form_def_index(f, &f->fields[i]);
		if (d >= from && d <= to) {
			f->fields[i].off = off;
			if (off)
				f->fields[i].err[0] = '\0';
		}
	}
}

void form_focus_first(struct form *f)
{
	for (size_t i = 0; i < f->n; i++) {
		if (tab_stop(f, &f->fields[i])) {
			form_focus(f, i);
			return;
		}
	}
	form_focus(f, 0);
}

/* The first Tab stop of section s (its first field when none). */
static size_t section_start(const struct form *f, int s)
{
	size_t first = f->n;
	for (size_t i = 0; i < f->n; i++) {
		if (f->fields[i].section != s || f->fields[i].off)
			continue;
		if (first == f->n)
			first = i;
		if (tab_stop(f, &f->fields[i]))
			return i;
	}
	return first;
}

/* After a jump to section s: its heading at the top of the window, as far
 * as the form reaches and the focus stays in view. */
static void show_section(struct form *f, int s)
{
	const struct form_field *last = &f->fields[f->n - 1];
	const struct form_field *fl = &f->fields[f->focus];
	int bottom = last->row + last->height, top = -1;
	for (size_t i = 0; i < f->n && top < 0; i++)
		if (f->fields[i].section == s)
			top = f->fields[i].heading ? f->fields[i].row - 1 : f->fields[i].row;
	if (top < 0 || fl->row + fl->height > top + f->body_rows)
		return;
	if (top > bottom - f->body_rows)
		top = bottom - f->body_rows;
	f->top = top > f->top ? top : f->top;
}

static void next_section(struct form *f)
{
	int s = f->fields[f->focus].section + 1, last = f->fields[f->n - 1].section;
	size_t to = section_start(f, s);
	while (to == f->n && s < last) /* a section switched off: the next one */
		to = section_start(f, ++s);
	if (to == f->n) {
		snprintf(f->notice, sizeof f->notice, "%s", _("Dit is het laatste deel."));
		return;
	}
	move_focus(f, to);
	show_section(f, f->fields[to].section);
}

static void prev_section(struct form *f)
{
	int s = f->fields[f->focus].section;
	size_t start = section_start(f, s);
	size_t first = start;
	for (size_t i = 0; i < f->n; i++)
		if (f->fields[i].section == s && !f->fields[i].off) {
			first = i;
			break;
		}
	if (f->focus > first && f->focus != start) {
		move_focus(f, start < f->focus ? start : first);
		return;
	}
	while (--s >= 0) {
		size_t to = section_start(f, s);
		if (to < f->n) {
			move_focus(f, to);
			return;
		}
	}
	move_focus(f, first);
}

/* Ctrl-N: the next required field that is still empty (or shows an error). */
static void next_empty(struct form *f)
{
	size_t i = f->focus;
	check_field(f, f->focus);
	for (size_t k = 1; k <= f->n; k++) {
		size_t j = (i + k) % f->n;
		const struct form_field *fl = &f->fields[j];
		if (fl->off)
			continue;
		if ((fl->def->required && form_blank(form_field_value(fl))) || fl->err[0]) {
			move_focus(f, j);
			return;
		}
	}
	snprintf(f->notice, sizeof f->notice, "%s",
		 _("Alle verplichte velden zijn ingevuld; F2 slaat op."));
}

/* ---- life cycle ------------------------------------------------------------ */

int form_init(struct form *f, const struct form_def *def, struct gp_date today)
{
	size_t n = 0;

	memset(f, 0, sizeof *f);
	f->def = def;
	f->today = today;
	f->mode = FM_EDIT;
	if (!def || def->n == 0)
		return -1;
	f->lists = calloc(def->n, sizeof(const struct form_choice *));
	f->fields = calloc(def->n, sizeof *f->fields);
	if (!f->lists || !f->fields || le_init(&f->filter, FILTER_MAX_CHARS, 0) < 0) {
		form_free(f);
		return -1;
	}
	for (size_t i = 0; i < def->n; i++)
		f->lists[i] = def->fields[i].choices;
	for (size_t i = 0; i < def->n; i++) {
		if (field_init(f, &f->fields[n], i, 0) < 0) {
			f->n = n + 1;
			form_free(f);
			return -1;
		}
		n++;
	}
	f->n = n;
	form_set_size(f, 80, 24);
	return 0;
}

void form_free(struct form *f)
{
	for (size_t i = 0; f->fields && i < f->n; i++)
		field_free(&f->fields[i]);
	free(f->fields);
	free(f->lists);
	le_free(&f->filter);
	free(f->pick);
	free(f->pick_mark);
	memset(f, 0, sizeof *f);
}

/* ---- values ------------------------------------------------------------------ */

struct form_field *form_field_of(const struct form *f, size_t def, int row)
{
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		if ((size_t)(fl->def - f->def->fields) == def && fl->grow == row)
			return fl;
	}
	return NULL;
}

static struct form_field *field_by_key(const struct form *f, const char *key)
{
	for (size_t i = 0; i < f->n; i++)
		if (!f->fields[i].def->group && strcmp(f->fields[i].def->key, key) == 0)
			return &f->fields[i];
	return NULL;
}

struct form_field *form_field_named(const struct form *f, const char *path, int row)
{
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		const struct form_group_def *g = fl->def->group;
		if (!g) {
			if (strcmp(fl->def->key, path) == 0)
				return fl;
			continue;
		}
		size_t gl = strlen(g->key);
		if (fl->grow == row && strncmp(path, g->key, gl) == 0 && path[gl] == '.' &&
		    strcmp(path + gl + 1, fl->def->key) == 0)
			return fl;
		/* the group as a whole ("consents"): the row's first field */
		if (fl->grow == row && strcmp(path, g->key) == 0 &&
		    (i == 0 || f->fields[i - 1].def->group != g || f->fields[i - 1].grow != row))
			return fl;
	}
	return NULL;
}

void form_set_list(struct form *f, size_t def, const struct form_choice *choices)
{
	if (def >= f->def->n)
		return;
	f->lists[def] = choices;
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		if (form_def_index(f, fl) == def) {
			fl->choices = choices;
			fl->nchoices = count_choices(choices);
		}
	}
}

void form_set_label(struct form *f, size_t def, const char *label)
{
	for (size_t i = 0; i < f->n; i++)
		if (form_def_index(f, &f->fields[i]) == def)
			f->fields[i].label = label;
}

const char *form_label(const struct form_field *fl)
{
	return fl->label ? fl->label : _(fl->def->label);
}

int form_set_choices(struct form *f, const char *key, const struct form_choice *choices)
{
	struct form_field *fl = field_by_key(f, key);
	if (!fl)
		return -1;
	form_set_list(f, form_def_index(f, fl), choices);
	return 0;
}

/* Sets a value and marks it unchanged. */
static int put(struct form_field *fl, const char *value)
{
	struct gp_date d;
	char buf[11];

	if (!value)
		value = "";
	fl->err[0] = '\0';
	fl->rule_err = 0;
	fl->touched = 0;
	fl->prefilled = 0;
	if (form_is_text(fl->def->type)) {
		if (fl->def->type == FT_DATE && date_parse_iso(value, &d) == 0) {
			date_fmt_nl(d, buf);
			value = buf;
		}
		if (le_set_text(&fl->le, value) < 0)
			return -1;
		if (fl->def->type == FT_NOTE) { /* a stored or proposed note reads from its top */
			fl->le.cur = 0;
			fl->le.vscroll = 0;
			fl->le.goal_col = -1;
		}
		return 0;
	}
	if (form_set_string(&fl->value, value) < 0)
		return -1;
	return form_set_string(&fl->orig, value);
}

static void remember_by_changed(struct form *f, const struct form_field *by);

int form_put(struct form *f, size_t def, int row, const char *value)
{
	if (def < f->def->n && f->def->fields[def].group && form_ensure_rows(f, def, row + 1) < 0)
		return -1;
	struct form_field *fl = form_field_of(f, def, row);
	if (!fl || put(fl, value) < 0)
		return -1;
	keep_spare_row(f, fl);
	return 0;
}

int form_prefill(struct form *f, size_t def, int row, const char *value)
{
	if (form_put(f, def, row, value) < 0)
		return -1;
	struct form_field *fl = form_field_of(f, def, row);
	fl->prefilled = value && value[0];
	remember_by_changed(f, fl);
	return 0;
}

const char *form_value(const struct form *f, size_t def, int row)
{
	const struct form_field *fl = form_field_of(f, def, row);
	return fl ? form_field_value(fl) : "";
}

int form_date(const struct form *f, size_t def, int row, struct gp_date *d)
{
	const struct form_field *fl = form_field_of(f, def, row);
	const char *why;

	if (!fl || fl->def->type != FT_DATE || form_blank(le_text(&fl->le)))
		return -1;
	return date_parse_nl(le_text(&fl->le), f->today, d, &why);
}

int form_number(const struct form *f, size_t def, int row, double *v)
{
	const struct form_field *fl = form_field_of(f, def, row);
	long long s;

	if (!fl || fl->def->type != FT_NUMBER)
		return -1;
	if (form_parse_number(le_text(&fl->le), fl->def->decimals, &s, NULL, 0) < 0)
		return -1;
	*v = (double)s / (double)form_pow10(form_decimals(fl->def->decimals));
	return 0;
}

int form_set(struct form *f, const char *key, const char *value)
{
	struct form_field *fl = field_by_key(f, key);
	return fl ? put(fl, value) : -1;
}

const char *form_get(const struct form *f, const char *key)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? form_field_value(fl) : NULL;
}

int form_get_date(const struct form *f, const char *key, struct gp_date *d)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? form_date(f, form_def_index(f, fl), 0, d) : -1;
}

int form_get_number(const struct form *f, const char *key, double *v)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? form_number(f, form_def_index(f, fl), 0, v) : -1;
}

const char *form_error(const struct form *f, const char *key)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? fl->err : NULL;
}

static int field_changed(const struct form_field *fl)
{
	if (form_is_text(fl->def->type))
		return le_changed(&fl->le);
	return strcmp(fl->value, fl->orig) != 0;
}

int form_changed(const struct form *f)
{
	for (size_t i = 0; i < f->n; i++)
		if (field_changed(&f->fields[i]))
			return 1;
	return 0;
}

void form_mark_saved(struct form *f)
{
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		if (form_is_text(fl->def->type))
			le_mark_saved(&fl->le);
		else
			form_set_string(&fl->orig, fl->value);
	}
}

void form_field_error(struct form *f, struct form_field *fl, const char *msg)
{
	snprintf(fl->err, sizeof fl->err, "%s", msg);
	fl->rule_err = 0;
	form_focus(f, (size_t)(fl - f->fields));
}

int form_set_error(struct form *f, const char *key, const char *msg)
{
	struct form_field *fl = field_by_key(f, key);
	if (!fl)
		return -1;
	form_field_error(f, fl, msg);
	return 0;
}

const char *form_focus_key(const struct form *f)
{
	return f->fields[f->focus].def->key;
}

void form_field_display(const struct form_field *fl, char *out, size_t outsz)
{
	size_t o = 0;
	const char *p;

	if (outsz == 0)
		return;
	out[0] = '\0';
	if (fl->def->type == FT_YESNO) {
		const char *s = strcmp(fl->value, "j") == 0 ? _("ja") :
				strcmp(fl->value, "n") == 0 ? _("nee") : "";
		text_copy(out, outsz, s);
		return;
	}
	if (!is_choice_type(fl->def->type)) {
		text_copy(out, outsz, form_field_value(fl));
		return;
	}
	for (p = fl->value; *p;) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		const char *label = choice_label(fl, p, l);
		char code[64];
		if (!label) {
			snprintf(code, sizeof code, "%.*s", (int)l, p);
			label = code;
		}
		if (o > 0 && o + 2 < outsz) {
			memcpy(out + o, ", ", 3);
			o += 2;
		}
		text_copy(out + o, outsz - o, label);
		o += strlen(out + o);
		p += l;
		if (*p == ',')
			p++;
	}
}

/* ---- remembered values ---------------------------------------------------- */

/* "contactmoment/vaccinations.batch/DKTP" — the memory key of field fl. */
static int memory_key(const struct form *f, const struct form_field *fl, char *out,
		      size_t n)
{
	const struct form_field_def *def = fl->def;
	const char *by = "";
	if (def->remember_by) {
		const struct form_field *b = sibling(f, fl, def->remember_by);
		by = b ? form_field_value(b) : "";
		if (!by[0])
			return -1;
	}
	snprintf(out, n, "%s/%s%s%s%s%s", f->def->name, def->group ? def->group->key : "",
		 def->group ? "." : "", def->key, def->remember_by ? "/" : "", by);
	return 0;
}

/* Field fl may hold a remembered value now: fills it when it is empty or
 * holds one filled in beforehand (not one the user typed). */
static void recall_one(struct form *f, struct form_field *fl)
{
	char key[256];
	const char *v;
	if (!f->memory || !fl->def->remember || memory_key(f, fl, key, sizeof key) < 0)
		return;
	if (!fl->prefilled && !form_blank(form_field_value(fl)))
		return;
	v = form_memory_get(f->memory, key);
	if (v || fl->prefilled) {
		put(fl, v ? v : "");
		fl->prefilled = v && v[0];
	}
}

static void remember_by_changed(struct form *f, const struct form_field *by)
{
	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		if (fl->def->remember_by && fl->def->group == by->def->group &&
		    fl->grow == by->grow && strcmp(fl->def->remember_by, by->def->key) == 0)
			recall_one(f, fl);
	}
}

void form_recall(struct form *f)
{
	for (size_t i = 0; i < f->n; i++)
		if (f->fields[i].def->remember)
			recall_one(f, &f->fields[i]);
}

void form_remember(const struct form *f)
{
	char key[256];
	if (!f->memory)
		return;
	for (size_t i = 0; i < f->n; i++) {
		const struct form_field *fl = &f->fields[i];
		const char *v = form_field_value(fl);
		if (fl->def->remember && !form_blank(v) && memory_key(f, fl, key, sizeof key) == 0)
			form_memory_set(f->memory, key, v);
	}
}

/* The user changed field fl's value (not a text edit). */
void form_edited(struct form *f, struct form_field *fl)
{
	fl->touched = 1;
	fl->prefilled = 0;
	fl->err[0] = '\0';
	fl->rule_err = 0;
	remember_by_changed(f, fl);
	keep_spare_row(f, fl);
}

/* ---- actions ---------------------------------------------------------------- */

static enum form_result save(struct form *f)
{
	size_t first = f->n;

	for (size_t i = 0; i < f->n; i++) {
		struct form_field *fl = &f->fields[i];
		fl->touched = 1;
		if (fl->off || row_unused(f, fl)) { /* an empty spare row asks nothing */
			fl->err[0] = '\0';
			continue;
		}
		if (check_field(f, i) < 0 && first == f->n)
			first = i;
	}
	for (size_t i = 0; i < f->n; i++)
		run_rule(f, &f->fields[i]);
	for (size_t i = 0; i < f->n && first == f->n; i++)
		if (f->fields[i].err[0])
			first = i;
	if (first == f->n)
		return FORM_SAVE;
	form_focus(f, first);
	snprintf(f->notice, sizeof f->notice, "%.60s: %s",
		 form_label(&f->fields[first]), f->fields[first].err);
	return FORM_INVALID;
}

static int is_printable(int ch)
{
	return ch > 0x20 && ch < GK_BASE && !text_is_control((uint32_t)ch);
}

/* The index of the field's value in its code list, or -1. */
static long choice_index(const struct form_field *fl)
{
	for (size_t i = 0; i < fl->nchoices; i++)
		if (strcmp(fl->choices[i].code, fl->value) == 0)
			return (long)i;
	return -1;
}

/* A scale: a digit picks that step, Left/Right move one step. */
static enum form_result scale_do(struct form *f, struct form_field *fl, enum action act,
				 int ch)
{
	long i = choice_index(fl), to = -2;
	if (act == ACT_NONE && ch >= '1' && ch <= '9')
		to = ch - '1' < (long)fl->nchoices ? ch - '1' : -2;
	else if (act == ACT_CHAR_NEXT)
		to = i + 1 < (long)fl->nchoices ? i + 1 : i;
	else if (act == ACT_CHAR_PREV)
		to = i > 0 ? i - 1 : i;
	else
		return FORM_UNHANDLED;
	if (to == -2) {
		snprintf(f->notice, sizeof f->notice, _("Kies een stap van 1 tot en met %zu."),
			 fl->nchoices);
		return FORM_CONTINUE;
	}
	if (to >= 0 && to != i) {
		form_set_string(&fl->value, fl->choices[to].code);
		form_edited(f, fl);
	}
	return FORM_CONTINUE;
}

static enum form_result choice_do(struct form *f, struct form_field *fl, enum action act,
				  int ch)
{
	if (fl->def->type == FT_SCALE && scale_do(f, fl, act, ch) == FORM_CONTINUE)
		return FORM_CONTINUE;
	if (act == ACT_CHOOSE) {
		form_pick_open(f, 0);
		return FORM_CONTINUE;
	}
	if (act == ACT_NONE && is_printable(ch)) {
		form_pick_open(f, ch);
		return FORM_CONTINUE;
	}
	if (act == ACT_DEL_PREV || act == ACT_DEL_NEXT) {
		form_set_string(&fl->value, "");
		form_edited(f, fl);
		return FORM_CONTINUE;
	}
	return FORM_UNHANDLED;
}

static enum form_result yesno_do(struct form *f, struct form_field *fl, enum action act,
				 int ch)
{
	const char *v = NULL;

	if (act == ACT_CHOOSE)
		v = strcmp(fl->value, "j") == 0 ? "n" : "j";
	else if (act == ACT_DEL_PREV || act == ACT_DEL_NEXT)
		v = "";
	else if (act == ACT_NONE && (ch == 'j' || ch == 'J' || ch == 'y' || ch == 'Y'))
		v = "j";
	else if (act == ACT_NONE && (ch == 'n' || ch == 'N'))
		v = "n";
	if (!v)
		return FORM_UNHANDLED;
	form_set_string(&fl->value, v);
	form_edited(f, fl);
	return FORM_CONTINUE;
}

static enum form_result text_do(struct form *f, struct form_field *fl, enum action act,
				int ch)
{
	enum le_result r;
	/* in a note Up and Down move by line first, and leave it at its edge */
	if (act == ACT_FIELD_UP || act == ACT_FIELD_DOWN) {
		if (fl->def->type != FT_NOTE)
			return FORM_UNHANDLED;
		act = act == ACT_FIELD_UP ? ACT_UP : ACT_DOWN;
	}
	r = act == ACT_NONE ? le_type(&fl->le, ch) : le_do(&fl->le, act);
	if (r == LE_UNHANDLED)
		return FORM_UNHANDLED;
	fl->touched = 1;
	fl->prefilled = 0;
	if (r == LE_REFUSED)
		snprintf(f->notice, sizeof f->notice,
			 _("Hier passen hoogstens %zu tekens; de rest is niet ingevoegd."),
			 fl->le.max_chars);
	if (act == ACT_NONE || act == ACT_DEL_PREV || act == ACT_DEL_NEXT ||
	    act == ACT_KILL_START || act == ACT_KILL_END || act == ACT_KILL_WORD)
		keep_spare_row(f, fl);
	return FORM_CONTINUE;
}

/* The field's own use of an action, before the form's. */
static enum form_result field_do(struct form *f, enum action act, int ch)
{
	struct form_field *fl = &f->fields[f->focus];
	if (form_is_text(fl->def->type))
		return text_do(f, fl, act, ch);
	if (is_choice_type(fl->def->type))
		return choice_do(f, fl, act, ch);
	return yesno_do(f, fl, act, ch);
}

enum form_result form_do(struct form *f, enum action act, int ch)
{
	f->notice[0] = '\0';
	if (f->mode == FM_PICK)
		return form_pick_do(f, act, ch);
	if (field_do(f, act, ch) == FORM_CONTINUE)
		return FORM_CONTINUE;
	switch (act) {
	case ACT_SAVE:
		return save(f);
	case ACT_CANCEL:
		return FORM_CANCEL;
	case ACT_QUIT:
		return FORM_QUIT;
	case ACT_NEXT_FIELD:
		move_focus(f, step(f, 1, 1));
		return FORM_CONTINUE;
	case ACT_PREV_FIELD:
		move_focus(f, step(f, -1, 1));
		return FORM_CONTINUE;
	case ACT_FIELD_DOWN:
		move_focus(f, step(f, 1, 0));
		return FORM_CONTINUE;
	case ACT_FIELD_UP:
		move_focus(f, step(f, -1, 0));
		return FORM_CONTINUE;
	case ACT_PART_NEXT:
		next_section(f);
		return FORM_CONTINUE;
	case ACT_PART_PREV:
		prev_section(f);
		return FORM_CONTINUE;
	case ACT_NEXT_EMPTY:
		next_empty(f);
		return FORM_CONTINUE;
	case ACT_NONE:
		return ch ? FORM_CONTINUE : FORM_UNHANDLED; /* a stray control key */
	default:
		return FORM_UNHANDLED;
	}
}

/* ---- keymaps -------------------------------------------------------------- */

#define K(a) {ACT_##a, NULL}
#define FORM_KEYS K(SAVE), K(CANCEL), K(QUIT), K(NEXT_FIELD), K(PREV_FIELD), \
	K(FIELD_DOWN), K(FIELD_UP), K(PART_NEXT), K(PART_PREV), K(NEXT_EMPTY)

/* A single-line text, date, number or secret field. */
static const struct screen_key text_keys[] = {
	K(CHAR_PREV), K(CHAR_NEXT), K(WORD_PREV), K(WORD_NEXT), K(LINE_START), K(LINE_END),
	K(DEL_PREV), K(DEL_NEXT), K(KILL_START), K(KILL_END), K(KILL_WORD), FORM_KEYS, K(NONE),
};

/* A note: Enter is a new line, Up/Down move inside it first. */
static const struct screen_key note_keys[] = {
	K(NEWLINE), K(CHAR_PREV), K(CHAR_NEXT), K(WORD_PREV), K(WORD_NEXT), K(LINE_START),
	K(LINE_END), K(DEL_PREV), K(DEL_NEXT), K(KILL_START), K(KILL_END), K(KILL_WORD),
	FORM_KEYS, K(NONE),
};

/* A choice or yes/no field: Space chooses, Backspace/Delete clear; Enter
 * is NEXT_FIELD and never changes the value. */
static const struct screen_key choice_keys[] = {
	K(CHOOSE), K(DEL_PREV), K(DEL_NEXT), FORM_KEYS, K(NONE),
};

/* A scale: a digit picks a step, Left/Right move a step, as a choice. */
static const struct screen_key scale_keys[] = {
	K(CHAR_PREV), K(CHAR_NEXT), K(CHOOSE), K(DEL_PREV), K(DEL_NEXT), FORM_KEYS, K(NONE),
};

/* An open pick list (its filter is a line editor). */
static const struct screen_key pick_keys[] = {
	K(OPEN), K(CANCEL), K(UP), K(DOWN), K(PGUP), K(PGDN), K(CHAR_PREV), K(CHAR_NEXT),
	K(LINE_START), K(LINE_END), K(DEL_PREV), K(DEL_NEXT), K(KILL_START), K(KILL_END),
	K(KILL_WORD), K(NONE),
};
static const struct screen_key pick_multi_keys[] = {
	K(CHOOSE), K(OPEN), K(CANCEL), K(UP), K(DOWN), K(PGUP), K(PGDN), K(CHAR_PREV),
	K(CHAR_NEXT), K(LINE_START), K(LINE_END), K(DEL_PREV), K(DEL_NEXT), K(KILL_START),
	K(KILL_END), K(KILL_WORD), K(NONE),
};

#undef FORM_KEYS
#undef K

const struct screen_key *form_keymap(const struct form *f)
{
	enum form_type t = f->fields[f->focus].def->type;
	if (f->mode == FM_PICK)
		return t == FT_MULTI ? pick_multi_keys : pick_keys;
	if (t == FT_NOTE)
		return note_keys;
	if (form_is_text(t))
		return text_keys;
	return t == FT_SCALE ? scale_keys : choice_keys;
}

enum form_result form_key(struct form *f, int key)
{
	const struct screen_key *map = form_keymap(f);
	/* on a choice, Space is an action; everywhere else typed text */
	int typing = map != choice_keys && map != scale_keys && map != pick_multi_keys;
	enum action act = keys_lookup(map, typing, key);
	if (act == ACT_NONE && (key >= GK_BASE || (key < 0x20 && key != 0)))
		return FORM_UNHANDLED; /* F1, Ctrl-L …: the screen's */
	return form_do(f, act, act == ACT_NONE ? key : 0);
}

enum form_result form_paste(struct form *f, const char *text)
{
	struct form_field *fl = &f->fields[f->focus];

	f->notice[0] = '\0';
	if (f->mode == FM_PICK) {
		le_insert(&f->filter, text);
		form_pick_filter(f);
		return FORM_CONTINUE;
	}
	if (f->mode != FM_EDIT || !form_is_text(fl->def->type))
		return FORM_UNHANDLED;
	fl->touched = 1;
	fl->prefilled = 0;
	if (le_insert(&fl->le, text) == LE_REFUSED)
		snprintf(f->notice, sizeof f->notice,
			 _("Hier passen hoogstens %zu tekens; de rest is niet ingevoegd."),
			 fl->le.max_chars);
	keep_spare_row(f, fl);
	return FORM_CONTINUE;
}

/* ---- what to show ------------------------------------------------------------ */

const char *form_message(const struct form *f)
{
	if (f->notice[0])
		return f->notice;
	return f->fields[f->focus].err;
}

int form_cursor(const struct form *f, int *y, int *x)
{
	const struct form_field *fl = &f->fields[f->focus];
	int row = 0, col = 0;

	if (f->mode == FM_PICK) {
		struct form_box b;
		struct le_view v;
		int lr;
		const char *zoek = _("Zoek: ");
		form_pick_box(f, &b, &lr);
		le_view(&f->filter, &v);
		*y = b.y + 1;
		*x = b.x + 1 + (int)le_width(zoek, strlen(zoek)) + v.cursor_col;
		return 1;
	}
	if (fl->def->type == FT_NOTE) {
		le_box_cursor(&fl->le, &row, &col);
	} else if (fl->def->type == FT_SCALE) {
		long i = choice_index(fl);
		col = (int)(i < 0 ? 0 : i) * FORM_SCALE_CELL + 1; /* on the chosen step's digit */
		if (col >= fl->width)
			col = 0;
	} else if (fl->def->type == FT_SECRET) {
		col = (int)fl->le.nchars < fl->width - 1 ? (int)fl->le.nchars : fl->width - 1;
	} else if (form_is_text(fl->def->type)) {
		struct le_view v;
		le_view(&fl->le, &v);
		col = v.cursor_col;
	}
	*y = fl->row - f->top + row;
	*x = f->value_x + col;
	return *y >= 0 && *y < f->body_rows;
}
