/* dossier_giz.c — the dossier section GIZ: the child's GIZ assessments,
 * newest first (date, conclusion, the ten steps of the GOM in a row, how
 * many agreements are still open), then every open agreement by evaluation
 * date (overdue ones marked).  Enter opens an assessment's matrix or an
 * agreement to round off; F4 changes an assessment or rounds off an
 * agreement; F7 starts a new GIZ conversation (F6 does so in Overzicht).
 * See dossier.h. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "dossier.h"
#include "screens.h"

const struct screen_key dossier_giz_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_NEW, N_("Nieuw GIZ")},
	{ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_OPEN, NULL}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL}, {ACT_NONE, NULL},
};

void dossier_giz_free(struct dossier *d)
{
	free(d->giz);
	free(d->open);
	d->giz = NULL;
	d->open = NULL;
	d->ngiz = d->nopen = 0;
}

void dossier_giz_load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	dossier_giz_free(d);
	if (giz_list(app->db, d->id, &d->giz, &d->ngiz, &e) != GP_OK ||
	    giz_agreements(app->db, d->id, 1, &d->open, &d->nopen, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&d->gpos, d->ngiz + d->nopen);
}

static void heading(struct app *app, int y, int x, int w, const char *text)
{
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, w, text, app->ascii);
	attrset(A_NORMAL);
}

/* Column headings (dimmed) at their columns; a NULL text ends the list. */
static void columns(struct app *app, int y, int x, int w, const char *t1, int x1,
		    const char *t2, int x2, const char *t3, int x3, const char *t4, int x4)
{
	const char *t[4] = {t1, t2, t3, t4};
	int at[5] = {x1, x2, x3, x4, w};
	attrset(app_attr(app, TH_DIM));
	for (int i = 0; i < 4 && t[i]; i++) {
		int next = i + 1 < 4 && t[i + 1] ? at[i + 1] : w;
		draw_text(stdscr, y, x + at[i], next - at[i] - 1, t[i], app->ascii);
	}
	attrset(A_NORMAL);
}

/* "1 2 2 1 2 3 2 1 2 4": the steps of the ten aspects, '-' when none. */
static void steps_row(const struct app *app, const struct giz_summary *g, char *out, size_t n)
{
	const struct codelist *scale = refdata_list(app->ref, "gizschaal");
	out[0] = '\0';
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		int step = 0;
		for (int k = 0; scale && k < scale->n; k++)
			if (strcmp(scale->items[k].code, g->scores[i]) == 0)
				step = k + 1;
		size_t len = strlen(out);
		if (step)
			snprintf(out + len, n - len, "%s%d", i ? " " : "", step);
		else
			snprintf(out + len, n - len, "%s-", i ? " " : "");
	}
}

static void assessment_row(struct app *app, const struct giz_summary *g, int y, int x, int w,
			   int sel)
{
	char date[11], steps[32], open[48];
	date_fmt_nl(g->date, date);
	steps_row(app, g, steps, sizeof steps);
	if (g->open)
		snprintf(open, sizeof open, _("%d van %d open"), g->open, g->agreements);
	else if (g->agreements)
		snprintf(open, sizeof open, _("%d afgerond"), g->agreements);
	else
		snprintf(open, sizeof open, "%s", _("geen"));
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, 10, date, app->ascii);
	draw_text(stdscr, y, x + 12, 20, g->conclusion[0] ? refdata_label(app->ref,
				"gizconclusie.kort", g->conclusion) : _("geen conclusie"), app->ascii);
	draw_text(stdscr, y, x + 33, 20, steps, app->ascii);
	draw_text(stdscr, y, x + 54, w - 54, open, app->ascii);
	attrset(A_NORMAL);
}

static void agreement_row(struct app *app, const struct giz_agreement_row *r, int y, int x,
			  int w, int sel)
{
	char ev[11], what[TEXT_BUF * 2 + 16];
	date_fmt_nl(r->a.evaluate_on, ev);
	snprintf(what, sizeof what, "%s · %s", r->a.what,
		 r->org_name[0] ? r->org_name : refdata_label(app->ref, "gizwie.kort",
							      r->a.who_kind));
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	if (!sel && date_cmp(r->a.evaluate_on, app->today) <= 0)
		attrset(app_attr(app, TH_ERROR)); /* its evaluation date has come */
	draw_text(stdscr, y, x + 1, 10, ev, app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_text(stdscr, y, x + 12, w - 12, what, app->ascii);
	attrset(A_NORMAL);
}

void dossier_giz_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	char head[96];
	int end = y + h;
	if (d->ngiz == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1, _("Nog geen GIZ-gesprek; F7 legt er een vast."),
			  app->ascii);
		attrset(A_NORMAL);
		return;
	}
	/* both lists in view: the assessments get what the agreements leave */
	int arows = d->nopen ? (d->nopen < 4 ? d->nopen : 4) + 3 : 0;
	int grows = h - 2 - arows;
	snprintf(head, sizeof head, _("GIZ-gesprekken (%d)"), d->ngiz);
	heading(app, y++, x, w, head);
	columns(app, y++, x, w, _("datum"), 1, _("conclusie"), 12, _("GOM, aspect 1 tot 10"), 33,
		_("afspraken"), 54);
	int first = 0;
	if (d->gpos.sel < d->ngiz && d->gpos.sel >= grows)
		first = d->gpos.sel - grows + 1;
	for (int i = first; i < d->ngiz && y < end - arows; i++)
		assessment_row(app, &d->giz[i], y++, x, w, d->gpos.sel == i);
	if (!d->nopen)
		return;
	y++;
	snprintf(head, sizeof head, _("Open afspraken (%d)"), d->nopen);
	heading(app, y++, x, w, head);
	columns(app, y++, x, w, _("evaluatie"), 1, _("afspraak · wie"), 12, NULL, 0, NULL, 0);
	int room = end - y, afirst = 0, sel = d->gpos.sel - d->ngiz;
	if (sel >= room)
		afirst = sel - room + 1;
	for (int i = afirst; i < d->nopen && y < end; i++)
		agreement_row(app, &d->open[i], y++, x, w, sel == i);
}

int dossier_giz_key(struct app *app, struct dossier *d, enum action act)
{
	int on_giz = d->gpos.n > 0 && d->gpos.sel < d->ngiz;
	int on_open = d->gpos.n > 0 && d->gpos.sel >= d->ngiz;
	switch (act) {
	case ACT_NEW:
		giz_form_open(app, &d->child, NULL);
		return 1;
	case ACT_OPEN:
		if (on_giz)
			giz_view_open(app, &d->child, d->giz[d->gpos.sel].id);
		else if (on_open)
			giz_agreement_form_open(app, d->open[d->gpos.sel - d->ngiz].a.id);
		return 1;
	case ACT_EDIT:
		if (on_giz)
			giz_form_open(app, &d->child, d->giz[d->gpos.sel].id);
		else if (on_open)
			giz_agreement_form_open(app, d->open[d->gpos.sel - d->ngiz].a.id);
		return 1;
	default:
		return list_key(&d->gpos, act);
	}
}
