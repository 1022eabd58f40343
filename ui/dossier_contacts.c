/* dossier_contacts.c — the dossier sections Contactmomenten (every contact,
 * newest first, two lines each: date, kind and status; moment, what was
 * measured and which vaccinations) and Vaccinaties (what the schedule says
 * is overdue, due, refused or next, with the windows; then the doses given
 * and not given).  See dossier.h. */
#include <stdlib.h>
#include <string.h>

#include "childdue.h"
#include "draw.h"
#include "dossier.h"
#include "screens.h"

enum { VAC_LATER_SHOWN = 4 }; /* doses not yet due listed under the schedule */

void dossier_contacts_free(struct dossier *d)
{
	free(d->contacts);
	free(d->meas);
	free(d->vacc);
	free(d->vlines);
	d->contacts = NULL;
	d->meas = NULL;
	d->vacc = NULL;
	d->vlines = NULL;
	d->ncontacts = d->nmeas = d->nvacc = d->nvlines = 0;
}

/* ---- Vaccinaties: the lines ------------------------------------------------ */

static struct vac_line *add_line(struct dossier *d, int cap, int heading, int warn)
{
	if (d->nvlines >= cap)
		return NULL;
	struct vac_line *l = &d->vlines[d->nvlines++];
	l->heading = heading;
	l->warn = warn;
	l->text[0] = '\0';
	return l;
}

static void heading_line(struct dossier *d, int cap, const char *text)
{
	struct vac_line *l = add_line(d, cap, 1, 0);
	if (l)
		snprintf(l->text, sizeof l->text, "%s", text);
}

static void given_lines(struct app *app, struct dossier *d, int cap, int given)
{
	int any = 0;
	heading_line(d, cap, given ? _("Gegeven") : _("Niet gegeven"));
	for (int i = 0; i < d->nvacc; i++) {
		const struct vaccination *v = &d->vacc[i];
		char date[11];
		struct vac_line *l;
		if (v->given != given || !(l = add_line(d, cap, 0, 0)))
			continue;
		any = 1;
		date_fmt_nl(v->date, date);
		if (given)
			snprintf(l->text, sizeof l->text, _("%s  %-14s dosis %d  partij %s  %s"), date,
				 v->vaccine, v->dose_no, v->batch[0] ? v->batch : "-",
				 v->site[0] ? refdata_label(app->ref, "vaccinatieplaats", v->site) : "");
		else
			snprintf(l->text, sizeof l->text, _("%s  %-14s dosis %d  %s"), date, v->vaccine,
				 v->dose_no, refdata_label(app->ref, "reden_niet_gevaccineerd",
							   v->reason_not_given));
	}
	if (!any) {
		struct vac_line *l = add_line(d, cap, 0, 0);
		if (l)
			snprintf(l->text, sizeof l->text, "%s", _("geen"));
	}
}

/* One dose of the due list: "DKTP-Hib-HepB dosis 3  te laat (12 dagen)
 * 01-11-2026 t/m 30-11-2026", with a note when a given dose did not count. */
static void due_line(struct dossier *d, int cap, const struct sched_due *it)
{
	char from[11], to[11], state[64];
	int open = schedule_state_open(it->state);
	struct vac_line *l = add_line(d, cap, 0, it->state == SCHED_OVERDUE ||
					       it->state == SCHED_CATCH_UP);
	if (!l)
		return;
	date_fmt_nl(open ? schedule_due_since(it) : it->earliest, from);
	date_fmt_nl(open ? schedule_due_deadline(it) : it->latest, to);
	if (it->state == SCHED_OVERDUE || it->state == SCHED_CATCH_UP)
		snprintf(state, sizeof state, _("%s (%ld dagen)"), schedule_state_label(it->state),
			 it->days_overdue);
	else
		snprintf(state, sizeof state, "%s", schedule_state_label(it->state));
	if (it->state == SCHED_REFUSED) {
		char on[11];
		date_fmt_nl(it->done_on, on);
		snprintf(l->text, sizeof l->text, _("%-14s dosis %d  %s sinds %s"),
			 it->dose->vaccine, it->dose->dose, state, on);
	} else if (it->state == SCHED_LAPSED || it->state == SCHED_MISSED) {
		snprintf(l->text, sizeof l->text, _("%-14s dosis %d  %s"), it->dose->vaccine,
			 it->dose->dose, state);
	} else {
		snprintf(l->text, sizeof l->text, _("%-14s dosis %d  %-20s %s t/m %s"),
			 it->dose->vaccine, it->dose->dose, state, from, to);
	}
	if (it->invalid_why != SCHED_VALID) {
		char on[11];
		struct vac_line *w = add_line(d, cap, 0, 1);
		date_fmt_nl(it->invalid_on, on);
		if (w)
			snprintf(w->text, sizeof w->text,
				 it->invalid_why == SCHED_TOO_YOUNG
					 ? _("  (de prik van %s telt niet: het kind was te jong)")
					 : _("  (de prik van %s telt niet: te kort na de vorige)"),
				 on);
	}
}

static void schedule_lines(struct app *app, struct dossier *d, int cap)
{
	struct sched_due_list due = {0};
	struct gp_err e = {0};
	int any = 0, later = 0;
	if (child_due_list(app->db, app->sched, &d->child, app->today, &due, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	schedule_due_sort(&due);
	heading_line(d, cap, _("Volgens het schema"));
	for (size_t i = 0; i < due.n; i++) {
		const struct sched_due *it = &due.items[i];
		if (it->kind != SCHED_DOSE ||
		    (it->state == SCHED_DONE && it->invalid_why == SCHED_VALID) ||
		    it->state == SCHED_BEFORE_CARE)
			continue;
		if (it->state == SCHED_NOT_YET && later++ >= VAC_LATER_SHOWN)
			continue; /* the next few are enough to plan with */
		due_line(d, cap, it);
		any = 1;
	}
	if (!any) {
		struct vac_line *l = add_line(d, cap, 0, 0);
		if (l)
			snprintf(l->text, sizeof l->text, "%s", _("alles gegeven"));
	}
	schedule_due_free(&due);
}

static void vaccine_lines(struct app *app, struct dossier *d)
{
	int cap = d->nvacc + (int)app->sched->ndoses + 8;
	d->vlines = calloc((size_t)cap, sizeof *d->vlines);
	if (!d->vlines) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	schedule_lines(app, d, cap);
	given_lines(app, d, cap, 1);
	given_lines(app, d, cap, 0);
}

void dossier_contacts_load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	dossier_contacts_free(d);
	if (contact_list(app->db, d->id, &d->contacts, &d->ncontacts, &e) != GP_OK ||
	    measurement_list(app->db, d->id, &d->meas, &d->nmeas, &e) != GP_OK ||
	    vaccination_list(app->db, d->id, &d->vacc, &d->nvacc, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	vaccine_lines(app, d);
	list_set_count(&d->cpos, d->ncontacts);
	list_set_count(&d->vpos, d->nvlines);
}

/* ---- Contactmomenten ------------------------------------------------------------ */

/* "63,0" from 630 tenths; "6,500" from 6500 thousandths. */
static void fixed(int v, int decimals, char *buf, size_t n)
{
	if (decimals == 1)
		snprintf(buf, n, "%d,%d", v / 10, v % 10);
	else
		snprintf(buf, n, "%d,%03d", v / 1000, v % 1000);
}

static void append(char *buf, size_t n, const char *sep, const char *s)
{
	size_t len = strlen(buf);
	if (len < n)
		snprintf(buf + len, n - len, "%s%s", len ? sep : "", s);
}

/* The second line of a contact: moment, measurements, vaccinations. */
static void contact_detail(struct app *app, const struct dossier *d, const struct contact *c,
			   char *buf, size_t n)
{
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	char part[160], v1[16];
	buf[0] = '\0';
	for (size_t i = 0; c->schedule_moment[0] && i < app->sched->nmoments; i++)
		if (strcmp(app->sched->moments[i].code, c->schedule_moment) == 0)
			append(buf, n, sep, app->sched->moments[i].label);
	for (int i = 0; i < d->nmeas; i++) {
		const struct measurement *m = &d->meas[i];
		if (strcmp(m->contact_id, c->id) != 0)
			continue;
		part[0] = '\0';
		if (m->length_mm) {
			fixed(m->length_mm, 1, v1, sizeof v1);
			snprintf(part, sizeof part, _("L %s cm"), v1);
		}
		if (m->weight_g) {
			char w[48];
			fixed(m->weight_g, 3, v1, sizeof v1);
			snprintf(w, sizeof w, _("G %s kg"), v1);
			append(part, sizeof part, " ", w);
		}
		if (m->head_mm) {
			char h[48];
			fixed(m->head_mm, 1, v1, sizeof v1);
			snprintf(h, sizeof h, _("HO %s cm"), v1);
			append(part, sizeof part, " ", h);
		}
		if (m->flags)
			append(part, sizeof part, " ", _("(bevestigd)"));
		if (part[0])
			append(buf, n, sep, part);
	}
	for (int i = 0; i < d->nvacc; i++) {
		const struct vaccination *v = &d->vacc[i];
		if (strcmp(v->contact_id, c->id) != 0)
			continue;
		if (v->given)
			snprintf(part, sizeof part, _("%s %d (%s)"), v->vaccine, v->dose_no, v->batch);
		else
			snprintf(part, sizeof part, _("%s %d niet gegeven"), v->vaccine, v->dose_no);
		append(buf, n, sep, part);
	}
}

static void contact_row(struct app *app, const struct dossier *d, const struct contact *c,
			int y, int x, int w, int sel)
{
	char date[11], detail[1024];
	date_fmt_nl(c->date, date);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, 10, date, app->ascii);
	draw_text(stdscr, y, x + 12, 6, c->time, app->ascii);
	draw_text(stdscr, y, x + 18, 28, refdata_label(app->ref, "contactsoort", c->kind),
		  app->ascii);
	if (!contact_realised(c->status) && !sel)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, x + 47, w - 47, refdata_label(app->ref, "contactstatus", c->status),
		  app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : app_attr(app, TH_DIM));
	draw_blank(stdscr, y + 1, x, w);
	contact_detail(app, d, c, detail, sizeof detail);
	draw_text(stdscr, y + 1, x + 3, w - 3, detail, app->ascii);
	attrset(A_NORMAL);
}

void dossier_contacts_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	if (d->ncontacts == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1, _("Nog geen contacten; F7 legt er een vast."),
			  app->ascii);
		attrset(A_NORMAL);
		return;
	}
	list_set_height(&d->cpos, h / 2);
	for (int i = 0; i < d->cpos.height && d->cpos.top + i < d->ncontacts; i++) {
		int r = d->cpos.top + i;
		contact_row(app, d, &d->contacts[r], y + 2 * i, x, w, r == d->cpos.sel);
	}
}

int dossier_contacts_key(struct app *app, struct dossier *d, enum action act)
{
	switch (act) {
	case ACT_NEW:
	case ACT_CONTACT:
		contact_form_open(app, &d->child, NULL);
		return 1;
	case ACT_OPEN:
	case ACT_EDIT:
		if (d->ncontacts > 0)
			contact_form_open(app, &d->child, d->contacts[d->cpos.sel].id);
		return 1;
	default:
		return list_key(&d->cpos, act);
	}
}

/* ---- Vaccinaties ----------------------------------------------------------------- */

void dossier_vaccines_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	list_set_height(&d->vpos, h);
	/* the list scrolls as a page: the selection is never shown */
	for (int i = 0; i < h && d->vpos.top + i < d->nvlines; i++) {
		const struct vac_line *l = &d->vlines[d->vpos.top + i];
		if (l->heading)
			attrset(app_attr(app, TH_HEADING));
		else if (l->warn)
			attrset(app_attr(app, TH_ERROR));
		draw_text(stdscr, y + i, x + (l->heading ? 0 : 2), w - 2, l->text, app->ascii);
		attrset(A_NORMAL);
	}
}

int dossier_vaccines_key(struct app *app, struct dossier *d, enum action act)
{
	int page = d->vpos.height;
	switch (act) {
	case ACT_CONTACT:
		contact_form_open(app, &d->child, NULL);
		return 1;
	case ACT_PLAN:
		appointment_form_open(app, &d->child, NULL);
		return 1;
	case ACT_UP:
		d->vpos.top = d->vpos.top > 0 ? d->vpos.top - 1 : 0;
		break;
	case ACT_DOWN:
		d->vpos.top++;
		break;
	case ACT_PGUP:
		d->vpos.top -= page;
		break;
	case ACT_PGDN:
		d->vpos.top += page;
		break;
	case ACT_HOME:
		d->vpos.top = 0;
		break;
	case ACT_END:
		d->vpos.top = d->nvlines - page;
		break;
	default:
		return 0;
	}
	if (d->vpos.top > d->nvlines - page)
		d->vpos.top = d->nvlines - page;
	if (d->vpos.top < 0)
		d->vpos.top = 0;
	d->vpos.sel = d->vpos.top;
	return 1;
}
