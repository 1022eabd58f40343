/* scr_org_form.c — Beheer: an organisation of the sociale kaart, new or
 * changed, with its kind from data/codes/organisatiesoort.tsv. */
#include <stdio.h>

#include "formscreen.h"
#include "screens.h"

#define AT(m) FORM_TEXT(struct org, m)

static const struct form_field_def org_fields[] = {
	{AT(name), .label = N_("Naam"), .type = FT_TEXT, .required = 1, .validate = fv_text},
	{AT(kind), .label = N_("Soort"), .type = FT_CHOICE, .required = 1,
	 .list = "organisatiesoort", .help = N_("Spatie opent de lijst; typ om te filteren.")},
	{AT(contact_person), .label = N_("Contactpersoon"), .type = FT_TEXT, .validate = fv_text},
	{AT(phone), .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{AT(email), .label = N_("E-mail"), .type = FT_TEXT, .validate = fv_text},
	{AT(street), .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{AT(house_number), .label = N_("Huisnummer"), .type = FT_TEXT,
	 .max_chars = SHORT_MAX_CHARS, .validate = fv_text},
	{AT(postcode), .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode, .norm_chars = 7},
	{AT(city), .label = N_("Plaats"), .type = FT_TEXT, .validate = fv_text},
	{FORM_BOOL(struct org, contracted), .label = N_("Gecontracteerd"), .type = FT_YESNO,
	 .help = N_("Door de gemeente gecontracteerd? j of n.")},
	{FORM_BOOL(struct org, active), .label = N_("Actief"), .type = FT_YESNO, .required = 1,
	 .help = N_("n: niet meer aanbieden in keuzelijsten.")},
};

static const struct form_def org_def = {
	"organisatie", org_fields, sizeof org_fields / sizeof *org_fields, sizeof(struct org),
};

enum { F_ACTIVE = sizeof org_fields / sizeof *org_fields - 1 };

static void prepare(struct app *app, struct formscreen *fs)
{
	(void)app;
	form_prefill(&fs->form, F_ACTIVE, 0, "j");
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct org *o = rec;
	enum gp_status st = org_validate(o, e);
	if (st == GP_OK)
		st = fs->is_new ? org_create(app->db, o, e) : org_update(app->db, o, e);
	return st;
}

const struct formscreen_kind org_form_kind = {
	.ops = FORMSCREEN_OPS("organisatie", N_(
		"Vul de gegevens van de organisatie in; Soort kiest u uit de lijst (Spatie). "
		"Een organisatie wordt nooit verwijderd: zet Actief op n als ze niet meer "
		"gekozen mag worden. F2 slaat op, Esc annuleert.")),
	.def = &org_def,
	.prepare = prepare,
	.save = save,
};

void org_form_open(struct app *app, const struct org *o)
{
	char title[TEXT_BUF + 32];
	if (o)
		snprintf(title, sizeof title, _("Wijzig %s"), o->name);
	else
		snprintf(title, sizeof title, "%s", _("Nieuwe organisatie"));
	formscreen_open(app, &org_form_kind, o, o == NULL, NULL, NULL, title);
}
