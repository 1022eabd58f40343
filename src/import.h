/* import.h — children from files (docs/product.md §7): CSV (e.g. the
 * municipality's birth list; csv.h finds its encoding and separator) and
 * BDS JSON (one object, a list of them, or one per line as `export all`
 * writes).
 *
 * Rules:
 *  - All or nothing: every record of every file is checked first; when one
 *    is not in order, nothing is stored and every bad record is reported
 *    with its file, line and reason.  With `skip_bad` the good records are
 *    stored and the bad ones reported.
 *  - A child already present is matched, not duplicated: by BSN; a BDS
 *    record also by its reference (the id groeipad wrote).  A record
 *    without BSN whose names and birth date equal a child already present
 *    (or an earlier record) is refused as a probable duplicate.
 *  - A matched child gets the values the file gives that differ; an empty
 *    value never erases one.  Each change is reported ("postcode 1234 AB →
 *    1235 AC") — with `dry_run` that is all that happens.
 *  - Parents are matched by BSN, then by relation among the child's
 *    parents, then (twins on a birth list) by name and birth date among the
 *    parents of this import; otherwise a new parent is linked.
 *  - One transaction for the whole import, with an audit entry per child
 *    (file and line) and one for the import; a dry run logs that the files
 *    were compared. */
#ifndef GP_IMPORT_H
#define GP_IMPORT_H

#include "db.h"
#include "textout.h"

/* What a report line is about. */
enum import_note_kind {
	IMPORT_BAD,     /* a record (or file) that is not in order */
	IMPORT_WARN,    /* stored, but look at this */
	IMPORT_CHANGE,  /* what changes in a child already present */
	IMPORT_FILE     /* about a file as a whole (lines read, encoding) */
};

/* One line of the report. */
struct import_note {
	enum import_note_kind kind;
	const char *file;  /* the file as named */
	long line;         /* line (CSV, NDJSON) or record number (a JSON list); 0: the file */
	const char *text;  /* a sentence */
};

typedef void (*import_report_fn)(void *ctx, const struct import_note *note);

struct import_options {
	int skip_bad;                  /* store the good records */
	int dry_run;                   /* only report */
	const enum text_encoding *encoding; /* CSV encoding, or NULL: found */
	struct gp_date today;          /* for checking birth dates */
	import_report_fn report;       /* called for every note (may be NULL) */
	void *ctx;                     /* its argument */
};

/* The counts of an import. */
struct import_summary {
	long long records;    /* records read */
	long long created;    /* new children */
	long long changed;    /* children present that changed */
	long long unchanged;  /* children present with nothing new */
	long long bad;        /* records (or files) not in order */
	long long bad_files;  /* files that could not be read at all (counted in bad too) */
	long long warnings;   /* warnings */
	int stored;           /* 1: the changes were stored */
};

/* Imports the n files.  GP_OK when the import was stored (or a dry run
 * found nothing wrong); GP_EINPUT when bad records stopped it (then nothing
 * was stored and e says how many); other failures as usual, with nothing
 * stored. */
enum gp_status import_files(struct db *db, const char *const *paths, int n,
			    const struct import_options *opt, struct import_summary *sum,
			    struct gp_err *e);

#endif
