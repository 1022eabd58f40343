/* form_draw.c — draws a form with ncursesw.  Text is written one character
 * at a time at the column the line editor computed, so what the terminal
 * shows always matches the cursor arithmetic, even when transliteration for
 * an ASCII terminal changes a character's width.  See form_draw.h. */
#include <string.h>
#include <wchar.h>

#include "draw.h"
#include "form_draw.h"
#include "form_int.h"
#include "i18n.h"
#include "text.h"

/* Sets w's attributes to a, colour pair included (a theme attr_t such as
 * COLOR_PAIR(n) | A_BOLD).  wattr_set() takes the attr_t as it is, where
 * wattrset() would narrow it to an int. */
static void set_attr(WINDOW *w, attr_t a)
{
	wattr_set(w, a, (short)PAIR_NUMBER(a), NULL);
}

/* Draws the character (cluster) at s[0..k) at y,x, sanitised.  With `cells`
 * > 0 it is padded or cut to exactly that many columns (ASCII output is cut
 * by bytes; UTF-8 output keeps its own width).  Returns the columns used. */
static int draw_cluster(WINDOW *w, int y, int x, const char *s, size_t k,
			int cells, int ascii)
{
	char raw[64], out[64];
	uint32_t cp;
	int used;

	if (k + 2 > sizeof raw)
		k = sizeof raw - 2;
	raw[0] = ' ';
	memcpy(raw + 1, s, k);
	raw[k + 1] = '\0';
	/* a combining mark with nothing before it gets a blank to sit on */
	int lone = utf8_decode(s, k, &cp) > 0 && cp >= 0x80 && wcwidth((wchar_t)cp) == 0;
	text_sanitize(lone ? raw : raw + 1, out, sizeof out, ascii);
	used = ascii ? (int)strlen(out) : (int)le_width(out, strlen(out));
	if (cells > 0 && used > cells && ascii) {
		out[cells] = '\0';
		used = cells;
	}
	mvwaddnstr(w, y, x, out, -1);
	while (cells > 0 && used < cells)
		mvwaddch(w, y, x + used++, ' ');
	return used;
}

/* Draws n bytes of s from y,x in at most maxw columns; with `fixed`, each
 * character takes exactly its display width (editor text).  Returns the
 * columns used. */
static int put_text(WINDOW *w, int y, int x, const char *s, size_t n, int maxw,
		     int fixed, int ascii)
{
	size_t p = 0;
	int col = 0, cw;

	while (p < n) {
		size_t k = le_cluster(s, n, p, &cw);
		if (fixed) {
			if (col + cw > maxw)
				break;
			draw_cluster(w, y, x + col, s + p, k, cw, ascii);
			col += cw;
		} else {
			char out[64], raw[64];
			size_t kk = k < sizeof raw - 1 ? k : sizeof raw - 1;
			memcpy(raw, s + p, kk);
			raw[kk] = '\0';
			text_sanitize(raw, out, sizeof out, ascii);
			int ow = ascii ? (int)strlen(out) : (int)le_width(out, strlen(out));
			if (ow < 1)
				ow = 1;
			if (col + ow > maxw)
				break;
			col += draw_cluster(w, y, x + col, s + p, k, 0, ascii);
		}
		p += k;
	}
	return col;
}

static void fill(WINDOW *w, int y, int x, int n)
{
	for (int i = 0; i < n; i++)
		mvwaddch(w, y, x + i, ' ');
}

static int text_width(const char *s, int ascii)
{
	char out[512];
	text_sanitize(s, out, sizeof out, ascii);
	return ascii ? (int)strlen(out) : (int)le_width(out, strlen(out));
}

static void draw_label(WINDOW *w, const struct form *f, const struct form_field *fl,
		       int y, const struct form_style *st)
{
	const char *label = form_label(fl);
	int lw = text_width(label, st->ascii);

	if (lw > f->label_w)
		lw = f->label_w;
	set_attr(w, st->label);
	put_text(w, y, f->label_w - lw, label, strlen(label), f->label_w, 0, st->ascii);
	if (fl->err[0]) {
		set_attr(w, st->error);
		mvwaddch(w, y, f->label_w + 1, '!');
	} else if (fl->def->required) {
		mvwaddch(w, y, f->label_w + 1, '*');
	}
}

/* A single-line text, date or number field. */
static void draw_line_value(WINDOW *w, const struct form *f,
			    const struct form_field *fl, int y, int ascii)
{
	struct le_view v;

	le_view(&fl->le, &v);
	fill(w, y, f->value_x, fl->width);
	put_text(w, y, f->value_x + v.pad, fl->le.buf + v.start, v.end - v.start,
		  fl->width - v.pad, 1, ascii);
}

/* A note: its visible lines, clipped at the window's body. */
static void draw_note_value(WINDOW *w, const struct form *f,
			    const struct form_field *fl, int y, int ascii)
{
	struct le_line lines[64];
	int row, col, h = fl->height < 64 ? fl->height : 64;
	int n = le_box_view(&fl->le, lines, h, &row, &col);

	for (int r = 0; r < h; r++) {
		if (y + r < 0 || y + r >= f->body_rows)
			continue;
		fill(w, y + r, f->value_x, fl->width);
		if (r < n)
			put_text(w, y + r, f->value_x, fl->le.buf + lines[r].start,
				  lines[r].end - lines[r].start, fl->width, 1, ascii);
	}
}

/* "── Metingen ────────" across the form, above the section's first field. */
static void draw_heading(WINDOW *w, const struct form *f, size_t i, int y,
			 const struct form_style *st)
{
	char buf[160];
	const char *h = form_heading(f, i, buf, sizeof buf);
	const char *line = st->ascii ? "-" : "\u2500";
	int x;

	if (!h || y < 0 || y >= f->body_rows)
		return;
	set_attr(w, st->heading);
	fill(w, y, 0, f->cols);
	x = put_text(w, y, 0, line, strlen(line), 1, 0, st->ascii);
	x += put_text(w, y, x, line, strlen(line), 1, 0, st->ascii);
	mvwaddch(w, y, x++, ' ');
	x += put_text(w, y, x, h, strlen(h), f->cols - x - 1, 0, st->ascii);
	mvwaddch(w, y, x++, ' ');
	while (x < f->cols)
		x += put_text(w, y, x, line, strlen(line), 1, 0, st->ascii);
}

/* A scale: its steps side by side, " 1   2  [3]  4   5 ", the chosen one in
 * brackets (so it shows without colour), then the chosen step's label. */
static void draw_scale_value(WINDOW *w, const struct form *f, const struct form_field *fl,
			     int y, int ascii)
{
	char shown[1024];
	int x = f->value_x, end = f->value_x + fl->width;
	fill(w, y, x, fl->width);
	for (size_t i = 0; i < fl->nchoices && x + FORM_SCALE_CELL <= end; i++) {
		int on = strcmp(fl->choices[i].code, fl->value) == 0;
		char cell[16];
		snprintf(cell, sizeof cell, on ? "[%zu]" : " %zu ", i + 1);
		put_text(w, y, x, cell, strlen(cell), FORM_SCALE_CELL, 0, ascii);
		x += FORM_SCALE_CELL;
	}
	form_field_display(fl, shown, sizeof shown);
	if (shown[0] && x + 2 < end)
		put_text(w, y, x + 1, shown, strlen(shown), end - x - 1, 0, ascii);
}

/* A password: one '*' per character. */
static void draw_secret_value(WINDOW *w, const struct form *f, const struct form_field *fl,
			      int y)
{
	int n = (int)fl->le.nchars;
	fill(w, y, f->value_x, fl->width);
	for (int i = 0; i < n && i < fl->width - 1; i++)
		mvwaddch(w, y, f->value_x + i, '*');
}

static void draw_field(WINDOW *w, const struct form *f, size_t i,
		       const struct form_style *st)
{
	const struct form_field *fl = &f->fields[i];
	int y = fl->row - f->top;
	struct form_style dim;

	if (fl->heading)
		draw_heading(w, f, i, y - 1, st);
	if (y >= f->body_rows || y + fl->height <= 0)
		return;
	if (fl->off) { /* switched off: shown, dimmed, as what does not count */
		dim = *st;
		dim.label = dim.value = dim.focus = st->help;
		st = &dim;
		if (y >= 0)
			draw_label(w, f, fl, y, st);
		set_attr(w, st->value);
	} else {
		if (y >= 0)
			draw_label(w, f, fl, y, st);
		set_attr(w, i == f->focus ? st->focus : st->value);
	}
	if (fl->def->type == FT_NOTE) {
		draw_note_value(w, f, fl, y, st->ascii);
		return;
	}
	if (y < 0)
		return;
	if (fl->def->type == FT_SECRET) {
		draw_secret_value(w, f, fl, y);
	} else if (fl->def->type == FT_SCALE) {
		draw_scale_value(w, f, fl, y, st->ascii);
	} else if (fl->def->type == FT_TEXT || fl->def->type == FT_DATE ||
		   fl->def->type == FT_NUMBER) {
		draw_line_value(w, f, fl, y, st->ascii);
	} else {
		char shown[1024];
		form_field_display(fl, shown, sizeof shown);
		fill(w, y, f->value_x, fl->width);
		put_text(w, y, f->value_x, shown, strlen(shown), fl->width, 0,
			  st->ascii);
	}
	if (fl->def->unit) {
		set_attr(w, st->label);
		put_text(w, y, f->value_x + fl->width + 1, _(fl->def->unit),
			  strlen(_(fl->def->unit)), f->cols - f->value_x - fl->width - 1,
			  0, st->ascii);
	}
}

static void draw_pick(WINDOW *w, const struct form *f, const struct form_style *st)
{
	const struct form_field *fl = &f->fields[f->focus];
	const char *zoek = _("Zoek: ");
	struct form_box b;
	struct le_view v;
	int lr, inner, zw;

	form_pick_box(f, &b, &lr);
	inner = b.w - 2;
	set_attr(w, st->picklist);
	for (int y = b.y; y < b.y + b.h; y++)
		fill(w, y, b.x, b.w);
	draw_box(w, b.y, b.x, b.h, b.w, st->ascii); /* not ACS: it shows as qqqq on some terminals */
	zw = put_text(w, b.y + 1, b.x + 1, zoek, strlen(zoek), inner, 0, st->ascii);
	le_view(&f->filter, &v);
	put_text(w, b.y + 1, b.x + 1 + zw + v.pad, f->filter.buf + v.start,
		  v.end - v.start, inner - zw - v.pad, 1, st->ascii);
	if (f->npick == 0) {
		const char *none = fl->nchoices ? _("(niets gevonden)") : _("(geen keuzes)");
		put_text(w, b.y + 2, b.x + 1, none, strlen(none), inner, 0, st->ascii);
		return;
	}
	for (int r = 0; r < lr && f->pick_top + (size_t)r < f->npick; r++) {
		size_t i = f->pick_top + (size_t)r;
		const struct form_choice *c = &fl->choices[f->pick[i]];
		int x = b.x + 1;
		set_attr(w, i == f->pick_sel ? st->selected : st->picklist);
		fill(w, b.y + 2 + r, x, inner);
		if (fl->def->type == FT_MULTI) {
			mvwaddstr(w, b.y + 2 + r, x, f->pick_mark[f->pick[i]] ? "[x] " : "[ ] ");
			x += 4;
		}
		put_text(w, b.y + 2 + r, x + 1, c->label, strlen(c->label),
			  b.x + b.w - 2 - x, 0, st->ascii);
	}
}

/* The bytes of s that fit in maxw columns, ending at a space when the
 * rest does not fit (a word is never split unless it is wider than maxw). */
static size_t line_fit(const char *s, size_t n, int maxw)
{
	size_t p = 0, last_space = 0;
	int col = 0, cw;
	while (p < n) {
		size_t k = le_cluster(s, n, p, &cw);
		if (col + (cw < 1 ? 1 : cw) > maxw)
			return last_space ? last_space : p;
		if (s[p] == ' ')
			last_space = p;
		col += cw < 1 ? 1 : cw;
		p += k;
	}
	return n;
}

/* The message line; a message longer than it goes on over the help line
 * (a refusal that names people, say), so it is read whole. */
static void draw_bottom(WINDOW *w, const struct form *f, const struct form_style *st)
{
	const struct form_field *fl = &f->fields[f->focus];
	const char *msg = form_message(f);
	size_t len = strlen(msg), first = line_fit(msg, len, f->cols);
	char help[512];

	set_attr(w, st->error);
	fill(w, f->rows - 2, 0, f->cols);
	put_text(w, f->rows - 2, 0, msg, first, f->cols, 0, st->ascii);
	fill(w, f->rows - 1, 0, f->cols);
	if (first < len) {
		const char *rest = msg + first + (msg[first] == ' ');
		put_text(w, f->rows - 1, 0, rest, strlen(rest), f->cols, 0, st->ascii);
		return;
	}
	set_attr(w, st->help);
	fill(w, f->rows - 1, 0, f->cols);
	help[0] = '\0';
	if (fl->def->help && fl->def->bds)
		snprintf(help, sizeof help, "%s  (BDS %d)", _(fl->def->help), fl->def->bds);
	else if (fl->def->help)
		snprintf(help, sizeof help, "%s", _(fl->def->help));
	else if (fl->def->bds)
		snprintf(help, sizeof help, "BDS %d", fl->def->bds);
	put_text(w, f->rows - 1, 0, help, strlen(help), f->cols, 0, st->ascii);
}

void form_draw(WINDOW *w, const struct form *f, const struct form_style *st)
{
	int y, x;

	set_attr(w, A_NORMAL);
	werase(w);
	for (size_t i = 0; i < f->n; i++)
		draw_field(w, f, i, st);
	draw_bottom(w, f, st);
	if (f->mode == FM_PICK)
		draw_pick(w, f, st);
	set_attr(w, A_NORMAL);
	if (form_cursor(f, &y, &x))
		wmove(w, y, x);
}
