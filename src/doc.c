/* doc.c — see doc.h. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "doc.h"
#include "text.h"

int doc_format_parse(const char *s, enum doc_format *out)
{
	if (strcmp(s, "txt") == 0)
		*out = DOC_TXT;
	else if (strcmp(s, "md") == 0)
		*out = DOC_MD;
	else
		return -1;
	return 0;
}

void doc_init(struct doc *d, struct textout *out, enum doc_format fmt)
{
	memset(d, 0, sizeof *d);
	d->out = out;
	d->fmt = fmt;
	d->label_cols = 22;
}

static int cp_width(uint32_t cp)
{
	if (cp < 0x20)
		return 0;
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

int doc_width(const char *s)
{
	int w = 0;
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			w++;
			i++;
			continue;
		}
		w += cp_width(cp);
		i += (size_t)k;
	}
	return w;
}

static void put(struct doc *d, const char *s)
{
	textout_puts(d->out, s);
}

static void spaces(struct doc *d, int n)
{
	for (; n > 0; n--)
		textout_write(d->out, " ", 1);
}

/* Writes data text, escaped for Markdown; line breaks become spaces when
 * `one_line`, and stay (as hard breaks in Markdown) otherwise.  Built whole
 * first: textout must see each character in one piece. */
static void put_data(struct doc *d, const char *s, int one_line)
{
	size_t n = strlen(s);
	char *buf = malloc(n * 2 + 1), *o = buf;
	if (!buf) {
		d->out->failed = 1;
		return;
	}
	for (const char *p = s; *p; p++) {
		if (*p == '\r' && d->fmt == DOC_MD)
			continue;
		if (*p == '\n' || *p == '\r' || *p == '\t') {
			if (one_line)
				*o++ = ' ';
			else if (*p == '\n' && d->fmt == DOC_MD)
				*o++ = '\\', *o++ = '\n';
			else
				*o++ = *p;
			continue;
		}
		if (d->fmt == DOC_MD && strchr("\\`*_[]<>|#~!", *p))
			*o++ = '\\';
		*o++ = *p;
	}
	textout_write(d->out, buf, (size_t)(o - buf));
	free(buf);
}

static void wrap(struct doc *d, const char *s, int indent, int first_used);

/* A label with its first letter in capitals ("voeding" → "Voeding"). */
static void put_label(struct doc *d, const char *label)
{
	if (*label >= 'a' && *label <= 'z') {
		char first = (char)(*label - 'a' + 'A');
		textout_write(d->out, &first, 1);
		label++;
	}
	put(d, label);
}

static void underline(struct doc *d, const char *s, char ch)
{
	int w = doc_width(s);
	for (int i = 0; i < w; i++)
		textout_write(d->out, &ch, 1);
	put(d, "\n");
}

void doc_title(struct doc *d, const char *title)
{
	if (d->fmt == DOC_MD) {
		put(d, "# ");
		put_data(d, title, 1);
		put(d, "\n\n");
		return;
	}
	put_data(d, title, 1);
	put(d, "\n");
	underline(d, title, '=');
	put(d, "\n");
}

void doc_heading(struct doc *d, const char *heading)
{
	if (d->fmt == DOC_MD) {
		put(d, "## ");
		put(d, heading);
		put(d, "\n\n");
		return;
	}
	put(d, heading);
	put(d, "\n");
	underline(d, heading, '-');
}

void doc_subheading(struct doc *d, const char *text)
{
	if (d->fmt == DOC_MD) {
		put(d, "### ");
		put_data(d, text, 1);
		put(d, "\n\n");
		return;
	}
	char *line = strdup(text);
	if (!line) {
		d->out->failed = 1;
		return;
	}
	for (char *p = line; *p; p++)
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
	wrap(d, line, 2, 0);
	free(line);
}

void doc_field(struct doc *d, const char *label, const char *value)
{
	if (!value || !*value)
		return;
	if (d->fmt == DOC_MD) {
		put(d, "- **");
		put(d, label);
		put(d, ":** ");
		put_data(d, value, 1);
		put(d, "\n");
		return;
	}
	put(d, label);
	int w = doc_width(label);
	spaces(d, w < d->label_cols ? d->label_cols - w : 1);
	put_data(d, value, 1);
	put(d, "\n");
}

void doc_gap(struct doc *d)
{
	put(d, "\n");
}

/* Writes the words of s wrapped at DOC_WIDTH, each line after the first
 * starting `indent` columns in (the first is already there). */
static void wrap(struct doc *d, const char *s, int indent, int first_used)
{
	int used = first_used;
	const char *p = s;
	while (*p) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		size_t len = strcspn(p, " ");
		char word[1024];
		snprintf(word, sizeof word, "%.*s", (int)(len < sizeof word ? len : sizeof word - 1), p);
		int w = doc_width(word);
		if (used > indent && used + 1 + w > DOC_WIDTH) {
			put(d, "\n");
			spaces(d, indent);
			used = indent;
		} else if (used > indent) {
			put(d, " ");
			used++;
		}
		textout_write(d->out, p, len);
		used += w;
		p += len;
	}
	put(d, "\n");
}

void doc_para(struct doc *d, const char *text)
{
	if (d->fmt == DOC_MD)
		put(d, text), put(d, "\n");
	else
		wrap(d, text, 0, 0);
}

void doc_note(struct doc *d, const char *label, const char *text)
{
	if (!text || !*text)
		return;
	if (d->fmt == DOC_MD) {
		put(d, "- *");
		put_label(d, label);
		put(d, ":* ");
		put_data(d, text, 0);
		put(d, "\n");
		return;
	}
	/* "  Conclusie: first line …", later lines of the note indented */
	put(d, "  ");
	put_label(d, label);
	put(d, ":");
	int start = 3 + doc_width(label);
	const char *p = text;
	int first = 1;
	while (*p) {
		size_t len = strcspn(p, "\n");
		char *line = malloc(len + 1);
		if (!line)
			return;
		memcpy(line, p, len);
		line[len] = '\0';
		for (char *q = line; *q; q++)
			if (*q == '\t' || *q == '\r')
				*q = ' ';
		if (!first)
			spaces(d, 4);
		wrap(d, line, 4, first ? start : 4);
		free(line);
		first = 0;
		p += len;
		if (*p == '\n')
			p++;
	}
}

/* ---- tables ---------------------------------------------------------------- */

void doc_table_init(struct doc_table *t, int ncols)
{
	memset(t, 0, sizeof *t);
	t->ncols = ncols < DOC_MAX_COLS ? ncols : DOC_MAX_COLS;
}

void doc_table_row(struct doc_table *t, const char *const *cells)
{
	if (t->failed)
		return;
	if (t->nrows == t->cap) {
		int cap = t->cap ? t->cap * 2 : 16;
		char **c = realloc(t->cells, (size_t)cap * (size_t)t->ncols * sizeof *c);
		if (!c) {
			t->failed = 1;
			return;
		}
		t->cells = c;
		t->cap = cap;
	}
	for (int i = 0; i < t->ncols; i++) {
		const char *s = cells[i] ? cells[i] : "";
		char *copy = strdup(s);
		if (!copy) {
			for (int k = 0; k < i; k++)
				free(t->cells[t->nrows * t->ncols + k]);
			t->failed = 1;
			return;
		}
		/* a cell is one line */
		for (char *p = copy; *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		t->cells[t->nrows * t->ncols + i] = copy;
	}
	t->nrows++;
}

static void table_txt(struct doc *d, const struct doc_table *t)
{
	int w[DOC_MAX_COLS];
	for (int c = 0; c < t->ncols; c++) {
		w[c] = doc_width(t->head[c] ? t->head[c] : "");
		for (int r = 0; r < t->nrows; r++) {
			int x = doc_width(t->cells[r * t->ncols + c]);
			w[c] = x > w[c] ? x : w[c];
		}
	}
	for (int r = -1; r < t->nrows; r++) {
		int pending = 0; /* spaces owed before the next cell */
		for (int c = 0; c < t->ncols; c++) {
			const char *s = r < 0 ? (t->head[c] ? t->head[c] : "")
					      : t->cells[r * t->ncols + c];
			int pad = w[c] - doc_width(s);
			int last = c == t->ncols - 1;
			if (t->right[c] && r >= 0) {
				spaces(d, pending + pad);
				put(d, s);
				pending = last ? 0 : 2;
			} else {
				spaces(d, pending);
				put(d, s);
				pending = last ? 0 : pad + 2;
			}
		}
		put(d, "\n");
	}
}

static void table_md(struct doc *d, const struct doc_table *t)
{
	put(d, "|");
	for (int c = 0; c < t->ncols; c++) {
		put(d, " ");
		put(d, t->head[c] ? t->head[c] : "");
		put(d, " |");
	}
	put(d, "\n|");
	for (int c = 0; c < t->ncols; c++)
		put(d, t->right[c] ? " ---: |" : " --- |");
	put(d, "\n");
	for (int r = 0; r < t->nrows; r++) {
		put(d, "|");
		for (int c = 0; c < t->ncols; c++) {
			put(d, " ");
			put_data(d, t->cells[r * t->ncols + c], 1);
			put(d, " |");
		}
		put(d, "\n");
	}
}

void doc_table_write(struct doc *d, struct doc_table *t)
{
	if (d->fmt == DOC_MD)
		table_md(d, t);
	else
		table_txt(d, t);
	for (int i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->nrows = t->cap = 0;
}
