/* test_validate.c — BSN, postcode, names and dates as a user types them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "date.h"
#include "text.h"
#include "validate.h"

static void bsn_accepts_test_numbers(void **state)
{
	(void)state;
	const char *good[] = {"999902192", "999900183", "999911880", "999912045",
			      "9999 02 192", "999.902.192"};
	char norm[10];
	const char *why = NULL;
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		assert_int_equal(valid_bsn(good[i], norm, &why), 0);
		assert_int_equal(strlen(norm), 9);
	}
	assert_int_equal(valid_bsn("9999 02 192", norm, &why), 0);
	assert_string_equal(norm, "999902192");
}

static void bsn_eight_digits_get_leading_zero(void **state)
{
	(void)state;
	char norm[10];
	const char *why = NULL;
	/* 012345672: 0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2-2 = 110 = 10*11 */
	assert_int_equal(valid_bsn("12345672", norm, &why), 0);
	assert_string_equal(norm, "012345672");
}

static void bsn_refuses_bad_numbers(void **state)
{
	(void)state;
	char norm[10];
	const char *why = NULL;
	assert_int_equal(valid_bsn("999902193", norm, &why), -1);
	assert_non_null(strstr(why, "elfproef"));
	assert_int_equal(valid_bsn("000000000", norm, &why), -1);
	assert_non_null(strstr(why, "nullen"));
	assert_int_equal(valid_bsn("00000000", norm, &why), -1);
	assert_int_equal(valid_bsn("1234567", norm, &why), -1);
	assert_int_equal(valid_bsn("9999021920", norm, &why), -1);
	assert_int_equal(valid_bsn("99990219a", norm, &why), -1);
	assert_int_equal(valid_bsn("", norm, &why), -1);
}

static void postcode_rules(void **state)
{
	(void)state;
	char norm[8];
	const char *why = NULL;
	assert_int_equal(valid_postcode("1234AB", norm, &why), 0);
	assert_string_equal(norm, "1234 AB");
	assert_int_equal(valid_postcode("1234 ab", norm, &why), 0);
	assert_string_equal(norm, "1234 AB");
	assert_int_equal(valid_postcode("0123 AB", norm, &why), -1);
	assert_int_equal(valid_postcode("1234 SA", norm, &why), -1);
	assert_int_equal(valid_postcode("1234 SD", norm, &why), -1);
	assert_int_equal(valid_postcode("1234SS", norm, &why), -1);
	assert_non_null(strstr(why, "SA, SD of SS"));
	assert_int_equal(valid_postcode("1234 SB", norm, &why), 0);
	assert_int_equal(valid_postcode("123 AB", norm, &why), -1);
	assert_int_equal(valid_postcode("1234 A", norm, &why), -1);
	assert_int_equal(valid_postcode("1234 ÄB", norm, &why), -1);
	assert_int_equal(valid_postcode("12345AB", norm, &why), -1);
}

static void names_utf8_and_controls(void **state)
{
	(void)state;
	const char *why = NULL;
	assert_int_equal(valid_text("Zoë", NAME_MAX_CHARS, 1, &why), 0);
	assert_int_equal(valid_text("王小明", NAME_MAX_CHARS, 1, &why), 0);
	assert_int_equal(valid_text("Nguyễn", NAME_MAX_CHARS, 1, &why), 0);
	assert_int_equal(valid_text("", NAME_MAX_CHARS, 1, &why), -1);
	assert_int_equal(valid_text("", NAME_MAX_CHARS, 0, &why), 0);
	assert_int_equal(valid_text("  ", NAME_MAX_CHARS, 1, &why), -1);
	assert_int_equal(valid_text("Zo\x1b[31me", NAME_MAX_CHARS, 1, &why), -1);
	assert_non_null(strstr(why, "stuurteken"));
	assert_int_equal(valid_text("a\nb", NAME_MAX_CHARS, 1, &why), -1);
	assert_int_equal(valid_note("a\nb", NOTE_MAX_CHARS, &why), 0);
	assert_int_equal(valid_text("Zo\xc3", NAME_MAX_CHARS, 1, &why), -1);     /* truncated */
	assert_int_equal(valid_text("\xc0\xaf", NAME_MAX_CHARS, 1, &why), -1);   /* overlong */
	assert_int_equal(valid_text("\xed\xa0\x80", NAME_MAX_CHARS, 1, &why), -1); /* surrogate */
	assert_int_equal(valid_text("a\xc2\x9b" "b", NAME_MAX_CHARS, 1, &why), -1); /* C1 CSI */
	assert_int_equal(valid_text("a\xe2\x80\xae" "b", NAME_MAX_CHARS, 1, &why), -1); /* RLO */
	char longname[NAME_BUF + 8];
	memset(longname, 'a', NAME_MAX_CHARS);
	longname[NAME_MAX_CHARS] = '\0';
	assert_int_equal(valid_text(longname, NAME_MAX_CHARS, 1, &why), 0);
	strcat(longname, "b");
	assert_int_equal(valid_text(longname, NAME_MAX_CHARS, 1, &why), -1);
	/* 100 characters of two bytes each still fit: the limit is in characters */
	longname[0] = '\0';
	for (int i = 0; i < NAME_MAX_CHARS; i++)
		strcat(longname, "ë");
	assert_int_equal(valid_text(longname, NAME_MAX_CHARS, 1, &why), 0);
}

static void dates_as_typed(void **state)
{
	(void)state;
	struct gp_date today = {2026, 11, 26}, d;
	const char *why = NULL;
	assert_int_equal(date_parse_nl("05-03-2024", today, &d, &why), 0);
	assert_int_equal(d.y, 2024);
	assert_int_equal(d.m, 3);
	assert_int_equal(d.d, 5);
	assert_int_equal(date_parse_nl("5-3-2024", today, &d, &why), 0);
	assert_int_equal(d.d, 5);
	assert_int_equal(date_parse_nl("05032024", today, &d, &why), 0);
	assert_int_equal(d.m, 3);
	assert_int_equal(date_parse_nl("29-02-2024", today, &d, &why), 0);
	assert_int_equal(date_parse_nl("29-02-2000", today, &d, &why), 0);
	assert_int_equal(date_parse_nl("29-02-1900", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("29-02-2023", today, &d, &why), -1);
	assert_non_null(strstr(why, "schrikkeljaar"));
	assert_int_equal(date_parse_nl("31-04-2024", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("00-01-2024", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("01-13-2024", today, &d, &why), -1);
	assert_non_null(strstr(why, "maand"));
	assert_int_equal(date_parse_nl("2024-03-05", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("05-03-24", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("", today, &d, &why), -1);
}

static void date_shortcuts(void **state)
{
	(void)state;
	struct gp_date today = {2026, 11, 26}, d;
	const char *why = NULL;
	assert_int_equal(date_parse_nl("t", today, &d, &why), 0);
	assert_int_equal(date_cmp(d, today), 0);
	assert_int_equal(date_parse_nl("+3w", today, &d, &why), 0);
	assert_int_equal(d.y, 2026);
	assert_int_equal(d.m, 12);
	assert_int_equal(d.d, 17);
	assert_int_equal(date_parse_nl("-2d", today, &d, &why), 0);
	assert_int_equal(d.d, 24);
	assert_int_equal(date_parse_nl("+1m", (struct gp_date){2024, 1, 31}, &d, &why), 0);
	assert_int_equal(d.m, 2);
	assert_int_equal(d.d, 29);
	assert_int_equal(date_parse_nl("+2j", today, &d, &why), 0);
	assert_int_equal(d.y, 2028);
	assert_int_equal(date_parse_nl("+3x", today, &d, &why), -1);
	assert_int_equal(date_parse_nl("+w", today, &d, &why), -1);
}

static void birth_dates(void **state)
{
	(void)state;
	struct gp_date today = {2026, 11, 26};
	const char *why = NULL;
	assert_int_equal(valid_birth_date((struct gp_date){2026, 11, 26}, today, &why), 0);
	assert_int_equal(valid_birth_date((struct gp_date){2026, 11, 27}, today, &why), -1);
	assert_non_null(strstr(why, "toekomst"));
	assert_int_equal(valid_birth_date((struct gp_date){1990, 1, 1}, today, &why), -1);
}

static void day_arithmetic_and_age(void **state)
{
	(void)state;
	struct gp_date a = {2024, 2, 28};
	assert_int_equal(date_to_days((struct gp_date){1970, 1, 1}), 0);
	struct gp_date b = date_from_days(date_to_days(a) + 1);
	assert_int_equal(b.m, 2);
	assert_int_equal(b.d, 29);
	int y, m;
	date_age((struct gp_date){2020, 5, 31}, (struct gp_date){2026, 11, 26}, &y, &m);
	assert_int_equal(y, 6);
	assert_int_equal(m, 5);
	date_age((struct gp_date){2026, 10, 26}, (struct gp_date){2026, 11, 26}, &y, &m);
	assert_int_equal(y, 0);
	assert_int_equal(m, 1);
}

/* The file's form of a date, written by hand for speed: the same text as
 * printf's "%04d-%02d-%02d" for every day from 1800 to 2200 and for the
 * odd values a half-filled form can hold. */
static void iso_dates_as_printf_writes_them(void **state)
{
	(void)state;
	char got[11], want[48];
	long from = date_to_days((struct gp_date){1800, 1, 1});
	long to = date_to_days((struct gp_date){2200, 12, 31});
	for (long n = from; n <= to; n++) {
		struct gp_date d = date_from_days(n);
		date_fmt_iso(d, got);
		snprintf(want, sizeof want, "%04d-%02d-%02d", d.y, d.m, d.d);
		assert_string_equal(got, want);
	}
	const struct gp_date odd[] = {{0, 0, 0}, {9999, 99, 99}, {12, 3, 4}, {10000, 1, 1}};
	const char *const text[] = {"0000-00-00", "9999-99-99", "0012-03-04", "10000-01-0"};
	for (size_t i = 0; i < sizeof odd / sizeof odd[0]; i++) {
		date_fmt_iso(odd[i], got);
		assert_string_equal(got, text[i]);
	}
}

static void folding_for_search(void **state)
{
	(void)state;
	char out[64];
	text_fold("Zoë", out, sizeof out);
	assert_string_equal(out, "zoe");
	text_fold("Gülşen", out, sizeof out);
	assert_string_equal(out, "gulsen");
	text_fold("Łukasz Wójcik", out, sizeof out);
	assert_string_equal(out, "lukasz wojcik");
	text_fold("Nguyễn", out, sizeof out);
	assert_string_equal(out, "nguyen");
	text_fold("王小明", out, sizeof out);
	assert_string_equal(out, "王小明");
}

static void sanitising_for_the_terminal(void **state)
{
	(void)state;
	char out[64];
	text_sanitize("Zo\x1b[2Jë", out, sizeof out, 0);
	assert_string_equal(out, "Zo\xe2\x90\x9b[2Jë"); /* ESC shown as ␛ */
	text_sanitize("Zo\x1b[2Jë", out, sizeof out, 1);
	assert_string_equal(out, "Zo^[[2Je");
	text_sanitize("a\xffz", out, sizeof out, 0);
	assert_string_equal(out, "a\xef\xbf\xbdz");
	text_sanitize("王", out, sizeof out, 1);
	assert_string_equal(out, "?");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bsn_accepts_test_numbers),
		cmocka_unit_test(bsn_eight_digits_get_leading_zero),
		cmocka_unit_test(bsn_refuses_bad_numbers),
		cmocka_unit_test(postcode_rules),
		cmocka_unit_test(names_utf8_and_controls),
		cmocka_unit_test(dates_as_typed),
		cmocka_unit_test(date_shortcuts),
		cmocka_unit_test(birth_dates),
		cmocka_unit_test(day_arithmetic_and_age),
		cmocka_unit_test(iso_dates_as_printf_writes_them),
		cmocka_unit_test(folding_for_search),
		cmocka_unit_test(sanitising_for_the_terminal),
	};
	return cmocka_run_group_tests_name("validate", tests, NULL, NULL);
}
