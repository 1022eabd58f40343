/* field.h — drawing a lone line editor (the search query, the login fields,
 * a one-line prompt) outside the form engine. */
#ifndef GP_FIELD_H
#define GP_FIELD_H

#include "app.h"
#include "lineedit.h"

/* Draws le at (y, x) in `width` columns, underlined; `mask` shows '*' per
 * character (passwords).  With `focus` the cursor is placed in it. */
void field_draw(struct app *app, int y, int x, int width, struct lineedit *le, int mask,
		int focus);

#endif
