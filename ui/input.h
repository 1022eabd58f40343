/* input.h — reading a key press from curses and turning it into the
 * curses-free codes of keycodes.h, so the pure widgets never see KEY_*. */
#ifndef GP_INPUT_H
#define GP_INPUT_H

#include <curses.h>

enum { INPUT_NONE = -1 }; /* no key within the time-out */

/* Waits for a key (up to the window's time-out) and returns its GK_* code or
 * code point, or INPUT_NONE. */
int input_read(WINDOW *w);

/* Teaches curses the Home, End, Delete, PgUp/PgDn, arrow and F1–F12
 * sequences of the common terminals (xterm, rxvt, PuTTY, the Linux console,
 * with and without modifiers) that the terminfo entry does not describe, so
 * none of them ever reaches a screen as Esc plus letters.  After keypad(). */
void input_define_keys(void);

/* Asks the terminal to mark pasted text (bracketed paste), when its
 * terminfo entry says how (BE, BD, PS, PE); input_read then returns
 * GK_PASTE_START and GK_PASTE_END around it.  input_paste_end turns it off. */
void input_paste_begin(void);
void input_paste_end(void);

/* Reads the pasted characters up to GK_PASTE_END (or a second without
 * input) into a malloc'ed UTF-8 string: CR LF and CR become LF.  At most
 * `max` bytes are kept.  NULL when memory runs out. */
char *input_read_paste(WINDOW *w, size_t max);

/* Maps what wget_wch returned (rc OK or KEY_CODE_YES, and the character)
 * onto a GK_* code or code point; INPUT_NONE for keys we do not use. */
int input_map(int rc, wint_t ch);

#endif
