/* theme.c — see theme.h.  The colour pairs are numbered from 1 in the order
 * of the roles that use one. */
#include <stdlib.h>
#include <string.h>

#include "theme.h"

/* 1 when the user or the terminal asks for no colour. */
static int colour_unwanted(void)
{
	const char *nc = getenv("NO_COLOR");
	const char *term = getenv("TERM");
	if (nc && *nc)
		return 1;
	if (!term || strncmp(term, "vt100", 5) == 0 || strcmp(term, "linux") == 0 ||
	    strcmp(term, "dumb") == 0)
		return 1;
	return !has_colors();
}

static void mono(struct theme *t)
{
	for (int i = 0; i < TH_COUNT; i++)
		t->attr[i] = A_NORMAL;
	t->attr[TH_TITLE] = A_REVERSE;
	t->attr[TH_DEMO] = A_REVERSE | A_BOLD;
	t->attr[TH_BAR_KEY] = A_REVERSE;
	t->attr[TH_ERROR] = A_BOLD;
	t->attr[TH_SELECT] = A_REVERSE;
	t->attr[TH_HEADING] = A_BOLD;
	t->attr[TH_TAB] = A_REVERSE;
	t->attr[TH_CHART_SD0] = A_BOLD;
	t->attr[TH_CHART_POINT] = A_BOLD;
	t->colour = 0;
}

void theme_init(struct theme *t)
{
	mono(t);
	if (colour_unwanted() || start_color() == ERR)
		return;
	use_default_colors();
	static const struct {
		enum theme_role role; /* which part */
		short fg, bg;         /* its colours (-1: terminal default) */
		attr_t extra;         /* added attributes */
	} pairs[] = {
		{TH_TITLE, COLOR_WHITE, COLOR_BLUE, A_BOLD},
		{TH_DEMO, COLOR_WHITE, COLOR_RED, A_BOLD},
		{TH_BAR_KEY, COLOR_BLACK, COLOR_CYAN, 0},
		{TH_STATUS, COLOR_GREEN, -1, A_BOLD},
		{TH_ERROR, COLOR_RED, -1, A_BOLD},
		{TH_SELECT, COLOR_BLACK, COLOR_CYAN, 0},
		{TH_HEADING, COLOR_BLUE, -1, A_BOLD},
		{TH_TAB, COLOR_WHITE, COLOR_BLUE, A_BOLD},
		{TH_CHART_SD2, COLOR_YELLOW, -1, 0},
		{TH_CHART_SD1, COLOR_CYAN, -1, 0},
		{TH_CHART_SD0, COLOR_GREEN, -1, A_BOLD},
		{TH_CHART_POINT, COLOR_MAGENTA, -1, A_BOLD},
	};
	for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
		short n = (short)(i + 1);
		if (init_pair(n, pairs[i].fg, pairs[i].bg) == ERR)
			continue;
		t->attr[pairs[i].role] = COLOR_PAIR(n) | pairs[i].extra;
	}
	t->colour = 1;
}
