/* fuzz_form.c — the form runtime (ui/form.h) driven by random keys and
 * pastes over a form with every kind of field.  Invariants after every
 * key: the focus is a field; each value is valid UTF-8; a choice holds a
 * code of its list or nothing; a yes/no field j, n or nothing; a date
 * that the form accepts is a real date; the layout stays inside the
 * window. */
#include "form.h"
#include "fuzz.h"
#include "keycodes.h"
#include "text.h"

static const struct form_choice SEX[] = {
	{"0", "onbekend"}, {"1", "man"}, {"2", "vrouw"}, {"3", "onbepaald"}, {NULL, NULL},
};

/* The record the form edits (every kind of binding). */
struct rec {
	char name[121];
	char note[801];
	struct gp_date date;
	int grams;
	char sex[4];
	char multi[32];
	int yes;
};

static const struct form_field_def FIELDS[] = {
	{FORM_TEXT(struct rec, name), .label = "Naam", .type = FT_TEXT, .required = 1,
	 .max_chars = 30},
	{FORM_TEXT(struct rec, note), .label = "Notitie", .type = FT_NOTE, .rows = 3,
	 .max_chars = 200},
	{FORM_DATE(struct rec, date), .label = "Datum", .type = FT_DATE},
	{FORM_INT(struct rec, grams, 1000), .label = "Gewicht", .type = FT_NUMBER, .min = 0.3,
	 .max = 200, .decimals = 3, .unit = "kg"},
	{FORM_TEXT(struct rec, sex), .label = "Geslacht", .type = FT_CHOICE, .choices = SEX},
	{FORM_TEXT(struct rec, multi), .label = "Aanwezig", .type = FT_MULTI, .choices = SEX},
	{FORM_BOOL(struct rec, yes), .label = "Toestemming", .type = FT_YESNO},
};
enum { NFIELDS = sizeof FIELDS / sizeof *FIELDS };

static const struct form_def DEF = {"fuzz", FIELDS, NFIELDS, sizeof(struct rec)};

static const int KEYS[] = {
	GK_TAB, GK_BTAB, GK_UP, GK_DOWN, GK_ENTER, GK_ESC, GK_F2, GK_F10, GK_LEFT, GK_RIGHT,
	GK_HOME, GK_END, GK_BACKSPACE, GK_DELETE, GK_PGUP, GK_PGDN, GK_CTRL_U, GK_CTRL_S,
	' ', 'j', 'n', 'm', 'v', 't', '+', '3', 'w', '-', '1', '2', ',', 0xEB, 0x1B,
};
enum { NKEYS = sizeof KEYS / sizeof *KEYS };

static int in_list(const char *v, const struct form_choice *c)
{
	for (; c->code; c++)
		if (strcmp(v, c->code) == 0)
			return 1;
	return 0;
}

static void check(const struct form *f)
{
	FUZZ_CHECK(f->focus < f->n);
	for (size_t i = 0; i < f->n; i++) {
		const char *v = form_get(f, FIELDS[i].key);
		FUZZ_CHECK(v && utf8_valid(v));
	}
	const char *sex = form_get(f, "sex"), *yes = form_get(f, "yes");
	struct rec r = {0};
	form_collect(f, &r);
	FUZZ_CHECK(utf8_valid(r.name) && utf8_valid(r.note));
	FUZZ_CHECK(r.date.y == 0 || date_valid(r.date.y, r.date.m, r.date.d));
	FUZZ_CHECK(!*sex || in_list(sex, SEX));
	FUZZ_CHECK(!*yes || strcmp(yes, "j") == 0 || strcmp(yes, "n") == 0);
	struct gp_date d;
	if (form_get_date(f, "date", &d) == 0)
		FUZZ_CHECK(date_valid(d.y, d.m, d.d));
	int y, x;
	if (form_cursor(f, &y, &x))
		FUZZ_CHECK(y >= 0 && x >= 0 && x <= f->cols);
	FUZZ_CHECK(form_message(f) != NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct form f;
	if (size < 1 || form_init(&f, &DEF, (struct gp_date){2026, 11, 26}) != 0)
		return 0;
	char msg[256];
	FUZZ_CHECK(form_def_check(&DEF, msg, sizeof msg) == 0);
	form_set_size(&f, 40 + data[0] % 60, 10 + data[0] / 60 % 20);
	for (size_t i = 1; i < size; i++) {
		unsigned char b = data[i];
		if (b >= 0xF0 && i + 1 < size) {
			size_t n = (size_t)(b - 0xF0) + 1;
			if (n > size - i - 1)
				n = size - i - 1;
			char *paste = fuzz_string(data + i + 1, n);
			form_paste(&f, paste);
			free(paste);
			i += n;
		} else {
			enum form_result r = form_key(&f, KEYS[b % NKEYS]);
			if (r == FORM_SAVE)
				form_mark_saved(&f);
		}
		check(&f);
	}
	form_free(&f);
	return 0;
}
