/* import_rec.h — one record of an import, as the file readers
 * (import_csv.c, import_bds.c) hand it to import.c: the child and its
 * parents as far as the file gives them.  An empty text, a zero number or
 * date means "not in the file" and never erases a stored value.  Internal
 * to the import. */
#ifndef GP_IMPORT_REC_H
#define GP_IMPORT_REC_H

#include "bds.h"
#include "child.h"
#include "contact.h"
#include "csv.h"
#include "refdata.h"

enum { IMPORT_MAX_PARENTS = BDS_MAX_PARENTS, IMPORT_WHY = 600 };

struct import_parent {
	struct family_member m;  /* the person and the link as given */
	int has_gezag;           /* gezag was given (else: not for a new link) */
	int has_lives_with;      /* lives_with was given */
};

struct import_rec {
	long line;                       /* where it starts in its file */
	char reference[64];              /* BDS reference, or "" */
	struct child child;              /* the child as given; id "" */
	int has_sex;                     /* sex was given (0 is a value) */
	char pc4[5];                     /* BDS 16 when no full postcode */
	struct import_parent parents[IMPORT_MAX_PARENTS];
	int nparents;
	int height_mother_mm;            /* BDS 238 */
	int height_father_mm;            /* BDS 240 */
	struct measurement *meas;        /* BDS measurements (malloc'ed), oldest first */
	int nmeas;
	char ignored[512];               /* BDS elements not kept */
	char why[IMPORT_WHY];            /* what is wrong with it, "" when fine */
};

void import_rec_clear(struct import_rec *r);

/* Adds a reason to r->why ("; " between them). */
void import_rec_bad(struct import_rec *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---- CSV --------------------------------------------------------------------- */

/* A CSV file's header, mapped to the fields groeipad knows. */
struct import_csv {
	struct csv_file file;
	struct csv_reader rd;
	int ncols;                       /* columns in the header */
	int field[CSV_MAX_FIELDS];       /* per column: what it holds, -1 unknown */
	char unknown[512];               /* unknown column names, for a warning */
	const struct refdata *nl;        /* code lists (relatie, taal) */
	const struct refdata *en;
};

/* Reads path and its header.  GP_EINPUT with a sentence when the file
 * cannot be used at all (empty, wrong encoding, required columns missing). */
enum gp_status import_csv_open(struct import_csv *c, const char *path,
			       const enum text_encoding *enc, const struct refdata *nl,
			       const struct refdata *en, struct gp_err *e);

/* The next record: 1 (r filled; r->why set when it is not in order), 0 at
 * the end. */
int import_csv_next(struct import_csv *c, struct import_rec *r);

void import_csv_close(struct import_csv *c);

/* ---- BDS JSON ---------------------------------------------------------------- */

struct import_bds;

/* Reads path: one object, a list of objects, or one object per line. */
enum gp_status import_bds_open(struct import_bds **out, const char *path, struct gp_err *e);
/* The next record: 1 (r->why set when not in order), 0 at the end. */
int import_bds_next(struct import_bds *b, struct import_rec *r);
void import_bds_close(struct import_bds *b);

/* 1 when the file looks like JSON (its first non-blank byte is '{' or '['). */
int import_is_json(const char *path);

#endif
