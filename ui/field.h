/* field.h — a lone line editor (the search query, the login fields, a
 * one-line prompt) outside the form engine: drawing it, and giving it a key
 * or a paste. */
#ifndef GP_FIELD_H
#define GP_FIELD_H

#include "app.h"
#include "lineedit.h"

/* Draws le at (y, x) in `width` columns, underlined; `mask` shows '*' per
 * character (passwords).  With `focus` the cursor is placed in it. */
void field_draw(struct app *app, int y, int x, int width, struct lineedit *le, int mask,
		int focus);

/* Gives le a key, or for GK_PASTE the pasted text (app->paste) at once. */
enum le_result field_key(struct app *app, struct lineedit *le, int key);

#endif
