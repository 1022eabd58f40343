/* partfile.h — the temporary file a result is written to before it gets
 * its name (FINAL.part-PID for a backup or an export, FINAL.new-PID for a
 * database made by init or demo).
 *
 * The writer holds an exclusive flock on its temporary file for as long as
 * it lives.  A file of that pattern that nobody holds belongs to a writer
 * that died (killed, power lost): it can be the size of a whole backup, so
 * the next writer for the same FINAL removes it (and its -wal, -shm and
 * -journal) before it starts. */
#ifndef GP_PARTFILE_H
#define GP_PARTFILE_H

#include <stddef.h>

#include "err.h"

/* Removes the left-over temporary files of FINAL that no living writer
 * holds.  Returns how many were removed. */
int partfile_clean(const char *final);

/* Cleans up, then creates FINAL.TAG-PID (TAG "part" or "new") with mode
 * 0600, O_EXCL and O_NOFOLLOW, and locks it.  *fd is the open, locked
 * descriptor (keep it open until the file is published or removed, then
 * partfile_close); path (pathsz bytes) gets its name. */
enum gp_status partfile_create(const char *final, const char *tag, char *path, size_t pathsz,
			       int *fd, struct gp_err *e);

/* Removes the temporary file (when path is not "") and its side files,
 * then closes fd (when >= 0), which lets go of the lock. */
void partfile_close(const char *path, int fd);

#endif
