/* cmd_due.c — `groeipad due`: every due, overdue and catch-up contact
 * moment and vaccine dose of every active child under 18 on one date, in
 * work-list order (what is due now first, then what is late, then the
 * catch-ups, each with the deadline that comes first first), as aligned
 * text for a person or as `;`-separated CSV for a spreadsheet
 * (docs/product.md §9), in the encoding asked for (textout.h).
 * The list comes from due_collect(); this file only checks the options,
 * logs the use and writes the rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "audit.h"
#include "cmd.h"
#include "due.h"
#include "i18n.h"
#include "outfile.h"
#include "perm.h"
#include "refdata.h"
#include "text.h"
#include "textout.h"

enum {
	NAME_COLS = 30, /* the name column of the text table, at most */
	ITEM_COLS = 34  /* the item column of the text table, at most */
};

/* One line of the output: one entry of one child. */
struct due_row {
	const struct due_child *child; /* the child */
	const struct sched_due *item;  /* the moment or dose */
	size_t seq;                    /* position in the report, for a stable order */
};

/* 0 due, 1 overdue, 2 catch-up. */
static int state_rank(enum sched_state st)
{
	return st == SCHED_DUE ? 0 : st == SCHED_OVERDUE ? 1 : 2;
}

/* Due first, then overdue, then catch-up; within each the deadline that
 * comes first; then the client number; then the child's own order. */
static int row_order(const void *pa, const void *pb)
{
	const struct due_row *a = pa, *b = pb;
	int ra = state_rank(a->item->state), rb = state_rank(b->item->state);
	if (ra != rb)
		return ra - rb;
	int c = date_cmp(schedule_due_deadline(a->item), schedule_due_deadline(b->item));
	if (c != 0)
		return c;
	if (a->child->child.client_no != b->child->child.client_no)
		return a->child->child.client_no < b->child->child.client_no ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* The rows of a report in output order; NULL when memory runs out. */
static struct due_row *make_rows(const struct due_report *r, size_t *n)
{
	size_t total = 0;
	for (size_t i = 0; i < r->n; i++)
		total += r->children[i].list.n;
	struct due_row *rows = malloc((total ? total : 1) * sizeof *rows);
	if (!rows)
		return NULL;
	*n = 0;
	for (size_t i = 0; i < r->n; i++)
		for (size_t j = 0; j < r->children[i].list.n; j++) {
			rows[*n] = (struct due_row){&r->children[i], &r->children[i].list.items[j], *n};
			(*n)++;
		}
	qsort(rows, *n, sizeof *rows, row_order);
	return rows;
}

/* "Consultatiebureau 3 maanden" or "BMR dosis 2". */
static void item_text(const struct sched_due *d, char *out, size_t outsz)
{
	if (d->kind == SCHED_MOMENT)
		snprintf(out, outsz, "%s", d->moment->label);
	else
		snprintf(out, outsz, _("%s dosis %d"), d->dose->vaccine, d->dose->dose);
}

static void age_text(struct gp_date birth, struct gp_date on, char *out, size_t outsz)
{
	int y, m;
	date_age(birth, on, &y, &m);
	snprintf(out, outsz, _("%dj %dm"), y, m);
}

/* ---- text ----------------------------------------------------------------- */

/* Display columns of one code point: 2 for wide characters, 0 for combining
 * marks, 1 for the rest (also when wcwidth does not know it). */
static int cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

/* Writes s (safe for a terminal) in exactly `cols` display columns: cut with
 * "…" when longer, padded with spaces when shorter. */
static void put_cell(FILE *f, const char *s, int cols)
{
	char safe[512];
	text_sanitize(s, safe, sizeof safe, 0);
	int used = 0;
	size_t len = strlen(safe), i = 0;
	int total = 0;
	for (size_t k = 0; k < len;) {
		uint32_t cp;
		int n = utf8_decode(safe + k, len - k, &cp);
		if (n <= 0)
			break;
		total += cp_width(cp);
		k += (size_t)n;
	}
	int room = total > cols ? cols - 1 : cols; /* leave a column for "…" */
	while (i < len) {
		uint32_t cp;
		int n = utf8_decode(safe + i, len - i, &cp);
		if (n <= 0 || used + cp_width(cp) > room)
			break;
		(void)fwrite(safe + i, 1, (size_t)n, f);
		used += cp_width(cp);
		i += (size_t)n;
	}
	if (total > cols) {
		fputs("…", f);
		used++;
	}
	for (; used < cols; used++)
		fputc(' ', f);
}

/* The display width of s, at most `cap`. */
static int width_of(const char *s, int cap)
{
	int w = 0;
	size_t len = strlen(s);
	for (size_t k = 0; k < len;) {
		uint32_t cp;
		int n = utf8_decode(s + k, len - k, &cp);
		if (n <= 0)
			break;
		w += text_is_control(cp) ? 2 : cp_width(cp);
		k += (size_t)n;
	}
	return w < cap ? w : cap;
}

static void write_text(FILE *f, const struct due_report *r, const struct due_row *rows,
		       size_t n)
{
	char on[11];
	date_fmt_nl(r->on, on);
	if (n == 0) {
		fprintf(f, _("Niemand is op %s aan de beurt voor een contactmoment of "
			     "vaccinatie.\n"), on);
		return;
	}
	fprintf(f, _("Aan de beurt op %s: %zu kinderen, %zu contactmomenten en vaccinaties "
		     "(nu aan de beurt, te laat, inhalen; wat het eerst verloopt eerst).\n\n"),
		on, r->n, n);
	const char *h_no = _("Cliëntnr"), *h_name = _("Naam"), *h_birth = _("Geboren"),
		   *h_age = _("Leeftijd"), *h_item = _("Wat"), *h_state = _("Status"),
		   *h_from = _("Sinds"), *h_until = _("Tot en met"), *h_late = _("Dagen te laat");
	int wno = width_of(h_no, 12), wname = width_of(h_name, NAME_COLS),
	    wage = width_of(h_age, 12), witem = width_of(h_item, ITEM_COLS),
	    wstate = width_of(h_state, 20), wdate = 10;
	wdate = width_of(h_from, 12) > wdate ? width_of(h_from, 12) : wdate;
	wdate = width_of(h_until, 12) > wdate ? width_of(h_until, 12) : wdate;
	for (size_t i = 0; i < n; i++) {
		char buf[128];
		snprintf(buf, sizeof buf, "%lld", rows[i].child->child.client_no);
		wno = width_of(buf, 12) > wno ? width_of(buf, 12) : wno;
		int w = width_of(rows[i].child->child.display_name, NAME_COLS);
		wname = w > wname ? w : wname;
		age_text(rows[i].child->child.birth_date, r->on, buf, sizeof buf);
		wage = width_of(buf, 12) > wage ? width_of(buf, 12) : wage;
		item_text(rows[i].item, buf, sizeof buf);
		witem = width_of(buf, ITEM_COLS) > witem ? width_of(buf, ITEM_COLS) : witem;
		w = width_of(schedule_state_label(rows[i].item->state), 20);
		wstate = w > wstate ? w : wstate;
	}
	const char *heads[] = {h_no, h_name, h_birth, h_age, h_item, h_state, h_from, h_until};
	const int widths[] = {wno, wname, 10, wage, witem, wstate, wdate, wdate};
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
		put_cell(f, heads[k], widths[k]);
		fputs("  ", f);
	}
	fprintf(f, "%s\n", h_late);
	for (size_t i = 0; i < n; i++) {
		const struct child_summary *c = &rows[i].child->child;
		const struct sched_due *d = rows[i].item;
		char no[24], birth[11], age[32], item[160], from[11], until[11];
		snprintf(no, sizeof no, "%lld", c->client_no);
		date_fmt_nl(c->birth_date, birth);
		age_text(c->birth_date, r->on, age, sizeof age);
		item_text(d, item, sizeof item);
		date_fmt_nl(schedule_due_since(d), from);
		date_fmt_nl(schedule_due_deadline(d), until);
		fprintf(f, "%*s  ", wno, no);
		put_cell(f, c->display_name, wname);
		fprintf(f, "  %s  ", birth);
		put_cell(f, age, wage);
		fputs("  ", f);
		put_cell(f, item, witem);
		fputs("  ", f);
		put_cell(f, schedule_state_label(d->state), wstate);
		fputs("  ", f);
		put_cell(f, from, wdate);
		fputs("  ", f);
		put_cell(f, until, wdate);
		if (d->days_overdue > 0)
			fprintf(f, "  %ld", d->days_overdue);
		fputs("\n", f);
	}
}

/* ---- csv ------------------------------------------------------------------ */

/* One CSV field: quoted when it holds ';', '"' or a line break; control
 * characters made harmless; and a text a spreadsheet would take for a
 * formula (starting with = + - @, or a tab or carriage return before one)
 * gets a leading ' (OWASP's advice against CSV injection), so
 * "=HYPERLINK(…)" stays text. */
static void put_field(FILE *f, const char *s)
{
	char safe[512];
	text_sanitize(s, safe, sizeof safe, 0);
	int formula = strchr("=+-@\t\r", safe[0]) != NULL && safe[0] != '\0';
	if (!formula && !strpbrk(safe, ";\"\r\n")) {
		fputs(safe, f);
		return;
	}
	fputc('"', f);
	if (formula)
		fputc('\'', f);
	for (const char *p = safe; *p; p++) {
		if (*p == '"')
			fputc('"', f);
		fputc(*p, f);
	}
	fputc('"', f);
}

static void write_csv(FILE *f, const struct due_report *r, const struct due_row *rows, size_t n)
{
	/* The header is fixed (not translated), so scripts can rely on it. */
	fputs("clientnummer;naam;geboortedatum;leeftijd;wat;code;dosis;status;vanaf;gepland;"
	      "uiterlijk;dagen_te_laat;sinds;tot_en_met\r\n", f);
	for (size_t i = 0; i < n; i++) {
		const struct child_summary *c = &rows[i].child->child;
		const struct sched_due *d = rows[i].item;
		char birth[11], age[32], item[160], from[11], target[11], until[11], since[11],
			deadline[11];
		date_fmt_nl(schedule_due_since(d), since);
		date_fmt_nl(schedule_due_deadline(d), deadline);
		date_fmt_nl(c->birth_date, birth);
		age_text(c->birth_date, r->on, age, sizeof age);
		item_text(d, item, sizeof item);
		date_fmt_nl(d->earliest, from);
		date_fmt_nl(d->target, target);
		date_fmt_nl(d->latest, until);
		fprintf(f, "%lld;", c->client_no);
		put_field(f, c->display_name);
		fprintf(f, ";%s;", birth);
		put_field(f, age);
		fputc(';', f);
		put_field(f, item);
		fputc(';', f);
		put_field(f, schedule_due_code(d));
		if (d->kind == SCHED_DOSE)
			fprintf(f, ";%d;", d->dose->dose);
		else
			fputs(";;", f);
		put_field(f, schedule_state_label(d->state));
		fprintf(f, ";%s;%s;%s;%ld;%s;%s\r\n", from, target, until, d->days_overdue, since,
			deadline);
	}
}

/* ---- the command ------------------------------------------------------------ */

/* --date: dd-mm-jjjj (and what a date field takes) or YYYY-MM-DD. */
static int parse_date(const char *s, struct gp_date *out)
{
	const char *why;
	if (date_parse_iso(s, out) == 0)
		return 0;
	return date_parse_nl(s, date_today(), out, &why);
}

/* Writes the use to the audit log: one entry for the whole list. */
static enum gp_status log_use(struct db *db, const struct due_report *r, size_t rows,
			      const char *format, struct gp_err *e)
{
	char detail[160], on[11];
	date_fmt_iso(r->on, on);
	snprintf(detail, sizeof detail, "due %s %s: %zu children, %zu items", on, format, r->n,
		 rows);
	enum gp_status s = db_begin(db, e);
	if (s == GP_OK)
		s = audit_log(db, NULL, "due_list", detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	return s;
}

/* Builds, logs and writes the list; the session is open. */
static enum gp_status run(struct db *db, struct gp_date on, int csv, const char *out,
			  int force, enum text_encoding enc, struct gp_err *e)
{
	char warning[256] = "";
	struct schedule *sched;
	/* the list leaves the program: an export, not only a view */
	enum gp_status s = perm_require(db, PERM_EXPORT, NULL, e);
	if (s == GP_OK)
		s = schedule_load(refdata_dir(), &sched, e);
	if (s != GP_OK)
		return s;
	struct due_report r;
	s = due_collect(db, sched, on, DUE_OPEN, 0, &r, e);
	struct due_row *rows = NULL;
	size_t n = 0;
	if (s == GP_OK && !(rows = make_rows(&r, &n)))
		s = gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	struct outfile of;
	if (s == GP_OK)
		s = outfile_open_force(&of, out, force, e);
	if (s == GP_OK) {
		/* logged before anything leaves the program */
		s = log_use(db, &r, n, csv ? "csv" : "txt", e);
		/* written as UTF-8 first, then in the encoding asked for */
		char *text = NULL;
		size_t len = 0;
		FILE *mem = s == GP_OK ? open_memstream(&text, &len) : NULL;
		if (s == GP_OK && !mem)
			s = gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		if (s == GP_OK) {
			if (csv)
				write_csv(mem, &r, rows, n);
			else
				write_text(mem, &r, rows, n);
			fclose(mem);
			struct textout t;
			s = textout_init(&t, of.f, enc, e);
			if (s == GP_OK) {
				textout_write(&t, text, len);
				textout_warning(&t, warning, sizeof warning);
				textout_end(&t);
			}
		}
		free(text);
		if (s == GP_OK)
			s = outfile_commit(&of, e);
		else
			outfile_abort(&of);
	}
	if (s == GP_OK)
		cli_warn(warning);
	if (s == GP_OK && out)
		printf(_("De lijst staat in %s.\n"), out);
	free(rows);
	due_report_free(&r);
	schedule_free(sched);
	return s;
}

int cmd_due(const struct cli *c)
{
	const char *format = c->format ? c->format : "txt";
	int csv = strcmp(format, "csv") == 0;
	if (!csv && strcmp(format, "txt") != 0)
		return cli_usage_error(_("due kent --format txt en csv, niet '%s'."), format);
	struct gp_date on = date_today();
	if (c->date && parse_date(c->date, &on) != 0)
		return cli_usage_error(_("--date verwacht een datum als 26-11-2026 of 2026-11-26, "
					 "niet '%s'."), c->date);
	enum text_encoding enc;
	int rc = cli_encoding(c, &enc);
	if (rc >= 0)
		return rc;
	struct gp_err e = {0};
	if (outfile_check_force(c->out, c->force, &e) != GP_OK)
		return cli_fail(&e);
	struct db *db;
	if ((rc = cli_session(c, "due", &db)) != 0)
		return rc;
	enum gp_status s = run(db, on, csv, c->out, c->force, enc, &e);
	db_close(db);
	return s == GP_OK ? 0 : cli_fail(&e);
}
