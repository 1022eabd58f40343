/* chart.c — see chart.h.  The plot area is addressed in "dots": two per
 * cell across and four down, the braille resolution.  A value maps to a dot
 * and a dot to its cell, so ASCII mode, the points and chart_row() all land
 * in the same cell as the braille curve through that value.  Labels are
 * written through text_sanitize like every other text on the screen. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "i18n.h"
#include "text.h"

enum {
	BRAILLE = 0x2800,    /* the empty braille pattern */
	SD_LABEL_W = 2,      /* "+2", "−1", " 0" */
	MAX_LABEL = 24       /* bytes of a tick label */
};

#define DAYS_PER_MONTH 30.4375
#define DAYS_PER_YEAR 365.25

/* The bit of the braille dot in column dx (0–1), row dy (0–3) of a cell. */
static unsigned braille_bit(int dx, int dy)
{
	static const unsigned char bits[4][2] = {{0x01, 0x08}, {0x02, 0x10},
						 {0x04, 0x20}, {0x40, 0x80}};
	return bits[dy][dx];
}

static int is_age_based(enum growth_indicator ind)
{
	return ind != GROWTH_WFL && ind != GROWTH_WFH;
}

const char *chart_unit(enum growth_indicator ind, int ascii)
{
	switch (ind) {
	case GROWTH_WFA:
	case GROWTH_WFL:
	case GROWTH_WFH:
		return "kg";
	case GROWTH_BFA:
		return ascii ? "kg/m2" : "kg/m\u00b2";
	default:
		return "cm";
	}
}

void chart_x_range(enum growth_indicator ind, const struct chart_point *pts, int n,
		   double *x0, double *x1)
{
	int age = is_age_based(ind);
	double lo = INFINITY, hi = -INFINITY;
	for (int i = 0; i < n; i++) {
		if (!isfinite(pts[i].x))
			continue;
		lo = fmin(lo, pts[i].x);
		hi = fmax(hi, pts[i].x);
	}
	if (lo > hi) { /* no points */
		*x0 = age ? 0 : (ind == GROWTH_WFL ? 45 : 65);
		*x1 = age ? DAYS_PER_YEAR : (ind == GROWTH_WFL ? 110 : 120);
		return;
	}
	double min_span = age ? DAYS_PER_YEAR : 10;
	double margin = fmax((hi - lo) * 0.08, age ? 30 : 2);
	lo -= margin;
	hi += margin;
	if (age && (lo < 0 || lo < 0.25 * hi))
		lo = 0; /* most of the child's life: show it from birth */
	if (hi - lo < min_span)
		hi = lo + min_span;
	*x0 = lo;
	*x1 = hi;
}

/* ---- the grid ---------------------------------------------------------- */

/* The grid being drawn and its layout. */
struct canvas {
	struct chart_cell *g;   /* the caller's cells */
	int w, h;               /* grid size */
	struct chart_layout l;  /* the plot area and its ranges */
	int ascii;              /* ASCII characters only */
};

static struct chart_cell *cell(struct canvas *c, int row, int col)
{
	if (row < 0 || row >= c->h || col < 0 || col >= c->w)
		return NULL;
	return &c->g[row * c->w + col];
}

static void put(struct canvas *c, int row, int col, uint32_t cp, enum chart_style st)
{
	struct chart_cell *p = cell(c, row, col);
	if (p) {
		p->cp = cp;
		p->style = (unsigned char)st;
	}
}

/* Writes text (sanitised) from column col; returns the columns used.  Stops
 * at the grid's edge. */
static int put_text(struct canvas *c, int row, int col, const char *s, enum chart_style st)
{
	char buf[MAX_LABEL * 3];
	size_t i = 0, len;
	int n = 0;
	text_sanitize(s, buf, sizeof buf, c->ascii);
	len = strlen(buf);
	while (i < len && col + n < c->w) {
		uint32_t cp;
		int k = utf8_decode(buf + i, len - i, &cp);
		if (k == 0) {
			cp = '?';
			k = 1;
		}
		put(c, row, col + n, cp, st);
		n++;
		i += (size_t)k;
	}
	return n;
}

/* Display columns of a label (every character the chart writes is one
 * column wide). */
static int text_cols(const char *s, int ascii)
{
	char buf[MAX_LABEL * 3];
	text_sanitize(s, buf, sizeof buf, ascii);
	return (int)utf8_chars(buf);
}

/* ---- mapping ----------------------------------------------------------- */

static int dot_col(const struct chart_layout *l, double x)
{
	int dots = l->plot_w * 2;
	return (int)lround((x - l->x0) / (l->x1 - l->x0) * (dots - 1));
}

static int dot_row(const struct chart_layout *l, double y)
{
	int dots = l->plot_h * 4;
	return dots - 1 - (int)lround((y - l->y0) / (l->y1 - l->y0) * (dots - 1));
}

static int floor_div(int a, int b)
{
	return (int)floor((double)a / b);
}

int chart_col(const struct chart_layout *lay, double x)
{
	return lay->plot_x + floor_div(dot_col(lay, x), 2);
}

int chart_row(const struct chart_layout *lay, double y)
{
	return lay->plot_y + floor_div(dot_row(lay, y), 4);
}

/* The x value at dot column d (a fraction: between dots). */
static double x_at_dot(const struct chart_layout *l, double d)
{
	return l->x0 + (l->x1 - l->x0) * d / (l->plot_w * 2 - 1);
}

/* ---- ticks ------------------------------------------------------------- */

/* The smallest of 1, 2, 2.5, 5 × 10^k that is at least raw. */
static double nice_step(double raw)
{
	static const double steps[] = {1, 2, 2.5, 5, 10};
	double p = pow(10, floor(log10(raw)));
	for (size_t i = 0; i < sizeof steps / sizeof *steps; i++)
		if (steps[i] * p >= raw * (1 - 1e-9))
			return steps[i] * p;
	return 10 * p;
}

/* v with as many decimals as the step needs, with a decimal comma. */
static void fmt_value(double v, double step, char *buf, size_t n)
{
	int dec = step >= 1 - 1e-9 ? 0 : (step * 10 >= 1 - 1e-9 ? 1 : 2);
	if (fabs(v) < 1e-9)
		v = 0;
	snprintf(buf, n, "%.*f", dec, v);
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

/* The y range and tick step from the ±2 SD lines and the points. */
static int y_range(const struct chart_spec *sp, struct chart_layout *l, double *step)
{
	double lo = INFINITY, hi = -INFINITY;
	int samples = l->plot_w * 2;
	for (int d = 0; d < samples; d++) {
		double x = x_at_dot(l, d);
		double a = growth_sd_value(sp->ref, sp->ind, sp->sex, x, -2);
		double b = growth_sd_value(sp->ref, sp->ind, sp->sex, x, 2);
		if (isfinite(a))
			lo = fmin(lo, a);
		if (isfinite(b))
			hi = fmax(hi, b);
	}
	for (int i = 0; i < sp->npts; i++) {
		if (!isfinite(sp->pts[i].y) || !isfinite(sp->pts[i].x))
			continue;
		lo = fmin(lo, sp->pts[i].y);
		hi = fmax(hi, sp->pts[i].y);
	}
	if (lo > hi)
		return -1;
	if (hi - lo < 1e-6) {
		lo -= 1;
		hi += 1;
	}
	double pad = (hi - lo) * 0.04, raw_lo = lo;
	lo -= pad;
	hi += pad;
	int ticks = (int)(l->plot_h / 2.5) > 1 ? (int)(l->plot_h / 2.5) : 1;
	*step = nice_step((hi - lo) / ticks);
	l->y0 = floor(lo / *step) * *step;
	l->y1 = ceil(hi / *step) * *step;
	if (l->y0 < 0 && raw_lo >= 0)
		l->y0 = 0; /* no negative weights or lengths on the axis */
	return 0;
}

/* The y axis, its ticks and their labels. */
static void draw_y_axis(struct canvas *c, double step)
{
	const struct chart_layout *l = &c->l;
	int ax = l->plot_x - 1, last = -10;
	for (int r = l->plot_y; r < l->plot_y + l->plot_h; r++)
		put(c, r, ax, c->ascii ? '|' : 0x2502, CHART_AXIS);
	int n = (int)lround((l->y1 - l->y0) / step);
	for (int i = 0; i <= n; i++) {
		char buf[MAX_LABEL];
		double v = l->y0 + i * step;
		int r = chart_row(l, v);
		if (r < l->plot_y || r >= l->plot_y + l->plot_h || r == last)
			continue;
		put(c, r, ax, c->ascii ? '+' : 0x2524, CHART_AXIS);
		fmt_value(v, step, buf, sizeof buf);
		put_text(c, r, ax - 1 - text_cols(buf, c->ascii), buf, CHART_TEXT);
		last = r;
	}
}

/* The x tick step and unit: months, years or cm, so the labels fit. */
static void x_ticks(const struct canvas *c, enum growth_indicator ind, double *step,
		    double *scale, const char **unit)
{
	const struct chart_layout *l = &c->l;
	int max_ticks = l->plot_w / 5 > 1 ? l->plot_w / 5 : 1;
	double span = l->x1 - l->x0;
	if (!is_age_based(ind)) {
		*scale = 1;
		*unit = "cm";
	} else if (span <= 2 * DAYS_PER_YEAR + 31) {
		*scale = DAYS_PER_MONTH;
		*unit = _("mnd");
	} else {
		*scale = DAYS_PER_YEAR;
		*unit = ngettext("jaar", "jaar", 2); /* the plural, as in "3 jaar" */
	}
	double raw = span / *scale / max_ticks;
	if (*scale == DAYS_PER_MONTH) {
		static const double m[] = {1, 2, 3, 6, 12};
		*step = 12;
		for (size_t i = 0; i < sizeof m / sizeof *m; i++)
			if (m[i] >= raw) {
				*step = m[i];
				break;
			}
	} else {
		*step = nice_step(raw);
		if (*step < 1)
			*step = 1; /* whole years and whole centimetres */
		if (fabs(*step - 2.5) < 1e-9)
			*step = 5;
	}
}

/* The x axis with its ticks, labels and unit. */
static void draw_x_axis(struct canvas *c, enum growth_indicator ind)
{
	const struct chart_layout *l = &c->l;
	int ay = l->plot_y + l->plot_h, ly = ay + 1;
	double step, scale;
	const char *unit;
	put(c, ay, l->plot_x - 1, c->ascii ? '+' : 0x2514, CHART_AXIS);
	for (int x = l->plot_x; x < l->plot_x + l->plot_w; x++)
		put(c, ay, x, c->ascii ? '-' : 0x2500, CHART_AXIS);
	x_ticks(c, ind, &step, &scale, &unit);
	int uw = text_cols(unit, c->ascii);
	int ux = c->w - uw;
	put_text(c, ly, ux, unit, CHART_TEXT);
	int free_from = 0;
	int first = (int)ceil(l->x0 / scale / step - 1e-9);
	int last = (int)floor(l->x1 / scale / step + 1e-9);
	for (int i = first; i <= last; i++) {
		char buf[MAX_LABEL];
		double v = i * step;
		int col = chart_col(l, v * scale);
		if (col < l->plot_x || col >= l->plot_x + l->plot_w)
			continue;
		put(c, ay, col, c->ascii ? '+' : 0x252c, CHART_AXIS);
		fmt_value(v, 1, buf, sizeof buf);
		int tw = text_cols(buf, c->ascii);
		int tx = col - (tw - 1) / 2;
		if (tx < free_from || tx + tw > ux - 1)
			continue; /* would overlap its neighbour or the unit */
		put_text(c, ly, tx, buf, CHART_TEXT);
		free_from = tx + tw + 1;
	}
}

/* ---- curves and points ------------------------------------------------- */

static enum chart_style line_style(int k)
{
	return k == 0 ? CHART_SD0 : (k == 1 || k == -1 ? CHART_SD1 : CHART_SD2);
}

/* Sets the dot (dc, dr) of the plot area for the k SD line. */
static void set_dot(struct canvas *c, int dc, int dr, int k)
{
	const struct chart_layout *l = &c->l;
	if (dc < 0 || dr < 0 || dc >= l->plot_w * 2 || dr >= l->plot_h * 4)
		return;
	struct chart_cell *p = cell(c, l->plot_y + dr / 4, l->plot_x + dc / 2);
	if (!p || p->style == CHART_POINT)
		return;
	p->lines |= (unsigned char)(1u << (k + 2));
	if (c->ascii) {
		static const char ch[5] = {'-', '.', '=', '.', '-'};
		if (p->style <= line_style(k)) {
			p->cp = (unsigned char)ch[k + 2];
			p->style = (unsigned char)line_style(k);
		}
		return;
	}
	if (p->cp < BRAILLE || p->cp > BRAILLE + 0xff)
		p->cp = BRAILLE;
	p->cp |= braille_bit(dc % 2, dr % 4);
	if (p->style < line_style(k))
		p->style = (unsigned char)line_style(k);
}

/* Draws the k SD line; returns the dot row where it ends at the right, or
 * -1 when it has no value in the range; *end_col gets the dot column there.  ASCII mode samples one value per
 * cell, braille mode one per dot column (every other one for the dotted
 * ±1 SD lines), joining each sample to the one before by a vertical run. */
static int draw_line(struct canvas *c, const struct chart_spec *sp, int k, int *end_col)
{
	const struct chart_layout *l = &c->l;
	int dots = l->plot_w * 2, stride = c->ascii || k == 1 || k == -1 ? 2 : 1;
	int prev = -1, end = -1;
	for (int d = 0; d < dots; d += stride) {
		double x = x_at_dot(l, c->ascii ? d + 0.5 : d);
		double v = growth_sd_value(sp->ref, sp->ind, sp->sex, x, k);
		if (!isfinite(v)) {
			prev = -1;
			continue;
		}
		int r = dot_row(l, v);
		int a = prev < 0 ? r : prev, b = r;
		if (a > b) {
			int t = a;
			a = b;
			b = t;
		}
		/* the run is split between this column and the previous one, so
		 * a steep curve stays a line rather than a staircase */
		for (int rr = a; rr <= b; rr++) {
			int col = d;
			if (prev >= 0 && !c->ascii && stride == 1 && d > 0 &&
			    abs(rr - prev) < abs(rr - r))
				col = d - 1;
			set_dot(c, col, rr, k);
		}
		prev = r;
		end = r;
		*end_col = d;
	}
	return end;
}

/* 1 when one of the n cells from (row, col) shows a measurement. */
static int covers_point(struct canvas *c, int row, int col, int n)
{
	for (int i = 0; i < n; i++) {
		const struct chart_cell *p = cell(c, row, col + i);
		if (p && p->style == CHART_POINT)
			return 1;
	}
	return 0;
}

/* The SD labels "+2" … "−2" just right of where the lines end (at the right
 * edge, unless the table stops earlier), each at the row where its line
 * ends; when lines end in the same row the labels are spread over the rows
 * around it, keeping their order (+2 on top). */
static void draw_sd_labels(struct canvas *c, const int end[5], int end_col)
{
	const struct chart_layout *l = &c->l;
	int row[5], top = l->plot_y, bottom = l->plot_y + l->plot_h - 1;
	int col = l->plot_x + end_col / 2 + 2, prev = top - 1;
	if (col > l->plot_x + l->plot_w + 1)
		col = l->plot_x + l->plot_w + 1;
	for (int i = 4; i >= 0; i--) { /* downwards: +2 first */
		if (end[i] < 0) {
			row[i] = -1;
			continue;
		}
		row[i] = l->plot_y + end[i] / 4;
		if (row[i] <= prev)
			row[i] = prev + 1;
		prev = row[i];
	}
	int next = bottom + 1;
	for (int i = 0; i <= 4; i++) { /* upwards: push back inside the plot */
		if (row[i] < 0)
			continue;
		if (row[i] >= next)
			row[i] = next - 1;
		next = row[i];
	}
	for (int i = 0; i <= 4; i++) {
		int k = i - 2;
		char buf[16];
		if (row[i] < top)
			continue; /* no room left for it */
		if (k == 0)
			snprintf(buf, sizeof buf, " 0");
		else
			snprintf(buf, sizeof buf, "%s%d", k > 0 ? "+" : (c->ascii ? "-" : "\u2212"),
				 k > 0 ? k : -k);
		if (!covers_point(c, row[i], col, text_cols(buf, c->ascii)))
			put_text(c, row[i], col, buf, line_style(k));
	}
}

static void draw_points(struct canvas *c, const struct chart_spec *sp)
{
	const struct chart_layout *l = &c->l;
	for (int i = 0; i < sp->npts; i++) {
		const struct chart_point *p = &sp->pts[i];
		if (!isfinite(p->x) || !isfinite(p->y))
			continue;
		int col = chart_col(l, p->x), row = chart_row(l, p->y);
		if (col < l->plot_x || col >= l->plot_x + l->plot_w || row < l->plot_y ||
		    row >= l->plot_y + l->plot_h)
			continue;
		put(c, row, col, c->ascii ? 'o' : 0x25cf, CHART_POINT);
	}
}

/* ---- the whole chart --------------------------------------------------- */

static void clear(struct chart_cell *g, int w, int h)
{
	for (int i = 0; i < w * h; i++)
		g[i] = (struct chart_cell){' ', CHART_BLANK, 0};
}

/* Widest y label the range can produce, with the chart's step. */
static int y_label_width(const struct chart_layout *l, double step, int ascii)
{
	char buf[MAX_LABEL];
	int wmax = 1;
	int n = (int)lround((l->y1 - l->y0) / step);
	for (int i = 0; i <= n; i++) {
		fmt_value(l->y0 + i * step, step, buf, sizeof buf);
		int tw = text_cols(buf, ascii);
		if (tw > wmax)
			wmax = tw;
	}
	return wmax;
}

int chart_render(const struct chart_spec *sp, struct chart_cell *grid, int w, int h,
		 struct chart_layout *lay)
{
	struct canvas c = {grid, w, h, {0}, sp->ascii};
	double step;
	if (!grid || w <= 0 || h <= 0)
		return -1;
	clear(grid, w, h);
	if (w < CHART_MIN_W || h < CHART_MIN_H || !sp->ref || !(sp->x1 > sp->x0) ||
	    (int)sp->ind < 0 || (int)sp->ind >= GROWTH_NIND)
		return -1;
	/* rows: unit, plot, x axis, x labels; columns: y labels, axis, plot,
	 * gap, SD labels.  The y labels' width depends on the range, which is
	 * found with a first guess of the plot width. */
	c.l.plot_y = 1;
	c.l.plot_h = h - 3;
	c.l.x0 = sp->x0;
	c.l.x1 = sp->x1;
	c.l.plot_x = 5;
	c.l.plot_w = w - c.l.plot_x - 1 - SD_LABEL_W;
	if (y_range(sp, &c.l, &step) != 0)
		return -1;
	c.l.plot_x = y_label_width(&c.l, step, sp->ascii) + 2;
	c.l.plot_w = w - c.l.plot_x - 1 - SD_LABEL_W;
	if (c.l.plot_w < 4)
		return -1;
	draw_y_axis(&c, step);
	put_text(&c, 0, 0, chart_unit(sp->ind, sp->ascii), CHART_TEXT);
	draw_x_axis(&c, sp->ind);
	int end[5], end_col = 0;
	for (int k = -2; k <= 2; k++) {
		int col = 0;
		end[k + 2] = draw_line(&c, sp, k, &col);
		if (col > end_col)
			end_col = col;
	}
	draw_points(&c, sp); /* before the labels, which give way to them */
	draw_sd_labels(&c, end, end_col);
	if (lay)
		*lay = c.l;
	return 0;
}
