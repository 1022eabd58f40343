/* scr_conflict.c — Conflict: one record changed here and elsewhere since the
 * version both had, its two versions side by side field by field (this
 * workstation's and the hub's), the fields that differ first.  Per field
 * ←/→ chooses which value stays; F2 saves the choice as a new version with
 * an audit entry (src/conflict.h), which travels at the next exchange. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conflict.h"
#include "draw.h"
#include "screens.h"

struct conflict_view {
	struct conflict_line line;
	struct conflict_field *fields;
	int n, ndiff;
	int *take_hub;   /* per field: 1 the hub's value stays, 0 this one's */
	int sel, top;    /* selected field (a differing one), first shown */
	int changed;     /* a choice was changed */
};

static const struct screen_key conflict_keys[] = {
	{ACT_HELP, NULL}, {ACT_SAVE, NULL}, {ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL},
	{ACT_SECTION_PREV, N_("Hier")}, {ACT_SECTION_NEXT, N_("Hub")}, {ACT_NONE, NULL},
};

static void conflict_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	struct conflict_view *v = s->st;
	(void)app;
	snprintf(buf, n, _("Conflict %s"), conflict_kind_label(v->line.tbl));
}

static void cell(struct app *app, int y, int x, int w, const char *text, int chosen, int sel,
		 int differs)
{
	attr_t a = !differs ? app_attr(app, TH_DIM)
		   : chosen && sel ? app_attr(app, TH_SELECT)
		   : chosen ? A_BOLD : app_attr(app, TH_DIM);
	attrset(a);
	draw_blank(stdscr, y, x, w);
	char shown[CONFLICT_VALUE_LEN + 8];
	const char *mark = !differs ? "  "
			   : chosen ? (app->ascii ? "* " : "\u25cf ")
				    : (app->ascii ? "o " : "\u25cb ");
	snprintf(shown, sizeof shown, "%s%s", mark, text[0] ? text : _("(leeg)"));
	draw_text(stdscr, y, x, w, shown, app->ascii);
	attrset(A_NORMAL);
}

static void conflict_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct conflict_view *v = s->st;
	int y = b->y, x = b->x, w = b->w;
	char head[300];
	snprintf(head, sizeof head, _("%s %s: hier en op een andere werkplek veranderd."),
		 conflict_kind_label(v->line.tbl),
		 v->line.child_name[0] ? v->line.child_name : "");
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y++, x + 1, w - 2, head, app->ascii);
	attrset(A_NORMAL);
	draw_text(stdscr, y++, x + 1, w - 2,
		  _("Kies per veld welke waarde blijft (\u2190 hier, \u2192 hub); F2 slaat de keuze op."),
		  app->ascii);
	int kw = 18, cw = (w - kw - 4) / 2;
	char here[64], hub[64];
	snprintf(here, sizeof here, _("Hier (versie %d)"), v->line.here_version);
	snprintf(hub, sizeof hub, _("Hub (versie %d)"), v->line.hub_version);
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x + 1, kw, _("Veld"), app->ascii);
	draw_text(stdscr, y, x + 2 + kw, cw, here, app->ascii);
	draw_text(stdscr, y, x + 3 + kw + cw, cw, hub, app->ascii);
	attrset(A_NORMAL);
	y++;
	int rows = b->y + b->h - y;
	if (v->sel < v->top)
		v->top = v->sel;
	if (v->sel >= v->top + rows)
		v->top = v->sel - rows + 1;
	for (int i = v->top; i < v->n && y < b->y + b->h; i++, y++) {
		const struct conflict_field *f = &v->fields[i];
		int sel = i == v->sel;
		attrset(sel ? app_attr(app, TH_SELECT) : f->differs ? A_NORMAL : app_attr(app, TH_DIM));
		draw_blank(stdscr, y, x, kw + 2);
		draw_text(stdscr, y, x + 1, kw, conflict_field_label(f->key), app->ascii);
		attrset(A_NORMAL);
		cell(app, y, x + 2 + kw, cw, f->here, !v->take_hub[i], sel, f->differs);
		cell(app, y, x + 3 + kw + cw, cw, f->hub, v->take_hub[i], sel, f->differs);
	}
}

static void save(struct app *app, struct conflict_view *v)
{
	struct gp_err e = {0};
	if (conflict_resolve(app->db, v->line.seq, v->take_hub, v->n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	app_message(app, 0, "%s",
		    _("De keuze is opgeslagen; ze gaat bij de volgende uitwisseling naar de hub."));
	app_pop(app);
}

static int conflict_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct conflict_view *v = s->st;
	(void)key;
	switch (act) {
	case ACT_UP:
		if (v->sel > 0)
			v->sel--;
		return 1;
	case ACT_DOWN:
		if (v->sel + 1 < v->ndiff)
			v->sel++;
		return 1;
	case ACT_SECTION_PREV:
	case ACT_SECTION_NEXT:
		if (v->sel < v->ndiff) {
			v->take_hub[v->sel] = act == ACT_SECTION_NEXT;
			v->changed = 1;
		}
		return 1;
	case ACT_SAVE:
		save(app, v);
		return 1;
	default:
		return 0;
	}
}

static int conflict_dirty(struct app *app, struct screen *s)
{
	struct conflict_view *v = s->st;
	(void)app;
	return v->changed;
}

static void conflict_destroy(struct app *app, struct screen *s)
{
	struct conflict_view *v = s->st;
	(void)app;
	if (v) {
		free(v->fields);
		free(v->take_hub);
	}
	free(v);
}

static const struct screen_ops conflict_ops = {
	.name = "conflict", .title = conflict_title, .draw = conflict_draw, .key = conflict_key,
	.dirty = conflict_dirty, .destroy = conflict_destroy, .keys = conflict_keys,
	.howto = N_("Een record dat hier en op een andere werkplek is veranderd sinds de versie "
		    "die beide hadden. Er is niets overschreven: links staat de versie van deze "
		    "werkplek, rechts die van de hub. Kies met pijl omhoog en omlaag een veld en "
		    "met pijl links of rechts welke waarde blijft; F2 slaat de keuze op als een "
		    "nieuwe versie, in het logboek, en stuurt haar bij de volgende uitwisseling "
		    "naar de hub. Velden die gelijk zijn staan grijs onderaan."),
};

void conflict_open(struct app *app, const struct conflict_line *line)
{
	struct conflict_view *v = calloc(1, sizeof *v);
	struct gp_err e = {0};
	if (!v) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	v->line = *line;
	if (conflict_fields(app->db, line->seq, &v->fields, &v->n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		free(v);
		return;
	}
	v->take_hub = calloc((size_t)(v->n ? v->n : 1), sizeof *v->take_hub);
	if (!v->take_hub) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		free(v->fields);
		free(v);
		return;
	}
	while (v->ndiff < v->n && v->fields[v->ndiff].differs)
		v->ndiff++;
	app_push(app, &conflict_ops, v);
}
