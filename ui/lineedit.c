/* lineedit.c — the line editor: buffer edits, cursor motion by character,
 * display-column measuring, horizontal scrolling for one line and soft-wrapped
 * layout for notes.  See lineedit.h. */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "keys.h"
#include "lineedit.h"
#include "text.h"

/* ---- measuring ---------------------------------------------------------- */

/* Display width of one code point; unknown ones (wcwidth -1) take 1. */
static int cp_width(uint32_t cp)
{
	int w = wcwidth((wchar_t)cp);
	return w < 0 ? 1 : w;
}

size_t le_cluster(const char *s, size_t len, size_t pos, int *width)
{
	uint32_t cp;
	int k;
	size_t p;

	*width = 0;
	if (pos >= len)
		return 0;
	k = utf8_decode(s + pos, len - pos, &cp);
	if (k == 0) { /* not in an editor buffer, but in labels from data */
		k = 1;
		cp = 0xFFFD;
	}
	if (cp == '\n')
		return 1;
	*width = cp_width(cp);
	if (*width == 0)
		*width = 1; /* a combining mark with no base before it */
	p = pos + (size_t)k;
	while (p < len) {
		k = utf8_decode(s + p, len - p, &cp);
		if (k == 0 || cp == '\n' || wcwidth((wchar_t)cp) != 0)
			break;
		p += (size_t)k;
	}
	return p - pos;
}

size_t le_width(const char *s, size_t n)
{
	size_t col = 0, p = 0;
	int w;
	while (p < n) {
		size_t k = le_cluster(s, n, p, &w);
		col += (size_t)w;
		p += k;
	}
	return col;
}

/* Start of the character before pos (pos > 0). */
static size_t prev_boundary(const struct lineedit *le, size_t pos)
{
	size_t ls, p;
	int w;

	if (pos == 0)
		return 0;
	if (le->buf[pos - 1] == '\n')
		return pos - 1;
	ls = pos - 1;
	while (ls > 0 && le->buf[ls - 1] != '\n')
		ls--;
	p = ls;
	for (;;) {
		size_t q = p + le_cluster(le->buf, le->len, p, &w);
		if (q >= pos)
			return p;
		p = q;
	}
}

static size_t next_boundary(const struct lineedit *le, size_t pos)
{
	int w;
	return pos + le_cluster(le->buf, le->len, pos, &w);
}

static size_t count_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

static int is_space(char c)
{
	return c == ' ' || c == '\n';
}

/* ---- soft-wrapped layout (multi-line) ----------------------------------- */

/* Walks the visual lines of a note.  A line that ends because the next
 * character did not fit is "soft": its end belongs to the next line. */
struct layout {
	size_t pos; /* where the next visual line starts */
	int done;   /* 1 after the last line */
};

/* Fills *ln with the next visual line; *soft tells whether it wrapped.
 * Returns 0 when there are no more lines. */
static int layout_next(const struct lineedit *le, struct layout *it,
		       struct le_line *ln, int *soft)
{
	size_t start = it->pos, q = start, brk = start;
	size_t W = (size_t)le->width, col = 0;
	int w;

	if (it->done)
		return 0;
	for (;;) {
		if (q == le->len || le->buf[q] == '\n') {
			ln->start = start;
			ln->end = q;
			if (col >= W && q > start) {
				/* a full last line: the cursor after it needs
				 * a cell, so an empty line follows */
				*soft = 1;
				it->pos = q;
			} else {
				*soft = 0;
				if (q == le->len)
					it->done = 1;
				else
					it->pos = q + 1;
			}
			return 1;
		}
		size_t k = le_cluster(le->buf, le->len, q, &w);
		if (col + (size_t)w > W && q > start) {
			ln->start = start;
			ln->end = brk > start ? brk : q;
			*soft = 1;
			it->pos = ln->end;
			return 1;
		}
		col += (size_t)w;
		q += k;
		if (le->buf[q - 1] == ' ')
			brk = q;
	}
}

/* Does visual line ln (soft or not) hold the cursor position pos? */
static int line_holds(const struct le_line *ln, int soft, size_t pos)
{
	return ln->start <= pos && (pos < ln->end || (pos == ln->end && !soft));
}

/* Index and extent of the visual line holding pos. */
static size_t find_line(const struct lineedit *le, size_t pos,
			struct le_line *out, int *out_soft)
{
	struct layout it = {0, 0};
	struct le_line ln;
	int soft;
	size_t i = 0;

	while (layout_next(le, &it, &ln, &soft)) {
		if (line_holds(&ln, soft, pos)) {
			*out = ln;
			*out_soft = soft;
			return i;
		}
		i++;
	}
	/* not reached: every position is on some line */
	out->start = out->end = le->len;
	*out_soft = 0;
	return i ? i - 1 : 0;
}

/* Visual line number k; 0 when there is no such line. */
static int nth_line(const struct lineedit *le, size_t k, struct le_line *out,
		    int *out_soft)
{
	struct layout it = {0, 0};
	size_t i = 0;

	while (layout_next(le, &it, out, out_soft))
		if (i++ == k)
			return 1;
	return 0;
}

void le_box_cursor(const struct lineedit *le, int *row, int *col)
{
	struct le_line ln;
	int soft;
	size_t k = find_line(le, le->cur, &ln, &soft);

	*row = (int)(k - le->vscroll);
	*col = (int)le_width(le->buf + ln.start, le->cur - ln.start);
}

size_t le_line_count(const struct lineedit *le)
{
	struct layout it = {0, 0};
	struct le_line ln;
	int soft;
	size_t n = 0;

	while (layout_next(le, &it, &ln, &soft))
		n++;
	return n;
}

/* The position in line ln closest to display column goal without passing it. */
static size_t pos_at_col(const struct lineedit *le, const struct le_line *ln,
			 int soft, size_t goal)
{
	size_t p = ln->start, col = 0;
	int w;

	while (p < ln->end) {
		size_t k = le_cluster(le->buf, le->len, p, &w);
		if (col + (size_t)w > goal)
			break;
		col += (size_t)w;
		p += k;
	}
	if (soft && p == ln->end && p > ln->start)
		p = prev_boundary(le, p);
	return p;
}

/* ---- scrolling ----------------------------------------------------------- */

static void fix_hscroll(struct lineedit *le)
{
	size_t W = (size_t)le->width;
	size_t c = le_width(le->buf, le->cur);
	size_t total = le_width(le->buf, le->len);
	int w;
	size_t need = 1;

	if (le_cluster(le->buf, le->len, le->cur, &w) > 0 && w > 1)
		need = (size_t)w; /* show the whole wide character under the cursor */
	if (c < le->hscroll)
		le->hscroll = c;
	if (c + need > le->hscroll + W)
		le->hscroll = c + need - W;
	/* do not leave empty room at the right while text is hidden at the left */
	if (le->hscroll > 0 && total + 1 < le->hscroll + W)
		le->hscroll = total + 1 > W ? total + 1 - W : 0;
	if (le->hscroll > c)
		le->hscroll = c;
}

static void fix_vscroll(struct lineedit *le)
{
	struct le_line ln;
	int soft;
	size_t H = (size_t)le->height;
	size_t k = find_line(le, le->cur, &ln, &soft);
	size_t n = le_line_count(le);

	if (n > H && le->vscroll > n - H)
		le->vscroll = n - H;
	if (n <= H)
		le->vscroll = 0;
	if (k < le->vscroll)
		le->vscroll = k;
	if (k >= le->vscroll + H)
		le->vscroll = k - H + 1;
}

static void fix_scroll(struct lineedit *le)
{
	if (le->multiline)
		fix_vscroll(le);
	else
		fix_hscroll(le);
}

/* ---- buffer -------------------------------------------------------------- */

static int reserve(struct lineedit *le, size_t need)
{
	size_t cap = le->cap;
	char *nb;

	if (need + 1 <= cap)
		return 0;
	while (cap < need + 1)
		cap = cap < 64 ? 64 : cap * 2;
	nb = realloc(le->buf, cap);
	if (!nb)
		return -1;
	le->buf = nb;
	le->cap = cap;
	return 0;
}

static int insert_bytes(struct lineedit *le, const char *s, size_t n)
{
	if (reserve(le, le->len + n) < 0)
		return -1;
	memmove(le->buf + le->cur + n, le->buf + le->cur, le->len - le->cur + 1);
	memcpy(le->buf + le->cur, s, n);
	le->len += n;
	le->cur += n;
	le->nchars += count_chars(s, n);
	return 0;
}

/* Removes bytes [a, b) and puts the cursor at a. */
static void delete_range(struct lineedit *le, size_t a, size_t b)
{
	if (a >= b)
		return;
	le->nchars -= count_chars(le->buf + a, b - a);
	memmove(le->buf + a, le->buf + b, le->len - b + 1);
	le->len -= b - a;
	le->cur = a;
}

/* Cleans pasted or loaded text: see le_insert.  Returns a new string with its
 * byte length in *n, or NULL when memory runs out. */
static char *clean_text(const struct lineedit *le, const char *s, size_t *n)
{
	size_t sl = strlen(s), o = 0;
	char *out = malloc(sl + 1);

	if (!out)
		return NULL;
	while (sl > 0) {
		uint32_t cp;
		int k = utf8_decode(s, sl, &cp);
		if (k == 0) {
			s++;
			sl--;
			continue;
		}
		if (cp == '\r' && sl > 1 && s[1] == '\n') {
			s++;
			sl--;
			continue; /* CR LF: the LF follows */
		}
		if (cp == '\r')
			cp = '\n';
		if (cp == '\t' || (cp == '\n' && !le->multiline))
			cp = ' ';
		if (cp == '\n' || !text_is_control(cp))
			o += (size_t)utf8_encode(cp, out + o);
		s += k;
		sl -= (size_t)k;
	}
	out[o] = '\0';
	*n = o;
	return out;
}

/* Byte length of the first `chars` code points of s. */
static size_t prefix_bytes(const char *s, size_t n, size_t chars)
{
	size_t i = 0;
	while (i < n) {
		if (((unsigned char)s[i] & 0xC0) != 0x80) {
			if (chars == 0)
				break;
			chars--;
		}
		i++;
	}
	return i;
}

/* ---- public: life cycle -------------------------------------------------- */

int le_init(struct lineedit *le, size_t max_chars, int multiline)
{
	memset(le, 0, sizeof *le);
	le->max_chars = max_chars;
	le->multiline = multiline;
	le->width = 20;
	le->height = multiline ? 4 : 1;
	le->goal_col = -1;
	le->buf = calloc(1, 64);
	le->orig = calloc(1, 1);
	if (!le->buf || !le->orig) {
		le_free(le);
		return -1;
	}
	le->cap = 64;
	return 0;
}

void le_free(struct lineedit *le)
{
	free(le->buf);
	free(le->orig);
	le->buf = le->orig = NULL;
	le->len = le->cap = le->cur = le->nchars = 0;
}

void le_set_size(struct lineedit *le, int width, int height)
{
	le->width = width < 1 ? 1 : width;
	le->height = height < 1 ? 1 : height;
	if (!le->multiline)
		le->height = 1;
	fix_scroll(le);
}

int le_replace_text(struct lineedit *le, const char *s)
{
	size_t n;
	char *t = clean_text(le, s, &n);

	if (!t)
		return -1;
	le->len = le->cur = le->nchars = 0;
	le->buf[0] = '\0';
	le->hscroll = le->vscroll = 0;
	le->goal_col = -1;
	if (insert_bytes(le, t, n) < 0) {
		free(t);
		return -1;
	}
	free(t);
	fix_scroll(le);
	return 0;
}

int le_set_text(struct lineedit *le, const char *s)
{
	if (le_replace_text(le, s) < 0)
		return -1;
	return le_mark_saved(le);
}

const char *le_text(const struct lineedit *le)
{
	return le->buf;
}

int le_changed(const struct lineedit *le)
{
	return strcmp(le->buf, le->orig) != 0;
}

int le_mark_saved(struct lineedit *le)
{
	char *o = strdup(le->buf);
	if (!o)
		return -1;
	free(le->orig);
	le->orig = o;
	return 0;
}

/* ---- public: editing ----------------------------------------------------- */

enum le_result le_insert(struct lineedit *le, const char *text)
{
	size_t n, chars, take;
	enum le_result r = LE_HANDLED;
	char *t = clean_text(le, text, &n);

	if (!t)
		return LE_REFUSED;
	chars = count_chars(t, n);
	take = n;
	if (le->max_chars > 0) {
		size_t room = le->nchars < le->max_chars ? le->max_chars - le->nchars : 0;
		if (chars > room) {
			take = prefix_bytes(t, n, room);
			r = LE_REFUSED;
		}
	}
	if (take > 0 && insert_bytes(le, t, take) < 0)
		r = LE_REFUSED;
	free(t);
	le->goal_col = -1;
	fix_scroll(le);
	return r;
}

static enum le_result insert_cp(struct lineedit *le, uint32_t cp)
{
	char b[4];
	int k = utf8_encode(cp, b);

	if (le->max_chars > 0 && le->nchars >= le->max_chars)
		return LE_REFUSED;
	if (insert_bytes(le, b, (size_t)k) < 0)
		return LE_REFUSED;
	return LE_HANDLED;
}

static size_t word_left(const struct lineedit *le, size_t p)
{
	while (p > 0 && is_space(le->buf[prev_boundary(le, p)]))
		p = prev_boundary(le, p);
	while (p > 0 && !is_space(le->buf[prev_boundary(le, p)]))
		p = prev_boundary(le, p);
	return p;
}

static size_t word_right(const struct lineedit *le, size_t p)
{
	while (p < le->len && is_space(le->buf[p]))
		p = next_boundary(le, p);
	while (p < le->len && !is_space(le->buf[p]))
		p = next_boundary(le, p);
	return p;
}

/* Start and end of the logical (newline-delimited) line around the cursor. */
static size_t para_start(const struct lineedit *le)
{
	size_t p = le->cur;
	while (p > 0 && le->buf[p - 1] != '\n')
		p--;
	return p;
}

static size_t para_end(const struct lineedit *le)
{
	size_t p = le->cur;
	while (p < le->len && le->buf[p] != '\n')
		p++;
	return p;
}

/* Home/End on a multi-line box: the visual line's edges. */
static size_t vline_edge(const struct lineedit *le, int end)
{
	struct le_line ln;
	int soft;

	find_line(le, le->cur, &ln, &soft);
	if (!end)
		return ln.start;
	if (soft && ln.end > ln.start)
		return prev_boundary(le, ln.end);
	return ln.end;
}

/* Up (dir -1) or Down (+1) by `n` visual lines; LE_UNHANDLED at the edge. */
static enum le_result move_vertical(struct lineedit *le, int dir, size_t n)
{
	struct le_line ln;
	int soft;
	size_t k = find_line(le, le->cur, &ln, &soft);
	size_t lines = le_line_count(le), target;

	if ((dir < 0 && k == 0) || (dir > 0 && k + 1 >= lines))
		return LE_UNHANDLED;
	if (le->goal_col < 0)
		le->goal_col = (long)le_width(le->buf + ln.start, le->cur - ln.start);
	if (dir < 0)
		target = k >= n ? k - n : 0;
	else
		target = k + n < lines ? k + n : lines - 1;
	if (nth_line(le, target, &ln, &soft))
		le->cur = pos_at_col(le, &ln, soft, (size_t)le->goal_col);
	return LE_HANDLED;
}

static enum le_result multiline_do(struct lineedit *le, enum action act)
{
	switch (act) {
	case ACT_NEWLINE:
		le->goal_col = -1;
		return insert_cp(le, '\n');
	case ACT_UP:
		return move_vertical(le, -1, 1);
	case ACT_DOWN:
		return move_vertical(le, 1, 1);
	case ACT_PGUP:
		return move_vertical(le, -1, (size_t)le->height);
	case ACT_PGDN:
		return move_vertical(le, 1, (size_t)le->height);
	default:
		return LE_UNHANDLED;
	}
}

/* Actions that move or delete; LE_UNHANDLED for anything else. */
static enum le_result edit_do(struct lineedit *le, enum action act)
{
	switch (act) {
	case ACT_CHAR_PREV:
		le->cur = prev_boundary(le, le->cur);
		break;
	case ACT_CHAR_NEXT:
		le->cur = next_boundary(le, le->cur);
		break;
	case ACT_LINE_START:
		le->cur = le->multiline ? vline_edge(le, 0) : 0;
		break;
	case ACT_LINE_END:
		le->cur = le->multiline ? vline_edge(le, 1) : le->len;
		break;
	case ACT_WORD_PREV:
		le->cur = word_left(le, le->cur);
		break;
	case ACT_WORD_NEXT:
		le->cur = word_right(le, le->cur);
		break;
	case ACT_DEL_PREV:
		delete_range(le, prev_boundary(le, le->cur), le->cur);
		break;
	case ACT_DEL_NEXT:
		delete_range(le, le->cur, next_boundary(le, le->cur));
		break;
	case ACT_KILL_START:
		delete_range(le, le->multiline ? para_start(le) : 0, le->cur);
		break;
	case ACT_KILL_END:
		if (le->multiline && le->cur < le->len && le->buf[le->cur] == '\n')
			delete_range(le, le->cur, le->cur + 1);
		else
			delete_range(le, le->cur, le->multiline ? para_end(le) : le->len);
		break;
	case ACT_KILL_WORD:
		delete_range(le, word_left(le, le->cur), le->cur);
		break;
	default:
		return LE_UNHANDLED;
	}
	return LE_HANDLED;
}

enum le_result le_do(struct lineedit *le, enum action act)
{
	enum le_result r;

	if (le->multiline) {
		r = multiline_do(le, act);
		if (r != LE_UNHANDLED || act == ACT_UP || act == ACT_DOWN ||
		    act == ACT_PGUP || act == ACT_PGDN) {
			fix_scroll(le);
			return r;
		}
	}
	r = edit_do(le, act);
	if (r != LE_UNHANDLED) {
		le->goal_col = -1;
		fix_scroll(le);
	}
	return r;
}

enum le_result le_type(struct lineedit *le, int cp)
{
	enum le_result r;

	if (cp < 0x20 || cp >= GK_BASE || (cp >= 0xD800 && cp <= 0xDFFF) ||
	    text_is_control((uint32_t)cp))
		return LE_UNHANDLED;
	r = insert_cp(le, (uint32_t)cp);
	le->goal_col = -1;
	fix_scroll(le);
	return r;
}

/* The keymaps of a single line and of a note (docs/product.md §3). */
static const struct screen_key line_keys[] = {
	{ACT_CHAR_PREV, NULL}, {ACT_CHAR_NEXT, NULL}, {ACT_WORD_PREV, NULL},
	{ACT_WORD_NEXT, NULL}, {ACT_LINE_START, NULL}, {ACT_LINE_END, NULL},
	{ACT_DEL_PREV, NULL}, {ACT_DEL_NEXT, NULL}, {ACT_KILL_START, NULL},
	{ACT_KILL_END, NULL}, {ACT_KILL_WORD, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key note_keys[] = {
	{ACT_NEWLINE, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL},
	{ACT_CHAR_PREV, NULL}, {ACT_CHAR_NEXT, NULL}, {ACT_WORD_PREV, NULL},
	{ACT_WORD_NEXT, NULL}, {ACT_LINE_START, NULL}, {ACT_LINE_END, NULL},
	{ACT_DEL_PREV, NULL}, {ACT_DEL_NEXT, NULL}, {ACT_KILL_START, NULL},
	{ACT_KILL_END, NULL}, {ACT_KILL_WORD, NULL}, {ACT_NONE, NULL},
};

const struct screen_key *le_keymap(const struct lineedit *le)
{
	return le->multiline ? note_keys : line_keys;
}

enum le_result le_key(struct lineedit *le, int key)
{
	enum action act = keys_lookup(le_keymap(le), 1, key);
	return act != ACT_NONE ? le_do(le, act) : le_type(le, key);
}

/* ---- public: views ------------------------------------------------------- */

void le_view(const struct lineedit *le, struct le_view *v)
{
	size_t W = (size_t)le->width, p = 0, col = 0;
	int w;

	v->col0 = le->hscroll;
	/* skip what lies left of the edge, including a wide char cut by it */
	while (p < le->len) {
		size_t k = le_cluster(le->buf, le->len, p, &w);
		if (col >= le->hscroll)
			break;
		col += (size_t)w;
		p += k;
	}
	v->start = p;
	v->pad = (int)(col - le->hscroll);
	while (p < le->len) {
		size_t k = le_cluster(le->buf, le->len, p, &w);
		if (col + (size_t)w > le->hscroll + W)
			break;
		col += (size_t)w;
		p += k;
	}
	v->end = p;
	v->cursor_col = (int)(le_width(le->buf, le->cur) - le->hscroll);
}

int le_box_view(const struct lineedit *le, struct le_line *lines, int max,
		int *cur_row, int *cur_col)
{
	struct layout it = {0, 0};
	struct le_line ln;
	int soft, n = 0;
	size_t i = 0;

	*cur_row = *cur_col = 0;
	while (layout_next(le, &it, &ln, &soft)) {
		if (i >= le->vscroll && n < max) {
			lines[n] = ln;
			if (line_holds(&ln, soft, le->cur)) {
				*cur_row = n;
				*cur_col = (int)le_width(le->buf + ln.start,
							le->cur - ln.start);
			}
			n++;
		}
		i++;
	}
	return n;
}
