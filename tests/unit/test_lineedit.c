/* test_lineedit.c — the line editor driven by key sequences, the way a nurse
 * types: Dutch and Chinese names, cursor keys, deleting, long pastes, notes. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "keycodes.h"
#include "lineedit.h"
#include "text.h"

/* Types s character by character; returns the result of the last key. */
static enum le_result type(struct lineedit *le, const char *s)
{
	enum le_result r = LE_HANDLED;
	size_t n = strlen(s);
	while (n > 0) {
		uint32_t cp;
		int k = utf8_decode(s, n, &cp);
		assert_true(k > 0);
		r = le_key(le, (int)cp);
		s += k;
		n -= (size_t)k;
	}
	return r;
}

static void assert_prefix(const char *s, const char *prefix)
{
	assert_int_equal(strncmp(s, prefix, strlen(prefix)), 0);
}

static void press(struct lineedit *le, int key, int times)
{
	while (times-- > 0)
		assert_int_equal(le_key(le, key), LE_HANDLED);
}

static int cursor_col(const struct lineedit *le)
{
	struct le_view v;
	le_view(le, &v);
	return v.cursor_col;
}

/* What the field shows, as a string of pad blanks plus the visible bytes. */
static void shown(const struct lineedit *le, char *out, size_t outsz)
{
	struct le_view v;
	le_view(le, &v);
	assert_true((size_t)v.pad + (v.end - v.start) < outsz);
	memset(out, ' ', (size_t)v.pad);
	memcpy(out + v.pad, le->buf + v.start, v.end - v.start);
	out[(size_t)v.pad + (v.end - v.start)] = '\0';
}

static void typing_ascii(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	assert_int_equal(type(&le, "Jan"), LE_HANDLED);
	assert_string_equal(le_text(&le), "Jan");
	assert_int_equal(cursor_col(&le), 3);
	press(&le, GK_LEFT, 1);
	type(&le, "a");
	assert_string_equal(le_text(&le), "Jaan");
	assert_int_equal(cursor_col(&le), 3);
	le_free(&le);
}

static void typing_zoe_moves_by_character(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	type(&le, "Zoë");
	assert_string_equal(le_text(&le), "Zoë");
	assert_int_equal(le.nchars, 3);
	assert_int_equal(cursor_col(&le), 3);
	press(&le, GK_LEFT, 1);
	assert_int_equal(le.cur, 2); /* before the two bytes of ë */
	press(&le, GK_DELETE, 1);
	assert_string_equal(le_text(&le), "Zo");
	/* a decomposed ë (e + combining diaeresis) is one character too */
	type(&le, "e\xcc\x88");
	assert_int_equal(cursor_col(&le), 3);
	press(&le, GK_LEFT, 1);
	assert_int_equal(le.cur, 2);
	press(&le, GK_END, 1);
	press(&le, GK_BACKSPACE, 1);
	assert_string_equal(le_text(&le), "Zo");
	le_free(&le);
}

static void double_width_columns(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	type(&le, "王小明");
	assert_int_equal(le.nchars, 3);
	assert_int_equal(cursor_col(&le), 6);
	press(&le, GK_LEFT, 1);
	assert_int_equal(cursor_col(&le), 4);
	press(&le, GK_HOME, 1);
	assert_int_equal(cursor_col(&le), 0);
	press(&le, GK_RIGHT, 1);
	assert_int_equal(cursor_col(&le), 2);
	press(&le, GK_BACKSPACE, 1);
	assert_string_equal(le_text(&le), "小明");
	le_free(&le);
}

static void mixed_text(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	le_set_size(&le, 40, 1);
	type(&le, "Li 王小明 Zoë");
	assert_string_equal(le_text(&le), "Li 王小明 Zoë");
	assert_int_equal(le.nchars, 10);
	assert_int_equal(cursor_col(&le), 3 + 6 + 1 + 3);
	press(&le, GK_CTRL_W, 1);
	assert_string_equal(le_text(&le), "Li 王小明 ");
	press(&le, GK_CTRL_W, 1);
	assert_string_equal(le_text(&le), "Li ");
	le_free(&le);
}

static void scrolling_keeps_cursor_visible(void **state)
{
	(void)state;
	struct lineedit le;
	char buf[64];
	assert_int_equal(le_init(&le, 100, 0), 0);
	le_set_size(&le, 5, 1);
	type(&le, "abcdefghij");
	assert_int_equal(cursor_col(&le), 4);
	shown(&le, buf, sizeof buf);
	assert_string_equal(buf, "ghij"); /* the cursor cell after j is free */
	press(&le, GK_HOME, 1);
	assert_int_equal(cursor_col(&le), 0);
	shown(&le, buf, sizeof buf);
	assert_string_equal(buf, "abcde");
	press(&le, GK_RIGHT, 7);
	assert_int_equal(cursor_col(&le), 4);
	shown(&le, buf, sizeof buf);
	assert_string_equal(buf, "defgh");
	le_free(&le);
}

static void scrolling_never_splits_wide_chars(void **state)
{
	(void)state;
	struct lineedit le;
	struct le_view v;
	char buf[64];
	assert_int_equal(le_init(&le, 100, 0), 0);
	le_set_size(&le, 4, 1);
	type(&le, "a王小明"); /* columns: a 0, 王 1-2, 小 3-4, 明 5-6 */
	le_view(&le, &v);
	assert_int_equal(v.col0, 4);    /* 小 straddles the left edge … */
	assert_int_equal(v.pad, 1);     /* … so a blank stands in for it */
	assert_int_equal(v.cursor_col, 3);
	shown(&le, buf, sizeof buf);
	assert_string_equal(buf, " 明");
	/* every possible cursor position: visible, and no half character */
	for (int i = 0; i <= 4; i++) {
		le_view(&le, &v);
		assert_true(v.cursor_col >= 0 && v.cursor_col < 4);
		assert_true((size_t)v.pad + le_width(le.buf + v.start, v.end - v.start) <= 4);
		/* the character under the cursor is drawn, both its halves */
		if (le.cur < le.len)
			assert_true(le.cur >= v.start && le.cur < v.end);
		if (i < 4)
			press(&le, GK_LEFT, 1);
	}
	assert_int_equal(le.cur, 0);
	shown(&le, buf, sizeof buf);
	assert_string_equal(buf, "a王");
	le_free(&le);
}

static void home_end_and_deletes(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	type(&le, "Anna de Vries");
	press(&le, GK_CTRL_A, 1);
	assert_int_equal(le.cur, 0);
	press(&le, GK_DELETE, 1);
	assert_string_equal(le_text(&le), "nna de Vries");
	press(&le, GK_CTRL_E, 1);
	assert_int_equal(le.cur, le.len);
	press(&le, GK_BACKSPACE, 1);
	assert_string_equal(le_text(&le), "nna de Vrie");
	press(&le, GK_HOME, 1);
	press(&le, GK_RIGHT, 4);
	press(&le, GK_CTRL_K, 1);
	assert_string_equal(le_text(&le), "nna ");
	press(&le, GK_LEFT, 1);
	press(&le, GK_CTRL_U, 1);
	assert_string_equal(le_text(&le), " ");
	assert_int_equal(le.cur, 0);
	/* at the edges nothing happens, and nothing breaks */
	press(&le, GK_BACKSPACE, 1);
	press(&le, GK_END, 1);
	press(&le, GK_DELETE, 1);
	assert_string_equal(le_text(&le), " ");
	le_free(&le);
}

static void max_length_refused(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 5, 0), 0);
	assert_int_equal(type(&le, "Zoë W"), LE_HANDLED);
	assert_int_equal(type(&le, "x"), LE_REFUSED);
	assert_string_equal(le_text(&le), "Zoë W");
	press(&le, GK_BACKSPACE, 1);
	assert_int_equal(type(&le, "王"), LE_HANDLED);
	assert_string_equal(le_text(&le), "Zoë 王");
	assert_int_equal(le_insert(&le, "abc"), LE_REFUSED);
	assert_string_equal(le_text(&le), "Zoë 王");
	le_free(&le);
}

static void control_keys_not_inserted(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	type(&le, "ab");
	assert_int_equal(le_key(&le, 0x1B), LE_UNHANDLED);
	assert_int_equal(le_key(&le, GK_CTRL_S), LE_UNHANDLED);
	assert_int_equal(le_key(&le, '\t'), LE_UNHANDLED);
	assert_int_equal(le_key(&le, 0x9B), LE_UNHANDLED); /* C1 CSI */
	assert_int_equal(le_key(&le, 0x202E), LE_UNHANDLED); /* RTL override */
	/* navigation keys are left to the form on a single line */
	assert_int_equal(le_key(&le, GK_TAB), LE_UNHANDLED);
	assert_int_equal(le_key(&le, GK_ENTER), LE_UNHANDLED);
	assert_int_equal(le_key(&le, GK_UP), LE_UNHANDLED);
	assert_int_equal(le_key(&le, GK_DOWN), LE_UNHANDLED);
	assert_int_equal(le_key(&le, GK_F2), LE_UNHANDLED);
	assert_string_equal(le_text(&le), "ab");
	le_free(&le);
}

/* 5,000 characters of pasted text with newlines, tabs, an escape sequence
 * and Chinese characters. */
static char *long_paste(void)
{
	const char *chunk = "regel één\n王\tx\x1b[31m!\r\n";
	size_t clen = strlen(chunk), n = 0;
	char *s = malloc(clen * 400 + 1);
	assert_non_null(s);
	s[0] = '\0';
	while (utf8_chars(s) < 5000 || n == 0) {
		memcpy(s + n, chunk, clen);
		n += clen;
		s[n] = '\0';
	}
	return s;
}

static void paste_long_text_single_line(void **state)
{
	(void)state;
	struct lineedit le;
	char *s = long_paste();
	assert_true(utf8_chars(s) >= 5000);
	assert_int_equal(le_init(&le, 0, 0), 0);
	le_set_size(&le, 30, 1);
	assert_int_equal(le_insert(&le, s), LE_HANDLED);
	assert_true(utf8_valid(le_text(&le)));
	assert_null(strchr(le_text(&le), '\x1b'));
	assert_null(strchr(le_text(&le), '\n'));
	assert_null(strchr(le_text(&le), '\r'));
	assert_null(strchr(le_text(&le), '\t'));
	assert_prefix(le_text(&le), "regel één 王 x[31m! regel");
	assert_int_equal(le.nchars, utf8_chars(le_text(&le)));
	assert_int_equal(le.cur, le.len);
	assert_true(cursor_col(&le) < 30);
	le_free(&le);
	free(s);
}

static void paste_long_text_note_and_limit(void **state)
{
	(void)state;
	struct lineedit le;
	char *s = long_paste();
	assert_int_equal(le_init(&le, 10000, 1), 0);
	assert_int_equal(le_insert(&le, s), LE_HANDLED);
	assert_prefix(le_text(&le), "regel één\n王 x[31m!\nregel");
	assert_null(strchr(le_text(&le), '\x1b'));
	assert_null(strchr(le_text(&le), '\r'));
	le_free(&le);

	/* beyond the maximum the paste is cut at a character and reported */
	assert_int_equal(le_init(&le, 100, 1), 0);
	assert_int_equal(le_insert(&le, s), LE_REFUSED);
	assert_int_equal(le.nchars, 100);
	assert_int_equal(utf8_chars(le_text(&le)), 100);
	assert_true(utf8_valid(le_text(&le)));
	le_free(&le);
	free(s);
}

static void changed_compares_with_original(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 100, 0), 0);
	assert_int_equal(le_set_text(&le, "Jansen"), 0);
	assert_false(le_changed(&le));
	assert_int_equal(le.cur, 6);
	type(&le, "s");
	assert_true(le_changed(&le));
	press(&le, GK_BACKSPACE, 1);
	assert_false(le_changed(&le));
	le_free(&le);
}

static void note_enter_and_up_down(void **state)
{
	(void)state;
	struct lineedit le;
	assert_int_equal(le_init(&le, 10000, 1), 0);
	le_set_size(&le, 40, 5);
	type(&le, "eerste regel");
	press(&le, GK_ENTER, 1);
	type(&le, "twee");
	assert_string_equal(le_text(&le), "eerste regel\ntwee");
	press(&le, GK_UP, 1);
	assert_int_equal(le.cur, 4); /* column 4 on the first line */
	assert_int_equal(le_key(&le, GK_UP), LE_UNHANDLED); /* first line: the form moves on */
	press(&le, GK_END, 1);
	assert_int_equal(le.cur, 12);
	press(&le, GK_DOWN, 1); /* the line below is shorter: its end */
	assert_int_equal(le.cur, le.len);
	assert_int_equal(le_key(&le, GK_DOWN), LE_UNHANDLED);
	/* Ctrl-U in a note clears only the current line */
	press(&le, GK_CTRL_U, 1);
	assert_string_equal(le_text(&le), "eerste regel\n");
	press(&le, GK_BACKSPACE, 1);
	assert_string_equal(le_text(&le), "eerste regel");
	le_free(&le);
}

static void note_up_down_keeps_display_column(void **state)
{
	(void)state;
	struct lineedit le;
	struct le_line lines[4];
	int row, col;
	assert_int_equal(le_init(&le, 10000, 1), 0);
	le_set_size(&le, 40, 4);
	type(&le, "王小明");
	press(&le, GK_ENTER, 1);
	type(&le, "abcdef");
	press(&le, GK_LEFT, 3);              /* column 3 on "abcdef" */
	press(&le, GK_UP, 1);                /* column 3 is inside 小: stop before it */
	le_box_view(&le, lines, 4, &row, &col);
	assert_int_equal(row, 0);
	assert_int_equal(col, 2);
	press(&le, GK_DOWN, 1);              /* the goal column 3 is remembered */
	le_box_view(&le, lines, 4, &row, &col);
	assert_int_equal(row, 1);
	assert_int_equal(col, 3);
	le_free(&le);
}

static void note_soft_wrap_and_scroll(void **state)
{
	(void)state;
	struct lineedit le;
	struct le_line lines[3];
	int row, col, n;
	assert_int_equal(le_init(&le, 10000, 1), 0);
	le_set_size(&le, 10, 2);
	type(&le, "een twee drie vier vijf zes");
	/* word wrap: "een twee " | "drie vier " | "vijf zes" */
	assert_int_equal(le_line_count(&le), 3);
	n = le_box_view(&le, lines, 3, &row, &col);
	assert_int_equal(n, 2); /* the box has 2 rows; scrolled to the cursor */
	assert_int_equal(le.vscroll, 1);
	assert_int_equal(row, 1);
	assert_int_equal(col, 8);
	assert_memory_equal(le.buf + lines[1].start, "vijf zes", 8);
	assert_int_equal(lines[1].end - lines[1].start, 8);
	press(&le, GK_UP, 2);
	n = le_box_view(&le, lines, 3, &row, &col);
	assert_int_equal(n, 3); /* up to max lines from the scroll offset */
	assert_int_equal(le.vscroll, 0);
	assert_int_equal(row, 0);
	assert_memory_equal(le.buf + lines[0].start, "een twee ", lines[0].end - lines[0].start);
	/* a word longer than the box is broken between characters, and a
	 * double-width character is never split over two lines */
	assert_int_equal(le_set_text(&le, "abcdefghi王x"), 0);
	assert_int_equal(le_line_count(&le), 2);
	n = le_box_view(&le, lines, 3, &row, &col);
	assert_int_equal(n, 2);
	assert_int_equal(lines[0].end, 9);
	assert_int_equal(row, 1);
	assert_int_equal(col, 3);
	le_free(&le);
}

static void note_full_line_keeps_cursor_inside(void **state)
{
	(void)state;
	struct lineedit le;
	struct le_line lines[3];
	int row, col;
	assert_int_equal(le_init(&le, 10000, 1), 0);
	le_set_size(&le, 5, 3);
	type(&le, "abcde");
	le_box_view(&le, lines, 3, &row, &col);
	assert_int_equal(row, 1); /* the cursor after a full line goes below */
	assert_int_equal(col, 0);
	assert_true(col < 5);
	le_free(&le);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(typing_ascii),
		cmocka_unit_test(typing_zoe_moves_by_character),
		cmocka_unit_test(double_width_columns),
		cmocka_unit_test(mixed_text),
		cmocka_unit_test(scrolling_keeps_cursor_visible),
		cmocka_unit_test(scrolling_never_splits_wide_chars),
		cmocka_unit_test(home_end_and_deletes),
		cmocka_unit_test(max_length_refused),
		cmocka_unit_test(control_keys_not_inserted),
		cmocka_unit_test(paste_long_text_single_line),
		cmocka_unit_test(paste_long_text_note_and_limit),
		cmocka_unit_test(changed_compares_with_original),
		cmocka_unit_test(note_enter_and_up_down),
		cmocka_unit_test(note_up_down_keeps_display_column),
		cmocka_unit_test(note_soft_wrap_and_scroll),
		cmocka_unit_test(note_full_line_keeps_cursor_inside),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
