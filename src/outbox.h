/* outbox.h — what this workstation saved since its last exchange with the
 * organisation's hub (docs/sync.md, "Capturing local changes").
 *
 * The table sync_outbox (migration 012) is filled by triggers in the
 * transaction of every save, one row per record however often it was saved,
 * with the version it had before the first unsent change.  This module reads
 * it as the exchange will: each pending record with its global id, its
 * version now and its base version, and its body as it travels (JSON with
 * global ids instead of this file's row numbers); and clears it once the hub
 * has accepted a version.
 *
 * The exchanged tables and how they travel are listed in outbox.c; sync.c
 * pushes what this module lists and applies what the hub sends with
 * outbox_apply. */
#ifndef GP_OUTBOX_H
#define GP_OUTBOX_H

#include "db.h"

enum { OUTBOX_TABLE_LEN = 32 };

/* One record waiting for the hub. */
struct outbox_entry {
	long long seq;               /* sync_outbox.seq: order of first capture */
	char tbl[OUTBOX_TABLE_LEN];  /* the record's table */
	long long row_seq;           /* its seq in this file */
	char id[DB_ID_LEN];          /* its global id */
	char child_id[DB_ID_LEN];    /* the child it belongs to, "" for none */
	int version;                 /* its version now */
	int base_version;            /* its version before the first unsent change; 0: new */
};

/* Every pending record, in the order they were first captured: *out
 * (free() it) and *n.  A row of a table this build does not exchange, or of
 * a record that no longer exists, is GP_ECORRUPT with a sentence. */
enum gp_status outbox_pending(struct db *db, struct outbox_entry **out, int *n,
			      struct gp_err *e);

/* The record of `en` as it travels: a JSON object of its columns, `id` and
 * references as 36-character global ids (a `*_seq` column becomes `*_id`;
 * created_by and updated_by hold the account's id), timestamps as seconds,
 * and without what belongs to this file only (seq, and for children the
 * search keys sort_key, sort_no, search_names).  *json is malloc'ed. */
enum gp_status outbox_body(struct db *db, const struct outbox_entry *en, char **json,
			   struct gp_err *e);

/* The columns of `tbl` that stay in this file (a NULL-terminated list), or
 * NULL when the table is not exchanged. */
const char *const *outbox_local_columns(const char *tbl);

/* After the hub accepted entries[0..n) at their `version`s: in one
 * transaction, each entry whose record is still at that version leaves the
 * outbox; one saved again since stays, with that version as its base. */
enum gp_status outbox_confirm(struct db *db, const struct outbox_entry *entries, int n,
			      struct gp_err *e);

/* The same inside the caller's transaction. */
enum gp_status outbox_confirm_in(struct db *db, const struct outbox_entry *entries, int n,
				 struct gp_err *e);

/* Lists every record of every exchanged table (base 0), for a workstation's
 * first exchange; inside the caller's transaction. */
enum gp_status outbox_capture_all(struct db *db, struct gp_err *e);

/* The exchanged tables, in the order a pull applies them (references
 * first): their number, the i-th name (NULL past the end), and a table's
 * place in that order (-1: not exchanged). */
int outbox_table_count(void);
const char *outbox_table_name(int i);
int outbox_table_rank(const char *tbl);

/* Stores a record as the hub sent it (its body as it travels): inserted,
 * or its columns replaced when this file has that id; references turned
 * back into this file's row numbers, a child's search keys computed here,
 * link tables rewritten.  Inside the caller's transaction, with capture
 * off. */
enum gp_status outbox_apply(struct db *db, const char *tbl, const char *json,
			    struct gp_err *e);

/* The local version and row of the record with global id `id` (0 and 0
 * when this file does not have it). */
enum gp_status outbox_local_version(struct db *db, const char *tbl, const char *id,
				    int *version, long long *row_seq, struct gp_err *e);

/* Drops the statements prepared for `db` (before db_close). */
void outbox_forget(const struct db *db);

#endif
