/* cmd.h — what the batch commands of the command line share: the parsed
 * options, the words for a usage error or a failure, and logging in.
 * cli.c parses argv and runs the small commands itself; the larger ones
 * live in a file each (cmd_due.c, cmd_export.c). */
#ifndef GP_CMD_H
#define GP_CMD_H

#include <stddef.h>

#include "db.h"
#include "err.h"

enum { EXIT_USAGE = 2, CLI_MAX_ARGS = 8 };

/* The command line after parsing. */
struct cli {
	const char *db;          /* --db, or the default path */
	const char *user;        /* --user */
	const char *name;        /* --name (init) */
	const char *out;         /* -o */
	const char *date;        /* --date (due), as typed */
	const char *format;      /* --format (due, export), as typed */
	const char *encoding;    /* --encoding (export), as typed */
	const char *hub;         /* --hub CONNINFO (hub) */
	long children;           /* --children (demo) */
	unsigned long long seed; /* --seed (demo) */
	int have_db;             /* --db was given */
	const char *args[CLI_MAX_ARGS]; /* words after the command that are no
					   options, e.g. "child 12" */
	int nargs;               /* entries used in args */
};

/* Prints "groeipad: " + fmt (with one %s for arg) and the hint to --help
 * on stderr; returns 2.  fmt is a translated message. */
int cli_usage_error(const char *fmt, const char *arg);

/* Prints e's sentence on stderr; returns the exit code of its status. */
int cli_fail(const struct gp_err *e);

/* Reads a password: from a prompt without echo on a terminal (twice: asked
 * again and compared), else from GROEIPAD_PASSWORD. */
enum gp_status cli_read_password(const char *prompt, int twice, char *out, size_t outsz,
				 struct gp_err *e);

/* Opens the database for a command that reads dossiers and logs in as
 * --user with the password from the prompt or GROEIPAD_PASSWORD (the login
 * goes to the audit log).  `what` names the command for the message when
 * --user is missing.  Returns 0 with *out open and the actor set, or the
 * exit code after printing why (nothing is left open). */
int cli_session(const struct cli *c, const char *what, struct db **out);

/* groeipad due (cmd_due.c), groeipad export (cmd_export.c) and its
 * handover letter (cmd_handover.c); each returns the process exit code. */
int cmd_due(const struct cli *c);
int cmd_export(const struct cli *c);
int cmd_export_handover(const struct cli *c);
/* groeipad hub init|migrate|check (cmd_hub.c). */
int cmd_hub(const struct cli *c);

#endif
