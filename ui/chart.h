/* chart.h — a growth chart drawn as text, without curses: the −2 … +2 SD
 * lines of one WHO indicator for the child's sex, the child's measurements
 * as points, the axes with their labels and the SD labels at the right edge,
 * rendered into a grid of cells the caller owns (and then puts on the
 * screen, or compares in a unit test).
 *
 * In Unicode mode the SD lines are braille characters (U+2800 block: 2×4
 * dots per cell, so a curve is four times finer than the rows), the ±1 SD
 * lines dotted, and a point is "●".  In ASCII mode a curve is one character
 * per column ('-' for ±2 SD, '.' for ±1 SD, '=' for the median) and a point
 * is 'o'.  Numbers use a decimal comma, as Dutch charts do. */
#ifndef GP_CHART_H
#define GP_CHART_H

#include <stdint.h>

#include "growth.h"

/* How a cell should look; the screen maps these onto theme roles. */
enum chart_style {
	CHART_BLANK = 0, /* nothing drawn */
	CHART_AXIS,      /* axis lines and ticks */
	CHART_TEXT,      /* axis labels and units */
	CHART_SD2,       /* a ±2 SD line or its label */
	CHART_SD1,       /* a ±1 SD line or its label */
	CHART_SD0,       /* the median line or its label */
	CHART_POINT,     /* one of the child's measurements */
	CHART_STYLES     /* number of styles */
};

/* One character cell of the chart. */
struct chart_cell {
	uint32_t cp;         /* the character (code point); ' ' when empty */
	unsigned char style; /* enum chart_style */
	unsigned char lines; /* bit k+2 set when the k SD line (k = −2…+2) is drawn here */
};

/* One measurement to plot. */
struct chart_point {
	double x; /* age in days, or length/height in cm for GROWTH_WFL/GROWTH_WFH */
	double y; /* the value in the indicator's unit (kg, cm, kg/m²) */
};

/* What to draw. */
struct chart_spec {
	const struct growth_ref *ref;  /* the WHO tables */
	enum growth_indicator ind;     /* whose SD lines */
	int sex;                       /* GROWTH_BOY or GROWTH_GIRL */
	double x0, x1;                 /* the x range shown (see chart_x_range) */
	const struct chart_point *pts; /* the child's measurements; may be NULL */
	int npts;                      /* entries in pts */
	int ascii;                     /* ASCII characters only */
};

/* Where the plot landed in the grid and which values it spans. */
struct chart_layout {
	int plot_x, plot_y; /* top-left cell of the plot area */
	int plot_w, plot_h; /* its size in cells */
	double x0, x1;      /* x values at the left and right edge */
	double y0, y1;      /* y values at the bottom and top edge */
};

enum {
	CHART_MIN_W = 16, /* below this many columns nothing is drawn */
	CHART_MIN_H = 6   /* below this many rows nothing is drawn */
};

/* A sensible x range for these points: their range with a margin, from
 * birth when they cover most of the child's life, at least the first year
 * for a baby (ages) or 10 cm (lengths).  Without points: the first year, or
 * the table's lengths. */
void chart_x_range(enum growth_indicator ind, const struct chart_point *pts, int n,
		   double *x0, double *x1);

/* Renders the chart into grid (w×h cells, row-major: grid[row * w + col]);
 * every cell is written, none outside.  Returns 0, or -1 when the grid is
 * too small or the spec unusable (the grid is then blank).  lay may be NULL. */
int chart_render(const struct chart_spec *spec, struct chart_cell *grid, int w, int h,
		 struct chart_layout *lay);

/* The grid column of an x value and the grid row of a y value (as the
 * points are placed); may lie outside the plot. */
int chart_col(const struct chart_layout *lay, double x);
int chart_row(const struct chart_layout *lay, double y);

/* The unit of an indicator's values: "kg", "cm", "kg/m²" ("kg/m2" in ASCII). */
const char *chart_unit(enum growth_indicator ind, int ascii);

#endif
