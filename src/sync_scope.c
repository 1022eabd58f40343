/* sync_scope.c — see sync_scope.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "i18n.h"
#include "outbox.h"
#include "retention.h"
#include "sync_scope.h"

/* The child's row number here, 0 when this file does not have it. */
static enum gp_status child_row(struct db *db, const char *id, long long *seq,
				struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, "SELECT seq FROM children WHERE id = ?1", e);
	if (!st)
		return e->code;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	*seq = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("een kind opzoeken"), e);
	return GP_OK;
}

/* 1 when a conflict of the child is open here: a person must choose first. */
static int conflict_open(struct db *db, const char *id)
{
	static const char sql[] = "SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE child_id = "
				  "gp_uuid_blob(?1) AND state = 'open')";
	sqlite3_stmt *st = db_stmt(db, sql, NULL);
	if (!st)
		return 1;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int open = sqlite3_step(st) != SQLITE_ROW || sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return open;
}

/* 1 when the outbox lists a record of the child. */
static int waiting(const struct outbox_entry *en, int n, const char *id)
{
	for (int i = 0; i < n; i++)
		if (strcmp(en[i].child_id, id) == 0)
			return 1;
	return 0;
}

static enum gp_status note_left(struct db *db, const char *id, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO settings (key, value) VALUES ('sync_left', ?1) ON CONFLICT (key) "
		"DO UPDATE SET value = value || ',' || excluded.value";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e->code;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de uitwisseling bijhouden"), e);
}

/* Removes one child that left the scope, with its audit entry. */
static enum gp_status remove_child(struct db *db, const char *id, long long seq,
				   struct gp_err *e)
{
	struct retention_counts c = {0};
	enum gp_status s = retention_remove_rows(db, seq, &c, e);
	if (s != GP_OK)
		return s;
	char detail[300];
	snprintf(detail, sizeof detail,
		 "buiten het bereik van deze werkplek; alles staat op de hub; verwijderd: kind, "
		 "%d contacten, %d metingen, %d vaccinaties, %d observaties, %d GIZ, "
		 "%d overdrachten, %d notities, %d afspraken, %d ouders",
		 c.contacts, c.measurements, c.vaccinations, c.observations, c.giz, c.handovers,
		 c.notes, c.appointments, c.parents);
	return audit_log(db, id, "sync_leave", detail, e);
}

enum gp_status sync_scope_leave_in(struct db *db, char (*ids)[DB_ID_LEN], int n,
				   struct scope_leave *r, struct gp_err *e)
{
	memset(r, 0, sizeof *r);
	if (n == 0)
		return GP_OK;
	struct outbox_entry *en = NULL;
	int m = 0;
	enum gp_status s = outbox_pending(db, &en, &m, e);
	for (int i = 0; s == GP_OK && i < n; i++) {
		long long seq = 0;
		s = child_row(db, ids[i], &seq, e);
		if (s != GP_OK)
			break;
		if (seq && (waiting(en, m, ids[i]) || conflict_open(db, ids[i]))) {
			r->kept++;
			continue;
		}
		if (seq) {
			s = remove_child(db, ids[i], seq, e);
			r->removed += s == GP_OK;
		}
		if (s == GP_OK)
			s = note_left(db, ids[i], e);
	}
	free(en);
	return s;
}

enum gp_status sync_scope_left(struct db *db, char **array, struct gp_err *e)
{
	*array = NULL;
	sqlite3_stmt *st =
		db_stmt(db, "SELECT '{' || value || '}' FROM settings WHERE key = 'sync_left'", e);
	if (!st)
		return e->code;
	int rc = sqlite3_step(st);
	const char *v = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : "";
	*array = strdup(v ? v : "");
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("de uitwisseling bijhouden"), e);
	if (!*array)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	return GP_OK;
}

enum gp_status sync_scope_left_done(struct db *db, struct gp_err *e)
{
	return db_exec(db, "DELETE FROM settings WHERE key = 'sync_left'", e);
}

enum gp_status sync_scope_keys_off(struct db *db, struct gp_err *e)
{
	return db_exec(db, "PRAGMA foreign_keys = OFF", e);
}

void sync_scope_keys_on(struct db *db)
{
	(void)db_exec(db, "PRAGMA foreign_keys = ON", NULL);
}

enum gp_status sync_scope_keys_hold(struct db *db, struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, "PRAGMA foreign_key_check", e);
	if (!st)
		return e->code;
	int rc = sqlite3_step(st);
	enum gp_status s = GP_OK;
	if (rc == SQLITE_ROW) {
		char table[64];
		db_col_text(st, 0, table, sizeof table);
		s = gp_fail(e, GP_ECORRUPT,
			    _("Na het verwijderen van kinderen buiten het bereik van deze werkplek "
			      "klopt een verwijzing niet meer (tabel %s). Er is niets verwijderd; "
			      "neem contact op met de beheerder."), table);
	} else if (rc != SQLITE_DONE) {
		s = db_error(db, rc, _("de verwijzingen controleren"), e);
	}
	sqlite3_reset(st);
	return s;
}
