/* form_bind.c — a form and its record: filling the fields from the members
 * they are bound to and collecting them back (groups included), the session
 * memory of remembered values, and the start-up check of a table.  See
 * form.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "form_int.h"
#include "i18n.h"
#include "text.h"
#include "validate.h"

enum { VALUE_BUF = 64 * 1024 }; /* room for the longest note, as UTF-8 */

/* ---- one member as text and back ------------------------------------------- */

static int *int_at(void *base, const struct form_bind *b)
{
	return (int *)(void *)((char *)base + b->off);
}

static const int *cint_at(const void *base, const struct form_bind *b)
{
	return (const int *)(const void *)((const char *)base + b->off);
}

/* The value of the member def is bound to in base (a record or an element),
 * as form_set() takes it. */
static void member_get(const struct form_field_def *def, const void *base, char *out,
		       size_t n)
{
	const struct form_bind *b = &def->bind;
	const char *p = (const char *)base + b->off;
	out[0] = '\0';
	switch (b->kind) {
	case FB_TEXT: {
		size_t len = strnlen(p, b->size);
		if (len >= n)
			len = n - 1;
		while (len > 0 && len < strnlen(p, b->size) && ((unsigned char)p[len] & 0xC0) == 0x80)
			len--; /* never half a character */
		memcpy(out, p, len);
		out[len] = '\0';
		break;
	}
	case FB_INT: {
		int v = *cint_at(base, b);
		if (def->type != FT_NUMBER) {
			snprintf(out, n, "%d", v);
		} else if (v != 0) {
			long long unit = form_pow10(form_decimals(def->decimals));
			long long scale = b->scale > 0 ? b->scale : 1;
			long long num = (long long)v * unit;
			long long shown = (num + (num < 0 ? -scale / 2 : scale / 2)) / scale;
			form_format_scaled(shown, def->decimals, out, n);
		}
		break;
	}
	case FB_DATE: {
		const struct gp_date *d = (const struct gp_date *)(const void *)p;
		if (d->y) {
			char buf[11];
			date_fmt_nl(*d, buf);
			snprintf(out, n, "%s", buf);
		}
		break;
	}
	case FB_BOOL:
		snprintf(out, n, "%s", *cint_at(base, b) ? "j" : "n");
		break;
	case FB_ANSWER: {
		int v = *cint_at(base, b);
		snprintf(out, n, "%s", v == 1 ? "j" : v == 2 ? "n" : "");
		break;
	}
	case FB_FN:
		b->get(base, b->arg, out, n);
		break;
	default:
		break;
	}
}

/* Stores a field's value into the member it is bound to in base. */
static void member_set(const struct form *f, const struct form_field *fl, void *base)
{
	const struct form_field_def *def = fl->def;
	const struct form_bind *b = &def->bind;
	const char *v = form_field_value(fl);
	char *p = (char *)base + b->off;
	switch (b->kind) {
	case FB_TEXT:
		text_copy(p, b->size, v);
		break;
	case FB_INT: {
		long long scaled;
		int *dst = int_at(base, b);
		if (def->type != FT_NUMBER) {
			*dst = v[0] ? (int)strtol(v, NULL, 10) : 0;
		} else if (form_blank(v) ||
			   form_parse_number(v, def->decimals, &scaled, NULL, 0) < 0) {
			*dst = 0;
		} else {
			long long unit = form_pow10(form_decimals(def->decimals));
			long long num = scaled * (b->scale > 0 ? b->scale : 1);
			*dst = (int)((num + (num < 0 ? -unit / 2 : unit / 2)) / unit);
		}
		break;
	}
	case FB_DATE: {
		struct gp_date d = {0, 0, 0};
		const char *why;
		if (!form_blank(v) && date_parse_nl(v, f->today, &d, &why) < 0)
			d = (struct gp_date){0, 0, 0};
		memcpy(p, &d, sizeof d);
		break;
	}
	case FB_BOOL:
		*int_at(base, b) = strcmp(v, "j") == 0;
		break;
	case FB_ANSWER:
		*int_at(base, b) = strcmp(v, "j") == 0 ? 1 : strcmp(v, "n") == 0 ? 2 : 0;
		break;
	case FB_FN:
		b->set(base, b->arg, v);
		break;
	default:
		break;
	}
}

/* ---- the record ------------------------------------------------------------ */

static int group_count(const struct form_group_def *g, const void *rec)
{
	int n;
	memcpy(&n, (const char *)rec + g->count_off, sizeof n);
	return n < 0 ? 0 : n > g->max ? g->max : n;
}

/* Number of consecutive definitions from d that share its group. */
static size_t group_width(const struct form_def *def, size_t d)
{
	size_t w = 0;
	while (d + w < def->n && def->fields[d + w].group == def->fields[d].group)
		w++;
	return w;
}

int form_fill(struct form *f, const void *rec)
{
	const struct form_def *def = f->def;
	char *buf = malloc(VALUE_BUF);
	int rc = 0;
	if (!buf)
		return -1;
	for (size_t d = 0; d < def->n && rc == 0;) {
		const struct form_field_def *fd = &def->fields[d];
		if (!fd->group) {
			if (fd->bind.kind != FB_NONE) {
				member_get(fd, rec, buf, VALUE_BUF);
				rc = form_put(f, d, 0, buf);
			}
			d++;
			continue;
		}
		const struct form_group_def *g = fd->group;
		size_t w = group_width(def, d);
		int rows = group_count(g, rec);
		for (int r = 0; r < rows && rc == 0; r++) {
			const char *elem = (const char *)rec + g->off + (size_t)r * g->elem_size;
			for (size_t k = 0; k < w && rc == 0; k++) {
				if (def->fields[d + k].bind.kind == FB_NONE)
					continue;
				member_get(&def->fields[d + k], elem, buf, VALUE_BUF);
				rc = form_put(f, d + k, r, buf);
			}
			for (size_t k = 0; k < w; k++) {
				struct form_field *fl = form_field_of(f, d + k, r);
				if (fl)
					fl->loaded = 1;
			}
		}
		d += w;
	}
	free(buf);
	form_mark_saved(f);
	return rc;
}

/* The rows of the group led by definition d, into its array: the rows whose
 * first field has a value, in order; each on the element it was filled from. */
static void collect_group(const struct form *f, size_t d, void *rec)
{
	const struct form_group_def *g = f->def->fields[d].group;
	size_t w = group_width(f->def, d), esz = g->elem_size;
	char *arr = (char *)rec + g->off;
	char *out = calloc((size_t)g->max, esz);
	int had = group_count(g, rec), kept = 0;
	if (!out)
		return;
	for (int r = 0; r < form_rows(f, d) && kept < g->max; r++) {
		const struct form_field *lead = form_field_of(f, d, r);
		if (!lead || form_blank(form_field_value(lead)))
			continue;
		char *elem = out + (size_t)kept * esz;
		if (r < had)
			memcpy(elem, arr + (size_t)r * esz, esz);
		for (size_t k = 0; k < w; k++) {
			const struct form_field *fl = form_field_of(f, d + k, r);
			if (fl && fl->def->bind.kind != FB_NONE)
				member_set(f, fl, elem);
		}
		kept++;
	}
	memcpy(arr, out, (size_t)g->max * esz);
	memcpy((char *)rec + g->count_off, &kept, sizeof kept);
	free(out);
}

void form_collect(const struct form *f, void *rec)
{
	const struct form_def *def = f->def;
	for (size_t d = 0; d < def->n;) {
		const struct form_field_def *fd = &def->fields[d];
		if (fd->group) {
			collect_group(f, d, rec);
			d += group_width(def, d);
			continue;
		}
		if (fd->bind.kind != FB_NONE)
			member_set(f, form_field_of(f, d, 0), rec);
		d++;
	}
}

/* ---- session memory ----------------------------------------------------------- */

const char *form_memory_get(const struct form_memory *m, const char *key)
{
	for (size_t i = 0; m && i < m->n; i++)
		if (strcmp(m->items[i].key, key) == 0)
			return m->items[i].value;
	return NULL;
}

int form_memory_set(struct form_memory *m, const char *key, const char *value)
{
	char *v = strdup(value);
	if (!v)
		return -1;
	for (size_t i = 0; i < m->n; i++) {
		if (strcmp(m->items[i].key, key) == 0) {
			free(m->items[i].value);
			m->items[i].value = v;
			return 0;
		}
	}
	if (m->n == m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 16;
		struct form_memory_item *grown = realloc(m->items, cap * sizeof *grown);
		if (!grown) {
			free(v);
			return -1;
		}
		m->items = grown;
		m->cap = cap;
	}
	m->items[m->n].key = strdup(key);
	if (!m->items[m->n].key) {
		free(v);
		return -1;
	}
	m->items[m->n++].value = v;
	return 0;
}

void form_memory_free(struct form_memory *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->items[i].key);
		free(m->items[i].value);
	}
	free(m->items);
	memset(m, 0, sizeof *m);
}

/* ---- the start-up check --------------------------------------------------------- */

/* Does a field with this key exist in the same group (or outside groups)? */
static int has_key(const struct form_def *def, const struct form_group_def *g,
		   const char *key)
{
	for (size_t i = 0; i < def->n; i++)
		if (def->fields[i].group == g && def->fields[i].key &&
		    strcmp(def->fields[i].key, key) == 0)
			return 1;
	return 0;
}

/* The smallest member that holds a text field's longest value. */
static size_t text_room(const struct form_field_def *fd)
{
	size_t chars = (size_t)fd->max_chars;
	if (fd->norm_chars > 0 && fd->validate)
		return (size_t)fd->norm_chars + 1;
	if (chars == 0)
		chars = fd->type == FT_NOTE ? NOTE_MAX_CHARS : TEXT_MAX_CHARS;
	return chars * 4 + 1;
}

static const char *check_bind(const struct form_def *def, const struct form_field_def *fd)
{
	const struct form_bind *b = &fd->bind;
	size_t room = fd->group ? fd->group->elem_size : def->rec_size;
	enum form_type t = fd->type;
	switch (b->kind) {
	case FB_NONE:
		return NULL;
	case FB_TEXT:
		if (t == FT_DATE || t == FT_NUMBER || t == FT_YESNO)
			return "a text member for a date, number or yes/no field";
		if ((t == FT_TEXT || t == FT_NOTE || t == FT_SECRET) && b->size < text_room(fd))
			return "a text member too small for max_chars";
		if (b->size < 2)
			return "a text member too small";
		break;
	case FB_INT:
		if (b->size != sizeof(int) || (t != FT_NUMBER && t != FT_CHOICE && t != FT_SCALE))
			return "an int member needs a number or choice field";
		if (b->scale < 0)
			return "a negative scale";
		break;
	case FB_DATE:
		if (b->size != sizeof(struct gp_date) || t != FT_DATE)
			return "a date member needs a date field";
		break;
	case FB_BOOL:
	case FB_ANSWER:
		if (b->size != sizeof(int) || t != FT_YESNO)
			return "a yes/no member needs an int and a yes/no field";
		break;
	case FB_FN:
		if (!b->get || !b->set)
			return "an accessor without get or set";
		return NULL;
	default:
		return "an unknown binding";
	}
	if (room == 0 || b->off + b->size > room)
		return "a member outside the record";
	return NULL;
}

static const char *check_group(const struct form_def *def, size_t i)
{
	const struct form_group_def *g = def->fields[i].group;
	if (!g)
		return NULL;
	if (i > 0 && def->fields[i - 1].group != g)
		for (size_t k = 0; k + 1 < i; k++)
			if (def->fields[k].group == g)
				return "its group's fields are not consecutive";
	if (!g->key || !g->row_label || !strstr(g->row_label, "%d") || g->max < 1 ||
	    g->elem_size == 0)
		return "an incomplete group";
	if (def->rec_size && (g->off + g->elem_size * (size_t)g->max > def->rec_size ||
			      g->count_off + sizeof(int) > def->rec_size))
		return "a group outside the record";
	return NULL;
}

static const char *check_field_def(const struct form_def *def, size_t i)
{
	const struct form_field_def *fd = &def->fields[i];
	const char *why;
	if (!fd->key || !fd->key[0] || !fd->label)
		return "no key or label (a hole in the table?)";
	if ((unsigned)fd->type > FT_SCALE)
		return "an unknown type";
	for (size_t k = 0; k < i; k++)
		if (def->fields[k].group == fd->group && def->fields[k].key &&
		    strcmp(def->fields[k].key, fd->key) == 0)
			return "a key used twice";
	if ((why = check_bind(def, fd)) || (why = check_group(def, i)))
		return why;
	if ((fd->type == FT_CHOICE || fd->type == FT_MULTI || fd->type == FT_SCALE) && !fd->list &&
	    !fd->choices)
		return "a choice field without a code list";
	if (fd->label_list && !fd->bds)
		return "a label from a list without a bds number to look up";
	if (fd->type == FT_NUMBER && (fd->decimals < 0 || fd->decimals > 6 || fd->alt_scale < 0))
		return "decimals or alt_scale out of range";
	if (fd->remember_by && (!fd->remember || !has_key(def, fd->group, fd->remember_by)))
		return "remember_by names no field of its row";
	if (fd->ask_if) {
		const char *eq = strchr(fd->ask_if, '=');
		char key[64];
		if (!eq || (size_t)(eq - fd->ask_if) >= sizeof key)
			return "ask_if is not key=value";
		snprintf(key, sizeof key, "%.*s", (int)(eq - fd->ask_if), fd->ask_if);
		if (!has_key(def, fd->group, key))
			return "ask_if names no field of its row";
	}
	if (fd->rule) {
		if (!fd->rule->name || !fd->rule->check || !fd->rule->keys[0])
			return "an incomplete rule";
		for (int k = 0; k < FORM_RULE_KEYS && fd->rule->keys[k]; k++)
			if (!has_key(def, fd->group, fd->rule->keys[k]))
				return "its rule names a field that does not exist";
	}
	return NULL;
}

int form_def_check(const struct form_def *def, char *msg, size_t msgsz)
{
	if (!def || !def->name || !def->fields || def->n == 0) {
		snprintf(msg, msgsz, "form table without a name or fields");
		return -1;
	}
	for (size_t i = 0; i < def->n; i++) {
		const char *why = check_field_def(def, i);
		if (why) {
			const char *key = def->fields[i].key;
			snprintf(msg, msgsz, "form %s, field %zu (%s): %s", def->name, i,
				 key ? key : "?", why);
			return -1;
		}
	}
	return 0;
}
