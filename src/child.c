/* child.c — see child.h.  One transaction per save, with its audit entry. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "child.h"
#include "i18n.h"
#include "store.h"
#include "text.h"
#include "perm.h"

/* ---- names ---------------------------------------------------------- */

static void join(char *out, size_t outsz, const char *const parts[], int n, const char *sep)
{
	/* memcpy, not snprintf: this runs for every child in a search list */
	size_t used = 0, seplen = strlen(sep);
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (!parts[i] || !parts[i][0])
			continue;
		size_t len = strlen(parts[i]), s = used ? seplen : 0;
		if (used + s + len >= outsz) {
			size_t room = outsz - 1 - used;
			memcpy(out + used, sep, s < room ? s : room);
			if (room > s)
				memcpy(out + used + s, parts[i], room - s);
			out[outsz - 1] = '\0';
			text_copy(out, outsz, out); /* cut at a character boundary */
			return;
		}
		memcpy(out + used, sep, s);
		memcpy(out + used + s, parts[i], len + 1);
		used += s + len;
	}
}

void child_display_name(const char *given, const char *prefix, const char *family, char *out,
			size_t outsz)
{
	const char *parts[] = {given, prefix, family};
	join(out, outsz, parts, 3, " ");
}

void child_sort_name(const char *given, const char *prefix, const char *family, char *out,
		     size_t outsz)
{
	char first[NAME_BUF + PREFIX_BUF + 2];
	const char *rest[] = {given, prefix};
	join(first, sizeof first, rest, 2, " ");
	const char *parts[] = {family, first};
	join(out, outsz, parts, 2, ", ");
}

/* The sort key ignores the tussenvoegsel: "van der Berg" sorts under B. */
void child_sort_key(const struct child *c, char *out, size_t outsz)
{
	char fam[NAME_BUF], giv[NAME_BUF];
	text_fold(c->family_name, fam, sizeof fam);
	text_fold(c->given_names, giv, sizeof giv);
	snprintf(out, outsz, "%s\x1f%s", fam, giv);
}

/* Everything search should find the child by: names as written and folded
 * (FTS5 removes most diacritics itself; folding adds ł→l, ß→ss, ø→o). */
void child_search_names(const struct child *c, char *out, size_t outsz)
{
	char plain[NAME_BUF * 4], folded[NAME_BUF * 4];
	const char *parts[] = {c->given_names, c->call_name, c->tussenvoegsel, c->family_name};
	join(plain, sizeof plain, parts, 4, " ");
	text_fold(plain, folded, sizeof folded);
	if (strcmp(plain, folded) == 0)
		text_copy(out, outsz, plain);
	else
		snprintf(out, outsz, "%s %s", plain, folded);
}

/* ---- validation ----------------------------------------------------- */

/* Refuses the value of member `key` (labelled `label` for the user). */
static enum gp_status field_fail(struct gp_err *e, const char *key, const char *label,
				 const char *why)
{
	return gp_fail_at(e, GP_EINPUT, key, 0, "%s: %s", label, why);
}

/* texts: one-line fields as {member, label, value}; the first `nshort` of
 * them are short fields (house number, phone), the rest ordinary text. */
static enum gp_status check_common(const char *given, const char *prefix, const char *family,
				   const char *bsn, const char *postcode, int sex,
				   const char *const texts[][3], int ntexts, int nshort,
				   struct gp_err *e)
{
	const char *why;
	char norm[BSN_BUF];
	if (valid_text(given, NAME_MAX_CHARS, 1, &why) != 0)
		return field_fail(e, "given_names", _("Voornamen"), why);
	if (valid_text(prefix, PREFIX_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "tussenvoegsel", _("Tussenvoegsel"), why);
	if (valid_text(family, NAME_MAX_CHARS, 1, &why) != 0)
		return field_fail(e, "family_name", _("Achternaam"), why);
	if (bsn[0] && (valid_bsn(bsn, norm, &why) != 0 || strcmp(norm, bsn) != 0))
		return field_fail(e, "bsn", _("BSN"), bsn[0] && strlen(bsn) == 9 ? why
				  : _("Een BSN heeft 9 cijfers."));
	if (postcode[0] && (valid_postcode(postcode, norm, &why) != 0 ||
			    strcmp(norm, postcode) != 0))
		return field_fail(e, "postcode", _("Postcode"), why);
	if (sex < 0 || sex > 3)
		return field_fail(e, "sex", _("Geslacht"),
				  _("Kies onbekend, man, vrouw of onbepaald."));
	for (int i = 0; i < ntexts; i++)
		if (valid_text(texts[i][2], i < nshort ? SHORT_MAX_CHARS : TEXT_MAX_CHARS, 0,
			       &why) != 0)
			return field_fail(e, texts[i][0], texts[i][1], why);
	return GP_OK;
}

enum gp_status child_validate(const struct child *c, struct gp_date today, struct gp_err *e)
{
	const char *why;
	const char *const texts[][3] = {
		{"house_number", _("Huisnummer"), c->house_number},
		{"phone", _("Telefoon"), c->phone},
		{"street", _("Straat"), c->street}, {"city", _("Woonplaats"), c->city},
	};
	enum gp_status s = check_common(c->given_names, c->tussenvoegsel, c->family_name, c->bsn,
					c->postcode, c->sex, texts, 4, 2, e);
	if (s != GP_OK)
		return s;
	if (valid_text(c->call_name, NAME_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "call_name", _("Roepnaam"), why);
	const char *a = c->postcode_area;
	if (*a && (strlen(a) != 4 || a[0] < '1' || a[0] > '9' || a[1] < '0' || a[1] > '9' ||
		   a[2] < '0' || a[2] > '9' || a[3] < '0' || a[3] > '9'))
		return field_fail(e, "postcode", _("Postcode"), _("De cijfers van een postcode "
								  "zijn 4 cijfers, niet met 0 "
								  "beginnend."));
	if (valid_birth_date(c->birth_date, today, &why) != 0)
		return field_fail(e, "birth_date", _("Geboortedatum"), why);
	if (c->gestational_age_days && (c->gestational_age_days < 140 ||
					c->gestational_age_days > 315))
		return field_fail(e, "gestational_age_days", _("Zwangerschapsduur"),
				  _("Een zwangerschapsduur ligt tussen 20 en 45 weken."));
	if (c->birth_weight_g && (c->birth_weight_g < 200 || c->birth_weight_g > 7000))
		return field_fail(e, "birth_weight_g", _("Geboortegewicht"),
				  _("Een geboortegewicht ligt tussen 200 en 7000 gram."));
	if (valid_text(c->location, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "location", _("Locatie"), why);
	if (c->rvp_variant[0] && valid_text(c->rvp_variant, sizeof c->rvp_variant - 1, 0, &why) != 0)
		return field_fail(e, "rvp_variant", _("RVP-schema"), why);
	if (c->registered_on.y && (date_cmp(c->registered_on, c->birth_date) < 0 ||
				   date_cmp(c->registered_on, today) > 0))
		return field_fail(e, "registered_on", _("In zorg sinds"),
				  _("Deze datum ligt tussen de geboortedatum en vandaag."));
	return GP_OK;
}

enum gp_status parent_validate(const struct parent *p, struct gp_err *e)
{
	const char *const texts[][3] = {
		{"phone", _("Telefoon"), p->phone}, {"house_number", _("Huisnummer"), p->house_number},
		{"email", _("E-mail"), p->email}, {"street", _("Straat"), p->street},
		{"city", _("Woonplaats"), p->city}, {"language", _("Taal"), p->language},
	};
	enum gp_status s = check_common(p->given_names, p->tussenvoegsel, p->family_name, p->bsn,
					p->postcode, p->sex, texts, 6, 2, e);
	if (s != GP_OK)
		return s;
	if (p->birth_date.y && !date_valid(p->birth_date.y, p->birth_date.m, p->birth_date.d))
		return field_fail(e, "birth_date", _("Geboortedatum"), _("Die datum bestaat niet."));
	if (p->height_mm && (p->height_mm < 1000 || p->height_mm > 2300))
		return field_fail(e, "height_mm", _("Lengte"),
				  _("Een lengte ligt tussen 100 en 230 cm."));
	return GP_OK;
}

/* ---- children ------------------------------------------------------- */

#define CHILD_COLS                                                                        \
	"c.id, c.client_no, coalesce(c.bsn, ''), c.given_names, coalesce(c.call_name, ''), " \
	"coalesce(c.tussenvoegsel, ''), c.family_name, c.sex, c.birth_date, "               \
	"coalesce(c.gestational_age_days, 0), coalesce(c.birth_weight_g, 0), "              \
	"coalesce(c.street, ''), coalesce(c.house_number, ''), coalesce(c.postcode, ''), "  \
	"coalesce(c.city, ''), coalesce(c.phone, ''), "                                     \
	"(SELECT id FROM organisations WHERE seq = c.gp_org_seq), "                         \
	"(SELECT id FROM organisations WHERE seq = c.school_org_seq), "                     \
	"coalesce(c.registered_on, ''), c.status, c.version, "                              \
	"c.updated_at, coalesce(a.display_name, ''), coalesce(c.rvp_variant, ''), "         \
	"coalesce(c.location, ''), (SELECT id FROM accounts WHERE seq = c.professional_seq), " \
	"coalesce(c.postcode_area, '') "                                                    \
	"FROM children c LEFT JOIN accounts a ON a.seq = c.updated_by "

static void read_child(sqlite3_stmt *st, struct child *c)
{
	memset(c, 0, sizeof *c);
	db_col_id(st, 0, c->id);
	c->client_no = sqlite3_column_int64(st, 1);
	db_col_text(st, 2, c->bsn, sizeof c->bsn);
	db_col_text(st, 3, c->given_names, sizeof c->given_names);
	db_col_text(st, 4, c->call_name, sizeof c->call_name);
	db_col_text(st, 5, c->tussenvoegsel, sizeof c->tussenvoegsel);
	db_col_text(st, 6, c->family_name, sizeof c->family_name);
	c->sex = sqlite3_column_int(st, 7);
	db_col_date(st, 8, &c->birth_date);
	c->gestational_age_days = sqlite3_column_int(st, 9);
	c->birth_weight_g = sqlite3_column_int(st, 10);
	db_col_text(st, 11, c->street, sizeof c->street);
	db_col_text(st, 12, c->house_number, sizeof c->house_number);
	db_col_text(st, 13, c->postcode, sizeof c->postcode);
	db_col_text(st, 14, c->city, sizeof c->city);
	db_col_text(st, 15, c->phone, sizeof c->phone);
	db_col_id(st, 16, c->gp_org_id);
	db_col_id(st, 17, c->school_org_id);
	db_col_date(st, 18, &c->registered_on);
	db_col_text(st, 19, c->status, sizeof c->status);
	c->version = sqlite3_column_int(st, 20);
	db_col_time(st, 21, c->updated_at);
	db_col_text(st, 22, c->updated_by, sizeof c->updated_by);
	db_col_text(st, 23, c->rvp_variant, sizeof c->rvp_variant);
	db_col_text(st, 24, c->location, sizeof c->location);
	db_col_id(st, 25, c->professional_id);
	db_col_text(st, 26, c->postcode_area, sizeof c->postcode_area);
}

/* Binds the editable fields as parameters 1–20 and 26–28 (shared by insert
 * and update; 21–25 are the id, time, actor, version and sort group). */
static void bind_child(sqlite3_stmt *st, const struct child *c)
{
	char key[NAME_BUF * 2 + 2], names[NAME_BUF * 8];
	child_sort_key(c, key, sizeof key);
	child_search_names(c, names, sizeof names);
	db_bind_text_or_null(st, 1, c->bsn);
	sqlite3_bind_text(st, 2, c->given_names, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 3, c->call_name);
	db_bind_text_or_null(st, 4, c->tussenvoegsel);
	sqlite3_bind_text(st, 5, c->family_name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 6, key, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 7, names, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 8, c->sex);
	db_bind_date_or_null(st, 9, c->birth_date);
	db_bind_int_or_null(st, 10, c->gestational_age_days);
	db_bind_int_or_null(st, 11, c->birth_weight_g);
	db_bind_text_or_null(st, 12, c->street);
	db_bind_text_or_null(st, 13, c->house_number);
	db_bind_text_or_null(st, 14, c->postcode);
	db_bind_text_or_null(st, 15, c->city);
	db_bind_text_or_null(st, 16, c->phone);
	db_bind_id(st, 17, c->gp_org_id);
	db_bind_id(st, 18, c->school_org_id);
	db_bind_date_or_null(st, 19, c->registered_on);
	sqlite3_bind_text(st, 20, c->status[0] ? c->status : "actief", -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 26, c->rvp_variant);
	db_bind_text_or_null(st, 27, c->location);
	db_bind_id(st, 28, c->professional_id);
	/* the digits alone only while the whole postcode is unknown */
	db_bind_text_or_null(st, 29, c->postcode[0] ? "" : c->postcode_area);
}

/* Binds the child's sort group (see db.h) as parameter i. */
static void bind_sort_group(sqlite3_stmt *st, int i, const struct child *c)
{
	char key[NAME_BUF * 2 + 2];
	child_sort_key(c, key, sizeof key);
	sqlite3_bind_int64(st, i, db_sort_group(key));
}

/* A unique-constraint failure on bsn gets its own sentence. */
static enum gp_status save_error(struct db *db, int rc, const char *bsn, struct gp_err *e)
{
	if (rc == SQLITE_CONSTRAINT_UNIQUE && strstr(sqlite3_errmsg(db->h), ".bsn"))
		return gp_fail_at(e, GP_EINPUT, "bsn", 0, _("BSN: er is al een kind met BSN %s; "
							   "zoek het op in plaats van het opnieuw "
							   "in te voeren."), bsn);
	return db_error(db, rc, _("het kind opslaan"), e);
}

/* The next client number: the highest + 1 within this workstation's block
 * (settings 'client_no_base', handed out by the hub at its first exchange:
 * docs/sync.md, "Client numbers"), so two laptops never hand out the same
 * number.  A file that never exchanged has base 100000, as before. */
#define CLIENT_NO_NEXT                                                                    \
	"(SELECT coalesce((SELECT max(client_no) FROM children WHERE client_no > b.base "  \
	"AND client_no <= b.base + 899999), b.base) + 1 FROM (SELECT coalesce((SELECT "    \
	"CAST(value AS INTEGER) FROM settings WHERE key = 'client_no_base'), 100000) "    \
	"AS base) b)"

enum gp_status child_create(struct db *db, struct child *c, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO children(bsn, given_names, call_name, tussenvoegsel, family_name, "
		"sort_key, search_names, sex, birth_date, gestational_age_days, birth_weight_g, "
		"street, house_number, postcode, city, phone, gp_org_seq, school_org_seq, "
		"registered_on, status, id, client_no, created_at, created_by, updated_at, "
		"updated_by, sort_no, rvp_variant, location, professional_seq, postcode_area) "
		"VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
		"?13, ?14, ?15, ?16, " ORG_SEQ(17) ", " ORG_SEQ(18) ", ?19, ?20, ?21, "
		CLIENT_NO_NEXT ", ?22, " ACTOR_SEQ(23)
		", ?22, " ACTOR_SEQ(23) ", " NEXT_SORT_NO(25) ", ?26, ?27, " ACTOR_SEQ(28)
		", ?29) RETURNING client_no";
	enum gp_status s = perm_require(db, PERM_WRITE, NULL, e);
	if (s == GP_OK)
		s = child_validate(c, date_today(), e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_new_id(db, c->id);
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st) {
		db_rollback(db);
		return e ? e->code : GP_EINTERNAL;
	}
	bind_child(st, c);
	db_bind_id(st, 21, c->id);
	db_bind_time(st, 22, now);
	db_bind_id(st, 23, db->actor_id);
	bind_sort_group(st, 25, c);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		c->client_no = sqlite3_column_int64(st, 0);
	rc = rc == SQLITE_ROW ? sqlite3_step(st) : rc;
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		s = save_error(db, rc, c->bsn, e);
		db_rollback(db);
		return s;
	}
	if ((s = audit_log(db, c->id, "create", "child", e)) != GP_OK) {
		db_rollback(db);
		return s;
	}
	if ((s = db_commit(db, e)) != GP_OK)
		return s;
	c->version = 1;
	memcpy(c->updated_at, now, sizeof now);
	return GP_OK;
}

enum gp_status child_update(struct db *db, struct child *c, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE children SET bsn = ?1, given_names = ?2, call_name = ?3, "
		"tussenvoegsel = ?4, family_name = ?5, sort_key = ?6, search_names = ?7, sex = ?8, "
		"birth_date = ?9, gestational_age_days = ?10, birth_weight_g = ?11, street = ?12, "
		"house_number = ?13, postcode = ?14, city = ?15, phone = ?16, "
		"gp_org_seq = " ORG_SEQ(17) ", school_org_seq = " ORG_SEQ(18) ", "
		"registered_on = ?19, status = ?20, rvp_variant = ?26, location = ?27, "
		"professional_seq = " ACTOR_SEQ(28) ", postcode_area = ?29, version = version + 1, "
		"updated_at = ?22, updated_by = " ACTOR_SEQ(23) ", "
		"sort_no = CASE WHEN sort_no >> 18 = ?25 THEN sort_no ELSE " NEXT_SORT_NO(25) " END "
		"WHERE id = ?21 AND version = ?24";
	enum gp_status s = perm_require(db, PERM_WRITE, c->id, e);
	if (s == GP_OK)
		s = child_validate(c, date_today(), e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st) {
		db_rollback(db);
		return e ? e->code : GP_EINTERNAL;
	}
	bind_child(st, c);
	db_bind_id(st, 21, c->id);
	db_bind_time(st, 22, now);
	db_bind_id(st, 23, db->actor_id);
	sqlite3_bind_int(st, 24, c->version);
	bind_sort_group(st, 25, c);
	int rc = sqlite3_step(st);
	int changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		s = save_error(db, rc, c->bsn, e);
	else if (changed == 0)
		s = store_stale_error(db, "children", c->id, e);
	else
		s = audit_log(db, c->id, "update", "child", e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	if ((s = db_commit(db, e)) != GP_OK)
		return s;
	c->version++;
	memcpy(c->updated_at, now, sizeof now);
	return GP_OK;
}

static enum gp_status get_one(struct db *db, const char *sql, const char *key, int by_id,
			      struct child *c, struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	if (by_id)
		db_bind_id(st, 1, key);
	else
		sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_child(st, c);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW) {
		enum gp_status s = perm_require(db, PERM_READ, c->id, e);
		if (s != GP_OK)
			memset(c, 0, sizeof *c); /* nothing of it leaves the core */
		return s;
	}
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Er is geen kind met nummer %s."), key);
	return db_error(db, rc, _("het kind lezen"), e);
}

enum gp_status child_get(struct db *db, const char *id, struct child *c, struct gp_err *e)
{
	static const char sql[] = "SELECT " CHILD_COLS "WHERE c.id = ?";
	return get_one(db, sql, id, 1, c, e);
}

enum gp_status child_find_ref(struct db *db, const char *ref, struct child *c,
			      struct gp_err *e)
{
	static const char by_no[] = "SELECT " CHILD_COLS "WHERE c.client_no = ?";
	static const char by_bsn[] = "SELECT " CHILD_COLS "WHERE c.bsn = ?";
	char norm[BSN_BUF];
	const char *why;
	size_t n = strlen(ref);
	for (size_t i = 0; i < n; i++)
		if (!isdigit((unsigned char)ref[i]))
			return gp_fail(e, GP_EINPUT, _("'%s' is geen cliëntnummer of BSN: gebruik "
						       "alleen cijfers."), ref);
	if (n >= 8 && valid_bsn(ref, norm, &why) == 0)
		return get_one(db, by_bsn, norm, 0, c, e);
	if (n == 0 || n > 12)
		return gp_fail(e, GP_EINPUT, _("'%s' is geen cliëntnummer of BSN."), ref);
	return get_one(db, by_no, ref, 0, c, e);
}

enum gp_status child_ref_id(struct db *db, const char *ref, char *id, long long *client_no,
			    struct gp_err *e)
{
	static const char sql[] =
		"SELECT id, client_no FROM children WHERE client_no = CAST(?1 AS INTEGER) AND "
		"length(?1) < 9 UNION ALL SELECT id, client_no FROM children WHERE bsn = ?2";
	char norm[BSN_BUF] = "";
	const char *why;
	size_t n = strlen(ref);
	if (n == 0 || n > 12 || strspn(ref, "0123456789") != n)
		return gp_fail(e, GP_EINPUT, _("'%s' is geen cliëntnummer of BSN: gebruik "
					       "alleen cijfers."), ref);
	if (n >= 8 && valid_bsn(ref, norm, &why) != 0)
		norm[0] = '\0';
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, ref, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, norm, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_col_id(st, 0, id);
		*client_no = sqlite3_column_int64(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Er is geen kind met nummer %s."), ref);
	return db_error(db, rc, _("het kind opzoeken"), e);
}

enum gp_status child_log_view(struct db *db, const char *child_id, struct gp_err *e)
{
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	return s != GP_OK ? s : audit_log(db, child_id, "view", "dossier", e);
}

enum gp_status child_count(struct db *db, long long *n, struct gp_err *e)
{
	static const char sql[] = "SELECT count(*) FROM children";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	int rc = sqlite3_step(st);
	*n = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _("de kinderen tellen"), e);
}
