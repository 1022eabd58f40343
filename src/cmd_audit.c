/* cmd_audit.c — the audit log's anchors on the command line: `groeipad
 * seal` (the daily seal a beheerder prints or sends) and `check --anchor`
 * (this database against seals and backups kept elsewhere).  See audit.h
 * and docs/security.md. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "cmd.h"
#include "i18n.h"
#include "outfile.h"
#include "text.h"

enum { ANCHOR_FILE_MAX = 64 * 1024 };

/* The first bytes of every SQLite file. */
static const char SQLITE_MAGIC[] = "SQLite format 3";

/* Reads an anchor from what --anchor names: a backup (its head), a file
 * holding a seal, or the seal line itself. */
static enum gp_status read_anchor(const char *arg, struct audit_anchor *a, struct gp_err *e)
{
	struct stat sb;
	if (stat(arg, &sb) != 0)
		return audit_anchor_parse(arg, a) == 0
			       ? GP_OK
			       : gp_fail(e, GP_EINPUT, _("--anchor %s is geen bestand en geen "
							 "zegelregel (groeipad-anker 1 …)."), arg);
	if (!S_ISREG(sb.st_mode))
		return gp_fail(e, GP_EINPUT, _("--anchor %s is geen gewoon bestand."), arg);
	int fd = open(arg, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return gp_fail(e, GP_EIO, _("Kan %s niet lezen: %s."), arg, strerror(errno));
	char *buf = malloc(ANCHOR_FILE_MAX + 1);
	ssize_t got = buf ? read(fd, buf, ANCHOR_FILE_MAX) : -1;
	close(fd);
	if (got < 0) {
		free(buf);
		return gp_fail(e, GP_EIO, _("Kan %s niet lezen."), arg);
	}
	buf[got] = '\0';
	enum gp_status s = GP_OK;
	if ((size_t)got >= sizeof SQLITE_MAGIC - 1 &&
	    memcmp(buf, SQLITE_MAGIC, sizeof SQLITE_MAGIC - 1) == 0) {
		struct db *copy;
		s = db_open(&copy, arg, DB_READONLY, e);
		if (s == GP_OK) {
			s = audit_head(copy, a, e);
			db_close(copy);
		}
	} else if (audit_anchor_parse(buf, a) != 0) {
		s = gp_fail(e, GP_EINPUT, _("In %s staat geen zegel (een regel groeipad-anker 1 …)."),
			    arg);
	}
	free(buf);
	return s;
}

int cli_check_anchors(struct db *db, const struct cli *c)
{
	int worst = 0;
	for (int i = 0; i < c->nanchors; i++) {
		struct gp_err e = {0};
		struct audit_anchor a = {0};
		enum gp_status s = read_anchor(c->anchors[i], &a, &e);
		if (s == GP_OK)
			s = audit_check_anchor(db, &a, &e);
		if (s != GP_OK) {
			int rc = cli_fail(&e);
			worst = rc > worst ? rc : worst;
			continue;
		}
		char when[17];
		date_stamp_local(a.at, when);
		printf(_("Anker van %s (regel %lld) klopt.\n"), when, a.seq);
	}
	return c->nanchors == 0 ? -1 : worst;
}

int cmd_seal(const struct cli *c)
{
	struct gp_err e = {0};
	struct db *db;
	if (outfile_check(c->out, &e) != GP_OK)
		return cli_fail(&e);
	int rc = cli_session(c, "seal", &db);
	if (rc != 0)
		return rc;
	struct audit_anchor a;
	struct outfile of;
	enum gp_status s = audit_seal(db, &a, &e);
	if (s == GP_OK)
		s = outfile_open(&of, c->out, &e);
	if (s == GP_OK) {
		char line[256], when[17], safe_db[1024];
		date_stamp_local(a.at, when);
		text_sanitize(c->db, safe_db, sizeof safe_db, 0);
		fprintf(of.f, _("Zegel van het logboek van %s, %s\n"
				"Tot en met regel %lld. Bewaar dit zegel buiten deze computer "
				"(afdrukken, of mailen\naan wie de zegels bewaart). Controleer later met\n"
				"  groeipad check --db %s --anchor ZEGELBESTAND\n"
				"(of met de regel hieronder als --anchor): wie het logboek heeft "
				"herschreven of\ningekort, valt dan op.\n\n%s\n"),
			safe_db, when, a.seq, safe_db, audit_anchor_format(&a, line, sizeof line));
		s = outfile_commit(&of, &e);
	}
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
