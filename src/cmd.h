/* cmd.h — what the batch commands of the command line share: the parsed
 * options, the words for a usage error or a failure, and logging in.
 * cli.c parses argv and runs the small commands itself; the larger ones
 * live in a file each (cmd_due.c, cmd_export.c). */
#ifndef GP_CMD_H
#define GP_CMD_H

#include <stddef.h>
#include <stdio.h>

#include "db.h"
#include "err.h"
#include "textout.h"

struct hub;

enum { EXIT_USAGE = 2, CLI_MAX_ARGS = 64, CLI_MAX_ANCHORS = 8 };

/* The command line after parsing. */
struct cli {
	const char *db;          /* --db, or the default path */
	const char *user;        /* --user */
	const char *name;        /* --name (init) */
	const char *out;         /* -o */
	const char *date;        /* --date (due), as typed */
	const char *format;      /* --format (due, export), as typed */
	const char *encoding;    /* --encoding (export, import, report, due), as typed */
	const char *from, *to;   /* --from, --to (report), as typed */
	const char *doc_lang;    /* --doc-lang (export): language of a kindoverzicht */
	const char *bds_version; /* --bds-version (export): "3.0" or "3.1" */
	int force;               /* --force: replace an existing output file */
	int afschrift;           /* --afschrift (export): the parent's copy */
	int identity;            /* --identity (export bds): names and BSN too */
	int skip_bad;            /* --skip-bad (import) */
	int dry_run;             /* --dry-run (import) */
	const char *hub;         /* --hub CONNINFO (hub, sync) */
	const char *location;    /* --location NAME (hub checkout) */
	long children;           /* --children (demo) */
	unsigned long long seed; /* --seed (demo) */
	int have_db;             /* --db was given */
	const char *role;        /* --role (user add) */
	const char *reason;      /* --reason (retention --destroy) */
	const char *destroy;     /* --destroy REF (retention) */
	int list;                /* --list (retention) */
	const char *anchors[CLI_MAX_ANCHORS]; /* --anchor (check): seal text, seal file
						 or backup file */
	int nanchors;            /* entries used in anchors */
	const char *args[CLI_MAX_ARGS]; /* words after the command that are no
					   options, e.g. "child 12" */
	int nargs;               /* entries used in args */
};

/* Prints "groeipad: " + fmt (with one %s for arg) and the hint to --help
 * on stderr; returns 2.  fmt is a translated message. */
int cli_usage_error(const char *fmt, const char *arg);

/* Prints e's sentence on stderr; returns the exit code of its status. */
int cli_fail(const struct gp_err *e);

/* Opens the database for a command that reads dossiers and logs in as
 * --user with the password from the prompt or GROEIPAD_PASSWORD (the login
 * goes to the audit log).  `what` names the command for the message when
 * --user is missing.  Returns 0 with *out open and the actor set, or the
 * exit code after printing why (nothing is left open). */
int cli_session(const struct cli *c, const char *what, struct db **out);

/* As cli_session; with allow_must_change an account that must change its
 * password may log in (only to change it: `user passwd` for oneself). */
int cli_login(const struct cli *c, const char *what, int allow_must_change, struct db **out);

/* Reads a password: from a prompt without echo on a terminal (typed twice
 * when `twice`), else from the environment variable `env`. */
enum gp_status cli_read_password(const char *prompt, int twice, const char *env, char *out,
				 size_t outsz, struct gp_err *e);

/* Prints s on stream f made harmless for a terminal (control characters
 * and escape sequences shown, not obeyed). */
void cli_put_safe(FILE *f, const char *s);

/* groeipad due (cmd_due.c), export (cmd_export.c) and its handover letter
 * (cmd_handover.c), import (cmd_import.c), report (cmd_report.c), user
 * (cmd_user.c), retention (cmd_retention.c), seal (cmd_audit.c); each
 * returns the process exit code.  cli_check_anchors
 * (cmd_audit.c) checks --anchor for check: -1 when there are none, else 0
 * or the exit code after saying why. */
int cmd_due(const struct cli *c);
int cmd_export(const struct cli *c);
int cmd_export_handover(const struct cli *c);
/* groeipad hub init|migrate|check (cmd_hub.c). */
int cmd_hub(const struct cli *c);
/* groeipad sync and hub checkout (cmd_sync.c). */
int cmd_sync(const struct cli *c);
int cmd_hub_checkout(const struct cli *c);
/* Connects to c->hub, asking for the password on a terminal when needed. */
enum gp_status cli_connect_hub(const char *conninfo, struct hub **h, struct gp_err *e);
/* Builds a new database file at `final` whole or not at all (cli.c). */
enum gp_status cli_create_db(const char *final, int replace_demo,
			     enum gp_status (*fill)(struct db *, void *, struct gp_err *),
			     void *ctx, struct gp_err *e);
int cmd_import(const struct cli *c);
int cmd_report(const struct cli *c);
int cmd_user(const struct cli *c);
int cmd_retention(const struct cli *c);
int cmd_seal(const struct cli *c);
int cli_check_anchors(struct db *db, const struct cli *c);

/* --encoding: utf-8 when not given.  Returns -1 when fine, else the exit
 * code after saying why. */
int cli_encoding(const struct cli *c, enum text_encoding *out);

/* Prints a warning sentence (when not empty) on stderr. */
void cli_warn(const char *sentence);

#endif
