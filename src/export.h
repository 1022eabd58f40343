/* export.h — exports of dossiers, as the command line and the Export
 * dialog ask for them (docs/product.md §7): one child as a kindoverzicht (txt, md),
 * JSON or BDS JSON, or every child as JSON or BDS JSON.
 *
 * Every export first writes its audit entries (who, what, which child,
 * which file) in one transaction, and only then lets the data leave: an
 * export is never unlogged.  Files are made 0600 under a temporary name and
 * appear only when complete; an existing file is replaced only with `force`. */
#ifndef GP_EXPORT_H
#define GP_EXPORT_H

#include "bds.h"
#include "child.h"
#include "db.h"
#include "textout.h"

enum export_format {
	EXPORT_TXT,  /* kindoverzicht, plain text */
	EXPORT_MD,   /* kindoverzicht, Markdown */
	EXPORT_JSON, /* every field (export_json.h) */
	EXPORT_BDS   /* BDS JSON for JAMES (bds.h) */
};

/* "txt", "md", "json", "bds"; 0 or -1. */
int export_format_parse(const char *s, enum export_format *out);
const char *export_format_name(enum export_format f);

/* One export, as asked. */
struct export_job {
	enum export_format format;
	enum text_encoding enc;   /* txt and md; JSON is always UTF-8 */
	enum bds_format bds;      /* BDS: Format 3.0 or 3.1 */
	int identity;             /* BDS: with names and BSN */
	int afschrift;            /* txt/md: the parent's copy */
	const char *doc_lang;     /* txt/md: the language, or NULL: the parent's
				     (afschrift) or the interface's (colleague) */
	const char *path;         /* the file (or folder for `folder`), NULL: stdout */
	int force;                /* replace an existing file */
	int folder;               /* export all: one file per child in path */
	struct gp_date today;     /* the date written in the document */
};

/* What came of it. */
struct export_result {
	long long client_no;      /* one child: its client number */
	long long children;       /* export all: how many */
	long long handover_no;    /* a handover letter: the handover's number */
	char lang[8];             /* txt/md: the language written */
	char lang_note[256];      /* why it is not the parent's language, or "" */
	char warning[256];        /* characters changed by the encoding, or "" */
};

/* Exports child c (as read by child_get) as job says. */
enum gp_status export_child(struct db *db, const struct export_job *job, const struct child *c,
			    struct export_result *res, struct gp_err *e);

/* The same for REF: a client number or a BSN. */
enum gp_status export_child_ref(struct db *db, const struct export_job *job, const char *ref,
				struct export_result *res, struct gp_err *e);

/* Every child (all statuses, in the order stored) as JSON or BDS JSON: one
 * file per child named CLIENTNO.json in the folder job->path (`folder`), or one
 * compact document per line (NDJSON) in the file job->path or on stdout.
 * Memory stays the same however many children there are. */
enum gp_status export_all_children(struct db *db, const struct export_job *job,
				   struct export_result *res, struct gp_err *e);

/* The file name the Export dialog proposes: "kindoverzicht-100018.txt",
 * "afschrift-100018.md", "100018.json", "100018.bds.json". */
void export_default_name(long long client_no, const struct export_job *job, char *out,
			 size_t outsz);

#endif
