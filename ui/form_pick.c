/* form_pick.c — the pick list of a choice or multi-choice field: its box,
 * filtering by what is typed (accents and case ignored, labels that start
 * with it first), moving, choosing, and the ticks of a multi-choice until
 * Enter.  See form.h; the engine's other parts are in form.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "form.h"
#include "form_int.h"
#include "i18n.h"
#include "text.h"

enum { FILTER_MAX_CHARS = 60 }; /* as form.c's */

/* Is `code` one of the comma-separated codes in list? */
static int list_has(const char *list, const char *code)
{
	size_t cl = strlen(code);
	const char *p = list;

	while (*p) {
		const char *e = strchr(p, ',');
		size_t l = e ? (size_t)(e - p) : strlen(p);
		if (l == cl && strncmp(p, code, l) == 0)
			return 1;
		p += l;
		if (*p == ',')
			p++;
	}
	return 0;
}

void form_pick_box(const struct form *f, struct form_box *b, int *list_rows)
{
	const struct form_field *fl = &f->fields[f->focus];
	const char *zoek = _("Zoek: ");
	int w = (int)le_width(zoek, strlen(zoek)) + 16;
	int extra = fl->def->type == FT_MULTI ? 4 : 0; /* "[x] " */
	int lr;

	for (size_t i = 0; i < fl->nchoices; i++) {
		const char *l = fl->choices[i].label;
		int lw = (int)le_width(l, strlen(l)) + extra + 2;
		if (lw > w)
			w = lw;
	}
	w += 2; /* borders */
	if (w > f->cols)
		w = f->cols;
	lr = fl->nchoices > 0 ? (int)fl->nchoices : 1;
	if (lr > f->rows - 3)
		lr = f->rows - 3;
	if (lr < 1)
		lr = 1;
	b->w = w;
	b->h = lr + 3; /* top border, filter line, entries, bottom border */
	b->x = f->value_x;
	if (b->x + b->w > f->cols)
		b->x = f->cols - b->w;
	if (b->x < 0)
		b->x = 0;
	b->y = fl->row - f->top + 1;
	if (b->y + b->h > f->rows)
		b->y = f->rows - b->h;
	if (b->y < 0)
		b->y = 0;
	*list_rows = lr;
}

static void pick_keep_visible(struct form *f)
{
	struct form_box b;
	int lr;

	form_pick_box(f, &b, &lr);
	if (f->pick_sel < f->pick_top)
		f->pick_top = f->pick_sel;
	if (f->pick_sel >= f->pick_top + (size_t)lr)
		f->pick_top = f->pick_sel - (size_t)lr + 1;
}

/* Recomputes the entries matching the filter: a case- and accent-insensitive
 * substring of the label ("tur" finds "Turks", "gulsen" finds "Gülşen");
 * labels that start with it come first ("p" picks Pneu before DKTP). */
void form_pick_filter(struct form *f)
{
	const struct form_field *fl = &f->fields[f->focus];
	char want[FILTER_MAX_CHARS * 4 + 16], have[512];

	text_fold(le_text(&f->filter), want, sizeof want);
	f->npick = 0;
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < fl->nchoices; i++) {
			text_fold(fl->choices[i].label, have, sizeof have);
			const char *at = strstr(have, want);
			if (at && (at == have) == (pass == 0))
				f->pick[f->npick++] = i;
		}
	}
	f->pick_sel = 0;
	f->pick_top = 0;
}

void form_pick_open(struct form *f, int first_key)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t n = fl->nchoices ? fl->nchoices : 1;
	struct form_box b;
	int lr;

	free(f->pick);
	free(f->pick_mark);
	f->pick = calloc(n, sizeof *f->pick);
	f->pick_mark = calloc(n, 1);
	if (!f->pick || !f->pick_mark) {
		snprintf(f->notice, sizeof f->notice, "%s",
			 _("Te weinig geheugen om de lijst te openen."));
		return;
	}
	for (size_t i = 0; i < fl->nchoices; i++)
		f->pick_mark[i] = (unsigned char)list_has(fl->value, fl->choices[i].code);
	le_set_text(&f->filter, "");
	if (first_key)
		le_type(&f->filter, first_key);
	f->mode = FM_PICK;
	form_pick_box(f, &b, &lr);
	le_set_size(&f->filter, b.w - 2 - (int)le_width(_("Zoek: "), strlen(_("Zoek: "))), 1);
	form_pick_filter(f);
	/* opened with Space: start on the current value when it is in the list
	 * (opened by typing, the best match of what is typed comes first) */
	for (size_t i = 0; !first_key && i < f->npick; i++)
		if (strcmp(fl->choices[f->pick[i]].code, fl->value) == 0)
			f->pick_sel = i;
	pick_keep_visible(f);
}

static void pick_close(struct form *f)
{
	f->mode = FM_EDIT;
	free(f->pick);
	free(f->pick_mark);
	f->pick = NULL;
	f->pick_mark = NULL;
	f->npick = 0;
}

/* Multi-choice: the ticked codes, in list order, become the value. */
static void pick_commit_multi(struct form *f)
{
	struct form_field *fl = &f->fields[f->focus];
	size_t sz = 1, o = 0;
	char *v;

	for (size_t i = 0; i < fl->nchoices; i++)
		if (f->pick_mark[i])
			sz += strlen(fl->choices[i].code) + 1;
	v = malloc(sz);
	if (!v)
		return;
	v[0] = '\0';
	for (size_t i = 0; i < fl->nchoices; i++) {
		if (!f->pick_mark[i])
			continue;
		o += (size_t)sprintf(v + o, "%s%s", o ? "," : "", fl->choices[i].code);
	}
	free(fl->value);
	fl->value = v;
}

static void pick_move(struct form *f, long delta)
{
	long s = (long)f->pick_sel + delta;

	if (f->npick == 0)
		return;
	if (s < 0)
		s = 0;
	if (s >= (long)f->npick)
		s = (long)f->npick - 1;
	f->pick_sel = (size_t)s;
	pick_keep_visible(f);
}

enum form_result form_pick_do(struct form *f, enum action act, int ch)
{
	struct form_field *fl = &f->fields[f->focus];
	int multi = fl->def->type == FT_MULTI;
	struct form_box b;
	int lr;

	form_pick_box(f, &b, &lr);
	switch (act) {
	case ACT_CANCEL:
		pick_close(f);
		break;
	case ACT_UP:
		pick_move(f, -1);
		break;
	case ACT_DOWN:
		pick_move(f, 1);
		break;
	case ACT_PGUP:
		pick_move(f, -lr);
		break;
	case ACT_PGDN:
		pick_move(f, lr);
		break;
	case ACT_OPEN:
		if (multi) {
			pick_commit_multi(f);
		} else if (f->npick > 0) {
			form_set_string(&fl->value, fl->choices[f->pick[f->pick_sel]].code);
		} else {
			break; /* nothing to pick: keep the list open */
		}
		pick_close(f);
		form_edited(f, fl);
		break;
	case ACT_CHOOSE:
		if (multi && f->npick > 0)
			f->pick_mark[f->pick[f->pick_sel]] ^= 1;
		break;
	case ACT_NONE:
		if (le_type(&f->filter, ch) != LE_UNHANDLED)
			form_pick_filter(f);
		break;
	default:
		if (le_do(&f->filter, act) != LE_UNHANDLED)
			form_pick_filter(f);
	}
	return FORM_CONTINUE;
}

