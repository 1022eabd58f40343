/* scr_handover_step.c — the next step of a warm handover (docs/product.md
 * §6): which step (only the ones that may come next), its day, who took it,
 * when the first conversation is (for 'eerste gesprek gepland') and a note
 * — the feedback, the short report at closing, or why it is withdrawn —
 * bound to struct handover_step and taken with handover_take_step.
 * Sending is refused, in words naming who is missing, until the consent
 * the rule asks is recorded (a Veilig Thuis report goes without, marked).
 *
 * What only this form does: the step that comes next is filled in, with
 * today and who took it (the user for sending, the receiver's contact
 * person otherwise); the first-conversation date is asked only for that
 * step. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "handover.h"
#include "screens.h"
#include "text.h"

#define S(m) FORM_TEXT(struct handover_step, m)

enum { F_STATE, F_ON, F_WHO, F_FIRST, F_NOTE, NFIELDS };

static const struct form_field_def step_fields[NFIELDS] = {
	[F_STATE] = {S(state), .label = N_("Stap"), .type = FT_CHOICE, .required = 1,
		     .list = "@stap", .help = N_("De stap die nu aan de beurt is staat klaar.")},
	[F_ON] = {FORM_DATE(struct handover_step, on), .label = N_("Datum"), .type = FT_DATE,
		  .required = 1, .help = N_("De dag van deze stap; t is vandaag.")},
	[F_WHO] = {S(who), .label = N_("Wie"), .type = FT_TEXT, .validate = fv_text,
		   .help = N_("Wie de stap zette, bijvoorbeeld wie de ontvangst bevestigde.")},
	[F_FIRST] = {FORM_DATE(struct handover_step, first_conversation_on),
		     .label = N_("Eerste gesprek op"), .type = FT_DATE,
		     .help = N_("Wanneer het eerste gesprek met het gezin is.")},
	[F_NOTE] = {S(note), .label = N_("Notitie"), .type = FT_NOTE, .rows = 5,
		    .max_chars = HANDOVER_NOTE_CHARS,
		    .help = N_("Bij terugkoppeling, afronden en intrekken verplicht.")},
};

static const struct form_def step_def = {
	"overdrachtstap", step_fields, NFIELDS, sizeof(struct handover_step),
};

struct step_form {
	struct handover h;        /* the handover, as read */
	char preset[24];          /* the step asked for, or "" for the next */
	char prev_state[24];      /* the step before the last key */
};

/* The steps that may come next, in order. */
static struct form_choice *step_list(struct app *app, struct formscreen *fs, void **extra,
				     struct gp_err *e)
{
	struct step_form *sf = fs->ctx;
	const char *next[HS_COUNT + 1];
	struct form_choice *c = calloc(HS_COUNT + 1, sizeof *c);
	(void)extra;
	if (!c) {
		gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		return NULL;
	}
	handover_next_states(sf->h.state, next);
	for (int i = 0; next[i]; i++) {
		c[i].code = next[i];
		c[i].label = refdata_label(app->ref, "overdrachtstatus", next[i]);
	}
	return c;
}

static const struct formscreen_list step_lists[] = {{"@stap", step_list}, {NULL, NULL}};

/* Who took a step, as a first guess: the sender for sending, the receiver
 * for the receiver's steps. */
static void propose_who(struct app *app, struct formscreen *fs)
{
	struct step_form *sf = fs->ctx;
	struct form *f = &fs->form;
	const char *state = form_value(f, F_STATE, 0);
	int s = handover_state_of(state);
	const char *who = s == HS_SENT || s == HS_WITHDRAWN || s == HS_CLOSED
				  ? app->me.display_name
				  : sf->h.receiver_person;
	if (!form_field_of(f, F_WHO, 0)->touched)
		form_prefill(f, F_WHO, 0, who);
	form_switch(f, F_FIRST, F_FIRST, s != HS_PLANNED);
}

static void prepare(struct app *app, struct formscreen *fs)
{
	struct step_form *sf = fs->ctx;
	const char *next[HS_COUNT + 1];
	char day[11];
	handover_next_states(sf->h.state, next);
	form_prefill(&fs->form, F_STATE, 0, sf->preset[0] ? sf->preset : next[0] ? next[0] : "");
	date_fmt_nl(app->today, day);
	form_prefill(&fs->form, F_ON, 0, day);
	propose_who(app, fs);
}

static int step_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	struct step_form *sf = fs->ctx;
	text_copy(sf->prev_state, sizeof sf->prev_state, form_value(&fs->form, F_STATE, 0));
	int r = formscreen_key(app, s, act, key);
	if (formscreen_on_top(app, fs) &&
	    strcmp(form_value(&fs->form, F_STATE, 0), sf->prev_state) != 0)
		propose_who(app, fs);
	return r;
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct step_form *sf = fs->ctx;
	struct handover_step *p = rec;
	struct handover_refs refs = {app->hrules, app->ref};
	if (handover_state_of(p->state) != HS_PLANNED)
		p->first_conversation_on = (struct gp_date){0, 0, 0};
	return handover_take_step(app->db, &refs, &sf->h, p, e);
}

static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	const struct handover_step *p = rec;
	const struct step_form *sf = ctx;
	(void)was_new;
	if (handover_state_of(p->state) == HS_SENT && sf->h.consent_exempt)
		app_message(app, 0, "%s", _("Verzonden als melding aan Veilig Thuis zonder "
					    "toestemming (meldcode); zo staat het overal vermeld."));
	else
		app_message(app, 0, _("Overdracht %lld: %s."), sf->h.no,
			    refdata_label(app->ref, "overdrachtstatus", p->state));
}

const struct formscreen_kind handover_step_kind = {
	.ops = {
		.name = "overdrachtstap", .title = formscreen_title, .draw = formscreen_draw,
		.key = step_key, .dirty = formscreen_dirty, .destroy = formscreen_destroy,
		.keys = formscreen_keys, .typing = 1,
		.howto = N_("De stap die nu aan de beurt is staat klaar, met vandaag en wie "
			    "hem zette; F2 legt hem vast. Een stap overslaan mag (wie het eerste "
			    "gesprek plant, heeft de overdracht ontvangen), terug niet. "
			    "Verzenden kan pas als de toestemming compleet is: het programma "
			    "noemt wie nog ontbreekt. Een melding aan Veilig Thuis gaat zonder "
			    "en wordt zo gemarkeerd. Bij teruggekoppeld schrijft u wat de "
			    "ontvanger vertelde, bij afgerond het korte verslag, bij ingetrokken "
			    "waarom."),
	},
	.def = &step_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
	.lists = step_lists,
};

void handover_step_open(struct app *app, const char *handover_id, const char *preset)
{
	struct gp_err e = {0};
	struct step_form *sf = calloc(1, sizeof *sf);
	char title[128];
	const char *next[HS_COUNT + 1];
	if (!sf) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	if (handover_get(app->db, handover_id, &sf->h, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		free(sf);
		return;
	}
	handover_next_states(sf->h.state, next);
	if (!next[0]) {
		app_message(app, 1, "%s", _("Deze overdracht is afgerond of ingetrokken: er komt "
					    "geen stap meer."));
		free(sf);
		return;
	}
	if (preset)
		text_copy(sf->preset, sizeof sf->preset, preset);
	snprintf(title, sizeof title, _("Overdracht %lld: stap"), sf->h.no);
	formscreen_open(app, &handover_step_kind, NULL, 1, sf, NULL, title);
}
