/* fuzz_query.c — what people type into a search: the child search
 * (search_build_match) and Beheer's log search (audit_query_parse), and a
 * seal line read back (audit_anchor_parse).  Invariants: the FTS5 query is
 * a bounded string with balanced quotes; a parsed log query only holds
 * real dates; a parsed anchor writes back to the same line. */
#include "audit.h"
#include "fuzz.h"
#include "search.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = fuzz_string(data, size);
	char match[1024], buf[512], line[256];
	if (search_build_match(s, match, sizeof match) == 0) {
		size_t quotes = 0;
		FUZZ_CHECK(strlen(match) < sizeof match);
		for (const char *p = match; *p; p++)
			quotes += *p == '"';
		FUZZ_CHECK(quotes % 2 == 0);
	}
	struct audit_query q;
	const char *why;
	if (audit_query_parse(s, &q, buf, sizeof buf, &why) == 0) {
		FUZZ_CHECK(q.from.y == 0 || date_valid(q.from.y, q.from.m, q.from.d));
		FUZZ_CHECK(q.to.y == 0 || date_valid(q.to.y, q.to.m, q.to.d));
		FUZZ_CHECK(q.from.y == 0 || date_cmp(q.from, q.to) <= 0);
	} else {
		FUZZ_CHECK(why && *why);
	}
	struct audit_anchor a, b;
	if (audit_anchor_parse(s, &a) == 0) {
		audit_anchor_format(&a, line, sizeof line);
		FUZZ_CHECK(audit_anchor_parse(line, &b) == 0);
		FUZZ_CHECK(a.seq == b.seq && strcmp(a.hash, b.hash) == 0 &&
			   strcmp(a.database_id, b.database_id) == 0);
	}
	free(s);
	return 0;
}
