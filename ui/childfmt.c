/* childfmt.c — see childfmt.h. */
#include <stdio.h>

#include "childfmt.h"
#include "draw.h"

/* Column widths of a child list (display columns, with a gap after each). */
enum { COL_BIRTH = 11, COL_AGE = 9, COL_BSN = 10, COL_POSTCODE = 9 };

void fmt_age_short(struct gp_date birth, struct gp_date today, char *buf, size_t n)
{
	int y, m;
	date_age(birth, today, &y, &m);
	snprintf(buf, n, _("%dj %dm"), y, m);
}

void fmt_age_compact(struct gp_date birth, struct gp_date today, char *buf, size_t n)
{
	long days = date_to_days(today) - date_to_days(birth);
	int y, m;
	date_age(birth, today, &y, &m);
	if (days < 0)
		days = 0;
	if (days < 14)
		snprintf(buf, n, _("%ld dg"), days);
	else if (y == 0 && m < 3)
		snprintf(buf, n, _("%ld wk"), days / 7);
	else if (y < 2)
		snprintf(buf, n, _("%d mnd"), y * 12 + m);
	else
		snprintf(buf, n, _("%dj %dm"), y, m);
}

void fmt_age_long(struct gp_date birth, struct gp_date today, char *buf, size_t n)
{
	int y, m;
	date_age(birth, today, &y, &m);
	snprintf(buf, n, _("%d %s en %d %s"), y, ngettext("jaar", "jaar", (unsigned long)y), m,
		 ngettext("maand", "maanden", (unsigned long)m));
}

static int name_width(int w)
{
	return w - COL_BIRTH - COL_AGE - COL_BSN - COL_POSTCODE - 2;
}

void childlist_heading(struct app *app, int y, int x, int w)
{
	int nw = name_width(w), cx = x + 1;
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, cx, nw, _("Naam"), app->ascii);
	cx += nw + 1;
	draw_text(stdscr, y, cx, COL_BIRTH - 1, _("Geboren"), app->ascii);
	cx += COL_BIRTH;
	draw_text(stdscr, y, cx, COL_AGE - 1, _("Leeftijd"), app->ascii);
	cx += COL_AGE;
	draw_text(stdscr, y, cx, COL_BSN - 1, _("BSN"), app->ascii);
	cx += COL_BSN;
	draw_text(stdscr, y, cx, COL_POSTCODE - 1, _("Postcode"), app->ascii);
	attrset(A_NORMAL);
}

void childlist_row(struct app *app, int y, int x, int w, const struct child_summary *c,
		   int sel)
{
	char birth[11], age[24];
	int nw = name_width(w), cx = x + 1;
	date_fmt_nl(c->birth_date, birth);
	fmt_age_short(c->birth_date, app->today, age, sizeof age);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, cx, nw, c->sort_name, app->ascii);
	cx += nw + 1;
	draw_text(stdscr, y, cx, COL_BIRTH - 1, birth, app->ascii);
	cx += COL_BIRTH;
	draw_text(stdscr, y, cx, COL_AGE - 1, age, app->ascii);
	cx += COL_AGE;
	draw_text(stdscr, y, cx, COL_BSN - 1, c->bsn, app->ascii);
	cx += COL_BSN;
	draw_text(stdscr, y, cx, COL_POSTCODE - 1, c->postcode, app->ascii);
	attrset(A_NORMAL);
}
