/* lineedit.h — the line editor behind every text field: a UTF-8 buffer with a
 * cursor, edited by key presses (ui/keycodes.h), measured in display columns
 * (wcwidth: 王 takes two columns, a combining mark none).  No curses here: the
 * editor is a state machine, and the view functions tell the drawing code
 * which bytes go where.
 *
 * A "character" for the cursor and for Backspace/Delete is one code point
 * with the zero-width code points (combining marks) that follow it, so the
 * cursor never lands between an 'e' and its diaeresis.  The maximum length
 * counts code points, like valid_text() does.
 *
 * Single line: the text scrolls horizontally so the cursor stays visible in a
 * field `width` columns wide; a double-width character that does not fit at
 * an edge is left out and the gap padded with a blank.
 *
 * Multi-line (notes): Enter inserts a newline; the text is soft-wrapped at
 * word boundaries to the box width (a word longer than a line is broken
 * between characters); Up/Down move by visual line keeping the display
 * column; the box scrolls vertically so the cursor's line stays visible.
 * Nothing is stored about the wrapping: it is recomputed from the text. */
#ifndef GP_LINEEDIT_H
#define GP_LINEEDIT_H

#include <stddef.h>
#include <stdint.h>

#include "keys.h"

/* What le_key() and le_insert() did with their input. */
enum le_result {
	LE_UNHANDLED = 0, /* not an editing key here: the caller may use it
			   * (Tab, Enter and Up/Down on a single line, F-keys,
			   * control characters such as Ctrl-S) */
	LE_HANDLED,       /* used: cursor moved or text changed (or nothing to do) */
	LE_REFUSED        /* text refused or cut: the maximum length is reached
			   * (or memory ran out); the caller should say so */
};

struct lineedit {
	char *buf;        /* the text: valid UTF-8, NUL-terminated, never NULL
			   * after le_init; only '\n' as control character,
			   * and only when multiline */
	size_t len;       /* bytes in buf, without the NUL */
	size_t cap;       /* bytes allocated for buf */
	size_t nchars;    /* code points in buf */
	size_t cur;       /* cursor as a byte offset on a character boundary */
	size_t max_chars; /* most code points typing may produce; 0 = no limit */
	int multiline;    /* 1: a note — newlines, soft wrap, Up/Down inside */
	int width;        /* columns of the field or box, at least 1 */
	int height;       /* rows of the box (1 for a single line) */
	size_t hscroll;   /* single line: display column at the field's left edge */
	size_t vscroll;   /* multi-line: index of the first visual line shown */
	long goal_col;    /* multi-line: column Up/Down aim for; -1 = none yet */
	char *orig;       /* the text as last set or saved, for le_changed() */
};

/* What a single-line field shows (le_view). */
struct le_view {
	size_t start;   /* first byte of buf to draw */
	size_t end;     /* byte after the last one to draw */
	size_t col0;    /* display column of the text at the field's left edge */
	int pad;        /* blank columns before `start` (half of a wide character
			 * cut off at the left edge) */
	int cursor_col; /* cursor column inside the field, 0 … width-1 */
};

/* One visual line of a multi-line box: bytes [start, end) of buf, without
 * the newline. */
struct le_line {
	size_t start; /* first byte of the line */
	size_t end;   /* byte after the last one shown on the line */
};

/* Prepares an empty editor.  max_chars 0 means no limit.  Returns 0, or -1
 * when memory runs out.  Width starts at 20 columns, height at 1 (or 4 for
 * multi-line); see le_set_size. */
int le_init(struct lineedit *le, size_t max_chars, int multiline);
void le_free(struct lineedit *le);

/* Sets the field width (single line) or box size (multi-line) in columns and
 * rows; values below 1 count as 1. */
void le_set_size(struct lineedit *le, int width, int height);

/* Replaces the text (as for loading a record: the maximum length is not
 * applied, so nothing stored is lost) and marks it unchanged; the cursor goes
 * to the end.  Control characters and invalid bytes are dropped as in
 * le_insert.  Returns 0, or -1 when memory runs out. */
int le_set_text(struct lineedit *le, const char *s);

/* Replaces the text like le_set_text but keeps the original, so the field
 * counts as changed when the new text differs (for normalised values). */
int le_replace_text(struct lineedit *le, const char *s);

/* The current text (valid until the next change). */
const char *le_text(const struct lineedit *le);

/* 1 when the text differs from the one last set or saved. */
int le_changed(const struct lineedit *le);

/* Makes the current text the original (after a save).  0 or -1 (memory). */
int le_mark_saved(struct lineedit *le);

/* Carries out an editing action (ACT_CHAR_PREV … ACT_KILL_WORD; in a note
 * also ACT_NEWLINE, ACT_UP/ACT_DOWN by visual line and ACT_PGUP/ACT_PGDN by
 * a box); LE_UNHANDLED for an action the editor has no use for here (Up on
 * the first line of a note, any action on a single line that is not
 * editing). */
enum le_result le_do(struct lineedit *le, enum action act);

/* Inserts a typed code point; LE_UNHANDLED for a control character. */
enum le_result le_type(struct lineedit *le, int cp);

/* The editor's keymap: which action each key stands for (docs/product.md §3:
 * Home/End, Ctrl-A/E, Ctrl-U/K/W, Backspace/Delete, and in a note Enter and
 * Up/Down). */
const struct screen_key *le_keymap(const struct lineedit *le);

/* A key as the keymap binds it: le_do() for an action, le_type() for text. */
enum le_result le_key(struct lineedit *le, int key);

/* Inserts text at the cursor, as for a paste: control characters (ESC, …)
 * and invalid bytes are dropped; CR LF and CR become newlines; on a single
 * line newlines and tabs become spaces, in a note tabs do.  Text beyond the
 * maximum length is cut (LE_REFUSED). */
enum le_result le_insert(struct lineedit *le, const char *text);

/* Single line: the part of the text to draw and where the cursor goes. */
void le_view(const struct lineedit *le, struct le_view *v);

/* Multi-line: fills up to `max` visual lines starting at the scroll offset,
 * and the cursor's row (relative to the box) and column.  Returns the number
 * of lines filled. */
int le_box_view(const struct lineedit *le, struct le_line *lines, int max,
		int *cur_row, int *cur_col);

/* Multi-line: the cursor's row relative to the box and its column. */
void le_box_cursor(const struct lineedit *le, int *row, int *col);

/* Number of visual lines of a multi-line text at the current width. */
size_t le_line_count(const struct lineedit *le);

/* The character (see above) starting at byte pos of s (len bytes): returns
 * its length in bytes and stores its display width (a newline: 0, a lone
 * combining mark: 1).  Returns 0 at the end. */
size_t le_cluster(const char *s, size_t len, size_t pos, int *width);

/* Display width of n bytes of valid UTF-8 text (newlines count 0). */
size_t le_width(const char *s, size_t n);

#endif
