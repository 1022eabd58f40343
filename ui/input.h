/* input.h — reading a key press from curses and turning it into the
 * curses-free codes of keycodes.h, so the pure widgets never see KEY_*. */
#ifndef GP_INPUT_H
#define GP_INPUT_H

#include <curses.h>

enum { INPUT_NONE = -1 }; /* no key within the time-out */

/* Waits for a key (up to the window's time-out) and returns its GK_* code or
 * code point, or INPUT_NONE. */
int input_read(WINDOW *w);

/* Maps what wget_wch returned (rc OK or KEY_CODE_YES, and the character)
 * onto a GK_* code or code point; INPUT_NONE for keys we do not use. */
int input_map(int rc, wint_t ch);

#endif
