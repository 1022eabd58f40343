/* hub.h — the organisation's PostgreSQL hub (docs/sync.md): connecting to it
 * safely through libpq, and creating and upgrading its schema
 * (data/schema/hub/NNN_name.sql, compiled into the binary).
 *
 * What this module does: connect, check the schema version, create the
 * schema (`groeipad hub init`) and upgrade it (`hub migrate`).  The exchange
 * itself (`groeipad sync`, check-out, conflicts) is sync.c, sync_scope.c and
 * conflict.c (docs/sync.md); `hub check` (hub_check.c) verifies every
 * workstation's audit chain at the hub.
 *
 * Credentials never come from the command line: a password inside CONNINFO is
 * refused; libpq finds one in a service file or the password file
 * (PGPASSFILE, ~/.pgpass), and otherwise the caller may ask the user and
 * connect again with it.  A connection that is not over a local Unix socket
 * must use TLS with a verified server certificate (sslmode verify-full, the
 * default this module sets, or verify-ca). */
#ifndef GP_HUB_H
#define GP_HUB_H

#include "err.h"

struct hub;

/* Checks CONNINFO (key=value words or a postgresql:// URI) before anything
 * is sent: it must parse, hold no password, and not ask for a weaker TLS mode
 * than verify-ca for a host that is not a Unix socket folder. */
enum gp_status hub_conninfo_check(const char *conninfo, struct gp_err *e);

/* Connects (after hub_conninfo_check).  `password` is the one the user typed,
 * or NULL.  When the server wants a password that neither a service file nor
 * the password file supplied and `password` is NULL, returns GP_EDENIED with
 * *needs_password set to 1: the caller may ask and call again.  On success
 * *out is open (hub_close it). */
enum gp_status hub_connect(const char *conninfo, const char *password, struct hub **out,
			   int *needs_password, struct gp_err *e);
void hub_close(struct hub *h);

/* The hub's schema version: 0 when the database holds no hub yet. */
enum gp_status hub_schema_version(struct hub *h, int *version, struct gp_err *e);

/* The highest hub schema version this binary knows. */
int hub_schema_latest(void);

/* Creates the hub schema in an empty database (refused when there is one
 * already: hub_migrate upgrades it).  One transaction. */
enum gp_status hub_init(struct hub *h, struct gp_err *e);

/* Brings the hub schema up to hub_schema_latest(), in one transaction that
 * holds an advisory lock (two workstations running it at once apply every
 * step once).  *from and *to tell the versions before and after.  A hub with
 * a newer schema than this binary knows is refused (GP_ECORRUPT) and left
 * unchanged; so is a database without a hub (use hub_init). */
enum gp_status hub_migrate(struct hub *h, int *from, int *to, struct gp_err *e);

/* One workstation's audit log at the hub, as hub_check_chains found it. */
enum hub_chain_state {
	HUB_CHAIN_WHOLE = 0, /* every entry from 1 on is there and matches */
	HUB_CHAIN_GAP,       /* entry `at` is missing (the next one has a higher seq) */
	HUB_CHAIN_BROKEN,    /* entry `at` does not follow the one before (prev_hash) */
	HUB_CHAIN_CHANGED    /* entry `at` was changed after it was written (hash) */
};

struct hub_chain {
	char workstation_id[37];     /* groeipad.workstations.id */
	char name[128];              /* its name, harmless on a terminal */
	long long entries;           /* entries checked and found right */
	enum hub_chain_state state;
	long long at;                /* the first entry (local seq) at fault; 0 when whole */
};

/* Recomputes the hash chain of every workstation's audit entries at the hub
 * (one consistent snapshot; the same computation as `groeipad check`), the
 * first wrong entry of each.  *out (free() it) holds one element per
 * workstation, by name; a workstation without entries is whole with 0.
 * Refuses a database without a hub or with a newer hub schema. */
enum gp_status hub_check_chains(struct hub *h, struct hub_chain **out, int *n,
				struct gp_err *e);

#endif
