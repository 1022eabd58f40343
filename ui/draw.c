/* draw.c — see draw.h.  Sanitising happens here, once, so no screen can
 * forget it; widths come from wcwidth on the decoded text, never bytes. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "draw.h"
#include "text.h"

enum { DRAW_STACK_BUF = 2048, DRAW_MAX_CHARS = 1024 };

/* Display width of a code point; unknown ones count as 1. */
static int cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

/* Sanitises s into buf (falls back to a heap buffer for long text); returns
 * the text to use; *heap is set when it must be freed. */
static const char *sanitised(const char *s, char *buf, size_t n, int ascii, char **heap)
{
	size_t need = strlen(s ? s : "") * 3 + 1;
	*heap = NULL;
	if (need > n && (*heap = malloc(need)) != NULL) {
		buf = *heap;
		n = need;
	}
	text_sanitize(s ? s : "", buf, n, ascii);
	return buf;
}

/* Decodes up to max characters of t that fit in width columns into wc;
 * returns the count; *cols gets the columns used, *cut is set when text was
 * left over. */
static int fit(const char *t, int width, wchar_t *wc, int max, int *cols, int *cut)
{
	size_t len = strlen(t), i = 0;
	int n = 0, used = 0;
	*cut = 0;
	while (i < len && n < max - 1) {
		uint32_t cp;
		int k = utf8_decode(t + i, len - i, &cp);
		if (k == 0) {
			cp = '?';
			k = 1;
		}
		int w = cp_width(cp);
		if (used + w > width) {
			*cut = 1;
			break;
		}
		wc[n++] = (wchar_t)cp;
		used += w;
		i += (size_t)k;
	}
	if (i < len)
		*cut = 1;
	wc[n] = L'\0';
	*cols = used;
	return n;
}

/* Drops characters from the end until `room` more columns are free. */
static int make_room(wchar_t *wc, int n, int *cols, int width, int room)
{
	while (n > 0 && *cols + room > width) {
		*cols -= cp_width((uint32_t)wc[--n]);
		wc[n] = L'\0';
	}
	return n;
}

int draw_text(WINDOW *w, int y, int x, int width, const char *s, int ascii)
{
	char buf[DRAW_STACK_BUF], *heap;
	wchar_t wc[DRAW_MAX_CHARS];
	int cols, cut;
	if (width <= 0)
		return 0;
	const char *t = sanitised(s, buf, sizeof buf, ascii, &heap);
	int n = fit(t, width, wc, DRAW_MAX_CHARS, &cols, &cut);
	free(heap);
	if (cut) {
		n = make_room(wc, n, &cols, width, 1);
		if (n < DRAW_MAX_CHARS - 1) {
			wc[n++] = ascii ? L'~' : L'\u2026';
			wc[n] = L'\0';
			cols++;
		}
	}
	mvwaddnwstr(w, y, x, wc, n);
	return cols;
}

int draw_wrapped(WINDOW *w, int y, int x, int width, int max_lines, const char *s, int ascii)
{
	char line[1024];
	int lines = 0;
	while (*s && lines < max_lines) {
		while (*s == ' ')
			s++;
		size_t n = strlen(s), take = n;
		if (lines < max_lines - 1 && draw_width(s, ascii) > width) {
			/* the longest prefix that ends before a space and fits */
			size_t cut = 0;
			for (size_t i = 1; i < n && i < sizeof line; i++) {
				if (s[i] != ' ')
					continue;
				memcpy(line, s, i);
				line[i] = '\0';
				if (draw_width(line, ascii) > width)
					break;
				cut = i;
			}
			if (cut)
				take = cut;
		}
		if (take >= sizeof line)
			take = sizeof line - 1;
		memcpy(line, s, take);
		line[take] = '\0';
		draw_text(w, y + lines++, x, width, line, ascii);
		s += take;
	}
	return lines;
}

void draw_blank(WINDOW *w, int y, int x, int width)
{
	for (int i = 0; i < width; i++)
		mvwaddch(w, y, x + i, ' ');
}

int draw_width(const char *s, int ascii)
{
	char buf[DRAW_STACK_BUF], *heap;
	const char *t = sanitised(s, buf, sizeof buf, ascii, &heap);
	size_t len = strlen(t), i = 0;
	int cols = 0;
	while (i < len) {
		uint32_t cp;
		int k = utf8_decode(t + i, len - i, &cp);
		if (k == 0) {
			cp = '?';
			k = 1;
		}
		cols += cp_width(cp);
		i += (size_t)k;
	}
	free(heap);
	return cols;
}

void draw_text_right(WINDOW *w, int y, int x_end, int width, const char *s, int ascii)
{
	int tw = draw_width(s, ascii);
	if (tw > width)
		tw = width;
	draw_text(w, y, x_end - tw, tw, s, ascii);
}

void draw_hline(WINDOW *w, int y, int x, int width, int ascii)
{
	if (width <= 0)
		return;
	/* box-drawing characters as text: the terminal's alternate character
	 * set is not reliable under every TERM and multiplexer */
	for (int i = 0; i < width; i++)
		mvwaddwstr(w, y, x + i, ascii ? L"-" : L"\u2500");
}

void draw_box(WINDOW *w, int y, int x, int h, int width, int ascii)
{
	const wchar_t *c = ascii ? L"++++-|" : L"\u250c\u2510\u2514\u2518\u2500\u2502";
	wchar_t ch[2] = {0, 0};
	if (h < 2 || width < 2)
		return;
	draw_hline(w, y, x + 1, width - 2, ascii);
	draw_hline(w, y + h - 1, x + 1, width - 2, ascii);
	for (int i = 1; i < h - 1; i++) {
		ch[0] = c[5];
		mvwaddwstr(w, y + i, x, ch);
		mvwaddwstr(w, y + i, x + width - 1, ch);
	}
	ch[0] = c[0];
	mvwaddwstr(w, y, x, ch);
	ch[0] = c[1];
	mvwaddwstr(w, y, x + width - 1, ch);
	ch[0] = c[2];
	mvwaddwstr(w, y + h - 1, x, ch);
	ch[0] = c[3];
	mvwaddwstr(w, y + h - 1, x + width - 1, ch);
}
