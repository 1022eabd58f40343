/* bench_core.c — timings of the core paths behind docs/product.md §10's budgets, on
 * an existing database: one search keystroke (every prefix of some names,
 * as typed), opening a dossier, and the memory used with the file open.
 * Usage: bench_core DB.  Prints one line per figure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "child.h"
#include "db.h"
#include "search.h"

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static long rss_kb(const char *field)
{
	FILE *f = fopen("/proc/self/status", "r");
	char line[256];
	long kb = -1;
	while (f && fgets(line, sizeof line, f))
		if (strncmp(line, field, strlen(field)) == 0)
			kb = atol(line + strlen(field));
	if (f)
		fclose(f);
	return kb;
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: bench_core DB\n");
		return 2;
	}
	struct db *db;
	struct gp_err e = {0};
	if (db_open(&db, argv[1], DB_READONLY, &e) != GP_OK) {
		fprintf(stderr, "%s\n", e.msg);
		return 1;
	}
	/* what a nurse types: names (without diacritics), a BSN, a birth date, a postcode */
	static const char *const typed[] = {"jansen", "zoe van", "yilmaz", "nguyen", "lukasz",
					    "el amrani", "999900", "12-03-2019", "3511 ab",
					    "de vries", "wojcik", "gulsen", "bakker emma"};
	enum { MAXT = 512 };
	double t[MAXT];
	int n = 0;
	struct child_summary hits[50];
	for (size_t w = 0; w < sizeof typed / sizeof *typed; w++) {
		char q[64];
		size_t len = strlen(typed[w]);
		for (size_t k = 1; k <= len && n < MAXT; k++) {
			memcpy(q, typed[w], k);
			q[k] = '\0';
			int got, more;
			double t0 = now_ms();
			search_children(db, q, hits, 50, &got, &more, NULL);
			t[n++] = now_ms() - t0;
		}
	}
	qsort(t, (size_t)n, sizeof *t, cmp_double);
	printf("search keystroke: median %.2f ms, p99 %.2f ms, max %.2f ms (%d keystrokes)\n",
	       t[n / 2], t[(n * 99) / 100], t[n - 1], n);

	/* open a dossier: the child, its parents, its siblings */
	sqlite3_stmt *st;
	sqlite3_prepare_v2(db->h, "SELECT id FROM children ORDER BY random() LIMIT 200", -1, &st,
			   NULL);
	int m = 0;
	while (sqlite3_step(st) == SQLITE_ROW && m < 200) {
		char id[DB_ID_LEN];
		db_col_text(st, 0, id, sizeof id);
		struct child c;
		struct family_member *fam;
		struct child_summary *sib;
		int nf, ns;
		double t0 = now_ms();
		child_get(db, id, &c, NULL);
		child_family(db, id, &fam, &nf, NULL);
		child_siblings(db, id, &sib, &ns, NULL);
		t[m++] = now_ms() - t0;
		free(fam);
		free(sib);
	}
	sqlite3_finalize(st);
	qsort(t, (size_t)m, sizeof *t, cmp_double);
	if (m)
		printf("open dossier (child, parents, siblings): median %.2f ms, max %.2f ms\n",
		       t[m / 2], t[m - 1]);
	printf("memory with the database open: RSS %ld kB, peak %ld kB\n", rss_kb("VmRSS:"),
	       rss_kb("VmHWM:"));
	db_close(db);
	return 0;
}
