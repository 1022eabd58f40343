/* input.c — see input.h.  Ctrl-Left/Right have no fixed KEY_* constant;
 * their codes come from the terminfo extended names kLFT5/kRIT5. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "input.h"
#include "keycodes.h"
#include "text.h"

/* Codes for the paste markers, above every KEY_* ncurses uses. */
enum { CURSES_PASTE_START = KEY_MAX + 1, CURSES_PASTE_END = KEY_MAX + 2 };

/* A terminfo string capability, or NULL when the terminal has none. */
static const char *cap(const char *name)
{
	char *s = tigetstr(name);
	return s && s != (char *)-1 ? s : NULL;
}

void input_paste_begin(void)
{
	const char *on = cap("BE"), *start = cap("PS"), *end = cap("PE");
	if (!on || !start || !end)
		return;
	/* without both markers known, pasted text just arrives as keys */
	if (define_key(start, CURSES_PASTE_START) != OK ||
	    define_key(end, CURSES_PASTE_END) != OK)
		return;
	if (putp(on) != ERR)
		(void)fflush(stdout);
}

void input_paste_end(void)
{
	const char *off = cap("BD");
	if (off && cap("BE") && putp(off) != ERR)
		(void)fflush(stdout);
}

char *input_read_paste(WINDOW *w, size_t max)
{
	size_t len = 0, cap_ = 256;
	char *buf = malloc(cap_);
	int idle = 0, prev_cr = 0;
	if (!buf)
		return NULL;
	buf[0] = '\0';
	for (;;) {
		wint_t ch;
		int rc = wget_wch(w, &ch);
		if (rc == ERR) {
			if (++idle > 2) /* the end marker never came */
				break;
			continue;
		}
		idle = 0;
		if (rc == KEY_CODE_YES) {
			if (ch == (wint_t)CURSES_PASTE_END)
				break;
			continue; /* a function key inside pasted text: ignored */
		}
		/* CR LF and a lone CR both become one LF */
		int was_cr = prev_cr;
		prev_cr = ch == '\r';
		if (ch == '\n' && was_cr)
			continue;
		if (ch == '\r')
			ch = '\n';
		char enc[4];
		size_t n = (size_t)utf8_encode((uint32_t)ch, enc);
		if (len + n + 1 > max)
			continue; /* keep reading to the end marker, keep nothing more */
		if (len + n + 1 > cap_) {
			char *grown = realloc(buf, cap_ * 2);
			if (!grown) {
				free(buf);
				return NULL;
			}
			buf = grown;
			cap_ *= 2;
		}
		memcpy(buf + len, enc, n);
		len += n;
		buf[len] = '\0';
	}
	return buf;
}

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
	if (ch == (wint_t)CURSES_PASTE_START)
		return GK_PASTE_START;
	if (ch == (wint_t)CURSES_PASTE_END)
		return GK_PASTE_END;
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
