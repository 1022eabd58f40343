/* scr_parent_form.c — the form for a parent or carer, opened from the Gezin
 * section of a dossier: the person and the link to the child — relation
 * (BDS 62), gezag, lives with the child — bound to struct family_member and
 * saved together in one transaction (family_save_member). */
#include <stdio.h>
#include <string.h>

#include "formscreen.h"
#include "screens.h"

#define AT(m) FORM_TEXT(struct family_member, parent.m)

static const struct form_field_def parent_fields[] = {
	{AT(given_names), .label = N_("Voornamen"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{AT(tussenvoegsel), .label = N_("Tussenvoegsel"), .type = FT_TEXT,
	 .max_chars = PREFIX_MAX_CHARS, .validate = fv_prefix},
	{AT(family_name), .label = N_("Achternaam"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{FORM_TEXT(struct family_member, relation), .label = N_("Relatie tot kind"),
	 .type = FT_CHOICE, .required = 1, .bds = 62, .list = "relatie",
	 .help = N_("Spatie opent de lijst; typ om te filteren.")},
	{FORM_BOOL(struct family_member, gezag), .label = N_("Gezag"), .type = FT_YESNO,
	 .required = 1, .help = N_("Heeft deze ouder het ouderlijk gezag? j of n.")},
	{FORM_BOOL(struct family_member, lives_with), .label = N_("Kind woont hier"),
	 .type = FT_YESNO},
	{FORM_INT(struct family_member, parent.sex, 1), .label = N_("Geslacht"),
	 .type = FT_CHOICE, .bds = 19, .list = "geslacht"},
	{FORM_DATE(struct family_member, parent.birth_date), .label = N_("Geboortedatum"),
	 .type = FT_DATE},
	{AT(bsn), .label = N_("BSN"), .type = FT_TEXT, .max_chars = 11, .validate = fv_bsn,
	 .norm_chars = 9},
	{AT(phone), .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{AT(email), .label = N_("E-mail"), .type = FT_TEXT, .validate = fv_text},
	{AT(street), .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{AT(house_number), .label = N_("Huisnummer"), .type = FT_TEXT,
	 .max_chars = SHORT_MAX_CHARS, .validate = fv_text},
	{AT(postcode), .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode, .norm_chars = 7},
	{AT(city), .label = N_("Woonplaats"), .type = FT_TEXT, .validate = fv_text},
	{AT(language), .label = N_("Taal thuis"), .type = FT_CHOICE, .list = "taal",
	 .help = N_("De taal van het afschrift voor de ouders; spatie opent de lijst.")},
	{FORM_INT(struct family_member, parent.height_mm, 10), .label = N_("Lengte"),
	 .type = FT_NUMBER, .unit = N_("cm"), .min = 100, .max = 230, .decimals = 1,
	 .alt_scale = 10, .bds = 238,
	 .help = N_("Lengte van een biologische ouder, voor de groeicurve.")},
};

static const struct form_def parent_def = {
	"ouder", parent_fields, sizeof parent_fields / sizeof *parent_fields,
	sizeof(struct family_member),
};

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	return family_save_member(app->db, fs->is_new ? fs->ctx : NULL, rec, e);
}

const struct formscreen_kind parent_form_kind = {
	.ops = FORMSCREEN_OPS("ouder", N_(
		"Vul de gegevens van de ouder of verzorger in. Relatie tot kind en Gezag zijn "
		"verplicht: Spatie opent de lijst met relaties, bij Gezag typt u j of n. F2 of "
		"Ctrl-S slaat op; Esc annuleert (en vraagt eerst als u iets veranderde).")),
	.def = &parent_def,
	.save = save,
};

void parent_form_open(struct app *app, const char *child_id, const struct family_member *m)
{
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
	if (!m) { /* ctx: the child the new parent is linked to */
		formscreen_open(app, &parent_form_kind, NULL, 1, strdup(child_id), NULL,
				_("Nieuwe ouder"));
		return;
	}
	child_display_name(m->parent.given_names, m->parent.tussenvoegsel,
			   m->parent.family_name, name, sizeof name);
	snprintf(title, sizeof title, _("Wijzig %s"), name);
	formscreen_open(app, &parent_form_kind, m, 0, NULL, NULL, title);
}
