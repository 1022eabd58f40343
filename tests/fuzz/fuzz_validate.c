/* fuzz_validate.c — the checks every typed or imported value goes through
 * (src/validate.h, src/text.h): BSN, postcode, names and notes, and making
 * text safe for a terminal.  Invariants: an accepted BSN is nine digits
 * that pass the elfproef; an accepted postcode is "1234 AB"; sanitised and
 * folded text is valid UTF-8 without control characters. */
#include <ctype.h>

#include "fuzz.h"
#include "text.h"
#include "validate.h"

static int elfproef(const char *b)
{
	int s = 0;
	for (int i = 0; i < 8; i++)
		s += (9 - i) * (b[i] - '0');
	s -= b[8] - '0';
	return s % 11 == 0;
}

static void no_controls(const char *s)
{
	FUZZ_CHECK(utf8_valid(s));
	size_t n = strlen(s);
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		FUZZ_CHECK(k > 0);
		FUZZ_CHECK(!text_is_control(cp));
		i += (size_t)k;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	const char *why;
	char norm[16], out[1024];
	if (valid_bsn(s, norm, &why) == 0) {
		FUZZ_CHECK(strlen(norm) == 9 && strspn(norm, "0123456789") == 9);
		FUZZ_CHECK(elfproef(norm) && strcmp(norm, "000000000") != 0);
	} else {
		FUZZ_CHECK(why && *why);
	}
	if (valid_postcode(s, norm, &why) == 0)
		FUZZ_CHECK(strlen(norm) == 7 && isdigit((unsigned char)norm[0]) && norm[0] != '0' &&
			   norm[4] == ' ' && isupper((unsigned char)norm[5]) &&
			   isupper((unsigned char)norm[6]));
	if (valid_text(s, NAME_MAX_CHARS, 1, &why) == 0) {
		FUZZ_CHECK(utf8_valid(s) && utf8_chars(s) <= NAME_MAX_CHARS && *s);
		no_controls(s);
	}
	if (valid_note(s, NOTE_MAX_CHARS, &why) == 0)
		FUZZ_CHECK(utf8_valid(s));
	text_sanitize(s, out, sizeof out, 0);
	no_controls(out);
	text_sanitize(s, out, sizeof out, 1);
	for (const char *p = out; *p; p++)
		FUZZ_CHECK((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7F);
	text_fold(s, out, sizeof out);
	FUZZ_CHECK(strlen(out) < sizeof out);
	char cut[7];
	text_copy(cut, sizeof cut, s);
	FUZZ_CHECK(strlen(cut) < sizeof cut);
	free(s);
	return 0;
}
