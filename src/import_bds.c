/* import_bds.c — the BDS JSON reader of the import: a file with one
 * object, a list of objects, or one object per line (NDJSON, as `export
 * all` writes), each read with bds_record_parse() into an import_rec. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "i18n.h"
#include "import_rec.h"
#include "text.h"

struct import_bds {
	struct csv_file file; /* the text (read like a CSV: encoding checked) */
	json_t *list;         /* a whole-file object or list, or NULL for NDJSON */
	size_t next;          /* next index in list */
	const char *p;        /* NDJSON: next line */
	long line;            /* NDJSON: its number */
};

int import_is_json(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return 0;
	int c;
	int bom = 0;
	while ((c = fgetc(f)) != EOF) {
		if (bom < 3 && (c == 0xEF || c == 0xBB || c == 0xBF)) {
			bom++;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
			break;
	}
	fclose(f);
	return c == '{' || c == '[';
}

enum gp_status import_bds_open(struct import_bds **out, const char *path, struct gp_err *e)
{
	*out = NULL;
	struct import_bds *b = calloc(1, sizeof *b);
	if (!b)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	const enum text_encoding utf8 = ENC_UTF8;
	enum gp_status s = csv_file_read(path, &utf8, &b->file, e);
	if (s != GP_OK) {
		free(b);
		return s;
	}
	json_error_t err;
	b->list = json_loadb(b->file.text, b->file.len, JSON_REJECT_DUPLICATES, &err);
	if (!b->list) {
		/* more than one value: one object per line? */
		const char *nl = strchr(b->file.text, '\n');
		json_t *first = nl ? json_loadb(b->file.text, (size_t)(nl - b->file.text),
						 JSON_REJECT_DUPLICATES, NULL) : NULL;
		if (!first) {
			csv_file_free(&b->file);
			free(b);
			return gp_fail(e, GP_EINPUT, _("%s is geen geldige JSON (regel %d, kolom %d): "
						       "%s."), path, err.line, err.column, err.text);
		}
		json_decref(first);
		b->p = b->file.text;
		b->line = 1;
	} else if (!json_is_array(b->list)) {
		json_t *one = json_array();
		json_array_append_new(one, b->list);
		b->list = one;
	}
	*out = b;
	return GP_OK;
}

/* Moves a parsed BDS record into an import record. */
static void take(struct import_rec *r, struct bds_record *b)
{
	text_copy(r->reference, sizeof r->reference, b->reference);
	r->child = b->child;
	r->has_sex = b->has_sex;
	memcpy(r->pc4, b->pc4, sizeof r->pc4);
	for (int i = 0; i < b->nparents && i < IMPORT_MAX_PARENTS; i++) {
		r->parents[i].m = b->parents[i];
		r->parents[i].m.lives_with = 1;
	}
	r->nparents = b->nparents;
	r->height_mother_mm = b->height_mother_mm;
	r->height_father_mm = b->height_father_mm;
	free(r->meas);
	r->meas = b->meas;
	r->nmeas = b->nmeas;
	b->meas = NULL;
	text_copy(r->ignored, sizeof r->ignored, b->ignored);
}

static void parse_into(json_t *j, struct import_rec *r)
{
	struct bds_record b;
	struct gp_err e = {0};
	if (bds_record_parse(j, &b, &e) != GP_OK) {
		import_rec_bad(r, "%s", e.msg);
		return;
	}
	take(r, &b);
	bds_record_free(&b);
}

int import_bds_next(struct import_bds *b, struct import_rec *r)
{
	import_rec_clear(r);
	if (b->list) {
		if (b->next >= json_array_size(b->list))
			return 0;
		r->line = (long)++b->next;
		parse_into(json_array_get(b->list, b->next - 1), r);
		return 1;
	}
	for (;;) {
		if (!b->p || !*b->p)
			return 0;
		const char *end = strchr(b->p, '\n');
		size_t len = end ? (size_t)(end - b->p) : strlen(b->p);
		const char *line = b->p;
		long no = b->line++;
		b->p = end ? end + 1 : line + len;
		size_t k = 0;
		while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
			k++;
		if (k == len)
			continue; /* a blank line */
		r->line = no;
		json_error_t err;
		json_t *j = json_loadb(line, len, JSON_REJECT_DUPLICATES, &err);
		if (!j) {
			import_rec_bad(r, _("geen geldige JSON (kolom %d): %s"), err.column, err.text);
			return 1;
		}
		parse_into(j, r);
		json_decref(j);
		return 1;
	}
}

void import_bds_close(struct import_bds *b)
{
	if (!b)
		return;
	json_decref(b->list);
	csv_file_free(&b->file);
	free(b);
}
