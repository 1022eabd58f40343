/* partfile.c — see partfile.h. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "partfile.h"
#include "text.h"

static void remove_with_sides(const char *path)
{
	static const char *const sides[] = {"-wal", "-shm", "-journal"};
	char side[4200];
	unlink(path);
	for (size_t i = 0; i < sizeof sides / sizeof *sides; i++) {
		snprintf(side, sizeof side, "%s%s", path, sides[i]);
		unlink(side);
	}
}

/* 1 when name is BASE.part-DIGITS or BASE.new-DIGITS. */
static int is_part_of(const char *name, const char *base)
{
	size_t n = strlen(base);
	if (strncmp(name, base, n) != 0)
		return 0;
	const char *rest = name + n;
	if (strncmp(rest, ".part-", 6) == 0)
		rest += 6;
	else if (strncmp(rest, ".new-", 5) == 0)
		rest += 5;
	else
		return 0;
	return *rest && strspn(rest, "0123456789") == strlen(rest);
}

int partfile_clean(const char *final)
{
	char dir[4096], base[1024], path[4096 + 1024 + 2];
	text_copy(dir, sizeof dir, final);
	char *slash = strrchr(dir, '/');
	if (slash) {
		text_copy(base, sizeof base, slash + 1);
		*(slash == dir ? slash + 1 : slash) = '\0';
	} else {
		text_copy(base, sizeof base, final);
		strcpy(dir, ".");
	}
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int removed = 0;
	struct dirent *de;
	/* one thread; readdir_r is deprecated */
	// cppcheck-suppress readdirCalled
	while ((de = readdir(d)) != NULL) {
		if (!is_part_of(de->d_name, base))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		if (fd < 0)
			continue;
		struct stat sb;
		/* nobody holds it: its writer is gone */
		if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && flock(fd, LOCK_EX | LOCK_NB) == 0) {
			remove_with_sides(path);
			removed++;
		}
		close(fd);
	}
	closedir(d);
	return removed;
}

enum gp_status partfile_create(const char *final, const char *tag, char *path, size_t pathsz,
			       int *fd, struct gp_err *e)
{
	partfile_clean(final);
	snprintf(path, pathsz, "%s.%s-%ld", final, tag, (long)getpid());
	*fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (*fd < 0) {
		int err = errno;
		path[0] = '\0';
		return gp_fail(e, GP_EIO, _("Kan %s niet aanmaken: %s."), final, strerror(err));
	}
	if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {
		/* cannot happen for a file we just made; never write unlocked */
		int err = errno;
		partfile_close(path, *fd);
		*fd = -1;
		path[0] = '\0';
		return gp_fail(e, GP_EIO, _("Kan %s niet aanmaken: %s."), final, strerror(err));
	}
	return GP_OK;
}

void partfile_close(const char *path, int fd)
{
	if (path && *path)
		remove_with_sides(path);
	if (fd >= 0)
		close(fd);
}
