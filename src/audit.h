/* audit.h — the NEN 7513 access log: who viewed or changed what, when, from
 * which workstation.  Append-only (the schema refuses updates and deletes)
 * and hash-chained: each entry's hash covers the previous entry's hash, its
 * own number (seq) and its fields, so a removed, altered, renumbered or
 * reordered entry breaks the chain that `groeipad check` recomputes.
 *
 * The head of the chain (the last seq and hash) is also kept outside the
 * log: in the table audit_head (moved by a trigger, so cutting entries off
 * the end shows), in every backup, in a seal the beheerder prints or sends,
 * and later at the hub.  A chain recomputed by someone who can write the
 * file is caught by the anchors kept where that person cannot reach
 * (docs/security.md says which anchor catches what). */
#ifndef GP_AUDIT_H
#define GP_AUDIT_H

#include <stddef.h>

#include "date.h"
#include "db.h"

enum {
	AUDIT_HASH_HEX = 65,    /* 64 hex digits + NUL */
	AUDIT_DETAIL_MAX = 400, /* bytes of detail kept; longer text is cut */
	AUDIT_NAME_MAX = 64     /* bytes of a (typed) user name kept */
};

/* Appends one entry for the acting account (db->actor_id/actor_name).
 * child_id may be NULL.  Call it inside the transaction of the change it
 * records, so the change and its log entry land together.  detail is cut
 * to AUDIT_DETAIL_MAX bytes and made harmless (control characters and
 * invalid UTF-8 become visible placeholders). */
enum gp_status audit_log(struct db *db, const char *child_id, const char *action,
			 const char *detail, struct gp_err *e);

/* Recomputes the chain and compares its end with the head kept in
 * audit_head.  Returns GP_OK with the number of entries, or GP_ECORRUPT
 * with a sentence naming the first problem: an entry changed, missing,
 * renumbered or out of order, the log empty, entries cut off the end, or
 * the head missing or not matching. */
enum gp_status audit_verify(struct db *db, long long *entries, struct gp_err *e);

/* The prev_hash of a first entry. */
#define AUDIT_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* One entry's hash as audit_log computes it (version 2: every entry since
 * migration 010, covering seq; version 1: those before, which do not), into
 * out_hex (AUDIT_HASH_HEX).  What `groeipad hub check` recomputes for every
 * workstation's log at the hub. */
void audit_chain_hash(const char *prev, long long seq, int version, const char *at,
		      const char *account_id, const char *username, const char *workstation,
		      const char *child_id, const char *action, const char *detail, char *out_hex);

/* A point of the chain written down outside the database: which database,
 * up to which entry, with which hash, and when. */
struct audit_anchor {
	char database_id[DB_ID_LEN]; /* settings.database_id of the database */
	long long seq;               /* the entry */
	char hash[AUDIT_HASH_HEX];   /* its hash */
	char at[DATE_STAMP_LEN];     /* when the anchor was taken (UTC) */
};

/* The head of the chain now (the last entry) with the database's id. */
enum gp_status audit_head(struct db *db, struct audit_anchor *out, struct gp_err *e);

/* Checks the database against an anchor taken earlier: the same database,
 * and its entry a->seq still has hash a->hash.  GP_ECORRUPT with a sentence
 * when the entry is gone or the chain was rewritten; GP_EINPUT when the
 * anchor belongs to another database. */
enum gp_status audit_check_anchor(struct db *db, const struct audit_anchor *a,
				  struct gp_err *e);

/* The one-line text form of an anchor:
 * "groeipad-anker 1 DATABASE_ID SEQ HASH TIME".  Returns out. */
char *audit_anchor_format(const struct audit_anchor *a, char *out, size_t n);
/* Finds and reads that line in text (other lines are ignored); 0 or -1. */
int audit_anchor_parse(const char *text, struct audit_anchor *a);

/* The daily seal: writes a 'seal' entry and returns the head after it,
 * for the beheerder to print or send (audit_anchor_format). */
enum gp_status audit_seal(struct db *db, struct audit_anchor *out, struct gp_err *e);

/* One entry as the Toegang section and the Beheer log search show it. */
struct audit_entry {
	long long seq;                   /* its number */
	char at[DATE_STAMP_LEN];         /* as stored (date_stamp_local shows it) */
	char username[AUDIT_NAME_MAX];   /* who (user name at the time) */
	char display_name[256];          /* their full name now, "" when unknown */
	char workstation[64];            /* from which computer */
	char child_id[DB_ID_LEN];        /* the child concerned, "" none */
	long long client_no;             /* its client number, 0 when none or destroyed */
	char action[32];                 /* view, create, update, export, login, … */
	char detail[AUDIT_DETAIL_MAX + 1]; /* what it was about */
};

/* What to look for; empty members match everything. */
struct audit_query {
	const char *child_id;  /* one child's entries (Toegang) */
	const char *username;  /* entries of this user name */
	const char *action;    /* this action */
	long long client_no;   /* the child with this client number */
	struct gp_date from;   /* from this day (y == 0: no limit) */
	struct gp_date to;     /* up to and including this day */
	int limit;             /* at most this many, newest first (0: 500) */
};

/* The entries matching q, newest first.  With q->child_id the caller must
 * be allowed to read that dossier; otherwise only a beheerder may search
 * (src/perm.h).  *out is malloc'ed; free() it. */
enum gp_status audit_search(struct db *db, const struct audit_query *q,
			    struct audit_entry **out, int *n, struct gp_err *e);

/* Reads what a beheerder types in Beheer's log search into q: words
 * separated by spaces; a date dd-mm-jjjj (one: that day; two: from – to), a
 * client number, an action (view, export, login_failed, …; see
 * docs/data-model.md), anything else a user name.  The strings point into
 * buf (bufsz bytes, a copy of text).  0, or -1 with *why a sentence. */
int audit_query_parse(const char *text, struct audit_query *q, char *buf, size_t bufsz,
		      const char **why);

/* 1 when action is one groeipad writes (audit_action_label knows it). */
int audit_action_known(const char *action);

/* A Dutch description of an action for people ("dossier bekeken"). */
const char *audit_action_label(const char *action);

#endif
