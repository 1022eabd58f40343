/* note.h — free notes in a dossier (docs/product.md §2, section Notities): what a
 * professional writes down outside a contact moment.  Care content: only
 * the roles that work on dossiers may read or write them (src/perm.h,
 * PERM_CARE); an assistent or a beheerder never sees them, by any path.
 * Notes are never deleted (except by the retention procedure); a change is
 * saved with the version check of docs/product.md §8. */
#ifndef GP_NOTE_H
#define GP_NOTE_H

#include "account.h"
#include "date.h"
#include "db.h"
#include "validate.h"

enum { NOTE_BUF = NOTE_MAX_CHARS * 4 + 1 };

struct note {
	char id[DB_ID_LEN];               /* UUIDv7; "" for a new note */
	char child_id[DB_ID_LEN];         /* the child (required) */
	char written_at[DB_TIME_LEN];     /* when it was first written */
	char author[ACCOUNT_DISPLAY_BUF]; /* who wrote it (display name), "" unknown */
	char text[NOTE_BUF];              /* multi-line, at most NOTE_MAX_CHARS characters */
	int version;                      /* the version this copy was read at */
	char updated_at[DB_TIME_LEN];     /* when it was last saved */
	char updated_by[ACCOUNT_DISPLAY_BUF]; /* who saved it last (display name) */
};

/* The notes of a child, newest first.  *out is malloc'ed; free() it. */
enum gp_status note_list(struct db *db, const char *child_id, struct note **out, int *n,
			 struct gp_err *e);

/* Saves a new note (n->id "") or a change to one read at n->version
 * (GP_ESTALE when someone else saved it in between; nothing is written and
 * n is kept).  On success id, version and the times are filled in. */
enum gp_status note_save(struct db *db, struct note *n, struct gp_err *e);

#endif
