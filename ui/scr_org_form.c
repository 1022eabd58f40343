/* scr_org_form.c — Beheer: an organisation of the sociale kaart, new or
 * changed, with its kind from data/codes/organisatiesoort.tsv. */
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "screens.h"

static const struct form_field_def org_fields[] = {
	{.key = "name", .label = N_("Naam"), .type = FT_TEXT, .required = 1, .validate = fv_text},
	{.key = "kind", .label = N_("Soort"), .type = FT_CHOICE, .required = 1,
	 .help = N_("Enter opent de lijst; typ om te filteren.")},
	{.key = "contact_person", .label = N_("Contactpersoon"), .type = FT_TEXT,
	 .validate = fv_text},
	{.key = "phone", .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "email", .label = N_("E-mail"), .type = FT_TEXT, .validate = fv_text},
	{.key = "street", .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{.key = "house_number", .label = N_("Huisnummer"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "postcode", .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode},
	{.key = "city", .label = N_("Plaats"), .type = FT_TEXT, .validate = fv_text},
	{.key = "contracted", .label = N_("Gecontracteerd"), .type = FT_YESNO,
	 .help = N_("Door de gemeente gecontracteerd? j of n.")},
	{.key = "active", .label = N_("Actief"), .type = FT_YESNO, .required = 1,
	 .help = N_("n: niet meer aanbieden in keuzelijsten.")},
};

enum { NFIELDS = sizeof org_fields / sizeof *org_fields };

struct org_form {
	struct org org;             /* as read (id, version) */
	int is_new;                 /* 1: org_create */
	struct form_choice *kinds;  /* code list organisatiesoort */
};

static void free_ctx(void *p)
{
	struct org_form *of = p;
	if (of)
		free(of->kinds);
	free(of);
}

static void fill(struct form *f, const struct org *o)
{
	form_set(f, "name", o->name);
	form_set(f, "kind", o->kind);
	form_set(f, "contact_person", o->contact_person);
	form_set(f, "phone", o->phone);
	form_set(f, "email", o->email);
	form_set(f, "street", o->street);
	form_set(f, "house_number", o->house_number);
	form_set(f, "postcode", o->postcode);
	form_set(f, "city", o->city);
	form_set(f, "contracted", o->contracted ? "j" : "n");
	form_set(f, "active", o->active ? "j" : "n");
}

static void collect(const struct form *f, struct org *o)
{
	const char *v;
	fs_copy(f, "name", o->name, sizeof o->name);
	fs_copy(f, "kind", o->kind, sizeof o->kind);
	fs_copy(f, "contact_person", o->contact_person, sizeof o->contact_person);
	fs_copy(f, "phone", o->phone, sizeof o->phone);
	fs_copy(f, "email", o->email, sizeof o->email);
	fs_copy(f, "street", o->street, sizeof o->street);
	fs_copy(f, "house_number", o->house_number, sizeof o->house_number);
	fs_copy(f, "postcode", o->postcode, sizeof o->postcode);
	fs_copy(f, "city", o->city, sizeof o->city);
	v = form_get(f, "contracted");
	o->contracted = v && strcmp(v, "j") == 0;
	v = form_get(f, "active");
	o->active = !v || strcmp(v, "n") != 0;
}

static enum gp_status save(struct app *app, struct formscreen *fs, const char **field,
			   struct gp_err *e)
{
	struct org_form *of = fs->ctx;
	struct org o = of->org;
	(void)field;
	collect(&fs->form, &o);
	enum gp_status st = org_validate(&o, e);
	if (st == GP_OK)
		st = of->is_new ? org_create(app->db, &o, e) : org_update(app->db, &o, e);
	if (st == GP_OK)
		of->org = o;
	return st;
}

static const struct formscreen_kind org_kind = {
	.ops = FORMSCREEN_OPS("organisatie", N_(
		"Vul de gegevens van de organisatie in; Soort kiest u uit de lijst (Enter). "
		"Een organisatie wordt nooit verwijderd: zet Actief op n als ze niet meer "
		"gekozen mag worden. F2 slaat op, Esc annuleert.")),
	.save = save,
	.free_ctx = free_ctx,
};

void org_form_open(struct app *app, const struct org *o)
{
	struct form f;
	struct org_form *of = calloc(1, sizeof *of);
	char title[TEXT_BUF + 32];
	if (!of || form_init(&f, org_fields, NFIELDS, app->today) != 0) {
		free(of);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	of->kinds = formscreen_codelist(app, "organisatiesoort");
	if (of->kinds)
		form_set_choices(&f, "kind", of->kinds);
	of->is_new = o == NULL;
	if (o) {
		of->org = *o;
		fill(&f, o);
		snprintf(title, sizeof title, _("Wijzig %s"), o->name);
	} else {
		of->org.active = 1;
		form_set(&f, "active", "j");
		snprintf(title, sizeof title, "%s", _("Nieuwe organisatie"));
	}
	formscreen_open(app, &org_kind, &f, of, title);
}
