/* form_draw.h — puts a form (ui/form.h) on a curses window: labels, values,
 * section headings, the focused field, its error and help line and an open
 * pick list.  The only form file that knows about curses. */
#ifndef GP_FORM_DRAW_H
#define GP_FORM_DRAW_H

#include <curses.h>

#include "form.h"

/* How the form looks; the app picks the colours. */
struct form_style {
	attr_t label;    /* field labels and the required marker */
	attr_t value;    /* values of fields without the focus */
	attr_t focus;    /* the value area of the focused field */
	attr_t error;    /* error markers, the message line, the question */
	attr_t help;     /* the help line at the bottom */
	attr_t heading;  /* section headings ("── Metingen ──") */
	attr_t picklist; /* the pick list's box and entries */
	attr_t selected; /* the highlighted pick-list entry */
	int ascii;       /* 1 on a terminal that cannot show UTF-8: text is
			  * transliterated (Zoë → Zoe), boxes drawn with +-| */
};

/* Draws f over the whole window w (whose size should be the one given to
 * form_set_size) and leaves the terminal cursor where form_cursor() says;
 * the caller decides on curs_set and refreshing.  Every string goes through
 * text_sanitize, so control characters never reach the terminal. */
void form_draw(WINDOW *w, const struct form *f, const struct form_style *style);

#endif
