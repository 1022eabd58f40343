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
	struct codelist *list; /* the list being filled */
	const char *path;      /* for messages */
	int col;               /* label column: 1 Dutch, 2 English */
};

static int add_code(void *vctx, char **fields, int nf, int line, struct gp_err *e)
{
	struct load_ctx *ctx = vctx;
	if (nf < 2 || !fields[0][0]) {
		gp_fail(e, GP_ECORRUPT, _("%s regel %d: verwacht code<tab>omschrijving."),
			ctx->path, line);
		return -1;
	}
	const char *label = nf > ctx->col && fields[ctx->col][0] ? fields[ctx->col] : fields[1];
	struct codelist *l = ctx->list;
	struct code *grown = realloc(l->items, (size_t)(l->n + 1) * sizeof *grown);
	if (!grown)
		return -1;
	l->items = grown;
	struct code *c = &l->items[l->n];
	c->code = strdup(fields[0]);
	c->label = strdup(label);
	c->bds = nf > 3 && fields[3][0] && strcmp(fields[3], "-") != 0 ? strdup(fields[3]) : NULL;
	if (!c->code || !c->label || (nf > 3 && fields[3][0] && strcmp(fields[3], "-") != 0 &&
				      !c->bds)) {
		free(c->code);
		free(c->label);
		free(c->bds);
		return -1;
	}
	l->n++;
	return 0;
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
			struct codelist *grown = realloc(r->lists, (size_t)(r->nlists + 1) * sizeof *grown);
			if (!grown) {
				s = gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
			} else {
				r->lists = grown;
				struct codelist *l = &r->lists[r->nlists++];
				memset(l, 0, sizeof *l);
				l->name = strndup(name, len - 4);
				char path[PATH_MAX + 256];
				snprintf(path, sizeof path, "%s/%s", dirpath, name);
				struct load_ctx ctx = {l, path, lang && strcmp(lang, "en") == 0 ? 2 : 1};
				s = l->name ? tsv_read(path, add_code, &ctx, e)
					    : gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
			}
		}
		free(names[i]);
	}
	free(names);
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

const char *refdata_label(const struct refdata *r, const char *list, const char *code)
{
	const struct codelist *l = refdata_list(r, list);
	for (int i = 0; l && i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return l->items[i].label;
	return code;
}

const char *refdata_bds(const struct refdata *r, const char *list, const char *code)
{
	const struct codelist *l = refdata_list(r, list);
	for (int i = 0; l && code && i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return l->items[i].bds;
	return NULL;
}
