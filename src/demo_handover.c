/* demo_handover.c — the warm handovers of the demo (docs/product.md §9):
 * once every family is made, some children get a handover, in every state
 * of the lifecycle and some of them late on the demo's today:
 *
 *   voorbereid, the consent only partly given
 *   verzonden, receipt not confirmed after 5 working days (late)
 *   verzonden yesterday
 *   ontvangst bevestigd, no first conversation after 20 days (late)
 *   eerste gesprek gepland, feedback past the agreed date (late)
 *   eerste gesprek gepland, feedback due in a month
 *   teruggekoppeld
 *   afgerond, with the short report
 *   ingetrokken
 *   a Veilig Thuis melding sent without consent (marked)
 *
 * The first ten children of the cycle (every sixth of the first sixty)
 * get one each, in that order; after that one child in twenty-five.
 * Everyone whose consent the rule of src/consent.h asks on the day it was
 * given has consented (schriftelijk where the destination asks for it),
 * so no sent handover lacks consent but the flagged melding; the summary
 * is written from the child's dossier as a nurse's new handover starts.
 * Reasons and questions come from data/demo/overdrachten.tsv.  Its own
 * random stream, and ids handed out after all children, keep the rest of
 * the demo as it was. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo_handover.h"
#include "handover.h"
#include "handover_summary.h"
#include "i18n.h"
#include "org.h"
#include "rng.h"
#include "text.h"

enum { MAX_TEXTS = 64, FIRST_CYCLE = 60, NSCENARIOS = 10 };

/* One row of data/demo/overdrachten.tsv. */
struct text {
	char destination[16];
	int from, to;                 /* age band in years [from, to) */
	char reason[512], question[512], wish[512], contact[128];
};

struct scenario {
	const char *state;  /* where it ends */
	int sent_ago;       /* days before today it was sent; 0: not sent */
	int feedback_in;    /* feedback agreed: days after today (may be < 0) */
	int report;         /* a Veilig Thuis melding */
};

static const struct scenario SCENARIOS[NSCENARIOS] = {
	{"voorbereid", 0, 40, 0},
	{"verzonden", 12, 30, 0},
	{"verzonden", 1, 41, 0},
	{"ontvangst_bevestigd", 26, 16, 0},
	{"eerste_gesprek_gepland", 45, -6, 0},
	{"eerste_gesprek_gepland", 12, 30, 0},
	{"teruggekoppeld", 50, -8, 0},
	{"afgerond", 90, -48, 0},
	{"ingetrokken", 20, 22, 0},
	{"verzonden", 3, 0, 1},
};

struct demo_ho {
	struct db *db;
	struct rng rng;
	struct gp_date today;
	struct text texts[MAX_TEXTS];
	int ntexts;
	struct org *orgs;
	int norgs;
	struct handover_ref *rules;
	struct refdata *codes;
	struct growth_ref *growth;
	struct schedule *sched;
	int made;
};

static int read_text(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo_ho *d = vctx;
	if (nf < 7 || d->ntexts == MAX_TEXTS) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/overdrachten.tsv regel %d: verwacht 7 kolommen."),
			line);
		return -1;
	}
	struct text *t = &d->texts[d->ntexts++];
	text_copy(t->destination, sizeof t->destination, f[0]);
	t->from = (int)strtol(f[1], NULL, 10);
	t->to = (int)strtol(f[2], NULL, 10);
	text_copy(t->reason, sizeof t->reason, f[3]);
	text_copy(t->question, sizeof t->question, f[4]);
	text_copy(t->wish, sizeof t->wish, f[5]);
	text_copy(t->contact, sizeof t->contact, f[6]);
	return 0;
}

static struct gp_date days_from(struct gp_date d, int n)
{
	return date_from_days(date_to_days(d) + n);
}

/* A text row for the child's age (and the report, for a melding). */
static const struct text *pick_text(struct demo_ho *d, int years, int report)
{
	const struct text *fit[MAX_TEXTS];
	int n = 0;
	for (int i = 0; i < d->ntexts; i++) {
		const struct text *t = &d->texts[i];
		int vt = strcmp(t->destination, "veilig_thuis") == 0;
		if (vt == report && years >= t->from && years < t->to)
			fit[n++] = t;
	}
	return n ? fit[rng_range(&d->rng, 0, n - 1)] : NULL;
}

static const struct org *pick_org(struct demo_ho *d, const char *destination)
{
	const struct handover_dest *dest = handover_ref_dest(d->rules, destination);
	const struct org *fit[64];
	int n = 0;
	for (int i = 0; dest && i < d->norgs && n < 64; i++)
		if (d->orgs[i].active && consent_scope_covers(dest->org_kinds, d->orgs[i].kind))
			fit[n++] = &d->orgs[i];
	return n ? fit[rng_range(&d->rng, 0, n - 1)] : NULL;
}

/* Everyone the rule asks on `on` consents (or, partly, only the first). */
static void consents(struct demo_ho *d, struct handover *h, const struct child *c,
		     const struct family_member *fam, int nfam, struct gp_date on, int partly)
{
	struct consent_person people[CONSENT_MAX_PEOPLE];
	int required[CONSENT_MAX_PEOPLE], none = 0;
	const struct handover_dest *dest = handover_ref_dest(d->rules, h->destination);
	int n = handover_people(c, fam, nfam, d->codes, people);
	consent_required(c->birth_date, on, people, n, required, &none);
	for (int i = 0; i < n && h->nconsents < HANDOVER_MAX_CONSENTS; i++) {
		if (!required[i])
			continue;
		struct handover_consent *k = &h->consents[h->nconsents++];
		memset(k, 0, sizeof *k);
		k->given = 1;
		text_copy(k->person, sizeof k->person, people[i].id);
		snprintf(k->form, sizeof k->form, "%s",
			 (dest && dest->needs.written) || rng_chance(&d->rng, 0.4) ? "schriftelijk"
										   : "mondeling");
		k->given_on = on;
		snprintf(k->source, sizeof k->source, "zelf");
		snprintf(k->scope, sizeof k->scope, "%s",
			 dest && dest->needs.scope[0] ? dest->needs.scope : "derden");
		if (partly)
			break;
	}
}

/* The steps up to the scenario's state, with their days, onto h and ev. */
static int steps(const struct scenario *sc, struct handover *h, struct gp_date prepared,
		 struct handover_step *ev)
{
	int n = 0, target = handover_state_of(sc->state);
	struct gp_date day;
	memset(ev, 0, sizeof *ev * HS_COUNT);
	snprintf(ev[n].state, sizeof ev[n].state, "voorbereid");
	ev[n].on = prepared;
	text_copy(ev[n++].who, sizeof ev->who, h->sender_name);
	if (target == HS_PREPARED)
		return n;
	day = h->sent_on;
	snprintf(ev[n].state, sizeof ev[n].state, "verzonden");
	ev[n].on = day;
	text_copy(ev[n++].who, sizeof ev->who, h->sender_name);
	if (target == HS_WITHDRAWN) {
		h->withdrawn_on = days_from(day, 6);
		snprintf(ev[n].state, sizeof ev[n].state, "ingetrokken");
		ev[n].on = h->withdrawn_on;
		text_copy(ev[n].who, sizeof ev->who, h->sender_name);
		text_copy(ev[n++].note, sizeof ev->note,
			  "Gezin verhuisd naar een andere gemeente; de JGZ daar neemt het over.");
		return n;
	}
	if (target >= HS_RECEIVED) {
		h->received_on = days_from(day, 2);
		snprintf(ev[n].state, sizeof ev[n].state, "ontvangst_bevestigd");
		ev[n].on = h->received_on;
		text_copy(ev[n++].who, sizeof ev->who, h->receiver_person);
	}
	if (target >= HS_PLANNED) {
		h->planned_on = days_from(day, 4);
		h->first_conversation_on = days_from(day, 10);
		snprintf(ev[n].state, sizeof ev[n].state, "eerste_gesprek_gepland");
		ev[n].on = h->planned_on;
		ev[n].first_conversation_on = h->first_conversation_on;
		text_copy(ev[n++].who, sizeof ev->who, h->receiver_person);
		if (strcmp(h->mode, "erbij_halen") == 0) {
			h->joint_on = h->first_conversation_on;
			text_copy(h->parents_present, sizeof h->parents_present, "ouders en kind");
		}
	}
	if (target >= HS_FED_BACK) {
		h->fed_back_on = days_from(day, 30);
		text_copy(h->feedback, sizeof h->feedback,
			  "Eerste gesprekken gevoerd; het gezin is gestart en de afspraken lopen.");
		snprintf(ev[n].state, sizeof ev[n].state, "teruggekoppeld");
		ev[n].on = h->fed_back_on;
		text_copy(ev[n].who, sizeof ev->who, h->receiver_person);
		text_copy(ev[n++].note, sizeof ev->note, h->feedback);
	}
	if (target >= HS_CLOSED) {
		h->closed_on = days_from(day, 60);
		text_copy(h->closing_report, sizeof h->closing_report,
			  "Traject afgerond; het gaat beter thuis en op school. Geen verdere hulp "
			  "nodig; JGZ ziet het kind weer bij het volgende contactmoment.");
		snprintf(ev[n].state, sizeof ev[n].state, "afgerond");
		ev[n].on = h->closed_on;
		text_copy(ev[n].who, sizeof ev->who, h->receiver_person);
		text_copy(ev[n++].note, sizeof ev->note, h->closing_report);
	}
	return n;
}

static enum gp_status make_one(struct demo_ho *d, const char *child_id, int k,
			       struct gp_err *e)
{
	const struct scenario *sc = &SCENARIOS[k % NSCENARIOS];
	struct child c;
	struct family_member *fam = NULL;
	int nfam = 0, years, months;
	enum gp_status s = child_get(d->db, child_id, &c, e);
	if (s == GP_OK)
		s = child_family(d->db, child_id, &fam, &nfam, e);
	if (s != GP_OK)
		return s;
	date_age(c.birth_date, d->today, &years, &months);
	const struct text *t = pick_text(d, years, sc->report);
	const struct org *o = t ? pick_org(d, t->destination) : NULL;
	struct handover *h = calloc(1, sizeof *h);
	struct handover_step ev[HS_COUNT];
	if (!t || !o || !h) { /* no text or receiver for this age: no handover */
		free(fam);
		free(h);
		return GP_OK;
	}
	const struct handover_dest *dest = handover_ref_dest(d->rules, t->destination);
	text_copy(h->child_id, sizeof h->child_id, c.id);
	text_copy(h->org_id, sizeof h->org_id, o->id);
	text_copy(h->receiver_person, sizeof h->receiver_person, t->contact);
	text_copy(h->destination, sizeof h->destination, t->destination);
	snprintf(h->mode, sizeof h->mode, "%s",
		 dest && dest->report_only ? "melding"
		 : strcmp(t->destination, "wijkteam") == 0 ? "erbij_halen" : "doorverwijzen");
	snprintf(h->frame, sizeof h->frame, "vrijwillig");
	text_copy(h->reason, sizeof h->reason, t->reason);
	text_copy(h->question, sizeof h->question, t->question);
	text_copy(h->parents_wish, sizeof h->parents_wish, t->wish);
	snprintf(h->casusregie, sizeof h->casusregie, "%s",
		 strcmp(h->mode, "erbij_halen") == 0 ? "jgz" : "ontvanger");
	text_copy(h->sender_name, sizeof h->sender_name, "Demo Verpleegkundige");
	text_copy(h->sender_org, sizeof h->sender_org, "JGZ Regio Utrecht (demo)");
	text_copy(h->sender_phone, sizeof h->sender_phone, "030-6305400");
	text_copy(h->sender_email, sizeof h->sender_email, "jgz@demo.example");
	snprintf(h->state, sizeof h->state, "%s", sc->state);
	struct gp_date prepared = days_from(d->today, -(sc->sent_ago + rng_range(&d->rng, 2, 6)));
	if (sc->sent_ago)
		h->sent_on = days_from(d->today, -sc->sent_ago);
	if (!sc->report)
		h->feedback_due_on = days_from(d->today, sc->feedback_in);
	struct summary_refs refs = {d->growth, d->sched, d->codes};
	struct summary_ctx x = {d->db, &refs, &c, prepared};
	s = handover_summary(&x, h->summary, sizeof h->summary, e);
	if (s == GP_OK && !sc->report)
		consents(d, h, &c, fam, nfam, prepared, sc->sent_ago == 0);
	h->consent_exempt = sc->report;
	int nev = steps(sc, h, prepared, ev);
	if (s == GP_OK)
		s = handover_insert_bulk(d->db, h, ev, nev, e);
	if (s == GP_OK)
		d->made++;
	free(fam);
	free(h);
	return s;
}

/* The ids of every child, in client number order. */
static void read_id(sqlite3_stmt *st, void *row)
{
	db_col_id(st, 0, row);
}

enum gp_status demo_handovers(struct db *db, const char *datadir, unsigned long long seed,
			      int *made, struct gp_err *e)
{
	static const char sql[] = "SELECT id FROM children ORDER BY client_no";
	char path[PATH_MAX], (*ids)[DB_ID_LEN] = NULL;
	int n = 0, k = 0;
	struct demo_ho *d = calloc(1, sizeof *d);
	*made = 0;
	if (!d)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	d->db = db;
	d->today = date_today();
	rng_seed(&d->rng, seed ^ 0x0BE2D2ACB7ULL);
	snprintf(path, sizeof path, "%s/demo/overdrachten.tsv", datadir);
	enum gp_status s = tsv_read(path, read_text, d, e);
	if (s == GP_OK)
		s = handover_ref_load(datadir, &d->rules, e);
	if (s == GP_OK)
		s = refdata_load(datadir, "nl", &d->codes, e);
	if (s == GP_OK)
		s = growth_load(datadir, &d->growth, e);
	if (s == GP_OK)
		s = schedule_load(datadir, &d->sched, e);
	if (s == GP_OK)
		s = org_list(db, NULL, &d->orgs, &d->norgs, e);
	if (s == GP_OK) {
		const char *params[] = {NULL};
		s = db_read_rows(db, sql, params, DB_ID_LEN, read_id, (void **)&ids, &n, e);
	}
	for (int i = 0; s == GP_OK && i < n; i++) {
		int chosen = i < FIRST_CYCLE ? i % 6 == 2 : i % 25 == 7;
		if (chosen)
			s = make_one(d, ids[i], k++, e);
	}
	*made = d->made;
	free(ids);
	free(d->orgs);
	schedule_free(d->sched);
	growth_free(d->growth);
	refdata_free(d->codes);
	handover_ref_free(d->rules);
	free(d);
	return s;
}
