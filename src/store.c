/* store.c — see store.h. */
#include <stdio.h>

#include "account.h"
#include "audit.h"
#include "i18n.h"
#include "store.h"

enum gp_status store_stale_error(struct db *db, const char *table, const char *id,
				 struct gp_err *e)
{
	char sql[200];
	snprintf(sql, sizeof sql,
		 "SELECT t.updated_at, coalesce(a.display_name, '') FROM %s t "
		 "LEFT JOIN accounts a ON a.seq = t.updated_by WHERE t.id = ?", table);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("de wijziging controleren"), e);
	db_bind_id(st, 1, id);
	enum gp_status s;
	if (sqlite3_step(st) == SQLITE_ROW) {
		char at[DB_TIME_LEN], who[ACCOUNT_DISPLAY_BUF];
		db_col_time(st, 0, at);
		db_col_text(st, 1, who, sizeof who);
		s = gp_fail(e, GP_ESTALE,
			    _("Niet opgeslagen: %s heeft dit intussen gewijzigd (%s). Uw invoer "
			      "staat nog op het scherm: neem uw wijzigingen over, sluit met Esc en "
			      "open het opnieuw om de nieuwe versie te zien."),
			    who[0] ? who : _("iemand anders"), at);
	} else {
		s = gp_fail(e, GP_ENOTFOUND, _("Niet opgeslagen: dit record bestaat niet meer."));
	}
	sqlite3_finalize(st);
	return s;
}

enum gp_status store_save_one(struct db *db, sqlite3_stmt *st, int need_change,
			      const char *table, const char *id, const char *child_id,
			      const char *action, const char *detail, struct gp_err *e)
{
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK) {
		sqlite3_reset(st);
		return s;
	}
	int rc = sqlite3_step(st);
	int changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		s = db_error(db, rc, _("de gegevens opslaan"), e);
	else if (need_change && changed == 0)
		s = store_stale_error(db, table, id, e);
	else
		s = audit_log(db, child_id, action, detail, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}
