/* audit.h — the NEN 7513 access log: who viewed or changed what, when, from
 * which workstation.  Append-only (the schema refuses updates and deletes)
 * and hash-chained: each row's hash covers the previous row's hash and its
 * own fields, so a removed or altered row breaks the chain that
 * `groeipad check` recomputes. */
#ifndef GP_AUDIT_H
#define GP_AUDIT_H

#include "db.h"

/* Appends one entry for the acting account (db->actor_id/actor_name).
 * child_id may be NULL.  Call it inside the transaction of the change it
 * records, so the change and its log entry land together. */
enum gp_status audit_log(struct db *db, const char *child_id, const char *action,
			 const char *detail, struct gp_err *e);

/* The length of a hash in hex with its NUL, and the prev_hash of a first entry. */
enum { AUDIT_HASH_HEX = 65 };
#define AUDIT_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* One entry's hash (docs/data-model.md, "Hash chain"): BLAKE2b-256 over the
 * previous hash and the fields, each followed by 0x1F (NULL as empty), as
 * lower-case hex into out_hex (AUDIT_HASH_HEX).  Also what `groeipad hub
 * check` recomputes for every workstation's log at the hub. */
void audit_chain_hash(const char *prev, const char *at, const char *account_id,
		      const char *username, const char *workstation, const char *child_id,
		      const char *action, const char *detail, char *out_hex);

/* Recomputes the chain.  Returns GP_OK, or GP_ECORRUPT naming the first
 * entry (seq) that does not match. */
enum gp_status audit_verify(struct db *db, long long *entries, struct gp_err *e);

#endif
