/* cmd_due.c — `groeipad due`: every due, overdue and catch-up contact
 * moment and vaccine dose of every active child under 18 on one date, in
 * work-list order (what is due now first, then what is late, then the
 * catch-ups, each with the deadline that comes first first), as aligned
 * text for a person or as `;`-separated CSV for a spreadsheet
 * (docs/product.md §9), in the encoding asked for (textout.h).
 * The rows come from due_rows() (the due cache, in order, streamed); this
 * file only checks the options, logs the use and writes the rows. */
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
	char safe[512], cell[1024];
	size_t o = 0; /* bytes in cell: the cell is written at once */
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
		memcpy(cell + o, safe + i, (size_t)n);
		o += (size_t)n;
		used += cp_width(cp);
		i += (size_t)n;
	}
	if (total > cols) {
		static const char ellipsis[] = "…";
		for (size_t k = 0; k + 1 < sizeof ellipsis; k++)
			cell[o++] = ellipsis[k];
		used++;
	}
	for (; used < cols && o < sizeof cell; used++)
		cell[o++] = ' ';
	(void)fwrite(cell, 1, o, f);
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

/* What the writers share: the date, the output, the column widths. */
struct out {
	FILE *f;
	struct gp_date on;
	int wno, wname, wage, witem, wstate, wdate;
};

/* First pass of the text table: the widths of the columns. */
static int measure_row(void *ctx, const struct child_summary *c, const struct sched_due *d)
{
	struct out *o = ctx;
	char buf[160];
	snprintf(buf, sizeof buf, "%lld", c->client_no);
	int w = width_of(buf, 12);
	o->wno = w > o->wno ? w : o->wno;
	w = width_of(c->display_name, NAME_COLS);
	o->wname = w > o->wname ? w : o->wname;
	age_text(c->birth_date, o->on, buf, sizeof buf);
	w = width_of(buf, 12);
	o->wage = w > o->wage ? w : o->wage;
	item_text(d, buf, sizeof buf);
	w = width_of(buf, ITEM_COLS);
	o->witem = w > o->witem ? w : o->witem;
	w = width_of(schedule_state_label(d->state), 20);
	o->wstate = w > o->wstate ? w : o->wstate;
	return 0;
}

static const char *h_no(void) { return _("Cliëntnr"); }

/* The heading of the text table; the widths are measured. */
static void text_heading(struct out *o, size_t children, size_t rows)
{
	char on[11];
	date_fmt_nl(o->on, on);
	fprintf(o->f, _("Aan de beurt op %s: %zu kinderen, %zu contactmomenten en vaccinaties "
			"(nu aan de beurt, te laat, inhalen; wat het eerst verloopt eerst).\n\n"),
		on, children, rows);
	const char *heads[] = {h_no(),        _("Naam"),   _("Geboren"),
			       _("Leeftijd"), _("Wat"),    _("Status"),
			       _("Sinds"),    _("Tot en met")};
	const int widths[] = {o->wno, o->wname, 10, o->wage, o->witem, o->wstate, o->wdate, o->wdate};
	for (size_t k = 0; k < sizeof heads / sizeof *heads; k++) {
		put_cell(o->f, heads[k], widths[k]);
		fputs("  ", o->f);
	}
	fprintf(o->f, "%s\n", _("Dagen te laat"));
}

/* The widths of the headings, before the rows are measured. */
static void heading_widths(struct out *o)
{
	o->wno = width_of(h_no(), 12);
	o->wname = width_of(_("Naam"), NAME_COLS);
	o->wage = width_of(_("Leeftijd"), 12);
	o->witem = width_of(_("Wat"), ITEM_COLS);
	o->wstate = width_of(_("Status"), 20);
	o->wdate = 10;
	o->wdate = width_of(_("Sinds"), 12) > o->wdate ? width_of(_("Sinds"), 12) : o->wdate;
	o->wdate = width_of(_("Tot en met"), 12) > o->wdate ? width_of(_("Tot en met"), 12)
							     : o->wdate;
}

static int text_row(void *ctx, const struct child_summary *c, const struct sched_due *d)
{
	const struct out *o = ctx;
	FILE *f = o->f;
	char no[24], birth[11], age[32], item[160], from[11], until[11];
	snprintf(no, sizeof no, "%lld", c->client_no);
	date_fmt_nl(c->birth_date, birth);
	age_text(c->birth_date, o->on, age, sizeof age);
	item_text(d, item, sizeof item);
	date_fmt_nl(schedule_due_since(d), from);
	date_fmt_nl(schedule_due_deadline(d), until);
	fprintf(f, "%*s  ", o->wno, no);
	put_cell(f, c->display_name, o->wname);
	fprintf(f, "  %s  ", birth);
	put_cell(f, age, o->wage);
	fputs("  ", f);
	put_cell(f, item, o->witem);
	fputs("  ", f);
	put_cell(f, schedule_state_label(d->state), o->wstate);
	fputs("  ", f);
	put_cell(f, from, o->wdate);
	fputs("  ", f);
	put_cell(f, until, o->wdate);
	if (d->days_overdue > 0)
		fprintf(f, "  %ld", d->days_overdue);
	fputs("\n", f);
	return 0;
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

/* The header is fixed (not translated), so scripts can rely on it. */
static const char csv_header[] =
	"clientnummer;naam;geboortedatum;leeftijd;wat;code;dosis;status;vanaf;gepland;"
	"uiterlijk;dagen_te_laat;sinds;tot_en_met\r\n";

static int csv_row(void *ctx, const struct child_summary *c, const struct sched_due *d)
{
	struct out *o = ctx;
	FILE *f = o->f;
	char birth[11], age[32], item[160], from[11], target[11], until[11], since[11],
		deadline[11];
	date_fmt_nl(schedule_due_since(d), since);
	date_fmt_nl(schedule_due_deadline(d), deadline);
	date_fmt_nl(c->birth_date, birth);
	age_text(c->birth_date, o->on, age, sizeof age);
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
	return 0;
}

/* A stream that hands what is written to the encoder as it comes, so the
 * list never has to be held in memory whole.  A character split between two
 * writes waits in `pend` for its other bytes. */
struct sink {
	struct textout *t;
	char pend[4];
	size_t npend;
};

/* Bytes of the UTF-8 sequence that starts with byte b. */
static size_t seq_len(unsigned char b)
{
	return b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

static ssize_t to_textout(void *cookie, const char *buf, size_t n)
{
	struct sink *k = cookie;
	size_t used = 0;
	if (k->npend) {
		while (k->npend < seq_len((unsigned char)k->pend[0]) && used < n)
			k->pend[k->npend++] = buf[used++];
		if (k->npend < seq_len((unsigned char)k->pend[0]))
			return (ssize_t)n;
		textout_write(k->t, k->pend, k->npend);
		k->npend = 0;
	}
	size_t end = n;
	for (size_t back = 1; back <= 3 && back <= n - used; back++) {
		unsigned char b = (unsigned char)buf[n - back];
		if ((b & 0xC0) == 0x80)
			continue; /* a continuation byte: look further back */
		if (b >= 0xC0 && seq_len(b) > back)
			end = n - back;
		break;
	}
	textout_write(k->t, buf + used, end - used);
	memcpy(k->pend, buf + end, n - end);
	k->npend = n - end;
	return (ssize_t)n;
}

static int sink_close(void *cookie)
{
	struct sink *k = cookie;
	if (k->npend)
		textout_write(k->t, k->pend, k->npend); /* a broken end stays broken */
	k->npend = 0;
	return 0;
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
static enum gp_status log_use(struct db *db, struct gp_date when, size_t children, size_t rows,
			      const char *format, struct gp_err *e)
{
	char detail[160], on[11];
	date_fmt_iso(when, on);
	snprintf(detail, sizeof detail, "due %s %s: %zu children, %zu items", on, format, children,
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

/* Writes the list through the encoder t, in order; the text table's widths
 * are measured (o). */
static enum gp_status write_list(struct db *db, const struct schedule *sched, struct out *o,
				 int csv, size_t children, size_t rows, struct textout *t,
				 struct gp_err *e)
{
	cookie_io_functions_t io = {.write = to_textout, .close = sink_close};
	struct sink sink = {.t = t};
	FILE *f = fopencookie(&sink, "w", io);
	if (!f)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	o->f = f;
	enum gp_status s = GP_OK;
	if (csv) {
		fputs(csv_header, f);
		s = due_rows(db, sched, o->on, csv_row, o, e);
	} else if (rows == 0) {
		char day[11];
		date_fmt_nl(o->on, day);
		fprintf(f, _("Niemand is op %s aan de beurt voor een contactmoment of "
			     "vaccinatie.\n"), day);
	} else {
		text_heading(o, children, rows);
		s = due_rows(db, sched, o->on, text_row, o, e);
	}
	fclose(f);
	o->f = NULL;
	return s;
}

/* Builds, logs and writes the list; the session is open.  Two reads of the
 * rows: in the children's order to count them (and measure the text
 * table's columns), then in the list's order to write them. */
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
	size_t children = 0, rows = 0;
	struct out o = {.on = on};
	heading_widths(&o);
	s = due_rows_unsorted(db, sched, on, csv ? NULL : measure_row, &o, &children, &rows, e);
	struct outfile of;
	if (s == GP_OK)
		s = outfile_open_force(&of, out, force, e);
	if (s == GP_OK) {
		/* logged before anything leaves the program */
		s = log_use(db, on, children, rows, csv ? "csv" : "txt", e);
		struct textout t;
		if (s == GP_OK)
			s = textout_init(&t, of.f, enc, e);
		if (s == GP_OK) {
			s = write_list(db, sched, &o, csv, children, rows, &t, e);
			textout_warning(&t, warning, sizeof warning);
			textout_end(&t);
		}
		if (s == GP_OK)
			s = outfile_commit(&of, e);
		else
			outfile_abort(&of);
	}
	if (s == GP_OK)
		cli_warn(warning);
	if (s == GP_OK && out)
		printf(_("De lijst staat in %s.\n"), out);
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
