/* sync.h — the exchange of one workstation's file with the organisation's
 * hub (docs/sync.md): push what the outbox lists, then pull the hub's
 * changes for the workstation's scope.  Every step is a transaction on its
 * side (push: one hub transaction; confirm: one local transaction; pull:
 * one hub snapshot applied in one local transaction), so a sync killed at
 * any moment and run again neither duplicates nor loses anything. */
#ifndef GP_SYNC_H
#define GP_SYNC_H

#include "db.h"

struct hub;

struct sync_report {
	int pushed;        /* records the hub accepted from here */
	int already;       /* records the hub had already (an earlier, killed sync) */
	int conflicts;     /* records the hub kept as a conflict */
	int pulled;        /* records stored here from the hub */
	int audit_sent;    /* audit entries sent */
	long long cursor;  /* the hub's change number this file now has everything up to */
	int client_no_base;/* this workstation's block of client numbers */
};

/* Exchanges `db` with the hub.  `name` names the workstation at the hub
 * (its first exchange registers it).  `location`, when not NULL, is added to
 * the workstation's scope (hub checkout).  The hub must have this binary's
 * schema: a newer one is GP_ECORRUPT, an older one or none GP_EINPUT, each
 * with a sentence; a file that exchanged with another hub is refused. */
enum gp_status sync_run(struct db *db, struct hub *h, const char *name, const char *location,
			struct sync_report *r, struct gp_err *e);

/* The last exchange as this file remembers it. */
struct sync_status {
	int exchanges;      /* 1: this file exchanges with a hub */
	long long last_at;  /* seconds since 1970 of the last exchange tried, 0 never */
	int failed;         /* 1: that one failed */
	char result[300];   /* what it did, or why it failed */
};
enum gp_status sync_status(struct db *db, struct sync_status *st, struct gp_err *e);

#endif
