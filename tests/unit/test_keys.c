/* test_keys.c — the one key table: docs/product.md §3 as a table of (place,
 * key, action) that keys_lookup() must answer, the dispatch of actions to
 * the line editor and the form engine (they receive actions, not keys),
 * and the escape sequences of other terminals that input_define_keys()
 * teaches curses, checked on terminfo entries that lack them. */
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
#include "formscreen.h"
#include "input.h"
#include "keys.h"
#include "lineedit.h"

static const struct form_choice yn[] = {{"1", "een"}, {"2", "twee"}, {NULL, NULL}};

static const struct form_field_def defs[] = {
	{.key = "tekst", .label = "Tekst", .type = FT_TEXT},
	{.key = "notitie", .label = "Notitie", .type = FT_NOTE, .section = "Twee"},
	{.key = "keuze", .label = "Keuze", .type = FT_CHOICE, .choices = yn},
	{.key = "vinkjes", .label = "Vinkjes", .type = FT_MULTI, .choices = yn},
	{.key = "janee", .label = "Ja/nee", .type = FT_YESNO},
};
static const struct form_def def = {"toetsen", defs, 5, 0};
static const struct gp_date today = {2026, 11, 26};

enum place { TEXT, NOTE, CHOICE, YESNO, PICK, PICK_MULTI, LINE, FORMSCREEN, GLOBAL };

/* The keymap of a place, and whether printable keys are typed text there. */
static const struct screen_key *keymap(enum place p, struct form *f, struct lineedit *le,
				       int *typing)
{
	static const size_t field[] = {[TEXT] = 0, [NOTE] = 1, [CHOICE] = 2, [YESNO] = 4,
				       [PICK] = 2, [PICK_MULTI] = 3};
	*typing = 1;
	if (p == LINE)
		return le_keymap(le);
	if (p == FORMSCREEN)
		return formscreen_keys;
	if (p == GLOBAL) {
		*typing = 0;
		return keys_global;
	}
	form_focus(f, field[p]);
	if (p == PICK || p == PICK_MULTI)
		form_do(f, ACT_CHOOSE, 0);
	*typing = p != CHOICE && p != YESNO && p != PICK_MULTI;
	return form_keymap(f);
}

static void product_section_3_bindings(void **state)
{
	static const struct {
		enum place place; /* where */
		int key;          /* the key */
		enum action want; /* what it means there */
	} cases[] = {
		/* forms: Tab/Shift-Tab/Down/Up, Enter next field, F2/Ctrl-S, Esc */
		{TEXT, GK_TAB, ACT_NEXT_FIELD}, {TEXT, GK_BTAB, ACT_PREV_FIELD},
		{TEXT, GK_DOWN, ACT_FIELD_DOWN}, {TEXT, GK_UP, ACT_FIELD_UP},
		{TEXT, GK_ENTER, ACT_NEXT_FIELD}, {TEXT, GK_F2, ACT_SAVE},
		{TEXT, GK_CTRL_S, ACT_SAVE}, {TEXT, GK_ESC, ACT_CANCEL}, {TEXT, GK_F10, ACT_QUIT},
		{TEXT, GK_PGDN, ACT_PART_NEXT}, {TEXT, GK_PGUP, ACT_PART_PREV},
		{TEXT, GK_CTRL_N, ACT_NEXT_EMPTY},
		/* text fields are line editors */
		{TEXT, GK_HOME, ACT_LINE_START}, {TEXT, GK_END, ACT_LINE_END},
		{TEXT, GK_CTRL_A, ACT_LINE_START}, {TEXT, GK_CTRL_E, ACT_LINE_END},
		{TEXT, GK_LEFT, ACT_CHAR_PREV}, {TEXT, GK_RIGHT, ACT_CHAR_NEXT},
		{TEXT, GK_CTRL_LEFT, ACT_WORD_PREV}, {TEXT, GK_BACKSPACE, ACT_DEL_PREV},
		{TEXT, GK_DELETE, ACT_DEL_NEXT}, {TEXT, GK_CTRL_U, ACT_KILL_START},
		{TEXT, GK_CTRL_K, ACT_KILL_END}, {TEXT, GK_CTRL_W, ACT_KILL_WORD},
		{TEXT, 'a', ACT_NONE}, {TEXT, ' ', ACT_NONE}, {TEXT, '/', ACT_NONE},
		{TEXT, 'j', ACT_NONE}, {TEXT, GK_F1, ACT_NONE}, {TEXT, GK_F3, ACT_NONE},
		/* the multi-line variant: Enter is a new line */
		{NOTE, GK_ENTER, ACT_NEWLINE}, {NOTE, GK_TAB, ACT_NEXT_FIELD},
		{NOTE, GK_DOWN, ACT_FIELD_DOWN}, {NOTE, GK_PGDN, ACT_PART_NEXT},
		/* choices: Space opens, a letter filters, Enter never changes it */
		{CHOICE, ' ', ACT_CHOOSE}, {CHOICE, GK_ENTER, ACT_NEXT_FIELD},
		{CHOICE, 't', ACT_NONE}, {CHOICE, GK_BACKSPACE, ACT_DEL_PREV},
		{YESNO, ' ', ACT_CHOOSE}, {YESNO, GK_ENTER, ACT_NEXT_FIELD}, {YESNO, 'j', ACT_NONE},
		/* an open pick list */
		{PICK, GK_ENTER, ACT_OPEN}, {PICK, GK_ESC, ACT_CANCEL}, {PICK, GK_UP, ACT_UP},
		{PICK, GK_PGDN, ACT_PGDN}, {PICK, ' ', ACT_NONE}, {PICK, GK_F2, ACT_NONE},
		{PICK_MULTI, ' ', ACT_CHOOSE}, {PICK_MULTI, GK_ENTER, ACT_OPEN},
		/* a lone line editor (search, login) */
		{LINE, GK_HOME, ACT_LINE_START}, {LINE, GK_TAB, ACT_NONE},
		{LINE, GK_ENTER, ACT_NONE}, {LINE, 'x', ACT_NONE},
		/* what a form screen offers the app: F1 and F3 pass through */
		{FORMSCREEN, GK_F1, ACT_HELP}, {FORMSCREEN, GK_F3, ACT_SEARCH}, {FORMSCREEN, '/', ACT_NONE},
		/* global: F1 help, F3 or / search, F10 quit */
		{GLOBAL, GK_F1, ACT_HELP}, {GLOBAL, GK_F3, ACT_SEARCH}, {GLOBAL, '/', ACT_SEARCH},
		{GLOBAL, GK_F10, ACT_QUIT}, {GLOBAL, GK_F2, ACT_NONE},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		struct form f;
		struct lineedit le;
		int typing;
		assert_int_equal(form_init(&f, &def, today), 0);
		assert_int_equal(le_init(&le, 10, 0), 0);
		const struct screen_key *map = keymap(cases[i].place, &f, &le, &typing);
		enum action got = keys_lookup(map, typing, cases[i].key);
		if (got != cases[i].want)
			fail_msg("case %zu: key %d means %s, not %s", i, cases[i].key,
				 keys_info(got)->name, keys_info(cases[i].want)->name);
		form_free(&f);
		le_free(&le);
	}
}

/* Every action has a help line; every key named in the table has a name. */
static void every_action_is_described(void **state)
{
	char name[32];
	(void)state;
	for (int a = 1; a < ACT_COUNT; a++) {
		const struct action_info *ai = keys_info((enum action)a);
		assert_non_null(ai->help);
		assert_true(ai->help[0] != '\0');
		assert_true(ai->keys[0] != 0);
		for (int k = 0; k < KEYS_PER_ACTION && ai->keys[k]; k++) {
			keys_name(ai->keys[k], name, sizeof name);
			assert_string_not_equal(name, "?");
		}
	}
	keys_name(GK_CTRL_N, name, sizeof name);
	assert_string_equal(name, "Ctrl-N");
	keys_name(GK_PGDN, name, sizeof name);
	assert_string_equal(name, "PgDn");
}

/* The Export dialog is Ctrl-E (the lead's key plan); F12 is the screen
 * lock and belongs to nothing else. */
static void export_is_ctrl_e_and_f12_is_free(void **state)
{
	(void)state;
	const struct action_info *ex = keys_info(ACT_EXPORT);
	assert_int_equal(ex->keys[0], GK_CTRL_E);
	for (int a = 1; a < ACT_COUNT; a++) {
		const struct action_info *ai = keys_info((enum action)a);
		for (int k = 0; k < KEYS_PER_ACTION; k++)
			if (ai->keys[k] == GK_F12 && strcmp(ai->name, "LOCK") != 0)
				fail_msg("F12 is bound to %s", ai->name);
	}
}

/* The line editor and the form take actions; no key is involved. */
static void actions_are_dispatched(void **state)
{
	struct lineedit le;
	struct form f;
	(void)state;
	assert_int_equal(le_init(&le, 20, 0), 0);
	le_set_text(&le, "abc def");
	assert_int_equal(le_do(&le, ACT_LINE_START), LE_HANDLED);
	assert_int_equal(le_type(&le, 'X'), LE_HANDLED);
	assert_int_equal(le_do(&le, ACT_LINE_END), LE_HANDLED);
	assert_int_equal(le_do(&le, ACT_KILL_WORD), LE_HANDLED);
	assert_string_equal(le_text(&le), "Xabc ");
	assert_int_equal(le_do(&le, ACT_NEWLINE), LE_UNHANDLED); /* one line */
	assert_int_equal(le_do(&le, ACT_SAVE), LE_UNHANDLED);
	assert_int_equal(le_type(&le, 0x1b), LE_UNHANDLED);
	le_free(&le);

	assert_int_equal(form_init(&f, &def, today), 0);
	assert_int_equal(form_do(&f, ACT_NONE, 'Z'), FORM_CONTINUE);
	assert_string_equal(form_get(&f, "tekst"), "Z");
	assert_int_equal(form_do(&f, ACT_PART_NEXT, 0), FORM_CONTINUE);
	assert_string_equal(form_focus_key(&f), "notitie");
	assert_int_equal(form_do(&f, ACT_NEWLINE, 0), FORM_CONTINUE);
	assert_string_equal(form_get(&f, "notitie"), "\n");
	assert_int_equal(form_do(&f, ACT_FIELD_DOWN, 0), FORM_CONTINUE);
	assert_string_equal(form_focus_key(&f), "keuze");
	assert_int_equal(form_do(&f, ACT_CHOOSE, 0), FORM_CONTINUE);
	assert_int_equal(f.mode, FM_PICK);
	assert_int_equal(form_do(&f, ACT_DOWN, 0), FORM_CONTINUE);
	assert_int_equal(form_do(&f, ACT_OPEN, 0), FORM_CONTINUE);
	assert_string_equal(form_get(&f, "keuze"), "2");
	assert_int_equal(form_do(&f, ACT_NEXT_FIELD, 0), FORM_CONTINUE); /* unchanged */
	assert_string_equal(form_get(&f, "keuze"), "2");
	assert_int_equal(form_do(&f, ACT_SAVE, 0), FORM_SAVE);
	assert_int_equal(form_do(&f, ACT_CANCEL, 0), FORM_CANCEL);
	assert_int_equal(form_do(&f, ACT_QUIT, 0), FORM_QUIT);
	assert_int_equal(form_do(&f, ACT_HELP, 0), FORM_UNHANDLED);
	form_free(&f);
}

/* What the other terminals send, and the key it must become. */
static const struct {
	const char *seq; /* bytes */
	int key;         /* GK_* */
} sequences[] = {
	{"\033[H", GK_HOME},        {"\033OH", GK_HOME},       {"\033[1~", GK_HOME},
	{"\033[7~", GK_HOME},       {"\033[F", GK_END},        {"\033OF", GK_END},
	{"\033[4~", GK_END},        {"\033[8~", GK_END},       {"\033[3~", GK_DELETE},
	{"\033[5~", GK_PGUP},       {"\033[6~", GK_PGDN},      {"\033[Z", GK_BTAB},
	{"\033OP", GK_F1},          {"\033[11~", GK_F1},       {"\033[[A", GK_F1},
	{"\033OR", GK_F3},          {"\033[13~", GK_F3},       {"\033[[C", GK_F3},
	{"\033[15~", GK_F5},        {"\033[[E", GK_F5},        {"\033[21~", GK_F10},
	{"\033[24~", GK_F12},       {"\033[1;2R", GK_F3},      {"\033[13;5~", GK_F3},
	{"\033[1;5H", GK_HOME},     {"\033[1;2F", GK_END},     {"\033[3;5~", GK_DELETE},
	{"\033[1;5D", GK_CTRL_LEFT}, {"\033[1;5C", GK_CTRL_RIGHT}, {"\033[1;3D", GK_LEFT},
	{"\033Od", GK_CTRL_LEFT},   {"\033[A", GK_UP},         {"\033OB", GK_DOWN},
	{"\033OM", GK_ENTER},
};

/* On terminals whose terminfo lacks them, every sequence above is known
 * after input_define_keys() and maps to its key. */
static void foreign_sequences_are_recognised(void **state)
{
	static const char *const terms[] = {"vt100", "linux", "screen", "xterm", "rxvt"};
	(void)state;
	for (size_t t = 0; t < sizeof terms / sizeof *terms; t++) {
		FILE *tty = fopen("/dev/null", "r+");
		assert_non_null(tty);
		SCREEN *scr = newterm(terms[t], tty, tty);
		if (!scr) { /* a terminfo entry this machine lacks */
			fclose(tty);
			continue;
		}
		keypad(stdscr, TRUE);
		input_define_keys();
		for (size_t i = 0; i < sizeof sequences / sizeof *sequences; i++) {
			int code = key_defined(sequences[i].seq);
			int got = code > 0 ? input_map(KEY_CODE_YES, (wint_t)code) : INPUT_NONE;
			/* a terminal's own meaning for a sequence wins (vt100's
			 * \033OP is PF1 = F1 all the same) */
			if (got != sequences[i].key)
				fail_msg("TERM=%s: ESC%s gives %d, not %d", terms[t],
					 sequences[i].seq + 1, got, sequences[i].key);
		}
		endwin();
		delscreen(scr);
		fclose(tty);
	}
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(product_section_3_bindings),
		cmocka_unit_test(every_action_is_described),
		cmocka_unit_test(export_is_ctrl_e_and_f12_is_free),
		cmocka_unit_test(actions_are_dispatched),
		cmocka_unit_test(foreign_sequences_are_recognised),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
