/* handover_ref.c — see handover_ref.h. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "handover_ref.h"
#include "i18n.h"
#include "refdata.h"
#include "text.h"

static const char *const STATES[HS_COUNT] = {
	"voorbereid", "verzonden", "ontvangst_bevestigd", "eerste_gesprek_gepland",
	"teruggekoppeld", "afgerond", "ingetrokken",
};

const char *handover_state_code(enum handover_state s)
{
	return (unsigned)s < HS_COUNT ? STATES[s] : "";
}

int handover_state_of(const char *code)
{
	for (int i = 0; i < HS_COUNT; i++)
		if (strcmp(STATES[i], code) == 0)
			return i;
	return -1;
}

/* ---- loading ---------------------------------------------------------------- */

struct load {
	struct handover_ref *r; /* being filled */
	const char *path;       /* for messages */
	int cap;                /* allocated entries of the array being read */
};

static int yes_no(const char *v, int *out)
{
	if (strcmp(v, "j") == 0 || strcmp(v, "n") == 0) {
		*out = v[0] == 'j';
		return 0;
	}
	return -1;
}

static int read_dest(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct load *l = vctx;
	struct handover_ref *r = l->r;
	struct handover_dest d;
	int consent = 0;
	memset(&d, 0, sizeof d);
	if (nf < 6 || yes_no(f[3], &consent) != 0 || yes_no(f[5], &d.needs.written) != 0) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: verwacht code, org_kinds, mode, consent "
					  "(j/n), scope en written (j/n)."), l->path, line);
		return -1;
	}
	if (text_copy(d.code, sizeof d.code, f[0]) || text_copy(d.org_kinds, sizeof d.org_kinds, f[1]) ||
	    text_copy(d.needs.scope, sizeof d.needs.scope, strcmp(f[4], "-") ? f[4] : "")) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: een waarde is te lang."), l->path, line);
		return -1;
	}
	d.report_only = strcmp(f[2], "melding") == 0;
	d.needs.none = !consent;
	if (r->ndests == l->cap) {
		int cap = l->cap ? l->cap * 2 : 8;
		struct handover_dest *grown = realloc(r->dests, (size_t)cap * sizeof *grown);
		if (!grown)
			return -1;
		r->dests = grown;
		l->cap = cap;
	}
	r->dests[r->ndests++] = d;
	return 0;
}

static int read_holiday(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct load *l = vctx;
	struct handover_ref *r = l->r;
	struct gp_date d;
	if (nf < 1 || date_parse_iso(f[0], &d) != 0) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: verwacht een datum JJJJ-MM-DD."), l->path,
			line);
		return -1;
	}
	if (r->nholidays == l->cap) {
		int cap = l->cap ? l->cap * 2 : 64;
		struct gp_date *grown = realloc(r->holidays, (size_t)cap * sizeof *grown);
		if (!grown)
			return -1;
		r->holidays = grown;
		l->cap = cap;
	}
	r->holidays[r->nholidays++] = d;
	return 0;
}

static int by_date(const void *a, const void *b)
{
	return date_cmp(*(const struct gp_date *)a, *(const struct gp_date *)b);
}

enum gp_status handover_ref_load(const char *datadir, struct handover_ref **out,
				 struct gp_err *e)
{
	char path[PATH_MAX];
	struct handover_ref *r = calloc(1, sizeof *r);
	*out = NULL;
	if (!r)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	r->timing = (struct handover_timing){5, 20, 42};
	snprintf(path, sizeof path, "%s/handover/bestemmingen.tsv", datadir);
	struct load l = {r, path, 0};
	enum gp_status s = tsv_read(path, read_dest, &l, e);
	if (s == GP_OK) {
		snprintf(path, sizeof path, "%s/kalender/feestdagen.tsv", datadir);
		l.cap = 0;
		s = tsv_read(path, read_holiday, &l, e);
	}
	if (s == GP_OK && r->ndests == 0)
		s = gp_fail(e, GP_ECORRUPT, _("%s/handover/bestemmingen.tsv is leeg."), datadir);
	if (s != GP_OK) {
		if (e && e->code == GP_OK)
			gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		handover_ref_free(r);
		return e ? e->code : s;
	}
	if (r->nholidays > 1)
		qsort(r->holidays, (size_t)r->nholidays, sizeof *r->holidays, by_date);
	*out = r;
	return GP_OK;
}

void handover_ref_free(struct handover_ref *r)
{
	if (!r)
		return;
	free(r->dests);
	free(r->holidays);
	free(r);
}

const struct handover_dest *handover_ref_dest(const struct handover_ref *r, const char *code)
{
	for (int i = 0; r && code && i < r->ndests; i++)
		if (strcmp(r->dests[i].code, code) == 0)
			return &r->dests[i];
	return NULL;
}

const struct handover_dest *handover_ref_dest_for_org(const struct handover_ref *r,
						      const char *org_kind)
{
	for (int i = 0; r && org_kind && org_kind[0] && i < r->ndests; i++)
		if (consent_scope_covers(r->dests[i].org_kinds, org_kind))
			return &r->dests[i];
	return NULL;
}

/* ---- working days --------------------------------------------------------------- */

int handover_workday(const struct handover_ref *r, struct gp_date d)
{
	long days = date_to_days(d);
	int weekday = (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday: 0 = Monday */
	if (weekday >= 5)
		return 0;
	return !(r && r->nholidays &&
		 bsearch(&d, r->holidays, (size_t)r->nholidays, sizeof d, by_date));
}

struct gp_date handover_add_workdays(const struct handover_ref *r, struct gp_date d, int n)
{
	long days = date_to_days(d);
	while (n > 0) {
		days++;
		if (handover_workday(r, date_from_days(days)))
			n--;
	}
	return date_from_days(days);
}

/* ---- lateness ----------------------------------------------------------------------- */

unsigned handover_late(const struct handover_ref *r, const char *state, struct gp_date sent_on,
		       struct gp_date feedback_due, struct gp_date today,
		       struct handover_lateness *out)
{
	int s = handover_state_of(state);
	long now = date_to_days(today), first = LONG_MAX;
	memset(out, 0, sizeof *out);
	if (s < HS_SENT || s >= HS_CLOSED || !sent_on.y)
		return 0;
	if (s == HS_SENT) {
		out->receipt_due = handover_add_workdays(r, sent_on, r->timing.receipt_workdays);
		if (now > date_to_days(out->receipt_due)) {
			out->kinds |= LATE_RECEIPT;
			first = date_to_days(out->receipt_due);
		}
	}
	if (s < HS_PLANNED) {
		out->conversation_due = date_from_days(date_to_days(sent_on) +
						       r->timing.conversation_days);
		long due = date_to_days(out->conversation_due);
		if (now > due) {
			out->kinds |= LATE_CONVERSATION;
			first = due < first ? due : first;
		}
	}
	if (s < HS_FED_BACK && feedback_due.y) {
		out->feedback_due = feedback_due;
		long due = date_to_days(feedback_due);
		if (now > due) {
			out->kinds |= LATE_FEEDBACK;
			first = due < first ? due : first;
		}
	}
	out->days_late = out->kinds ? now - first : 0;
	return out->kinds;
}
