/* scr_giz_agreement_form.c — evaluating one agreement of a GIZ plan (from
 * Vandaag or the dossier's GIZ section): done, continued with changes, or
 * ended, with a note; a change edits what, who, when and the evaluation
 * date, which Tab reaches only when the outcome is "gewijzigd".  Saved
 * through giz_agreement_evaluate, which keeps the note (and what the
 * agreement said before) as an event. */
#include <stdio.h>
#include <stdlib.h>

#include "formscreen.h"
#include "giz.h"
#include "screens.h"

#define CHANGE "outcome=gewijzigd"
#define E(m) FORM_TEXT(struct giz_evaluation, m)

static const struct form_field_def eval_fields[] = {
	{E(outcome), .label = N_("Uitkomst"), .type = FT_CHOICE, .required = 1,
	 .list = "gizuitkomst",
	 .help = N_("Gedaan, loopt door (gewijzigd) of beëindigd: een letter of Spatie.")},
	{E(note), .label = N_("Notitie"), .type = FT_NOTE, .rows = 3, .max_chars = GIZ_WORDS_CHARS,
	 .help = N_("Hoe het ging; verplicht als de afspraak verandert of stopt.")},
	{FORM_DATE(struct giz_evaluation, on), .label = N_("Datum"), .type = FT_DATE,
	 .required = 1, .skip_tab = 1},
	{E(a.what), .label = N_("Afspraak"), .type = FT_TEXT, .validate = fv_text, .ask_if = CHANGE,
	 .section = N_("De afspraak (wijzigen bij 'loopt door')")},
	{E(a.who_kind), .label = N_("Wie"), .type = FT_CHOICE, .list = "gizwie", .ask_if = CHANGE},
	{E(a.org_id), .label = N_("Organisatie"), .type = FT_CHOICE, .list = "@organisatie",
	 .ask_if = "a.who_kind=organisatie"},
	{E(a.who_name), .label = N_("Wie precies"), .type = FT_TEXT, .validate = fv_text,
	 .skip_tab = 1},
	{FORM_DATE(struct giz_evaluation, a.due_on), .label = N_("Wanneer"), .type = FT_DATE,
	 .ask_if = CHANGE},
	{FORM_DATE(struct giz_evaluation, a.evaluate_on), .label = N_("Evaluatie"), .type = FT_DATE,
	 .ask_if = CHANGE, .help = N_("De nieuwe evaluatiedatum, na vandaag: +4w.")},
};

static const struct form_def eval_def = {
	"giz-afspraak", eval_fields, sizeof eval_fields / sizeof *eval_fields,
	sizeof(struct giz_evaluation),
};

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	(void)fs;
	return giz_agreement_evaluate(app->db, app->ref, rec, e);
}

const struct formscreen_kind giz_agreement_form_kind = {
	.ops = FORMSCREEN_OPS("giz-afspraak", N_(
		"Rond een afspraak uit het GIZ-plan af. Kies bij Uitkomst: gedaan, loopt door "
		"(gewijzigd) of beëindigd, en schrijf kort op hoe het ging. Loopt de afspraak "
		"door, pas dan aan wat er verandert en kies een nieuwe evaluatiedatum: de "
		"afspraak komt op die dag terug op Vandaag. F2 slaat op; de notitie en wat de "
		"afspraak eerst was, blijven bewaard.")),
	.def = &eval_def,
	.save = save,
};

void giz_agreement_form_open(struct app *app, const char *agreement_id)
{
	struct gp_err e = {0};
	struct giz_agreement_row *row = calloc(1, sizeof *row);
	struct giz_evaluation *ev = calloc(1, sizeof *ev);
	if (!row || !ev || giz_agreement_get(app->db, agreement_id, row, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg[0] ? e.msg : _("Geen geheugen meer vrij."));
		free(row);
		free(ev);
		return;
	}
	char title[NAME_BUF * 3 + 64];
	ev->a = row->a;
	snprintf(ev->child_id, sizeof ev->child_id, "%s", row->child_id);
	ev->on = app->today;
	snprintf(title, sizeof title, _("Afspraak afronden: %s"), row->child_name);
	formscreen_open(app, &giz_agreement_form_kind, ev, 0, NULL, NULL, title);
	free(ev);
	free(row);
}
