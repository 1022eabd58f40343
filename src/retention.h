/* retention.h — the WGBO term and destruction (docs/product.md §8): which dossiers
 * are past the term of 20 years after their last change, and destroying
 * one dossier on request, everywhere.
 *
 * Destruction removes the child and everything recorded about it (contacts
 * with their measurements, vaccinations and observations, GIZ, handovers,
 * notes, appointments, family links, and the parents no other child
 * shares) in one transaction with PRAGMA secure_delete on, so the freed
 * pages are overwritten with zeros; then the search index is rebuilt
 * without it and the write-ahead log is emptied.  The audit log keeps its
 * entries (they hold no content, only the child's id) and gains one
 * 'destroy' entry with the reason and what was removed, not what it said. */
#ifndef GP_RETENTION_H
#define GP_RETENTION_H

#include "child.h"

enum { RETENTION_YEARS = 20 };

/* A dossier past its term. */
struct retention_item {
	char id[DB_ID_LEN];              /* the child */
	long long client_no;             /* its client number */
	char name[NAME_BUF * 3];         /* "Zoë van der Berg" */
	struct gp_date birth_date;       /* geboortedatum */
	struct gp_date last_change;      /* the last change to anything in the dossier */
};

/* The dossiers whose last change lies more than RETENTION_YEARS before
 * `today`, oldest first.  Beheerder only.  *out is malloc'ed; free() it. */
enum gp_status retention_list(struct db *db, struct gp_date today, struct retention_item **out,
			      int *n, struct gp_err *e);

/* What a destruction removed, counted per kind. */
struct retention_counts {
	int contacts, measurements, vaccinations, observations, giz, handovers, notes,
	    appointments, parents; /* parents no other child shares */
	int clean;                 /* 1: the write-ahead log could be emptied too; 0:
				      another program still reads, it is emptied later */
};

/* Destroys the dossier of child_id for `reason` (required; e.g. the
 * request's reference).  Beheerder only.  Nothing is removed when anything
 * fails. */
enum gp_status retention_destroy(struct db *db, const char *child_id, const char *reason,
				 struct retention_counts *out, struct gp_err *e);

/* Removes the rows of the child with row number child_seq and of
 * everything recorded about it (the list above, its conflicts and its due
 * cache; its search entry through the index's trigger), counting them in
 * *c, inside the caller's transaction.  No permission check and no audit
 * entry: retention_destroy and a child leaving a workstation's scope
 * (sync_scope.h) add their own. */
enum gp_status retention_remove_rows(struct db *db, long long child_seq,
				     struct retention_counts *c, struct gp_err *e);

#endif
