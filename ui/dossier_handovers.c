/* dossier_handovers.c — the dossier section Overdrachten: every warm
 * handover of the child, newest first, two lines each — number, receiver,
 * mode and destination, the state and its day; then what is late (or when
 * feedback is due), and a Veilig Thuis report sent without consent marked
 * as such.  F7 prepares a new handover, Enter opens one (its letter), F4
 * changes it, F6 takes its next step, F8 withdraws it.  See dossier.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "dossier.h"
#include "screens.h"

void dossier_handovers_free(struct dossier *d)
{
	free(d->hand);
	d->hand = NULL;
	d->nhand = 0;
}

void dossier_handovers_load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	struct handover_refs refs = {app->hrules, app->ref};
	dossier_handovers_free(d);
	if (handover_list_child(app->db, &refs, d->id, app->today, &d->hand, &d->nhand, &e) !=
	    GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&d->hpos, d->nhand);
}

void dossier_handovers_select(struct dossier *d, const char *id)
{
	for (int i = 0; i < d->nhand; i++)
		if (strcmp(d->hand[i].id, id) == 0)
			d->hpos.sel = i;
}

/* "te laat: ontvangst niet bevestigd (sinds 27-11-2026)" and the like. */
void handover_late_text(const struct app *app, const struct handover_line *l, char *buf,
			size_t n)
{
	char day[11];
	buf[0] = '\0';
	if (l->late.kinds & LATE_RECEIPT) {
		date_fmt_nl(l->sent_on, day);
		snprintf(buf, n, _("te laat: ontvangst niet bevestigd (verzonden %s)"), day);
	} else if (l->late.kinds & LATE_CONVERSATION) {
		date_fmt_nl(l->sent_on, day);
		snprintf(buf, n, _("te laat: nog geen eerste gesprek (verzonden %s)"), day);
	} else if (l->late.kinds & LATE_FEEDBACK) {
		date_fmt_nl(l->late.feedback_due, day);
		snprintf(buf, n, _("te laat: geen terugkoppeling (afgesproken voor %s)"), day);
	} else if (l->feedback_due_on.y && handover_state_of(l->state) < HS_FED_BACK &&
		   handover_state_of(l->state) >= HS_SENT) {
		date_fmt_nl(l->feedback_due_on, day);
		snprintf(buf, n, _("terugkoppeling voor %s"), day);
	}
	(void)app;
}

static void handover_row(struct app *app, const struct handover_line *l, int y, int x, int w,
			 int sel)
{
	char line[1024], day[11], late[256], when[64];
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	snprintf(line, sizeof line, "%lld", l->no);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, 4, line, app->ascii);
	snprintf(line, sizeof line, "%s (%s)", l->org_name,
		 refdata_label(app->ref, "overdrachtbestemming", l->destination));
	draw_text(stdscr, y, x + 6, w - 31, line, app->ascii);
	draw_text_right(stdscr, y, x + w, 24, refdata_label(app->ref, "overdrachtstatus", l->state),
			app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : app_attr(app, TH_DIM));
	draw_blank(stdscr, y + 1, x, w);
	handover_late_text(app, l, late, sizeof late);
	if (l->sent_on.y) {
		date_fmt_nl(l->sent_on, day);
		snprintf(when, sizeof when, _("verzonden %s"), day);
	} else {
		date_fmt_nl(l->created_on, day);
		snprintf(when, sizeof when, _("voorbereid %s"), day);
	}
	/* what needs attention first: a melding without consent, what is late */
	snprintf(line, sizeof line, "%s%s%s%s%s%s%s",
		 l->consent_exempt ? _("ZONDER TOESTEMMING (meldcode)") : "",
		 l->consent_exempt ? sep : "", late, late[0] ? sep : "", when, sep,
		 refdata_label(app->ref, "overdrachtsoort", l->mode));
	if ((l->late.kinds || l->consent_exempt) && !sel)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y + 1, x + 6, w - 6, line, app->ascii);
	attrset(A_NORMAL);
}

void dossier_handovers_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	if (d->nhand == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1,
			  _("Nog geen overdrachten; F7 bereidt een warme overdracht voor."),
			  app->ascii);
		attrset(A_NORMAL);
		return;
	}
	list_set_height(&d->hpos, h / 2);
	for (int i = 0; i < d->hpos.height && d->hpos.top + i < d->nhand; i++) {
		int r = d->hpos.top + i;
		handover_row(app, &d->hand[r], y + 2 * i, x, w, r == d->hpos.sel);
	}
}

int dossier_handovers_key(struct app *app, struct dossier *d, enum action act)
{
	const char *id = d->nhand > 0 ? d->hand[d->hpos.sel].id : NULL;
	switch (act) {
	case ACT_NEW:
		handover_form_open(app, &d->child, NULL);
		return 1;
	case ACT_OPEN:
	case ACT_EDIT:
	case ACT_STEP:
	case ACT_DELETE:
		if (!id)
			app_message(app, 1, "%s", _("Nog geen overdrachten; F7 bereidt er een voor."));
		else if (act == ACT_OPEN)
			handover_view_open(app, id);
		else if (act == ACT_EDIT)
			handover_form_open(app, &d->child, id);
		else
			handover_step_open(app, id, act == ACT_DELETE ? "ingetrokken" : NULL);
		return 1;
	default:
		return list_key(&d->hpos, act);
	}
}
