/* test_form_table.c — what makes a form a table: fields bound to a record
 * (fill and collect), a repeating group with a spare row and a cross-field
 * rule, sections (PgDn/PgUp), Tab passing over values filled in beforehand
 * while Down visits every field, Ctrl-N to the next empty required field,
 * grams and millimetres recognised by size, remembered values per vaccine,
 * and the start-up check that refuses a broken table. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "form.h"
#include "keycodes.h"
#include "text.h"

struct line {
	char code[8];  /* the row's lead: a choice */
	int amount;    /* a number */
	char lot[81];  /* remembered per code */
	char id[8];    /* not on the form: must survive fill and collect */
};

struct rec {
	char name[801];
	struct gp_date on;
	char kind[8];
	int weight_g;
	int length_mm;
	int yes;
	struct line lines[3];
	int nlines;
	char memo[4001];
};

static const struct form_choice kinds[] = {{"a", "Appel"}, {"p", "Peer"}, {NULL, NULL}};
static const struct form_choice codes[] = {{"X", "Xeno"}, {"Y", "Yak"}, {NULL, NULL}};

/* A row with a code needs an amount or a lot, not both. */
static int amount_or_lot(const char *const v[], int loaded, int *at, const char **why)
{
	(void)loaded;
	if (!v[0][0])
		return 0;
	if (!v[1][0] && !v[2][0]) {
		*at = 1;
		*why = "amount or lot";
		return -1;
	}
	return 0;
}

static const struct form_rule rule = {"amount_or_lot", {"code", "amount", "lot"},
				      amount_or_lot};
static const struct form_group_def lines =
	FORM_GROUP(struct rec, lines, nlines, "Regel %d");

enum { F_NAME, F_ON, F_KIND, F_WEIGHT, F_LENGTH, F_YES, F_CODE, F_AMOUNT, F_LOT, F_MEMO, NF };

static const struct form_field_def fields[NF] = {
	[F_NAME] = {FORM_TEXT(struct rec, name), .label = "Naam", .type = FT_TEXT,
		    .required = 1, .section = "Een"},
	[F_ON] = {FORM_DATE(struct rec, on), .label = "Datum", .type = FT_DATE, .required = 1},
	[F_KIND] = {FORM_TEXT(struct rec, kind), .label = "Soort", .type = FT_CHOICE,
		    .required = 1, .choices = kinds},
	[F_WEIGHT] = {FORM_INT(struct rec, weight_g, 1000), .label = "Gewicht",
		      .type = FT_NUMBER, .unit = "kg", .min = 0.3, .max = 200, .decimals = 3,
		      .alt_scale = 1000, .section = "Twee"},
	[F_LENGTH] = {FORM_INT(struct rec, length_mm, 10), .label = "Lengte", .type = FT_NUMBER,
		      .unit = "cm", .min = 30, .max = 220, .decimals = 1, .alt_scale = 10},
	[F_YES] = {FORM_BOOL(struct rec, yes), .label = "Ja", .type = FT_YESNO},
	[F_CODE] = {FORM_TEXT(struct line, code), .group = &lines, .label = "Code",
		    .type = FT_CHOICE, .choices = codes, .rule = &rule, .section = "Drie"},
	[F_AMOUNT] = {FORM_INT(struct line, amount, 1), .group = &lines, .label = "Aantal",
		      .type = FT_NUMBER, .min = 1, .max = 9},
	[F_LOT] = {FORM_TEXT(struct line, lot), .group = &lines, .label = "Partij",
		   .type = FT_TEXT, .max_chars = 20, .remember = 1, .remember_by = "code",
		   .skip_tab = 0},
	[F_MEMO] = {FORM_TEXT(struct rec, memo), .label = "Memo", .type = FT_NOTE,
		    .max_chars = 1000, .rows = 2, .section = "Vier"},
};

static const struct form_def def = {"proef", fields, NF, sizeof(struct rec)};
static const struct gp_date today = {2026, 11, 26};

static int setup(void **state)
{
	struct form *f = calloc(1, sizeof *f);
	assert_non_null(f);
	assert_int_equal(form_init(f, &def, today), 0);
	form_set_size(f, 80, 24);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	form_free(*state);
	free(*state);
	return 0;
}

static void type(struct form *f, const char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		uint32_t cp;
		int k = utf8_decode(s, n, &cp);
		assert_true(k > 0);
		form_key(f, (int)cp);
		s += k;
		n -= (size_t)k;
	}
}

/* The definition and row of the field with the focus. */
static size_t focus_def(const struct form *f)
{
	return form_def_index(f, &f->fields[f->focus]);
}

static int focus_row(const struct form *f)
{
	return f->fields[f->focus].grow;
}

static void table_passes_the_check(void **state)
{
	char msg[256];
	(void)state;
	if (form_def_check(&def, msg, sizeof msg) != 0)
		fail_msg("%s", msg);
}

/* A record → the form → a record: every bound member, every group row. */
static void fill_and_collect_round_trip(void **state)
{
	struct form *f = *state;
	struct rec in = {0}, out = {0};
	snprintf(in.name, sizeof in.name, "Zoë Ünal");
	in.on = (struct gp_date){2024, 3, 5};
	snprintf(in.kind, sizeof in.kind, "p");
	in.weight_g = 5600;
	in.length_mm = 595;
	in.yes = 1;
	in.nlines = 2;
	snprintf(in.lines[0].code, sizeof in.lines[0].code, "X");
	in.lines[0].amount = 2;
	snprintf(in.lines[0].id, sizeof in.lines[0].id, "id0");
	snprintf(in.lines[1].code, sizeof in.lines[1].code, "Y");
	snprintf(in.lines[1].lot, sizeof in.lines[1].lot, "AB12");
	snprintf(in.lines[1].id, sizeof in.lines[1].id, "id1");
	snprintf(in.memo, sizeof in.memo, "twee\nregels");
	assert_int_equal(form_fill(f, &in), 0);
	assert_false(form_changed(f));
	assert_string_equal(form_value(f, F_WEIGHT, 0), "5,600");
	assert_string_equal(form_value(f, F_LENGTH, 0), "59,5");
	assert_string_equal(form_value(f, F_ON, 0), "05-03-2024");
	assert_string_equal(form_value(f, F_YES, 0), "j");
	assert_string_equal(form_value(f, F_LOT, 1), "AB12");
	assert_int_equal(form_rows(f, F_CODE), 3); /* two rows and the spare one */
	out = in; /* ids and anything not on the form come from the record */
	memset(out.lines, 0x55, sizeof out.lines[2]); /* must not leak into a row */
	out.lines[0] = in.lines[0];
	form_collect(f, &out);
	assert_memory_equal(&in, &out, sizeof in);
}

/* An empty row in the middle is left out; the rows keep their elements. */
static void collect_keeps_filled_rows_in_order(void **state)
{
	struct form *f = *state;
	struct rec in = {0}, out;
	in.nlines = 2;
	snprintf(in.lines[0].code, sizeof in.lines[0].code, "X");
	in.lines[0].amount = 1;
	snprintf(in.lines[0].id, sizeof in.lines[0].id, "id0");
	snprintf(in.lines[1].code, sizeof in.lines[1].code, "Y");
	in.lines[1].amount = 3;
	snprintf(in.lines[1].id, sizeof in.lines[1].id, "id1");
	form_fill(f, &in);
	form_put(f, F_CODE, 0, ""); /* the first row emptied */
	out = in;
	form_collect(f, &out);
	assert_int_equal(out.nlines, 1);
	assert_string_equal(out.lines[0].code, "Y");
	assert_string_equal(out.lines[0].id, "id1");
	assert_int_equal(out.lines[0].amount, 3);
}

/* Typing in the last row adds a spare one, up to the array's size. */
static void group_grows_a_spare_row(void **state)
{
	struct form *f = *state;
	assert_int_equal(form_rows(f, F_CODE), 1);
	form_focus(f, (size_t)(form_field_of(f, F_LOT, 0) - f->fields));
	type(f, "L1");
	assert_int_equal(form_rows(f, F_CODE), 2);
	form_focus(f, (size_t)(form_field_of(f, F_LOT, 1) - f->fields));
	type(f, "L2");
	assert_int_equal(form_rows(f, F_CODE), 3);
	form_focus(f, (size_t)(form_field_of(f, F_LOT, 2) - f->fields));
	type(f, "L3");
	assert_int_equal(form_rows(f, F_CODE), 3); /* the array holds three */
	assert_string_equal(form_value(f, F_LOT, 0), "L1");
	assert_string_equal(form_value(f, F_LOT, 2), "L3");
	/* a field of a later row is found by the core's member path */
	assert_ptr_equal(form_field_named(f, "lines.lot", 2), form_field_of(f, F_LOT, 2));
	assert_ptr_equal(form_field_named(f, "name", 0), form_field_of(f, F_NAME, 0));
	assert_null(form_field_named(f, "lines.lot", 5));
	assert_null(form_field_named(f, "lot", 0));
	/* the group as a whole (a refusal about all its rows): the row's first field */
	assert_ptr_equal(form_field_named(f, "lines", 0), form_field_of(f, F_CODE, 0));
	assert_ptr_equal(form_field_named(f, "lines", 1), form_field_of(f, F_CODE, 1));
	assert_null(form_field_named(f, "lines", 5));
}

/* The rule runs on F2 and puts its sentence on the field it names; an
 * unused spare row asks nothing. */
static void rule_on_save_and_spare_row_ignored(void **state)
{
	struct form *f = *state;
	form_put(f, F_NAME, 0, "Jan");
	form_put(f, F_ON, 0, "t");
	form_put(f, F_KIND, 0, "a");
	form_put(f, F_CODE, 0, "X");
	assert_int_equal(form_rows(f, F_CODE), 2);
	assert_int_equal(form_key(f, GK_F2), FORM_INVALID);
	assert_int_equal(focus_def(f), F_AMOUNT);
	assert_int_equal(focus_row(f), 0);
	assert_string_equal(form_message(f), "Aantal: amount or lot");
	type(f, "2");
	assert_int_equal(form_key(f, GK_F2), FORM_SAVE);
}

/* Tab passes over values filled in beforehand, Down visits every field;
 * the form starts on the first field that asks for something. */
static void tab_skips_prefilled_down_visits_every_field(void **state)
{
	struct form *f = *state;
	form_prefill(f, F_ON, 0, "26-11-2026");
	form_prefill(f, F_KIND, 0, "a");
	form_prefill(f, F_YES, 0, "n");
	form_focus_first(f);
	assert_int_equal(focus_def(f), F_NAME);
	form_key(f, GK_TAB);
	assert_int_equal(focus_def(f), F_WEIGHT);
	form_key(f, GK_BTAB);
	assert_int_equal(focus_def(f), F_NAME);
	form_key(f, GK_DOWN);
	assert_int_equal(focus_def(f), F_ON);
	form_key(f, GK_DOWN);
	assert_int_equal(focus_def(f), F_KIND);
	/* Enter is Tab */
	form_key(f, GK_ENTER);
	assert_int_equal(focus_def(f), F_WEIGHT);
	form_key(f, GK_ENTER);
	assert_int_equal(focus_def(f), F_LENGTH);
	form_key(f, GK_ENTER); /* over Ja */
	assert_int_equal(focus_def(f), F_CODE);
	/* a prefilled value the user edits is no longer passed over */
	form_focus(f, (size_t)(form_field_of(f, F_KIND, 0) - f->fields));
	type(f, "p"); /* Appel has a p too, Peer starts with it: Peer comes first */
	assert_int_equal(f->npick, 2);
	form_key(f, GK_ENTER);
	assert_string_equal(form_value(f, F_KIND, 0), "p");
	form_focus(f, 0);
	form_key(f, GK_TAB);
	assert_int_equal(focus_def(f), F_KIND);
}

/* PgDn to the next section's first field that asks for something, PgUp to
 * the start of this section and then the one before. */
static void sections_with_pgdn_and_pgup(void **state)
{
	struct form *f = *state;
	form_prefill(f, F_ON, 0, "26-11-2026");
	form_set_size(f, 60, 8); /* 6 rows for fields */
	form_focus(f, 0);
	form_key(f, GK_PGDN);
	assert_int_equal(focus_def(f), F_WEIGHT);
	/* the part is seen whole: its heading at the top of the window */
	const struct form_field *w = form_field_of(f, F_WEIGHT, 0);
	assert_true(w->heading);
	assert_int_equal(f->top, w->row - 1);
	form_key(f, GK_PGDN);
	assert_int_equal(focus_def(f), F_CODE);
	form_key(f, GK_PGDN);
	assert_int_equal(focus_def(f), F_MEMO);
	form_key(f, GK_PGDN); /* the last section: stays, and says so */
	assert_int_equal(focus_def(f), F_MEMO);
	assert_non_null(strstr(form_message(f), "laatste deel"));
	/* PgDn works from inside a note, too */
	form_key(f, GK_PGUP);
	assert_int_equal(focus_def(f), F_CODE);
	form_key(f, GK_DOWN);
	form_key(f, GK_PGUP); /* back to the start of Drie */
	assert_int_equal(focus_def(f), F_CODE);
	form_key(f, GK_PGUP);
	assert_int_equal(focus_def(f), F_WEIGHT);
	form_key(f, GK_PGUP);
	assert_int_equal(focus_def(f), F_NAME);
}

static void ctrl_n_goes_to_the_next_empty_required_field(void **state)
{
	struct form *f = *state;
	form_focus(f, 0);
	type(f, "Jan");
	form_key(f, GK_CTRL_N);
	assert_int_equal(focus_def(f), F_ON);
	type(f, "t");
	form_key(f, GK_CTRL_N);
	assert_int_equal(focus_def(f), F_KIND);
	form_put(f, F_KIND, 0, "a");
	form_key(f, GK_CTRL_N);
	assert_int_equal(focus_def(f), F_KIND);
	assert_non_null(strstr(form_message(f), "Alle verplichte velden"));
}

/* Weight as 5,6 or 5.6 or 5600 (grams), length in cm or mm: always shown in
 * the unit of the field. */
static void grams_and_millimetres_by_size(void **state)
{
	struct form *f = *state;
	static const struct {
		size_t def;        /* field */
		const char *typed; /* what the nurse types */
		const char *shown; /* what the field shows after it */
	} cases[] = {
		{F_WEIGHT, "5,6", "5,600"},   {F_WEIGHT, "5.6", "5,600"},
		{F_WEIGHT, "5600", "5,600"},  {F_WEIGHT, "120", "120,000"},
		{F_WEIGHT, "3450", "3,450"},  {F_LENGTH, "59,5", "59,5"},
		{F_LENGTH, "595", "59,5"},    {F_LENGTH, "1234", "123,4"},
		{F_WEIGHT, "250", "250,000"}, /* not 0,25 kg (below the range): an error */
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct form_field *fl = form_field_of(f, cases[i].def, 0);
		form_focus(f, (size_t)(fl - f->fields));
		form_key(f, GK_CTRL_U);
		type(f, cases[i].typed);
		form_key(f, GK_DOWN);
		assert_string_equal(form_value(f, cases[i].def, 0), cases[i].shown);
	}
	assert_non_null(strstr(form_field_of(f, F_WEIGHT, 0)->err, "0,300 tot en met 200,000"));
	struct rec r = {0};
	form_put(f, F_WEIGHT, 0, "5,600");
	form_collect(f, &r);
	assert_int_equal(r.weight_g, 5600);
	assert_int_equal(r.length_mm, 1234);
}

/* A remembered lot comes back for a new record, per code, and follows the
 * code when it changes; one typed by the user is never replaced. */
static void remembered_per_code(void **state)
{
	struct form *f = *state;
	struct form_memory mem = {0};
	f->memory = &mem;
	form_put(f, F_CODE, 0, "X");
	form_put(f, F_LOT, 0, "LOT-X");
	form_put(f, F_CODE, 1, "Y");
	form_put(f, F_LOT, 1, "LOT-Y");
	form_remember(f);
	assert_string_equal(form_memory_get(&mem, "proef/lines.lot/X"), "LOT-X");
	form_free(f);

	assert_int_equal(form_init(f, &def, today), 0);
	f->memory = &mem;
	form_prefill(f, F_CODE, 0, "Y");
	assert_string_equal(form_value(f, F_LOT, 0), "LOT-Y");
	assert_true(form_field_of(f, F_LOT, 0)->prefilled);
	/* picking another code brings that code's lot */
	form_focus(f, (size_t)(form_field_of(f, F_CODE, 0) - f->fields));
	type(f, "xen");
	form_key(f, GK_ENTER);
	assert_string_equal(form_value(f, F_CODE, 0), "X");
	assert_string_equal(form_value(f, F_LOT, 0), "LOT-X");
	/* a lot the user typed stays */
	form_focus(f, (size_t)(form_field_of(f, F_LOT, 0) - f->fields));
	form_key(f, GK_CTRL_U);
	type(f, "EIGEN");
	form_prefill(f, F_CODE, 0, "Y");
	assert_string_equal(form_value(f, F_LOT, 0), "EIGEN");
	form_memory_free(&mem);
	f->memory = NULL;
}

/* A copy of the table with field `field` broken in way `how`. */
static void break_table(struct form_field_def *copy, size_t field, int how)
{
	static const struct form_rule bad_rule = {"bad", {"code", "amound"}, amount_or_lot};
	memcpy(copy, fields, sizeof fields);
	switch (how) {
	case 0: copy[field].key = "name"; break;        /* a key twice */
	case 1: copy[field].remember_by = "cod"; break; /* misspelt */
	case 2: copy[field].rule = &bad_rule; break;    /* a rule's key misspelt */
	case 3: copy[field].max_chars = 500; break;     /* more than the member holds */
	case 4: copy[field].type = FT_TEXT; break;      /* an int bound as text */
	default: memset(&copy[field], 0, sizeof copy[field]); break; /* a hole */
	}
}

/* The start-up check: each broken table is refused with the reason, and
 * the field named. */
static void broken_tables_are_refused(void **state)
{
	static const struct {
		size_t field;     /* what is broken … */
		const char *want; /* … and the words that say so */
	} cases[] = {{F_KIND, "twice"}, {F_LOT, "remember_by"}, {F_CODE, "rule"},
		     {F_NAME, "too small"}, {F_WEIGHT, "int member"}, {F_YES, "hole"}};
	char msg[256], at[32];
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct form_field_def copy[NF];
		struct form_def d = def;
		break_table(copy, cases[i].field, (int)i);
		d.fields = copy;
		assert_int_equal(form_def_check(&d, msg, sizeof msg), -1);
		snprintf(at, sizeof at, "field %zu ", cases[i].field);
		if (!strstr(msg, cases[i].want) || !strstr(msg, at))
			fail_msg("case %zu: %s", i, msg);
	}
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		T(table_passes_the_check),
		T(fill_and_collect_round_trip),
		T(collect_keeps_filled_rows_in_order),
		T(group_grows_a_spare_row),
		T(rule_on_save_and_spare_row_ignored),
		T(tab_skips_prefilled_down_visits_every_field),
		T(sections_with_pgdn_and_pgup),
		T(ctrl_n_goes_to_the_next_empty_required_field),
		T(grams_and_millimetres_by_size),
		T(remembered_per_code),
		T(broken_tables_are_refused),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
