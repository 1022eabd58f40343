/* conflict.c — see conflict.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "audit.h"
#include "conflict.h"
#include "i18n.h"
#include "outbox.h"
#include "text.h"

static const struct {
	const char *tbl, *label;
} KINDS[] = {
	{"accounts", N_("account")},
	{"organisations", N_("organisatie")},
	{"children", N_("kind")},
	{"parents", N_("ouder")},
	{"child_parents", N_("ouder bij kind")},
	{"contacts", N_("contactmoment")},
	{"contact_observations", N_("observatie")},
	{"measurements", N_("meting")},
	{"vaccinations", N_("vaccinatie")},
	{"appointments", N_("afspraak")},
	{"notes", N_("notitie")},
	{"giz_assessments", N_("GIZ-gesprek")},
	{"giz_aspects", N_("GIZ-aspect")},
	{"giz_agreements", N_("GIZ-afspraak")},
	{"handovers", N_("overdracht")},
	{"handover_consents", N_("toestemming")},
};

const char *conflict_kind_label(const char *tbl)
{
	for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
		if (strcmp(KINDS[i].tbl, tbl) == 0)
			return _(KINDS[i].label);
	return tbl;
}

static const struct {
	const char *key, *label;
} FIELDS[] = {
	{"given_names", N_("Voornamen")}, {"call_name", N_("Roepnaam")},
	{"tussenvoegsel", N_("Tussenvoegsel")}, {"family_name", N_("Achternaam")},
	{"bsn", N_("BSN")}, {"sex", N_("Geslacht")}, {"birth_date", N_("Geboortedatum")},
	{"street", N_("Straat")}, {"house_number", N_("Huisnummer")},
	{"postcode", N_("Postcode")}, {"city", N_("Woonplaats")}, {"phone", N_("Telefoon")},
	{"email", N_("E-mail")}, {"location", N_("Locatie")}, {"status", N_("Status")},
	{"client_no", N_("Cliëntnummer")}, {"gp_org_id", N_("Huisarts")},
	{"school_org_id", N_("School")}, {"professional_id", N_("Medewerker")},
	{"language", N_("Taal")}, {"conclusion", N_("Conclusie")},
	{"agreements", N_("Afspraken")}, {"next_step", N_("Vervolg")},
	{"next_contact_on", N_("Volgend contact")}, {"contact_date", N_("Datum")},
	{"weight_g", N_("Gewicht (g)")}, {"length_mm", N_("Lengte (mm)")},
	{"head_mm", N_("Hoofdomtrek (mm)")}, {"measured_on", N_("Gemeten op")},
	{"note", N_("Notitie")}, {"text", N_("Tekst")}, {"relation", N_("Relatie")},
	{"gezag", N_("Gezag")}, {"lives_with", N_("Woont bij kind")},
	{"rvp_variant", N_("RVP-variant")}, {"postcode_area", N_("Postcodegebied")},
	{"registered_on", N_("Ingeschreven op")},
	{"gestational_age_days", N_("Zwangerschapsduur (dagen)")},
	{"birth_weight_g", N_("Geboortegewicht (g)")},
};

const char *conflict_field_label(const char *key)
{
	for (size_t i = 0; i < sizeof FIELDS / sizeof *FIELDS; i++)
		if (strcmp(FIELDS[i].key, key) == 0)
			return _(FIELDS[i].label);
	return key;
}

enum gp_status conflict_list(struct db *db, struct conflict_line **out, int *n,
			     struct gp_err *e)
{
	static const char sql[] =
		"SELECT k.seq, k.tbl, k.child_id, c.given_names, c.tussenvoegsel, c.family_name, "
		"c.client_no, k.local_version, k.hub_version FROM sync_conflicts k "
		"LEFT JOIN children c ON c.id = k.child_id WHERE k.state = 'open' ORDER BY k.seq";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct conflict_line *rows = NULL;
	int count = 0, cap = 0, rc;
	enum gp_status s = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (count == cap) {
			int ncap = cap ? cap * 2 : 8;
			struct conflict_line *g = realloc(rows, (size_t)ncap * sizeof *rows);
			if (!g) {
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
				break;
			}
			rows = g;
			cap = ncap;
		}
		struct conflict_line *l = &rows[count++];
		memset(l, 0, sizeof *l);
		l->seq = sqlite3_column_int64(st, 0);
		db_col_text(st, 1, l->tbl, sizeof l->tbl);
		db_col_id(st, 2, l->child_id);
		if (sqlite3_column_type(st, 3) != SQLITE_NULL) {
			const char *tv = (const char *)sqlite3_column_text(st, 4);
			snprintf(l->child_name, sizeof l->child_name, "%s%s%s %s (%d)",
				 (const char *)sqlite3_column_text(st, 3), tv && *tv ? " " : "",
				 tv ? tv : "", (const char *)sqlite3_column_text(st, 5),
				 sqlite3_column_int(st, 6));
		}
		l->here_version = sqlite3_column_int(st, 7);
		l->hub_version = sqlite3_column_int(st, 8);
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("de conflicten lezen"), e);
	sqlite3_reset(st);
	if (s != GP_OK) {
		free(rows);
		return s;
	}
	*out = rows;
	*n = count;
	return GP_OK;
}

/* An open conflict's table, record id, versions and bodies (parsed). */
struct loaded {
	char tbl[32];
	char record_id[DB_ID_LEN];
	char child_id[DB_ID_LEN];
	int here_version, hub_version;
	json_t *here, *hub;
};

static enum gp_status load(struct db *db, long long seq, struct loaded *L, struct gp_err *e)
{
	static const char sql[] =
		"SELECT tbl, gp_uuid_text(record_id), child_id, local_version, hub_version, "
		"local_body, hub_body FROM sync_conflicts WHERE seq = ?1 AND state = 'open'";
	memset(L, 0, sizeof *L);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, seq);
	int rc = sqlite3_step(st);
	enum gp_status s = GP_OK;
	if (rc == SQLITE_ROW) {
		db_col_text(st, 0, L->tbl, sizeof L->tbl);
		db_col_text(st, 1, L->record_id, sizeof L->record_id);
		db_col_id(st, 2, L->child_id);
		L->here_version = sqlite3_column_int(st, 3);
		L->hub_version = sqlite3_column_int(st, 4);
		json_error_t je;
		L->here = json_loads((const char *)sqlite3_column_text(st, 5), 0, &je);
		L->hub = json_loads((const char *)sqlite3_column_text(st, 6), 0, &je);
		if (!json_is_object(L->here) || !json_is_object(L->hub))
			s = gp_fail(e, GP_ECORRUPT, "%s",
				    _("Een conflict is beschadigd opgeslagen. Voer 'groeipad check' "
				      "uit en neem contact op met de beheerder."));
	} else if (rc == SQLITE_DONE) {
		s = gp_fail(e, GP_ENOTFOUND, "%s",
			    _("Dit conflict is al opgelost (misschien in een ander venster)."));
	} else {
		s = db_error(db, rc, _("de conflicten lezen"), e);
	}
	sqlite3_reset(st);
	if (s != GP_OK) {
		json_decref(L->here);
		json_decref(L->hub);
		L->here = L->hub = NULL;
	}
	return s;
}

static int bookkeeping(const char *key)
{
	static const char *const skip[] = {"id", "version", "created_at", "created_by",
					   "updated_at", "updated_by", NULL};
	for (const char *const *k = skip; *k; k++)
		if (strcmp(*k, key) == 0)
			return 1;
	return 0;
}

/* The name of a referenced organisation or account, for a key that holds
 * its id; 0 when the key is no such reference or the record is not here. */
static int reference_name(struct db *db, const char *key, const char *id, char *out,
			  size_t n)
{
	static const char org_sql[] = "SELECT name FROM organisations WHERE id = gp_uuid_blob(?1)";
	static const char acc_sql[] =
		"SELECT display_name FROM accounts WHERE id = gp_uuid_blob(?1)";
	size_t len = strlen(key);
	if (len < 4 || strcmp(key + len - 3, "_id") != 0 || strlen(id) != DB_ID_LEN - 1)
		return 0;
	int org = strstr(key, "org") != NULL;
	sqlite3_stmt *st = db_stmt(db, org ? org_sql : acc_sql, NULL);
	if (!st)
		return 0;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int found = sqlite3_step(st) == SQLITE_ROW;
	if (found)
		db_col_text(st, 0, out, n);
	sqlite3_reset(st);
	return found;
}

static void value_text(struct db *db, const char *key, json_t *v, char *out, size_t n)
{
	out[0] = '\0';
	if (!v || json_is_null(v))
		return;
	char name[CONFLICT_VALUE_LEN];
	if (json_is_string(v) && reference_name(db, key, json_string_value(v), name, sizeof name)) {
		text_sanitize(name, out, n, 0);
	} else if (json_is_string(v)) {
		text_sanitize(json_string_value(v), out, n, 0);
	} else {
		char *d = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		if (d)
			text_sanitize(d, out, n, 0);
		free(d);
	}
}

/* The fields in their order: differing ones first, each group by key as the
 * hub's body lists them.  Fills out (may be NULL to count). */
static int fields_of(struct db *db, const struct loaded *L, struct conflict_field *out)
{
	int n = 0;
	for (int pass = 0; pass < 2; pass++) {
		const char *key;
		json_t *hv;
		json_object_foreach(L->hub, key, hv) {
			if (bookkeeping(key))
				continue;
			json_t *mv = json_object_get(L->here, key);
			int differs = !json_equal(hv, mv ? mv : json_null());
			if (differs != (pass == 0))
				continue;
			if (out) {
				struct conflict_field *f = &out[n];
				memset(f, 0, sizeof *f);
				snprintf(f->key, sizeof f->key, "%s", key);
				value_text(db, key, mv, f->here, sizeof f->here);
				value_text(db, key, hv, f->hub, sizeof f->hub);
				f->differs = differs;
			}
			n++;
		}
	}
	return n;
}

enum gp_status conflict_fields(struct db *db, long long seq, struct conflict_field **out,
			       int *n, struct gp_err *e)
{
	*out = NULL;
	*n = 0;
	struct loaded L;
	enum gp_status s = load(db, seq, &L, e);
	if (s != GP_OK)
		return s;
	int count = fields_of(db, &L, NULL);
	struct conflict_field *f = calloc((size_t)(count ? count : 1), sizeof *f);
	if (!f)
		s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	else
		fields_of(db, &L, f);
	json_decref(L.here);
	json_decref(L.hub);
	if (s == GP_OK) {
		*out = f;
		*n = count;
	}
	return s;
}

enum gp_status conflict_resolve(struct db *db, long long seq, const int *take_hub, int n,
				struct gp_err *e)
{
	static const char base_sql[] =
		"UPDATE sync_outbox SET base_version = ?3 WHERE tbl = ?1 AND row_seq = ?2";
	static const char done_sql[] =
		"UPDATE sync_conflicts SET state = 'opgelost' WHERE seq = ?1";
	struct loaded L;
	enum gp_status s = load(db, seq, &L, e);
	if (s != GP_OK)
		return s;
	int count = fields_of(db, &L, NULL);
	struct conflict_field *f = calloc((size_t)(count ? count : 1), sizeof *f);
	json_t *merged = json_deep_copy(L.hub);
	char *text = NULL;
	char detail[400] = "";
	if (!f || !merged || n != count) {
		s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		goto out;
	}
	fields_of(db, &L, f);
	size_t used = 0;
	used += (size_t)snprintf(detail, sizeof detail, "%s: van hier:", L.tbl);
	for (int i = 0; i < count; i++) {
		if (take_hub[i] || !f[i].differs)
			continue;
		json_t *mv = json_object_get(L.here, f[i].key);
		json_object_set(merged, f[i].key, mv ? mv : json_null());
		if (used < sizeof detail)
			used += (size_t)snprintf(detail + used, sizeof detail - used, " %s", f[i].key);
	}
	if (used < sizeof detail)
		used += (size_t)snprintf(detail + used, sizeof detail - used, "; van de hub:");
	for (int i = 0; i < count && used < sizeof detail; i++)
		if (take_hub[i] && f[i].differs)
			used += (size_t)snprintf(detail + used, sizeof detail - used, " %s", f[i].key);
	int version = (L.here_version > L.hub_version ? L.here_version : L.hub_version) + 1;
	json_object_set_new(merged, "version", json_integer(version));
	if (json_object_get(merged, "updated_at"))
		json_object_set_new(merged, "updated_at", json_integer((json_int_t)time(NULL)));
	if (json_object_get(merged, "updated_by"))
		json_object_set_new(merged, "updated_by",
				    db->actor_id[0] ? json_string(db->actor_id) : json_null());
	text = json_dumps(merged, JSON_COMPACT);
	if (!text) {
		s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		goto out;
	}
	if ((s = db_begin(db, e)) != GP_OK)
		goto out;
	s = outbox_apply(db, L.tbl, text, e);
	int have = 0;
	long long row = 0;
	if (s == GP_OK)
		s = outbox_local_version(db, L.tbl, L.record_id, &have, &row, e);
	sqlite3_stmt *st = s == GP_OK ? db_stmt(db, base_sql, e) : NULL;
	if (s == GP_OK && !st)
		s = e->code;
	if (s == GP_OK) {
		sqlite3_bind_text(st, 1, L.tbl, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, row);
		sqlite3_bind_int(st, 3, L.hub_version);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			s = db_error(db, rc, _("het conflict oplossen"), e);
	}
	if (s == GP_OK && (st = db_stmt(db, done_sql, e)) == NULL)
		s = e->code;
	if (s == GP_OK) {
		sqlite3_bind_int64(st, 1, seq);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			s = db_error(db, rc, _("het conflict oplossen"), e);
	}
	if (s == GP_OK)
		s = audit_log(db, L.child_id[0] ? L.child_id : NULL, "conflict_resolved", detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
out:
	free(text);
	free(f);
	json_decref(merged);
	json_decref(L.here);
	json_decref(L.hub);
	return s;
}
