/* outfile.c — see outfile.h. */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "db.h"
#include "i18n.h"
#include "outfile.h"
#include "partfile.h"

enum gp_status outfile_check_force(const char *path, int force, struct gp_err *e)
{
	struct stat sb;
	if (!path || lstat(path, &sb) != 0)
		return GP_OK;
	if (S_ISDIR(sb.st_mode))
		return gp_fail(e, GP_EINPUT, _("%s is een map; geef een bestandsnaam."), path);
	if (!force)
		return gp_fail(e, GP_EINPUT, _("%s bestaat al; kies een nieuwe bestandsnaam, "
					       "of vervang het met --force."), path);
	if (!S_ISREG(sb.st_mode))
		return gp_fail(e, GP_EINPUT, _("%s is geen gewoon bestand; groeipad vervangt "
					       "het niet."), path);
	return GP_OK;
}

enum gp_status outfile_check(const char *path, struct gp_err *e)
{
	return outfile_check_force(path, 0, e);
}

enum gp_status outfile_open(struct outfile *o, const char *path, struct gp_err *e)
{
	return outfile_open_force(o, path, 0, e);
}

enum gp_status outfile_open_force(struct outfile *o, const char *path, int force,
				  struct gp_err *e)
{
	memset(o, 0, sizeof *o);
	o->lock_fd = -1;
	if (!path) {
		o->f = stdout;
		return GP_OK;
	}
	enum gp_status s = outfile_check_force(path, force, e);
	if (s != GP_OK)
		return s;
	o->path = path;
	o->force = force;
	int fd;
	s = partfile_create(path, "part", o->tmp, sizeof o->tmp, &fd, e);
	if (s != GP_OK)
		return s;
	/* the stream gets its own descriptor; fd keeps the lock until the end */
	int wfd = dup(fd);
	o->f = wfd >= 0 ? fdopen(wfd, "w") : NULL;
	if (!o->f) {
		int err = errno;
		if (wfd >= 0)
			close(wfd);
		partfile_close(o->tmp, fd);
		o->tmp[0] = '\0';
		return gp_fail(e, GP_EIO, _("Kan %s niet aanmaken: %s."), path, strerror(err));
	}
	o->lock_fd = fd;
	return GP_OK;
}

enum gp_status outfile_commit(struct outfile *o, struct gp_err *e)
{
	if (!o->path) {
		if (fflush(stdout) != 0 || ferror(stdout))
			return gp_fail(e, GP_EIO, _("Kan de uitvoer niet schrijven: %s."),
				       strerror(errno ? errno : EIO));
		return GP_OK;
	}
	int bad = fflush(o->f) != 0 || ferror(o->f) || fsync(fileno(o->f)) != 0;
	int err = errno ? errno : EIO;
	if (fclose(o->f) != 0 && !bad) {
		bad = 1;
		err = errno;
	}
	o->f = NULL;
	enum gp_status s = GP_OK;
	if (bad)
		s = gp_fail(e, GP_EIO, _("Kan %s niet schrijven: %s. Er is geen half bestand "
					 "achtergebleven."), o->path, strerror(err));
	else if (o->force && rename(o->tmp, o->path) != 0)
		s = gp_fail(e, GP_EIO, _("Kan %s niet vervangen: %s."), o->path, strerror(errno));
	else if (!o->force)
		s = db_publish(o->tmp, o->path, e);
	partfile_close(o->tmp, o->lock_fd);
	o->lock_fd = -1;
	o->tmp[0] = '\0';
	return s;
}

void outfile_abort(struct outfile *o)
{
	if (o->path && o->f) {
		fclose(o->f);
		partfile_close(o->tmp, o->lock_fd);
		o->lock_fd = -1;
	}
	o->f = NULL;
	o->tmp[0] = '\0';
}
