/* form.c — the form engine: field state, navigation, validation and
 * normalisation, pick lists and the unsaved-changes question.  See form.h;
 * drawing lives in form_draw.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
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

static int is_text_type(enum form_type t)
{
	return t == FT_TEXT || t == FT_NOTE || t == FT_DATE || t == FT_NUMBER;
}

static int is_choice_type(enum form_type t)
{
	return t == FT_CHOICE || t == FT_MULTI;
}

static struct form_field *field_by_key(const struct form *f, const char *key)
{
	for (size_t i = 0; i < f->n; i++)
		if (strcmp(f->fields[i].def->key, key) == 0)
			return &f->fields[i];
	return NULL;
}

static const char *field_value(const struct form_field *fl)
{
	return is_text_type(fl->def->type) ? le_text(&fl->le) : fl->value;
}

static int set_string(char **dst, const char *s)
{
	char *d = strdup(s);
	if (!d)
		return -1;
	free(*dst);
	*dst = d;
	return 0;
}

static int is_blank(const char *s)
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

/* Is `code` one of the comma-separated codes in list? */
static int list_has(const char *list, const char *code)
{
	size_t cl = strlen(code);
	const char *p = list;

	while (*p) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == cl && strncmp(p, code, l) == 0)
			return 1;
		p += l;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* ---- numbers -------------------------------------------------------------- */

/* The def's decimals, kept to what a long long holds with room to spare. */
static int clamp_decimals(int d)
{
	return d < 0 ? 0 : d > 6 ? 6 : d;
}

static long long pow10ll(int n)
{
	long long r = 1;
	while (n-- > 0)
		r *= 10;
	return r;
}

/* Parses "-12,5" or "12.5" into value × 10^decimals.  0, or -1 with a
 * message in err. */
static int parse_number(const char *s, int decimals, long long *scaled,
			char *err, size_t errsz)
{
	int neg = 0, digits = 0, frac = 0, seen_sep = 0;
	long long v = 0;

	decimals = clamp_decimals(decimals);
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
		v *= pow10ll(decimals - frac);
	*scaled = neg ? -v : v;
	return 0;
too_precise:
	snprintf(err, errsz, _("Gebruik hoogstens %d cijfer(s) achter de komma."),
		 decimals);
	return -1;
bad:
	snprintf(err, errsz, "%s", decimals > 0 ?
		 _("Vul een getal in, bijvoorbeeld 12,5.") :
		 _("Vul een heel getal in, bijvoorbeeld 12."));
	return -1;
}

/* Formats value × 10^-decimals with a decimal comma ("-12,50"). */
static void format_scaled(long long scaled, int decimals, char *out, size_t outsz)
{
	long long p, a = scaled < 0 ? -scaled : scaled, r;
	int n;

	decimals = clamp_decimals(decimals);
	if (decimals == 0) {
		snprintf(out, outsz, "%lld", scaled);
		return;
	}
	p = pow10ll(decimals);
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
	double s = v * (double)pow10ll(clamp_decimals(decimals));
	format_scaled((long long)(s < 0 ? s - 0.5 : s + 0.5), decimals, out, outsz);
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

static int check_number(struct form_field *fl)
{
	const struct form_field_def *def = fl->def;
	long long v;
	char buf[48];
	double d;

	if (parse_number(le_text(&fl->le), def->decimals, &v, fl->err,
			 sizeof fl->err) < 0)
		return -1;
	format_scaled(v, def->decimals, buf, sizeof buf);
	if (strcmp(buf, le_text(&fl->le)) != 0)
		le_replace_text(&fl->le, buf);
	d = (double)v / (double)pow10ll(clamp_decimals(def->decimals));
	if (def->min < def->max && (d < def->min || d > def->max)) {
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
	if (fl->def->type == FT_CHOICE && fl->nchoices > 0 &&
	    !choice_label(fl, fl->value, strlen(fl->value))) {
		snprintf(fl->err, sizeof fl->err, "%s",
			 _("Kies een waarde uit de lijst (Enter)."));
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
	if (t == FT_TEXT) {
		char *s = strdup(le_text(&fl->le));
		if (s) {
			text_trim(s);
			if (strcmp(s, le_text(&fl->le)) != 0)
				le_replace_text(&fl->le, s);
			free(s);
		}
	}
	if (is_blank(field_value(fl))) {
		if (!fl->def->required)
			return 0;
		snprintf(fl->err, sizeof fl->err, "%s", _("Dit veld is verplicht."));
		return -1;
	}
	if (t == FT_DATE && check_date(f, fl) < 0)
		return -1;
	if (t == FT_NUMBER && check_number(fl) < 0)
		return -1;
	if (is_choice_type(t))
		return check_choice(fl);
	if (is_text_type(t) && fl->def->validate)
		return run_validator(fl);
	return 0;
}

/* ---- layout and focus ---------------------------------------------------- */

static void scroll_to_focus(struct form *f)
{
	const struct form_field *fl = &f->fields[f->focus];

	if (fl->row < f->top)
		f->top = fl->row;
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
		w = (int)fl->le.max_chars + 1;
		break;
	default:
		w = avail;
	}
	return w > avail ? avail : w;
}

void form_set_size(struct form *f, int cols, int rows)
{
	int lw = 0, row = 0;

	f->cols = cols < 10 ? 10 : cols;
	f->rows = rows < 3 ? 3 : rows;
	f->body_rows = f->rows - 2;
	for (size_t i = 0; i < f->n; i++) {
		const char *l = _(f->fields[i].def->label);
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
	scroll_to_focus(f);
}

/* Leaves the focused field (checking it) for field `to`. */
static void move_focus(struct form *f, size_t to)
{
	check_field(f, f->focus);
	f->fields[f->focus].touched = 1;
	f->focus = to;
	scroll_to_focus(f);
}

static void next_field(struct form *f)
{
	move_focus(f, (f->focus + 1) % f->n);
}

static void prev_field(struct form *f)
{
	move_focus(f, (f->focus + f->n - 1) % f->n);
}

/* ---- life cycle ------------------------------------------------------------ */

static size_t default_max(const struct form_field_def *def)
{
	switch (def->type) {
	case FT_TEXT:
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

static int field_init(struct form_field *fl, const struct form_field_def *def)
{
	fl->def = def;
	fl->choices = def->choices;
	fl->nchoices = count_choices(def->choices);
	fl->value = strdup("");
	fl->orig = strdup("");
	if (le_init(&fl->le, default_max(def), def->type == FT_NOTE) < 0)
		return -1;
	return fl->value && fl->orig ? 0 : -1;
}

int form_init(struct form *f, const struct form_field_def *defs, size_t n,
	      struct gp_date today)
{
	memset(f, 0, sizeof *f);
	f->today = today;
	f->mode = FM_EDIT;
	if (n == 0)
		return -1;
	f->fields = calloc(n, sizeof *f->fields);
	if (!f->fields)
		return -1;
	f->n = n;
	if (le_init(&f->filter, FILTER_MAX_CHARS, 0) < 0) {
		form_free(f);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (field_init(&f->fields[i], &defs[i]) < 0) {
			form_free(f);
			return -1;
		}
	}
	form_set_size(f, 80, 24);
	return 0;
}

void form_free(struct form *f)
{
	for (size_t i = 0; i < f->n; i++) {
		le_free(&f->fields[i].le);
		free(f->fields[i].value);
		free(f->fields[i].orig);
	}
	free(f->fields);
	le_free(&f->filter);
	free(f->pick);
	free(f->pick_mark);
	memset(f, 0, sizeof *f);
}

/* ---- values ------------------------------------------------------------------ */

int form_set_choices(struct form *f, const char *key,
		     const struct form_choice *choices)
{
	struct form_field *fl = field_by_key(f, key);

	if (!fl)
		return -1;
	fl->choices = choices;
	fl->nchoices = count_choices(choices);
	return 0;
}

int form_set(struct form *f, const char *key, const char *value)
{
	struct form_field *fl = field_by_key(f, key);
	struct gp_date d;
	char buf[11];

	if (!fl)
		return -1;
	if (!value)
		value = "";
	fl->err[0] = '\0';
	fl->touched = 0;
	if (is_text_type(fl->def->type)) {
		if (fl->def->type == FT_DATE && date_parse_iso(value, &d) == 0) {
			date_fmt_nl(d, buf);
			value = buf;
		}
		return le_set_text(&fl->le, value);
	}
	if (set_string(&fl->value, value) < 0)
		return -1;
	return set_string(&fl->orig, value);
}

const char *form_get(const struct form *f, const char *key)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? field_value(fl) : NULL;
}

int form_get_date(const struct form *f, const char *key, struct gp_date *d)
{
	const struct form_field *fl = field_by_key(f, key);
	const char *why;

	if (!fl || fl->def->type != FT_DATE || is_blank(le_text(&fl->le)))
		return -1;
	return date_parse_nl(le_text(&fl->le), f->today, d, &why);
}

int form_get_number(const struct form *f, const char *key, double *v)
{
	const struct form_field *fl = field_by_key(f, key);
	long long s;
	char err[160];

	if (!fl || fl->def->type != FT_NUMBER)
		return -1;
	if (parse_number(le_text(&fl->le), fl->def->decimals, &s, err, sizeof err) < 0)
		return -1;
	*v = (double)s / (double)pow10ll(clamp_decimals(fl->def->decimals));
	return 0;
}

static int field_changed(const struct form_field *fl)
{
	if (is_text_type(fl->def->type))
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
		if (is_text_type(fl->def->type))
			le_mark_saved(&fl->le);
		else
			set_string(&fl->orig, fl->value);
	}
}

int form_set_error(struct form *f, const char *key, const char *msg)
{
	struct form_field *fl = field_by_key(f, key);

	if (!fl)
		return -1;
	snprintf(fl->err, sizeof fl->err, "%s", msg);
	f->focus = (size_t)(fl - f->fields);
	f->mode = FM_EDIT;
	scroll_to_focus(f);
	return 0;
}

const char *form_error(const struct form *f, const char *key)
{
	const struct form_field *fl = field_by_key(f, key);
	return fl ? fl->err : NULL;
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
		text_copy(out, outsz, field_value(fl));
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

/* ---- the pick list ----------------------------------------------------------- */

void form_pick_box(const struct form *f, struct form_box *b, int *list_rows)
{
	const struct form_field *fl = &f->fields[f->focus];
	const char *zoek = _("Zoek: ");
	int w = (int)le_width(zoek, strlen(zoek)) + 16;
	int extra = fl->def->type == FT_MULTI ? 4 : 0; /* "[x] " */
	int lr;

	for (size_t i = 0; i < fl->nchoices; i++) {
		const char *l = fl->choices[i].label;
		int lw = (int)le_width(l, strlen(l)) + extra + 2;
		if (lw > w)
			w = lw;
	}
	w += 2; /* borders */
	if (w > f->cols)
		w = f->cols;
	lr = fl->nchoices > 0 ? (int)fl->nchoices : 1;
	if (lr > f->rows - 3)
		lr = f->rows - 3;
	if (lr < 1)
		lr = 1;
	b->w = w;
	b->h = lr + 3; /* top border, filter line, entries, bottom border */
	b->x = f->value_x;
	if (b->x + b->w > f->cols)
		b->x = f->cols - b->w;
	if (b->x < 0)
		b->x = 0;
	b->y = fl->row - f->top + 1;
	if (b->y + b->h > f->rows)
		b->y = f->rows - b->h;
	if (b->y < 0)
		b->y = 0;
	*list_rows = lr;
}

static void pick_keep_visible(struct form *f)
{
	struct form_box b;
	int lr;

	form_pick_box(f, &b, &lr);
	if (f->pick_sel < f->pick_top)
		f->pick_top = f->pick_sel;
	if (f->pick_sel >= f->pick_top + (size_t)lr)
		f->pick_top = f->pick_sel - (size_t)lr + 1;
}

/* Recomputes the entries matching the filter: a case- and accent-insensitive
 * substring of the label ("tur" finds "Turks", "gulsen" finds "Gülşen"). */
static void pick_filter(struct form *f)
{
	const struct form_field *fl = &f->fields[f->focus];
	char want[FILTER_MAX_CHARS * 4 + 16], have[512];

	text_fold(le_text(&f->filter), want, sizeof want);
	f->npick = 0;
	for (size_t i = 0; i < fl->nchoices; i++) {
		text_fold(fl->choices[i].label, have, sizeof have);
		if (strstr(have, want))
			f->pick[f->npick++] = i;
	}
	f->pick_sel = 0;
	f->pick_top = 0;
}

static void pick_open(struct form *f, int first_key)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t n = fl->nchoices ? fl->nchoices : 1;
	struct form_box b;
	int lr;

	free(f->pick);
	free(f->pick_mark);
	f->pick = calloc(n, sizeof *f->pick);
	f->pick_mark = calloc(n, 1);
	if (!f->pick || !f->pick_mark) {
		snprintf(f->notice, sizeof f->notice, "%s",
			 _("Te weinig geheugen om de lijst te openen."));
		return;
	}
	for (size_t i = 0; i < fl->nchoices; i++)
		f->pick_mark[i] = (unsigned char)list_has(fl->value, fl->choices[i].code);
	le_set_text(&f->filter, "");
	if (first_key)
		le_key(&f->filter, first_key);
	f->mode = FM_PICK;
	form_pick_box(f, &b, &lr);
	le_set_size(&f->filter, b.w - 2 - (int)le_width(_("Zoek: "), strlen(_("Zoek: "))), 1);
	pick_filter(f);
	/* start on the current value when it is in the list */
	for (size_t i = 0; i < f->npick; i++)
		if (strcmp(fl->choices[f->pick[i]].code, fl->value) == 0)
			f->pick_sel = i;
	pick_keep_visible(f);
}

static void pick_close(struct form *f)
{
	f->mode = FM_EDIT;
	free(f->pick);
	free(f->pick_mark);
	f->pick = NULL;
	f->pick_mark = NULL;
	f->npick = 0;
}

/* Multi-choice: the ticked codes, in list order, become the value. */
static void pick_commit_multi(struct form *f)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t sz = 1, o = 0;
	char *v;

	for (size_t i = 0; i < fl->nchoices; i++)
		if (f->pick_mark[i])
			sz += strlen(fl->choices[i].code) + 1;
	v = malloc(sz);
	if (!v)
		return;
	v[0] = '\0';
	for (size_t i = 0; i < fl->nchoices; i++) {
		if (!f->pick_mark[i])
			continue;
		o += (size_t)sprintf(v + o, "%s%s", o ? "," : "", fl->choices[i].code);
	}
	free(fl->value);
	fl->value = v;
}

static void pick_move(struct form *f, long delta)
{
	long s = (long)f->pick_sel + delta;

	if (f->npick == 0)
		return;
	if (s < 0)
		s = 0;
	if (s >= (long)f->npick)
		s = (long)f->npick - 1;
	f->pick_sel = (size_t)s;
	pick_keep_visible(f);
}

static enum form_result pick_key(struct form *f, int key)
{
	struct form_field *fl = &f->fields[f->focus];
	int multi = fl->def->type == FT_MULTI;
	struct form_box b;
	int lr;

	form_pick_box(f, &b, &lr);
	switch (key) {
	case GK_ESC:
		pick_close(f);
		break;
	case GK_UP:
		pick_move(f, -1);
		break;
	case GK_DOWN:
		pick_move(f, 1);
		break;
	case GK_PGUP:
		pick_move(f, -lr);
		break;
	case GK_PGDN:
		pick_move(f, lr);
		break;
	case GK_ENTER:
		if (multi) {
			pick_commit_multi(f);
		} else if (f->npick > 0) {
			set_string(&fl->value, fl->choices[f->pick[f->pick_sel]].code);
		} else {
			break; /* nothing to pick: keep the list open */
		}
		fl->touched = 1;
		fl->err[0] = '\0';
		pick_close(f);
		break;
	case ' ':
		if (multi) {
			if (f->npick > 0)
				f->pick_mark[f->pick[f->pick_sel]] ^= 1;
			break;
		}
		/* fall through: a space belongs in the filter */
	default:
		if (le_key(&f->filter, key) != LE_UNHANDLED)
			pick_filter(f);
	}
	return FORM_CONTINUE;
}

/* ---- keys ------------------------------------------------------------------ */

static enum form_result save(struct form *f)
{
	size_t first = f->n;

	for (size_t i = 0; i < f->n; i++) {
		f->fields[i].touched = 1;
		if (check_field(f, i) < 0 && first == f->n)
			first = i;
	}
	if (first == f->n)
		return FORM_SAVE;
	f->focus = first;
	scroll_to_focus(f);
	snprintf(f->notice, sizeof f->notice, "%.60s: %s",
		 _(f->fields[first].def->label), f->fields[first].err);
	return FORM_INVALID;
}

/* Esc and F10: ask first when something would be lost. */
static enum form_result leave(struct form *f, enum form_result r)
{
	if (!form_changed(f))
		return r;
	f->mode = FM_CONFIRM;
	f->pending = r;
	return FORM_CONTINUE;
}

static enum form_result confirm_key(struct form *f, int key)
{
	switch (key) {
	case 'j':
	case 'J':
	case 'y':
	case 'Y':
		f->mode = FM_EDIT;
		return f->pending;
	case 'n':
	case 'N':
	case GK_ESC:
		f->mode = FM_EDIT;
		return FORM_CONTINUE;
	default:
		return FORM_CONTINUE; /* only an answer ends the question */
	}
}

/* Up/Down/Enter that the field itself had no use for. */
static enum form_result navigate(struct form *f, int key)
{
	switch (key) {
	case GK_UP:
		prev_field(f);
		return FORM_CONTINUE;
	case GK_DOWN:
	case GK_ENTER:
		next_field(f);
		return FORM_CONTINUE;
	default:
		return FORM_UNHANDLED;
	}
}

static enum form_result text_key(struct form *f, struct form_field *fl, int key)
{
	switch (le_key(&fl->le, key)) {
	case LE_HANDLED:
		fl->touched = 1;
		return FORM_CONTINUE;
	case LE_REFUSED:
		snprintf(f->notice, sizeof f->notice,
			 _("Hier passen hoogstens %zu tekens; de rest is niet ingevoegd."),
			 fl->le.max_chars);
		return FORM_CONTINUE;
	default:
		return navigate(f, key);
	}
}

static int is_printable_key(int key)
{
	return key > 0x20 && key < GK_BASE && !text_is_control((uint32_t)key);
}

static enum form_result choice_key(struct form *f, struct form_field *fl, int key)
{
	if (key == GK_ENTER || key == ' ') {
		pick_open(f, 0);
		return FORM_CONTINUE;
	}
	if (is_printable_key(key)) {
		pick_open(f, key);
		return FORM_CONTINUE;
	}
	if (key == GK_BACKSPACE || key == GK_DELETE) {
		set_string(&fl->value, "");
		fl->touched = 1;
		return FORM_CONTINUE;
	}
	return navigate(f, key);
}

static enum form_result yesno_key(struct form *f, struct form_field *fl, int key)
{
	const char *v = NULL;

	switch (key) {
	case GK_ENTER:
	case ' ':
		v = strcmp(fl->value, "j") == 0 ? "n" : "j";
		break;
	case 'j':
	case 'J':
	case 'y':
	case 'Y':
		v = "j";
		break;
	case 'n':
	case 'N':
		v = "n";
		break;
	case GK_BACKSPACE:
	case GK_DELETE:
		v = "";
		break;
	default:
		return navigate(f, key);
	}
	set_string(&fl->value, v);
	fl->touched = 1;
	fl->err[0] = '\0';
	return FORM_CONTINUE;
}

static enum form_result edit_key(struct form *f, int key)
{
	struct form_field *fl = &f->fields[f->focus];

	switch (key) {
	case GK_F2:
	case GK_CTRL_S:
		return save(f);
	case GK_ESC:
		return leave(f, FORM_CANCEL);
	case GK_F10:
		return leave(f, FORM_QUIT);
	case GK_TAB:
		next_field(f);
		return FORM_CONTINUE;
	case GK_BTAB:
		prev_field(f);
		return FORM_CONTINUE;
	default:
		break;
	}
	if (is_text_type(fl->def->type))
		return text_key(f, fl, key);
	if (is_choice_type(fl->def->type))
		return choice_key(f, fl, key);
	return yesno_key(f, fl, key);
}

enum form_result form_key(struct form *f, int key)
{
	f->notice[0] = '\0';
	switch (f->mode) {
	case FM_CONFIRM:
		return confirm_key(f, key);
	case FM_PICK:
		return pick_key(f, key);
	default:
		return edit_key(f, key);
	}
}

enum form_result form_paste(struct form *f, const char *text)
{
	struct form_field *fl = &f->fields[f->focus];

	f->notice[0] = '\0';
	if (f->mode == FM_PICK) {
		le_insert(&f->filter, text);
		pick_filter(f);
		return FORM_CONTINUE;
	}
	if (f->mode != FM_EDIT || !is_text_type(fl->def->type))
		return FORM_UNHANDLED;
	fl->touched = 1;
	if (le_insert(&fl->le, text) == LE_REFUSED)
		snprintf(f->notice, sizeof f->notice,
			 _("Hier passen hoogstens %zu tekens; de rest is niet ingevoegd."),
			 fl->le.max_chars);
	return FORM_CONTINUE;
}

/* ---- what to show ------------------------------------------------------------ */

const char *form_message(const struct form *f)
{
	if (f->mode == FM_CONFIRM)
		return _("Wijzigingen niet opgeslagen. Weggooien? (j/n)");
	if (f->notice[0])
		return f->notice;
	return f->fields[f->focus].err;
}

int form_cursor(const struct form *f, int *y, int *x)
{
	const struct form_field *fl = &f->fields[f->focus];
	int row = 0, col = 0;

	if (f->mode == FM_CONFIRM)
		return 0;
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
	} else if (is_text_type(fl->def->type)) {
		struct le_view v;
		le_view(&fl->le, &v);
		col = v.cursor_col;
	}
	*y = fl->row - f->top + row;
	*x = f->value_x + col;
	return *y >= 0 && *y < f->body_rows;
}
