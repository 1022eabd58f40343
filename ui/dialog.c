/* dialog.c — the yes/no question (app_ask) drawn as a box over the screen
 * it is about: 'j' answers yes, 'n' or Esc no. */
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "draw.h"

struct ask {
	char question[512];                       /* the sentence asked */
	void (*yes)(struct app *app, void *ctx);  /* what 'j' does */
	void *ctx;                                /* its argument */
};

static const struct screen_key ask_keys[] = {
	{ACT_BACK, N_("Nee")},
	{ACT_NONE, NULL},
};

/* Splits the question over at most two lines of `w` columns, at a space. */
static void draw_question(struct app *app, int y, int x, int w, const char *q)
{
	char line[512];
	snprintf(line, sizeof line, "%s", q);
	if (draw_width(line, app->ascii) <= w) {
		draw_text(stdscr, y, x, w, line, app->ascii);
		return;
	}
	char *cut = NULL;
	for (char *p = line; *p; p++) {
		if (*p != ' ')
			continue;
		*p = '\0';
		if (draw_width(line, app->ascii) <= w)
			cut = p;
		*p = ' ';
	}
	if (cut)
		*cut = '\0';
	draw_text(stdscr, y, x, w, line, app->ascii);
	if (cut)
		draw_text(stdscr, y + 1, x, w, cut + 1, app->ascii);
}

static void ask_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct ask *a = s->st;
	int w = b->w - 10 < 66 ? b->w - 10 : 66, h = 6;
	int y = b->y + (b->h - h) / 2, x = b->x + (b->w - w) / 2;
	for (int i = 0; i < h; i++)
		draw_blank(stdscr, y + i, x, w);
	draw_box(stdscr, y, x, h, w, app->ascii);
	attrset(A_BOLD);
	draw_question(app, y + 1, x + 2, w - 4, a->question);
	attrset(A_NORMAL);
	draw_text(stdscr, y + 4, x + 2, w - 4, _("[j] ja    [n] nee"), app->ascii);
}

static int ask_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct ask *a = s->st;
	if (key == 'j' || key == 'J' || key == 'y' || key == 'Y') {
		void (*yes)(struct app *, void *) = a->yes;
		void *ctx = a->ctx;
		app_pop(app);
		yes(app, ctx);
	} else if (key == 'n' || key == 'N' || act == ACT_BACK) {
		app_pop(app);
	}
	return 1; /* nothing else while the question is open */
}

static void ask_destroy(struct app *app, struct screen *s)
{
	(void)app;
	free(s->st);
}

static const struct screen_ops ask_ops = {
	.name = "vraag",
	.draw = ask_draw,
	.key = ask_key,
	.destroy = ask_destroy,
	.keys = ask_keys,
	.howto = N_("Beantwoord de vraag met j (ja) of n (nee); Esc is nee."),
	.overlay = 1,
};

void app_ask(struct app *app, const char *question,
	     void (*yes)(struct app *app, void *ctx), void *ctx)
{
	struct ask *a = calloc(1, sizeof *a);
	if (!a) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(a->question, sizeof a->question, "%s", question);
	a->yes = yes;
	a->ctx = ctx;
	app_push(app, &ask_ops, a);
}
