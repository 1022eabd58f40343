/* input.c — see input.h.  Ctrl-Left/Right have no fixed KEY_* constant;
 * their codes come from the terminfo extended names kLFT5/kRIT5. */
#include <string.h>

#include "input.h"
#include "keycodes.h"

/* The named curses keys and their codes. */
static int map_function_key(wint_t ch)
{
	static const struct {
		int curses; /* KEY_* */
		int gk;     /* GK_* */
	} map[] = {
		{KEY_LEFT, GK_LEFT}, {KEY_RIGHT, GK_RIGHT}, {KEY_UP, GK_UP},
		{KEY_DOWN, GK_DOWN}, {KEY_HOME, GK_HOME}, {KEY_END, GK_END},
		{KEY_FIND, GK_HOME}, {KEY_SELECT, GK_END}, {KEY_PPAGE, GK_PGUP},
		{KEY_NPAGE, GK_PGDN}, {KEY_BACKSPACE, GK_BACKSPACE}, {KEY_DC, GK_DELETE},
		{KEY_ENTER, GK_ENTER}, {KEY_BTAB, GK_BTAB}, {KEY_RESIZE, GK_RESIZE},
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if ((wint_t)map[i].curses == ch)
			return map[i].gk;
	if (ch >= (wint_t)KEY_F(1) && ch <= (wint_t)KEY_F(12))
		return GK_F1 + (int)(ch - (wint_t)KEY_F(1));
	const char *name = keyname((int)ch);
	if (name && strcmp(name, "kLFT5") == 0)
		return GK_CTRL_LEFT;
	if (name && strcmp(name, "kRIT5") == 0)
		return GK_CTRL_RIGHT;
	return INPUT_NONE;
}

int input_map(int rc, wint_t ch)
{
	if (rc == KEY_CODE_YES)
		return map_function_key(ch);
	if (rc != OK)
		return INPUT_NONE;
	switch (ch) {
	case 27:
		return GK_ESC;
	case '\t':
		return GK_TAB;
	case '\n':
	case '\r':
		return GK_ENTER;
	case 8:
	case 127:
		return GK_BACKSPACE;
	default:
		return (int)ch;
	}
}

int input_read(WINDOW *w)
{
	wint_t ch;
	int rc = wget_wch(w, &ch);
	if (rc == ERR)
		return INPUT_NONE;
	return input_map(rc, ch);
}
