/* scr_help.c — the F1 Help screen: every key of the screen it was opened
 * from, generated from the key table, and that screen's short how-to. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "list.h"
#include "screens.h"

enum { HELP_LINES = 80, HELP_LINE = 256, KEY_COL = 24 };

struct help {
	char lines[HELP_LINES][HELP_LINE]; /* the text, built when opened */
	int heading[HELP_LINES];           /* 1: the line is a heading */
	int n;                             /* lines used */
	int top;                           /* first line shown */
};

static const struct screen_key help_keys[] = {
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL},
	{ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_NONE, NULL},
};

static void add(struct help *h, int heading, const char *text)
{
	if (h->n >= HELP_LINES)
		return;
	snprintf(h->lines[h->n], HELP_LINE, "%s", text);
	h->heading[h->n++] = heading;
}

/* "F2 of Ctrl-S" for an action. */
static void key_names(enum action a, char *buf, size_t n)
{
	const struct action_info *ai = keys_info(a);
	buf[0] = '\0';
	for (int i = 0; i < KEYS_PER_ACTION && ai->keys[i]; i++) {
		char name[32];
		size_t len = strlen(buf);
		keys_name(ai->keys[i], name, sizeof name);
		snprintf(buf + len, n - len, "%s%s", i ? _(" of ") : "", name);
	}
}

static void add_key(struct help *h, enum action a)
{
	char names[96], line[HELP_LINE];
	key_names(a, names, sizeof names);
	snprintf(line, sizeof line, "  %-*s%s", KEY_COL - 2, names, _(keys_info(a)->help));
	add(h, 0, line);
}

/* Breaks the how-to into lines of at most `width` bytes at spaces (the
 * how-to texts are plain sentences; counting bytes can only make a line with
 * accents shorter than the room, never longer). */
static void add_wrapped(struct help *h, const char *text, int width)
{
	char line[HELP_LINE];
	const char *p = text;
	while (*p) {
		int len = (int)strlen(p);
		int cut = len;
		if (len > width) {
			cut = width;
			while (cut > 0 && p[cut] != ' ')
				cut--;
			if (cut == 0) /* one long word: cut it, but never inside a character */
				for (cut = width; cut > 1 && ((unsigned char)p[cut] & 0xC0) == 0x80;)
					cut--;
		}
		snprintf(line, sizeof line, "  %.*s", cut, p);
		add(h, 0, line);
		p += cut;
		while (*p == ' ')
			p++;
	}
}

static void build(struct help *h, const struct screen_ops *ops)
{
	add(h, 1, _("Toetsen op dit scherm"));
	for (const struct screen_key *k = ops->keys; k && k->act != ACT_NONE; k++)
		add_key(h, k->act);
	add_key(h, ACT_REDRAW);
	add(h, 0, "");
	if (ops->howto) {
		add(h, 1, _("Zo werkt het"));
		add_wrapped(h, _(ops->howto), 74);
		add(h, 0, "");
	}
	add(h, 1, _("Als er iets misgaat"));
	add_wrapped(h, _("Een melding onderaan het scherm zegt wat er aan de hand is. Wat u "
			 "typte blijft staan als opslaan niet lukt: los het probleem op en "
			 "druk opnieuw op F2. Is het venster te klein, maak het dan groter "
			 "(minimaal 80 bij 24)."), 74);
}

static void help_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Help"));
}

static void help_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct help *h = s->st;
	int rows = b->h - 1;
	if (h->top > h->n - rows)
		h->top = h->n - rows;
	if (h->top < 0)
		h->top = 0;
	for (int i = 0; i < rows && h->top + i < h->n; i++) {
		int l = h->top + i;
		attrset(h->heading[l] ? app_attr(app, TH_HEADING) : A_NORMAL);
		draw_text(stdscr, b->y + 1 + i, b->x + 1, b->w - 2, h->lines[l], app->ascii);
	}
	attrset(A_NORMAL);
}

static int help_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct help *h = s->st;
	int page = app->body.h - 2;
	(void)key;
	switch (act) {
	case ACT_UP: h->top--; break;
	case ACT_DOWN: h->top++; break;
	case ACT_PGUP: h->top -= page; break;
	case ACT_PGDN: h->top += page; break;
	case ACT_HOME: h->top = 0; break;
	case ACT_END: h->top = h->n; break;
	default: return 0;
	}
	return 1;
}

static void help_destroy(struct app *app, struct screen *s)
{
	(void)app;
	free(s->st);
}

static const struct screen_ops help_ops = {
	.name = "help",
	.title = help_title,
	.draw = help_draw,
	.key = help_key,
	.destroy = help_destroy,
	.keys = help_keys,
	.howto = N_("Blader met de pijltjes, PgUp en PgDn; Esc brengt u terug."),
};

void help_open(struct app *app)
{
	const struct screen_ops *of = app->stack[app->depth - 1].ops;
	if (of == &help_ops)
		return;
	struct help *h = calloc(1, sizeof *h);
	if (!h) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	build(h, of);
	app_push(app, &help_ops, h);
}
