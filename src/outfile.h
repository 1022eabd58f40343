/* outfile.h — where a batch command writes its result: standard output, or
 * a new file that appears only when complete (docs/product.md §7: files mode 0600).
 *
 * A file is written under a temporary name next to it (PATH.part-PID,
 * created 0600 with O_EXCL and locked, see partfile.h, so what a killed
 * writer left is cleaned up by the next) and given its name by outfile_commit() only
 * after everything was written and synced, so a failure or a crash never
 * leaves a half-written export behind.  An existing PATH is never
 * replaced (like a backup, an export refuses to overwrite) unless the user
 * said so (--force, or yes to the question in the screens): then the
 * complete new file takes the old one's place in one rename. */
#ifndef GP_OUTFILE_H
#define GP_OUTFILE_H

#include <stdio.h>

#include "err.h"

struct outfile {
	FILE *f;          /* write here; stdout when path is NULL */
	const char *path; /* the final name, or NULL for stdout */
	char tmp[4200];   /* the temporary name while writing, "" for stdout */
	int lock_fd;      /* holds the temporary file's lock (partfile.h), or -1 */
	int force;        /* replace an existing file at path */
};

/* GP_EINPUT with a sentence when `path` exists already (NULL is fine), so
 * a command can refuse before it asks for a password. */
enum gp_status outfile_check(const char *path, struct gp_err *e);

/* As outfile_check; with `force` an existing file is fine (a folder never). */
enum gp_status outfile_check_force(const char *path, int force, struct gp_err *e);

/* Opens stdout (path NULL) or the temporary file for `path`.  GP_EINPUT when
 * path exists already, GP_EIO when the file cannot be made. */
enum gp_status outfile_open(struct outfile *o, const char *path, struct gp_err *e);
/* As outfile_open; with `force` an existing file is replaced on commit. */
enum gp_status outfile_open_force(struct outfile *o, const char *path, int force,
				  struct gp_err *e);

/* Flushes and checks what was written; for a file also syncs it, closes it
 * and gives it its name.  On failure nothing is left at `path`. */
enum gp_status outfile_commit(struct outfile *o, struct gp_err *e);

/* Throws away an unfinished file (stdout: nothing to do). */
void outfile_abort(struct outfile *o);

#endif
