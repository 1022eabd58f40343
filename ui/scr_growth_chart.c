/* scr_growth_chart.c — Groeicurve: one child's measurements over the −2 … +2
 * SD lines of a WHO chart, over the whole body of the screen (re-laid out
 * at every size from 80×24 up).  Five curves, chosen with 1–5 or
 * Left/Right: weight, length/height, head circumference and BMI for age,
 * and weight for length/height.  The chart itself is ui/chart.c; this file
 * picks the points and the range, and puts the cells on the screen in the
 * theme's colours.  Esc goes back to the dossier. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "chart.h"
#include "childfmt.h"
#include "draw.h"
#include "screens.h"
#include "sec_growth.h"

enum curve { CV_WEIGHT, CV_LENGTH, CV_HEAD, CV_BMI, CV_WFLH, CV_COUNT };

enum { WHO_2006_LAST_DAY = 1826, DAYS_2_YEARS = 731 };

struct growth_chart {
	struct child child;       /* name, sex and birth date */
	struct growth_data data;  /* the measurements with z-scores */
	enum curve curve;         /* the curve shown */
};

static const struct screen_key chart_keys[] = {
	{ACT_HELP, NULL}, {ACT_BACK, NULL}, {ACT_CURVE_1, NULL}, {ACT_CURVE_2, NULL},
	{ACT_CURVE_3, NULL}, {ACT_CURVE_4, NULL}, {ACT_CURVE_5, NULL},
	{ACT_CURVE_PREV, NULL}, {ACT_CURVE_NEXT, NULL}, {ACT_QUIT, NULL}, {ACT_NONE, NULL},
};

/* The tab names, as the function bar has them. */
static const char *const curve_names[CV_COUNT] = {
	N_("Gewicht"), N_("Lengte"), N_("Hoofd"), N_("BMI"), N_("Gew/lengte"),
};

/* The weight-for-length (lying, under 2 years) or weight-for-height
 * (standing, 2–5 years) table: the one of the latest measurement with both
 * values while the tables last, else the one of the child's age now. */
static enum growth_indicator wflh_table(const struct growth_chart *gc, int age_now)
{
	for (int i = gc->data.n - 1; i >= 0; i--) {
		const struct growth_meas *m = &gc->data.g[i].meas;
		if (m->weight_kg > 0 && m->length_cm > 0 && m->age_days >= 0 &&
		    m->age_days <= WHO_2006_LAST_DAY)
			return growth_wflh(m->age_days);
	}
	return growth_wflh(age_now);
}

static enum growth_indicator indicator(const struct growth_chart *gc, int age_now)
{
	static const enum growth_indicator ind[CV_COUNT] = {GROWTH_WFA, GROWTH_LFA, GROWTH_HCFA,
							    GROWTH_BFA, GROWTH_WFL};
	return gc->curve == CV_WFLH ? wflh_table(gc, age_now) : ind[gc->curve];
}

/* The points of the curve into pts (room for data.n); returns how many.
 * *missing counts measurements of this kind that the curve cannot show
 * (weight-for-length outside its table's ages). */
static int points(const struct growth_chart *gc, enum growth_indicator ind,
		  struct chart_point *pts, int *missing)
{
	int n = 0;
	*missing = 0;
	for (int i = 0; i < gc->data.n; i++) {
		const struct measurement_growth *g = &gc->data.g[i];
		const struct growth_meas *m = &g->meas;
		double len = growth_length_corrected(m);
		struct chart_point p = {m->age_days, 0};
		if (m->age_days < 0)
			continue;
		switch (ind) {
		case GROWTH_WFA:
			p.y = m->weight_kg;
			break;
		case GROWTH_LFA:
			p.y = len;
			break;
		case GROWTH_HCFA:
			p.y = m->head_cm;
			break;
		case GROWTH_BFA:
			p.y = g->bmi;
			break;
		default: /* weight for length/height: only the table's own ages */
			if (m->weight_kg <= 0 || len <= 0)
				continue;
			if (m->age_days > WHO_2006_LAST_DAY || growth_wflh(m->age_days) != ind) {
				(*missing)++;
				continue;
			}
			p.x = len;
			p.y = m->weight_kg;
			break;
		}
		if (p.y > 0)
			pts[n++] = p;
	}
	return n;
}

static int age_now(struct app *app, const struct growth_chart *gc)
{
	return (int)(date_to_days(app->today) - date_to_days(gc->child.birth_date));
}

static void chart_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	const struct growth_chart *gc = s->st;
	char name[NAME_BUF * 3];
	(void)app;
	child_display_name(gc->child.given_names, gc->child.tussenvoegsel,
			   gc->child.family_name, name, sizeof name);
	snprintf(buf, n, _("Groeicurve %s"), name);
}

/* "[1 Gewicht]  2 Lengte  3 Hoofd …" with the current curve marked. */
static void draw_tabs(struct app *app, const struct growth_chart *gc, int y, int x, int w)
{
	int cx = x;
	for (int i = 0; i < CV_COUNT; i++) {
		char tab[64];
		snprintf(tab, sizeof tab, i == (int)gc->curve ? "[%d %s]" : " %d %s ", i + 1,
			 _(curve_names[i]));
		attrset(i == (int)gc->curve ? app_attr(app, TH_TAB) : A_NORMAL);
		cx += draw_text(stdscr, y, cx, x + w - cx, tab, app->ascii) + 1;
	}
	attrset(A_NORMAL);
}

/* "Gewicht naar leeftijd · jongen · WHO-groeistandaard 2006 (0-5 jaar)". */
static void draw_heading(struct app *app, const struct growth_chart *gc,
			 enum growth_indicator ind, double x1, int y, int x, int w)
{
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	char line[512], ind_name[96];
	const char *source = _("WHO-groeistandaard 2006 (0-5 jaar)");
	if ((ind == GROWTH_WFA || ind == GROWTH_LFA || ind == GROWTH_BFA) &&
	    x1 > WHO_2006_LAST_DAY)
		source = _("WHO 2006 tot 5 jaar, WHO 2007 daarna");
	snprintf(ind_name, sizeof ind_name, "%s", growth_indicator_name(ind));
	if (ind_name[0] >= 'a' && ind_name[0] <= 'z')
		ind_name[0] = (char)(ind_name[0] - 'a' + 'A');
	snprintf(line, sizeof line, "%s%s%s%s%s", ind_name, sep,
		 gc->child.sex == GROWTH_BOY ? _("jongen") : _("meisje"), sep, source);
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, w, line, app->ascii);
	attrset(A_NORMAL);
}

static attr_t style_attr(struct app *app, unsigned char style)
{
	switch (style) {
	case CHART_SD2:
		return app_attr(app, TH_CHART_SD2);
	case CHART_SD1:
		return app_attr(app, TH_CHART_SD1);
	case CHART_SD0:
		return app_attr(app, TH_CHART_SD0);
	case CHART_POINT:
		return app_attr(app, TH_CHART_POINT);
	case CHART_AXIS:
		return app_attr(app, TH_DIM);
	default:
		return A_NORMAL;
	}
}

/* Puts the grid on the screen.  Its characters are the chart's own (labels
 * sanitised there), one column each. */
static void put_grid(struct app *app, const struct chart_cell *g, int y, int x, int w, int h)
{
	for (int r = 0; r < h; r++) {
		for (int c = 0; c < w; c++) {
			const struct chart_cell *p = &g[r * w + c];
			wchar_t ch[2] = {(wchar_t)p->cp, L'\0'};
			if (p->cp == ' ')
				continue;
			attrset(style_attr(app, p->style));
			mvaddnwstr(y + r, x + c, ch, 1);
		}
	}
	attrset(A_NORMAL);
}

/* A legend sample: the character in its style, then the words. */
static int legend_item(struct app *app, int y, int x, int end, const char *mark,
		       enum theme_role role, const char *words)
{
	if (x >= end)
		return x;
	attrset(app_attr(app, role));
	x += draw_text(stdscr, y, x, end - x, mark, app->ascii);
	attrset(A_NORMAL);
	x += 1;
	if (x < end)
		x += draw_text(stdscr, y, x, end - x, words, app->ascii);
	return x + 3;
}

static void draw_legend(struct app *app, int npts, int missing, int y, int x, int w)
{
	char count[128];
	int a = app->ascii, end = x + w;
	x = legend_item(app, y, x, end, a ? "o" : "\u25cf", TH_CHART_POINT, _("meting"));
	x = legend_item(app, y, x, end, a ? "=" : "\u2824\u2824", TH_CHART_SD0, _("mediaan (0)"));
	x = legend_item(app, y, x, end, a ? "." : "\u2804\u2804", TH_CHART_SD1, _("+1 en -1 SD"));
	x = legend_item(app, y, x, end, a ? "-" : "\u2824\u2824", TH_CHART_SD2, _("+2 en -2 SD"));
	if (missing)
		snprintf(count, sizeof count, _("%d van %d metingen"), npts, npts + missing);
	else
		snprintf(count, sizeof count,
			 ngettext("%d meting", "%d metingen", (unsigned long)npts), npts);
	attrset(app_attr(app, TH_DIM));
	if (x < end)
		draw_text_right(stdscr, y, end, end - x, count, app->ascii);
	attrset(A_NORMAL);
}

static void chart_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct growth_chart *gc = s->st;
	int x = b->x + 1, w = b->w - 2;
	int gy = b->y + 2, gh = b->h - 3;
	draw_tabs(app, gc, b->y, x, w);
	if (gc->child.sex != GROWTH_BOY && gc->child.sex != GROWTH_GIRL) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, b->y + 2, x, w,
			  _("Geen groeicurve: de WHO-curven zijn er per geslacht, en het geslacht "
			    "is onbekend of onbepaald."), app->ascii);
		attrset(A_NORMAL);
		return;
	}
	enum growth_indicator ind = indicator(gc, age_now(app, gc));
	struct chart_point *pts = calloc((size_t)gc->data.n + 1, sizeof *pts);
	struct chart_cell *grid = calloc((size_t)w * (size_t)gh, sizeof *grid);
	if (!pts || !grid) {
		free(pts);
		free(grid);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	int missing, n = points(gc, ind, pts, &missing);
	struct chart_spec sp = {app->growth, ind, gc->child.sex, 0, 0, pts, n, app->ascii};
	chart_x_range(ind, pts, n, &sp.x0, &sp.x1);
	draw_heading(app, gc, ind, sp.x1, b->y + 1, x, w);
	if (chart_render(&sp, grid, w, gh, NULL) == 0)
		put_grid(app, grid, gy, x, w, gh);
	draw_legend(app, n, missing, b->y + b->h - 1, x, w);
	free(pts);
	free(grid);
}

static int chart_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct growth_chart *gc = s->st;
	(void)app;
	(void)key;
	switch (act) {
	case ACT_CURVE_1:
	case ACT_CURVE_2:
	case ACT_CURVE_3:
	case ACT_CURVE_4:
	case ACT_CURVE_5:
		gc->curve = (enum curve)(act - ACT_CURVE_1);
		return 1;
	case ACT_CURVE_NEXT:
		gc->curve = (enum curve)((gc->curve + 1) % CV_COUNT);
		return 1;
	case ACT_CURVE_PREV:
		gc->curve = (enum curve)((gc->curve + CV_COUNT - 1) % CV_COUNT);
		return 1;
	default:
		return 0;
	}
}

static void chart_destroy(struct app *app, struct screen *s)
{
	struct growth_chart *gc = s->st;
	(void)app;
	growth_data_free(&gc->data);
	free(gc);
}

static const struct screen_ops chart_ops = {
	.name = "groeicurve", .title = chart_title, .draw = chart_draw, .key = chart_key,
	.destroy = chart_destroy, .keys = chart_keys,
	.howto = N_("De groeicurve zet de metingen van het kind (de stippen) uit tegen de "
		    "WHO-lijnen van -2, -1, 0 (mediaan), +1 en +2 SD voor het geslacht van het "
		    "kind. Kies de curve met 1 tot en met 5 of met de pijltjes links en rechts: "
		    "gewicht, lengte en hoofdomtrek naar leeftijd, BMI naar leeftijd, en gewicht "
		    "naar lengte (liggend tot 2 jaar, staand van 2 tot 5 jaar). Tot 5 jaar gelden "
		    "de WHO-groeistandaarden, daarna de WHO-referentie 2007. Esc gaat terug naar "
		    "het dossier."),
};

void growth_chart_open(struct app *app, const struct child *c)
{
	struct growth_chart *gc = calloc(1, sizeof *gc);
	if (!gc) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	gc->child = *c;
	growth_data_load(app, c, &gc->data);
	app_push(app, &chart_ops, gc);
}
