/* cmd_export.c — `groeipad export`: one child's dossier as a kindoverzicht
 * (txt, md; for a colleague or, with --afschrift, for the parents in their
 * language), as JSON with every field, or as BDS JSON for JAMES; or every
 * child at once (`export all`) as JSON or BDS JSON, one file per child in a
 * folder or one JSON document per line (NDJSON) in a file or on stdout.
 *
 * Every export is written to the audit log, naming the child and the file,
 * before anything leaves the program; files are made 0600 and appear only
 * when complete (outfile.h); an existing file is replaced only with
 * --force.  The core work is export_json.c, bds.c and overview.c; `export
 * handover NUMMER` is cmd_handover.c. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "bds.h"
#include "cmd.h"
#include "export.h"
#include "i18n.h"
#include "outfile.h"

/* What was asked for, checked. */
struct request {
	enum export_format format;   /* txt, md, json, bds */
	enum text_encoding enc;      /* txt and md only */
	enum bds_format bds;         /* bds only */
	int all;                     /* export all */
	const char *ref;             /* child REF */
};

static int check_args(const struct cli *c, struct request *r)
{
	if (c->nargs == 0)
		return cli_usage_error("%s", _("export heeft een onderwerp nodig: export child REF, "
					       "export all of export handover NUMMER."));
	if (strcmp(c->args[0], "all") == 0) {
		if (c->nargs > 1)
			return cli_usage_error(_("onverwacht argument '%s'."), c->args[1]);
		r->all = 1;
		return -1;
	}
	if (strcmp(c->args[0], "child") != 0)
		return cli_usage_error(_("export kent 'child REF', 'all' en 'handover NUMMER', "
					 "niet '%s'."), c->args[0]);
	if (c->nargs < 2)
		return cli_usage_error("%s", _("export child heeft een cliëntnummer of BSN nodig: "
					       "export child REF."));
	if (c->nargs > 2)
		return cli_usage_error(_("onverwacht argument '%s'."), c->args[2]);
	r->ref = c->args[1];
	return -1;
}

static int check_options(const struct cli *c, struct request *r)
{
	if (!c->format)
		return cli_usage_error("%s", _("export heeft --format nodig: txt, md, json of bds."));
	if (export_format_parse(c->format, &r->format) != 0)
		return cli_usage_error(_("export kent --format txt, md, json en bds, niet '%s'."),
				       c->format);
	int rc = cli_encoding(c, &r->enc);
	if (rc >= 0)
		return rc;
	if (r->all && (r->format == EXPORT_TXT || r->format == EXPORT_MD))
		return cli_usage_error("%s", _("export all kent --format json en bds; een "
					       "kindoverzicht maakt u per kind."));
	if ((r->format == EXPORT_JSON || r->format == EXPORT_BDS) && r->enc != ENC_UTF8)
		return cli_usage_error(_("--encoding %s past niet bij JSON: JSON is altijd UTF-8."),
				       c->encoding);
	if (c->bds_version && r->format != EXPORT_BDS)
		return cli_usage_error("%s", _("--bds-version hoort bij --format bds."));
	r->bds = BDS_V30;
	if (c->bds_version && bds_format_parse(c->bds_version, &r->bds) != 0)
		return cli_usage_error(_("--bds-version kent 3.0 en 3.1, niet '%s'."), c->bds_version);
	if (c->identity && r->format != EXPORT_BDS)
		return cli_usage_error("%s", _("--identity hoort bij --format bds (JSON bevat de "
					       "naam en het BSN al)."));
	if ((c->afschrift || c->doc_lang) && r->format != EXPORT_TXT && r->format != EXPORT_MD)
		return cli_usage_error("%s", _("--afschrift en --doc-lang horen bij --format txt "
					       "of md."));
	if (c->doc_lang && !i18n_doc_known(c->doc_lang))
		return cli_usage_error(_("--doc-lang kent nl, en, tr, ar en pl, niet '%s'."),
				       c->doc_lang);
	return -1;
}

/* ---- one child ----------------------------------------------------------------- */

static int export_one(const struct cli *c, const struct request *r)
{
	struct gp_err e = {0};
	if (outfile_check_force(c->out, c->force, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	int rc = cli_session(c, "export", &db);
	if (rc != 0)
		return rc;
	struct export_job job = {
		.format = r->format, .enc = r->enc, .bds = r->bds, .identity = c->identity,
		.afschrift = c->afschrift, .doc_lang = c->doc_lang, .path = c->out,
		.force = c->force, .today = date_today(),
	};
	struct export_result res;
	enum gp_status s = export_child_ref(db, &job, r->ref, &res, &e);
	db_close(db);
	if (s != GP_OK)
		return cli_fail(&e);
	cli_warn(res.lang_note);
	cli_warn(res.warning);
	if (c->out)
		printf(_("Het dossier van cliënt %lld staat in %s.\n"), res.client_no, c->out);
	return 0;
}

/* ---- every child ----------------------------------------------------------------- */

/* 1 when dir has entries other than . and .. (or cannot be read). */
static int dir_has_files(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 1;
	struct dirent *de;
	int any = 0;
	/* one thread: readdir is fine (readdir_r is deprecated) */
	// cppcheck-suppress readdirCalled
	while (!any && (de = readdir(d)) != NULL)
		any = strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0;
	closedir(d);
	return any;
}

/* -o for export all: a folder (existing, or ending in '/', or no
 * .json/.ndjson name) gets one file per child; another name gets NDJSON. */
static int wants_folder(const char *out)
{
	struct stat sb;
	if (stat(out, &sb) == 0)
		return S_ISDIR(sb.st_mode);
	size_t n = strlen(out);
	if (n && out[n - 1] == '/')
		return 1;
	const char *dot = strrchr(out, '.');
	return !(dot && (strcmp(dot, ".ndjson") == 0 || strcmp(dot, ".jsonl") == 0 ||
			 strcmp(dot, ".json") == 0));
}

static int export_all(const struct cli *c, const struct request *r)
{
	struct gp_err e = {0};
	int folder = c->out && wants_folder(c->out);
	if (folder) {
		struct stat sb;
		if (stat(c->out, &sb) == 0 && !c->force && dir_has_files(c->out)) {
			fprintf(stderr, _("groeipad: de map %s is niet leeg; kies een nieuwe of lege map, "
					  "of vervang bestanden met --force.\n"), c->out);
			return 1;
		}
	} else if (outfile_check_force(c->out, c->force, &e) != GP_OK) {
		return cli_fail(&e);
	}
	struct db *db;
	int rc = cli_session(c, "export", &db);
	if (rc != 0)
		return rc;
	struct export_job job = {
		.format = r->format, .bds = r->bds, .identity = c->identity, .path = c->out,
		.force = c->force, .today = date_today(), .folder = folder,
	};
	struct export_result res;
	enum gp_status s = export_all_children(db, &job, &res, &e);
	db_close(db);
	if (s != GP_OK)
		return cli_fail(&e);
	if (c->out)
		printf(folder ? _("%lld kinderen geëxporteerd naar de map %s.\n")
			      : _("%lld kinderen geëxporteerd naar %s.\n"), res.children, c->out);
	return 0;
}

int cmd_export(const struct cli *c)
{
	if (c->nargs > 0 && strcmp(c->args[0], "handover") == 0)
		return cmd_export_handover(c);
	struct request r = {0};
	int rc = check_args(c, &r);
	if (rc < 0)
		rc = check_options(c, &r);
	if (rc >= 0)
		return rc;
	return r.all ? export_all(c, &r) : export_one(c, &r);
}
