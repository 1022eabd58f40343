/* export.c — see export.h.  Checks what was asked, logs it, then writes
 * with overview.c (txt, md), export_json.c (json) or bds.c (bds). */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "dossier_check.h"
#include "export.h"
#include "export_json.h"
#include "i18n.h"
#include "outfile.h"
#include "overview.h"
#include "perm.h"
#include "refdata.h"
#include "schedule.h"

int export_format_parse(const char *s, enum export_format *out)
{
	static const char *const names[] = {"txt", "md", "json", "bds"};
	for (int i = 0; i < 4; i++)
		if (s && strcmp(s, names[i]) == 0) {
			*out = (enum export_format)i;
			return 0;
		}
	return -1;
}

const char *export_format_name(enum export_format f)
{
	static const char *const names[] = {"txt", "md", "json", "bds"};
	return names[f];
}

void export_default_name(long long client_no, const struct export_job *job, char *out,
			 size_t outsz)
{
	switch (job->format) {
	case EXPORT_TXT:
	case EXPORT_MD:
		snprintf(out, outsz, "%s-%lld.%s", job->afschrift ? "afschrift" : "kindoverzicht",
			 client_no, export_format_name(job->format));
		break;
	case EXPORT_JSON:
		snprintf(out, outsz, "%lld.json", client_no);
		break;
	case EXPORT_BDS:
		snprintf(out, outsz, "%lld.bds.json", client_no);
		break;
	}
}

/* Writes one audit entry in its own transaction. */
static enum gp_status log_one(struct db *db, const char *child_id, const char *action,
			      const char *detail, struct gp_err *e)
{
	enum gp_status s = db_begin(db, e);
	if (s == GP_OK)
		s = audit_log(db, child_id, action, detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	return s;
}

/* ---- one child -------------------------------------------------------------------- */

/* The kindoverzicht of c in res->lang. */
static enum gp_status write_overview(struct db *db, const struct export_job *job,
				     const struct child *c, FILE *f, struct export_result *res,
				     struct gp_err *e)
{
	struct growth_ref *growth = NULL;
	struct refdata *nl = NULL, *en = NULL;
	struct schedule *sched = NULL;
	enum gp_status s = growth_load(refdata_dir(), &growth, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &nl, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "en", &en, e);
	if (s == GP_OK)
		s = schedule_load(refdata_dir(), &sched, e);
	struct textout t;
	if (s == GP_OK)
		s = textout_init(&t, f, job->enc, e);
	if (s == GP_OK) {
		struct overview_refs refs = {growth, nl, en, sched};
		struct overview_options opt = {job->format == EXPORT_MD ? DOC_MD : DOC_TXT, res->lang,
					       job->afschrift, job->today};
		s = overview_write(db, &refs, c, &opt, &t, e);
		textout_warning(&t, res->warning, sizeof res->warning);
		textout_end(&t);
	}
	schedule_free(sched);
	refdata_free(en);
	refdata_free(nl);
	growth_free(growth);
	return s;
}

static enum gp_status write_json(struct db *db, const struct export_job *job,
				 const struct child *c, FILE *f, struct gp_err *e)
{
	struct growth_ref *growth = NULL;
	struct refdata *codes = NULL;
	char *text = NULL;
	enum gp_status s = growth_load(refdata_dir(), &growth, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &codes, e);
	if (s == GP_OK) {
		struct export_refs refs = {growth, codes};
		s = export_child_json(db, &refs, c, job->today, &text, e);
	}
	if (s == GP_OK)
		fputs(text, f);
	free(text);
	refdata_free(codes);
	growth_free(growth);
	return s;
}

/* Lays out one-line JSON text with two-space indents (for one child). */
static enum gp_status write_pretty(const char *text, size_t len, FILE *f, struct gp_err *e)
{
	json_t *j = json_loadb(text, len, 0, NULL);
	int bad = !j || json_dumpf(j, f, JSON_INDENT(2)) != 0 || fputc('\n', f) == EOF;
	json_decref(j);
	return bad ? gp_fail(e, GP_EIO, _("De BDS JSON kon niet worden geschreven.")) : GP_OK;
}

static enum gp_status write_bds(struct db *db, const struct export_job *job,
				const struct child *c, FILE *f, struct gp_err *e)
{
	struct bds_record rec;
	struct bds_text text = {0};
	enum gp_status s = bds_record_load(db, c, &rec, e);
	if (s != GP_OK)
		return s;
	if (bds_record_text(&rec, job->bds, job->identity, &text) != 0)
		s = gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	else
		s = write_pretty(text.s, text.len, f, e);
	bds_text_free(&text);
	bds_record_free(&rec);
	return s;
}

/* The language of a kindoverzicht: asked, else the parent's (afschrift) or
 * the interface's. */
static enum gp_status pick_lang(struct db *db, const struct export_job *job,
				const struct child *c, struct export_result *res,
				struct gp_err *e)
{
	if (job->doc_lang) {
		if (!i18n_doc_known(job->doc_lang))
			return gp_fail(e, GP_EINPUT, _("Een overzicht kan in het Nederlands, Engels, "
						       "Turks, Arabisch of Pools; niet in '%s'."),
				       job->doc_lang);
		snprintf(res->lang, sizeof res->lang, "%s", job->doc_lang);
		return GP_OK;
	}
	if (!job->afschrift) {
		snprintf(res->lang, sizeof res->lang, "%s", i18n_lang());
		return GP_OK;
	}
	struct refdata *nl = NULL;
	enum gp_status s = refdata_load(refdata_dir(), "nl", &nl, e);
	if (s == GP_OK)
		s = overview_parent_lang(db, nl, c, res->lang, res->lang_note,
					 sizeof res->lang_note, e);
	refdata_free(nl);
	return s;
}

enum gp_status export_child(struct db *db, const struct export_job *job, const struct child *c,
			    struct export_result *res, struct gp_err *e)
{
	memset(res, 0, sizeof *res);
	res->client_no = c->client_no;
	/* who may not export or read this dossier is told so before anything
	 * is written; text that cannot leave the program is named first */
	enum gp_status s = perm_require(db, PERM_EXPORT, c->id, e);
	if (s == GP_OK)
		s = perm_require(db, PERM_READ, c->id, e);
	if (s == GP_OK)
		s = dossier_check_texts(db, c->id, e);
	if (s == GP_OK && (job->format == EXPORT_TXT || job->format == EXPORT_MD))
		s = pick_lang(db, job, c, res, e);
	if (s != GP_OK)
		return s;
	struct outfile of;
	if ((s = outfile_open_force(&of, job->path, job->force, e)) != GP_OK)
		return s;
	char detail[PATH_MAX + 128];
	if (job->format == EXPORT_TXT || job->format == EXPORT_MD)
		snprintf(detail, sizeof detail, "child %s %s%s %s %s", export_format_name(job->format),
			 res->lang, job->afschrift ? " afschrift" : "", text_encoding_name(job->enc),
			 job->path ? job->path : "stdout");
	else if (job->format == EXPORT_BDS)
		snprintf(detail, sizeof detail, "child bds %s%s %s", bds_format_name(job->bds),
			 job->identity ? " identity" : "", job->path ? job->path : "stdout");
	else
		snprintf(detail, sizeof detail, "child json %s", job->path ? job->path : "stdout");
	/* logged before anything leaves the program */
	if ((s = log_one(db, c->id, "export", detail, e)) != GP_OK) {
		outfile_abort(&of);
		return s;
	}
	switch (job->format) {
	case EXPORT_TXT:
	case EXPORT_MD:
		s = write_overview(db, job, c, of.f, res, e);
		break;
	case EXPORT_JSON:
		s = write_json(db, job, c, of.f, e);
		break;
	case EXPORT_BDS:
		s = write_bds(db, job, c, of.f, e);
		break;
	}
	if (s != GP_OK) {
		outfile_abort(&of);
		return s;
	}
	return outfile_commit(&of, e);
}

enum gp_status export_child_ref(struct db *db, const struct export_job *job, const char *ref,
				struct export_result *res, struct gp_err *e)
{
	struct child *c = malloc(sizeof *c);
	if (!c)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	/* a role that may not export hears that, not why it may not read */
	enum gp_status s = perm_require(db, PERM_EXPORT, NULL, e);
	if (s == GP_OK)
		s = child_find_ref(db, ref, c, e);
	if (s == GP_OK)
		s = export_child(db, job, c, res, e);
	free(c);
	return s;
}

/* ---- every child ---------------------------------------------------------------------- */

/* Logs the export of every child (one entry each, and one for the whole)
 * in one transaction; *n gets the number of children. */
static enum gp_status log_all(struct db *db, const struct export_job *job, long long *n,
			      struct gp_err *e)
{
	static const char sql[] = "SELECT id FROM children ORDER BY seq";
	char detail[PATH_MAX + 128];
	const char *where = job->path ? job->path : "stdout";
	snprintf(detail, sizeof detail, "all %s%s%s %s", export_format_name(job->format),
		 job->format == EXPORT_BDS ? " " : "",
		 job->format == EXPORT_BDS ? bds_format_name(job->bds) : "", where);
	*n = 0;
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	int rc = SQLITE_ERROR;
	if (st) {
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			char id[DB_ID_LEN];
			db_col_id(st, 0, id);
			if ((s = audit_log(db, id, "export", detail, e)) != GP_OK)
				break;
			(*n)++;
		}
		sqlite3_reset(st);
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = st ? db_error(db, rc, _("de kinderen lezen"), e) : (e ? e->code : GP_EINTERNAL);
	char summary[sizeof detail + 64];
	snprintf(summary, sizeof summary, "%s: %lld children", detail, *n);
	if (s == GP_OK)
		s = audit_log(db, NULL, "export_all", summary, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	return s;
}

/* Where the documents of export all go. */
struct sink {
	const struct export_job *job;
	struct outfile of;  /* NDJSON: the file or stdout */
	int dirfd;          /* folder: the folder, else -1 */
};

static enum gp_status sink_open(struct sink *k, const struct export_job *job, struct gp_err *e)
{
	memset(k, 0, sizeof *k);
	k->job = job;
	k->dirfd = -1;
	if (!job->folder)
		return outfile_open_force(&k->of, job->path, job->force, e);
	if (mkdir(job->path, 0700) != 0 && errno != EEXIST)
		return gp_fail(e, GP_EIO, _("Kan de map %s niet maken: %s."), job->path,
			       strerror(errno));
	k->dirfd = open(job->path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (k->dirfd < 0)
		return gp_fail(e, GP_EIO, _("Kan de map %s niet openen: %s."), job->path,
			       strerror(errno));
	return GP_OK;
}

/* Writes one child's document (one line of JSON text): a line of NDJSON,
 * or its own file, laid out for reading. */
static enum gp_status sink_put(struct sink *k, long long client_no, const char *text,
			       size_t len, struct gp_err *e)
{
	if (k->dirfd < 0) {
		if (fwrite(text, 1, len, k->of.f) != len || fputc('\n', k->of.f) == EOF)
			return gp_fail(e, GP_EIO, _("Kan de export niet schrijven: %s."),
				       strerror(errno ? errno : EIO));
		return GP_OK;
	}
	char name[32], part[96];
	snprintf(name, sizeof name, "%lld.json", client_no);
	snprintf(part, sizeof part, "%s.part-%ld", name, (long)getpid());
	int fd = openat(k->dirfd, part, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		return gp_fail(e, GP_EIO, _("Kan %s/%s niet aanmaken: %s."), k->job->path, name,
			       strerror(errno));
	FILE *f = fdopen(fd, "w");
	struct gp_err ignore = {0};
	int bad = !f || write_pretty(text, len, f, &ignore) != GP_OK;
	bad |= f ? fclose(f) != 0 : close(fd) != 0;
	if (!bad && !k->job->force && faccessat(k->dirfd, name, F_OK, AT_SYMLINK_NOFOLLOW) == 0) {
		unlinkat(k->dirfd, part, 0);
		return gp_fail(e, GP_EINPUT, _("%s/%s bestaat al; vervang het met --force."),
			       k->job->path, name);
	}
	if (bad || renameat(k->dirfd, part, k->dirfd, name) != 0) {
		int err = errno ? errno : EIO;
		unlinkat(k->dirfd, part, 0);
		return gp_fail(e, GP_EIO, _("Kan %s/%s niet schrijven: %s."), k->job->path, name,
			       strerror(err));
	}
	return GP_OK;
}

/* A jansson document through sink_put, on one line. */
static enum gp_status sink_put_json(struct sink *k, long long client_no, json_t *doc,
				    struct gp_err *e)
{
	char *text = json_dumps(doc, JSON_COMPACT);
	if (!text)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	enum gp_status s = sink_put(k, client_no, text, strlen(text), e);
	free(text);
	return s;
}

static enum gp_status sink_close(struct sink *k, enum gp_status s, struct gp_err *e)
{
	if (k->dirfd < 0) {
		if (s == GP_OK)
			return outfile_commit(&k->of, e);
		outfile_abort(&k->of);
		return s;
	}
	if (s == GP_OK && (syncfs(k->dirfd) != 0 || fsync(k->dirfd) != 0))
		s = gp_fail(e, GP_EIO, _("Kan de map %s niet wegschrijven: %s."), k->job->path,
			    strerror(errno));
	close(k->dirfd);
	return s;
}

static enum gp_status all_bds(struct db *db, struct sink *k, long long *n, struct gp_err *e)
{
	struct bds_stream *st;
	struct bds_text text = {0};
	enum gp_status s = bds_stream_open(db, 0, &st, e);
	if (s != GP_OK)
		return s;
	const struct bds_record *rec;
	int rc;
	while ((rc = bds_stream_next(st, &rec, e)) == 1) {
		if (bds_record_text(rec, k->job->bds, k->job->identity, &text) != 0) {
			s = gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
			break;
		}
		if ((s = sink_put(k, rec->child.client_no, text.s, text.len, e)) != GP_OK)
			break;
		(*n)++;
	}
	bds_stream_close(st);
	bds_text_free(&text);
	if (s == GP_OK && rc < 0)
		s = e ? e->code : GP_EINTERNAL;
	return s;
}

static enum gp_status all_json(struct db *db, struct sink *k, long long *n, struct gp_err *e)
{
	static const char sql[] = "SELECT id FROM children ORDER BY seq";
	struct growth_ref *growth = NULL;
	struct refdata *codes = NULL;
	enum gp_status s = growth_load(refdata_dir(), &growth, e);
	if (s == GP_OK)
		s = refdata_load(refdata_dir(), "nl", &codes, e);
	sqlite3_stmt *ids = NULL;
	struct child *c = malloc(sizeof *c);
	if (!c) {
		refdata_free(codes);
		growth_free(growth);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	/* its own statement: child_get and the export use the cached ones */
	int rc = SQLITE_DONE;
	if (s == GP_OK && (rc = sqlite3_prepare_v2(db->h, sql, -1, &ids, NULL)) != SQLITE_OK)
		s = db_error(db, rc, _("de kinderen lezen"), e);
	struct export_refs refs = {growth, codes};
	while (s == GP_OK && (rc = sqlite3_step(ids)) == SQLITE_ROW) {
		char id[DB_ID_LEN];
		db_col_id(ids, 0, id);
		if ((s = child_get(db, id, c, e)) != GP_OK)
			break;
		json_t *j = export_child_json_tree(db, &refs, c, k->job->today, e);
		if (!j) {
			s = e ? e->code : GP_EINTERNAL;
			break;
		}
		s = sink_put_json(k, c->client_no, j, e);
		json_decref(j);
		if (s == GP_OK)
			(*n)++;
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("de kinderen lezen"), e);
	sqlite3_finalize(ids);
	free(c);
	refdata_free(codes);
	growth_free(growth);
	return s;
}

enum gp_status export_all_children(struct db *db, const struct export_job *job,
				   struct export_result *res, struct gp_err *e)
{
	memset(res, 0, sizeof *res);
	if (job->format != EXPORT_JSON && job->format != EXPORT_BDS)
		return gp_fail(e, GP_EINPUT, _("Alle kinderen tegelijk kan als JSON of BDS JSON."));
	enum gp_status s = perm_require(db, PERM_EXPORT, NULL, e);
	if (s == GP_OK)
		s = perm_require(db, PERM_READ, NULL, e);
	if (s != GP_OK)
		return s;
	struct sink k;
	s = sink_open(&k, job, e);
	if (s != GP_OK)
		return s;
	long long logged = 0;
	s = log_all(db, job, &logged, e);
	if (s == GP_OK)
		s = job->format == EXPORT_BDS ? all_bds(db, &k, &res->children, e)
					      : all_json(db, &k, &res->children, e);
	return sink_close(&k, s, e);
}
