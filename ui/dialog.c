/* dialog.c — the yes/no question (app_ask) drawn as a box over the screen
 * it is about: 'j' answers yes, 'n' or Esc no.  A long question (the
 * reason a measurement looks implausible) wraps over several lines.
 *
 * A question never takes keys typed before it appeared: what is waiting in
 * the input when it is first drawn is dropped (flushinp), and for
 * ASK_GUARD_MS after that every key is ignored — a fast typist's "j" of
 * "Joep", pressed a moment after a second Esc, must not answer "Weggooien?".
 * The answer line "[j] ja  [n] nee" appears when answers count. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "draw.h"

enum { ASK_GUARD_MS = 400 };

struct ask {
	char question[1024];                      /* the sentence asked */
	void (*yes)(struct app *app, void *ctx);  /* what 'j' does */
	void *ctx;                                /* its argument */
	long long shown_ms;                       /* when first drawn; 0 before */
};

static const struct screen_key ask_keys[] = {
	{ACT_BACK, N_("Nee")},
	{ACT_NONE, NULL},
};

enum { ASK_MAX_LINES = 8 };

static long long now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Milliseconds until answers count (0: they do). */
static int guard_left(const struct ask *a)
{
	long long left = a->shown_ms ? a->shown_ms + ASK_GUARD_MS - now_ms() : ASK_GUARD_MS;
	return left > 0 ? (int)left : 0;
}

/* Splits the question into lines of at most `w` columns, at spaces; returns
 * the number of lines (at most ASK_MAX_LINES; the last one is cut).  Each
 * line starts at q + start[i] and is len[i] bytes long. */
static int wrap_question(struct app *app, int w, const char *q, size_t start[], size_t len[])
{
	char buf[sizeof ((struct ask *)0)->question];
	size_t p = 0, n = strlen(q);
	int lines = 0;
	while (p < n && lines < ASK_MAX_LINES) {
		size_t end = n, next = n;
		snprintf(buf, sizeof buf, "%s", q + p);
		if (draw_width(buf, app->ascii) > w && lines < ASK_MAX_LINES - 1) {
			size_t cut = 0;
			for (size_t i = 1; i < n - p; i++) {
				if (buf[i] != ' ')
					continue;
				buf[i] = '\0';
				if (draw_width(buf, app->ascii) > w)
					break;
				buf[i] = ' ';
				cut = i;
			}
			if (cut) {
				end = p + cut;
				next = end + 1; /* past the space cut at */
			}
		}
		start[lines] = p;
		len[lines++] = end - p;
		p = next;
	}
	return lines;
}

static void ask_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct ask *a = s->st;
	size_t start[ASK_MAX_LINES], len[ASK_MAX_LINES];
	int w = b->w - 10 < 66 ? b->w - 10 : 66;
	int lines = wrap_question(app, w - 4, a->question, start, len);
	int h = (lines < 2 ? 2 : lines) + 4;
	int y = b->y + (b->h - h) / 2, x = b->x + (b->w - w) / 2;
	for (int i = 0; i < h; i++)
		draw_blank(stdscr, y + i, x, w);
	draw_box(stdscr, y, x, h, w, app->ascii);
	attrset(A_BOLD);
	for (int i = 0; i < lines; i++) {
		char line[sizeof a->question];
		snprintf(line, sizeof line, "%.*s", (int)len[i], a->question + start[i]);
		draw_text(stdscr, y + 1 + i, x + 2, w - 4, line, app->ascii);
	}
	attrset(A_NORMAL);
	if (!a->shown_ms) {
		flushinp(); /* typed before the question showed: not an answer */
		a->shown_ms = now_ms();
	}
	int left = guard_left(a);
	if (left > 0)
		app->wake_ms = left + 5; /* redraw when answers start to count */
	else
		draw_text(stdscr, y + h - 2, x + 2, w - 4, _("[j] ja    [n] nee"), app->ascii);
}

static int ask_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct ask *a = s->st;
	if (guard_left(a) > 0)
		return 1; /* too soon to be an answer to this question */
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
	.question = 1,
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
