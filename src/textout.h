/* textout.h — writing text for a person or a spreadsheet in the encoding
 * they asked for (docs/product.md §7): UTF-8 (the default), Windows-1252 (what
 * Dutch Excel expects) or ASCII.  Everything groeipad holds is UTF-8; this
 * writer converts it on the way out through the iconv API, so every text
 * export (kindoverzicht, report, due list) shares one set of rules:
 *
 *  - A character the target encoding has is written as itself.
 *  - One it lacks is transliterated (Zoë → Zoe, Ø → O, ß → ss, Ł → L) with
 *    glibc's tables of the C.UTF-8 locale, whatever the user's own locale
 *    says, so the same dossier gives the same bytes on every workstation.
 *  - One without a Latin equivalent (王, ش) becomes '?'.
 *  - Bytes that are not UTF-8 become U+FFFD ('?' outside UTF-8).
 *  - Control characters other than tab and line breaks, and the
 *    bidirectional overrides, become U+FFFD ('?'), so a file shown with
 *    `cat` cannot drive the terminal.
 *
 * Every character not written as itself is counted (`changed`, `replaced`),
 * so the caller can warn in words: nothing is ever dropped silently. */
#ifndef GP_TEXTOUT_H
#define GP_TEXTOUT_H

#include <stddef.h>
#include <stdio.h>

#include <iconv.h>

#include "err.h"

enum text_encoding {
	ENC_UTF8,   /* utf-8: as stored */
	ENC_CP1252, /* cp1252 / windows-1252 */
	ENC_ASCII   /* ascii, with transliteration */
};

struct textout {
	FILE *f;                /* where the bytes go */
	enum text_encoding enc; /* the target encoding */
	iconv_t cd;             /* UTF-8 → CP1252 (ENC_CP1252 only), else (iconv_t)-1 */
	long long transliterated; /* characters written as a Latin equivalent */
	long long replaced;     /* characters written as '?' or U+FFFD */
	int failed;             /* a write failed (the FILE's error flag is set too) */
};

/* "utf-8" (also "utf8"), "cp1252" (also "windows-1252"), "ascii"; case is
 * ignored.  Returns 0, or -1 for another name. */
int text_encoding_parse(const char *name, enum text_encoding *out);

/* The canonical name: "utf-8", "cp1252", "ascii". */
const char *text_encoding_name(enum text_encoding enc);

/* Starts writing to f in enc.  GP_EINTERNAL when iconv lacks the encoding. */
enum gp_status textout_init(struct textout *t, FILE *f, enum text_encoding enc,
			    struct gp_err *e);

/* Writes n bytes of UTF-8 text (which may contain anything: it is made
 * safe and converted as described above). */
void textout_write(struct textout *t, const char *s, size_t n);
void textout_puts(struct textout *t, const char *s);
void textout_printf(struct textout *t, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Characters not written as themselves: transliterated + replaced. */
long long textout_changed(const struct textout *t);

/* Releases the converter (the FILE stays open). */
void textout_end(struct textout *t);

/* A sentence for the user when characters were changed ("3 tekens passen
 * niet in cp1252: 2 zijn omgezet (ë → e), 1 is vervangen door '?'."), or ""
 * when none were.  out: at least 256 bytes. */
void textout_warning(const struct textout *t, char *out, size_t outsz);

/* Converts the UTF-8 string s into out (outsz bytes, always terminated)
 * with the rules above; for tests and short texts.  *changed (may be NULL)
 * gets the number of characters not written as themselves. */
enum gp_status text_encode(const char *s, enum text_encoding enc, char *out, size_t outsz,
			   long long *changed, struct gp_err *e);

#endif
