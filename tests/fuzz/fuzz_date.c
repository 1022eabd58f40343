/* fuzz_date.c — dates as people type them (dd-mm-jjjj, ddmmjjjj, t, +3w)
 * and as files store them (YYYY-MM-DD, time stamps with an offset).
 * Invariants: an accepted date is a real calendar date, and writing it and
 * reading it back gives the same date. */
#include "date.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	struct gp_date today = {2026, 11, 26}, d, back;
	const char *why;
	char buf[32];
	if (date_parse_nl(s, today, &d, &why) == 0) {
		FUZZ_CHECK(date_valid(d.y, d.m, d.d));
		date_fmt_nl(d, buf);
		FUZZ_CHECK(date_parse_nl(buf, today, &back, &why) == 0 && date_cmp(d, back) == 0);
		date_fmt_iso(d, buf);
		FUZZ_CHECK(date_parse_iso(buf, &back) == 0 && date_cmp(d, back) == 0);
		FUZZ_CHECK(date_cmp(date_from_days(date_to_days(d)), d) == 0);
	} else {
		FUZZ_CHECK(why && *why);
	}
	if (date_parse_iso(s, &d) == 0)
		FUZZ_CHECK(date_valid(d.y, d.m, d.d));
	char local[17];
	date_stamp_local(s, local);
	FUZZ_CHECK(strlen(local) <= 16);
	(void)date_stamp_epoch(s);
	free(s);
	return 0;
}
