/* caseload.c — see caseload.h. */
#include <stddef.h>

#include "caseload.h"

static void read_owner(sqlite3_stmt *st, void *row)
{
	struct caseload_owner *o = row;
	db_col_id(st, 0, o->id);
	db_col_text(st, 1, o->display_name, sizeof o->display_name);
	o->children = sqlite3_column_int(st, 2);
}

enum gp_status caseload_owners(struct db *db, struct caseload_owner **out, int *n,
			       struct gp_err *e)
{
	static const char sql[] =
		"SELECT a.id, a.display_name, count(*) FROM children c "
		"JOIN accounts a ON a.seq = c.professional_seq WHERE c.status = 'actief' "
		"GROUP BY a.seq ORDER BY a.display_name, a.seq";
	const char *params[] = {NULL};
	return db_read_rows(db, sql, params, sizeof **out, read_owner, (void **)out, n, e);
}
