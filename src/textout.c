/* textout.c — see textout.h.  ASCII runs are written as they are; every
 * other character is looked at one by one: kept (UTF-8), converted with
 * iconv (CP1252), transliterated, or replaced. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "i18n.h"
#include "text.h"
#include "textout.h"

int text_encoding_parse(const char *name, enum text_encoding *out)
{
	static const struct {
		const char *name;
		enum text_encoding enc;
	} names[] = {
		{"utf-8", ENC_UTF8},   {"utf8", ENC_UTF8},         {"cp1252", ENC_CP1252},
		{"windows-1252", ENC_CP1252}, {"ascii", ENC_ASCII}, {"us-ascii", ENC_ASCII},
	};
	for (size_t i = 0; name && i < sizeof names / sizeof *names; i++) {
		if (strcasecmp(name, names[i].name) == 0) {
			*out = names[i].enc;
			return 0;
		}
	}
	return -1;
}

const char *text_encoding_name(enum text_encoding enc)
{
	switch (enc) {
	case ENC_CP1252:
		return "cp1252";
	case ENC_ASCII:
		return "ascii";
	case ENC_UTF8:
		break;
	}
	return "utf-8";
}

enum gp_status textout_init(struct textout *t, FILE *f, enum text_encoding enc,
			    struct gp_err *e)
{
	memset(t, 0, sizeof *t);
	t->f = f;
	t->enc = enc;
	t->cd = (iconv_t)-1;
	if (enc == ENC_CP1252) {
		t->cd = iconv_open("CP1252", "UTF-8");
		if (t->cd == (iconv_t)-1)
			return gp_fail(e, GP_EINTERNAL, _("De tekenset cp1252 is op deze computer "
							  "niet beschikbaar (iconv): %s."),
				       strerror(errno));
	}
	return GP_OK;
}

void textout_end(struct textout *t)
{
	if (t->cd != (iconv_t)-1)
		iconv_close(t->cd);
	t->cd = (iconv_t)-1;
}

static void emit(struct textout *t, const char *b, size_t n)
{
	if (n && fwrite(b, 1, n, t->f) != n)
		t->failed = 1;
}

/* The replacement for a character that cannot be written at all. */
static void emit_replacement(struct textout *t)
{
	t->replaced++;
	if (t->enc == ENC_UTF8)
		emit(t, "\xEF\xBF\xBD", 3); /* U+FFFD */
	else
		emit(t, "?", 1);
}

/* One CP1252 character for the UTF-8 character ch, or 0 when it has none. */
static size_t to_cp1252(struct textout *t, const char *ch, size_t len, char *out)
{
	char in[8];
	memcpy(in, ch, len);
	char *ip = in, *op = out;
	size_t il = len, ol = 4;
	iconv(t->cd, NULL, NULL, NULL, NULL);
	if (iconv(t->cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return 0;
	return (size_t)(op - out);
}

/* Writes one non-ASCII (or control) character. */
static void emit_char(struct textout *t, const char *ch, size_t len, uint32_t cp)
{
	char buf[16];
	size_t n;
	if (text_is_control(cp) && cp != '\t' && cp != '\n' && cp != '\r') {
		emit_replacement(t);
		return;
	}
	if (cp < 0x80) {
		emit(t, ch, len);
		return;
	}
	if (t->enc == ENC_UTF8) {
		emit(t, ch, len);
		return;
	}
	if (t->enc == ENC_CP1252 && (n = to_cp1252(t, ch, len, buf)) > 0) {
		emit(t, buf, n);
		return;
	}
	n = text_translit(ch, len, buf, sizeof buf);
	if (n == 0) {
		emit_replacement(t);
		return;
	}
	t->transliterated++;
	emit(t, buf, n);
}

void textout_write(struct textout *t, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		/* a run of plain ASCII goes out as it is */
		size_t run = i;
		while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x7F)
			run++;
		if (run > i) {
			emit(t, s + i, run - i);
			i = run;
			continue;
		}
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			emit_replacement(t);
			i++;
			continue;
		}
		emit_char(t, s + i, (size_t)k, cp);
		i += (size_t)k;
	}
}

void textout_puts(struct textout *t, const char *s)
{
	textout_write(t, s, strlen(s));
}

void textout_printf(struct textout *t, const char *fmt, ...)
{
	char small[512];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		t->failed = 1;
		return;
	}
	if ((size_t)n < sizeof small) {
		textout_write(t, small, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big) {
		t->failed = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	textout_write(t, big, (size_t)n);
	free(big);
}

long long textout_changed(const struct textout *t)
{
	return t->transliterated + t->replaced;
}

void textout_warning(const struct textout *t, char *out, size_t outsz)
{
	long long total = textout_changed(t);
	if (outsz == 0)
		return;
	out[0] = '\0';
	if (total == 0)
		return;
	if (t->enc == ENC_UTF8)
		snprintf(out, outsz, _("%lld teken(s) waren geen geldige tekst of stuurtekens en "
				       "zijn vervangen door '\xEF\xBF\xBD'."), total);
	else
		snprintf(out, outsz, _("%lld teken(s) passen niet in %s: %lld omgezet naar een "
				       "gewone letter (zoals ë → e), %lld vervangen door '?'."),
			 total, text_encoding_name(t->enc), t->transliterated, t->replaced);
}

enum gp_status text_encode(const char *s, enum text_encoding enc, char *out, size_t outsz,
			   long long *changed, struct gp_err *e)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	struct textout t;
	enum gp_status st = textout_init(&t, f, enc, e);
	if (st == GP_OK) {
		textout_puts(&t, s);
		if (changed)
			*changed = textout_changed(&t);
		textout_end(&t);
	}
	fclose(f);
	if (st == GP_OK && outsz > 0) {
		size_t n = len < outsz - 1 ? len : outsz - 1;
		memcpy(out, buf, n);
		out[n] = '\0';
	}
	free(buf);
	return st;
}
