/* recent.c — see recent.h. */
#include <stddef.h>

#include "recent.h"
#include "i18n.h"

enum gp_status recent_children(struct db *db, const char *account_id,
			       struct child_summary *out, int max, int *n, struct gp_err *e)
{
	static const char sql[] =
		"SELECT c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "
		"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex "
		"FROM (SELECT child_id, max(seq) AS last FROM audit_log "
		"      WHERE account_id = ?1 AND action = 'view' AND child_id IS NOT NULL "
		"      GROUP BY child_id ORDER BY last DESC LIMIT ?2) v "
		"JOIN children c ON c.id = gp_uuid_blob(v.child_id) ORDER BY v.last DESC";
	*n = 0;
	if (max <= 0)
		return GP_OK;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, account_id, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, max);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && *n < max)
		child_summary_read(st, &out[(*n)++]);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("de laatst geopende kinderen lezen"), e);
	return GP_OK;
}
