/* scr_parent_form.c — the form for a parent or carer, opened from the Gezin
 * section of a dossier: the person (parent_create / parent_update) and the
 * link to the child — relation (BDS 62), gezag, lives with the child —
 * saved together in one transaction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "screens.h"

static const struct form_field_def parent_fields[] = {
	{.key = "given_names", .label = N_("Voornamen"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{.key = "tussenvoegsel", .label = N_("Tussenvoegsel"), .type = FT_TEXT,
	 .max_chars = PREFIX_MAX_CHARS, .validate = fv_prefix},
	{.key = "family_name", .label = N_("Achternaam"), .type = FT_TEXT, .required = 1,
	 .max_chars = NAME_MAX_CHARS, .validate = fv_name},
	{.key = "relation", .label = N_("Relatie tot kind"), .type = FT_CHOICE, .required = 1,
	 .bds = 62, .help = N_("Enter opent de lijst; typ om te filteren.")},
	{.key = "gezag", .label = N_("Gezag"), .type = FT_YESNO, .required = 1,
	 .help = N_("Heeft deze ouder het ouderlijk gezag? j of n.")},
	{.key = "lives_with", .label = N_("Kind woont hier"), .type = FT_YESNO},
	{.key = "sex", .label = N_("Geslacht"), .type = FT_CHOICE, .bds = 19},
	{.key = "birth_date", .label = N_("Geboortedatum"), .type = FT_DATE},
	{.key = "bsn", .label = N_("BSN"), .type = FT_TEXT, .max_chars = 11, .validate = fv_bsn},
	{.key = "phone", .label = N_("Telefoon"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "email", .label = N_("E-mail"), .type = FT_TEXT, .validate = fv_text},
	{.key = "street", .label = N_("Straat"), .type = FT_TEXT, .validate = fv_text},
	{.key = "house_number", .label = N_("Huisnummer"), .type = FT_TEXT, .max_chars = SHORT_MAX_CHARS,
	 .validate = fv_text},
	{.key = "postcode", .label = N_("Postcode"), .type = FT_TEXT, .max_chars = 7,
	 .validate = fv_postcode},
	{.key = "city", .label = N_("Woonplaats"), .type = FT_TEXT, .validate = fv_text},
	{.key = "language", .label = N_("Taal thuis"), .type = FT_TEXT, .max_chars = 40,
	 .validate = fv_text},
	{.key = "height", .label = N_("Lengte"), .type = FT_NUMBER, .unit = N_("cm"),
	 .min = 100, .max = 230, .decimals = 1, .bds = 238,
	 .help = N_("Lengte van een biologische ouder, voor de groeicurve.")},
};

enum { NFIELDS = sizeof parent_fields / sizeof *parent_fields };

struct parent_form {
	char child_id[DB_ID_LEN];     /* the child the parent belongs to */
	struct family_member m;       /* the person and link as read */
	int is_new;                   /* 1: create and link */
	struct form_choice *relation; /* code list relatie */
	struct form_choice *sex;      /* code list geslacht */
};

static void free_ctx(void *p)
{
	struct parent_form *pf = p;
	if (!pf)
		return;
	free(pf->relation);
	free(pf->sex);
	free(pf);
}

static void fill(struct form *f, const struct family_member *m)
{
	const struct parent *p = &m->parent;
	char buf[32];
	form_set(f, "given_names", p->given_names);
	form_set(f, "tussenvoegsel", p->tussenvoegsel);
	form_set(f, "family_name", p->family_name);
	form_set(f, "relation", m->relation);
	form_set(f, "gezag", m->gezag ? "j" : "n");
	form_set(f, "lives_with", m->lives_with ? "j" : "n");
	snprintf(buf, sizeof buf, "%d", p->sex);
	form_set(f, "sex", buf);
	if (p->birth_date.y) {
		date_fmt_nl(p->birth_date, buf);
		form_set(f, "birth_date", buf);
	}
	form_set(f, "bsn", p->bsn);
	form_set(f, "phone", p->phone);
	form_set(f, "email", p->email);
	form_set(f, "street", p->street);
	form_set(f, "house_number", p->house_number);
	form_set(f, "postcode", p->postcode);
	form_set(f, "city", p->city);
	form_set(f, "language", p->language);
	if (p->height_mm) {
		snprintf(buf, sizeof buf, "%d,%d", p->height_mm / 10, p->height_mm % 10);
		form_set(f, "height", buf);
	}
}

static int yes(const struct form *f, const char *key)
{
	const char *v = form_get(f, key);
	return v && strcmp(v, "j") == 0;
}

static void collect(const struct form *f, struct family_member *m)
{
	struct parent *p = &m->parent;
	double h;
	fs_copy(f, "given_names", p->given_names, sizeof p->given_names);
	fs_copy(f, "tussenvoegsel", p->tussenvoegsel, sizeof p->tussenvoegsel);
	fs_copy(f, "family_name", p->family_name, sizeof p->family_name);
	fs_copy(f, "relation", m->relation, sizeof m->relation);
	m->gezag = yes(f, "gezag");
	m->lives_with = yes(f, "lives_with");
	const char *sex = form_get(f, "sex");
	p->sex = sex && *sex ? (int)strtol(sex, NULL, 10) : 0;
	if (form_get_date(f, "birth_date", &p->birth_date) != 0)
		p->birth_date = (struct gp_date){0, 0, 0};
	fs_copy(f, "bsn", p->bsn, sizeof p->bsn);
	fs_copy(f, "phone", p->phone, sizeof p->phone);
	fs_copy(f, "email", p->email, sizeof p->email);
	fs_copy(f, "street", p->street, sizeof p->street);
	fs_copy(f, "house_number", p->house_number, sizeof p->house_number);
	fs_copy(f, "postcode", p->postcode, sizeof p->postcode);
	fs_copy(f, "city", p->city, sizeof p->city);
	fs_copy(f, "language", p->language, sizeof p->language);
	p->height_mm = form_get_number(f, "height", &h) == 0 ? (int)(h * 10 + 0.5) : 0;
}

static enum gp_status save(struct app *app, struct formscreen *fs, const char **field,
			   struct gp_err *e)
{
	struct parent_form *pf = fs->ctx;
	struct family_member m = pf->m; /* a copy: a failed save changes nothing */
	(void)field;
	collect(&fs->form, &m);
	enum gp_status st = family_save_member(app->db, pf->is_new ? pf->child_id : NULL, &m, e);
	if (st == GP_OK)
		pf->m = m;
	return st;
}

static const struct formscreen_kind parent_kind = {
	.ops = FORMSCREEN_OPS("ouder", N_(
		"Vul de gegevens van de ouder of verzorger in. Relatie tot kind en Gezag zijn "
		"verplicht: Enter opent de lijst met relaties, bij Gezag typt u j of n. F2 of "
		"Ctrl-S slaat op; Esc annuleert (en vraagt eerst als u iets veranderde).")),
	.save = save,
	.free_ctx = free_ctx,
};

void parent_form_open(struct app *app, const char *child_id, const struct family_member *m)
{
	struct form f;
	struct parent_form *pf = calloc(1, sizeof *pf);
	char title[NAME_BUF * 3 + 64];
	if (!pf || form_init(&f, parent_fields, NFIELDS, app->today) != 0) {
		free(pf);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(pf->child_id, sizeof pf->child_id, "%s", child_id);
	pf->relation = formscreen_codelist(app, "relatie");
	pf->sex = formscreen_codelist(app, "geslacht");
	if (!pf->relation || !pf->sex) {
		form_free(&f);
		free_ctx(pf);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	form_set_choices(&f, "relation", pf->relation);
	form_set_choices(&f, "sex", pf->sex);
	pf->is_new = m == NULL;
	if (m) {
		char name[NAME_BUF * 3];
		pf->m = *m;
		fill(&f, m);
		child_display_name(m->parent.given_names, m->parent.tussenvoegsel,
				   m->parent.family_name, name, sizeof name);
		snprintf(title, sizeof title, _("Wijzig %s"), name);
	} else {
		snprintf(title, sizeof title, "%s", _("Nieuwe ouder"));
	}
	formscreen_open(app, &parent_kind, &f, pf, title);
}
