/* theme.h — what each part of the screen looks like.  Colour when the
 * terminal has it and the user wants it; otherwise bold and reverse video
 * only (NO_COLOR set, TERM=vt100 or linux, or no colours at all), so every
 * distinction still shows on a monochrome screen. */
#ifndef GP_THEME_H
#define GP_THEME_H

#include <curses.h>

enum theme_role {
	TH_NORMAL,    /* ordinary text */
	TH_TITLE,     /* the breadcrumb line */
	TH_DEMO,      /* the DEMO marker */
	TH_BAR_KEY,   /* "F2" in the function bar */
	TH_BAR_LABEL, /* "Opslaan" in the function bar */
	TH_STATUS,    /* a message in the status line */
	TH_ERROR,     /* an error in the status line or next to a field */
	TH_SELECT,    /* the highlighted row of a list */
	TH_HEADING,   /* section headings, column headings */
	TH_DIM,       /* hints, empty-section remarks */
	TH_TAB,       /* the current section tab */
	TH_CHART_SD2, /* the ±2 SD lines of a growth chart */
	TH_CHART_SD1, /* the ±1 SD lines */
	TH_CHART_SD0, /* the median line */
	TH_CHART_POINT, /* the child's measurements in a chart */
	TH_COUNT
};

struct theme {
	attr_t attr[TH_COUNT]; /* attributes (with colour pair) per role */
	int colour;            /* 1 when colours are in use */
};

/* Chooses colour or monochrome (call after initscr). */
void theme_init(struct theme *t);

#endif
