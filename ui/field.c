/* field.c — see field.h. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "field.h"
#include "keycodes.h"

static void draw_masked(struct app *app, int y, int x, int width, const struct lineedit *le,
			int focus)
{
	int n = (int)le->nchars;
	int shown = n < width - 1 ? n : width - 1;
	for (int i = 0; i < shown; i++)
		mvaddch(y, x + i, '*');
	if (focus)
		app_cursor(app, y, x + shown);
}

void field_draw(struct app *app, int y, int x, int width, struct lineedit *le, int mask,
		int focus)
{
	if (width < 1)
		return;
	attrset(A_UNDERLINE);
	draw_blank(stdscr, y, x, width);
	if (mask) {
		draw_masked(app, y, x, width, le, focus);
		attrset(A_NORMAL);
		return;
	}
	le_set_size(le, width, 1);
	struct le_view v;
	le_view(le, &v);
	size_t n = v.end - v.start;
	char *part = malloc(n + 1);
	if (part) {
		memcpy(part, le_text(le) + v.start, n);
		part[n] = '\0';
		draw_text(stdscr, y, x + v.pad, width - v.pad, part, app->ascii);
		free(part);
	}
	attrset(A_NORMAL);
	if (focus)
		app_cursor(app, y, x + v.cursor_col);
}

enum le_result field_key(struct app *app, struct lineedit *le, int key)
{
	if (key == GK_PASTE)
		return app->paste ? le_insert(le, app->paste) : LE_HANDLED;
	return le_key(le, key);
}
