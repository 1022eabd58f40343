/* outbox.c — see outbox.h. */
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "outbox.h"

/* children: its id, version and child (itself) by row number. */
static const char children_row_sql[] = "SELECT id, version, id FROM children WHERE seq = ?1";

/* children as they travel (SQLite's json_object; references by global id). */
static const char children_body_sql[] =
	"SELECT json_object("
	"'id', gp_uuid_text(id), 'client_no', client_no, 'bsn', bsn, "
	"'given_names', given_names, 'call_name', call_name, 'tussenvoegsel', tussenvoegsel, "
	"'family_name', family_name, 'sex', sex, 'birth_date', birth_date, "
	"'gestational_age_days', gestational_age_days, 'birth_weight_g', birth_weight_g, "
	"'street', street, 'house_number', house_number, 'postcode', postcode, 'city', city, "
	"'phone', phone, "
	"'gp_org_id', (SELECT gp_uuid_text(id) FROM organisations WHERE seq = gp_org_seq), "
	"'school_org_id', (SELECT gp_uuid_text(id) FROM organisations WHERE seq = school_org_seq), "
	"'registered_on', registered_on, 'rvp_variant', rvp_variant, 'status', status, "
	"'location', location, "
	"'professional_id', (SELECT gp_uuid_text(id) FROM accounts WHERE seq = professional_seq), "
	"'version', version, 'created_at', created_at, "
	"'created_by', (SELECT gp_uuid_text(id) FROM accounts WHERE seq = created_by), "
	"'updated_at', updated_at, "
	"'updated_by', (SELECT gp_uuid_text(id) FROM accounts WHERE seq = updated_by)) "
	"FROM children WHERE seq = ?1";

static const char *const children_local[] = {"seq", "sort_key", "sort_no", "search_names",
					     NULL};

/* The tables this build exchanges. */
static const struct wire_table {
	const char *name;
	const char *row_sql;         /* ?1 = seq → id, version, child id */
	const char *body_sql;        /* ?1 = seq → the JSON text */
	const char *const *local;    /* columns that stay here */
} TABLES[] = {
	{"children", children_row_sql, children_body_sql, children_local},
};

static const struct wire_table *find_table(const char *tbl)
{
	for (size_t i = 0; i < sizeof TABLES / sizeof *TABLES; i++)
		if (strcmp(TABLES[i].name, tbl) == 0)
			return &TABLES[i];
	return NULL;
}

const char *const *outbox_local_columns(const char *tbl)
{
	const struct wire_table *t = find_table(tbl);
	return t ? t->local : NULL;
}

/* Fills en->id, child_id and version from the record itself. */
static enum gp_status read_record(struct db *db, struct outbox_entry *en, struct gp_err *e)
{
	const struct wire_table *t = find_table(en->tbl);
	if (!t)
		return gp_fail(e, GP_ECORRUPT,
			       _("De lijst met wijzigingen voor de hub noemt de tabel '%s', die deze "
				 "versie van groeipad niet uitwisselt. Gebruik de nieuwere versie."),
			       en->tbl);
	sqlite3_stmt *st = db_stmt(db, t->row_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, en->row_seq);
	int rc = sqlite3_step(st);
	enum gp_status s = GP_OK;
	if (rc == SQLITE_ROW) {
		db_col_id(st, 0, en->id);
		en->version = sqlite3_column_int(st, 1);
		db_col_id(st, 2, en->child_id);
	} else if (rc == SQLITE_DONE) {
		s = gp_fail(e, GP_ECORRUPT,
			    _("De lijst met wijzigingen voor de hub noemt rij %lld van %s, die niet "
			      "bestaat. Voer 'groeipad check' uit en neem contact op met de "
			      "beheerder."), en->row_seq, en->tbl);
	} else {
		s = db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
	}
	sqlite3_reset(st);
	return s;
}

enum gp_status outbox_pending(struct db *db, struct outbox_entry **out, int *n,
			      struct gp_err *e)
{
	static const char sql[] =
		"SELECT seq, tbl, row_seq, base_version FROM sync_outbox ORDER BY seq";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct outbox_entry *rows = NULL;
	int count = 0, cap = 0, rc;
	enum gp_status s = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (count == cap) {
			int ncap = cap ? cap * 2 : 16;
			struct outbox_entry *grown = realloc(rows, (size_t)ncap * sizeof *rows);
			if (!grown) {
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
				break;
			}
			rows = grown;
			cap = ncap;
		}
		struct outbox_entry *en = &rows[count++];
		memset(en, 0, sizeof *en);
		en->seq = sqlite3_column_int64(st, 0);
		db_col_text(st, 1, en->tbl, sizeof en->tbl);
		en->row_seq = sqlite3_column_int64(st, 2);
		en->base_version = sqlite3_column_int(st, 3);
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
	sqlite3_reset(st);
	for (int i = 0; s == GP_OK && i < count; i++)
		s = read_record(db, &rows[i], e);
	if (s != GP_OK) {
		free(rows);
		return s;
	}
	*out = rows;
	*n = count;
	return GP_OK;
}

enum gp_status outbox_body(struct db *db, const struct outbox_entry *en, char **json,
			   struct gp_err *e)
{
	*json = NULL;
	const struct wire_table *t = find_table(en->tbl);
	if (!t)
		return gp_fail(e, GP_ECORRUPT,
			       _("De lijst met wijzigingen voor de hub noemt de tabel '%s', die deze "
				 "versie van groeipad niet uitwisselt. Gebruik de nieuwere versie."),
			       en->tbl);
	sqlite3_stmt *st = db_stmt(db, t->body_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, en->row_seq);
	int rc = sqlite3_step(st);
	enum gp_status s = GP_OK;
	if (rc == SQLITE_ROW) {
		const char *text = (const char *)sqlite3_column_text(st, 0);
		*json = text ? strdup(text) : NULL;
		if (!*json)
			s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	} else if (rc == SQLITE_DONE) {
		s = gp_fail(e, GP_ECORRUPT,
			    _("De lijst met wijzigingen voor de hub noemt rij %lld van %s, die niet "
			      "bestaat. Voer 'groeipad check' uit en neem contact op met de "
			      "beheerder."), en->row_seq, en->tbl);
	} else {
		s = db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
	}
	sqlite3_reset(st);
	return s;
}

/* One confirmed entry, inside the caller's transaction. */
static enum gp_status confirm_one(struct db *db, const struct outbox_entry *en,
				  struct gp_err *e)
{
	static const char done_sql[] = "DELETE FROM sync_outbox WHERE seq = ?1";
	static const char rebase_sql[] = "UPDATE sync_outbox SET base_version = ?2 WHERE seq = ?1";
	struct outbox_entry now = *en;
	enum gp_status s = read_record(db, &now, e);
	if (s != GP_OK)
		return s;
	int saved_since = now.version != en->version;
	sqlite3_stmt *st = db_stmt(db, saved_since ? rebase_sql : done_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, en->seq);
	if (saved_since)
		sqlite3_bind_int(st, 2, en->version);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de wijzigingen voor de hub "
							     "afboeken"), e);
}

enum gp_status outbox_confirm(struct db *db, const struct outbox_entry *entries, int n,
			      struct gp_err *e)
{
	enum gp_status s = db_begin(db, e);
	for (int i = 0; s == GP_OK && i < n; i++)
		s = confirm_one(db, &entries[i], e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}
