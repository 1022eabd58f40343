/* test_handover.c — warm handovers against a real SQLite file: prepared
 * with consents, sending refused (naming who is missing) until the rule of
 * DOMAIN §5 is met, the lifecycle forward only with its days, a Veilig
 * Thuis report sent without consent and marked, a sent handover keeping
 * its consent, stale saves, the lists with what is late, gezag per person
 * (kinds, dates, a GI), the summary from the dossier and the letter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "account.h"
#include "contact.h"
#include "handover.h"
#include "handover_letter.h"
#include "giz.h"
#include "handover_summary.h"
#include "org.h"
#include "perm.h"

struct fixture {
	char dir[64], path[128];
	struct db *db;
	struct refdata *codes;
	struct handover_ref *rules;
	struct handover_refs refs;
	struct child child;                  /* 13 on the test day */
	struct family_member mum, dad, step; /* mother and father with gezag, a stepfather */
	struct org team, school, vt, gi;
};

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

static struct gp_date D(const char *iso)
{
	struct gp_date d = {0, 0, 0};
	if (iso)
		assert_int_equal(date_parse_iso(iso, &d), 0);
	return d;
}

static void make_org(struct db *db, struct org *o, const char *kind, const char *name)
{
	struct gp_err e = {0};
	memset(o, 0, sizeof *o);
	strcpy(o->kind, kind);
	strcpy(o->name, name);
	o->active = o->contracted = 1;
	assert_int_equal(org_create(db, o, &e), GP_OK);
}

static void make_parent(struct db *db, const char *child_id, struct family_member *m,
			const char *given, const char *relation, int gezag)
{
	struct gp_err e = {0};
	memset(m, 0, sizeof *m);
	strcpy(m->parent.given_names, given);
	strcpy(m->parent.family_name, "Jansen");
	strcpy(m->relation, relation);
	m->gezag = gezag;
	m->lives_with = 1;
	assert_int_equal(family_save_member(db, child_id, m, &e), GP_OK);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	struct account a;
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	strcpy(f->dir, "/tmp/gp-handover-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(account_create_demo(f->db, "els", "Els de Wit", "jeugdverpleegkundige",
					     "geheim", &a, &e), GP_OK);
	assert_int_equal(refdata_load(datadir(), "nl", &f->codes, &e), GP_OK);
	assert_int_equal(handover_ref_load(datadir(), &f->rules, &e), GP_OK);
	f->refs = (struct handover_refs){f->rules, f->codes};
	strcpy(f->child.given_names, "Sem");
	strcpy(f->child.family_name, "Jansen");
	f->child.sex = 1;
	f->child.birth_date = D("2013-05-02");
	assert_int_equal(child_create(f->db, &f->child, &e), GP_OK);
	make_parent(f->db, f->child.id, &f->mum, "Anna", "moeder", 1);
	make_parent(f->db, f->child.id, &f->dad, "Piet", "vader", 1);
	make_parent(f->db, f->child.id, &f->step, "Karel", "stiefvader", 0);
	make_org(f->db, &f->team, "wijkteam", "Buurtteam Oost");
	make_org(f->db, &f->school, "school", "Het Lyceum");
	make_org(f->db, &f->vt, "veilig_thuis", "Veilig Thuis Utrecht");
	make_org(f->db, &f->gi, "jeugdhulp", "Stichting Jeugdbescherming (GI)");
	/* the records above as the system (the sociale kaart is the beheerder's,
	 * src/perm.h); the handovers as the nurse */
	account_act_as(f->db, &a);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char cmd[160];
	db_close(f->db);
	refdata_free(f->codes);
	handover_ref_free(f->rules);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	free(f);
	return 0;
}

static struct handover *draft(struct fixture *f, const struct org *to, const char *dest,
			      const char *mode)
{
	struct handover *h = calloc(1, sizeof *h);
	strcpy(h->child_id, f->child.id);
	strcpy(h->org_id, to->id);
	strcpy(h->destination, dest);
	strcpy(h->mode, mode);
	strcpy(h->frame, "vrijwillig");
	strcpy(h->reason, "Zorgen over slapen en schoolverzuim.");
	strcpy(h->casusregie, "ontvanger");
	strcpy(h->sender_name, "Els de Wit");
	h->feedback_due_on = D("2027-01-07");
	return h;
}

static void add_consent(struct handover *h, const char *person, int given, const char *form,
			const char *on, const char *scope)
{
	struct handover_consent *k = &h->consents[h->nconsents++];
	memset(k, 0, sizeof *k);
	strcpy(k->person, person);
	k->given = given;
	strcpy(k->form, form);
	k->given_on = D(on);
	strcpy(k->scope, scope);
}

static struct handover_step step(const char *state, const char *on, const char *note)
{
	struct handover_step p;
	memset(&p, 0, sizeof p);
	strcpy(p.state, state);
	p.on = D(on);
	strcpy(p.who, "Jan Smit");
	if (note)
		strcpy(p.note, note);
	return p;
}

/* Thirteen with two parents with gezag and a stepfather: sending needs the
 * child and both parents; the stepfather never. */
static void sending_waits_for_the_right_people(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	add_consent(h, f->step.parent.id, 1, "mondeling", "2026-11-20", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	assert_int_equal(h->no, 1);
	assert_string_equal(h->state, "voorbereid");

	struct handover_step sent = step("verzonden", "2026-11-23", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &sent, &e), GP_EINPUT);
	assert_string_equal(e.field, "state"); /* the step that cannot be taken */
	assert_string_equal(e.msg, "Niet verzonden. Nog geen toestemming van Anna Jansen "
				   "(biologische moeder), Piet Jansen (biologische vader). Leg de toestemming vast in de "
				   "overdracht (F4, deel Toestemming).");
	assert_null(strstr(e.msg, "Karel"));
	assert_string_equal(h->state, "voorbereid");

	add_consent(h, f->mum.parent.id, 1, "schriftelijk", "2026-11-21", "jgz,derden");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_OK);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &sent, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Nog geen toestemming van Piet Jansen (biologische vader)."));

	/* the father refused: named as such */
	add_consent(h, f->dad.parent.id, 0, "mondeling", "2026-11-22", "derden");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_OK);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &sent, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Geweigerd door Piet Jansen (biologische vader)."));

	/* he changed his mind */
	add_consent(h, f->dad.parent.id, 1, "mondeling", "2026-11-23", "derden");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_OK);
	int version = h->version;
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &sent, &e), GP_OK);
	assert_string_equal(h->state, "verzonden");
	assert_int_equal(h->version, version + 1);
	assert_false(h->consent_exempt);

	struct handover back;
	assert_int_equal(handover_get(f->db, h->id, &back, &e), GP_OK);
	assert_string_equal(back.state, "verzonden");
	assert_int_equal(date_cmp(back.sent_on, D("2026-11-23")), 0);
	assert_int_equal(back.nconsents, 5);
	assert_string_equal(back.created_by, "Els de Wit");
	free(h);
}

static void lifecycle_forward_with_days(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "wijkteam", "doorverwijzen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-02", "derden");
	add_consent(h, f->mum.parent.id, 1, "mondeling", "2026-11-02", "derden");
	add_consent(h, f->dad.parent.id, 1, "mondeling", "2026-11-02", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	const char *next[HS_COUNT + 1];
	handover_next_states(h->state, next);
	assert_string_equal(next[0], "verzonden");
	assert_string_equal(next[1], "ingetrokken");
	assert_null(next[2]);

	struct handover_step p = step("ontvangst_bevestigd", "2026-11-03", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_string_equal(e.field, "state");
	p = step("verzonden", "2026-11-27", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_string_equal(e.field, "on"); /* in the future */
	p = step("verzonden", "2026-11-03", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	p = step("ontvangst_bevestigd", "2026-11-02", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_string_equal(e.field, "on"); /* before the step before */
	/* skipping receipt: planning the first conversation says it arrived */
	p = step("eerste_gesprek_gepland", "2026-11-10", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_string_equal(e.field, "first_conversation_on");
	p.first_conversation_on = D("2026-11-17");
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	assert_int_equal(date_cmp(h->first_conversation_on, D("2026-11-17")), 0);
	p = step("teruggekoppeld", "2026-11-24", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_string_equal(e.field, "note");
	p = step("teruggekoppeld", "2026-11-24", "Gezin is gestart met opvoedondersteuning.");
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	p = step("afgerond", "2026-11-25", "Hulp loopt; casus bij het buurtteam.");
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	assert_string_equal(h->closing_report, "Hulp loopt; casus bij het buurtteam.");
	handover_next_states(h->state, next);
	assert_null(next[0]);
	/* final: no more steps, no more changes */
	p = step("ingetrokken", "2026-11-26", "Toch niet.");
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	strcpy(h->question, "nog iets");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_EINPUT);

	struct handover_event *ev;
	int n;
	assert_int_equal(handover_events(f->db, h->id, &ev, &n, &e), GP_OK);
	assert_int_equal(n, 5);
	assert_string_equal(ev[0].state, "voorbereid");
	assert_string_equal(ev[2].state, "eerste_gesprek_gepland");
	assert_string_equal(ev[3].note, "Gezin is gestart met opvoedondersteuning.");
	assert_string_equal(ev[4].by, "Els de Wit");
	free(ev);
	free(h);
}

/* A Veilig Thuis report goes without consent, and is marked. */
static void veilig_thuis_report_marked(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->vt, "veilig_thuis", "erbij_halen");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "mode");
	strcpy(h->mode, "melding");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	struct handover_step p = step("verzonden", "2026-11-26", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	assert_true(h->consent_exempt);
	/* a melding goes nowhere else */
	struct handover *g = draft(f, &f->team, "wijkteam", "melding");
	assert_int_equal(handover_create(f->db, &f->refs, g, &e), GP_EINPUT);
	assert_string_equal(e.field, "mode");
	free(g);
	free(h);
}

/* School: written consent, and a receiver of the right kind. */
static void school_needs_written_consent(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "school", "doorverwijzen");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "org_id"); /* a wijkteam is no school */
	strcpy(h->org_id, f->school.id);
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	add_consent(h, f->mum.parent.id, 1, "schriftelijk", "2026-11-20", "derden");
	add_consent(h, f->dad.parent.id, 1, "schriftelijk", "2026-11-20", "jgz");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	struct handover_step p = step("verzonden", "2026-11-26", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Schriftelijke toestemming nodig van Sem Jansen (kind)."));
	assert_non_null(strstr(e.msg, "(reikwijdte) bij Piet Jansen (biologische vader)."));
	free(h);
}

/* Once sent, the consent it went with stays: removing a consent or moving
 * its end date before sending is refused. */
static void sent_handover_keeps_its_consent(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	add_consent(h, f->mum.parent.id, 1, "mondeling", "2026-11-20", "derden");
	add_consent(h, f->dad.parent.id, 1, "mondeling", "2026-11-20", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	struct handover_step p = step("verzonden", "2026-11-24", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	struct handover *was = malloc(sizeof *was);
	memcpy(was, h, sizeof *was);
	h->nconsents = 2; /* the father's consent dropped */
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "consents");
	assert_int_equal(h->nconsents, 2); /* the caller keeps what it had */
	memcpy(h, was, sizeof *h);
	h->consents[2].ends_on = D("2026-11-23");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_EINPUT);
	h->consents[2].ends_on = D("2026-11-24"); /* withdrawn from the day of sending: fine */
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_OK);
	/* someone else saved in between */
	assert_int_equal(handover_update(f->db, &f->refs, was, &e), GP_ESTALE);
	free(was);
	free(h);
}

static void checks_in_words(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	h->reason[0] = '\0';
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "reason");
	strcpy(h->reason, "Reden");
	strcpy(h->casusregie, "anders");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "casusregie_name");
	strcpy(h->casusregie, "jgz");
	strcpy(h->frame, "half");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "frame");
	strcpy(h->frame, "gedwongen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-27", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "consents.given_on");
	assert_int_equal(e.row, 0);
	h->consents[0].given_on = D("2026-11-20");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "consents.scope");
	assert_int_equal(e.row, 1);
	strcpy(h->consents[1].scope, "derden");
	strcpy(h->consents[1].person, f->gi.id); /* not a person of this child */
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_EINPUT);
	assert_string_equal(e.field, "consents.person");
	free(h);
}

/* Late steps are listed open, most late first; the child's list has all. */
static void lists_with_what_is_late(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-02", "derden");
	add_consent(h, f->mum.parent.id, 1, "mondeling", "2026-11-02", "derden");
	add_consent(h, f->dad.parent.id, 1, "mondeling", "2026-11-02", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	struct handover_step p = step("verzonden", "2026-11-05", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	struct handover_line *l;
	int n;
	assert_int_equal(handover_list_open(f->db, &f->refs, NULL, D("2026-11-12"), &l, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_int_equal(l[0].late.kinds, 0); /* due Thursday 12th */
	free(l);
	assert_int_equal(handover_list_open(f->db, &f->refs, NULL, D("2026-11-13"), &l, &n, &e), GP_OK);
	assert_int_equal(l[0].late.kinds, LATE_RECEIPT);
	assert_string_equal(l[0].org_name, "Buurtteam Oost");
	assert_string_equal(l[0].child_name, "Sem Jansen");
	free(l);
	assert_int_equal(handover_list_child(f->db, &f->refs, f->child.id, D("2026-11-13"), &l,
					     &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(l[0].state, "verzonden");
	free(l);
	char id[DB_ID_LEN];
	assert_int_equal(handover_find_ref(f->db, "1", id, &e), GP_OK);
	assert_string_equal(id, h->id);
	assert_int_equal(handover_find_ref(f->db, h->id, id, &e), GP_OK);
	assert_int_equal(handover_find_ref(f->db, "2", id, &e), GP_ENOTFOUND);
	assert_int_equal(handover_find_ref(f->db, "1x", id, &e), GP_ENOTFOUND);
	free(h);
}

/* Gezag per person: the kind from the relation, dates in order, a GI
 * needs its institution; a parent whose gezag ended is not asked. */
static void gezag_per_person(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct family_member *m = calloc(1, sizeof *m);
	strcpy(m->parent.given_names, "Mirjam");
	strcpy(m->parent.family_name, "Bos");
	strcpy(m->relation, "voogd_gi");
	m->gezag = 1;
	assert_int_equal(family_save_member(f->db, f->child.id, m, &e), GP_EINPUT);
	assert_string_equal(e.field, "gezag_org_id");
	strcpy(m->gezag_org_id, f->gi.id);
	m->gezag_from = D("2026-06-01");
	m->gezag_until = D("2026-05-01");
	assert_int_equal(family_save_member(f->db, f->child.id, m, &e), GP_EINPUT);
	assert_string_equal(e.field, "gezag_until");
	m->gezag_until.y = 0;
	assert_int_equal(family_save_member(f->db, f->child.id, m, &e), GP_OK);
	assert_string_equal(m->gezag_type, "voogd_gi");
	/* the parents' gezag ended when the GI got it */
	struct family_member *fam;
	int n;
	assert_int_equal(child_family(f->db, f->child.id, &fam, &n, &e), GP_OK);
	for (int i = 0; i < n; i++) {
		if (strcmp(fam[i].relation, "moeder") == 0 || strcmp(fam[i].relation, "vader") == 0) {
			assert_string_equal(fam[i].gezag_type, "ouder");
			fam[i].gezag_until = D("2026-06-01");
			assert_int_equal(child_update_link(f->db, &fam[i], &e), GP_OK);
		}
		if (strcmp(fam[i].relation, "stiefvader") == 0)
			assert_string_equal(fam[i].gezag_type, "");
		if (strcmp(fam[i].relation, "voogd_gi") == 0)
			assert_string_equal(fam[i].gezag_org_name, "Stichting Jeugdbescherming (GI)");
	}
	free(fam);
	/* now the child (13) and the GI decide */
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	struct handover_step p = step("verzonden", "2026-11-24", NULL);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_EINPUT);
	assert_non_null(strstr(e.msg, "Nog geen toestemming van Mirjam Bos ("));
	assert_non_null(strstr(e.msg, ", namens Stichting Jeugdbescherming (GI))."));
	assert_null(strstr(e.msg, "Anna"));
	add_consent(h, m->parent.id, 1, "schriftelijk", "2026-11-21", "derden");
	assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_OK);
	assert_int_equal(handover_take_step(f->db, &f->refs, h, &p, &e), GP_OK);
	free(h);
	free(m);
}

static void summary_and_letter(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct growth_ref *growth;
	struct schedule *sched;
	assert_int_equal(growth_load(datadir(), &growth, &e), GP_OK);
	assert_int_equal(schedule_load(datadir(), &sched, &e), GP_OK);
	struct contact_record *r = calloc(1, sizeof *r);
	struct contact_refs crefs = {growth, f->codes, sched};
	r->contact.date = D("2026-10-12");
	strcpy(r->contact.child_id, f->child.id);
	strcpy(r->contact.status, "01");
	strcpy(r->contact.kind, "41");
	strcpy(r->contact.form, "03");
	strcpy(r->contact.conclusion, "Slaapt slecht, veel verzuim.\nTweede regel.");
	strcpy(r->contact.agreements, "Moeder belt de huisarts.");
	r->has_measurement = 1;
	r->measurement.length_mm = 1580;
	strcpy(r->measurement.length_method, "staand");
	r->measurement.weight_g = 45250;
	assert_int_equal(contact_save_new(f->db, &crefs, r, &e), GP_OK);
	/* a GIZ conversation with the mother: the conclusion in its words and
	 * the open agreements of the plan (the one done is left out) */
	struct giz_assessment *g = calloc(1, sizeof *g);
	strcpy(g->child_id, f->child.id);
	g->date = D("2026-11-02");
	strcpy(g->parents, f->mum.parent.id);
	g->young_person = GIZ_YOUNG_YES;
	strcpy(g->triangle, "02");
	strcpy(g->sides, "02");
	strcpy(g->aspects[5].score, "03");
	strcpy(g->conclusion, "02");
	strcpy(g->conclusion_text, "Advies over slapen.\nTweede regel.");
	g->nagreements = 2;
	strcpy(g->agreements[0].what, "Bedtijdritueel proberen");
	strcpy(g->agreements[0].who_kind, "ouder");
	g->agreements[0].due_on = D("2026-11-20");
	g->agreements[0].evaluate_on = D("2026-12-07");
	strcpy(g->agreements[1].what, "Schoolarts bellen");
	strcpy(g->agreements[1].who_kind, "jgz");
	g->agreements[1].due_on = D("2026-11-10");
	if (giz_save_new(f->db, f->codes, g, &e) != GP_OK)
		fail_msg("%s: %s", e.field, e.msg);
	struct giz_evaluation ev = {0};
	ev.a = g->agreements[1];
	strcpy(ev.child_id, f->child.id);
	strcpy(ev.outcome, "gedaan");
	ev.on = D("2026-11-12");
	assert_int_equal(giz_agreement_evaluate(f->db, f->codes, &ev, &e), GP_OK);
	free(g);
	struct summary_refs srefs = {growth, sched, f->codes};
	struct summary_ctx x = {f->db, &srefs, &f->child, D("2026-11-26")};
	char text[HANDOVER_SUMMARY_BUF];
	assert_int_equal(handover_summary(&x, text, sizeof text, &e), GP_OK);
	assert_non_null(strstr(text, "Groei (meting 12-10-2026): lengte 158,0 cm (z "));
	/* no weight-for-age z after 10 years (WHO) */
	assert_non_null(strstr(text, "gewicht 45,3 kg; BMI 18,1 (z "));
	/* 13 and nothing given: the doses of her cohort are to be caught up */
	assert_non_null(strstr(text, "Vaccinaties (RVP): 0 gegeven; inhalen: DKTP-Hib-HepB 1, "));
	assert_non_null(strstr(text, "- 12-10-2026 Contact 12 tot 18 jaar: Slaapt slecht, veel "
				     "verzuim.\n"));
	assert_null(strstr(text, "Tweede regel"));
	assert_non_null(strstr(text, "Afspraken (contact 12-10-2026): Moeder belt de huisarts."));
	assert_non_null(strstr(text, "GIZ (gesprek 02-11-2026): conclusie Advies: Advies over "
				     "slapen.\nOpen afspraken:\n- Bedtijdritueel proberen (Ouder; "
				     "evaluatie 07-12-2026)"));
	assert_null(strstr(text, "Schoolarts bellen"));

	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	strcpy(h->summary, text);
	strcpy(h->receiver_person, "Jan Smit");
	strcpy(h->sender_phone, "030-1234567");
	strcpy(h->casusregie, "jgz");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	add_consent(h, f->mum.parent.id, 1, "schriftelijk", "2026-11-20", "jgz,derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	char *letter = NULL;
	assert_int_equal(handover_letter(f->db, &f->refs, h->id, LETTER_TXT, D("2026-11-26"),
					 &letter, &e), GP_OK);
	assert_non_null(strstr(letter, "WARME OVERDRACHT "));
	/* fields from column 22, broken between words before column 76 */
	assert_non_null(strstr(letter, "Aan:                  Buurtteam Oost (wijkteam / lokaal "
				       "team), t.a.v. Jan\n                      Smit\n"));
	assert_non_null(strstr(letter, "Van:                  Els de Wit, tel. 030-1234567"));
	assert_non_null(strstr(letter, "Casusregie:           JGZ (wij): Els de Wit, tel. "
				       "030-1234567"));
	assert_non_null(strstr(letter, "- Anna Jansen (biologische moeder): gegeven, schriftelijk, "
				       "20-11-2026; voor:\n  binnen de JGZ, delen met derden\n"));
	assert_non_null(strstr(letter, "Samenvatting uit het dossier\n----------------------------"
				       "\nGroei (meting 12-10-2026)"));
	assert_non_null(strstr(letter, "Nog niet compleet. Nog geen toestemming van\nPiet Jansen "
				       "(biologische vader).\n"));
	for (const char *p = letter; *p;) { /* no line longer than 76 characters */
		size_t len = strcspn(p, "\n"), chars = 0;
		for (size_t i = 0; i < len; i++)
			chars += ((unsigned char)p[i] & 0xC0) != 0x80;
		assert_true(chars <= 76);
		p += len + (p[len] == '\n');
	}
	free(letter);
	assert_int_equal(handover_letter(f->db, &f->refs, h->id, LETTER_MD, D("2026-11-26"),
					 &letter, &e), GP_OK);
	assert_non_null(strstr(letter, "# Warme overdracht "));
	assert_non_null(strstr(letter, "- **Casusregie:** JGZ (wij): Els de Wit"));
	assert_non_null(strstr(letter, "\n## Toestemming\n"));
	free(letter);
	free(h);
	free(r);
	schedule_free(sched);
	growth_free(growth);
}

static long long rows_of(struct db *db, const char *sql)
{
	sqlite3_stmt *st;
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long long v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* Handovers, their consents and steps are care content (src/perm.h): an
 * assistent and a beheerder (even with a reason for the dossier) get
 * GP_EDENIED from every core function, nothing of it in their buffers and
 * nothing written; the nurse who made it still can. */
static void handovers_are_for_care_roles_only(void **state)
{
	struct fixture *f = *state;
	struct gp_err e = {0};
	struct account nurse, assistent, admin;
	assert_int_equal(account_get(f->db, "els", &nurse, &e), GP_OK);
	/* account rows without the cost of a password hash */
	assert_int_equal(sqlite3_exec(f->db->h, "INSERT INTO accounts(id, username, display_name, "
				      "role, password_hash, created_at, updated_at) VALUES "
				      "(randomblob(16), 'ali', 'Ali', 'assistent', 'x', 1767225600, "
				      "1767225600), (randomblob(16), 'bea', 'Bea', 'beheerder', 'x', "
				      "1767225600, 1767225600)", NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(account_get(f->db, "ali", &assistent, &e), GP_OK);
	assert_int_equal(account_get(f->db, "bea", &admin, &e), GP_OK);
	struct handover *h = draft(f, &f->team, "wijkteam", "erbij_halen");
	strcpy(h->summary, "GEHEIM: zorgen thuis");
	add_consent(h, "kind", 1, "mondeling", "2026-11-20", "derden");
	assert_int_equal(handover_create(f->db, &f->refs, h, &e), GP_OK);
	char id[DB_ID_LEN], no[16];
	strcpy(id, h->id);
	snprintf(no, sizeof no, "%lld", (long long)h->no);
	struct handover *got = calloc(1, sizeof *got);
	struct handover_line *lines;
	struct handover_event *events;
	int n;
	char *letter, found[DB_ID_LEN];
	struct account *const roles[] = {&assistent, &admin};
	for (int k = 0; k < 2; k++) {
		account_act_as(f->db, roles[k]);
		if (roles[k] == &admin)
			assert_int_equal(perm_give_reason(f->db, f->child.id, "inzageverzoek 2026-19",
							  &e), GP_OK);
		assert_int_equal(handover_get(f->db, id, got, &e), GP_EDENIED);
		assert_string_equal(got->summary, "");
		assert_int_equal(got->nconsents, 0);
		assert_non_null(strstr(e.msg, "overdrachten"));
		assert_int_equal(handover_list_child(f->db, &f->refs, f->child.id, D("2026-11-26"),
						     &lines, &n, &e), GP_EDENIED);
		assert_null(lines);
		assert_int_equal(handover_list_open(f->db, &f->refs, NULL, D("2026-11-26"), &lines,
						    &n, &e), GP_EDENIED);
		assert_null(lines);
		assert_int_equal(handover_events(f->db, id, &events, &n, &e), GP_EDENIED);
		assert_null(events);
		assert_int_equal(handover_find_ref(f->db, no, found, &e), GP_EDENIED);
		letter = NULL;
		assert_int_equal(handover_letter(f->db, &f->refs, id, LETTER_TXT, D("2026-11-26"),
						 &letter, &e), GP_EDENIED);
		assert_null(letter);
		strcpy(found, "x");
		assert_int_equal(handover_child_of(f->db, id, found, &e), GP_EDENIED);
		assert_string_equal(found, "");
		/* writing: a new one (what was typed stays), a change, a step */
		struct handover *other = draft(f, &f->school, "school", "informeren");
		assert_int_equal(handover_create(f->db, &f->refs, other, &e), GP_EDENIED);
		assert_string_equal(other->reason, "Zorgen over slapen en schoolverzuim.");
		free(other);
		strcpy(h->summary, "overschreven");
		assert_int_equal(handover_update(f->db, &f->refs, h, &e), GP_EDENIED);
		struct handover_step sent = step("verzonden", "2026-11-23", NULL);
		assert_int_equal(handover_take_step(f->db, &f->refs, h, &sent, &e), GP_EDENIED);
	}
	assert_int_equal(rows_of(f->db, "SELECT count(*) FROM handovers"), 1);
	assert_int_equal(rows_of(f->db, "SELECT count(*) FROM handovers WHERE summary = "
					"'GEHEIM: zorgen thuis' AND state = 'voorbereid'"), 1);
	assert_true(rows_of(f->db, "SELECT count(*) FROM audit_log WHERE action = 'denied' AND "
				   "detail = 'care'") >= 20); /* ten paths, two roles */
	account_act_as(f->db, &nurse);
	assert_int_equal(handover_get(f->db, id, got, &e), GP_OK);
	assert_string_equal(got->summary, "GEHEIM: zorgen thuis");
	free(got);
	free(h);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(sending_waits_for_the_right_people, setup, teardown),
		cmocka_unit_test_setup_teardown(handovers_are_for_care_roles_only, setup, teardown),
		cmocka_unit_test_setup_teardown(lifecycle_forward_with_days, setup, teardown),
		cmocka_unit_test_setup_teardown(veilig_thuis_report_marked, setup, teardown),
		cmocka_unit_test_setup_teardown(school_needs_written_consent, setup, teardown),
		cmocka_unit_test_setup_teardown(sent_handover_keeps_its_consent, setup, teardown),
		cmocka_unit_test_setup_teardown(checks_in_words, setup, teardown),
		cmocka_unit_test_setup_teardown(lists_with_what_is_late, setup, teardown),
		cmocka_unit_test_setup_teardown(gezag_per_person, setup, teardown),
		cmocka_unit_test_setup_teardown(summary_and_letter, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
