/* csv.h — comma- or semicolon-separated files, both ways.
 *
 * Reading (imports): a whole file in memory, its encoding found or given
 * (a UTF-8 byte-order mark is skipped; UTF-16 with a mark is converted;
 * otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252, which
 * is what Dutch Excel writes), its separator found from the header line
 * (';', ',' or tab: whichever occurs most outside quotes), and then one
 * record at a time after RFC 4180: fields may be quoted, a quoted field may
 * hold the separator, doubled quotes and line breaks; each record knows the
 * line it starts on, so a report can name it.
 *
 * Writing (exports): one field at a time, quoted when needed, and never
 * able to run as a spreadsheet formula: a field that starts with '=', '+',
 * '-', '@', a tab or a carriage return gets a leading apostrophe (the
 * OWASP advice against CSV injection). */
#ifndef GP_CSV_H
#define GP_CSV_H

#include <stddef.h>

#include "err.h"
#include "textout.h"

/* A file read into memory as UTF-8. */
struct csv_file {
	char *text;             /* the content, converted to UTF-8, NUL-terminated */
	size_t len;             /* bytes in text */
	enum text_encoding enc; /* the encoding it was in (UTF-16 counts as utf-8) */
	int had_bom;            /* it started with a byte-order mark */
	int utf16;              /* it was UTF-16 */
	char warning[256];      /* e.g. "looks like UTF-8 read as cp1252", or "" */
};

/* Reads `path` whole.  With `given` (not NULL) the encoding is taken from
 * it; else found as described above.  Bytes that do not fit the encoding are
 * refused naming the line ("regel 17 is geen geldige UTF-8 …").  An empty
 * file is GP_EINPUT with a sentence. */
enum gp_status csv_file_read(const char *path, const enum text_encoding *given,
			     struct csv_file *out, struct gp_err *e);
void csv_file_free(struct csv_file *f);

/* The same, from bytes already in memory (tests). */
enum gp_status csv_file_from(const char *name, const char *raw, size_t n,
			     const enum text_encoding *given, struct csv_file *out,
			     struct gp_err *e);

enum { CSV_MAX_FIELDS = 128 };

/* Walks the records of a csv_file. */
struct csv_reader {
	const char *p;        /* next byte to read */
	const char *end;      /* end of the text */
	char sep;             /* the separator */
	long line;            /* the line the next record starts on (1-based) */
	char *buf;            /* the fields of the current record, NUL-separated */
	size_t bufsz;         /* allocated bytes in buf */
};

/* Starts reading f; finds the separator from its first record. */
void csv_reader_init(struct csv_reader *r, const struct csv_file *f);
void csv_reader_free(struct csv_reader *r);

/* Reads the next record: its fields (pointing into r's buffer, valid until
 * the next call) in fields[0..*n-1] and the line it started on in *line.
 * Returns 1 for a record, 0 at the end, -1 for an unterminated quote (with
 * *why a sentence).  An empty line is a record with one empty field.  A
 * record with more than CSV_MAX_FIELDS fields returns them all counted in
 * *n, with only the first CSV_MAX_FIELDS stored. */
int csv_next(struct csv_reader *r, const char **fields, int *n, long *line, const char **why);

/* Writes s as one field for separator `sep`: quoted when it holds sep, '"'
 * or a line break, with a leading apostrophe when a spreadsheet would take
 * it for a formula. */
void csv_put_field(struct textout *t, const char *s, char sep);

#endif
