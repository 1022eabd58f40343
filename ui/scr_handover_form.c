/* scr_handover_form.c — the Warme overdracht form (docs/product.md §6): one
 * field table bound to struct handover — the receiver from the sociale
 * kaart, the destination and the mode apart, the frame, reason, question
 * and what the parents want; the summary; consent per person (a repeating
 * group); the joint conversation, casusregie and the feedback date; the
 * sender's contact details — saved through handover_create/handover_update.
 *
 * What only this form does: a new handover starts with the summary written
 * from the dossier, the sender's details of the user's last handover, the
 * feedback date the config proposes, and a consent row for everyone whose
 * consent the rule of DOMAIN §5 asks today (src/consent.h); choosing the
 * receiver sets the destination its kind fits and its contact person; a
 * Veilig Thuis destination makes it a melding; answering a consent row
 * (j or n) fills in today and the scope the destination asks, so Tab goes
 * on to Vorm. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "handover.h"
#include "handover_summary.h"
#include "screens.h"
#include "text.h"

/* A consent row: answered (j/n) with who, how, when and for what; or not
 * answered, and then nothing but who (a row the form proposed). */
static int consent_complete(const char *const v[], int loaded, int *at, const char **why)
{
	const char *given = v[0], *person = v[1], *form = v[2], *on = v[3], *scope = v[4];
	if (!given[0]) {
		*at = 0;
		if (loaded) {
			*why = _("Een vastgelegde toestemming blijft bewaard: vul j of n weer in. "
				 "Intrekken doet u met Geldig t/m of een weigering.");
			return -1;
		}
		*why = _("Gegeven (j) of geweigerd (n)? Of maak de rij leeg.");
		return form[0] || on[0] || scope[0] ? -1 : 0;
	}
	static const char *const need[] = {
		N_("Kies van wie deze toestemming is."), N_("Kies mondeling of schriftelijk."),
		N_("Vul de dag van de toestemming in (t is vandaag)."),
		N_("Kies waarvoor de toestemming geldt (Spatie opent de lijst)."),
	};
	for (int i = 1; i <= 4; i++) {
		if (!v[i][0]) {
			*at = i;
			*why = _(need[i - 1]);
			return -1;
		}
	}
	(void)person;
	return 0;
}

static const struct form_rule consent_rule = {
	"consent_complete", {"given", "person", "form", "given_on", "scope"}, consent_complete,
};

static const struct form_group_def consents =
	FORM_GROUP(struct handover, consents, nconsents, N_("Toestemming %d"));

#define H(m) FORM_TEXT(struct handover, m)
#define K(m) FORM_TEXT(struct handover_consent, m), .group = &consents

enum {
	F_ORG, F_RECEIVER, F_DEST, F_MODE, F_FRAME, F_REASON, F_QUESTION, F_WISH,
	F_SUMMARY,
	F_GIVEN, F_PERSON, F_FORM, F_ON, F_SCOPE, F_ENDS, F_SOURCE,
	F_JOINT, F_PRESENT, F_REGIE, F_REGIE_NAME, F_FEEDBACK,
	F_SENDER, F_SENDER_ORG, F_SENDER_PHONE, F_SENDER_EMAIL, NFIELDS
};

static const struct form_field_def handover_fields[NFIELDS] = {
	[F_ORG] = {H(org_id), .label = N_("Ontvanger"), .type = FT_CHOICE, .required = 1,
		   .list = "@ontvanger", .section = N_("Overdracht"),
		   .help = N_("Organisatie van de sociale kaart; typ om te zoeken, ook op soort.")},
	[F_RECEIVER] = {H(receiver_person), .label = N_("Contactpersoon"), .type = FT_TEXT,
			.validate = fv_text, .help = N_("Wie de overdracht daar aanneemt.")},
	[F_DEST] = {H(destination), .label = N_("Bestemming"), .type = FT_CHOICE, .required = 1,
		    .list = "overdrachtbestemming",
		    .help = N_("Volgt uit de ontvanger; Veilig Thuis maakt het een melding.")},
	[F_MODE] = {H(mode), .label = N_("Soort"), .type = FT_CHOICE, .required = 1,
		    .list = "overdrachtsoort",
		    .help = N_("Erbij halen: JGZ blijft betrokken. Doorverwijzen: JGZ stapt terug.")},
	[F_FRAME] = {H(frame), .label = N_("Kader"), .type = FT_CHOICE, .required = 1,
		     .list = "overdrachtkader",
		     .help = N_("Het gezin weet altijd of het vrijwillig of gedwongen is.")},
	[F_REASON] = {H(reason), .label = N_("Reden"), .type = FT_NOTE, .required = 1, .rows = 3,
		      .max_chars = HANDOVER_NOTE_CHARS},
	[F_QUESTION] = {H(question), .label = N_("Vraag"), .type = FT_NOTE, .rows = 2,
			.max_chars = HANDOVER_NOTE_CHARS,
			.help = N_("Wat u van de ontvanger vraagt.")},
	[F_WISH] = {H(parents_wish), .label = N_("Wens ouders"), .type = FT_NOTE, .rows = 2,
		    .max_chars = HANDOVER_NOTE_CHARS,
		    .help = N_("Wat de ouders (en het kind) willen, in hun woorden.")},
	[F_SUMMARY] = {H(summary), .label = N_("Samenvatting"), .type = FT_NOTE, .rows = 8,
		       .max_chars = HANDOVER_SUMMARY_CHARS, .section = N_("Samenvatting"),
		       .help = N_("Uit het dossier; pas aan wat de ontvanger moet weten.")},
	[F_GIVEN] = {FORM_BOOL(struct handover_consent, given), .group = &consents,
		     .label = N_("Toestemming"), .type = FT_YESNO, .rule = &consent_rule,
		     .section = N_("Toestemming"),
		     .help = N_("j gegeven, n geweigerd; leeg: nog niet gevraagd.")},
	[F_PERSON] = {K(person), .label = N_("Van"), .type = FT_CHOICE, .list = "@toestemmers",
		      .help = N_("Wie de regel vraagt staat al klaar.")},
	[F_FORM] = {K(form), .label = N_("Vorm"), .type = FT_CHOICE, .list = "toestemmingvorm"},
	[F_ON] = {FORM_DATE(struct handover_consent, given_on), .group = &consents,
		  .label = N_("Datum"), .type = FT_DATE,
		  .help = N_("De dag van de toestemming; t is vandaag.")},
	[F_SCOPE] = {K(scope), .label = N_("Reikwijdte"), .type = FT_MULTI,
		     .list = "toestemmingreikwijdte",
		     .help = N_("Waarvoor de toestemming geldt; Spatie opent de lijst.")},
	[F_ENDS] = {FORM_DATE(struct handover_consent, ends_on), .group = &consents,
		    .label = N_("Geldig t/m"), .type = FT_DATE, .skip_tab = 1, .bds = 1607,
		    .help = N_("Laatste dag dat de toestemming geldt; leeg: geen einde.")},
	[F_SOURCE] = {K(source), .label = N_("Bron"), .type = FT_CHOICE, .list = "toestemmingbron",
		      .skip_tab = 1},
	[F_JOINT] = {FORM_DATE(struct handover, joint_on), .label = N_("Driegesprek"),
		     .type = FT_DATE, .section = N_("Afspraken"),
		     .help = N_("Het gesprek met ouders en ontvanger samen.")},
	[F_PRESENT] = {H(parents_present), .label = N_("Aanwezig"), .type = FT_TEXT,
		       .validate = fv_text},
	[F_REGIE] = {H(casusregie), .label = N_("Casusregie"), .type = FT_CHOICE, .required = 1,
		     .list = "casusregie", .help = N_("Wie na de overdracht de regie heeft.")},
	[F_REGIE_NAME] = {H(casusregie_name), .label = N_("Casusregie bij"), .type = FT_TEXT,
			  .validate = fv_text,
			  .help = N_("Naam en telefoon; nodig bij iemand anders.")},
	[F_FEEDBACK] = {FORM_DATE(struct handover, feedback_due_on),
			.label = N_("Terugkoppeling voor"), .type = FT_DATE,
			.help = N_("Uiterlijk dan koppelt de ontvanger terug.")},
	[F_SENDER] = {H(sender_name), .label = N_("Afzender"), .type = FT_TEXT, .required = 1,
		      .validate = fv_text, .section = N_("Afzender")},
	[F_SENDER_ORG] = {H(sender_org), .label = N_("Organisatie"), .type = FT_TEXT,
			  .validate = fv_text},
	[F_SENDER_PHONE] = {H(sender_phone), .label = N_("Telefoon"), .type = FT_TEXT,
			    .max_chars = SHORT_MAX_CHARS, .validate = fv_text},
	[F_SENDER_EMAIL] = {H(sender_email), .label = N_("E-mail"), .type = FT_TEXT,
			    .validate = fv_text},
};

static const struct form_def handover_def = {
	"overdracht", handover_fields, NFIELDS, sizeof(struct handover),
};

enum { LABEL_BUF = TEXT_BUF + 96 };

/* The form's own data. */
struct handover_form {
	struct child child;                            /* the child, as read */
	struct family_member *fam;                     /* its parents and carers */
	int nfam;
	struct consent_person people[CONSENT_MAX_PEOPLE]; /* who may consent */
	int npeople;
	char labels[CONSENT_MAX_PEOPLE][CONSENT_NAME_BUF + 32]; /* their list labels */
	const struct org *orgs;                        /* the receivers listed (owned
							* by the form's lists) */
	int norgs;
	char prev_org[DB_ID_LEN];                      /* values before the last key */
	char prev_dest[16];
	char prev_given[HANDOVER_MAX_CONSENTS + 1][2];
};

static void free_ctx(void *p)
{
	struct handover_form *hf = p;
	if (hf)
		free(hf->fam);
	free(hf);
}

/* ---- lists ----------------------------------------------------------------------- */

/* The child and its parents and carers, who holds gezag today said. */
static struct form_choice *people_list(struct app *app, struct formscreen *fs, void **extra,
				       struct gp_err *e)
{
	struct handover_form *hf = fs->ctx;
	struct form_choice *c = calloc((size_t)hf->npeople + 1, sizeof *c);
	(void)extra;
	if (!c) {
		gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		return NULL;
	}
	for (int i = 0; i < hf->npeople; i++) {
		const struct consent_person *p = &hf->people[i];
		size_t len = strlen(p->name);
		/* "Anna de Vries (moeder)" → "Anna de Vries (moeder, gezag)" */
		if (consent_holds_gezag(p, app->today) && len > 0 && p->name[len - 1] == ')')
			snprintf(hf->labels[i], sizeof hf->labels[i], "%.*s%s", (int)len - 1, p->name,
				 _(", gezag)"));
		else
			snprintf(hf->labels[i], sizeof hf->labels[i], "%s", p->name);
		c[i].code = p->id;
		c[i].label = hf->labels[i];
	}
	return c;
}

/* Active organisations a handover can go to ("Buurtteam Oost — wijkteam"),
 * and the one already chosen. */
static struct form_choice *receiver_list(struct app *app, struct formscreen *fs, void **extra,
					 struct gp_err *e)
{
	struct handover_form *hf = fs->ctx;
	const struct handover *h = fs->rec;
	struct org *orgs = NULL;
	int n = 0, k = 0;
	if (org_list(app->db, NULL, &orgs, &n, e) != GP_OK)
		return NULL;
	/* one block: the organisations, then their labels (freed as one) */
	struct org *block = realloc(orgs, (size_t)n * (sizeof *orgs + LABEL_BUF) + 1);
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	if (!block || !c) {
		free(block ? block : orgs);
		free(c);
		gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		return NULL;
	}
	char *labels = (char *)(block + n);
	for (int i = 0; i < n; i++) {
		const struct org *o = &block[i];
		int fits = handover_ref_dest_for_org(app->hrules, o->kind) != NULL;
		if (!(fits && o->active) && strcmp(o->id, h->org_id) != 0)
			continue;
		char *label = labels + (size_t)k * LABEL_BUF;
		snprintf(label, LABEL_BUF, "%s \u2014 %s", o->name,
			 refdata_label(app->ref, "organisatiesoort", o->kind));
		c[k].code = o->id;
		c[k++].label = label;
	}
	hf->orgs = block;
	hf->norgs = n;
	*extra = block;
	return c;
}

static const struct formscreen_list handover_lists[] = {
	{"@toestemmers", people_list}, {"@ontvanger", receiver_list}, {NULL, NULL},
};

/* ---- a new handover ---------------------------------------------------------------- */

/* A consent row for everyone the rule asks today who has none yet. */
static void propose_consents(struct app *app, struct formscreen *fs)
{
	struct handover_form *hf = fs->ctx;
	struct form *f = &fs->form;
	int required[CONSENT_MAX_PEOPLE], none = 0, row = form_rows(f, F_GIVEN);
	consent_required(hf->child.birth_date, app->today, hf->people, hf->npeople, required,
			 &none);
	/* past the last row that has anything: the spare row is used first */
	while (row > 0 && !form_value(f, F_GIVEN, row - 1)[0] &&
	       !form_value(f, F_PERSON, row - 1)[0])
		row--;
	for (int i = 0; i < hf->npeople && row < HANDOVER_MAX_CONSENTS; i++) {
		int has = 0;
		if (!required[i])
			continue;
		for (int r = 0; r < form_rows(f, F_GIVEN); r++)
			has |= strcmp(form_value(f, F_PERSON, r), hf->people[i].id) == 0;
		if (!has)
			form_prefill(f, F_PERSON, row++, hf->people[i].id);
	}
}

static void prepare(struct app *app, struct formscreen *fs)
{
	struct handover_form *hf = fs->ctx;
	struct form *f = &fs->form;
	struct gp_err e = {0};
	char day[11];
	struct handover *last = malloc(sizeof *last);
	char *summary = malloc(HANDOVER_SUMMARY_BUF);
	if (last && handover_last_sender(app->db, app->me.id, last, &e) == GP_OK) {
		form_prefill(f, F_SENDER_ORG, 0, last->sender_org);
		form_prefill(f, F_SENDER_PHONE, 0, last->sender_phone);
		form_prefill(f, F_SENDER_EMAIL, 0, last->sender_email);
	}
	form_prefill(f, F_SENDER, 0, app->me.display_name);
	form_prefill(f, F_FRAME, 0, "vrijwillig");
	date_fmt_nl(date_from_days(date_to_days(app->today) + app->hrules->timing.feedback_days),
		    day);
	form_prefill(f, F_FEEDBACK, 0, day);
	struct summary_refs refs = {app->growth, app->sched, app->ref};
	struct summary_ctx x = {app->db, &refs, &hf->child, app->today};
	if (summary && handover_summary(&x, summary, HANDOVER_SUMMARY_BUF, &e) == GP_OK)
		form_prefill(f, F_SUMMARY, 0, summary);
	else if (e.code != GP_OK)
		app_message(app, 1, "%s", e.msg);
	propose_consents(app, fs);
	free(summary);
	free(last);
}

/* ---- keys: what follows from a choice --------------------------------------------- */

static const struct org *org_of(const struct handover_form *hf, const char *id)
{
	for (int i = 0; i < hf->norgs; i++)
		if (strcmp(hf->orgs[i].id, id) == 0)
			return &hf->orgs[i];
	return NULL;
}

static void remember(struct handover_form *hf, const struct form *f)
{
	text_copy(hf->prev_org, sizeof hf->prev_org, form_value(f, F_ORG, 0));
	text_copy(hf->prev_dest, sizeof hf->prev_dest, form_value(f, F_DEST, 0));
	for (int r = 0; r < form_rows(f, F_GIVEN) && r <= HANDOVER_MAX_CONSENTS; r++)
		text_copy(hf->prev_given[r], sizeof hf->prev_given[r], form_value(f, F_GIVEN, r));
}

/* A receiver chosen: its destination and contact person (unless typed). */
static void follow_org(struct app *app, struct handover_form *hf, struct form *f)
{
	const struct org *o = org_of(hf, form_value(f, F_ORG, 0));
	const struct handover_dest *d = o ? handover_ref_dest_for_org(app->hrules, o->kind) : NULL;
	if (d)
		form_prefill(f, F_DEST, 0, d->code);
	if (o && o->contact_person[0] && !form_field_of(f, F_RECEIVER, 0)->touched)
		form_prefill(f, F_RECEIVER, 0, o->contact_person);
}

/* Veilig Thuis takes a melding, and a melding goes nowhere else. */
static void follow_dest(struct app *app, struct form *f)
{
	const struct handover_dest *d = handover_ref_dest(app->hrules, form_value(f, F_DEST, 0));
	const char *mode = form_value(f, F_MODE, 0);
	if (d && d->report_only)
		form_prefill(f, F_MODE, 0, "melding");
	else if (strcmp(mode, "melding") == 0)
		form_put(f, F_MODE, 0, "");
}

/* A consent row just answered: today and the scope the destination asks,
 * filled in (Tab passes over them). */
static void follow_answers(struct app *app, struct handover_form *hf, struct form *f)
{
	const struct handover_dest *d = handover_ref_dest(app->hrules, form_value(f, F_DEST, 0));
	char day[11];
	date_fmt_nl(app->today, day);
	for (int r = 0; r < form_rows(f, F_GIVEN) && r <= HANDOVER_MAX_CONSENTS; r++) {
		if (hf->prev_given[r][0] || !form_value(f, F_GIVEN, r)[0])
			continue;
		if (!form_value(f, F_ON, r)[0])
			form_prefill(f, F_ON, r, day);
		if (!form_value(f, F_SCOPE, r)[0])
			form_prefill(f, F_SCOPE, r, d && d->needs.scope[0] ? d->needs.scope : "derden");
		if (!form_value(f, F_SOURCE, r)[0])
			form_prefill(f, F_SOURCE, r, "zelf");
	}
}

static int hf_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	struct handover_form *hf = fs->ctx;
	remember(hf, &fs->form);
	int r = formscreen_key(app, s, act, key);
	if (!formscreen_on_top(app, fs))
		return r; /* closed, or a question is open */
	struct form *f = &fs->form;
	if (strcmp(form_value(f, F_ORG, 0), hf->prev_org) != 0)
		follow_org(app, hf, f);
	if (strcmp(form_value(f, F_DEST, 0), hf->prev_dest) != 0)
		follow_dest(app, f);
	follow_answers(app, hf, f);
	return r;
}

/* ---- saving ------------------------------------------------------------------------ */

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct handover *h = rec;
	struct handover_refs refs = {app->hrules, app->ref};
	snprintf(h->child_id, sizeof h->child_id, "%s", fs->child->id);
	return fs->is_new ? handover_create(app->db, &refs, h, e)
			  : handover_update(app->db, &refs, h, e);
}

static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	const struct handover *h = rec;
	(void)ctx;
	dossier_show_handover(app, h->id);
	if (was_new)
		app_message(app, 0, _("Overdracht %lld voorbereid; verzend haar met F6 (Stap)."),
			    h->no);
}

const struct formscreen_kind handover_form_kind = {
	.ops = {
		.name = "overdracht", .title = formscreen_title, .draw = formscreen_draw,
		.key = hf_key, .dirty = formscreen_dirty, .destroy = formscreen_destroy,
		.keys = formscreen_keys, .typing = 1,
		.howto = N_("Kies de ontvanger van de sociale kaart (typ om te zoeken); de "
			    "bestemming en de contactpersoon volgen. Soort: erbij halen (JGZ "
			    "blijft betrokken) of doorverwijzen (JGZ stapt terug); naar Veilig "
			    "Thuis gaat een melding. De samenvatting komt uit het dossier: pas "
			    "haar aan. Onder Toestemming staat iedereen van wie de regel nu "
			    "toestemming vraagt (onder 12 wie het gezag heeft, van 12 tot 16 ook "
			    "het kind, vanaf 16 de jongere zelf): typ j of n, dan de vorm; datum "
			    "en reikwijdte staan klaar. PgDn springt naar het volgende deel. F2 "
			    "slaat op; verzenden doet u daarna met F6 (Stap)."),
	},
	.def = &handover_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
	.free_ctx = free_ctx,
	.lists = handover_lists,
};

void handover_form_open(struct app *app, const struct child *c, const char *handover_id)
{
	struct gp_err e = {0};
	struct handover_form *hf = calloc(1, sizeof *hf);
	struct handover *h = calloc(1, sizeof *h);
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
	if (!hf || !h) {
		free(hf);
		free(h);
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	hf->child = *c;
	enum gp_status s = child_family(app->db, c->id, &hf->fam, &hf->nfam, &e);
	if (s == GP_OK && handover_id)
		s = handover_get(app->db, handover_id, h, &e);
	if (s != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		free_ctx(hf);
		free(h);
		return;
	}
	if (handover_id && handover_state_of(h->state) >= HS_CLOSED) {
		app_message(app, 1, "%s", _("Een afgeronde of ingetrokken overdracht verandert "
					    "niet meer."));
		free_ctx(hf);
		free(h);
		return;
	}
	hf->npeople = handover_people(c, hf->fam, hf->nfam, app->ref, hf->people);
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	if (handover_id)
		snprintf(title, sizeof title, _("Wijzig overdracht %lld"), h->no);
	else
		snprintf(title, sizeof title, _("Warme overdracht %s"), name);
	struct formscreen *fs = formscreen_open(app, &handover_form_kind, h, handover_id == NULL,
						hf, &hf->child, title);
	if (fs && handover_id) {
		/* someone the rule now asks, without a row yet */
		propose_consents(app, fs);
		form_mark_saved(&fs->form);
	}
	free(h);
}
