/* scr_handover.c — one warm handover on the screen as its letter
 * (handover_letter.h: the same text the receiver gets), wrapped to the
 * window and scrolled with the arrows and PgUp/PgDn, with what is late on
 * top.  F4 changes it, F6 takes its next step, F8 withdraws it, Ctrl-E
 * writes the letter to a file in the home folder (logged as an export). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "dossier.h"
#include "handover_letter.h"
#include "i18n.h"
#include "outfile.h"
#include "screens.h"
#include "text.h"

enum { LINE_MAX_BYTES = 1024 };

struct view {
	char id[DB_ID_LEN];          /* the handover */
	struct handover_line line;   /* its list line (number, state, what is late) */
	struct child child;          /* its child, for F4 */
	char *text;                  /* the letter, as last built */
	char **lines;                /* the letter wrapped to `width` */
	int nlines;
	int width;                   /* what it was wrapped for */
	int top;                     /* first line shown */
	int height;                  /* lines shown at once */
	int loaded;                  /* the handover could be read */
};

static const struct screen_key view_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_STEP, NULL},
	{ACT_DELETE, N_("Intrekken")}, {ACT_EXPORT, N_("Brief")}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_NONE, NULL},
};

static void free_lines(struct view *v)
{
	for (int i = 0; i < v->nlines; i++)
		free(v->lines[i]);
	free(v->lines);
	v->lines = NULL;
	v->nlines = 0;
}

static int add_line(struct view *v, const char *s, size_t n, int *cap)
{
	if (v->nlines == *cap) {
		int grown_cap = *cap ? *cap * 2 : 128;
		char **grown = realloc(v->lines, (size_t)grown_cap * sizeof *grown);
		if (!grown)
			return -1;
		v->lines = grown;
		*cap = grown_cap;
	}
	char *line = malloc(n + 1);
	if (!line)
		return -1;
	memcpy(line, s, n);
	line[n] = '\0';
	v->lines[v->nlines++] = line;
	return 0;
}

/* Bytes of s (a line without '\n') that fit in `width` characters, broken
 * at a space when there is one; continuation lines keep the letter's
 * indentation. */
static size_t fit(const char *s, size_t n, int width)
{
	size_t p = 0, last_space = 0;
	int chars = 0;
	while (p < n && chars < width) {
		uint32_t cp;
		int k = utf8_decode(s + p, n - p, &cp);
		if (k <= 0)
			k = 1;
		if (s[p] == ' ')
			last_space = p;
		p += (size_t)k;
		chars++;
	}
	if (p >= n)
		return n;
	return last_space > 0 ? last_space : p;
}

static void wrap(struct view *v, int width)
{
	int cap = 0;
	free_lines(v);
	v->width = width;
	for (const char *p = v->text; p && *p;) {
		size_t len = strcspn(p, "\n");
		size_t indent = strspn(p, " ");
		const char *q = p;
		size_t left = len;
		int first = 1;
		do {
			char buf[LINE_MAX_BYTES];
			size_t pad = first ? 0 : (indent < 40 ? indent : 0);
			size_t take = fit(q, left, width - (int)pad);
			if (pad + take >= sizeof buf)
				take = sizeof buf - pad - 1;
			memset(buf, ' ', pad);
			memcpy(buf + pad, q, take);
			if (add_line(v, buf, pad + take, &cap) != 0)
				return;
			q += take;
			left -= take;
			while (left > 0 && *q == ' ') {
				q++;
				left--;
			}
			first = 0;
		} while (left > 0);
		p += len + (p[len] == '\n');
	}
}

static void load(struct app *app, struct view *v)
{
	struct gp_err e = {0};
	struct refdata *nl = NULL;
	struct handover_line *lines = NULL;
	int n = 0;
	char child_id[DB_ID_LEN];
	free(v->text);
	v->text = NULL;
	v->loaded = 0;
	/* the letter is Dutch whatever the interface language */
	const struct refdata *codes = app->ref;
	if (strcmp(i18n_lang(), "nl") != 0) {
		if (refdata_load(refdata_dir(), "nl", &nl, &e) != GP_OK) {
			app_message(app, 1, "%s", e.msg);
			return;
		}
		codes = nl;
	}
	struct handover_refs refs = {app->hrules, codes};
	struct handover_refs here = {app->hrules, app->ref};
	enum gp_status s = handover_child_of(app->db, v->id, child_id, &e);
	if (s == GP_OK)
		s = child_get(app->db, child_id, &v->child, &e);
	if (s == GP_OK)
		s = handover_letter(app->db, &refs, v->id, LETTER_TXT, app->today, &v->text, &e);
	if (s == GP_OK)
		s = handover_list_child(app->db, &here, child_id, app->today, &lines, &n, &e);
	for (int i = 0; s == GP_OK && i < n; i++)
		if (strcmp(lines[i].id, v->id) == 0)
			v->line = lines[i];
	free(lines);
	refdata_free(nl);
	if (s != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	v->loaded = 1;
	v->width = 0; /* wrapped again when drawn */
}

static void view_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	struct view *v = s->st;
	(void)app;
	snprintf(buf, n, _("Overdracht %lld"), v->line.no);
}

static void view_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct view *v = s->st;
	char late[256];
	int x = b->x + 2, w = b->w - 4, y = b->y + 1;
	if (!v->loaded)
		return;
	handover_late_text(app, &v->line, late, sizeof late);
	if (v->line.late.kinds) {
		attrset(app_attr(app, TH_ERROR));
		draw_text(stdscr, y, x, w, late, app->ascii);
		attrset(A_NORMAL);
		y += 2;
	}
	if (v->width != w)
		wrap(v, w);
	v->height = b->y + b->h - y;
	if (v->top > v->nlines - v->height)
		v->top = v->nlines - v->height;
	if (v->top < 0)
		v->top = 0;
	for (int i = 0; i < v->height && v->top + i < v->nlines; i++)
		draw_text(stdscr, y + i, x, w, v->lines[v->top + i], app->ascii);
}

static int view_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct view *v = s->st;
	(void)key;
	if (!v->loaded)
		return 0;
	switch (act) {
	case ACT_EDIT:
		handover_form_open(app, &v->child, v->id);
		return 1;
	case ACT_STEP:
		handover_step_open(app, v->id, NULL);
		return 1;
	case ACT_DELETE:
		handover_step_open(app, v->id, "ingetrokken");
		return 1;
	case ACT_EXPORT: /* the Export dialog with this letter chosen */
		export_letter_dialog_open(app, &v->child, v->id);
		return 1;
	case ACT_UP:
		v->top--;
		break;
	case ACT_DOWN:
		v->top++;
		break;
	case ACT_PGUP:
		v->top -= v->height;
		break;
	case ACT_PGDN:
		v->top += v->height;
		break;
	case ACT_HOME:
		v->top = 0;
		break;
	case ACT_END:
		v->top = v->nlines;
		break;
	default:
		return 0;
	}
	return 1;
}

static void view_resume(struct app *app, struct screen *s)
{
	load(app, s->st);
}

static void view_destroy(struct app *app, struct screen *s)
{
	struct view *v = s->st;
	(void)app;
	free_lines(v);
	free(v->text);
	free(v);
}

static const struct screen_ops view_ops = {
	.name = "overdracht",
	.title = view_title,
	.draw = view_draw,
	.key = view_key,
	.resume = view_resume,
	.destroy = view_destroy,
	.keys = view_keys,
	.howto = N_("De overdracht zoals de ontvanger haar krijgt: de brief met de reden, "
		    "de samenvatting, het gezag, de toestemming, wie de casusregie heeft en "
		    "het verloop. Bovenaan staat wat te laat is. F4 wijzigt de overdracht, F6 "
		    "zet de volgende stap (verzenden kan pas als de toestemming compleet is), "
		    "F8 trekt haar in, Ctrl-E opent het exportvenster met deze brief (opmaak, tekenset, bestand). Met "
		    "de pijltjes en PgUp/PgDn leest u verder."),
};

void handover_view_open(struct app *app, const char *handover_id)
{
	struct view *v = calloc(1, sizeof *v);
	if (!v) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(v->id, sizeof v->id, "%s", handover_id);
	load(app, v);
	if (!v->loaded) {
		view_destroy(app, &(struct screen){NULL, v});
		return;
	}
	app_push(app, &view_ops, v);
}
