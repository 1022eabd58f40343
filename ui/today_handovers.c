/* today_handovers.c — see today_handovers.h. */
#include <stdio.h>
#include <stdlib.h>

#include "dossier.h"
#include "draw.h"
#include "perm.h"
#include "today_handovers.h"

void today_handovers_load(struct app *app, struct handover_line **out, int *n, int *late)
{
	struct gp_err e = {0};
	struct handover_refs refs = {app->hrules, app->ref};
	*out = NULL;
	*n = *late = 0;
	if (!perm_may(app->db, PERM_CARE, NULL)) /* care content (src/perm.h) */
		return;
	if (handover_list_open(app->db, &refs, app->me.id, app->today, out, n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	for (int i = 0; i < *n; i++)
		*late += (*out)[i].late.kinds != 0;
}

/* "ontvangst 8 dagen te laat" for the first late step, or what an open
 * handover waits for ("wacht op ontvangst", "terugkoppeling voor 26-12"). */
static void status_text(const struct app *app, const struct handover_line *l, char *buf,
			size_t n)
{
	const struct handover_lateness *lt = &l->late;
	long now = date_to_days(app->today);
	int s = handover_state_of(l->state);
	char day[11];
	long days = lt->kinds & LATE_RECEIPT ? now - date_to_days(lt->receipt_due)
		    : lt->kinds & LATE_CONVERSATION ? now - date_to_days(lt->conversation_due)
		    : now - date_to_days(lt->feedback_due);
	const char *what = lt->kinds & LATE_RECEIPT ? _("ontvangst")
			   : lt->kinds & LATE_CONVERSATION ? _("eerste gesprek")
							   : _("terugkoppeling");
	if (lt->kinds && days == 1)
		snprintf(buf, n, _("%s 1 dag te laat"), what);
	else if (lt->kinds)
		snprintf(buf, n, _("%s %ld dagen te laat"), what, days);
	else if (s == HS_SENT)
		snprintf(buf, n, "%s", _("wacht op ontvangst"));
	else if (s == HS_RECEIVED)
		snprintf(buf, n, "%s", _("wacht op eerste gesprek"));
	else if (s == HS_PLANNED && l->feedback_due_on.y) {
		date_fmt_nl(l->feedback_due_on, day);
		snprintf(buf, n, _("terugkoppeling voor %.5s"), day);
	} else if (s == HS_PLANNED)
		snprintf(buf, n, "%s", _("wacht op terugkoppeling"));
	else
		snprintf(buf, n, "%s", _("nog af te ronden"));
}

void today_handover_row(struct app *app, int y, int x, int w, const struct handover_line *l,
			int sel)
{
	enum { ORG_W = 20 };
	int nw = w * 3 / 10, cx = x + 2 + nw;
	char what[128], org[TEXT_BUF + 16], name[NAME_BUF * 3];
	status_text(app, l, what, sizeof what);
	/* a melding sent without consent says so here too */
	if (l->consent_exempt)
		snprintf(org, sizeof org, _("%lld GEEN TOESTEMMING"), l->no);
	else
		snprintf(org, sizeof org, "%lld %s", l->no, l->org_name);
	child_sort_name(l->given_names, l->tussenvoegsel, l->family_name, name, sizeof name);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, nw, name, app->ascii);
	if (l->consent_exempt && !sel)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, cx, ORG_W, org, app->ascii);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	if (l->late.kinds && !sel)
		attrset(app_attr(app, TH_ERROR));
	draw_text(stdscr, y, cx + ORG_W + 1, x + w - cx - ORG_W - 1, what, app->ascii);
	attrset(A_NORMAL);
}
