/* scr_parent_form.c — the form for a parent or carer, opened from the Gezin
 * section of a dossier: the person and the link to the child — relation
 * (BDS 62), gezag as the law has it (its kind, from when until when, and
 * for a guardian of a gecertificeerde instelling the GI itself), lives
 * with the child — bound to struct family_member and saved together in one
 * transaction (family_save_member).  The gezag details are passed over by
 * Tab: the kind follows from the relation when left empty. */
#include <stdio.h>
#include <stdlib.h>
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
	 .required = 1, .help = N_("Heeft (of had) deze ouder het gezag? j of n.")},
	{FORM_TEXT(struct family_member, gezag_type), .label = N_("Soort gezag"),
	 .type = FT_CHOICE, .list = "gezagsoort", .skip_tab = 1, .bds = 1565,
	 .help = N_("Leeg: volgt uit de relatie. Pijl omlaag bereikt dit veld.")},
	{FORM_DATE(struct family_member, gezag_from), .label = N_("Gezag sinds"),
	 .type = FT_DATE, .skip_tab = 1, .bds = 1566,
	 .help = N_("Leeg: sinds de geboorte.")},
	{FORM_DATE(struct family_member, gezag_until), .label = N_("Gezag tot"),
	 .type = FT_DATE, .skip_tab = 1, .bds = 1567,
	 .help = N_("De dag waarop het gezag eindigde; leeg: heeft het nog.")},
	{FORM_TEXT(struct family_member, gezag_org_id), .label = N_("Instelling (GI)"),
	 .type = FT_CHOICE, .list = "@gi", .skip_tab = 1,
	 .help = N_("De gecertificeerde instelling met de voogdij, voor wie deze persoon "
		    "optreedt.")},
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

/* Institutions that can hold gezag: jeugdhulp (where the sociale kaart
 * keeps a GI) and overig, active, or the one already chosen. */
static struct form_choice *gi_list(struct app *app, struct formscreen *fs, void **extra,
				   struct gp_err *e)
{
	const struct family_member *m = fs->rec;
	struct org *orgs = NULL;
	int n = 0, k = 0;
	if (org_list(app->db, NULL, &orgs, &n, e) != GP_OK)
		return NULL;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	for (int i = 0; c && i < n; i++) {
		int kind = strcmp(orgs[i].kind, "jeugdhulp") == 0 || strcmp(orgs[i].kind, "overig") == 0;
		if ((kind && orgs[i].active) || strcmp(orgs[i].id, m->gezag_org_id) == 0) {
			c[k].code = orgs[i].id;
			c[k++].label = orgs[i].name;
		}
	}
	*extra = orgs;
	return c;
}

static const struct formscreen_list parent_lists[] = {{"@gi", gi_list}, {NULL, NULL}};

const struct formscreen_kind parent_form_kind = {
	.ops = FORMSCREEN_OPS("ouder", N_(
		"Vul de gegevens van de ouder of verzorger in. Relatie tot kind en Gezag zijn "
		"verplicht: Spatie opent de lijst met relaties, bij Gezag typt u j of n. Onder "
		"Gezag (met pijl omlaag) legt u vast welk gezag, sinds en tot wanneer, en bij "
		"een voogd van een gecertificeerde instelling welke instelling; een ouder "
		"wiens gezag eindigde houdt Gezag j met de dag waarop het eindigde. F2 of "
		"Ctrl-S slaat op; Esc annuleert (en vraagt eerst als u iets veranderde).")),
	.def = &parent_def,
	.save = save,
	.lists = parent_lists,
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
