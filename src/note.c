/* note.c — see note.h. */
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "note.h"
#include "perm.h"
#include "store.h"
#include "text.h"

#define NOTE_COLS \
	"n.id, c.id, n.written_at, coalesce(w.display_name, ''), n.text, n.version, " \
	"n.updated_at, coalesce(u.display_name, '') FROM notes n " \
	"JOIN children c ON c.seq = n.child_seq " \
	"LEFT JOIN accounts w ON w.seq = n.author_seq LEFT JOIN accounts u ON u.seq = n.updated_by "

static void read_note(sqlite3_stmt *st, void *row)
{
	struct note *n = row;
	db_col_id(st, 0, n->id);
	db_col_id(st, 1, n->child_id);
	db_col_time(st, 2, n->written_at);
	db_col_text(st, 3, n->author, sizeof n->author);
	db_col_text(st, 4, n->text, sizeof n->text);
	n->version = sqlite3_column_int(st, 5);
	db_col_time(st, 6, n->updated_at);
	db_col_text(st, 7, n->updated_by, sizeof n->updated_by);
}

enum gp_status note_list(struct db *db, const char *child_id, struct note **out, int *n,
			 struct gp_err *e)
{
	static const char sql[] = "SELECT " NOTE_COLS "WHERE n.child_seq = " CHILD_SEQ(1)
				  " ORDER BY n.written_at DESC, n.seq DESC";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_note, (void **)out, n, e);
}

enum gp_status note_save(struct db *db, struct note *n, struct gp_err *e)
{
	static const char insert_sql[] =
		"INSERT INTO notes(id, child_seq, written_at, author_seq, text, created_at, "
		"updated_at, updated_by) VALUES (?1, " CHILD_SEQ(2) ", ?3, " ACTOR_SEQ(4) ", ?5, ?3, "
		"?3, " ACTOR_SEQ(4) ")";
	static const char update_sql[] =
		"UPDATE notes SET text = ?5, version = version + 1, updated_at = ?3, "
		"updated_by = " ACTOR_SEQ(4) " WHERE id = ?1 AND child_seq = " CHILD_SEQ(2)
		" AND version = ?6";
	const char *why;
	char id[DB_ID_LEN], now[DB_TIME_LEN];
	enum gp_status s = perm_require(db, PERM_CARE, n->child_id, e);
	if (s != GP_OK)
		return s;
	if (valid_note(n->text, NOTE_MAX_CHARS, &why) != 0)
		return gp_fail(e, GP_EINPUT, _("Notitie: %s"), why);
	char trimmed[64];
	text_copy(trimmed, sizeof trimmed, n->text);
	text_trim(trimmed);
	if (!trimmed[0])
		return gp_fail(e, GP_EINPUT, _("Notitie: schrijf eerst iets op."));
	int is_new = n->id[0] == '\0';
	if (is_new)
		db_new_id(db, id);
	else
		text_copy(id, sizeof id, n->id);
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, is_new ? insert_sql : update_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	db_bind_id(st, 2, n->child_id);
	db_bind_time(st, 3, now);
	db_bind_id(st, 4, db->actor_id);
	sqlite3_bind_text(st, 5, n->text, -1, SQLITE_STATIC);
	if (!is_new)
		sqlite3_bind_int(st, 6, n->version);
	s = store_save_one(db, st, !is_new, "notes", id, n->child_id, is_new ? "create" : "update",
			   "note", e);
	if (s != GP_OK)
		return s;
	if (is_new) {
		memcpy(n->id, id, sizeof id);
		memcpy(n->written_at, now, sizeof now);
		n->version = 1;
	} else {
		n->version++;
	}
	memcpy(n->updated_at, now, sizeof now);
	return GP_OK;
}
