/* test_textout.c — every text export's encodings (src/textout.c): the bytes
 * a user gets for "Zoë" in UTF-8, Windows-1252 and ASCII, transliteration
 * that does not change with the user's locale, '?' for what has no Latin
 * letter, and every character not written as itself counted. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "textout.h"

/* s in enc; *changed gets the count. */
static const char *enc(const char *s, enum text_encoding e, long long *changed)
{
	static char out[512];
	struct gp_err err = {0};
	assert_int_equal(text_encode(s, e, out, sizeof out, changed, &err), GP_OK);
	return out;
}

static void encoding_names(void **state)
{
	(void)state;
	enum text_encoding e;
	assert_int_equal(text_encoding_parse("utf-8", &e), 0);
	assert_int_equal(e, ENC_UTF8);
	assert_int_equal(text_encoding_parse("CP1252", &e), 0);
	assert_int_equal(e, ENC_CP1252);
	assert_int_equal(text_encoding_parse("windows-1252", &e), 0);
	assert_int_equal(e, ENC_CP1252);
	assert_int_equal(text_encoding_parse("ascii", &e), 0);
	assert_int_equal(e, ENC_ASCII);
	assert_int_equal(text_encoding_parse("latin1", &e), -1);
	assert_int_equal(text_encoding_parse(NULL, &e), -1);
	assert_string_equal(text_encoding_name(ENC_CP1252), "cp1252");
}

/* The bytes of the issue: Zoë is 5A 6F EB in cp1252 and Zoe in ASCII. */
static void zoe_in_every_encoding(void **state)
{
	(void)state;
	long long n;
	const char *u = enc("Zoë", ENC_UTF8, &n);
	assert_int_equal(n, 0);
	assert_memory_equal(u, "Z" "o" "\xC3\xAB", 5);
	const char *w = enc("Zoë", ENC_CP1252, &n);
	assert_int_equal(n, 0); /* ë is in cp1252: written as itself */
	assert_int_equal(strlen(w), 3);
	assert_int_equal((unsigned char)w[0], 0x5A);
	assert_int_equal((unsigned char)w[1], 0x6F);
	assert_int_equal((unsigned char)w[2], 0xEB);
	assert_string_equal(enc("Zoë", ENC_ASCII, &n), "Zoe");
	assert_int_equal(n, 1);
}

static void transliteration(void **state)
{
	(void)state;
	long long n;
	assert_string_equal(enc("Ø ß Łukasz Gülşen Nguyễn", ENC_ASCII, &n),
			    "O ss Lukasz Gulsen Nguyen");
	assert_int_equal(n, 6); /* Ø ß Ł ü ş ễ */
	/* cp1252 has ß and ü, not Ł, ş or ễ: those are transliterated */
	const char *w = enc("ßüŁşễ€", ENC_CP1252, &n);
	assert_string_equal(w, "\xDF\xFC" "Ls" "e" "\x80");
	assert_int_equal(n, 3);
}

/* What has no Latin letter becomes '?', counted apart from what was
 * transliterated, and the warning says both in words. */
static void replaced_and_counted(void **state)
{
	(void)state;
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct textout t;
	struct gp_err e = {0};
	assert_int_equal(textout_init(&t, f, ENC_ASCII, &e), GP_OK);
	textout_puts(&t, "王 Zoë شاهين");
	assert_int_equal(t.transliterated, 1);
	assert_int_equal(t.replaced, 6);
	assert_int_equal(textout_changed(&t), 7);
	char w[256];
	textout_warning(&t, w, sizeof w);
	assert_non_null(strstr(w, "7 teken(s) passen niet in ascii"));
	assert_non_null(strstr(w, "1 omgezet"));
	assert_non_null(strstr(w, "6 vervangen door '?'"));
	textout_end(&t);
	fclose(f);
	assert_string_equal(buf, "? Zoe ?????");
	free(buf);
	/* nothing changed: no warning */
	struct textout q;
	FILE *g = fopen("/dev/null", "w");
	assert_int_equal(textout_init(&q, g, ENC_UTF8, &e), GP_OK);
	textout_puts(&q, "Zoë 王");
	textout_warning(&q, w, sizeof w);
	assert_string_equal(w, "");
	textout_end(&q);
	fclose(g);
}

/* The user's locale does not change the result: glibc's German tables
 * would write ü as "ue"; groeipad always uses those of C.UTF-8. */
static void locale_independent(void **state)
{
	(void)state;
	long long n;
	const char *locales[] = {"de_DE.UTF-8", "tr_TR.UTF-8", "C", "nl_NL.UTF-8"};
	for (size_t i = 0; i < sizeof locales / sizeof *locales; i++) {
		if (!setlocale(LC_ALL, locales[i]))
			continue; /* not installed here */
		assert_string_equal(enc("Gülşen Zoë Øvre", ENC_ASCII, &n), "Gulsen Zoe Ovre");
		assert_string_equal(enc("İlkay", ENC_ASCII, &n), "Ilkay");
	}
	setlocale(LC_ALL, "C.UTF-8");
}

/* Broken bytes and control characters never reach the file as they are. */
static void unsafe_text_made_harmless(void **state)
{
	(void)state;
	long long n;
	assert_string_equal(enc("a\xff" "b", ENC_UTF8, &n), "a\xEF\xBF\xBD" "b");
	assert_int_equal(n, 1);
	assert_string_equal(enc("a\x1b[31mb", ENC_UTF8, &n), "a\xEF\xBF\xBD[31mb");
	assert_string_equal(enc("a\x1b[31mb", ENC_ASCII, &n), "a?[31mb");
	assert_string_equal(enc("x\xE2\x80\xAEy", ENC_CP1252, &n), "x?y"); /* RLO */
	/* tab and line breaks are text */
	assert_string_equal(enc("a\tb\r\nc", ENC_ASCII, &n), "a\tb\r\nc");
	assert_int_equal(n, 0);
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encoding_names),
		cmocka_unit_test(zoe_in_every_encoding),
		cmocka_unit_test(transliteration),
		cmocka_unit_test(replaced_and_counted),
		cmocka_unit_test(locale_independent),
		cmocka_unit_test(unsafe_text_made_harmless),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
