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
	int left;          /* children that left this workstation's scope, removed here */
	int kept;          /* children that left it but stay: changes not at the hub yet */
};

/* Where an exchange is, for a progress display. */
enum sync_phase {
	SYNC_PHASE_COLLECT, /* reading what waits here for the hub (done of total) */
	SYNC_PHASE_PUSH,    /* sending it (records done of total) */
	SYNC_PHASE_PULL,    /* reading the hub's changes */
	SYNC_PHASE_APPLY,   /* storing them here (done of total) */
	SYNC_PHASE_DONE     /* finished */
};

struct sync_progress {
	enum sync_phase phase;
	int done, total;             /* records of this phase; total 0 when unknown */
	const struct sync_report *r; /* the counts so far */
};

/* Called as the exchange proceeds (from the exchange's own thread, between
 * its steps: it may draw, and must not use db or the hub). */
typedef void sync_progress_fn(const struct sync_progress *p, void *ctx);

/* The phase in words ("Versturen naar de hub"). */
const char *sync_phase_label(enum sync_phase phase);

/* Exchanges `db` with the hub.  `name` names the workstation at the hub
 * (its first exchange registers it).  `location`, when not NULL, is added to
 * the workstation's scope (hub checkout).  The hub must have this binary's
 * schema: a newer one is GP_ECORRUPT, an older one or none GP_EINPUT, each
 * with a sentence; a file that exchanged with another hub is refused. */
enum gp_status sync_run(struct db *db, struct hub *h, const char *name, const char *location,
			struct sync_report *r, struct gp_err *e);

/* The same, telling `fn` (when not NULL) where it is. */
enum gp_status sync_run_progress(struct db *db, struct hub *h, const char *name,
				 const char *location, sync_progress_fn *fn, void *ctx,
				 struct sync_report *r, struct gp_err *e);

/* Connects to the hub at `conninfo` (hub_connect: no password in it, TLS
 * off the local socket) and exchanges, for a screen (PERM_SYNC: a
 * beheerder).  `name` NULL: the workstation is named after the file, as
 * `groeipad sync` names it without --name.  A hub that wants a
 * password neither the password file nor a service file holds is GP_EDENIED
 * with a sentence saying where to put it (a screen does not ask). */
enum gp_status sync_with_hub(struct db *db, const char *conninfo, const char *name,
			     sync_progress_fn *fn, void *ctx, struct sync_report *r,
			     struct gp_err *e);

/* Notes a failed exchange (or a failed connection) as the last one, with
 * e's sentence, for Vandaag and Beheer; sync_run does it itself. */
void sync_note_failure(struct db *db, const struct gp_err *e);

/* The last exchange as this file remembers it. */
struct sync_status {
	int exchanges;      /* 1: this file exchanges with a hub */
	long long last_at;  /* seconds since 1970 of the last exchange tried, 0 never */
	int failed;         /* 1: that one failed */
	char result[300];   /* what it did, or why it failed */
	int counted;        /* 1: the counts below are those of the last exchange that worked */
	int pushed, pulled, conflicts, left, kept; /* its sync_report's counts */
};
enum gp_status sync_status(struct db *db, struct sync_status *st, struct gp_err *e);

#endif
