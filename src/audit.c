/* audit.c — see audit.h.  The hash is BLAKE2b-256 (libsodium's
 * crypto_generichash) over the previous hash and the row's fields, each
 * followed by a 0x1F separator so fields cannot shift into each other. */
#include <string.h>

#include <sodium.h>

#include "audit.h"
#include "i18n.h"

enum { HASH_HEX = AUDIT_HASH_HEX };
_Static_assert(AUDIT_HASH_HEX == crypto_generichash_BYTES * 2 + 1, "hash length");

static const char GENESIS[] = AUDIT_GENESIS;

static void add_field(crypto_generichash_state *h, const char *s)
{
	static const unsigned char sep = 0x1F;
	if (s)
		crypto_generichash_update(h, (const unsigned char *)s, strlen(s));
	crypto_generichash_update(h, &sep, 1);
}

void audit_chain_hash(const char *prev, const char *at, const char *account_id,
		      const char *username, const char *workstation, const char *child_id,
		      const char *action, const char *detail, char *out_hex)
{
	crypto_generichash_state h;
	unsigned char digest[crypto_generichash_BYTES];
	crypto_generichash_init(&h, NULL, 0, sizeof digest);
	const char *fields[] = {prev, at, account_id, username, workstation, child_id,
				action, detail};
	for (size_t i = 0; i < sizeof fields / sizeof *fields; i++)
		add_field(&h, fields[i]);
	crypto_generichash_final(&h, digest, sizeof digest);
	sodium_bin2hex(out_hex, HASH_HEX, digest, sizeof digest);
}

/* audit_log's work, inside its transaction. */
static enum gp_status append(struct db *db, const char *child_id, const char *action,
			     const char *detail, struct gp_err *e)
{
	static const char last_sql[] = "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1";
	static const char insert_sql[] =
		"INSERT INTO audit_log(at, account_id, username, workstation, child_id, action, "
		"detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
	char prev[HASH_HEX], hash[HASH_HEX], at[DB_TIME_LEN];
	sqlite3_stmt *st = db_stmt(db, last_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_text(st, 0, prev, sizeof prev);
	else if (rc == SQLITE_DONE)
		memcpy(prev, GENESIS, sizeof GENESIS);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("het logboek bijwerken"), e);

	db_now(db, at);
	const char *acc = db->actor_id[0] ? db->actor_id : NULL;
	const char *user = db->actor_name[0] ? db->actor_name : NULL;
	audit_chain_hash(prev, at, acc, user, db->workstation, child_id, action, detail, hash);

	st = db_stmt(db, insert_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, at, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 2, acc);
	db_bind_text_or_null(st, 3, user);
	sqlite3_bind_text(st, 4, db->workstation, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 5, child_id);
	sqlite3_bind_text(st, 6, action, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 7, detail);
	sqlite3_bind_text(st, 8, prev, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("het logboek bijwerken"), e);
}

enum gp_status audit_log(struct db *db, const char *child_id, const char *action,
			 const char *detail, struct gp_err *e)
{
	if (db->bulk)
		return GP_OK; /* the bulk job logs itself once (db_bulk_begin) */
	/* Reading the last hash and appending are one write transaction (or part
	 * of the caller's), so two workstations never chain onto the same entry. */
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	s = append(db, child_id, action, detail, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

enum gp_status audit_verify(struct db *db, long long *entries, struct gp_err *e)
{
	static const char sql[] =
		"SELECT seq, at, account_id, username, workstation, child_id, action, detail, "
		"prev_hash, hash FROM audit_log ORDER BY seq";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	char prev[HASH_HEX], hash[HASH_HEX];
	memcpy(prev, GENESIS, sizeof GENESIS);
	long long n = 0;
	int rc;
	enum gp_status result = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long seq = sqlite3_column_int64(st, 0);
		const char *stored_prev = col(st, 8), *stored = col(st, 9);
		audit_chain_hash(prev, col(st, 1), col(st, 2), col(st, 3), col(st, 4), col(st, 5),
			   col(st, 6), col(st, 7), hash);
		if (!stored_prev || strcmp(stored_prev, prev) != 0) {
			result = gp_fail(e, GP_ECORRUPT,
					 _("Het logboek is onderbroken bij regel %lld: een eerdere "
					   "regel ontbreekt of is veranderd."), seq);
			break;
		}
		if (!stored || strcmp(stored, hash) != 0) {
			result = gp_fail(e, GP_ECORRUPT,
					 _("Logboekregel %lld is na het schrijven veranderd."), seq);
			break;
		}
		memcpy(prev, hash, sizeof hash);
		n++;
	}
	if (result == GP_OK && rc != SQLITE_DONE)
		result = db_error(db, rc, _("het logboek lezen"), e);
	sqlite3_reset(st);
	if (entries)
		*entries = n;
	return result;
}
