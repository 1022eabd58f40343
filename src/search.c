/* search.c — see search.h. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "search.h"
#include "text.h"
#include "perm.h"

void child_summary_read(sqlite3_stmt *st, struct child_summary *s)
{
	char given[NAME_BUF], prefix[PREFIX_BUF], family[NAME_BUF];
	memset(s, 0, sizeof *s);
	db_col_id(st, 0, s->id);
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
		} else if (isdigit((unsigned char)w[i]) && len < 4 && np < 3) {
			parts[np][len++] = w[i]; /* a fourth part is no date (fuzz_query) */
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
		/* a word with - or / is a birth date when it reads as one; otherwise
		 * (Al-Ahmad, Çelik-Bakker) a name, below */
		if ((memchr(start, '-', n) || memchr(start, '/', n)) &&
		    date_phrase(start, n, out, outsz, &pos) == 0) {
			/* the date phrase is written */
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
			/* the tokenizer splits at punctuation: keep letters, digits and
			 * UTF-8, and a blank between parts, so Al-Ahmad is the phrase
			 * "al ahmad" — two words that follow each other */
			char word[256];
			size_t wl = 0;
			int digits = 0, letters = 0;
			for (size_t i = 0; i < n && wl < sizeof word - 1; i++) {
				unsigned char ch = (unsigned char)start[i];
				if (isalnum(ch) || ch >= 0x80) {
					word[wl++] = start[i];
					digits += isdigit(ch) != 0;
					letters += !isdigit(ch);
				} else if (wl > 0 && word[wl - 1] != ' ') {
					word[wl++] = ' ';
				}
			}
			while (wl > 0 && word[wl - 1] == ' ')
				wl--;
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

/* A found child: its summary and where it sorts. */
struct found {
	long long sort_no; /* its row in the search index */
	struct child_summary sum;
	char sort_key[NAME_BUF * 2 + 2];
};

static int found_order(const void *pa, const void *pb)
{
	const struct found *a = *(const struct found *const *)pa;
	const struct found *b = *(const struct found *const *)pb;
	int c = strcmp(a->sort_key, b->sort_key);
	return c ? c : date_cmp(a->sum.birth_date, b->sum.birth_date);
}

enum gp_status search_children(struct db *db, const char *query, struct child_summary *hits,
			       int max, int *n, int *more, struct gp_err *e)
{
	/* The search index numbers its rows by children.sort_no, whose high bits
	 * are the first bytes of the sort key: a MATCH returns the children in
	 * name order up to those bytes.  So the first max+1 rows, plus the rest
	 * of the last one's sort group, are the first max+1 children in name
	 * order once sorted — one letter typed among 100,000 children reads a
	 * few hundred index rows, not a third of the table. */
	static const char match_sql[] =
		"SELECT rowid FROM children_fts WHERE children_fts MATCH ?1 ORDER BY rowid";
	static const char rows_sql[] =
		"SELECT c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "
		"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex, "
		"c.sort_key, c.sort_no FROM json_each(?1) j JOIN children c ON c.sort_no = j.value "
		"ORDER BY j.key";
	char match[1024];
	*n = 0;
	*more = 0;
	enum gp_status s = perm_require(db, PERM_SEARCH, NULL, e);
	if (s != GP_OK)
		return s;
	if (max < 0 || search_build_match(query, match, sizeof match) != 0)
		return GP_OK;
	sqlite3_stmt *st = db_stmt(db, match_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, match, -1, SQLITE_STATIC);
	long long *rows = NULL;
	size_t nrows = 0, cap = 0;
	long long last_group = -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		long long r = sqlite3_column_int64(st, 0);
		if (nrows > (size_t)max) {
			if (last_group < 0)
				last_group = rows[max] >> DB_SORT_NO_BITS;
			if (r >> DB_SORT_NO_BITS != last_group)
				break;
		}
		if (nrows == cap) {
			cap = cap ? cap * 2 : 256;
			long long *more_rows = realloc(rows, cap * sizeof *rows);
			if (!more_rows) {
				free(rows);
				sqlite3_reset(st);
				return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
			}
			rows = more_rows;
		}
		rows[nrows++] = r;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		free(rows);
		return db_error(db, rc, _("zoeken"), e);
	}
	/* sorted through pointers: a child_summary is kilobytes */
	struct found *found = nrows ? malloc(nrows * sizeof *found) : NULL;
	struct found **order = nrows ? malloc(nrows * sizeof(struct found *)) : NULL;
	if (nrows && (!found || !order)) {
		free(found);
		free(order);
		free(rows);
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	}
	/* the rows in one statement: their numbers as a JSON array */
	char *list = malloc(nrows * 21 + 3);
	size_t nfound = 0, pos = 0;
	enum gp_status result = GP_OK;
	if (nrows && !list)
		result = gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	if (list) {
		list[pos++] = '[';
		for (size_t i = 0; i < nrows; i++) {
			char digits[24];
			int nd = 0;
			for (unsigned long long v = (unsigned long long)rows[i]; v || !nd; v /= 10)
				digits[nd++] = (char)('0' + v % 10);
			if (i)
				list[pos++] = ',';
			while (nd)
				list[pos++] = digits[--nd];
		}
		list[pos++] = ']';
		list[pos] = '\0';
	}
	if (nrows && result == GP_OK && !(st = db_stmt(db, rows_sql, e)))
		result = e ? e->code : GP_EINTERNAL;
	if (nrows && result == GP_OK) {
		sqlite3_bind_text(st, 1, list, (int)pos, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW && nfound < nrows) {
			found[nfound].sort_no = sqlite3_column_int64(st, 10);
			child_summary_read(st, &found[nfound].sum);
			db_col_text(st, 9, found[nfound].sort_key, sizeof found[nfound].sort_key);
			order[nfound] = &found[nfound];
			nfound++;
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE && rc != SQLITE_ROW)
			result = db_error(db, rc, _("zoeken"), e);
	}
	free(list);
	free(rows);
	if (result == GP_OK) {
		/* the rows come in index order: only children of one sort group
		 * can be out of name order among themselves */
		for (size_t i = 0, j; i < nfound; i = j) {
			long long g = order[i]->sort_no >> DB_SORT_NO_BITS;
			for (j = i + 1; j < nfound && order[j]->sort_no >> DB_SORT_NO_BITS == g; j++)
				;
			if (j - i > 1)
				qsort(order + i, j - i, sizeof(struct found *), found_order);
		}
		for (size_t i = 0; i < nfound; i++) {
			if (*n == max) {
				*more = 1;
				break;
			}
			hits[(*n)++] = order[i]->sum;
		}
	}
	free(order);
	free(found);
	return result;
}
