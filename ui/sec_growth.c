/* sec_growth.c — the dossier section Groei (docs/product.md §2, §4): every
 * measurement of the child, newest first, with its date, age, length (l
 * lying, s standing), weight, head circumference and BMI, each with its WHO
 * z-score to two decimals.  A value the plausibility checks flag (|z| > 5,
 * a jump of more than 2 SD, a length shorter than before) carries a "!",
 * and the line under the table explains the selected row.  F6 or Enter
 * opens the growth chart.  The data comes from contact.c; no SQL here. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "childfmt.h"
#include "draw.h"
#include "list.h"
#include "screens.h"
#include "sec_growth.h"

struct sec_growth {
	struct growth_data data; /* the measurements, oldest first */
	struct listpos pos;      /* selected row; row 0 is the newest */
	struct gp_date birth;    /* the child's birth date (ages) */
};

const struct screen_key sec_growth_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_CHART, NULL}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_SECTION_PREV, NULL},
	{ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL}, {ACT_NONE, NULL},
};


/* ---- the data ---------------------------------------------------------- */

void growth_data_free(struct growth_data *d)
{
	free(d->m);
	free(d->g);
	*d = (struct growth_data){NULL, NULL, 0};
}

void growth_data_load(struct app *app, const struct child *c, struct growth_data *d)
{
	struct gp_err e = {0};
	growth_data_free(d);
	if (measurement_list(app->db, c->id, &d->m, &d->n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		d->n = 0;
		return;
	}
	if (d->n == 0)
		return;
	d->g = calloc((size_t)d->n, sizeof *d->g);
	if (!d->g) {
		growth_data_free(d);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	measurement_growth_list(app->growth, c->sex, c->birth_date, d->m, d->n, d->g);
}

struct sec_growth *sec_growth_new(void)
{
	return calloc(1, sizeof(struct sec_growth));
}

void sec_growth_free(struct sec_growth *s)
{
	if (!s)
		return;
	growth_data_free(&s->data);
	free(s);
}

void sec_growth_load(struct app *app, struct sec_growth *s, const struct child *c)
{
	growth_data_load(app, c, &s->data);
	s->birth = c->birth_date;
	list_set_count(&s->pos, s->data.n);
}

/* ---- formatting -------------------------------------------------------- */

/* value / 10^dec with a decimal comma: 755 → "75,5". */
static void fmt_fixed(int value, int dec, char *buf, size_t n)
{
	snprintf(buf, n, "%.*f", dec, value / pow(10, dec));
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

/* "+1,23", "-0,40", "0,00"; "-" when there is no z-score. */
static void fmt_z(const struct growth_z *z, char *buf, size_t n)
{
	if (z->status != GROWTH_Z_OK) {
		snprintf(buf, n, "%s", z->status == GROWTH_Z_OUT_OF_RANGE ? "-" : "");
		return;
	}
	snprintf(buf, n, "%+.2f", z->z);
	if (z->z == 0)
		snprintf(buf, n, "0.00");
	char *dot = strchr(buf, '.');
	if (dot)
		*dot = ',';
}

/* 1 when the checks flag indicator i of this measurement. */
static int flagged(const struct measurement_growth *g, int i)
{
	unsigned bit = 1u << i;
	return ((g->check.extreme | g->check.jump) & bit) != 0;
}

/* The weight-for-length or -height z-score that applies at this age. */
static const struct growth_z *wflh_z(const struct measurement_growth *g)
{
	return &g->z[growth_wflh(g->age_days)];
}

/* ---- drawing ----------------------------------------------------------- */

/* The table's columns, in order; a column is drawn only when it fits. */
enum col { C_DATE, C_AGE, C_LEN, C_LZ, C_WT, C_WZ, C_HC, C_HZ, C_BMI, C_BZ, C_WLZ, C_COUNT };

static const struct {
	const char *head; /* N_() heading */
	int width;        /* columns */
	int right;        /* right-aligned (numbers) */
} cols[C_COUNT] = {
	[C_DATE] = {N_("Datum"), 10, 0},    [C_AGE] = {N_("Leeftijd"), 8, 0},
	[C_LEN] = {N_("Lengte"), 7, 1},     [C_LZ] = {"z", 6, 1},
	[C_WT] = {N_("Gewicht"), 7, 1},     [C_WZ] = {"z", 6, 1},
	[C_HC] = {N_("Hoofd"), 5, 1},       [C_HZ] = {"z", 6, 1},
	[C_BMI] = {N_("BMI"), 5, 1},        [C_BZ] = {"z", 6, 1},
	[C_WLZ] = {N_("z G/L"), 6, 1},
};

/* Columns that fit in w; *xs gets each one's offset. */
static int fitting_cols(int w, int xs[C_COUNT])
{
	int x = 0, n = 0;
	for (int i = 0; i < C_COUNT; i++) {
		if (x + cols[i].width > w)
			break;
		xs[i] = x;
		x += cols[i].width + 1;
		n++;
	}
	return n;
}

static void cell_text(struct app *app, int y, int x, int col, const char *s)
{
	if (cols[col].right)
		draw_text_right(stdscr, y, x + cols[col].width, cols[col].width, s, app->ascii);
	else
		draw_text(stdscr, y, x, cols[col].width, s, app->ascii);
}

/* A z-score cell: the value, and "!" when flagged (in the error colour). */
static void z_cell(struct app *app, int y, int x, int col, const struct growth_z *z, int flag,
		   attr_t base)
{
	char buf[16];
	fmt_z(z, buf, sizeof buf);
	cell_text(app, y, x - 1, col, buf);
	if (flag) {
		attrset(app_attr(app, TH_ERROR) | base);
		mvaddch(y, x + cols[col].width - 1, '!');
		attrset(base);
	}
}

static void draw_row(struct app *app, struct sec_growth *s, int i, int y, int x, int w,
		     int ncols, const int xs[C_COUNT], int sel)
{
	const struct measurement *m = &s->data.m[i];
	const struct measurement_growth *g = &s->data.g[i];
	char buf[48];
	attr_t base = sel ? app_attr(app, TH_SELECT) : A_NORMAL;
	attrset(base);
	draw_blank(stdscr, y, x, w);
	for (int c = 0; c < ncols; c++) {
		int cx = x + xs[c];
		buf[0] = '\0';
		switch ((enum col)c) {
		case C_DATE:
			date_fmt_nl(m->measured_on, buf);
			break;
		case C_AGE:
			fmt_age_short(s->birth, m->measured_on, buf, sizeof buf);
			break;
		case C_LEN:
			if (m->length_mm) {
				char v[16];
				fmt_fixed(m->length_mm, 1, v, sizeof v);
				snprintf(buf, sizeof buf, "%s %s", v,
					 strcmp(m->length_method, "staand") == 0 ? _("s") :
					 strcmp(m->length_method, "liggend") == 0 ? _("l") : " ");
			}
			break;
		case C_WT:
			if (m->weight_g)
				fmt_fixed(m->weight_g, 3, buf, sizeof buf);
			break;
		case C_HC:
			if (m->head_mm)
				fmt_fixed(m->head_mm, 1, buf, sizeof buf);
			break;
		case C_BMI:
			if (g->bmi > 0) {
				snprintf(buf, sizeof buf, "%.1f", g->bmi);
				char *dot = strchr(buf, '.');
				if (dot)
					*dot = ',';
			}
			break;
		case C_LZ:
			z_cell(app, y, cx, c, &g->z[GROWTH_LFA],
			       flagged(g, GROWTH_LFA) || g->check.shrunk, base);
			continue;
		case C_WZ:
			z_cell(app, y, cx, c, &g->z[GROWTH_WFA], flagged(g, GROWTH_WFA), base);
			continue;
		case C_HZ:
			z_cell(app, y, cx, c, &g->z[GROWTH_HCFA], flagged(g, GROWTH_HCFA), base);
			continue;
		case C_BZ:
			z_cell(app, y, cx, c, &g->z[GROWTH_BFA], flagged(g, GROWTH_BFA), base);
			continue;
		case C_WLZ:
			z_cell(app, y, cx, c, wflh_z(g), flagged(g, growth_wflh(g->age_days)), base);
			continue;
		default:
			break;
		}
		cell_text(app, y, cx, c, buf);
	}
	attrset(A_NORMAL);
}

static void append(char *buf, size_t n, const char *sep, const char *part)
{
	size_t len = strlen(buf);
	if (part[0])
		snprintf(buf + len, n - len, "%s%s", len ? sep : "", part);
}

/* What the selected measurement's "!" means, and what else to know about
 * it: the weight-for-length z-score when its column did not fit, why there
 * are no z-scores, the remark with the measurement.  Returns 1 when flagged. */
static int explain(struct app *app, const struct sec_growth *s, int i, int wlz_shown,
		   char *buf, size_t n)
{
	const struct measurement *m = &s->data.m[i];
	const struct measurement_growth *g = &s->data.g[i];
	const char *sep = app->ascii ? "; " : " \u00b7 ";
	char part[256], z[16], zp[16];
	int any = 0;
	buf[0] = '\0';
	for (int k = 0; k < GROWTH_NIND; k++) {
		if (!flagged(g, k))
			continue;
		fmt_z(&g->z[k], z, sizeof z);
		if (g->check.extreme & (1u << k)) {
			snprintf(part, sizeof part, _("%s z = %s: verder dan 5 SD van het gemiddelde"),
				 growth_indicator_name((enum growth_indicator)k), z);
		} else {
			int p = k;
			if ((k == GROWTH_WFL || k == GROWTH_WFH) && g->prev_z[k].status != GROWTH_Z_OK)
				p = k == GROWTH_WFL ? GROWTH_WFH : GROWTH_WFL;
			fmt_z(&g->prev_z[p], zp, sizeof zp);
			snprintf(part, sizeof part, _("%s z = %s, de vorige keer %s: meer dan 2 SD verschil"),
				 growth_indicator_name((enum growth_indicator)k), z, zp);
		}
		append(buf, n, sep, part);
		any = 1;
	}
	if (g->check.shrunk) {
		char l[16], on[11];
		fmt_fixed(g->prev_length_mm, 1, l, sizeof l);
		date_fmt_nl(g->prev_length_on, on);
		snprintf(part, sizeof part, _("korter dan de vorige meting (%s cm op %s)"), l, on);
		append(buf, n, sep, part);
		any = 1;
	}
	if (any)
		append(buf, n, " ", m->flags ? _("(bevestigd bij het opslaan)") :
					       _("(onwaarschijnlijk)"));
	if (!wlz_shown && wflh_z(g)->status == GROWTH_Z_OK) {
		fmt_z(wflh_z(g), z, sizeof z);
		snprintf(part, sizeof part, "%s z = %s",
			 growth_indicator_name(growth_wflh(g->age_days)), z);
		append(buf, n, sep, part);
	}
	append(buf, n, sep, measurement_growth_remark(g));
	if (m->note[0])
		append(buf, n, sep, m->note);
	return any;
}

void sec_growth_draw(struct app *app, struct sec_growth *s, int y, int x, int w, int h)
{
	int xs[C_COUNT], ncols = fitting_cols(w, xs);
	if (s->data.n == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1,
			  _("Nog geen metingen. Metingen worden vastgelegd bij een contactmoment."),
			  app->ascii);
		attrset(A_NORMAL);
		return;
	}
	attrset(app_attr(app, TH_HEADING));
	for (int c = 0; c < ncols; c++) {
		int cx = x + xs[c] - (cols[c].right && cols[c].head[0] == 'z' ? 1 : 0);
		cell_text(app, y, cx, c, _(cols[c].head));
	}
	attrset(A_NORMAL);
	int rows = h - 3;
	if (rows < 1)
		rows = 1;
	list_set_height(&s->pos, rows);
	for (int r = 0; r < rows && s->pos.top + r < s->data.n; r++) {
		int row = s->pos.top + r;
		draw_row(app, s, s->data.n - 1 - row, y + 1 + r, x, w, ncols, xs, row == s->pos.sel);
	}
	char buf[1024];
	int flag = explain(app, s, s->data.n - 1 - s->pos.sel, ncols > C_WLZ, buf, sizeof buf);
	attrset(flag ? app_attr(app, TH_ERROR) : A_NORMAL);
	if (flag)
		draw_text(stdscr, y + h - 2, x, 2, "!", app->ascii);
	attrset(A_NORMAL);
	draw_text(stdscr, y + h - 2, x + 2, w - 2, buf, app->ascii);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y + h - 1, x, w,
		  _("cm en kg; l = liggend, s = staand; z = z-score (WHO); "
		    "! = onwaarschijnlijk"), app->ascii);
	attrset(A_NORMAL);
}

int sec_growth_key(struct app *app, struct sec_growth *s, const struct child *c,
		   enum action act)
{
	if (act == ACT_CHART) {
		growth_chart_open(app, c);
		return 1;
	}
	return list_key(&s->pos, act);
}
