/* csv.c — see csv.h. */
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csv.h"
#include "i18n.h"
#include "text.h"

enum { CSV_MAX_FILE = 512 * 1024 * 1024 }; /* bigger is surely not a birth list */

/* The 1-based line of byte `at` in text. */
static long line_of(const char *text, size_t at)
{
	long line = 1;
	for (size_t i = 0; i < at; i++)
		if (text[i] == '\n')
			line++;
	return line;
}

/* The first byte at which s[0..n) is not UTF-8, or n. */
static size_t utf8_bad_at(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			if (s[i] == '\0')
				return i;
			i++;
			continue;
		}
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return i;
		i += (size_t)k;
	}
	return n;
}

/* Converts n bytes from `from` to UTF-8 with iconv; on a byte that does not
 * belong to `from`, *bad_at gets its offset and NULL is returned. */
static char *convert(const char *from, const char *s, size_t n, size_t *outlen, size_t *bad_at,
		     struct gp_err *e)
{
	iconv_t cd = iconv_open("UTF-8", from);
	if (cd == (iconv_t)-1) {
		gp_fail(e, GP_EINTERNAL, _("De tekenset %s is op deze computer niet beschikbaar "
					   "(iconv)."), from);
		return NULL;
	}
	size_t cap = n * 3 + 4;
	char *out = malloc(cap);
	if (!out) {
		iconv_close(cd);
		gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		return NULL;
	}
	char *ip = (char *)(uintptr_t)s, *op = out; /* iconv's API is not const-correct */
	size_t il = n, ol = cap - 1;
	size_t rc = iconv(cd, &ip, &il, &op, &ol);
	iconv_close(cd);
	if (rc == (size_t)-1) {
		*bad_at = (size_t)(ip - s);
		free(out);
		return NULL;
	}
	*op = '\0';
	*outlen = (size_t)(op - out);
	return out;
}

/* 1 when the text has non-ASCII characters that all come in the pairs a
 * UTF-8 file shows when read as Windows-1252 ("Ã«" for "ë"). */
static int looks_like_utf8(const char *raw, size_t n)
{
	int nonascii = 0;
	for (size_t i = 0; i < n; i++)
		nonascii |= (unsigned char)raw[i] >= 0x80;
	return nonascii && utf8_bad_at(raw, n) == n;
}

enum gp_status csv_file_from(const char *name, const char *raw, size_t n,
			     const enum text_encoding *given, struct csv_file *out,
			     struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	if (n == 0)
		return gp_fail(e, GP_EINPUT, _("%s is leeg: er staat geen enkele regel in."), name);
	const unsigned char *u = (const unsigned char *)raw;
	size_t bad = 0, len = 0;
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		out->utf16 = out->had_bom = 1;
		out->enc = ENC_UTF8;
		out->text = convert(u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", raw + 2, n - 2, &len,
				    &bad, e);
		if (!out->text && e && e->code == GP_OK)
			return gp_fail(e, GP_EINPUT, _("%s is geen geldige UTF-16-tekst (bij byte %zu)."),
				       name, bad + 2);
		if (!out->text)
			return e ? e->code : GP_EINPUT;
	} else {
		if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
			out->had_bom = 1;
			raw += 3;
			n -= 3;
		}
		enum text_encoding enc = ENC_UTF8;
		if (given)
			enc = *given;
		else if (utf8_bad_at(raw, n) != n)
			enc = out->had_bom ? ENC_UTF8 : ENC_CP1252;
		out->enc = enc;
		if (enc == ENC_UTF8 || enc == ENC_ASCII) {
			bad = utf8_bad_at(raw, n);
			for (size_t i = 0; enc == ENC_ASCII && i < bad; i++)
				if ((unsigned char)raw[i] >= 0x80)
					bad = i;
			if (bad != n)
				return gp_fail(e, GP_EINPUT,
					       enc == ENC_UTF8
					       ? _("%s: regel %ld is geen geldige UTF-8-tekst. Is het "
						   "bestand in Windows-1252 opgeslagen? Probeer dan "
						   "--encoding cp1252.")
					       : _("%s: regel %ld bevat een teken dat geen ASCII is. "
						   "Probeer --encoding utf-8 of cp1252."),
					       name, line_of(raw, bad));
			out->text = malloc(n + 1);
			if (!out->text)
				return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
			memcpy(out->text, raw, n);
			out->text[n] = '\0';
			len = n;
		} else {
			out->text = convert("CP1252", raw, n, &len, &bad, e);
			if (!out->text && e && e->code == GP_OK)
				return gp_fail(e, GP_EINPUT, _("%s: regel %ld bevat een byte die in "
							       "Windows-1252 niets betekent. Is het "
							       "bestand in UTF-8? Probeer dan "
							       "--encoding utf-8."),
					       name, line_of(raw, bad));
			if (!out->text)
				return e ? e->code : GP_EINPUT;
			if (given && looks_like_utf8(raw, n))
				snprintf(out->warning, sizeof out->warning,
					 _("%s lijkt UTF-8 te zijn, maar wordt als cp1252 gelezen; "
					   "controleer namen als 'ZoÃ«' (dan: --encoding utf-8)."), name);
		}
	}
	out->len = len;
	const char *nul = memchr(out->text, '\0', len);
	if (nul) {
		long line = line_of(out->text, (size_t)(nul - out->text));
		csv_file_free(out);
		return gp_fail(e, GP_EINPUT, _("%s: regel %ld bevat een nul-byte; dit is geen "
					       "tekstbestand."), name, line);
	}
	size_t i = 0;
	while (i < len && (out->text[i] == '\r' || out->text[i] == '\n' || out->text[i] == ' ' ||
			   out->text[i] == '\t'))
		i++;
	if (i == len) {
		csv_file_free(out);
		return gp_fail(e, GP_EINPUT, _("%s is leeg: er staat geen enkele regel in."), name);
	}
	return GP_OK;
}

enum gp_status csv_file_read(const char *path, const enum text_encoding *given,
			     struct csv_file *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return gp_fail(e, errno == ENOENT ? GP_ENOTFOUND : GP_EIO,
			       _("Kan %s niet lezen: %s."), path, strerror(errno));
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return gp_fail(e, GP_EINPUT, _("%s is geen gewoon bestand."), path);
	}
	if (sb.st_size > CSV_MAX_FILE) {
		close(fd);
		return gp_fail(e, GP_EINPUT, _("%s is groter dan 512 MB; splits het bestand."), path);
	}
	size_t n = (size_t)sb.st_size, got = 0;
	char *raw = malloc(n + 1);
	if (!raw) {
		close(fd);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	while (got < n) {
		ssize_t k = read(fd, raw + got, n - got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		got += (size_t)k;
	}
	close(fd);
	if (got != n) {
		free(raw);
		return gp_fail(e, GP_EIO, _("Kan %s niet helemaal lezen."), path);
	}
	enum gp_status s = csv_file_from(path, raw, n, given, out, e);
	free(raw);
	return s;
}

void csv_file_free(struct csv_file *f)
{
	free(f->text);
	f->text = NULL;
	f->len = 0;
}

/* ---- records -------------------------------------------------------------- */

void csv_reader_init(struct csv_reader *r, const struct csv_file *f)
{
	memset(r, 0, sizeof *r);
	r->p = f->text;
	r->end = f->text + f->len;
	r->line = 1;
	/* the separator: the most frequent of ; , tab outside quotes in the
	 * first record (a tie goes to ';', what Dutch Excel writes) */
	int semi = 0, comma = 0, tab = 0, quoted = 0;
	for (const char *p = r->p; p < r->end; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (!quoted && (*p == '\n' || *p == '\r'))
			break;
		else if (!quoted)
			semi += *p == ';', comma += *p == ',', tab += *p == '\t';
	}
	r->sep = ';';
	if (comma > semi && comma >= tab)
		r->sep = ',';
	else if (tab > semi && tab > comma)
		r->sep = '\t';
}

void csv_reader_free(struct csv_reader *r)
{
	free(r->buf);
	r->buf = NULL;
}

static int grow(struct csv_reader *r, size_t need)
{
	if (need <= r->bufsz)
		return 0;
	size_t sz = r->bufsz ? r->bufsz : 256;
	while (sz < need)
		sz *= 2;
	char *b = realloc(r->buf, sz);
	if (!b)
		return -1;
	r->buf = b;
	r->bufsz = sz;
	return 0;
}

int csv_next(struct csv_reader *r, const char **fields, int *n, long *line, const char **why)
{
	*n = 0;
	if (r->p >= r->end)
		return 0;
	*line = r->line;
	size_t used = 0;
	size_t starts[CSV_MAX_FIELDS];
	int count = 0;
	int quoted = 0, field_start = 1;
	if (grow(r, 64) != 0) {
		*why = _("Er is onvoldoende geheugen.");
		return -1;
	}
	starts[count++] = 0;
	while (r->p < r->end) {
		char c = *r->p;
		if (quoted) {
			if (c == '"') {
				if (r->p + 1 < r->end && r->p[1] == '"') {
					r->p += 2;
				} else {
					quoted = 0;
					r->p++;
					continue;
				}
			} else {
				if (c == '\n')
					r->line++;
				r->p++;
			}
		} else if (c == '"' && field_start) {
			quoted = 1;
			field_start = 0;
			r->p++;
			continue;
		} else if (c == r->sep) {
			r->p++;
			if (grow(r, used + 2) != 0) {
				*why = _("Er is onvoldoende geheugen.");
				return -1;
			}
			r->buf[used++] = '\0';
			if (count < CSV_MAX_FIELDS)
				starts[count] = used;
			count++;
			field_start = 1;
			continue;
		} else if (c == '\r' || c == '\n') {
			r->p++;
			if (c == '\r' && r->p < r->end && *r->p == '\n')
				r->p++;
			r->line++;
			break;
		} else {
			r->p++;
		}
		field_start = 0;
		if (grow(r, used + 2) != 0) {
			*why = _("Er is onvoldoende geheugen.");
			return -1;
		}
		r->buf[used++] = c;
	}
	if (quoted) {
		*why = _("een veld begint met een aanhalingsteken (\") dat nergens wordt gesloten");
		r->p = r->end;
		return -1;
	}
	if (grow(r, used + 1) != 0) {
		*why = _("Er is onvoldoende geheugen.");
		return -1;
	}
	r->buf[used] = '\0';
	int stored = count < CSV_MAX_FIELDS ? count : CSV_MAX_FIELDS;
	for (int i = 0; i < stored; i++)
		fields[i] = r->buf + starts[i];
	*n = count;
	return 1;
}

/* ---- writing ---------------------------------------------------------------- */

/* 1 for a plain number ("12", "-3", "45,6"): no formula, whatever its sign. */
static int is_number(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || *s == ',' || *s == '.'))
			return 0;
	return 1;
}

void csv_put_field(struct textout *t, const char *s, char sep)
{
	int formula = (*s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' ||
		       *s == '\r') && !is_number(s);
	int quote = strchr(s, sep) || strchr(s, '"') || strchr(s, '\n') || strchr(s, '\r');
	if (!quote && !formula) {
		textout_puts(t, s);
		return;
	}
	if (quote)
		textout_write(t, "\"", 1);
	if (formula)
		textout_write(t, "'", 1);
	for (const char *p = s; *p; p++) {
		const char *q = strchr(p, '"');
		size_t run = q ? (size_t)(q - p) : strlen(p);
		textout_write(t, p, run);
		if (!q)
			break;
		textout_write(t, "\"\"", 2);
		p = q;
	}
	if (quote)
		textout_write(t, "\"", 1);
}
