/* scr_giz_view.c — one GIZ assessment to look at, for the nurse and, one
 * key away (F6), for the parent (docs/product.md §5):
 *
 *   JGZ     page 1  the GOM matrix: aspects down (grouped by the sides of
 *                   the triangle, as data/giz/giz.tsv groups them), the five
 *                   steps across, the chosen step marked; the previous
 *                   assessment's matrix beside it and how each aspect moved;
 *                   the triangle and the conclusion of both
 *           page 2  the parent's own words next to the professional's view,
 *                   the conclusion and the plan with each agreement's state
 *   Ouder   page 1  the same matrix in plain words, without codes: where
 *                   each aspect stands now and stood last time
 *           page 2  the plan in plain words: what, who, when, and when we
 *                   look back on it together
 *
 * Everything is built as lines once per size and scrolled; marks are
 * characters (brackets, dots, arrows), so the view reads the same in
 * monochrome and in ASCII.  Reads through src/giz.h; no SQL here. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "giz.h"
#include "lineedit.h"
#include "screens.h"
#include "text.h"

enum { LINE_TEXT = 512, LABEL_W = 24, CELL = 3, MAX_LINES = 400, WIDE_PLAIN = 32 };

/* One line of a page. */
struct vline {
	char text[LINE_TEXT];   /* what it says (sanitised when drawn) */
	enum theme_role role;   /* how it looks */
	int indent;             /* columns before it */
};

struct giz_view {
	struct child child;             /* the child */
	char id[DB_ID_LEN];             /* the assessment shown */
	struct giz_assessment *cur;     /* it, as read */
	struct giz_assessment *prev;    /* the one before, or NULL */
	struct giz_agreement_row *plan; /* the child's agreements (org names) */
	int nplan;                      /* entries in plan */
	int parent;                     /* 1: the parent view */
	int page;                       /* 0 matrix, 1 words and plan */
	struct vline *lines;            /* the page, built for `built_w` columns */
	int nlines;                     /* entries in lines */
	int cap;                        /* room in lines */
	int built_w;                    /* width the lines were built for; 0: rebuild */
	int top;                        /* first line shown */
	int height;                     /* lines shown at once */
};

static const struct screen_key nurse_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, N_("Wijzig")},
	{ACT_PARENT_VIEW, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key parent_keys[] = {
	{ACT_HELP, NULL}, {ACT_PARENT_VIEW, N_("JGZ-scherm")}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL},
	{ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL},
	{ACT_NONE, NULL},
};

static const struct screen_ops nurse_ops, parent_ops;

/* ---- building lines ------------------------------------------------------ */

static struct vline *add(struct giz_view *v, enum theme_role role, int indent, const char *fmt,
			 ...) __attribute__((format(printf, 4, 5)));

static struct vline *add(struct giz_view *v, enum theme_role role, int indent, const char *fmt,
			 ...)
{
	if (v->nlines >= v->cap)
		return NULL;
	struct vline *l = &v->lines[v->nlines++];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(l->text, sizeof l->text, fmt, ap);
	va_end(ap);
	l->role = role;
	l->indent = indent;
	return l;
}

static void blank(struct giz_view *v)
{
	add(v, TH_NORMAL, 0, "%s", "");
}

/* Text soft-wrapped at `width` columns, each line indented. */
static void wrapped(struct giz_view *v, enum theme_role role, int indent, int width,
		    const char *text)
{
	struct lineedit le;
	struct le_line lines[64];
	int row, col;
	if (le_init(&le, 0, 1) != 0)
		return;
	le_set_text(&le, text);
	le_set_size(&le, width > 10 ? width : 10, 64);
	int n = le_box_view(&le, lines, 64, &row, &col);
	for (int i = 0; i < n; i++)
		add(v, role, indent, "%.*s", (int)(lines[i].end - lines[i].start),
		    le_text(&le) + lines[i].start);
	le_free(&le);
}

/* Pads s with blanks to `cols` display columns (cut when longer). */
static void pad(char *out, size_t n, const char *s, int cols, int ascii)
{
	char buf[LINE_TEXT];
	snprintf(buf, sizeof buf, "%s", s);
	while (draw_width(buf, ascii) > cols && buf[0]) {
		size_t len = strlen(buf);
		do
			len--;
		while (len > 0 && ((unsigned char)buf[len] & 0xC0) == 0x80);
		buf[len] = '\0';
	}
	int w = draw_width(buf, ascii);
	snprintf(out, n, "%s%*s", buf, cols - w > 0 ? cols - w : 0, "");
}

static const char *label(const struct app *app, const char *list, const char *code)
{
	return code[0] ? refdata_label(app->ref, list, code) : "-";
}

/* "20 november 2026": a date for the parent, without digits to decode. */
static void date_words(struct gp_date d, char *out, size_t n)
{
	static const char *const months[] = {
		N_("januari"), N_("februari"), N_("maart"), N_("april"), N_("mei"), N_("juni"),
		N_("juli"), N_("augustus"), N_("september"), N_("oktober"), N_("november"),
		N_("december"),
	};
	if (d.y == 0 || d.m < 1 || d.m > 12)
		snprintf(out, n, "-");
	else
		snprintf(out, n, "%d %s %d", d.d, _(months[d.m - 1]), d.y);
}

/* The index 0–4 of a step on the scale, or -1. */
static int step_of(const struct app *app, const char *code)
{
	const struct codelist *l = refdata_list(app->ref, "gizschaal");
	for (int i = 0; l && code[0] && i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return i;
	return -1;
}

/* The aspects of side `side` (a gizzijde code), as data groups them: their
 * indexes 0–9 into out; returns how many. */
static int aspects_of(const struct app *app, const char *side, int out[GIZ_ASPECTS])
{
	int n = 0;
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		char bds[8];
		snprintf(bds, sizeof bds, "%d", giz_aspect_bds(i));
		if (strcmp(refdata_label(app->ref, "gizelement.zijde", bds), side) == 0)
			out[n++] = i;
	}
	return n;
}

/* Five cells, the chosen one marked: " ·  ■  ·  ·  · " or " .  X  .  .  . ". */
static void cells(const struct app *app, int step, char *out, size_t n)
{
	const char *dot = app->ascii ? "." : "\u00b7", *mark = app->ascii ? "X" : "\u25a0";
	out[0] = '\0';
	for (int i = 0; i < 5; i++) {
		size_t len = strlen(out);
		snprintf(out + len, n - len, " %s ", i == step ? mark : dot);
	}
}

/* ---- the nurse's pages ------------------------------------------------------ */

/* The sides with bijzonderheden (BDS 1630), "Opvoeding, Omgeving"; without
 * any, what BDS 1629 says ("Geen bijzonderheden", or "-"). */
static void triangle_words(const struct app *app, const struct giz_assessment *a, char *out,
			   size_t n)
{
	const struct codelist *sides = refdata_list(app->ref, "gizzijde");
	int k = 0;
	out[0] = '\0';
	for (int i = 0; sides && i < sides->n; i++) {
		if (!strstr(a->sides, sides->items[i].code))
			continue;
		size_t len = strlen(out);
		snprintf(out + len, n - len, "%s%s", k++ ? ", " : "", sides->items[i].label);
	}
	if (!k)
		snprintf(out, n, "%s", label(app, "gizdriehoek.kort", a->triangle));
}

static void who_took_part(struct app *app, struct giz_view *v, int w)
{
	const struct giz_assessment *a = v->cur;
	char line[LINE_TEXT * 2], date[11];
	struct family_member *fam = NULL;
	int nfam = 0;
	struct gp_err e = {0};
	date_fmt_nl(a->date, date);
	snprintf(line, sizeof line, _("Gesprek van %s met "), date);
	if (child_family(app->db, v->child.id, &fam, &nfam, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	int any = 0;
	for (int i = 0; i < nfam; i++) {
		if (!strstr(a->parents, fam[i].parent.id))
			continue;
		char name[NAME_BUF * 3];
		size_t len = strlen(line);
		child_display_name(fam[i].parent.given_names, fam[i].parent.tussenvoegsel,
				   fam[i].parent.family_name, name, sizeof name);
		snprintf(line + len, sizeof line - len, "%s%.200s (%.60s)", any++ ? ", " : "", name,
			 refdata_label(app->ref, "relatie", fam[i].relation));
	}
	free(fam);
	size_t len = strlen(line);
	if (a->young_person == GIZ_YOUNG_YES)
		snprintf(line + len, sizeof line - len, "%s%s", any++ ? ", " : "",
			 _("de jongere zelf"));
	len = strlen(line);
	if (a->professionals[0])
		snprintf(line + len, sizeof line - len, "%s%s", any++ ? ", " : "", a->professionals);
	wrapped(v, TH_NORMAL, 0, w, line);
}

static void matrix_page(struct app *app, struct giz_view *v, int w)
{
	const struct giz_assessment *a = v->cur, *p = v->prev;
	char head[LINE_TEXT], name[LINE_TEXT], now[64], before[64], c1[64], c2[64], date[11];
	char t1[LINE_TEXT], t2[LINE_TEXT];
	/* the triangle (BDS 1630, else 1629) of both, on one line above the matrix */
	triangle_words(app, a, t1, sizeof t1);
	if (p)
		triangle_words(app, p, t2, sizeof t2);
	snprintf(head, sizeof head, _("%s: nu %s%s%s"),
		 refdata_label(app->ref, "gizelement.kort", "1630"), t1, p ? _(" · vorige ") : "",
		 p ? t2 : "");
	add(v, TH_NORMAL, 0, "%s", head);
	if (p) {
		date_fmt_nl(p->date, date);
		snprintf(before, sizeof before, _("vorige %s"), date);
	} else {
		snprintf(before, sizeof before, "%s", _("(geen vorige)"));
	}
	date_fmt_nl(a->date, date);
	snprintf(now, sizeof now, _("nu %s"), date);
	pad(name, sizeof name, "", LABEL_W, app->ascii);
	/* each heading over its five steps and the gap after them */
	pad(c1, sizeof c1, now, 5 * CELL + 3, app->ascii);
	pad(c2, sizeof c2, before, 5 * CELL + 3, app->ascii);
	add(v, TH_HEADING, 0, "%s  %s%s%s", name, c1, c2, _("verschil"));
	add(v, TH_DIM, 0, "%s   1  2  3  4  5      1  2  3  4  5", name);
	const struct codelist *sides = refdata_list(app->ref, "gizzijde");
	for (int s = 0; sides && s < sides->n; s++) {
		int idx[GIZ_ASPECTS], n = aspects_of(app, sides->items[s].code, idx);
		add(v, TH_HEADING, 0, "%s", sides->items[s].label);
		for (int k = 0; k < n; k++) {
			int i = idx[k], st = step_of(app, a->aspects[i].score);
			int was = p ? step_of(app, p->aspects[i].score) : -1;
			char bds[8], change[32] = "";
			snprintf(bds, sizeof bds, "%d", giz_aspect_bds(i));
			pad(name, sizeof name, refdata_label(app->ref, "gizelement.kort", bds),
			    LABEL_W - 2, app->ascii);
			cells(app, st, c1, sizeof c1);
			cells(app, was, c2, sizeof c2);
			if (st >= 0 && was >= 0 && st != was)
				snprintf(change, sizeof change, "%s%d",
					 st > was ? (app->ascii ? "^" : "\u25b2")
						  : (app->ascii ? "v" : "\u25bc"),
					 st > was ? st - was : was - st);
			else if (st >= 0 && was >= 0)
				snprintf(change, sizeof change, "=");
			add(v, TH_NORMAL, 2, "%s  %s   %s   %s", name, c1, p ? c2 : "", change);
		}
	}
	pad(name, sizeof name, refdata_label(app->ref, "gizelement.kort", "1641"), LABEL_W,
	    app->ascii);
	pad(c1, sizeof c1, label(app, "gizconclusie.kort", a->conclusion), 5 * CELL, app->ascii);
	add(v, TH_HEADING, 0, "%s  %s   %s", name, c1,
	    p ? label(app, "gizconclusie.kort", p->conclusion) : "");
	/* the legend: every step with its short label, an unconfirmed one starred */
	const struct codelist *scale = refdata_list(app->ref, "gizschaal");
	int starred = 0;
	head[0] = '\0';
	for (int i = 0; scale && i < scale->n; i++) {
		size_t len = strlen(head);
		snprintf(head + len, sizeof head - len, "%s%d %s%s", i ? "  " : "", i + 1,
			 refdata_label(app->ref, "gizschaal.kort", scale->items[i].code),
			 scale->items[i].unconfirmed ? "*" : "");
		starred |= scale->items[i].unconfirmed;
	}
	size_t len = strlen(head);
	snprintf(head + len, sizeof head - len, _("   %s zwaarder, %s lichter dan vorige keer"),
		 app->ascii ? "^" : "\u25b2", app->ascii ? "v" : "\u25bc");
	if (starred) {
		len = strlen(head);
		snprintf(head + len, sizeof head - len, "%s", _("   * label niet bevestigd"));
	}
	wrapped(v, TH_DIM, 0, w, head);
}

/* Two texts side by side: the parent's words and the professional's view. */
static void side_by_side(struct app *app, struct giz_view *v, int w, const char *ltitle,
			 const char *ltext, const char *rtitle, const char *rtext)
{
	int half = (w - 3) / 2;
	struct giz_view l = {0}, r = {0};
	struct vline ll[48], rl[48];
	l.lines = ll;
	r.lines = rl;
	l.cap = r.cap = 48;
	add(&l, TH_HEADING, 0, "%s", ltitle);
	wrapped(&l, TH_NORMAL, 0, half, ltext[0] ? ltext : "-");
	add(&r, TH_HEADING, 0, "%s", rtitle);
	wrapped(&r, TH_NORMAL, 0, half, rtext[0] ? rtext : "-");
	for (int i = 0; i < l.nlines || i < r.nlines; i++) {
		char left[LINE_TEXT];
		pad(left, sizeof left, i < l.nlines ? ll[i].text : "", half, app->ascii);
		add(v, i == 0 ? TH_HEADING : TH_NORMAL, 0, "%s | %s", left,
		    i < r.nlines ? rl[i].text : "");
	}
	blank(v);
}

/* The organisation's name of agreement g, from the plan rows. */
static const char *org_of(const struct giz_view *v, const struct giz_agreement *g)
{
	for (int i = 0; i < v->nplan; i++)
		if (strcmp(v->plan[i].a.id, g->id) == 0)
			return v->plan[i].org_name;
	return "";
}

static void words_page(struct app *app, struct giz_view *v, int w)
{
	const struct giz_assessment *a = v->cur;
	char line[LINE_TEXT], due[11], ev[11];
	who_took_part(app, v, w);
	blank(v);
	side_by_side(app, v, w, _("Wat goed gaat (ouder)"), a->going_well, _("Wat ik zie (JGZ)"),
		     a->professional_view);
	side_by_side(app, v, w, _("Zorgen (ouder)"), a->worries, _("Krachten"), a->strengths);
	snprintf(line, sizeof line, _("Draagkracht: %s  Draaglast: %s"),
		 a->draagkracht[0] ? a->draagkracht : "-", a->draaglast[0] ? a->draaglast : "-");
	side_by_side(app, v, w, _("Wensen (ouder)"), a->wishes, _("Draagkracht en draaglast"),
		     line);
	add(v, TH_HEADING, 0, "%s: %s", refdata_label(app->ref, "gizelement", "1641"),
	    label(app, "gizconclusie", a->conclusion));
	if (a->conclusion_text[0])
		wrapped(v, TH_NORMAL, 2, w - 2, a->conclusion_text);
	blank(v);
	add(v, TH_HEADING, 0, "%s", _("Plan"));
	if (a->nagreements == 0)
		add(v, TH_DIM, 2, "%s", _("Geen afspraken gemaakt."));
	for (int i = 0; i < a->nagreements; i++) {
		const struct giz_agreement *g = &a->agreements[i];
		date_fmt_nl(g->due_on, due);
		date_fmt_nl(g->evaluate_on, ev);
		snprintf(line, sizeof line, "%d. %s", i + 1, g->what);
		wrapped(v, TH_NORMAL, 2, w - 2, line);
		const char *org = org_of(v, g);
		snprintf(line, sizeof line, _("%s%s%s%s · wanneer %s · evaluatie %s · %s"),
			 label(app, "gizwie.kort", g->who_kind), org[0] || g->who_name[0] ? ": " : "",
			 org[0] ? org : g->who_name, org[0] && g->who_name[0] ? " " : "",
			 due, ev, label(app, "gizstatus", g->status));
		if (org[0] && g->who_name[0]) {
			size_t len = strlen(line);
			snprintf(line + len, sizeof line - len, " (%s)", g->who_name);
		}
		wrapped(v, strcmp(g->status, "lopend") == 0 ? TH_NORMAL : TH_DIM, 5, w - 5, line);
	}
}

/* ---- the parent's pages -------------------------------------------------------- */

static void parent_matrix(struct app *app, struct giz_view *v, int w)
{
	const struct giz_assessment *a = v->cur, *p = v->prev;
	char words[64], name[LINE_TEXT], row[LINE_TEXT];
	const char *now = app->ascii ? "X" : "\u25cf", *then = app->ascii ? "o" : "\u25cb";
	const char *dot = app->ascii ? "." : "\u00b7";
	date_words(a->date, words, sizeof words);
	add(v, TH_HEADING, 2, _("Hoe het gaat, %s"), words);
	blank(v);
	/* the two ends of the scale, in the parent's words */
	pad(name, sizeof name, "", WIDE_PLAIN, app->ascii);
	const struct codelist *plain = refdata_list(app->ref, "gizschaal.ouder");
	if (plain && plain->n >= 2) {
		char left[64], ends[LINE_TEXT];
		/* the first step's words end before the last step's column */
		pad(left, sizeof left, plain->items[0].label, 4 * 4 - 1, app->ascii);
		snprintf(left + strlen(left), sizeof left - strlen(left), " ");
		snprintf(ends, sizeof ends, "%.200s%.60s%.60s", name, left,
			 plain->items[plain->n - 1].label);
		add(v, TH_DIM, 2, "%s", ends);
	}
	const struct codelist *sides = refdata_list(app->ref, "gizzijde");
	for (int s = 0; sides && s < sides->n; s++) {
		int idx[GIZ_ASPECTS], n = aspects_of(app, sides->items[s].code, idx);
		if (s)
			blank(v); /* calm: room between the sides */
		add(v, TH_HEADING, 2, "%s", refdata_label(app->ref, "gizzijde.ouder",
							  sides->items[s].code));
		for (int k = 0; k < n; k++) {
			int i = idx[k], st = step_of(app, a->aspects[i].score);
			int was = p ? step_of(app, p->aspects[i].score) : -1;
			char bds[8];
			snprintf(bds, sizeof bds, "%d", giz_aspect_bds(i));
			pad(name, sizeof name, refdata_label(app->ref, "gizelement.ouder", bds),
			    WIDE_PLAIN - 2, app->ascii);
			snprintf(row, sizeof row, "%s", name);
			for (int c = 0; c < 5; c++) {
				size_t len = strlen(row);
				snprintf(row + len, sizeof row - len, "%s%s", c ? "   " : "",
					 c == st ? now : c == was ? then : dot);
			}
			if (st >= 0) {
				size_t len = strlen(row);
				snprintf(row + len, sizeof row - len, "   %s",
					 refdata_label(app->ref, "gizschaal.ouder",
						       a->aspects[i].score));
			}
			add(v, TH_NORMAL, 4, "%s", row);
		}
	}
	blank(v);
	if (p) {
		date_words(p->date, words, sizeof words);
		add(v, TH_DIM, 2, _("%s nu     %s vorige keer (%s)"), now, then, words);
	} else {
		add(v, TH_DIM, 2, _("%s nu"), now);
	}
	(void)w;
}

static void parent_plan(struct app *app, struct giz_view *v, int w)
{
	const struct giz_assessment *a = v->cur;
	char line[LINE_TEXT], due[64], ev[64];
	add(v, TH_HEADING, 2, "%s", refdata_label(app->ref, "gizelement.ouder", "1641"));
	if (a->conclusion[0])
		add(v, TH_NORMAL, 4, "%s", refdata_label(app->ref, "gizconclusie.ouder",
							 a->conclusion));
	blank(v);
	if (a->nagreements == 0)
		add(v, TH_NORMAL, 4, "%s", _("We hebben deze keer niets nieuws afgesproken."));
	for (int i = 0; i < a->nagreements; i++) {
		const struct giz_agreement *g = &a->agreements[i];
		const char *org = org_of(v, g);
		date_words(g->due_on, due, sizeof due);
		date_words(g->evaluate_on, ev, sizeof ev);
		wrapped(v, TH_HEADING, 4, w - 8, g->what);
		if (org[0])
			snprintf(line, sizeof line, _("Wie: %s%s%s"), org, g->who_name[0] ? ", " : "",
				 g->who_name);
		else
			snprintf(line, sizeof line, _("Wie: %s%s%s"),
				 refdata_label(app->ref, "gizwie.ouder", g->who_kind),
				 g->who_name[0] ? ", " : "", g->who_name);
		wrapped(v, TH_NORMAL, 6, w - 10, line);
		snprintf(line, sizeof line, _("Wanneer: %s"), due);
		add(v, TH_NORMAL, 6, "%s", line);
		if (strcmp(g->status, "lopend") == 0)
			snprintf(line, sizeof line, _("Op %s kijken we samen hoe het gaat."), ev);
		else
			snprintf(line, sizeof line, "%s", refdata_label(app->ref, "gizstatus.ouder",
									  g->status));
		add(v, TH_DIM, 6, "%s", line);
		blank(v);
	}
}

static void build(struct app *app, struct giz_view *v, int w)
{
	v->nlines = 0;
	v->built_w = w;
	if (v->parent && v->page == 0)
		parent_matrix(app, v, w);
	else if (v->parent)
		parent_plan(app, v, w);
	else if (v->page == 0)
		matrix_page(app, v, w);
	else
		words_page(app, v, w);
	if (v->top > v->nlines - 1)
		v->top = 0;
}

/* ---- the screen ------------------------------------------------------------------ */

static void view_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	struct giz_view *v = s->st;
	char date[11];
	(void)app;
	date_fmt_nl(v->cur->date, date);
	if (v->parent)
		snprintf(buf, n, "%s", v->page == 0 ? _("Samen bekeken") : _("Wat we afspreken"));
	else
		snprintf(buf, n, v->page == 0 ? _("GIZ %s: matrix") : _("GIZ %s: woorden en plan"),
			 date);
}

static void view_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct giz_view *v = s->st;
	int w = b->w - 4;
	if (v->built_w != w)
		build(app, v, w);
	v->height = b->h - 1;
	for (int i = 0; i < v->height && v->top + i < v->nlines; i++) {
		const struct vline *l = &v->lines[v->top + i];
		attrset(app_attr(app, l->role));
		draw_text(stdscr, b->y + i, b->x + 2 + l->indent, w - l->indent, l->text, app->ascii);
		attrset(A_NORMAL);
	}
	if (v->top + v->height < v->nlines) {
		attrset(app_attr(app, TH_DIM));
		draw_text_right(stdscr, b->y + b->h - 1, b->x + b->w - 2, 30,
				_("meer: pijl omlaag"), app->ascii);
		attrset(A_NORMAL);
	}
}

static void move_by(struct giz_view *v, int delta)
{
	v->top += delta;
	if (v->top > v->nlines - v->height)
		v->top = v->nlines - v->height;
	if (v->top < 0)
		v->top = 0;
}

static int view_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct giz_view *v = s->st;
	(void)key;
	switch (act) {
	case ACT_UP: move_by(v, -1); return 1;
	case ACT_DOWN: move_by(v, 1); return 1;
	case ACT_PGUP: move_by(v, -v->height); return 1;
	case ACT_PGDN: move_by(v, v->height); return 1;
	case ACT_HOME: v->top = 0; return 1;
	case ACT_END: move_by(v, v->nlines); return 1;
	case ACT_SECTION_NEXT:
	case ACT_SECTION_PREV:
		v->page = !v->page;
		v->built_w = 0;
		v->top = 0;
		return 1;
	case ACT_PARENT_VIEW:
		v->parent = !v->parent;
		s->ops = v->parent ? &parent_ops : &nurse_ops;
		v->built_w = 0;
		v->top = 0;
		return 1;
	case ACT_EDIT:
		if (!v->parent)
			giz_form_open(app, &v->child, v->id);
		return !v->parent;
	default:
		return 0;
	}
}

static void free_view(struct giz_view *v)
{
	if (!v)
		return;
	free(v->cur);
	free(v->prev);
	free(v->plan);
	free(v->lines);
	free(v);
}

/* Reads the assessment, the one before and the plan's organisations. */
static int load(struct app *app, struct giz_view *v)
{
	struct gp_err e = {0};
	int found = 0;
	free(v->plan);
	v->plan = NULL;
	v->nplan = 0;
	if (giz_get(app->db, v->id, v->cur, &e) != GP_OK ||
	    giz_previous(app->db, v->id, v->prev, &found, &e) != GP_OK ||
	    giz_agreements(app->db, v->child.id, 0, &v->plan, &v->nplan, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return -1;
	}
	if (!found) {
		free(v->prev);
		v->prev = NULL;
	}
	v->built_w = 0;
	return 0;
}

static void view_resume(struct app *app, struct screen *s)
{
	struct giz_view *v = s->st;
	if (!v->prev)
		v->prev = calloc(1, sizeof *v->prev);
	if (v->prev)
		load(app, v);
}

static void view_destroy(struct app *app, struct screen *s)
{
	(void)app;
	free_view(s->st);
}

#define VIEW_OPS(k, how) {                                                               \
	.name = "giz", .title = view_title, .draw = view_draw, .key = view_key,          \
	.resume = view_resume, .destroy = view_destroy, .keys = (k), .howto = (how) }

static const struct screen_ops nurse_ops = VIEW_OPS(nurse_keys, N_(
	"De matrix van dit GIZ-gesprek: per aspect de gekozen stap, ernaast het vorige "
	"gesprek en hoe elk aspect veranderde (pijl omhoog: zwaarder, omlaag: lichter). "
	"Pijl rechts of Tab toont de eigen woorden van de ouder naast uw blik en het plan. "
	"F6 draait het scherm naar de ouder: dezelfde matrix en het plan in gewone "
	"woorden, zonder codes. F4 wijzigt het gesprek."));

static const struct screen_ops parent_ops = VIEW_OPS(parent_keys, N_(
	"Het scherm voor de ouder: hoe het gaat in gewone woorden, en met pijl rechts of "
	"Tab wat we samen afspreken. F6 gaat terug naar het scherm van de JGZ."));

void giz_view_open(struct app *app, const struct child *c, const char *assessment_id)
{
	struct giz_view *v = calloc(1, sizeof *v);
	if (v) {
		v->cur = calloc(1, sizeof *v->cur);
		v->prev = calloc(1, sizeof *v->prev);
		v->lines = calloc(MAX_LINES, sizeof *v->lines);
		v->cap = MAX_LINES;
	}
	if (!v || !v->cur || !v->prev || !v->lines) {
		free_view(v);
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	v->child = *c;
	snprintf(v->id, sizeof v->id, "%s", assessment_id);
	if (load(app, v) != 0) {
		free_view(v);
		return;
	}
	app_push(app, &nurse_ops, v);
}
