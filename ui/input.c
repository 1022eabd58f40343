/* input.c — see input.h.  Ctrl-Left/Right have no fixed KEY_* constant;
 * their codes come from the terminfo extended names kLFT5/kRIT5, or from the
 * sequences input_define_keys() adds. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>

#include "input.h"
#include "keycodes.h"
#include "text.h"

/* Codes of our own for the paste markers and Ctrl-Left/Right: above
 * KEY_MAX, where ncurses also puts the extended keys of a terminfo entry
 * (kcbt2, kLFT5 …), so they are taken from the codes no sequence is bound
 * to yet (input_define_keys). */
static int paste_start_code = -1, paste_end_code = -1, ctrl_left_code = -1,
	   ctrl_right_code = -1;

/* Four codes above KEY_MAX that no sequence of this terminal is bound to. */
static void choose_codes(void)
{
	int *codes[] = {&paste_start_code, &paste_end_code, &ctrl_left_code, &ctrl_right_code};
	int next = KEY_MAX + 1;
	for (size_t i = 0; i < sizeof codes / sizeof *codes; i++, next++) {
		char *bound;
		while ((bound = keybound(next, 0)) != NULL) {
			free(bound);
			next++;
		}
		*codes[i] = next;
	}
}

/* Defines seq as code unless the terminfo entry (or an earlier line) already
 * gave it a meaning. */
static void define(const char *seq, int code)
{
	if (key_defined(seq) == 0)
		(void)define_key(seq, code);
}

/* The sequences of the common terminals, whatever TERM says: xterm and its
 * descendants (normal and application cursor mode, the CSI 1;m modifier
 * forms), rxvt, PuTTY's default ESC [n~ mode and the Linux console.  With a
 * modifier (Shift, Alt, Ctrl) a key means what it means without one, except
 * Ctrl-Left/Right (a word back/forward). */
void input_define_keys(void)
{
	static const struct {
		const char *seq; /* what the terminal sends */
		int code;        /* KEY_* */
	} plain[] = {
		{"\033[H", KEY_HOME}, {"\033OH", KEY_HOME}, {"\033[F", KEY_END},
		{"\033OF", KEY_END}, {"\033[A", KEY_UP}, {"\033[B", KEY_DOWN}, {"\033[C", KEY_RIGHT},
		{"\033[D", KEY_LEFT}, {"\033OA", KEY_UP}, {"\033OB", KEY_DOWN},
		{"\033OC", KEY_RIGHT}, {"\033OD", KEY_LEFT}, {"\033[Z", KEY_BTAB},
		{"\033OM", KEY_ENTER}, {"\033Oa", KEY_UP}, {"\033Ob", KEY_DOWN},
		{"\033Oc", -2}, {"\033Od", -1},
		{"\033[a", KEY_UP}, {"\033[b", KEY_DOWN}, {"\033[c", KEY_RIGHT},
		{"\033[d", KEY_LEFT}, {"\033OP", KEY_F(1)}, {"\033OQ", KEY_F(2)},
		{"\033OR", KEY_F(3)}, {"\033OS", KEY_F(4)}, {"\033[[A", KEY_F(1)}, {"\033[[B", KEY_F(2)}, {"\033[[C", KEY_F(3)},
		{"\033[[D", KEY_F(4)}, {"\033[[E", KEY_F(5)},
	};
	/* CSI n ~ and CSI n ; m ~ */
	static const struct {
		int n;    /* the number before ~ */
		int code; /* KEY_* */
	} tilde[] = {
		{1, KEY_HOME}, {2, KEY_IC}, {3, KEY_DC}, {4, KEY_END}, {5, KEY_PPAGE},
		{6, KEY_NPAGE}, {7, KEY_HOME}, {8, KEY_END}, {11, KEY_F(1)}, {12, KEY_F(2)},
		{13, KEY_F(3)}, {14, KEY_F(4)}, {15, KEY_F(5)}, {17, KEY_F(6)}, {18, KEY_F(7)},
		{19, KEY_F(8)}, {20, KEY_F(9)}, {21, KEY_F(10)}, {23, KEY_F(11)},
		{24, KEY_F(12)},
	};
	/* CSI 1 ; m X */
	static const struct {
		char x;   /* the final letter */
		int code; /* KEY_* */
	} letter[] = {
		{'A', KEY_UP}, {'B', KEY_DOWN}, {'C', KEY_RIGHT}, {'D', KEY_LEFT},
		{'H', KEY_HOME}, {'F', KEY_END}, {'P', KEY_F(1)}, {'Q', KEY_F(2)},
		{'R', KEY_F(3)}, {'S', KEY_F(4)},
	};
	char seq[32]; /* room for any two ints: gcc -O1 -Werror checks */
	choose_codes();
	for (size_t i = 0; i < sizeof plain / sizeof *plain; i++)
		define(plain[i].seq, plain[i].code == -1   ? ctrl_left_code
				     : plain[i].code == -2 ? ctrl_right_code
							   : plain[i].code);
	for (size_t i = 0; i < sizeof tilde / sizeof *tilde; i++) {
		snprintf(seq, sizeof seq, "\033[%d~", tilde[i].n);
		define(seq, tilde[i].code);
	}
	for (int m = 2; m <= 8; m++) {
		for (size_t i = 0; i < sizeof tilde / sizeof *tilde; i++) {
			snprintf(seq, sizeof seq, "\033[%d;%d~", tilde[i].n, m);
			define(seq, tilde[i].code);
		}
		for (size_t i = 0; i < sizeof letter / sizeof *letter; i++) {
			int code = letter[i].code;
			if (m == 5 && code == KEY_LEFT)
				code = ctrl_left_code;
			if (m == 5 && code == KEY_RIGHT)
				code = ctrl_right_code;
			snprintf(seq, sizeof seq, "\033[1;%d%c", m, letter[i].x);
			define(seq, code);
		}
	}
}

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
	if (paste_start_code < 0)
		choose_codes();
	if (define_key(start, paste_start_code) != OK || define_key(end, paste_end_code) != OK)
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
			if ((int)ch == paste_end_code)
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

/* An extended key of the terminfo entry, by its name: the modified
 * arrows, Home, End … (kLFT3 = Alt-Left) mean the key itself, kLFT5 and
 * kRIT5 (Ctrl) a word back and forward, kcbt2 Shift-Tab. */
static int map_extended(const char *name)
{
	static const struct {
		const char *prefix; /* of the name */
		int gk;             /* GK_* */
	} names[] = {
		{"kLFT5", GK_CTRL_LEFT}, {"kRIT5", GK_CTRL_RIGHT}, {"kLFT", GK_LEFT},
		{"kRIT", GK_RIGHT}, {"kUP", GK_UP}, {"kDN", GK_DOWN}, {"kHOM", GK_HOME},
		{"kEND", GK_END}, {"kDC", GK_DELETE}, {"kPRV", GK_PGUP}, {"kNXT", GK_PGDN},
		{"kcbt", GK_BTAB},
	};
	for (size_t i = 0; name && i < sizeof names / sizeof *names; i++)
		if (strncmp(name, names[i].prefix, strlen(names[i].prefix)) == 0)
			return names[i].gk;
	return INPUT_NONE;
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
		/* with Shift: the key itself */
		{KEY_SLEFT, GK_LEFT}, {KEY_SRIGHT, GK_RIGHT}, {KEY_SR, GK_UP}, {KEY_SF, GK_DOWN},
		{KEY_SHOME, GK_HOME}, {KEY_SEND, GK_END}, {KEY_SDC, GK_DELETE},
		{KEY_SPREVIOUS, GK_PGUP}, {KEY_SNEXT, GK_PGDN},
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if ((wint_t)map[i].curses == ch)
			return map[i].gk;
	if ((int)ch == paste_start_code)
		return GK_PASTE_START;
	if ((int)ch == paste_end_code)
		return GK_PASTE_END;
	if ((int)ch == ctrl_left_code)
		return GK_CTRL_LEFT;
	if ((int)ch == ctrl_right_code)
		return GK_CTRL_RIGHT;
	/* F13–F60 are F1–F12 with Shift, Ctrl … (xterm's kf13 = Shift-F1) */
	if (ch >= (wint_t)KEY_F(1) && ch <= (wint_t)KEY_F(60))
		return GK_F1 + (int)((ch - (wint_t)KEY_F(1)) % 12);
	return map_extended(keyname((int)ch));
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
