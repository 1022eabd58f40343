/* search.c — see search.h. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "i18n.h"
#include "search.h"
#include "text.h"

void child_summary_read(sqlite3_stmt *st, struct child_summary *s)
{
	char given[NAME_BUF], prefix[PREFIX_BUF], family[NAME_BUF];
	memset(s, 0, sizeof *s);
	db_col_text(st, 0, s->id, sizeof s->id);
	s->client_no = sqlite3_column_int64(st, 1);
	db_col_text(st, 2, given, sizeof given);
	db_col_text(st, 3, prefix, sizeof prefix);
	db_col_text(st, 4, family, sizeof family);
	db_col_date(st, 5, &s->birth_date);
	db_col_text(st, 6, s->bsn, sizeof s->bsn);
	db_col_text(st, 7, s->postcode, sizeof s->postcode);
	s->sex = sqlite3_column_int(st, 8);
	child_display_name(given, prefix, family, s->display_name, sizeof s->display_name);
	child_sort_name(given, prefix, family, s->sort_name, sizeof s->sort_name);
}

/* Appends a quoted FTS5 string (double quotes doubled). */
static int append_quoted(char *out, size_t outsz, size_t *pos, const char *word, size_t n,
			 int prefix)
{
	if (*pos + n * 2 + 8 >= outsz)
		return -1;
	out[(*pos)++] = '"';
	for (size_t i = 0; i < n; i++) {
		if (word[i] == '"')
			out[(*pos)++] = '"';
		out[(*pos)++] = word[i];
	}
	out[(*pos)++] = '"';
	if (prefix)
		out[(*pos)++] = '*';
	out[(*pos)++] = ' ';
	out[*pos] = '\0';
	return 0;
}

/* A word like 05-03-2024 (or 5-3-2024, or a start such as 05-03-20) is
 * searched as a prefix phrase of its parts in the birth date column. */
static int date_phrase(const char *w, size_t n, char *out, size_t outsz, size_t *pos)
{
	char parts[3][8];
	int np = 0;
	size_t len = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i == n || w[i] == '-' || w[i] == '/' || w[i] == '.') {
			if (len == 0 || np == 3)
				return -1;
			parts[np++][len] = '\0';
			len = 0;
		} else if (isdigit((unsigned char)w[i]) && len < 4) {
			parts[np][len++] = w[i];
		} else {
			return -1;
		}
	}
	char phrase[32];
	size_t pl = 0;
	for (int i = 0; i < np; i++) {
		/* day and month are stored with two digits; pad a complete "5" */
		int pad = i < 2 && strlen(parts[i]) == 1 && i < np - 1;
		int k = snprintf(phrase + pl, sizeof phrase - pl, "%s%s%s", i ? " " : "",
				 pad ? "0" : "", parts[i]);
		if (k < 0 || (size_t)k >= sizeof phrase - pl)
			return -1;
		pl += (size_t)k;
	}
	int k = snprintf(out + *pos, outsz - *pos, "birth : \"%s\"* ", phrase);
	if (k < 0 || (size_t)k >= outsz - *pos)
		return -1;
	*pos += (size_t)k;
	return 0;
}

int search_build_match(const char *query, char *out, size_t outsz)
{
	char folded[512];
	text_fold(query, folded, sizeof folded);
	size_t pos = 0;
	out[0] = '\0';
	const char *p = folded;
	int words = 0, prev_postcode = 0;
	while (*p) {
		while (*p && (isspace((unsigned char)*p) || *p == ','))
			p++;
		const char *start = p;
		while (*p && !isspace((unsigned char)*p) && *p != ',')
			p++;
		size_t n = (size_t)(p - start);
		if (n == 0)
			continue;
		/* a ddmmjjjj birth date typed without dashes */
		int all_digits = 1;
		for (size_t i = 0; i < n; i++)
			all_digits &= isdigit((unsigned char)start[i]) != 0;
		if (memchr(start, '-', n) || memchr(start, '/', n)) {
			if (date_phrase(start, n, out, outsz, &pos) != 0)
				return -1;
		} else if (all_digits && n == 8 && start[0] <= '3' && start[2] <= '1') {
			char dash[11];
			snprintf(dash, sizeof dash, "%.2s-%.2s-%.4s", start, start + 2, start + 4);
			/* could be a BSN prefix too: either matches */
			size_t save = pos;
			int k = snprintf(out + pos, outsz - pos, "(");
			pos += (size_t)k;
			if (date_phrase(dash, 10, out, outsz, &pos) != 0) {
				pos = save;
				return -1;
			}
			k = snprintf(out + pos, outsz - pos, "OR ");
			if (k < 0 || (size_t)k >= outsz - pos)
				return -1;
			pos += (size_t)k;
			if (append_quoted(out, outsz, &pos, start, n, 1) != 0 || pos + 3 >= outsz)
				return -1;
			out[pos - 1] = ')';
			out[pos++] = ' ';
			out[pos] = '\0';
		} else {
			/* the tokenizer drops punctuation; keep letters, digits and UTF-8 */
			char word[256];
			size_t wl = 0;
			int digits = 0, letters = 0;
			for (size_t i = 0; i < n && wl < sizeof word - 1; i++) {
				unsigned char ch = (unsigned char)start[i];
				if (isalnum(ch) || ch >= 0x80) {
					word[wl++] = start[i];
					digits += isdigit(ch) != 0;
					letters += !isdigit(ch);
				}
			}
			if (wl == 0)
				continue;
			/* numbers are BSNs, postcodes or dates; words are names, except
			 * the two letters after a postcode's four digits */
			const char *cols = letters == 0 ? "{bsn birth postcode} : "
					   : digits > 0 || (wl == 2 && prev_postcode) ? "{names postcode} : "
					   : "names : ";
			int k = snprintf(out + pos, outsz - pos, "%s", cols);
			if (k < 0 || (size_t)k >= outsz - pos)
				return -1;
			pos += (size_t)k;
			if (append_quoted(out, outsz, &pos, word, wl, 1) != 0)
				return -1;
			prev_postcode = letters == 0 && wl == 4;
			words++;
			continue;
		}
		prev_postcode = 0;
		words++;
	}
	if (words == 0)
		return -1;
	while (pos > 0 && out[pos - 1] == ' ')
		out[--pos] = '\0';
	return 0;
}

/* How many matches make the broad plan worth it (see search_children). */
enum { BROAD_MATCHES = 3000 };

enum gp_status search_children(struct db *db, const char *query, struct child_summary *hits,
			       int max, int *n, int *more, struct gp_err *e)
{
	/* Two plans for one question.  A narrow query ("jansen") has few
	 * matches: fetch them and sort.  A broad one (the first letter typed)
	 * can match half the file: sorting all of that takes too long for a
	 * keystroke, so walk the children in name order instead and stop at
	 * the first `max` that match. */
	static const char count_sql[] =
		"SELECT count(*) FROM (SELECT rowid FROM children_fts WHERE children_fts MATCH ?1 "
		"LIMIT ?2)";
	static const char narrow_sql[] =
		"SELECT c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "
		"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex "
		"FROM children c WHERE c.seq IN "
		"(SELECT rowid FROM children_fts WHERE children_fts MATCH ?1) "
		"ORDER BY c.sort_key, c.birth_date LIMIT ?2";
	static const char broad_sql[] =
		"SELECT c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "
		"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex "
		"FROM children c INDEXED BY children_sort WHERE c.seq IN "
		"(SELECT rowid FROM children_fts WHERE children_fts MATCH ?1) "
		"ORDER BY c.sort_key, c.birth_date LIMIT ?2";
	char match[1024];
	*n = 0;
	*more = 0;
	if (search_build_match(query, match, sizeof match) != 0)
		return GP_OK;
	sqlite3_stmt *st = db_stmt(db, count_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, BROAD_MATCHES);
	int rc = sqlite3_step(st);
	int broad = rc == SQLITE_ROW && sqlite3_column_int(st, 0) >= BROAD_MATCHES;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("zoeken"), e);

	st = db_stmt(db, broad ? broad_sql : narrow_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, max + 1);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == max) {
			*more = 1;
			break;
		}
		child_summary_read(st, &hits[(*n)++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("zoeken"), e);
	return GP_OK;
}
