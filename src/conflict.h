/* conflict.h — records changed here and elsewhere since the version both
 * had (docs/sync.md, "Conflicts").  The exchange keeps both: this file's
 * version stays in the record, the hub's waits in sync_conflicts, and the
 * hub keeps the other way round.  A person compares them field by field and
 * chooses; the choice is saved as a new version above both, based on the
 * hub's, with an audit entry, and travels at the next exchange like any
 * change (the hub then marks its conflict resolved). */
#ifndef GP_CONFLICT_H
#define GP_CONFLICT_H

#include "db.h"

/* One open conflict, for the Conflicten section of Vandaag. */
struct conflict_line {
	long long seq;                /* sync_conflicts.seq */
	char tbl[32];                 /* the record's table */
	char child_id[DB_ID_LEN];     /* the child it belongs to, "" for none */
	char child_name[160];         /* "Zoë van der Berg (100023)", or "" */
	int here_version, hub_version;
};

/* The open conflicts, oldest first: *out (free() it), *n. */
enum gp_status conflict_list(struct db *db, struct conflict_line **out, int *n,
			     struct gp_err *e);

enum { CONFLICT_VALUE_LEN = 200 };

/* One field of the record in both versions (values as text, "" for none;
 * references as the other record's id). */
struct conflict_field {
	char key[48];
	char here[CONFLICT_VALUE_LEN];
	char hub[CONFLICT_VALUE_LEN];
	int differs;
};

/* The fields a person chooses between: every field of the record but its
 * id and bookkeeping (version, created/updated), those that differ first.
 * *out (free() it), *n.  GP_ENOTFOUND when the conflict is not open. */
enum gp_status conflict_fields(struct db *db, long long seq, struct conflict_field **out,
			       int *n, struct gp_err *e);

/* Resolves conflict `seq`: take_hub[i] (for the fields of conflict_fields,
 * in that order) says which version's value is kept.  One transaction: the
 * record saved at a version above both, its change noted for the hub on
 * top of the hub's version, the conflict closed, an audit entry
 * `conflict_resolved` naming the fields taken from each side. */
enum gp_status conflict_resolve(struct db *db, long long seq, const int *take_hub, int n,
				struct gp_err *e);

/* Words for a field of a record on the wire ("Telefoon"); the key itself
 * when there are none. */
const char *conflict_field_label(const char *key);

/* Words for a table in the interface ("kind", "contactmoment", ...). */
const char *conflict_kind_label(const char *tbl);

#endif
