/* test_csv.c — reading CSV as imports get it (src/csv.c): the encoding
 * found (UTF-8, BOM, Windows-1252, UTF-16) or refused with the line named,
 * the separator found, quoted fields with separators, quotes and line
 * breaks, line numbers that count those breaks; and writing fields that a
 * spreadsheet can never run as a formula. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "csv.h"

/* Reads bytes into f (asserts success). */
static void load(struct csv_file *f, const char *bytes, size_t n, const enum text_encoding *enc)
{
	struct gp_err e = {0};
	assert_int_equal(csv_file_from("t.csv", bytes, n, enc, f, &e), GP_OK);
}

/* The failure of reading bytes: its sentence. */
static const char *refused(const char *bytes, size_t n, const enum text_encoding *enc)
{
	static struct gp_err e;
	struct csv_file f;
	memset(&e, 0, sizeof e);
	assert_int_equal(csv_file_from("t.csv", bytes, n, enc, &f, &e), GP_EINPUT);
	return e.msg;
}

static void encodings_found(void **state)
{
	(void)state;
	struct csv_file f;
	load(&f, "naam\nZo\xC3\xAB\n", 10, NULL);
	assert_int_equal(f.enc, ENC_UTF8);
	assert_false(f.had_bom);
	assert_string_equal(f.text, "naam\nZo\xC3\xAB\n");
	csv_file_free(&f);
	/* the byte-order mark goes */
	load(&f, "\xEF\xBB\xBFnaam\n", 8, NULL);
	assert_true(f.had_bom);
	assert_string_equal(f.text, "naam\n");
	csv_file_free(&f);
	/* not UTF-8: Windows-1252, converted */
	load(&f, "naam\nZo\xEB\n", 9, NULL);
	assert_int_equal(f.enc, ENC_CP1252);
	assert_string_equal(f.text, "naam\nZo\xC3\xAB\n");
	csv_file_free(&f);
	/* UTF-16 with its mark */
	load(&f, "\xFF\xFEZ\0o\0\xEB\0\n\0", 10, NULL);
	assert_true(f.utf16);
	assert_string_equal(f.text, "Zo\xC3\xAB\n");
	csv_file_free(&f);
}

/* The encoding given is checked; the message names the line. */
static void wrong_encoding_refused(void **state)
{
	(void)state;
	const enum text_encoding utf8 = ENC_UTF8, cp = ENC_CP1252, ascii = ENC_ASCII;
	const char *why = refused("a\nb\nZo\xEB\n", 7, &utf8);
	assert_non_null(strstr(why, "regel 3 is geen geldige UTF-8"));
	assert_non_null(strstr(why, "--encoding cp1252"));
	why = refused("a\n\x81\n", 4, &cp); /* 0x81 means nothing in cp1252 */
	assert_non_null(strstr(why, "regel 2"));
	why = refused("a\nZo\xC3\xAB\n", 7, &ascii);
	assert_non_null(strstr(why, "regel 2 bevat een teken dat geen ASCII is"));
	/* UTF-8 read as cp1252 on purpose: allowed, with a warning */
	struct csv_file f;
	load(&f, "Zo\xC3\xAB\n", 5, &cp);
	assert_non_null(strstr(f.warning, "lijkt UTF-8"));
	csv_file_free(&f);
}

static void empty_files_refused(void **state)
{
	(void)state;
	assert_non_null(strstr(refused("", 0, NULL), "leeg"));
	assert_non_null(strstr(refused(" \r\n\n\t", 5, NULL), "leeg"));
	assert_non_null(strstr(refused("a\0b\n", 4, NULL), "nul-byte"));
}

/* Reads every record of text into one line per record: "line:f1|f2|…". */
static char *records(const char *text)
{
	static char out[2048];
	struct csv_file f;
	load(&f, text, strlen(text), NULL);
	struct csv_reader r;
	csv_reader_init(&r, &f);
	const char *fields[CSV_MAX_FIELDS];
	int n;
	long line;
	const char *why;
	out[0] = '\0';
	int rc;
	while ((rc = csv_next(&r, fields, &n, &line, &why)) == 1) {
		snprintf(out + strlen(out), sizeof out - strlen(out), "%ld:", line);
		for (int i = 0; i < n; i++)
			snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? "|" : "",
				 fields[i]);
		snprintf(out + strlen(out), sizeof out - strlen(out), "\n");
	}
	if (rc < 0)
		snprintf(out + strlen(out), sizeof out - strlen(out), "ERROR %ld: %s\n", line, why);
	csv_reader_free(&r);
	csv_file_free(&f);
	return out;
}

static void separators_and_quotes(void **state)
{
	(void)state;
	/* ';' (Dutch Excel), ',' and tab found from the header */
	assert_string_equal(records("a;b;c\n1;2;3\n"), "1:a|b|c\n2:1|2|3\n");
	assert_string_equal(records("a,b\r\n1,2\r\n"), "1:a|b\n2:1|2\n");
	assert_string_equal(records("a\tb\n1\t2\n"), "1:a|b\n2:1|2\n");
	/* a ',' inside quotes in a ';' file, and a ';' in a ',' file */
	assert_string_equal(records("a;b\n\"x,y\";\"p;q\"\n"), "1:a|b\n2:x,y|p;q\n");
	/* doubled quotes, empty fields, a quoted field over three lines: the
	 * next record knows it starts on line 5 */
	assert_string_equal(records("a;b;c\n\"he said \"\"hi\"\"\";;x\n\"one\ntwo\nthree\";2;3\n"
				    "4;5;6\n"),
			    "1:a|b|c\n2:he said \"hi\"||x\n3:one\ntwo\nthree|2|3\n6:4|5|6\n");
	/* a last line without a line break */
	assert_string_equal(records("a;b\n1;2"), "1:a|b\n2:1|2\n");
	/* an empty line is a record of one empty field */
	assert_string_equal(records("a\n\nb\n"), "1:a\n2:\n3:b\n");
}

static void unterminated_quote(void **state)
{
	(void)state;
	assert_string_equal(records("a;b\n1;\"open\n2;3\n"),
			    "1:a|b\nERROR 2: een veld begint met een aanhalingsteken (\") dat "
			    "nergens wordt gesloten\n");
}

/* Writes fields with csv_put_field; returns what came out. */
static char *written(const char *const *fields, int n)
{
	static char out[512];
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	struct textout t;
	struct gp_err e = {0};
	assert_int_equal(textout_init(&t, f, ENC_UTF8, &e), GP_OK);
	for (int i = 0; i < n; i++) {
		if (i)
			textout_puts(&t, ";");
		csv_put_field(&t, fields[i], ';');
	}
	textout_end(&t);
	fclose(f);
	snprintf(out, sizeof out, "%s", buf);
	free(buf);
	return out;
}

static void fields_written_safely(void **state)
{
	(void)state;
	const char *plain[] = {"Kinderen in zorg", "12", "<5"};
	assert_string_equal(written(plain, 3), "Kinderen in zorg;12;<5");
	const char *quoted[] = {"a;b", "say \"hi\"", "two\nlines"};
	assert_string_equal(written(quoted, 3), "\"a;b\";\"say \"\"hi\"\"\";\"two\nlines\"");
	/* formulas become text; numbers stay numbers */
	const char *formula[] = {"=HYPERLINK(\"x\")", "+1+1", "@SUM(A1)", "-2+3", "-12", "+31"};
	assert_string_equal(written(formula, 6),
			    "\"'=HYPERLINK(\"\"x\"\")\";'+1+1;'@SUM(A1);'-2+3;-12;+31");
	const char *tab[] = {"\tx"};
	assert_string_equal(written(tab, 1), "'\tx");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encodings_found),
		cmocka_unit_test(wrong_encoding_refused),
		cmocka_unit_test(empty_files_refused),
		cmocka_unit_test(separators_and_quotes),
		cmocka_unit_test(unterminated_quote),
		cmocka_unit_test(fields_written_safely),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
