/* test_chart.c — the growth chart as a nurse reads it: the SD lines in
 * their order, a child's point where its z-score says, the axes labelled,
 * only ASCII in ASCII mode, and nothing written outside the grid however
 * small it is.  The chart is rendered into a plain grid (no terminal); the
 * WHO tables come from GROEIPAD_DATADIR or "data", as in test_growth.c. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "chart.h"
#include "text.h"

enum { W = 78, H = 18 };

static int load_ref(void **state)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	struct growth_ref *ref;
	struct gp_err e = {0};
	if (growth_load(dir && *dir ? dir : "data", &ref, &e) != GP_OK) {
		fprintf(stderr, "growth_load: %s\n", e.msg);
		return -1;
	}
	*state = ref;
	return 0;
}

static int free_ref(void **state)
{
	growth_free(*state);
	return 0;
}

/* A weight-for-age chart of a boy's first two years, with the points given. */
static struct chart_spec wfa_boy(void **state, const struct chart_point *pts, int n, int ascii)
{
	struct chart_spec sp = {*state, GROWTH_WFA, GROWTH_BOY, 0, 730, pts, n, ascii};
	return sp;
}

/* The topmost row of column col where the k SD line is drawn, or -1. */
static int line_row(const struct chart_cell *g, int col, int k)
{
	for (int r = 0; r < H; r++)
		if (g[r * W + col].lines & (1u << (k + 2)))
			return r;
	return -1;
}

/* Row r of the grid as UTF-8 text. */
static void row_text(const struct chart_cell *g, int w, int r, char *buf, size_t n)
{
	size_t len = 0;
	for (int c = 0; c < w && len + 5 < n; c++)
		len += (size_t)utf8_encode(g[r * w + c].cp, buf + len);
	buf[len] = '\0';
}

static int grid_has(const struct chart_cell *g, int w, int h, const char *text)
{
	char buf[W * 4 + 1];
	for (int r = 0; r < h; r++) {
		row_text(g, w, r, buf, sizeof buf);
		if (strstr(buf, text))
			return 1;
	}
	return 0;
}

static void median_lies_between_minus_1_and_plus_2(void **state)
{
	struct chart_cell g[W * H];
	struct chart_layout l;
	struct chart_spec sp = wfa_boy(state, NULL, 0, 0);
	assert_int_equal(chart_render(&sp, g, W, H, &l), 0);
	int col = chart_col(&l, 365);
	int plus2 = line_row(g, col, 2), median = line_row(g, col, 0), minus1 = line_row(g, col, -1);
	assert_true(plus2 >= 0 && median >= 0 && minus1 >= 0);
	assert_true(plus2 < median); /* rows count downwards */
	assert_true(median < minus1);
	/* and the lines are braille in Unicode mode */
	assert_true(g[median * W + col].cp >= 0x2800 && g[median * W + col].cp <= 0x28ff);
}

static void point_at_median_is_on_the_median_row(void **state)
{
	struct chart_cell g[W * H];
	struct chart_layout l;
	struct chart_point p = {365, growth_sd_value(*state, GROWTH_WFA, GROWTH_BOY, 365, 0)};
	struct chart_spec sp = wfa_boy(state, &p, 1, 0);
	assert_int_equal(chart_render(&sp, g, W, H, &l), 0);
	int col = chart_col(&l, p.x), row = chart_row(&l, p.y);
	assert_int_equal(g[row * W + col].style, CHART_POINT);
	assert_int_equal(g[row * W + col].cp, 0x25cf);
	/* the median passes through the point's cell, or the one next to it */
	int median = line_row(g, col, 0);
	assert_true(abs(median - row) <= 1);
}

static void point_at_plus_3_sd_is_above_the_plus_2_line(void **state)
{
	struct chart_cell g[W * H];
	struct chart_layout l;
	struct chart_point p = {548, growth_sd_value(*state, GROWTH_WFA, GROWTH_BOY, 548, 3)};
	struct chart_spec sp = wfa_boy(state, &p, 1, 0);
	assert_int_equal(chart_render(&sp, g, W, H, &l), 0);
	int col = chart_col(&l, p.x), row = chart_row(&l, p.y);
	assert_int_equal(g[row * W + col].style, CHART_POINT);
	int plus2 = line_row(g, col, 2);
	assert_true(plus2 >= 0);
	assert_true(row < plus2);
	assert_true(row >= l.plot_y); /* the range grew to show it */
}

static void ascii_mode_is_only_ascii(void **state)
{
	struct chart_cell g[W * H];
	struct chart_point p[] = {{0, 3.4}, {120, 6.5}, {400, 9.8}};
	struct chart_spec sp = wfa_boy(state, p, 3, 1);
	assert_int_equal(chart_render(&sp, g, W, H, NULL), 0);
	int points = 0;
	for (int i = 0; i < W * H; i++) {
		assert_true(g[i].cp >= 0x20 && g[i].cp < 0x7f);
		points += g[i].style == CHART_POINT;
	}
	assert_int_equal(points, 3);
	assert_true(grid_has(g, W, H, "-2"));
	assert_true(grid_has(g, W, H, "+2"));
	/* BMI's unit has a superscript in Unicode only */
	sp.ind = GROWTH_BFA;
	assert_int_equal(chart_render(&sp, g, W, H, NULL), 0);
	assert_true(grid_has(g, W, H, "kg/m2"));
	for (int i = 0; i < W * H; i++)
		assert_true(g[i].cp >= 0x20 && g[i].cp < 0x7f);
}

static void axes_are_labelled(void **state)
{
	struct chart_cell g[W * H];
	struct chart_layout l;
	struct chart_spec sp = wfa_boy(state, NULL, 0, 0);
	assert_int_equal(chart_render(&sp, g, W, H, &l), 0);
	assert_true(grid_has(g, W, H, "kg"));   /* y unit */
	assert_true(grid_has(g, W, H, "mnd"));  /* two years: months */
	assert_true(grid_has(g, W, H, " 12 ")); /* … with the first birthday */
	assert_true(grid_has(g, W, H, "+2"));
	assert_true(grid_has(g, W, H, "+1"));
	assert_true(grid_has(g, W, H, " 0"));
	assert_true(grid_has(g, W, H, "\u22121"));
	assert_true(grid_has(g, W, H, "\u22122"));
	/* the y axis has numbers left of it, with a decimal comma when needed */
	char buf[W * 4 + 1];
	row_text(g, W, chart_row(&l, l.y1), buf, sizeof buf);
	assert_true(strchr("0123456789", buf[l.plot_x - 3]) != NULL);
	/* six years: in years */
	sp.x1 = 6 * 365.25;
	assert_int_equal(chart_render(&sp, g, W, H, NULL), 0);
	assert_true(grid_has(g, W, H, "jaar"));
	/* weight-for-length: length on the x axis */
	sp = (struct chart_spec){*state, GROWTH_WFL, GROWTH_GIRL, 45, 110, NULL, 0, 0};
	assert_int_equal(chart_render(&sp, g, W, H, NULL), 0);
	assert_true(grid_has(g, W, H, "cm"));
	assert_true(grid_has(g, W, H, "kg"));
}

/* Every size from nothing to a small chart: the cells around the grid stay
 * untouched, and a grid too small for a chart is left blank. */
static void tiny_grids_write_nothing_outside(void **state)
{
	enum { GUARD = 8, MAXW = 24, MAXH = 10 };
	static struct chart_cell buf[GUARD + MAXW * MAXH + GUARD];
	struct chart_point p[] = {{10, 3.6}, {200, 8.1}};
	struct chart_spec sp = wfa_boy(state, p, 2, 0);
	for (int w = 0; w <= MAXW; w++) {
		for (int h = 0; h <= MAXH; h++) {
			for (size_t i = 0; i < sizeof buf / sizeof *buf; i++)
				buf[i] = (struct chart_cell){'#', 99, 99};
			int rc = chart_render(&sp, buf + GUARD, w, h, NULL);
			for (int i = 0; i < GUARD; i++) {
				assert_int_equal(buf[i].cp, '#');
				assert_int_equal(buf[GUARD + w * h + i].cp, '#');
			}
			if (w < CHART_MIN_W || h < CHART_MIN_H) {
				assert_int_equal(rc, -1);
				for (int i = 0; i < w * h; i++)
					assert_int_equal(buf[GUARD + i].cp, ' ');
			}
		}
	}
}

static void x_range_fits_the_child(void **state)
{
	double x0, x1;
	(void)state;
	struct chart_point baby[] = {{3, 3.5}, {30, 4.5}, {90, 6}};
	chart_x_range(GROWTH_WFA, baby, 3, &x0, &x1);
	assert_true(x0 == 0 && x1 >= 365); /* at least the first year */
	struct chart_point older[] = {{4 * 365, 16}, {6 * 365, 20}, {8 * 365, 25}};
	chart_x_range(GROWTH_LFA, older, 3, &x0, &x1);
	assert_true(x0 > 3 * 365 && x0 < 4 * 365); /* not from birth */
	assert_true(x1 > 8 * 365 && x1 < 9 * 365);
	chart_x_range(GROWTH_WFL, NULL, 0, &x0, &x1);
	assert_true(x0 == 45 && x1 == 110);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(median_lies_between_minus_1_and_plus_2),
		cmocka_unit_test(point_at_median_is_on_the_median_row),
		cmocka_unit_test(point_at_plus_3_sd_is_above_the_plus_2_line),
		cmocka_unit_test(ascii_mode_is_only_ascii),
		cmocka_unit_test(axes_are_labelled),
		cmocka_unit_test(tiny_grids_write_nothing_outside),
		cmocka_unit_test(x_range_fits_the_child),
	};
	return cmocka_run_group_tests(tests, load_ref, free_ref);
}
