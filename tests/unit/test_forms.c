/* test_forms.c — every form table of the program, table-driven: each passes
 * the start-up check (keys, bindings, code lists present in data/codes);
 * every field is bound to its record; a fully filled record survives
 * fill → collect unchanged; every field the core can name in an error
 * (struct gp_err.field) is a field of the form, so the error lands on it —
 * and a mutation check: misspelling any of those keys in a copy of the
 * table makes this test fail, so such a slip can never pass `make test`. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "account.h"
#include "child.h"
#include "contact.h"
#include "form_int.h"
#include "formscreen.h"
#include "giz.h"
#include "handover.h"
#include "org.h"

static struct app app;
static struct contact_refs refs;
static const struct gp_date today = {2026, 11, 26};

static const char *datadir(void)
{
	const char *d = getenv("GROEIPAD_DATADIR");
	return d && *d ? d : "data";
}

static int load(void **state)
{
	struct gp_err e = {0};
	(void)state;
	if (refdata_load(datadir(), "nl", &app.ref, &e) != GP_OK ||
	    growth_load(datadir(), &app.growth, &e) != GP_OK ||
	    schedule_load(datadir(), &app.sched, &e) != GP_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return -1;
	}
	refs = (struct contact_refs){app.growth, app.ref, app.sched};
	return 0;
}

static int unload(void **state)
{
	(void)state;
	refdata_free(app.ref);
	growth_free(app.growth);
	schedule_free(app.sched);
	return 0;
}

static void every_table_passes_the_start_up_check(void **state)
{
	char msg[512];
	(void)state;
	if (formscreen_check_all(&app, msg, sizeof msg) != 0)
		fail_msg("%s", msg);
}

static void every_field_is_bound(void **state)
{
	(void)state;
	for (const struct formscreen_kind *const *k = formscreen_kinds; *k; k++)
		for (size_t i = 0; i < (*k)->def->n; i++)
			if ((*k)->def->fields[i].bind.kind == FB_NONE)
				fail_msg("%s: %s is not bound", (*k)->def->name,
					 (*k)->def->fields[i].key);
}

/* A value for field def that fits its type, range and code list. */
static void sample(const struct form_field_def *fd, char *out, size_t n)
{
	switch (fd->type) {
	case FT_DATE:
		snprintf(out, n, "05-03-2024");
		break;
	case FT_NUMBER: {
		double v = fd->min + 1 <= fd->max ? fd->min + 1 : fd->min;
		long long scaled = (long long)(v * (double)form_pow10(fd->decimals) + 0.5);
		form_format_scaled(scaled, fd->decimals, out, n);
		break;
	}
	case FT_YESNO:
		snprintf(out, n, "j");
		break;
	case FT_CHOICE:
	case FT_SCALE:
	case FT_MULTI: {
		const struct codelist *cl = fd->list && fd->list[0] != '@'
					    ? refdata_list(app.ref, fd->list) : NULL;
		snprintf(out, n, "%s", cl && cl->n > 0 ? cl->items[cl->n - 1].code
				       : fd->bind.kind == FB_INT ? "2" : "C1");
		break;
	}
	default:
		snprintf(out, n, "Zoë 1");
		if (fd->norm_chars) { /* a BSN, postcode or time: one its validator takes */
			static const char *const tries[] = {"10:30", "999902192", "1234 AB"};
			for (size_t i = 0; i < sizeof tries / sizeof *tries; i++) {
				const char *why;
				char norm[64];
				if (fd->validate(tries[i], norm, sizeof norm, &why) == 0) {
					snprintf(out, n, "%s", norm[0] ? norm : tries[i]);
					return;
				}
			}
			fail_msg("%s: no sample", fd->key);
		}
	}
}

/* Every field (two rows of every group) filled; collect; fill a new form
 * from that record; collect again: the two records are equal, and so are
 * the values shown. */
static void fully_filled_record_round_trips(void **state)
{
	(void)state;
	for (const struct formscreen_kind *const *k = formscreen_kinds; *k; k++) {
		const struct form_def *def = (*k)->def;
		struct form f, g;
		char *a = calloc(1, def->rec_size), *b = calloc(1, def->rec_size);
		char v[64];
		assert_non_null(a);
		assert_non_null(b);
		assert_int_equal(form_init(&f, def, today), 0);
		for (size_t i = 0; i < def->n; i++) {
			sample(&def->fields[i], v, sizeof v);
			assert_int_equal(form_put(&f, i, 0, v), 0);
			if (def->fields[i].group)
				assert_int_equal(form_put(&f, i, 1, v), 0);
		}
		form_collect(&f, a);
		assert_int_equal(form_init(&g, def, today), 0);
		assert_int_equal(form_fill(&g, a), 0);
		for (size_t i = 0; i < def->n; i++)
			if (strcmp(form_value(&f, i, 0), form_value(&g, i, 0)) != 0)
				fail_msg("%s: %s shows '%s', not '%s'", def->name,
					 def->fields[i].key, form_value(&g, i, 0),
					 form_value(&f, i, 0));
		form_collect(&g, b);
		if (memcmp(a, b, def->rec_size) != 0)
			fail_msg("%s: the record changed on its way through the form", def->name);
		form_free(&f);
		form_free(&g);
		free(a);
		free(b);
	}
}

/* ---- the fields the core names --------------------------------------------- */

enum { MAX_NAMES = 64 };

struct names {
	const char *form;            /* the kind's def->name */
	char field[MAX_NAMES][GP_FIELD_LEN]; /* what the core named */
	int row[MAX_NAMES];          /* and the row */
	int n;
};

static void note(struct names *nm, const struct gp_err *e)
{
	assert_true(e->code != GP_OK);
	if (!e->field[0])
		fail_msg("%s: the core refused without naming a field: %s", nm->form, e->msg);
	assert_true(nm->n < MAX_NAMES);
	snprintf(nm->field[nm->n], GP_FIELD_LEN, "%s", e->field);
	nm->row[nm->n++] = e->row;
}

static struct child good_child(void)
{
	struct child c = {0};
	snprintf(c.given_names, sizeof c.given_names, "Zoë");
	snprintf(c.family_name, sizeof c.family_name, "Berg");
	c.sex = 2;
	c.birth_date = (struct gp_date){2026, 1, 5};
	return c;
}

static void child_names(struct names *nm)
{
	struct gp_err e = {0};
	for (int i = 0; i < 14; i++) {
		struct child c = good_child();
		switch (i) {
		case 0: c.given_names[0] = '\0'; break;
		case 1: snprintf(c.tussenvoegsel, sizeof c.tussenvoegsel, "v\x01n"); break;
		case 2: c.family_name[0] = '\0'; break;
		case 3: snprintf(c.bsn, sizeof c.bsn, "123"); break;
		case 4: snprintf(c.postcode, sizeof c.postcode, "12"); break;
		case 5: c.sex = 9; break;
		case 6: snprintf(c.call_name, sizeof c.call_name, "a\x02"); break;
		case 7: c.birth_date = (struct gp_date){2027, 1, 1}; break;
		case 8: c.gestational_age_days = 50; break;
		case 9: c.birth_weight_g = 10; break;
		case 10: snprintf(c.house_number, sizeof c.house_number, "1\x03"); break;
		case 11: snprintf(c.phone, sizeof c.phone, "0\x03"); break;
		case 12: snprintf(c.street, sizeof c.street, "s\x03"); break;
		default: snprintf(c.city, sizeof c.city, "c\x03"); break;
		}
		assert_int_equal(child_validate(&c, today, &e), GP_EINPUT);
		note(nm, &e);
	}
}

static void parent_names(struct names *nm)
{
	struct gp_err e = {0};
	for (int i = 0; i < 9; i++) {
		struct parent p = {0};
		snprintf(p.given_names, sizeof p.given_names, "Sara");
		snprintf(p.family_name, sizeof p.family_name, "Berg");
		switch (i) {
		case 0: p.given_names[0] = '\0'; break;
		case 1: snprintf(p.bsn, sizeof p.bsn, "12"); break;
		case 2: snprintf(p.email, sizeof p.email, "a\x01"); break;
		case 3: p.height_mm = 50; break;
		case 4: p.birth_date = (struct gp_date){2023, 2, 30}; break;
		case 5: snprintf(p.language, sizeof p.language, "t\x01"); break;
		case 6: snprintf(p.house_number, sizeof p.house_number, "1\x01"); break;
		case 7: p.sex = 7; break;
		default: snprintf(p.postcode, sizeof p.postcode, "x"); break;
		}
		assert_int_equal(parent_validate(&p, &e), GP_EINPUT);
		gp_err_within(&e, "parent"); /* as family_save_member says it */
		note(nm, &e);
	}
}

static void org_names(struct names *nm)
{
	struct gp_err e = {0};
	for (int i = 0; i < 5; i++) {
		struct org o = {0};
		snprintf(o.kind, sizeof o.kind, "huisarts");
		snprintf(o.name, sizeof o.name, "Praktijk");
		switch (i) {
		case 0: snprintf(o.kind, sizeof o.kind, "bakker"); break;
		case 1: o.name[0] = '\0'; break;
		case 2: snprintf(o.phone, sizeof o.phone, "0\x01"); break;
		case 3: snprintf(o.contact_person, sizeof o.contact_person, "x\x01"); break;
		default: snprintf(o.postcode, sizeof o.postcode, "1"); break;
		}
		assert_int_equal(org_validate(&o, &e), GP_EINPUT);
		note(nm, &e);
	}
}

static void account_names(struct names *nm)
{
	struct gp_err e = {0};
	assert_int_equal(account_password_check("anna", "kort", &e), GP_EINPUT);
	note(nm, &e);
	assert_int_equal(account_password_check("annadevries", "AnnaDeVries", &e), GP_EINPUT);
	note(nm, &e);
}

static void gezag_names(struct names *nm)
{
	struct gp_err e = {0};
	for (int i = 0; i < 4; i++) {
		struct family_member m = {0};
		snprintf(m.relation, sizeof m.relation, "moeder");
		m.gezag = 1;
		switch (i) {
		case 0: snprintf(m.gezag_type, sizeof m.gezag_type, "koning"); break;
		case 1: m.gezag_from = (struct gp_date){2023, 2, 30}; break;
		case 2:
			m.gezag_from = (struct gp_date){2023, 2, 1};
			m.gezag_until = (struct gp_date){2023, 1, 1};
			break;
		default: snprintf(m.gezag_type, sizeof m.gezag_type, "voogd_gi"); break;
		}
		assert_int_equal(family_link_validate(&m, &e), GP_EINPUT);
		note(nm, &e);
	}
	parent_names(nm);
}

/* A handover that passes handover_validate (no database needed). */
static struct handover *good_handover(void)
{
	struct handover *h = calloc(1, sizeof *h);
	assert_non_null(h);
	snprintf(h->child_id, sizeof h->child_id, "c");
	snprintf(h->org_id, sizeof h->org_id, "o");
	snprintf(h->destination, sizeof h->destination, "wijkteam");
	snprintf(h->mode, sizeof h->mode, "erbij_halen");
	snprintf(h->frame, sizeof h->frame, "vrijwillig");
	snprintf(h->reason, sizeof h->reason, "Zorgen");
	snprintf(h->casusregie, sizeof h->casusregie, "jgz");
	snprintf(h->sender_name, sizeof h->sender_name, "Els");
	h->nconsents = 2;
	for (int i = 0; i < 2; i++) {
		struct handover_consent *k = &h->consents[i];
		k->given = 1;
		snprintf(k->person, sizeof k->person, "kind");
		snprintf(k->form, sizeof k->form, "mondeling");
		k->given_on = (struct gp_date){2026, 11, 20};
		snprintf(k->scope, sizeof k->scope, "derden");
	}
	return h;
}

static void handover_names(struct names *nm)
{
	struct gp_err e = {0};
	struct handover_ref *rules = NULL;
	assert_int_equal(handover_ref_load(datadir(), &rules, &e), GP_OK);
	struct handover_refs hrefs = {rules, app.ref};
	for (int i = 0; i < 27; i++) {
		struct handover *h = good_handover();
		struct handover_consent *k = &h->consents[1]; /* the second row */
		switch (i) {
		case 0: h->org_id[0] = '\0'; break;
		case 1: snprintf(h->destination, sizeof h->destination, "nergens"); break;
		case 2: snprintf(h->mode, sizeof h->mode, "melding"); break;
		case 3: snprintf(h->frame, sizeof h->frame, "half"); break;
		case 4: snprintf(h->receiver_person, TEXT_BUF, "x\x01"); break;
		case 5: h->reason[0] = '\0'; break;
		case 6: snprintf(h->question, HANDOVER_NOTE_BUF, "x\x01"); break;
		case 7: snprintf(h->parents_wish, HANDOVER_NOTE_BUF, "x\x01"); break;
		case 8: snprintf(h->summary, HANDOVER_SUMMARY_BUF, "x\x01"); break;
		case 9: snprintf(h->parents_present, TEXT_BUF, "x\x01"); break;
		case 10: snprintf(h->casusregie, sizeof h->casusregie, "anders"); break;
		case 11: h->sender_name[0] = '\0'; break;
		case 12: snprintf(h->sender_org, TEXT_BUF, "x\x01"); break;
		case 13: snprintf(h->sender_phone, SHORT_BUF, "x\x01"); break;
		case 14: snprintf(h->sender_email, TEXT_BUF, "x\x01"); break;
		case 15: snprintf(h->casusregie, sizeof h->casusregie, "geen"); break;
		case 16: h->joint_on = (struct gp_date){2026, 2, 30}; break;
		case 17: h->feedback_due_on = (struct gp_date){2026, 2, 30}; break;
		case 18: k->person[0] = '\0'; break;
		case 19: snprintf(k->form, sizeof k->form, "gezongen"); break;
		case 20: k->given_on = (struct gp_date){2026, 12, 1}; break;
		case 21: k->ends_on = (struct gp_date){2026, 11, 1}; break;
		case 22: snprintf(k->source, sizeof k->source, "roddel"); break;
		case 23: k->scope[0] = '\0'; break;
		case 24: snprintf(h->destination, sizeof h->destination, "veilig_thuis"); break;
		case 25: k->given_on.y = 0; break;
		default: snprintf(k->scope, sizeof k->scope, "derden,maan"); break;
		}
		assert_int_equal(handover_validate(&hrefs, h, today, &e), GP_EINPUT);
		note(nm, &e);
		if (i >= 18 && i != 24)
			assert_int_equal(e.row, 1);
		free(h);
	}
	/* a sent handover that would lose its consent (handover_update) */
	gp_fail_at(&e, GP_EINPUT, "consents", 0, "%s", "kwijt");
	note(nm, &e);
	handover_ref_free(rules);
}

static void step_names(struct names *nm)
{
	struct gp_err e = {0};
	struct handover *h = good_handover();
	snprintf(h->state, sizeof h->state, "verzonden");
	h->sent_on = (struct gp_date){2026, 11, 20};
	for (int i = 0; i < 6; i++) {
		struct handover_step p;
		memset(&p, 0, sizeof p);
		snprintf(p.state, sizeof p.state, "ontvangst_bevestigd");
		p.on = (struct gp_date){2026, 11, 24};
		switch (i) {
		case 0: snprintf(p.state, sizeof p.state, "voorbereid"); break;
		case 1: p.on = (struct gp_date){2026, 11, 19}; break;
		case 2: snprintf(p.who, sizeof p.who, "x\x01"); break;
		case 3: snprintf(p.state, sizeof p.state, "eerste_gesprek_gepland"); break;
		case 4: snprintf(p.state, sizeof p.state, "afgerond"); break;
		default: p.on.y = 0; break;
		}
		assert_int_equal(handover_step_validate(h, &p, today, &e), GP_EINPUT);
		note(nm, &e);
	}
	free(h);
}

static struct contact_record *good_contact(void)
{
	struct contact_record *r = calloc(1, sizeof *r);
	assert_non_null(r);
	r->contact.date = (struct gp_date){2026, 11, 20};
	snprintf(r->contact.status, sizeof r->contact.status, "01");
	snprintf(r->contact.kind, sizeof r->contact.kind, "37");
	snprintf(r->contact.form, sizeof r->contact.form, "03");
	r->has_measurement = 1;
	r->measurement.weight_g = 5000;
	r->nvaccinations = 2;
	for (int i = 0; i < 2; i++) {
		snprintf(r->vaccinations[i].vaccine, CODE_BUF, "%s", i ? "Pneu" : "DKTP-Hib-HepB");
		snprintf(r->vaccinations[i].batch, sizeof r->vaccinations[i].batch, "AB1");
		r->vaccinations[i].given = 1;
	}
	return r;
}

static void contact_names(struct names *nm)
{
	struct gp_err e = {0};
	const struct gp_date birth = {2026, 9, 3};
	for (int i = 0; i < 22; i++) {
		struct contact_record *r = good_contact();
		struct contact *c = &r->contact;
		struct vaccination *v = &r->vaccinations[1]; /* the second row */
		switch (i) {
		case 0: c->date = (struct gp_date){2026, 12, 1}; break;
		case 1: snprintf(c->time, sizeof c->time, "25:00"); break;
		case 2: snprintf(c->status, sizeof c->status, "99"); break;
		case 3: snprintf(c->schedule_moment, sizeof c->schedule_moment, "nergens"); break;
		case 4: snprintf(c->kind, sizeof c->kind, "xx"); break;
		case 5: snprintf(c->form, sizeof c->form, "99"); break;
		case 6: snprintf(c->location, sizeof c->location, "x\x01"); break;
		case 7: snprintf(c->present, sizeof c->present, "x\x01"); break;
		case 8: snprintf(c->next_step, sizeof c->next_step, "raar"); break;
		case 9: c->next_contact_on = (struct gp_date){2026, 1, 1}; break;
		case 10: snprintf(c->conclusion, sizeof c->conclusion, "x\x01"); break;
		case 11: snprintf(c->agreements, sizeof c->agreements, "x\x01"); break;
		case 12: r->measurement.length_mm = 10; break;
		case 13: r->measurement.weight_g = 100; break;
		case 14: r->measurement.head_mm = 10; break;
		case 15: snprintf(r->measurement.length_method, 12, "hangend"); break;
		case 16: snprintf(r->measurement.weight_method, 16, "nat"); break;
		case 17: snprintf(v->vaccine, CODE_BUF, "Griep"); break;
		case 18: v->batch[0] = '\0'; break;
		case 19: snprintf(v->site, CODE_BUF, "neus"); break;
		case 20: v->dose_no = 30; break;
		default: snprintf(v->reason_not_given, CODE_BUF, "bezwaar"); break;
		}
		assert_int_equal(contact_validate(&refs, r, birth, today, &e), GP_EINPUT);
		note(nm, &e);
		if (i >= 17)
			assert_int_equal(e.row, 1);
		free(r);
	}
}

static struct giz_assessment *good_giz(void)
{
	struct giz_assessment *a = calloc(1, sizeof *a);
	assert_non_null(a);
	a->date = (struct gp_date){2026, 11, 20};
	snprintf(a->parents, sizeof a->parents, "01900000-0000-7000-8000-000000000001");
	snprintf(a->triangle, sizeof a->triangle, "02");
	snprintf(a->sides, sizeof a->sides, "01");
	for (int i = 0; i < GIZ_ASPECTS; i++)
		snprintf(a->aspects[i].score, sizeof a->aspects[i].score, "02");
	snprintf(a->conclusion, sizeof a->conclusion, "02");
	a->nagreements = 2;
	for (int i = 0; i < 2; i++) {
		snprintf(a->agreements[i].what, TEXT_BUF, "Afspraak %d", i);
		snprintf(a->agreements[i].who_kind, GIZ_CODE_BUF, "ouder");
		a->agreements[i].due_on = (struct gp_date){2026, 12, 1};
	}
	return a;
}

static void giz_names(struct names *nm)
{
	struct gp_err e = {0};
	const struct gp_date birth = {2012, 3, 1}; /* 14: the young person must be recorded */
	for (int i = 0; i < 24; i++) {
		struct giz_assessment *a = good_giz();
		struct giz_agreement *g = &a->agreements[1]; /* the second row */
		a->young_person = GIZ_YOUNG_NO;
		switch (i) {
		case 0: a->date = (struct gp_date){2027, 1, 1}; break;
		case 1: snprintf(a->parents, sizeof a->parents, "iemand"); break;
		case 2: a->young_person = GIZ_YOUNG_UNKNOWN; break;
		case 3: snprintf(a->professionals, TEXT_BUF, "x\x01"); break;
		case 4: snprintf(a->triangle, 3, "07"); break;
		case 5: snprintf(a->sides, sizeof a->sides, "09"); break;
		case 6: snprintf(a->aspects[3].score, 3, "06"); break;
		case 7: snprintf(a->aspects[9].note, GIZ_NOTE_BUF, "x\x01"); break;
		case 8: snprintf(a->going_well, GIZ_WORDS_BUF, "x\x01"); break;
		case 9: snprintf(a->worries, GIZ_WORDS_BUF, "x\x01"); break;
		case 10: snprintf(a->wishes, GIZ_WORDS_BUF, "x\x01"); break;
		case 11: snprintf(a->professional_view, GIZ_WORDS_BUF, "x\x01"); break;
		case 12: snprintf(a->strengths, GIZ_WORDS_BUF, "x\x01"); break;
		case 13: snprintf(a->draagkracht, TEXT_BUF, "x\x01"); break;
		case 14: snprintf(a->draaglast, TEXT_BUF, "x\x01"); break;
		case 15: snprintf(a->conclusion, 3, "09"); break;
		case 16: snprintf(a->conclusion_text, GIZ_WORDS_BUF, "x\x01"); break;
		case 17: g->what[0] = '\0'; break;
		case 18: g->who_kind[0] = '\0'; break;
		case 19: snprintf(g->who_kind, GIZ_CODE_BUF, "organisatie"); break;
		case 20: snprintf(g->who_name, TEXT_BUF, "x\x01"); break;
		case 21: g->due_on = (struct gp_date){0, 0, 0}; break;
		case 22: g->evaluate_on = (struct gp_date){2026, 1, 1}; break;
		default: a->parents[0] = '\0'; break;
		}
		assert_int_equal(giz_validate(app.ref, a, birth, today, &e), GP_EINPUT);
		note(nm, &e);
		if (i >= 17 && i <= 22)
			assert_int_equal(e.row, 1);
		free(a);
	}
}

static void giz_evaluation_names(struct names *nm)
{
	struct gp_err e = {0};
	struct giz_agreement was = {0};
	snprintf(was.what, sizeof was.what, "Oppas regelen");
	snprintf(was.who_kind, sizeof was.who_kind, "ouder");
	snprintf(was.status, sizeof was.status, "lopend");
	was.due_on = was.evaluate_on = (struct gp_date){2026, 11, 1};
	for (int i = 0; i < 9; i++) {
		struct giz_evaluation ev = {0};
		ev.a = was;
		ev.on = today;
		snprintf(ev.outcome, sizeof ev.outcome, "gewijzigd");
		snprintf(ev.note, sizeof ev.note, "Nog niet gelukt.");
		ev.a.evaluate_on = (struct gp_date){2026, 12, 20};
		switch (i) {
		case 0: ev.outcome[0] = '\0'; break;
		case 1: ev.note[0] = '\0'; break;
		case 2: ev.on = (struct gp_date){0, 0, 0}; break;
		case 3: ev.a.what[0] = '\0'; break;
		case 4: ev.a.who_kind[0] = '\0'; break;
		case 5: snprintf(ev.a.who_kind, GIZ_CODE_BUF, "organisatie"); break;
		case 6: snprintf(ev.a.who_name, TEXT_BUF, "x\x01"); break;
		case 7: ev.a.due_on = (struct gp_date){0, 0, 0}; break;
		default: ev.a.evaluate_on = today; break;
		}
		assert_int_equal(giz_evaluation_validate(app.ref, &ev, &was,
							 (struct gp_date){2026, 10, 1}, &e),
				 GP_EINPUT);
		note(nm, &e);
	}
}

/* 0 when every name resolves on a form of table def. */
static int names_resolve(const struct form_def *def, const struct names *nm, char *why,
			 size_t n)
{
	struct form f;
	int bad = 0;
	assert_int_equal(form_init(&f, def, today), 0);
	assert_int_equal(form_ensure_rows(&f, def->n - 1, 1), 0);
	for (size_t d = 0; d < def->n; d++) /* rows enough for every named row */
		if (def->fields[d].group)
			form_ensure_rows(&f, d, 3);
	for (int i = 0; i < nm->n && !bad; i++) {
		if (!form_field_named(&f, nm->field[i], nm->row[i])) {
			snprintf(why, n, "%s: the core names '%s' (row %d), which the form "
				 "does not have", def->name, nm->field[i], nm->row[i]);
			bad = 1;
		}
	}
	form_free(&f);
	return bad ? -1 : 0;
}

static const struct {
	const struct formscreen_kind *kind;   /* the form */
	void (*names)(struct names *nm);      /* drives the core to name fields */
} named[] = {
	{&child_form_kind, child_names}, {&parent_form_kind, gezag_names},
	{&org_form_kind, org_names}, {&user_form_kind, account_names},
	{&password_form_kind, account_names}, {&contact_form_kind, contact_names},
	{&giz_form_kind, giz_names}, {&giz_agreement_form_kind, giz_evaluation_names},
	{&handover_form_kind, handover_names}, {&handover_step_kind, step_names},
};

static void every_field_the_core_names_is_on_the_form(void **state)
{
	char why[256];
	(void)state;
	for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
		struct names nm = {named[k].kind->def->name, {{0}}, {0}, 0};
		named[k].names(&nm);
		assert_true(nm.n > 0);
		if (names_resolve(named[k].kind->def, &nm, why, sizeof why) != 0)
			fail_msg("%s", why);
	}
}

/* The mutation check: each key the core names, misspelt in a copy of its
 * table, is caught (the test above would fail). */
static void a_misspelt_key_is_caught(void **state)
{
	char why[256];
	int mutants = 0;
	(void)state;
	for (size_t k = 0; k < sizeof named / sizeof *named; k++) {
		const struct form_def *def = named[k].kind->def;
		struct names nm = {def->name, {{0}}, {0}, 0};
		named[k].names(&nm);
		for (size_t i = 0; i < def->n; i++) {
			struct form_field_def *copy = malloc(def->n * sizeof *copy);
			struct form_def mutant = *def;
			char key[GP_FIELD_LEN + 2];
			assert_non_null(copy);
			memcpy(copy, def->fields, def->n * sizeof *copy);
			snprintf(key, sizeof key, "%.*sx", GP_FIELD_LEN - 1, copy[i].key);
			copy[i].key = key; /* "present" → "presentx" */
			mutant.fields = copy;
			int used = 0;
			for (int j = 0; j < nm.n; j++) {
				struct form real;
				assert_int_equal(form_init(&real, def, today), 0);
				for (size_t d = 0; d < def->n; d++)
					if (def->fields[d].group)
						form_ensure_rows(&real, d, 3);
				struct form_field *fl = form_field_named(&real, nm.field[j],
									  nm.row[j]);
				/* a group's own key ("consents") names its first
				 * field whatever that is called: not a key to misspell */
				const struct form_group_def *g = def->fields[i].group;
				const char *member = nm.field[j];
				size_t gl = g ? strlen(g->key) : 0;
				if (g && strncmp(member, g->key, gl) == 0 && member[gl] == '.')
					member += gl + 1;
				used |= fl && form_def_index(&real, fl) == i &&
					strcmp(member, def->fields[i].key) == 0;
				form_free(&real);
			}
			if (used) {
				assert_int_equal(names_resolve(&mutant, &nm, why, sizeof why), -1);
				mutants++;
			}
			free(copy);
		}
	}
	assert_true(mutants >= 30);
}

/* The GIZ form puts the GOM aspects under the sides data/giz/giz.tsv groups
 * them by: a new section exactly where the side changes. */
static void the_giz_form_groups_aspects_as_the_data_does(void **state)
{
	const struct form_def *def = giz_form_kind.def;
	char prev[8] = "";
	int seen = 0;
	(void)state;
	for (size_t i = 0; i < def->n; i++) {
		const struct form_field_def *fd = &def->fields[i];
		if (fd->type != FT_SCALE)
			continue;
		char bds[8];
		snprintf(bds, sizeof bds, "%d", fd->bds);
		const char *side = refdata_label(app.ref, "gizelement.zijde", bds);
		assert_int_equal(fd->bds, giz_aspect_bds(seen++));
		if ((fd->section != NULL) != (strcmp(side, prev) != 0))
			fail_msg("aspect %s (side %s) and the form's sections disagree", bds, side);
		snprintf(prev, sizeof prev, "%s", side);
	}
	assert_int_equal(seen, GIZ_ASPECTS);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_table_passes_the_start_up_check),
		cmocka_unit_test(every_field_is_bound),
		cmocka_unit_test(fully_filled_record_round_trips),
		cmocka_unit_test(every_field_the_core_names_is_on_the_form),
		cmocka_unit_test(a_misspelt_key_is_caught),
		cmocka_unit_test(the_giz_form_groups_aspects_as_the_data_does),
	};
	return cmocka_run_group_tests(tests, load, unload);
}
