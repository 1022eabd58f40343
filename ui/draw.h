/* draw.h — the one way text reaches the screen.  Every string, and above
 * all every string from the database, goes through text_sanitize (control
 * characters and escape sequences become visible placeholders) and is
 * measured in display columns (wcwidth), then clipped to the room given. */
#ifndef GP_DRAW_H
#define GP_DRAW_H

#include <curses.h>

/* Puts s at (y, x) in at most `width` columns and returns the columns used.
 * Text that does not fit ends in "…" ("~" in ASCII mode).  `ascii`: the
 * terminal cannot show UTF-8, so non-ASCII characters are folded or '?'. */
int draw_text(WINDOW *w, int y, int x, int width, const char *s, int ascii);

/* Puts s right-aligned so that it ends at column x_end - 1. */
void draw_text_right(WINDOW *w, int y, int x_end, int width, const char *s, int ascii);

/* Display columns s takes once sanitised. */
int draw_width(const char *s, int ascii);

/* A horizontal line of `width` columns (U+2500, or '-' in ASCII mode). */
void draw_hline(WINDOW *w, int y, int x, int width, int ascii);

/* A frame of h rows and `width` columns with its corner at (y, x). */
void draw_box(WINDOW *w, int y, int x, int h, int width, int ascii);

/* Puts s from (y, x) over at most max_lines lines of `width` columns,
 * broken at spaces (the last line cut with "…" when it does not fit);
 * returns the lines used. */
int draw_wrapped(WINDOW *w, int y, int x, int width, int max_lines, const char *s, int ascii);

/* Blanks `width` columns from (y, x). */
void draw_blank(WINDOW *w, int y, int x, int width);

#endif
