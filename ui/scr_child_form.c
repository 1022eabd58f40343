/* scr_child_form.c — the form to add a child or change one: a field table
 * for the form engine (with BDS numbers), filled from and saved to struct
 * child through child_create / child_update.  A new child's dossier opens
 * after saving. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "org.h"
#include "screens.h"

static const struct form_field_def child_fields[] = {
	{.key = "given_names", .label = N_("Voornamen"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name, .bds = 0,
	 .help = N_("Alle voornamen, zoals in de basisregistratie.")},
	{.key = "call_name", .label = N_("Roepnaam"), .type = FT_TEXT,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{.key = "tussenvoegsel", .label = N_("Tussenvoegsel"), .type = FT_TEXT,
	 .max_chars = PREFIX_MAX_CHARS, .validate = fv_prefix,
	 .help = N_("van, de, van der … (telt niet mee bij het sorteren).")},
	{.key = "family_name", .label = N_("Achternaam"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{.key = "sex", .label = N_("Geslacht"), .type = FT_CHOICE, .required = 1, .bds = 19,
	 .help = N_("Enter opent de lijst; typ om te filteren.")},
	{.key = "birth_date", .label = N_("Geboortedatum"), .type = FT_DATE, .required = 1,
	 .bds = 20, .help = N_("dd-mm-jjjj of ddmmjjjj; t is vandaag, -3w is drie weken terug.")},
	{.key = "bsn", .label = N_("BSN"), .type = FT_TEXT, .max_chars = 11,
	 .validate = fv_bsn, .bds = 7,
	 .help = N_("9 cijfers; wordt gecontroleerd met de elfproef.")},
	{.key = "gestational_age", .label = N_("Zwangerschapsduur"), .type = FT_NUMBER,
	 .bds = 82, .unit = N_("dagen"), .min = 140, .max = 315,
	 .help = N_("In dagen, bijvoorbeeld 280 voor 40 weken.")},
	{.key = "birth_weight", .label = N_("Geboortegewicht"), .type = FT_NUMBER, .bds = 110,
	 .unit = N_("gram"), .min = 200, .max = 7000},
	{.key = "street", .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{.key = "house_number", .label = N_("Huisnummer"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "postcode", .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode, .bds = 16, .help = N_("Bijvoorbeeld 1234 AB.")},
	{.key = "city", .label = N_("Woonplaats"), .type = FT_TEXT, .validate = fv_text},
	{.key = "phone", .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "gp", .label = N_("Huisarts"), .type = FT_CHOICE,
	 .help = N_("Uit de sociale kaart (Beheer).")},
	{.key = "school", .label = N_("School/opvang"), .type = FT_CHOICE,
	 .help = N_("School of kinderopvang uit de sociale kaart.")},
};

enum { NFIELDS = sizeof child_fields / sizeof *child_fields };

struct child_form {
	struct child child;          /* the record as read (id, version, status) */
	int is_new;                  /* 1: child_create, 0: child_update */
	struct form_choice *sex;     /* code list geslacht */
	struct form_choice *gps;     /* huisartsen */
	struct form_choice *schools; /* scholen and kinderopvang */
	struct org *orgs;            /* the organisations the choices point into */
	char saved_id[DB_ID_LEN];    /* after saving a new child: its id */
};

static void free_ctx(void *p)
{
	struct child_form *cf = p;
	if (!cf)
		return;
	free(cf->sex);
	free(cf->gps);
	free(cf->schools);
	free(cf->orgs);
	free(cf);
}

/* Choices from the organisations of the given kinds (by name). */
static struct form_choice *org_choices(const struct org *orgs, int n, const char *kind1,
				       const char *kind2)
{
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	int k = 0;
	for (int i = 0; c && i < n; i++) {
		if (strcmp(orgs[i].kind, kind1) == 0 || (kind2 && strcmp(orgs[i].kind, kind2) == 0)) {
			c[k].code = orgs[i].id;
			c[k++].label = orgs[i].name;
		}
	}
	return c;
}

static int load_choices(struct app *app, struct child_form *cf, struct form *f)
{
	struct gp_err e = {0};
	int n = 0;
	if (org_list(app->db, NULL, &cf->orgs, &n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return -1;
	}
	cf->sex = formscreen_codelist(app, "geslacht");
	cf->gps = org_choices(cf->orgs, n, "huisarts", NULL);
	cf->schools = org_choices(cf->orgs, n, "school", "kinderopvang");
	if (!cf->sex || !cf->gps || !cf->schools)
		return -1;
	form_set_choices(f, "sex", cf->sex);
	form_set_choices(f, "gp", cf->gps);
	form_set_choices(f, "school", cf->schools);
	return 0;
}

static void set_int(struct form *f, const char *key, int v)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", v);
	form_set(f, key, v ? buf : "");
}

static void fill(struct form *f, const struct child *c)
{
	form_set(f, "given_names", c->given_names);
	form_set(f, "call_name", c->call_name);
	form_set(f, "tussenvoegsel", c->tussenvoegsel);
	form_set(f, "family_name", c->family_name);
	char sex[4];
	snprintf(sex, sizeof sex, "%d", c->sex);
	form_set(f, "sex", sex);
	if (c->birth_date.y) {
		char date[11];
		date_fmt_nl(c->birth_date, date);
		form_set(f, "birth_date", date);
	}
	form_set(f, "bsn", c->bsn);
	set_int(f, "gestational_age", c->gestational_age_days);
	set_int(f, "birth_weight", c->birth_weight_g);
	form_set(f, "street", c->street);
	form_set(f, "house_number", c->house_number);
	form_set(f, "postcode", c->postcode);
	form_set(f, "city", c->city);
	form_set(f, "phone", c->phone);
	form_set(f, "gp", c->gp_org_id);
	form_set(f, "school", c->school_org_id);
}

static int get_int(const struct form *f, const char *key)
{
	double v;
	return form_get_number(f, key, &v) == 0 ? (int)(v + 0.5) : 0;
}

static void collect(const struct form *f, struct child *c)
{
	fs_copy(f, "given_names", c->given_names, sizeof c->given_names);
	fs_copy(f, "call_name", c->call_name, sizeof c->call_name);
	fs_copy(f, "tussenvoegsel", c->tussenvoegsel, sizeof c->tussenvoegsel);
	fs_copy(f, "family_name", c->family_name, sizeof c->family_name);
	const char *sex = form_get(f, "sex");
	c->sex = sex && *sex ? (int)strtol(sex, NULL, 10) : 0;
	if (form_get_date(f, "birth_date", &c->birth_date) != 0)
		c->birth_date = (struct gp_date){0, 0, 0};
	fs_copy(f, "bsn", c->bsn, sizeof c->bsn);
	c->gestational_age_days = get_int(f, "gestational_age");
	c->birth_weight_g = get_int(f, "birth_weight");
	fs_copy(f, "street", c->street, sizeof c->street);
	fs_copy(f, "house_number", c->house_number, sizeof c->house_number);
	fs_copy(f, "postcode", c->postcode, sizeof c->postcode);
	fs_copy(f, "city", c->city, sizeof c->city);
	fs_copy(f, "phone", c->phone, sizeof c->phone);
	fs_copy(f, "gp", c->gp_org_id, sizeof c->gp_org_id);
	fs_copy(f, "school", c->school_org_id, sizeof c->school_org_id);
}

static enum gp_status save(struct app *app, struct formscreen *fs, const char **field,
			   struct gp_err *e)
{
	struct child_form *cf = fs->ctx;
	struct child c = cf->child; /* a copy: a failed save changes nothing */
	enum gp_status st;
	(void)field;
	collect(&fs->form, &c);
	st = child_validate(&c, app->today, e);
	if (st == GP_OK)
		st = cf->is_new ? child_create(app->db, &c, e) : child_update(app->db, &c, e);
	if (st == GP_OK) {
		cf->child = c;
		snprintf(cf->saved_id, sizeof cf->saved_id, "%s", c.id);
	}
	return st;
}

static void saved(struct app *app, void *ctx)
{
	struct child_form *cf = ctx;
	if (cf->is_new)
		dossier_open(app, cf->saved_id);
}

static const struct formscreen_kind child_kind = {
	.ops = FORMSCREEN_OPS("kind", N_(
		"Vul de velden in; Tab, Enter of pijl omlaag gaat naar het volgende veld, "
		"Shift-Tab of pijl omhoog terug. Verplichte velden zijn gemarkeerd. Een fout "
		"(bijvoorbeeld een BSN dat niet door de elfproef komt) ziet u zodra u het veld "
		"verlaat, met de reden. Bij Geslacht, Huisarts en School opent Enter een lijst; "
		"typ om te filteren. Datums: dd-mm-jjjj, ddmmjjjj, t (vandaag) of -3w. F2 of "
		"Ctrl-S slaat op; Esc annuleert (en vraagt eerst als u iets veranderde).")),
	.save = save,
	.saved = saved,
	.free_ctx = free_ctx,
};

void child_form_open(struct app *app, const struct child *c)
{
	struct form f;
	struct child_form *cf = calloc(1, sizeof *cf);
	char title[NAME_BUF * 3 + 64];
	if (!cf || form_init(&f, child_fields, NFIELDS, app->today) != 0) {
		free(cf);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	if (load_choices(app, cf, &f) != 0) {
		form_free(&f);
		free_ctx(cf);
		return;
	}
	cf->is_new = c == NULL;
	if (c) {
		char name[NAME_BUF * 3];
		cf->child = *c;
		fill(&f, c);
		child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name,
				   sizeof name);
		snprintf(title, sizeof title, _("Wijzig %s"), name);
	} else {
		snprintf(cf->child.status, sizeof cf->child.status, "actief");
		snprintf(title, sizeof title, "%s", _("Nieuw kind"));
	}
	formscreen_open(app, &child_kind, &f, cf, title);
}
