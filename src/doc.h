/* doc.h — a document for people, written as plain text or as Markdown:
 * a title, headings, label/value lines, wrapped paragraphs and tables.
 * The kindoverzicht (overview.c) is written with it; whatever it holds goes
 * out through a textout (textout.h), so encodings and unsafe characters
 * are handled there.
 *
 * Plain text is laid out for 80 columns, aligned by display width (wide
 * characters count two).  In Markdown every value from the database is
 * escaped, so a name with '*' or '|' stays a name. */
#ifndef GP_DOC_H
#define GP_DOC_H

#include "textout.h"

enum doc_format {
	DOC_TXT, /* plain text, 78 columns */
	DOC_MD   /* Markdown (CommonMark with pipe tables) */
};

enum { DOC_WIDTH = 78, DOC_MAX_COLS = 10 };

struct doc {
	struct textout *out;   /* where it goes */
	enum doc_format fmt;   /* plain text or Markdown */
	int label_cols;        /* txt: width of the label column of doc_field */
};

/* "txt" or "md"; 0 or -1. */
int doc_format_parse(const char *s, enum doc_format *out);

void doc_init(struct doc *d, struct textout *out, enum doc_format fmt);

/* The title of the whole document (our own text, not escaped). */
void doc_title(struct doc *d, const char *title);
/* A section heading. */
void doc_heading(struct doc *d, const char *heading);
/* A line that opens a block (one contact): data, escaped in Markdown. */
void doc_subheading(struct doc *d, const char *text);
/* One "label  value" line; value is data (escaped in Markdown).  An empty
 * value is left out. */
void doc_field(struct doc *d, const char *label, const char *value);
/* A paragraph of our own text, wrapped in txt. */
void doc_para(struct doc *d, const char *text);
/* A labelled block of free text (a conclusion, an observation), indented in
 * txt, as written (line breaks kept); escaped in Markdown. */
void doc_note(struct doc *d, const char *label, const char *text);
/* An empty line between blocks. */
void doc_gap(struct doc *d);

/* A table, filled row by row and written at once (column widths need every
 * row).  Cells are copied. */
struct doc_table {
	int ncols;                      /* columns */
	const char *head[DOC_MAX_COLS]; /* headings (our text) */
	int right[DOC_MAX_COLS];        /* 1: align right (numbers) */
	char **cells;                   /* nrows × ncols, malloc'ed */
	int nrows, cap;                 /* rows used and allocated */
	int failed;                     /* memory ran out: written as far as it got */
};

void doc_table_init(struct doc_table *t, int ncols);
/* Adds a row of ncols cells (NULL counts as ""). */
void doc_table_row(struct doc_table *t, const char *const *cells);
/* Writes the table and frees its rows. */
void doc_table_write(struct doc *d, struct doc_table *t);

/* Display columns of a UTF-8 string (wide characters two, combining zero). */
int doc_width(const char *s);

#endif
