/* export_json.c — see export_json.h.  Reads the dossier with the storage
 * modules (child, family, contact, account, org) and writes it with
 * jansson; the field names are documented in docs/cli.md. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "account.h"
#include "contact.h"
#include "dossier_check.h"
#include "export_giz.h"
#include "export_handover.h"
#include "export_json.h"
#include "i18n.h"
#include "json_value.h"
#include "org.h"
#include "perm.h"

/* Version of the layout below; raised when a field changes meaning. */
enum { EXPORT_JSON_VERSION = 1 };

/* What every part of the export needs. */
struct ctx {
	struct db *db;                  /* the open database */
	const struct export_refs *refs; /* WHO tables and code lists */
	struct account *accounts;       /* every account, to name professionals */
	int naccounts;                  /* entries in accounts */
};

/* ---- values ----------------------------------------------------------------- */


/* A number, or null when 0 ("unknown"). */
static json_t *int_or_null(long long v)
{
	return v ? json_integer(v) : json_null();
}


/* A real rounded to two decimals (never -0). */
static json_t *real2(double v)
{
	double r = round(v * 100.0) / 100.0;
	return json_real(r == 0.0 ? 0.0 : r);
}

/* The Dutch label of a code, or null for an empty code. */
static json_t *label(const struct ctx *x, const char *list, const char *code)
{
	return json_label(x->refs->codes, list, code);
}

/* The display name of an account id, or null. */
static json_t *account_name(const struct ctx *x, const char *id)
{
	for (int i = 0; id && *id && i < x->naccounts; i++)
		if (strcmp(x->accounts[i].id, id) == 0)
			return json_string(x->accounts[i].display_name);
	return json_null();
}

/* Sets key to v in o; v may be NULL after a failed allocation, which
 * json_object_set_new reports and the caller sees as a failed export. */
static int put(json_t *o, const char *key, json_t *v)
{
	return json_object_set_new(o, key, v);
}

/* ---- the parts ---------------------------------------------------------------- */

static json_t *org_json(const struct ctx *x, const char *id)
{
	struct org o;
	if (!*id || org_get(x->db, id, &o, NULL) != GP_OK)
		return json_null();
	json_t *j = json_object();
	put(j, "id", json_string(o.id));
	put(j, "kind", json_string(o.kind));
	put(j, "name", json_string(o.name));
	return j;
}

/* The RVP variant the jeugdarts recorded (not part of struct child). */
static json_t *rvp_variant(const struct ctx *x, const char *child_id)
{
	static const char sql[] = "SELECT coalesce(rvp_variant, '') FROM children WHERE id = ?1";
	char v[32] = "";
	sqlite3_stmt *st = db_stmt(x->db, sql, NULL);
	if (st) {
		db_bind_id(st, 1, child_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			db_col_text(st, 0, v, sizeof v);
		sqlite3_reset(st);
	}
	return json_str_or_null(v);
}

static json_t *child_json(const struct ctx *x, const struct child *c)
{
	char name[NAME_BUF * 3];
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	char sex[4];
	snprintf(sex, sizeof sex, "%d", c->sex);
	json_t *j = json_object();
	put(j, "id", json_string(c->id));
	put(j, "client_no", json_integer(c->client_no));
	put(j, "bsn", json_str_or_null(c->bsn));
	put(j, "given_names", json_string(c->given_names));
	put(j, "call_name", json_str_or_null(c->call_name));
	put(j, "tussenvoegsel", json_str_or_null(c->tussenvoegsel));
	put(j, "family_name", json_string(c->family_name));
	put(j, "display_name", json_string(name));
	put(j, "sex", json_integer(c->sex));
	put(j, "sex_label", label(x, "geslacht", sex));
	put(j, "birth_date", json_date_or_null(c->birth_date));
	put(j, "gestational_age_days", int_or_null(c->gestational_age_days));
	put(j, "birth_weight_g", int_or_null(c->birth_weight_g));
	put(j, "street", json_str_or_null(c->street));
	put(j, "house_number", json_str_or_null(c->house_number));
	put(j, "postcode", json_str_or_null(c->postcode));
	put(j, "city", json_str_or_null(c->city));
	put(j, "phone", json_str_or_null(c->phone));
	put(j, "gp", org_json(x, c->gp_org_id));
	put(j, "school", org_json(x, c->school_org_id));
	put(j, "registered_on", json_date_or_null(c->registered_on));
	put(j, "rvp_variant", rvp_variant(x, c->id));
	put(j, "status", json_string(c->status));
	put(j, "version", json_integer(c->version));
	put(j, "updated_at", json_str_or_null(c->updated_at));
	put(j, "updated_by", json_str_or_null(c->updated_by));
	return j;
}

static json_t *parents_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	const char *child_id = c->id;
	struct family_member *fam = NULL;
	int n = 0;
	if (child_family(x->db, child_id, &fam, &n, e) != GP_OK)
		return NULL;
	json_t *a = json_array();
	for (int i = 0; i < n; i++) {
		const struct parent *p = &fam[i].parent;
		json_t *j = json_object();
		put(j, "id", json_string(p->id));
		put(j, "relation", json_string(fam[i].relation));
		put(j, "relation_label", label(x, "relatie", fam[i].relation));
		put(j, "gezag", json_boolean(fam[i].gezag));
		put(j, "gezag_type", json_str_or_null(fam[i].gezag_type));
		put(j, "gezag_type_label", label(x, "gezagsoort", fam[i].gezag_type));
		put(j, "gezag_from", json_date_or_null(fam[i].gezag_from));
		put(j, "gezag_until", json_date_or_null(fam[i].gezag_until));
		put(j, "gezag_org_id", json_str_or_null(fam[i].gezag_org_id));
		put(j, "gezag_org", json_str_or_null(fam[i].gezag_org_name));
		put(j, "lives_with", json_boolean(fam[i].lives_with));
		put(j, "given_names", json_string(p->given_names));
		put(j, "tussenvoegsel", json_str_or_null(p->tussenvoegsel));
		put(j, "family_name", json_string(p->family_name));
		put(j, "sex", json_integer(p->sex));
		put(j, "birth_date", json_date_or_null(p->birth_date));
		put(j, "bsn", json_str_or_null(p->bsn));
		put(j, "phone", json_str_or_null(p->phone));
		put(j, "email", json_str_or_null(p->email));
		put(j, "street", json_str_or_null(p->street));
		put(j, "house_number", json_str_or_null(p->house_number));
		put(j, "postcode", json_str_or_null(p->postcode));
		put(j, "city", json_str_or_null(p->city));
		put(j, "language", json_str_or_null(p->language));
		put(j, "height_mm", int_or_null(p->height_mm));
		put(j, "version", json_integer(p->version));
		json_array_append_new(a, j);
	}
	free(fam);
	return a;
}

static json_t *contact_json(const struct ctx *x, const struct contact_record *r)
{
	const struct contact *k = &r->contact;
	json_t *j = json_object();
	put(j, "id", json_string(k->id));
	put(j, "date", json_date_or_null(k->date));
	put(j, "time", json_str_or_null(k->time));
	put(j, "kind", json_str_or_null(k->kind));
	put(j, "kind_label", label(x, "contactsoort", k->kind));
	put(j, "form", json_str_or_null(k->form));
	put(j, "form_label", label(x, "contactvorm", k->form));
	put(j, "status", json_str_or_null(k->status));
	put(j, "status_label", label(x, "contactstatus", k->status));
	put(j, "schedule_moment", json_str_or_null(k->schedule_moment));
	put(j, "location", json_str_or_null(k->location));
	put(j, "professional_id", json_str_or_null(k->professional_id));
	put(j, "professional", account_name(x, k->professional_id));
	json_t *pros = json_array();
	for (int i = 0; i < r->nprofessionals; i++) {
		json_t *p = json_object();
		put(p, "id", json_string(r->professionals[i]));
		put(p, "name", account_name(x, r->professionals[i]));
		json_array_append_new(pros, p);
	}
	put(j, "other_professionals", pros);
	put(j, "present", json_str_or_null(k->present));
	json_t *obs = json_array();
	for (int i = 0; i < r->nobservations; i++) {
		json_t *o = json_object();
		put(o, "domain", json_string(r->observations[i].domain));
		put(o, "domain_label", label(x, "observatiedomein", r->observations[i].domain));
		put(o, "text", json_string(r->observations[i].text));
		json_array_append_new(obs, o);
	}
	put(j, "observations", obs);
	put(j, "conclusion", json_str_or_null(k->conclusion));
	put(j, "agreements", json_str_or_null(k->agreements));
	put(j, "next_step", json_str_or_null(k->next_step));
	put(j, "next_step_label", label(x, "vervolgstap", k->next_step));
	put(j, "next_contact_on", json_date_or_null(k->next_contact_on));
	put(j, "version", json_integer(k->version));
	put(j, "updated_at", json_str_or_null(k->updated_at));
	return j;
}

static json_t *contacts_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	const char *child_id = c->id;
	struct contact *list = NULL;
	int n = 0;
	if (contact_list(x->db, child_id, &list, &n, e) != GP_OK)
		return NULL;
	json_t *a = json_array();
	struct contact_record *rec = malloc(sizeof *rec);
	for (int i = n - 1; rec && a && i >= 0; i--) { /* the list is newest first */
		if (contact_get(x->db, list[i].id, rec, e) != GP_OK) {
			json_decref(a);
			a = NULL;
			break;
		}
		json_array_append_new(a, contact_json(x, rec));
	}
	if (!rec) {
		gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		json_decref(a);
		a = NULL;
	}
	free(rec);
	free(list);
	return a;
}

/* The words for measurement flag bits, as a JSON array. */
static json_t *flag_words(unsigned flags)
{
	json_t *a = json_array();
	if (flags & MEAS_FLAG_EXTREME)
		json_array_append_new(a, json_string("extreme"));
	if (flags & MEAS_FLAG_JUMP)
		json_array_append_new(a, json_string("jump"));
	if (flags & MEAS_FLAG_SHORTER)
		json_array_append_new(a, json_string("shorter"));
	if (flags & MEAS_FLAG_LOSS)
		json_array_append_new(a, json_string("weight_loss"));
	if (flags & MEAS_FLAG_DROP)
		json_array_append_new(a, json_string("weight_for_age_drop"));
	return a;
}

static json_t *z_json(const struct measurement_growth *g)
{
	static const char *const names[GROWTH_NIND] = {"wfa", "lfa", "hcfa", "bfa", "wfl", "wfh"};
	json_t *z = json_object();
	for (int i = 0; i < GROWTH_NIND; i++)
		put(z, names[i], g->z[i].status == GROWTH_Z_OK ? real2(g->z[i].z) : json_null());
	return z;
}

static json_t *measurement_json(const struct ctx *x, const struct measurement *m,
				const struct measurement_growth *g)
{
	json_t *j = json_object();
	put(j, "id", json_string(m->id));
	put(j, "contact_id", json_str_or_null(m->contact_id));
	put(j, "date", json_date_or_null(m->measured_on));
	put(j, "age_days", json_integer(g->age_days));
	put(j, "length_mm", int_or_null(m->length_mm));
	put(j, "length_method", json_str_or_null(m->length_method));
	put(j, "weight_g", int_or_null(m->weight_g));
	put(j, "weight_method", json_str_or_null(m->weight_method));
	put(j, "head_mm", int_or_null(m->head_mm));
	put(j, "bmi", g->bmi > 0 ? real2(g->bmi) : json_null());
	put(j, "z", z_json(g));
	put(j, "z_remark", json_str_or_null(measurement_growth_remark(g)));
	put(j, "flags", flag_words(m->flags));
	put(j, "implausible", flag_words(g->flags));
	put(j, "standing_before_9_months", json_boolean(g->position));
	put(j, "confirmed_by", json_str_or_null(m->confirmed_by));
	put(j, "confirmed_by_name", account_name(x, m->confirmed_by));
	put(j, "note", json_str_or_null(m->note));
	put(j, "version", json_integer(m->version));
	return j;
}

static json_t *measurements_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	struct measurement *m = NULL;
	int n = 0;
	if (measurement_list(x->db, c->id, &m, &n, e) != GP_OK)
		return NULL;
	struct measurement_growth *g = calloc(n > 0 ? (size_t)n : 1, sizeof *g);
	if (!g) {
		free(m);
		gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		return NULL;
	}
	measurement_growth_list(x->refs->growth, c->sex, c->birth_date, m, n, g);
	json_t *a = json_array();
	for (int i = 0; i < n; i++)
		json_array_append_new(a, measurement_json(x, &m[i], &g[i]));
	free(g);
	free(m);
	return a;
}

static json_t *vaccinations_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	const char *child_id = c->id;
	struct vaccination *v = NULL;
	int n = 0;
	if (vaccination_list(x->db, child_id, &v, &n, e) != GP_OK)
		return NULL;
	json_t *a = json_array();
	for (int i = 0; i < n; i++) {
		json_t *j = json_object();
		put(j, "id", json_string(v[i].id));
		put(j, "contact_id", json_str_or_null(v[i].contact_id));
		put(j, "date", json_date_or_null(v[i].date));
		put(j, "vaccine", json_string(v[i].vaccine));
		put(j, "dose_no", int_or_null(v[i].dose_no));
		put(j, "given", json_boolean(v[i].given));
		put(j, "batch", json_str_or_null(v[i].batch));
		put(j, "site", json_str_or_null(v[i].site));
		put(j, "given_by", json_str_or_null(v[i].given_by));
		put(j, "given_by_name", account_name(x, v[i].given_by));
		put(j, "reason_not_given", json_str_or_null(v[i].reason_not_given));
		put(j, "note", json_str_or_null(v[i].note));
		put(j, "version", json_integer(v[i].version));
		json_array_append_new(a, j);
	}
	free(v);
	return a;
}

/* ---- the whole ------------------------------------------------------------------- */

/* The child's GIZ assessments (src/export_giz.c). */
static json_t *giz_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	return export_giz_json(x->db, x->refs->codes, c->id, e);
}

/* The child's warm handovers (src/export_handover.c). */
static json_t *handovers_json(const struct ctx *x, const struct child *c, struct gp_err *e)
{
	return export_handovers_json(x->db, x->refs->codes, c->id, e);
}

json_t *export_child_json_tree(struct db *db, const struct export_refs *refs,
			       const struct child *c, struct gp_date today, struct gp_err *e)
{
	struct ctx x = {db, refs, NULL, 0};
	if (perm_require(db, PERM_EXPORT, c->id, e) != GP_OK ||
	    perm_require(db, PERM_READ, c->id, e) != GP_OK ||
	    dossier_check_texts(db, c->id, e) != GP_OK)
		return NULL;
	if (account_list(db, &x.accounts, &x.naccounts, e) != GP_OK)
		return NULL;
	json_t *root = json_object();
	put(root, "format", json_string("groeipad-child"));
	put(root, "format_version", json_integer(EXPORT_JSON_VERSION));
	put(root, "exported_on", json_date_or_null(today));
	put(root, "child", child_json(&x, c));
	/* The parts after "child", in order.  A new record type adds its
	 * function and one line here. */
	static const struct {
		const char *key;
		json_t *(*build)(const struct ctx *, const struct child *, struct gp_err *);
	} parts[] = {
		{"parents", parents_json},
		{"contacts", contacts_json},
		{"measurements", measurements_json},
		{"vaccinations", vaccinations_json},
		{"giz", giz_json},
		{"handovers", handovers_json},
	};
	int ok = root != NULL;
	for (size_t i = 0; ok && i < sizeof parts / sizeof *parts; i++) {
		json_t *part = parts[i].build(&x, c, e);
		ok = part != NULL && put(root, parts[i].key, part) == 0;
	}
	free(x.accounts);
	if (!ok) {
		json_decref(root);
		if (!e || e->code == GP_OK)
			gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		return NULL;
	}
	return root;
}

enum gp_status export_child_json(struct db *db, const struct export_refs *refs,
				 const struct child *c, struct gp_date today, char **out,
				 struct gp_err *e)
{
	*out = NULL;
	json_t *root = export_child_json_tree(db, refs, c, today, e);
	if (!root)
		return e ? e->code : GP_EINTERNAL;
	char *text = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
					      JSON_REAL_PRECISION(15));
	json_decref(root);
	if (!text)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	size_t len = strlen(text);
	char *nl = realloc(text, len + 2);
	if (!nl) {
		free(text);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	memcpy(nl + len, "\n", 2);
	*out = nl;
	return GP_OK;
}
