/* org.c — see org.h. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "org.h"
#include "store.h"
#include "text.h"
#include "perm.h"

static const char *const KINDS[] = {"wijkteam", "huisarts", "poh_ggz", "school",
				    "kinderopvang", "jgz_4_18", "jeugdhulp", "veilig_thuis",
				    "verloskundige", "kraamzorg", "overig"};

enum gp_status org_validate(const struct org *o, struct gp_err *e)
{
	const char *why;
	char norm[POSTCODE_BUF];
	int kind_ok = 0;
	for (size_t i = 0; i < sizeof KINDS / sizeof *KINDS; i++)
		kind_ok |= strcmp(o->kind, KINDS[i]) == 0;
	if (!kind_ok)
		return gp_fail_at(e, GP_EINPUT, "kind", 0, "%s",
				  _("Soort: kies een soort organisatie uit de lijst."));
	if (valid_text(o->name, TEXT_MAX_CHARS, 1, &why) != 0)
		return gp_fail_at(e, GP_EINPUT, "name", 0, "%s: %s", _("Naam"), why);
	const char *const texts[][3] = {
		{"phone", _("Telefoon"), o->phone},
		{"house_number", _("Huisnummer"), o->house_number},
		{"contact_person", _("Contactpersoon"), o->contact_person},
		{"email", _("E-mail"), o->email}, {"street", _("Straat"), o->street},
		{"city", _("Plaats"), o->city},
	};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (valid_text(texts[i][2], i < 2 ? SHORT_MAX_CHARS : TEXT_MAX_CHARS, 0, &why) != 0)
			return gp_fail_at(e, GP_EINPUT, texts[i][0], 0, "%s: %s", texts[i][1], why);
	if (o->postcode[0] && (valid_postcode(o->postcode, norm, &why) != 0 ||
			       strcmp(norm, o->postcode) != 0))
		return gp_fail_at(e, GP_EINPUT, "postcode", 0, "%s: %s", _("Postcode"), why);
	return GP_OK;
}

#define ORG_COLS                                                                       \
	"id, kind, name, coalesce(contact_person, ''), coalesce(phone, ''), "            \
	"coalesce(email, ''), coalesce(street, ''), coalesce(house_number, ''), "        \
	"coalesce(postcode, ''), coalesce(city, ''), contracted, active, version "

static void read_org(sqlite3_stmt *st, void *row)
{
	struct org *o = row;
	memset(o, 0, sizeof *o);
	db_col_id(st, 0, o->id);
	db_col_text(st, 1, o->kind, sizeof o->kind);
	db_col_text(st, 2, o->name, sizeof o->name);
	db_col_text(st, 3, o->contact_person, sizeof o->contact_person);
	db_col_text(st, 4, o->phone, sizeof o->phone);
	db_col_text(st, 5, o->email, sizeof o->email);
	db_col_text(st, 6, o->street, sizeof o->street);
	db_col_text(st, 7, o->house_number, sizeof o->house_number);
	db_col_text(st, 8, o->postcode, sizeof o->postcode);
	db_col_text(st, 9, o->city, sizeof o->city);
	o->contracted = sqlite3_column_int(st, 10);
	o->active = sqlite3_column_int(st, 11);
	o->version = sqlite3_column_int(st, 12);
}

/* Binds the editable fields as parameters 1–12. */
static void bind_org(sqlite3_stmt *st, const struct org *o)
{
	sqlite3_bind_text(st, 1, o->kind, -1, SQLITE_TRANSIENT);
	sqlite3_bind_text(st, 2, o->name, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 3, o->contact_person);
	db_bind_text_or_null(st, 4, o->phone);
	db_bind_text_or_null(st, 5, o->email);
	db_bind_text_or_null(st, 6, o->street);
	db_bind_text_or_null(st, 7, o->house_number);
	db_bind_text_or_null(st, 8, o->postcode);
	db_bind_text_or_null(st, 9, o->city);
	sqlite3_bind_int(st, 10, o->contracted ? 1 : 0);
	sqlite3_bind_int(st, 11, o->active ? 1 : 0);
}

enum gp_status org_create(struct db *db, struct org *o, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO organisations(kind, name, contact_person, phone, email, street, "
		"house_number, postcode, city, contracted, active, id, created_at, created_by, "
		"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
		"?12, ?13, " ACTOR_SEQ(14) ", ?13, " ACTOR_SEQ(14) ")";
	enum gp_status s = perm_require(db, PERM_ORGS, NULL, e);
	if (s == GP_OK)
		s = org_validate(o, e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_new_id(db, o->id);
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_org(st, o);
	db_bind_id(st, 12, o->id);
	db_bind_time(st, 13, now);
	db_bind_id(st, 14, db->actor_id);
	s = store_save_one(db, st, 0, "organisations", o->id, NULL, "create", "organisation", e);
	if (s == GP_OK)
		o->version = 1;
	return s;
}

enum gp_status org_update(struct db *db, struct org *o, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE organisations SET kind = ?1, name = ?2, contact_person = ?3, phone = ?4, "
		"email = ?5, street = ?6, house_number = ?7, postcode = ?8, city = ?9, "
		"contracted = ?10, active = ?11, version = version + 1, updated_at = ?13, "
		"updated_by = " ACTOR_SEQ(14) " WHERE id = ?12 AND version = ?15";
	enum gp_status s = perm_require(db, PERM_ORGS, NULL, e);
	if (s == GP_OK)
		s = org_validate(o, e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_org(st, o);
	db_bind_id(st, 12, o->id);
	db_bind_time(st, 13, now);
	db_bind_id(st, 14, db->actor_id);
	sqlite3_bind_int(st, 15, o->version);
	s = store_save_one(db, st, 1, "organisations", o->id, NULL, "update", "organisation", e);
	if (s == GP_OK)
		o->version++;
	return s;
}

enum gp_status org_get(struct db *db, const char *id, struct org *o, struct gp_err *e)
{
	static const char sql[] = "SELECT " ORG_COLS "FROM organisations WHERE id = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_org(st, o);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Deze organisatie bestaat niet (meer)."));
	return db_error(db, rc, _("de organisatie lezen"), e);
}

enum gp_status org_list(struct db *db, const char *kind, struct org **out, int *n,
			struct gp_err *e)
{
	static const char sql[] = "SELECT " ORG_COLS "FROM organisations "
				  "WHERE ?1 = '' OR kind = ?1 ORDER BY name";
	const char *params[] = {kind ? kind : "", NULL};
	return db_read_rows(db, sql, params, sizeof **out, read_org, (void **)out, n, e);
}
