/* test_form.c — the form engine driven by key sequences: navigation (Tab
 * stops, every field, sections, the next empty required field), validation
 * on leaving and on save, date shortcuts, numbers (grams and millimetres
 * recognised), pick lists with type-to-filter, yes/no (Enter never changes
 * a value), repeating groups with their rules, filling and collecting a
 * record, remembered values, a scale (a digit picks a step, Left/Right
 * move one) and labels that come from data.  Two tests draw a form on a
 * curses screen writing to /dev/null and read it back. */
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
#include "form_draw.h"
#include "keycodes.h"
#include "text.h"
#include "validate.h"

static int check_bsn(const char *value, char *norm, size_t normsz, const char **why)
{
	char n[10];
	if (valid_bsn(value, n, why) < 0)
		return -1;
	snprintf(norm, normsz, "%s", n);
	return 0;
}

static const struct form_choice languages[] = {
	{"1", "Nederlands"},
	{"2", "Turks"},
	{"3", "Arabisch"},
	{"4", "Tamazight"},
	{"5", "Pools"},
	{NULL, NULL},
};

static const struct form_choice present[] = {
	{"m", "moeder"},
	{"v", "vader"},
	{"k", "kind"},
	{NULL, NULL},
};

/* Loaded "at runtime", as code lists from data files are. */
static const struct form_choice mothers[] = {
	{"g1", "Gülşen Yılmaz"},
	{"g2", "Zoë de Vries"},
	{"g3", "Anna Jansen"},
	{NULL, NULL},
};

static const struct form_choice evil[] = {
	{"e1", "Eva\x1b]0;pwn\x07!"},
	{NULL, NULL},
};

enum { F_NAAM, F_BSN, F_GEBOREN, F_LENGTE, F_TAAL, F_MOEDER, F_AANWEZIG,
       F_BORST, F_NOTITIE, F_COUNT };

static const struct form_field_def defs[F_COUNT] = {
	{.key = "naam", .label = "Naam", .type = FT_TEXT, .required = 1,
	 .max_chars = 10, .help = "Roepnaam en achternaam"},
	{.key = "bsn", .label = "BSN", .type = FT_TEXT, .validate = check_bsn,
	 .bds = 1},
	{.key = "geboren", .label = "Geboortedatum", .type = FT_DATE, .required = 1},
	{.key = "lengte", .label = "Lengte", .type = FT_NUMBER, .unit = "cm",
	 .min = 30, .max = 220, .decimals = 1},
	{.key = "taal", .label = "Taal thuis", .type = FT_CHOICE, .choices = languages},
	{.key = "moeder", .label = "Moeder", .type = FT_CHOICE},
	{.key = "aanwezig", .label = "Aanwezig", .type = FT_MULTI, .choices = present},
	{.key = "borst", .label = "Borstvoeding", .type = FT_YESNO},
	{.key = "notitie", .label = "Notitie", .type = FT_NOTE, .rows = 4},
};

static const struct form_def def = {"test", defs, F_COUNT, 0};

static const struct gp_date today = {2026, 11, 26};

static int setup(void **state)
{
	struct form *f = calloc(1, sizeof *f);
	assert_non_null(f);
	assert_int_equal(form_init(f, &def, today), 0);
	assert_int_equal(form_set_choices(f, "moeder", mothers), 0);
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

/* Types s as key presses; returns the last result. */
static enum form_result type(struct form *f, const char *s)
{
	enum form_result r = FORM_CONTINUE;
	size_t n = strlen(s);
	while (n > 0) {
		uint32_t cp;
		int k = utf8_decode(s, n, &cp);
		assert_true(k > 0);
		r = form_key(f, (int)cp);
		s += k;
		n -= (size_t)k;
	}
	return r;
}

static enum form_result key(struct form *f, int k)
{
	return form_key(f, k);
}

static void go_to(struct form *f, const char *k)
{
	for (int i = 0; i < F_COUNT && strcmp(form_focus_key(f), k) != 0; i++)
		assert_int_equal(key(f, GK_TAB), FORM_CONTINUE);
	assert_string_equal(form_focus_key(f), k);
}

/* Fills the required fields so a save can succeed. */
static void fill_required(struct form *f)
{
	go_to(f, "naam");
	type(f, "Zoë");
	go_to(f, "geboren");
	type(f, "01-02-2026");
}

static void navigation_order_and_wrap(void **state)
{
	struct form *f = *state;
	assert_string_equal(form_focus_key(f), "naam");
	key(f, GK_TAB);
	assert_string_equal(form_focus_key(f), "bsn");
	key(f, GK_DOWN);
	assert_string_equal(form_focus_key(f), "geboren");
	key(f, GK_ENTER);
	assert_string_equal(form_focus_key(f), "lengte");
	key(f, GK_UP);
	assert_string_equal(form_focus_key(f), "geboren");
	key(f, GK_BTAB);
	key(f, GK_BTAB);
	assert_string_equal(form_focus_key(f), "naam");
	key(f, GK_BTAB); /* wraps to the last field */
	assert_string_equal(form_focus_key(f), "notitie");
	key(f, GK_TAB);  /* and back to the first */
	assert_string_equal(form_focus_key(f), "naam");
	key(f, GK_UP);
	assert_string_equal(form_focus_key(f), "notitie");
	/* keys the form has no use for go to the screen */
	assert_int_equal(key(f, GK_F3), FORM_UNHANDLED);
	assert_int_equal(key(f, GK_F1), FORM_UNHANDLED);
	assert_int_equal(key(f, GK_CTRL_L), FORM_UNHANDLED);
}

static void required_error_on_leaving(void **state)
{
	struct form *f = *state;
	assert_string_equal(form_error(f, "naam"), "");
	key(f, GK_TAB);
	/* leaving is allowed, but the error is kept and shown */
	assert_string_equal(form_focus_key(f), "bsn");
	assert_non_null(strstr(form_error(f, "naam"), "verplicht"));
	assert_true(f->fields[F_NAAM].touched);
	key(f, GK_BTAB);
	assert_non_null(strstr(form_message(f), "verplicht"));
	type(f, "  Jan ");
	key(f, GK_TAB);
	assert_string_equal(form_error(f, "naam"), "");
	assert_string_equal(form_get(f, "naam"), "Jan"); /* trimmed */
}

static void save_jumps_to_first_invalid(void **state)
{
	struct form *f = *state;
	go_to(f, "geboren");
	type(f, "t");
	go_to(f, "borst");
	assert_int_equal(key(f, GK_F2), FORM_INVALID);
	assert_string_equal(form_focus_key(f), "naam");
	assert_non_null(strstr(form_message(f), "verplicht"));
	type(f, "Jan");
	go_to(f, "lengte");
	type(f, "12");  /* below the range: save refused again, focus here */
	go_to(f, "notitie");
	assert_int_equal(key(f, GK_CTRL_S), FORM_INVALID);
	assert_string_equal(form_focus_key(f), "lengte");
	assert_string_equal(form_error(f, "naam"), "");
	key(f, GK_CTRL_U);
	type(f, "52.5");
	assert_int_equal(key(f, GK_CTRL_S), FORM_SAVE);
	assert_string_equal(form_get(f, "geboren"), "26-11-2026");
	assert_string_equal(form_get(f, "lengte"), "52,5");
}

static void date_shortcuts_normalised(void **state)
{
	struct form *f = *state;
	struct gp_date d;
	go_to(f, "geboren");
	type(f, "+3w");
	key(f, GK_TAB);
	assert_string_equal(form_get(f, "geboren"), "17-12-2026");
	assert_string_equal(form_error(f, "geboren"), "");
	assert_int_equal(form_get_date(f, "geboren", &d), 0);
	assert_int_equal(d.y, 2026);
	assert_int_equal(d.m, 12);
	assert_int_equal(d.d, 17);
	key(f, GK_BTAB);
	key(f, GK_CTRL_U);
	type(f, "-2d");
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "geboren"), "24-11-2026");
	key(f, GK_UP);
	key(f, GK_CTRL_U);
	type(f, "05032024");
	key(f, GK_DOWN);
	assert_string_equal(form_get(f, "geboren"), "05-03-2024");
}

static void invalid_date_kept_with_error(void **state)
{
	struct form *f = *state;
	go_to(f, "geboren");
	type(f, "31-02-2024");
	key(f, GK_TAB);
	assert_string_equal(form_focus_key(f), "lengte");
	assert_string_equal(form_get(f, "geboren"), "31-02-2024");
	assert_string_not_equal(form_error(f, "geboren"), "");
	/* fixing it clears the error */
	key(f, GK_BTAB);
	key(f, GK_CTRL_U);
	type(f, "t");
	key(f, GK_TAB);
	assert_string_equal(form_error(f, "geboren"), "");
	assert_string_equal(form_get(f, "geboren"), "26-11-2026");
}

static void numbers_comma_or_dot_and_range(void **state)
{
	struct form *f = *state;
	double v;
	go_to(f, "lengte");
	type(f, "52.5");
	key(f, GK_TAB);
	assert_string_equal(form_get(f, "lengte"), "52,5");
	assert_int_equal(form_get_number(f, "lengte", &v), 0);
	assert_true(v > 52.49 && v < 52.51);
	key(f, GK_BTAB);
	key(f, GK_CTRL_U);
	type(f, "52,55");
	key(f, GK_TAB);
	assert_non_null(strstr(form_error(f, "lengte"), "achter de komma"));
	key(f, GK_BTAB);
	key(f, GK_CTRL_U);
	type(f, "300");
	key(f, GK_TAB);
	assert_non_null(strstr(form_error(f, "lengte"), "30,0 tot en met 220,0 cm"));
	key(f, GK_BTAB);
	key(f, GK_CTRL_U);
	type(f, "vijftig");
	key(f, GK_TAB);
	assert_string_not_equal(form_error(f, "lengte"), "");
	assert_string_equal(form_get(f, "lengte"), "vijftig");
}

static void validator_normalises_bsn(void **state)
{
	struct form *f = *state;
	go_to(f, "bsn");
	type(f, "9999 02 192");
	key(f, GK_TAB);
	assert_string_equal(form_get(f, "bsn"), "999902192");
	assert_string_equal(form_error(f, "bsn"), "");
	key(f, GK_BTAB);
	key(f, GK_BACKSPACE);
	type(f, "3");
	key(f, GK_TAB);
	assert_non_null(strstr(form_error(f, "bsn"), "elfproef"));
}

static void picklist_filter_finds_turks(void **state)
{
	struct form *f = *state;
	go_to(f, "taal");
	key(f, ' ');
	assert_int_equal(f->mode, FM_PICK);
	assert_int_equal(f->npick, 5);
	type(f, "tur");
	assert_int_equal(f->npick, 1);
	assert_string_equal(languages[f->pick[0]].label, "Turks");
	key(f, GK_ENTER);
	assert_int_equal(f->mode, FM_EDIT);
	assert_string_equal(form_get(f, "taal"), "2");
	assert_string_equal(form_focus_key(f), "taal");
	/* typing on the field opens the list filtered; upper case matches */
	type(f, "P");
	assert_int_equal(f->mode, FM_PICK);
	assert_int_equal(f->npick, 1);
	assert_string_equal(languages[f->pick[0]].label, "Pools");
	key(f, GK_ESC); /* closes without change */
	assert_int_equal(f->mode, FM_EDIT);
	assert_string_equal(form_get(f, "taal"), "2");
	/* Up/Down select; the list opens on the current value */
	key(f, ' ');
	assert_int_equal(f->pick_sel, 1);
	key(f, GK_DOWN);
	key(f, GK_DOWN);
	key(f, GK_UP);
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "taal"), "3");
	/* a filter that matches nothing: Enter picks nothing */
	key(f, ' ');
	type(f, "xyz");
	assert_int_equal(f->npick, 0);
	key(f, GK_ENTER);
	assert_int_equal(f->mode, FM_PICK);
	key(f, GK_ESC);
	assert_string_equal(form_get(f, "taal"), "3");
	/* Backspace on the field empties it */
	key(f, GK_BACKSPACE);
	assert_string_equal(form_get(f, "taal"), "");
}

/* docs/product.md §3: Enter goes to the next field and never changes a
 * value, on a choice as on yes/no (Gezag flipped ja→nee unnoticed). */
static void enter_never_changes_a_choice(void **state)
{
	struct form *f = *state;
	go_to(f, "taal");
	type(f, "tur");
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "taal"), "2");
	assert_int_equal(key(f, GK_ENTER), FORM_CONTINUE);
	assert_int_equal(f->mode, FM_EDIT);
	assert_string_equal(form_focus_key(f), "moeder");
	assert_string_equal(form_get(f, "taal"), "2");
}

static void picklist_ignores_diacritics(void **state)
{
	struct form *f = *state;
	char shown[64];
	go_to(f, "moeder");
	type(f, "gulsen");
	assert_int_equal(f->mode, FM_PICK);
	assert_int_equal(f->npick, 1);
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "moeder"), "g1");
	form_field_display(&f->fields[F_MOEDER], shown, sizeof shown);
	assert_string_equal(shown, "Gülşen Yılmaz");
	type(f, "ZOE");
	assert_int_equal(f->npick, 1);
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "moeder"), "g2");
}

static void multichoice_space_toggles(void **state)
{
	struct form *f = *state;
	char shown[64];
	go_to(f, "aanwezig");
	key(f, ' ');
	assert_int_equal(f->mode, FM_PICK);
	key(f, ' ');
	key(f, GK_DOWN);
	key(f, GK_DOWN);
	key(f, ' ');
	assert_string_equal(form_get(f, "aanwezig"), ""); /* not before Enter */
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "aanwezig"), "m,k");
	form_field_display(&f->fields[F_AANWEZIG], shown, sizeof shown);
	assert_string_equal(shown, "moeder, kind");
	/* Esc throws the list's changes away */
	key(f, ' ');
	key(f, ' ');
	key(f, GK_ESC);
	assert_string_equal(form_get(f, "aanwezig"), "m,k");
	/* typing filters, space still toggles */
	key(f, ' ');
	type(f, "va");
	assert_int_equal(f->npick, 1);
	key(f, ' ');
	key(f, GK_ENTER);
	assert_string_equal(form_get(f, "aanwezig"), "m,v,k");
}

static void yesno_enter_moves_on_space_toggles(void **state)
{
	struct form *f = *state;
	go_to(f, "borst");
	assert_string_equal(form_get(f, "borst"), "");
	key(f, ' ');
	assert_string_equal(form_get(f, "borst"), "j");
	key(f, ' ');
	assert_string_equal(form_get(f, "borst"), "n");
	type(f, "j");
	assert_string_equal(form_get(f, "borst"), "j");
	assert_string_equal(form_focus_key(f), "borst");
	key(f, GK_ENTER); /* moves on, changes nothing */
	assert_string_equal(form_focus_key(f), "notitie");
	assert_string_equal(form_get(f, "borst"), "j");
	key(f, GK_UP);
	type(f, "N");
	assert_string_equal(form_get(f, "borst"), "n");
	key(f, GK_BACKSPACE);
	assert_string_equal(form_get(f, "borst"), "");
}

/* Esc and F10 leave; whether to ask is the screen's (formscreen asks in a
 * dialog that typed-ahead keys cannot answer). */
static void esc_and_f10_leave_and_say_whether_changed(void **state)
{
	struct form *f = *state;
	assert_int_equal(form_set(f, "naam", "Anna"), 0);
	assert_int_equal(form_set(f, "geboren", "2024-03-05"), 0);
	assert_int_equal(form_set(f, "taal", "2"), 0);
	assert_string_equal(form_get(f, "geboren"), "05-03-2024");
	assert_false(form_changed(f));
	/* moving around changes nothing */
	key(f, GK_TAB);
	key(f, GK_TAB);
	key(f, GK_TAB);
	assert_false(form_changed(f));
	assert_int_equal(key(f, GK_ESC), FORM_CANCEL);
	assert_int_equal(key(f, GK_F10), FORM_QUIT);
	go_to(f, "naam");
	type(f, "s");
	assert_true(form_changed(f));
	assert_int_equal(key(f, GK_ESC), FORM_CANCEL);
	assert_string_equal(form_get(f, "naam"), "Annas");
	/* an Esc that closes a pick list is only that */
	go_to(f, "taal");
	key(f, ' ');
	assert_int_equal(key(f, GK_ESC), FORM_CONTINUE);
	assert_int_equal(f->mode, FM_EDIT);
}

static void saved_form_counts_unchanged(void **state)
{
	struct form *f = *state;
	fill_required(f);
	assert_int_equal(key(f, GK_F2), FORM_SAVE);
	/* still unsaved until the screen has stored the record */
	assert_true(form_changed(f));
	form_mark_saved(f);
	assert_false(form_changed(f));
}

static void max_length_is_reported(void **state)
{
	struct form *f = *state;
	type(f, "Anna-Sophi");
	assert_string_equal(form_message(f), "");
	type(f, "e");
	assert_string_equal(form_get(f, "naam"), "Anna-Sophi");
	assert_non_null(strstr(form_message(f), "hoogstens 10 tekens"));
}

static void note_keeps_enter_and_arrows(void **state)
{
	struct form *f = *state;
	go_to(f, "notitie");
	type(f, "Goed gegroeid.");
	key(f, GK_ENTER);
	type(f, "Volgende keer wegen.");
	assert_string_equal(form_focus_key(f), "notitie");
	assert_string_equal(form_get(f, "notitie"), "Goed gegroeid.\nVolgende keer wegen.");
	key(f, GK_UP);
	assert_string_equal(form_focus_key(f), "notitie");
	key(f, GK_UP); /* from the first line Up leaves the note */
	assert_string_equal(form_focus_key(f), "borst");
}

static void paste_into_fields(void **state)
{
	struct form *f = *state;
	/* a single-line field: newlines become spaces, the rest is cut */
	assert_int_equal(form_paste(f, "Anna\nde Vries"), FORM_CONTINUE);
	assert_string_equal(form_get(f, "naam"), "Anna de Vr");
	assert_non_null(strstr(form_message(f), "hoogstens 10 tekens"));
	/* a note keeps its lines but not the escape sequence */
	go_to(f, "notitie");
	assert_int_equal(form_paste(f, "regel 1\r\nregel 2\x1b[2J"), FORM_CONTINUE);
	assert_string_equal(form_get(f, "notitie"), "regel 1\nregel 2[2J");
	assert_true(form_changed(f));
	/* nothing to paste into on a yes/no field */
	go_to(f, "borst");
	assert_int_equal(form_paste(f, "ja"), FORM_UNHANDLED);
}

static void tall_form_scrolls_to_focus(void **state)
{
	struct form *f = *state;
	int y, x;
	form_set_size(f, 60, 6); /* 4 rows for fields, 2 for message and help */
	assert_int_equal(f->body_rows, 4);
	go_to(f, "notitie");     /* layout rows 8–11 */
	assert_int_equal(f->top, 8);
	assert_int_equal(form_cursor(f, &y, &x), 1);
	assert_int_equal(y, 0);
	assert_int_equal(x, f->value_x);
	key(f, GK_TAB);
	assert_int_equal(f->top, 0);
	go_to(f, "taal");        /* layout row 4 */
	assert_true(f->top <= 4 && 4 < f->top + 4);
	assert_int_equal(form_cursor(f, &y, &x), 1);
	assert_int_equal(y, 4 - f->top);
}

/* The screen text of row y. */
static void row_text(WINDOW *w, int y, char *out, int n)
{
	mvwinnstr(w, y, 0, out, n);
}

static void draw_shows_sanitised_values(void **state)
{
	struct form *f = *state;
	struct form_style st = {.label = A_NORMAL, .value = A_NORMAL, .focus = A_REVERSE,
				.error = A_BOLD, .help = A_DIM, .heading = A_DIM,
				.picklist = A_NORMAL, .selected = A_REVERSE, .ascii = 0};
	/* one stream serves as the terminal's output and input: nothing is read */
	FILE *tty = fopen("/dev/null", "r+");
	SCREEN *scr;
	WINDOW *w;
	char line[256];
	int y, x;

	assert_non_null(tty);
	scr = newterm("xterm", tty, tty);
	if (!scr) {
		fclose(tty);
		skip();
		return;
	}
	w = newwin(12, 60, 0, 0);
	form_set_size(f, 60, 12);
	/* a stored value with an escape sequence: shown harmlessly */
	assert_int_equal(form_set(f, "notitie", "rood\x1b[31m"), 0);
	assert_null(strchr(form_get(f, "notitie"), '\x1b'));
	/* a label from a data file with a terminal title escape in it */
	assert_int_equal(form_set_choices(f, "moeder", evil), 0);
	assert_int_equal(form_set(f, "moeder", "e1"), 0);
	type(f, "Zoë");
	form_draw(w, f, &st);
	getyx(w, y, x);
	assert_int_equal(y, 0);
	assert_int_equal(x, f->value_x + 3);
	row_text(w, 5, line, sizeof line);
	assert_non_null(strstr(line, "Moeder   Eva\u241b]0;pwn\u2407!"));
	row_text(w, 0, line, sizeof line);
	assert_non_null(strstr(line, "Naam * Zoë"));
	row_text(w, 3, line, sizeof line);
	assert_non_null(strstr(line, "cm"));
	row_text(w, 11, line, sizeof line);
	assert_non_null(strstr(line, "Roepnaam en achternaam"));
	/* the pick list over the form */
	go_to(f, "taal");
	type(f, "tur");
	form_draw(w, f, &st);
	row_text(w, 5, line, sizeof line);
	assert_non_null(strstr(line, "Zoek: tur"));
	row_text(w, 6, line, sizeof line);
	assert_non_null(strstr(line, "Turks"));
	key(f, GK_ESC);
	/* a refusal longer than the line goes on over the help line, broken
	 * between words */
	go_to(f, "naam");
	form_set_error(f, "naam", "Niet verzonden: nog geen toestemming van Anna de Vries "
				  "(moeder) en Piet de Vries (vader), en ook niet van het kind.");
	form_draw(w, f, &st);
	row_text(w, 10, line, sizeof line);
	assert_non_null(strstr(line, "Niet verzonden: nog geen toestemming van Anna de Vries"));
	assert_null(strstr(line, "(moeder)"));
	row_text(w, 11, line, sizeof line);
	assert_non_null(strstr(line, "(moeder) en Piet de Vries (vader), en ook niet van het kind."));
	delwin(w);
	endwin();
	delscreen(scr);
	fclose(tty);
}

/* ---- a scale and labels from data ------------------------------------------ */

static const struct form_choice steps[] = {
	{"01", "Normale zorgen"}, {"02", "Spanning"}, {"03", "Veel stress"},
	{"04", "04 stap 4 (label onbevestigd)"}, {"05", "Noodsituatie"}, {NULL, NULL},
};

struct scaled {
	char score[3]; /* the step's code */
	char note[64]; /* after it */
	int level;     /* a scale bound to an int */
};

static const struct form_field_def scale_defs[] = {
	{FORM_TEXT(struct scaled, score), .label = "GOM-aspect", .type = FT_SCALE,
	 .choices = steps, .bds = 1631, .label_list = "gizelement.kort"},
	{FORM_TEXT(struct scaled, note), .label = "toelichting", .type = FT_TEXT, .max_chars = 15},
	{FORM_INT(struct scaled, level, 1), .label = "Niveau", .type = FT_SCALE,
	 .choices = languages},
};
static const struct form_def scale_def = {"schaal", scale_defs, 3, sizeof(struct scaled)};

static void a_digit_picks_a_step_and_arrows_move(void **state)
{
	struct form f;
	char msg[256];
	(void)state;
	assert_int_equal(form_def_check(&scale_def, msg, sizeof msg), 0);
	assert_int_equal(form_init(&f, &scale_def, today), 0);
	form_set_size(&f, 80, 24);
	assert_int_equal(key(&f, '3'), FORM_CONTINUE);
	assert_string_equal(form_get(&f, "score"), "03");
	assert_int_equal(f.mode, FM_EDIT); /* no list opened */
	key(&f, GK_RIGHT);
	assert_string_equal(form_get(&f, "score"), "04");
	key(&f, GK_RIGHT);
	key(&f, GK_RIGHT); /* the last step stays */
	assert_string_equal(form_get(&f, "score"), "05");
	key(&f, GK_LEFT);
	assert_string_equal(form_get(&f, "score"), "04");
	/* a digit beyond the scale is answered, the value kept */
	key(&f, '7');
	assert_string_equal(form_get(&f, "score"), "04");
	assert_non_null(strstr(form_message(&f), "1 tot en met 5"));
	/* Enter never changes it; it moves on */
	key(&f, GK_ENTER);
	assert_string_equal(form_get(&f, "score"), "04");
	assert_string_equal(form_focus_key(&f), "note");
	/* back: Backspace clears, Space opens the list, a letter filters it */
	key(&f, GK_BTAB);
	key(&f, GK_BACKSPACE);
	assert_string_equal(form_get(&f, "score"), "");
	key(&f, GK_RIGHT); /* from nothing: the first step */
	assert_string_equal(form_get(&f, "score"), "01");
	key(&f, ' ');
	assert_int_equal(f.mode, FM_PICK);
	key(&f, GK_ESC);
	type(&f, "vee");
	assert_int_equal(f.mode, FM_PICK);
	key(&f, GK_ENTER);
	assert_string_equal(form_get(&f, "score"), "03");
	/* round trip through a record; an int-bound scale keeps its code */
	key(&f, GK_TAB);
	key(&f, GK_TAB);
	key(&f, '2');
	struct scaled r = {0}, r2 = {0};
	form_collect(&f, &r);
	assert_string_equal(r.score, "03");
	assert_int_equal(r.level, 2);
	struct form g;
	assert_int_equal(form_init(&g, &scale_def, today), 0);
	assert_int_equal(form_fill(&g, &r), 0);
	form_collect(&g, &r2);
	assert_memory_equal(&r, &r2, sizeof r);
	form_free(&g);
	form_free(&f);
}

static void a_scale_and_a_label_from_data_are_drawn(void **state)
{
	struct form f;
	struct form_style st = {.label = A_NORMAL, .value = A_NORMAL, .focus = A_REVERSE,
				.error = A_BOLD, .help = A_DIM, .heading = A_DIM,
				.picklist = A_NORMAL, .selected = A_REVERSE, .ascii = 0};
	FILE *tty = fopen("/dev/null", "r+");
	char line[256];
	int y, x;
	(void)state;
	assert_non_null(tty);
	SCREEN *scr = newterm("xterm", tty, tty);
	if (!scr) {
		fclose(tty);
		skip();
		return;
	}
	WINDOW *w = newwin(10, 80, 0, 0);
	assert_int_equal(form_init(&f, &scale_def, today), 0);
	form_set_label(&f, 0, "Lichamelijk"); /* what formscreen takes from gizelement.kort */
	form_set_size(&f, 80, 10);
	assert_string_equal(form_label(&f.fields[0]), "Lichamelijk");
	key(&f, '4');
	form_draw(w, &f, &st);
	getyx(w, y, x);
	assert_int_equal(y, 0);
	assert_int_equal(x, f.value_x + 3 * FORM_SCALE_CELL + 1); /* on the chosen step */
	row_text(w, 0, line, sizeof line);
	assert_non_null(strstr(line, "Lichamelijk    1   2   3  [4]  5   04 stap 4 (label onbevestigd)"));
	/* a refusal names the field by the label from data */
	assert_int_equal(form_put(&f, 0, 0, "09"), 0); /* not a step of the scale */
	assert_int_equal(key(&f, GK_F2), FORM_INVALID);
	assert_non_null(strstr(form_message(&f), "Lichamelijk: Kies een waarde uit de lijst"));
	delwin(w);
	endwin();
	delscreen(scr);
	fclose(tty);
	form_free(&f);
}

/* ask_if: Tab stops at a field only when another field of its row says so
 * (an organisation only when "who" is an organisation); Down still reaches
 * it; a table naming a field that does not exist is refused at start-up. */
struct plan {
	char who[16];  /* who does it */
	char org[8];   /* which organisation */
	char when[16]; /* when */
};

static const struct form_choice whos[] = {{"ouder", "Ouder"}, {"organisatie", "Organisatie"},
					  {NULL, NULL}};
static const struct form_choice orgs[] = {{"o1", "Wijkteam"}, {NULL, NULL}};

static const struct form_field_def plan_defs[] = {
	{FORM_TEXT(struct plan, who), .label = "Wie", .type = FT_CHOICE, .choices = whos},
	{FORM_TEXT(struct plan, org), .label = "Organisatie", .type = FT_CHOICE, .choices = orgs,
	 .ask_if = "who=organisatie"},
	{FORM_TEXT(struct plan, when), .label = "Wanneer", .type = FT_TEXT, .max_chars = 3},
};
static const struct form_def plan_def = {"plan", plan_defs, 3, sizeof(struct plan)};

static void tab_asks_for_a_field_only_when_its_row_says_so(void **state)
{
	struct form f;
	char msg[256];
	(void)state;
	assert_int_equal(form_def_check(&plan_def, msg, sizeof msg), 0);
	assert_int_equal(form_init(&f, &plan_def, today), 0);
	form_set_size(&f, 80, 24);
	type(&f, "ou");
	key(&f, GK_ENTER); /* picks Ouder */
	assert_string_equal(form_get(&f, "who"), "ouder");
	key(&f, GK_TAB);
	assert_string_equal(form_focus_key(&f), "when"); /* no organisation asked */
	key(&f, GK_UP);
	assert_string_equal(form_focus_key(&f), "org"); /* still reachable */
	key(&f, GK_UP);
	type(&f, "org");
	key(&f, GK_ENTER);
	key(&f, GK_TAB);
	assert_string_equal(form_focus_key(&f), "org"); /* now it asks */
	form_free(&f);
	struct form_field_def bad[3];
	memcpy(bad, plan_defs, sizeof bad);
	bad[1].ask_if = "wie=organisatie";
	struct form_def bad_def = {"plan", bad, 3, sizeof(struct plan)};
	assert_int_equal(form_def_check(&bad_def, msg, sizeof msg), -1);
	assert_non_null(strstr(msg, "ask_if"));
}

/* FORM_ANSWER: a yes/no that may stay unanswered (the young person took
 * part: not recorded, ja, nee) round-trips as 0, 1, 2. */
struct answer {
	int took_part; /* 0 not answered, 1 ja, 2 nee */
};

static const struct form_field_def answer_defs[] = {
	{FORM_ANSWER(struct answer, took_part), .label = "Jongere zelf", .type = FT_YESNO},
};
static const struct form_def answer_def = {"antwoord", answer_defs, 1, sizeof(struct answer)};

static void an_answer_may_stay_unanswered(void **state)
{
	char msg[256];
	(void)state;
	assert_int_equal(form_def_check(&answer_def, msg, sizeof msg), 0);
	static const struct {
		int stored;
		const char *shown;
	} cases[] = {{0, ""}, {1, "j"}, {2, "n"}};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct form f;
		struct answer in = {cases[i].stored}, out = {-1};
		assert_int_equal(form_init(&f, &answer_def, today), 0);
		assert_int_equal(form_fill(&f, &in), 0);
		assert_string_equal(form_get(&f, "took_part"), cases[i].shown);
		form_collect(&f, &out);
		assert_int_equal(out.took_part, cases[i].stored);
		form_free(&f);
	}
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		T(navigation_order_and_wrap),
		T(required_error_on_leaving),
		T(save_jumps_to_first_invalid),
		T(date_shortcuts_normalised),
		T(invalid_date_kept_with_error),
		T(numbers_comma_or_dot_and_range),
		T(validator_normalises_bsn),
		T(picklist_filter_finds_turks),
		T(picklist_ignores_diacritics),
		T(enter_never_changes_a_choice),
		T(multichoice_space_toggles),
		T(yesno_enter_moves_on_space_toggles),
		T(esc_and_f10_leave_and_say_whether_changed),
		T(saved_form_counts_unchanged),
		T(max_length_is_reported),
		T(note_keeps_enter_and_arrows),
		T(paste_into_fields),
		T(tall_form_scrolls_to_focus),
		T(draw_shows_sanitised_values),
		cmocka_unit_test(a_digit_picks_a_step_and_arrows_move),
		cmocka_unit_test(a_scale_and_a_label_from_data_are_drawn),
		cmocka_unit_test(tab_asks_for_a_field_only_when_its_row_says_so),
		cmocka_unit_test(an_answer_may_stay_unanswered),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
