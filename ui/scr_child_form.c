/* scr_child_form.c — the form to add a child or change one: a field table
 * bound to struct child (with BDS numbers), saved through child_create /
 * child_update.  Besides the person: where the child is seen and by whom
 * (the caseload of Vandaag) and, from cohort 2020, the DKTP-Hib-HepB
 * schedule the jeugdarts chose.  A new child's dossier opens after saving. */
#include <stdio.h>

#include "formscreen.h"
#include "screens.h"

#define AT(m) FORM_TEXT(struct child, m)

static const struct form_field_def child_fields[] = {
	{AT(given_names), .label = N_("Voornamen"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name,
	 .help = N_("Alle voornamen, zoals in de basisregistratie.")},
	{AT(call_name), .label = N_("Roepnaam"), .type = FT_TEXT, .max_chars = NAME_MAX_CHARS,
	 .validate = fv_name},
	{AT(tussenvoegsel), .label = N_("Tussenvoegsel"), .type = FT_TEXT,
	 .max_chars = PREFIX_MAX_CHARS, .validate = fv_prefix,
	 .help = N_("van, de, van der … (telt niet mee bij het sorteren).")},
	{AT(family_name), .label = N_("Achternaam"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{FORM_INT(struct child, sex, 1), .label = N_("Geslacht"), .type = FT_CHOICE,
	 .required = 1, .bds = 19, .list = "geslacht",
	 .help = N_("Spatie opent de lijst; typ om te filteren.")},
	{FORM_DATE(struct child, birth_date), .label = N_("Geboortedatum"), .type = FT_DATE,
	 .required = 1, .bds = 20,
	 .help = N_("dd-mm-jjjj of ddmmjjjj; t is vandaag, -3w is drie weken terug.")},
	{AT(bsn), .label = N_("BSN"), .type = FT_TEXT, .max_chars = 11, .validate = fv_bsn, .norm_chars = 9,
	 .bds = 7, .help = N_("9 cijfers; wordt gecontroleerd met de elfproef.")},
	{FORM_INT(struct child, gestational_age_days, 1), .label = N_("Zwangerschapsduur"),
	 .type = FT_NUMBER, .bds = 82, .unit = N_("dagen"), .min = 140, .max = 315,
	 .help = N_("In dagen, bijvoorbeeld 280 voor 40 weken.")},
	{FORM_INT(struct child, birth_weight_g, 1), .label = N_("Geboortegewicht"),
	 .type = FT_NUMBER, .bds = 110, .unit = N_("gram"), .min = 200, .max = 7000},
	{AT(street), .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{AT(house_number), .label = N_("Huisnummer"), .type = FT_TEXT,
	 .max_chars = SHORT_MAX_CHARS, .validate = fv_text},
	{AT(postcode), .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode, .norm_chars = 7, .bds = 16, .help = N_("Bijvoorbeeld 1234 AB.")},
	{AT(city), .label = N_("Woonplaats"), .type = FT_TEXT, .validate = fv_text},
	{AT(phone), .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{AT(gp_org_id), .label = N_("Huisarts"), .type = FT_CHOICE, .list = "@huisarts",
	 .help = N_("Uit de sociale kaart (Beheer).")},
	{AT(school_org_id), .label = N_("School/opvang"), .type = FT_CHOICE, .list = "@school",
	 .help = N_("School of kinderopvang uit de sociale kaart.")},
	{AT(location), .label = N_("Locatie"), .type = FT_TEXT, .validate = fv_text,
	 .help = N_("Waar het kind gezien wordt, bijvoorbeeld Consultatiebureau Utrecht.")},
	{AT(professional_id), .label = N_("Medewerker"), .type = FT_CHOICE,
	 .list = "@medewerker", .help = N_("In wiens caseload het kind staat (Vandaag: m).")},
	{AT(rvp_variant), .label = N_("RVP-schema"), .type = FT_CHOICE, .list = "rvpvariant",
	 .bds = 1584, .skip_tab = 1,
	 .help = N_("Door de jeugdarts gekozen schema DKTP-Hib-HepB (geboren vanaf 2020).")},
};

static const struct form_def child_def = {
	"kind", child_fields, sizeof child_fields / sizeof *child_fields, sizeof(struct child),
};

enum { F_PROFESSIONAL = sizeof child_fields / sizeof *child_fields - 2 };

/* A new child is in the caseload of whoever adds it. */
static void prepare(struct app *app, struct formscreen *fs)
{
	form_prefill(&fs->form, F_PROFESSIONAL, 0, app->me.id);
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct child *c = rec;
	enum gp_status st = child_validate(c, app->today, e);
	if (st == GP_OK)
		st = fs->is_new ? child_create(app->db, c, e) : child_update(app->db, c, e);
	return st;
}

static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	const struct child *c = rec;
	(void)ctx;
	if (was_new)
		dossier_open(app, c->id);
}

const struct formscreen_kind child_form_kind = {
	.ops = FORMSCREEN_OPS("kind", N_(
		"Vul de velden in; Tab of Enter gaat naar het volgende veld, Shift-Tab terug, "
		"pijl omlaag en omhoog gaan langs elk veld. Verplichte velden zijn gemarkeerd. "
		"Een fout (bijvoorbeeld een BSN dat niet door de elfproef komt) ziet u zodra u "
		"het veld verlaat, met de reden. Bij Geslacht, Huisarts, School, Medewerker en "
		"RVP-schema opent Spatie "
		"een lijst; typ om te filteren. Datums: dd-mm-jjjj, ddmmjjjj, t (vandaag) of "
		"-3w. F2 of Ctrl-S slaat op; Esc annuleert (en vraagt eerst als u iets "
		"veranderde).")),
	.def = &child_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
};

void child_form_open(struct app *app, const struct child *c)
{
	struct child fresh = {0};
	if (c) {
		char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
		child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name,
				   sizeof name);
		snprintf(title, sizeof title, _("Wijzig %s"), name);
		formscreen_open(app, &child_form_kind, c, 0, NULL, NULL, title);
		return;
	}
	snprintf(fresh.status, sizeof fresh.status, "actief");
	formscreen_open(app, &child_form_kind, &fresh, 1, NULL, NULL, _("Nieuw kind"));
}
