/* cmd_export.c — `groeipad export child REF --format json`: one child's
 * dossier as JSON (export_json.h) on stdout or in a new 0600 file, written
 * to the audit log as an export of that child.  The other formats of
 * docs/product.md §9 are answered with "nog niet beschikbaar"; `export
 * handover` is cmd_handover.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "cmd.h"
#include "export_json.h"
#include "i18n.h"
#include "outfile.h"
#include "perm.h"

/* Checks --format and --encoding; returns -1 when they are fine, else the
 * exit code after saying why. */
static int check_options(const struct cli *c)
{
	static const char *const later_formats[] = {"txt", "md", "bds"};
	static const char *const later_encodings[] = {"cp1252", "ascii"};
	if (!c->format)
		return cli_usage_error("%s", _("export heeft --format nodig; beschikbaar is "
					       "json."));
	for (size_t i = 0; i < sizeof later_formats / sizeof *later_formats; i++)
		if (strcmp(c->format, later_formats[i]) == 0)
			return cli_usage_error(_("export --format %s is nog niet beschikbaar; "
						 "gebruik json."), c->format);
	if (strcmp(c->format, "json") != 0)
		return cli_usage_error(_("export kent --format json (txt, md en bds volgen "
					 "later), niet '%s'."), c->format);
	if (!c->encoding || strcmp(c->encoding, "utf-8") == 0)
		return -1;
	for (size_t i = 0; i < sizeof later_encodings / sizeof *later_encodings; i++)
		if (strcmp(c->encoding, later_encodings[i]) == 0)
			return cli_usage_error(_("--encoding %s is nog niet beschikbaar; JSON is "
						 "altijd UTF-8."), c->encoding);
	return cli_usage_error(_("--encoding kent utf-8, cp1252 en ascii, niet '%s'."),
			       c->encoding);
}

/* Checks the words after `export`: "child REF".  Returns -1 when fine. */
static int check_args(const struct cli *c)
{
	if (c->nargs == 0)
		return cli_usage_error("%s", _("export heeft een onderwerp nodig: "
					       "export child REF."));
	if (strcmp(c->args[0], "child") != 0)
		return cli_usage_error(_("export kent 'child REF' en 'handover NUMMER', niet '%s'."),
				       c->args[0]);
	if (c->nargs < 2)
		return cli_usage_error("%s", _("export child heeft een cliëntnummer of BSN nodig: "
					       "export child REF."));
	if (c->nargs > 2)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[2]);
	return -1;
}

/* Writes the export entry and the text, in that order, so nothing leaves
 * the program unlogged; a file gets its name only when complete. */
static enum gp_status deliver(struct db *db, const struct child *child, const char *text,
			      const char *path, struct gp_err *e)
{
	struct outfile of;
	enum gp_status s = outfile_open(&of, path, e);
	if (s != GP_OK)
		return s;
	char detail[80];
	snprintf(detail, sizeof detail, "child json %s", path ? "file" : "stdout");
	s = db_begin(db, e);
	if (s == GP_OK)
		s = audit_log(db, child->id, "export", detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s != GP_OK) {
		outfile_abort(&of);
		return s;
	}
	fputs(text, of.f);
	return outfile_commit(&of, e);
}

/* Finds the child, builds its JSON and delivers it; the session is open. */
static enum gp_status run(struct db *db, const char *ref, const char *path, struct gp_err *e)
{
	struct child *child = malloc(sizeof *child);
	if (!child)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	struct growth_ref *growth = NULL;
	struct refdata *codes = NULL;
	char *text = NULL;
	/* who may not export is told so before anything is read */
	enum gp_status s = perm_require(db, PERM_EXPORT, NULL, e);
	if (s == GP_OK)
		s = child_find_ref(db, ref, child, e);
	if (s == GP_OK)
		s = growth_load(refdata_dir(), &growth, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &codes, e);
	if (s == GP_OK) {
		struct export_refs refs = {growth, codes};
		s = export_child_json(db, &refs, child, date_today(), &text, e);
	}
	if (s == GP_OK)
		s = deliver(db, child, text, path, e);
	if (s == GP_OK && path)
		printf(_("Het dossier van cliënt %lld staat in %s.\n"), child->client_no, path);
	free(text);
	refdata_free(codes);
	growth_free(growth);
	free(child);
	return s;
}

int cmd_export(const struct cli *c)
{
	if (c->nargs > 0 && strcmp(c->args[0], "handover") == 0)
		return cmd_export_handover(c);
	int rc = check_args(c);
	if (rc < 0)
		rc = check_options(c);
	if (rc >= 0)
		return rc;
	struct gp_err e = {0};
	if (outfile_check(c->out, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	if ((rc = cli_session(c, "export", &db)) != 0)
		return rc;
	enum gp_status s = run(db, c->args[1], c->out, &e);
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
