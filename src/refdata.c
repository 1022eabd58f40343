/* refdata.c — see refdata.h. */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "refdata.h"
#include "text.h"

static int is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

const char *refdata_dir(void)
{
	const char *env = getenv("GROEIPAD_DATADIR");
	if (env && *env)
		return env;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			static char dir[PATH_MAX];
			*slash = '\0';
			snprintf(dir, sizeof dir, "%.*s/../data", (int)(sizeof dir - 10), exe);
			char codes[PATH_MAX + 8];
			snprintf(codes, sizeof codes, "%s/codes", dir);
			if (is_dir(codes))
				return dir;
		}
	}
	return GP_DATADIR;
}

enum gp_status tsv_read(const char *path, tsv_row_fn row, void *ctx, struct gp_err *e)
{
	FILE *f = fopen(path, "r");
	if (!f)
		return gp_fail(e, GP_EIO, _("Kan het gegevensbestand %s niet lezen: %s. "
					    "Controleer de installatie."), path, strerror(errno));
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, header = 1;
	enum gp_status s = GP_OK;
	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0 || line[0] == '#')
			continue;
		if (!utf8_valid(line)) {
			s = gp_fail(e, GP_ECORRUPT, _("%s regel %d: geen geldige UTF-8."), path,
				    lineno);
			break;
		}
		if (header) {
			header = 0;
			continue;
		}
		char *fields[32];
		int nf = 0;
		char *p = line;
		for (;;) {
			if (nf == 32)
				break;
			fields[nf++] = p;
			char *tab = strchr(p, '\t');
			if (!tab)
				break;
			*tab = '\0';
			p = tab + 1;
		}
		int rc = row(ctx, fields, nf, lineno, e);
		if (rc != 0) {
			s = e && e->code != GP_OK ? e->code
				 : gp_fail(e, GP_ECORRUPT, _("%s regel %d is ongeldig."), path, lineno);
			break;
		}
	}
	free(line);
	fclose(f);
	return s;
}

struct load_ctx {
	struct refdata *r;     /* where the lists go */
	struct codelist *list; /* data/codes: the list being filled */
	const char *path;      /* for messages */
	int col;               /* label column: 1 Dutch, 2 English */
};

/* Appends (code, label) to list l, with its BDS code when bds is not NULL;
 * -1 when memory runs out. */
static int add_item(struct codelist *l, const char *code, const char *label, const char *bds,
		    int unconfirmed)
{
	struct code *grown = realloc(l->items, (size_t)(l->n + 1) * sizeof *grown);
	if (!grown)
		return -1;
	l->items = grown;
	struct code *c = &l->items[l->n];
	c->code = strdup(code);
	c->label = strdup(label);
	c->bds = bds ? strdup(bds) : NULL;
	c->unconfirmed = unconfirmed;
	if (!c->code || !c->label || (bds && !c->bds)) {
		free(c->code);
		free(c->label);
		free(c->bds);
		return -1;
	}
	l->n++;
	return 0;
}

/* A new, empty list at the end of r->lists (earlier pointers into it may
 * move), or NULL when memory runs out. */
static struct codelist *new_list(struct refdata *r, const char *name, const char *oid)
{
	struct codelist *grown = realloc(r->lists, (size_t)(r->nlists + 1) * sizeof *grown);
	if (!grown)
		return NULL;
	r->lists = grown;
	struct codelist *l = &r->lists[r->nlists];
	memset(l, 0, sizeof *l);
	l->name = strdup(name);
	l->oid = oid ? strdup(oid) : NULL;
	if (!l->name || (oid && !l->oid)) {
		free(l->name);
		free(l->oid);
		return NULL;
	}
	r->nlists++;
	return l;
}

static int add_code(void *vctx, char **fields, int nf, int line, struct gp_err *e)
{
	struct load_ctx *ctx = vctx;
	if (nf < 2 || !fields[0][0]) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: verwacht code<tab>omschrijving."),
			ctx->path, line);
		return -1;
	}
	const char *label = nf > ctx->col && fields[ctx->col][0] ? fields[ctx->col] : fields[1];
	const char *bds = nf > 3 && fields[3][0] && strcmp(fields[3], "-") != 0 ? fields[3] : NULL;
	return add_item(ctx->list, fields[0], label, bds, 0);
}

/* ---- value-set files ---------------------------------------------------------- */

/* The columns of a value-set file (data/giz/giz.tsv explains them). */
enum { VS_OID, VS_LIST, VS_CODE, VS_STATUS, VS_SIDE, VS_NL, VS_EN, VS_SHORT_NL, VS_SHORT_EN,
       VS_PLAIN_NL, VS_PLAIN_EN, VS_COLUMNS };

/* The value-set files read after data/codes, relative to the data folder. */
static const char *const VALUESET_FILES[] = {"giz/giz.tsv"};

/* Adds (code, label) to the list called `name`, made when it is new. */
static int add_to(struct load_ctx *ctx, const char *name, const char *oid, const char *code,
		  const char *label, int unconfirmed, int line, struct gp_err *e)
{
	struct codelist *l = NULL;
	for (int i = 0; i < ctx->r->nlists && !l; i++)
		if (strcmp(ctx->r->lists[i].name, name) == 0)
			l = &ctx->r->lists[i];
	if (l && (oid ? !l->oid || strcmp(l->oid, oid) != 0 : l->oid != NULL)) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: de lijst %s heeft al een andere OID."),
			ctx->path, line, name);
		return -1;
	}
	if (!l && !(l = new_list(ctx->r, name, oid)))
		return -1;
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0) {
			gp_fail(e, GP_ECORRUPT, _("%s regel %d: code %s staat twee keer in %s."),
				ctx->path, line, code, name);
			return -1;
		}
	return add_item(l, code, label, NULL, unconfirmed);
}

static int add_valueset_row(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct load_ctx *ctx = vctx;
	int en = ctx->col == 2, unconfirmed = nf > VS_STATUS && strcmp(f[VS_STATUS], "onbevestigd") == 0;
	if (nf < VS_COLUMNS || !f[VS_OID][0] || !f[VS_LIST][0] || !f[VS_CODE][0] ||
	    (!unconfirmed && strcmp(f[VS_STATUS], "bevestigd") != 0 &&
	     strcmp(f[VS_STATUS], "eigen") != 0) || !f[VS_NL][0]) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: verwacht %d kolommen (oid, lijst, code, "
					  "status bevestigd/onbevestigd/eigen, zijde, nl, en, "
					  "kort_nl, kort_en, ouder_nl, ouder_en)."),
			ctx->path, line, VS_COLUMNS);
		return -1;
	}
	const char *oid = strcmp(f[VS_OID], "-") == 0 ? NULL : f[VS_OID];
	const char *list = f[VS_LIST], *code = f[VS_CODE];
	const char *label = en && f[VS_EN][0] ? f[VS_EN] : f[VS_NL];
	const char *shortl = en && f[VS_SHORT_EN][0] ? f[VS_SHORT_EN] : f[VS_SHORT_NL];
	const char *plain = en && f[VS_PLAIN_EN][0] ? f[VS_PLAIN_EN] : f[VS_PLAIN_NL];
	char shown[512], name[128];
	/* an unconfirmed label is never shown without its code */
	if (unconfirmed)
		snprintf(shown, sizeof shown, "%s %s", code, label);
	else
		snprintf(shown, sizeof shown, "%s", label);
	if (add_to(ctx, list, oid, code, shown, unconfirmed, line, e) != 0)
		return -1;
	const struct {
		const char *suffix, *value;
	} extra[] = {{"kort", shortl}, {"ouder", plain}, {"zijde", f[VS_SIDE]}};
	for (size_t i = 0; i < sizeof extra / sizeof *extra; i++) {
		if (!extra[i].value[0] || strcmp(extra[i].value, "-") == 0)
			continue;
		snprintf(name, sizeof name, "%s.%s", list, extra[i].suffix);
		if (add_to(ctx, name, NULL, code, extra[i].value, unconfirmed, line, e) != 0)
			return -1;
	}
	return 0;
}

/* Reads the value-set files that are there (an organisation may leave
 * one out; the screens that need it say so). */
static enum gp_status load_valuesets(struct refdata *r, const char *datadir, int col,
				     struct gp_err *e)
{
	for (size_t i = 0; i < sizeof VALUESET_FILES / sizeof *VALUESET_FILES; i++) {
		char path[PATH_MAX + 64];
		snprintf(path, sizeof path, "%s/%s", datadir, VALUESET_FILES[i]);
		if (access(path, F_OK) != 0)
			continue;
		struct load_ctx ctx = {r, NULL, path, col};
		enum gp_status s = tsv_read(path, add_valueset_row, &ctx, e);
		if (s != GP_OK)
			return s;
	}
	return GP_OK;
}

enum gp_status refdata_load(const char *datadir, const char *lang, struct refdata **out,
			    struct gp_err *e)
{
	*out = NULL;
	struct refdata *r = calloc(1, sizeof *r);
	if (!r)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	text_copy(r->datadir, sizeof r->datadir, datadir);
	char dirpath[PATH_MAX];
	int col = lang && strcmp(lang, "en") == 0 ? 2 : 1;
	snprintf(dirpath, sizeof dirpath, "%s/codes", datadir);
	struct dirent **names;
	int count = scandir(dirpath, &names, NULL, alphasort);
	if (count < 0) {
		free(r);
		return gp_fail(e, GP_EIO, _("De map met gegevensbestanden %s ontbreekt: %s. "
					    "Zet GROEIPAD_DATADIR of installeer groeipad opnieuw."),
			       dirpath, strerror(errno));
	}
	enum gp_status s = GP_OK;
	for (int i = 0; i < count; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name);
		if (s == GP_OK && len > 4 && strcmp(name + len - 4, ".tsv") == 0) {
			char base[256], path[PATH_MAX + 256];
			snprintf(base, sizeof base, "%.*s", (int)(len - 4), name);
			snprintf(path, sizeof path, "%s/%s", dirpath, name);
			struct load_ctx ctx = {r, new_list(r, base, NULL), path, col};
			s = ctx.list ? tsv_read(path, add_code, &ctx, e)
				     : gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
		}
		free(names[i]);
	}
	free(names);
	if (s == GP_OK)
		s = load_valuesets(r, datadir, col, e);
	if (s != GP_OK) {
		refdata_free(r);
		return s;
	}
	*out = r;
	return GP_OK;
}

void refdata_free(struct refdata *r)
{
	if (!r)
		return;
	for (int i = 0; i < r->nlists; i++) {
		for (int j = 0; j < r->lists[i].n; j++) {
			free(r->lists[i].items[j].code);
			free(r->lists[i].items[j].label);
			free(r->lists[i].items[j].bds);
		}
		free(r->lists[i].items);
		free(r->lists[i].name);
		free(r->lists[i].oid);
	}
	free(r->lists);
	free(r);
}

const struct codelist *refdata_list(const struct refdata *r, const char *name)
{
	for (int i = 0; r && i < r->nlists; i++)
		if (strcmp(r->lists[i].name, name) == 0)
			return &r->lists[i];
	return NULL;
}

const struct code *refdata_code(const struct refdata *r, const char *list, const char *code)
{
	const struct codelist *l = refdata_list(r, list);
	for (int i = 0; l && i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return &l->items[i];
	return NULL;
}

const char *refdata_label(const struct refdata *r, const char *list, const char *code)
{
	const struct code *c = refdata_code(r, list, code);
	return c ? c->label : code;
}

const char *refdata_bds(const struct refdata *r, const char *list, const char *code)
{
	const struct codelist *l = refdata_list(r, list);
	for (int i = 0; l && code && i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return l->items[i].bds;
	return NULL;
}
