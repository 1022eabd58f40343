/* prompt.c — see prompt.h. */
#include <stdlib.h>

#include <sodium.h>

#include "draw.h"
#include "field.h"
#include "prompt.h"

enum { PROMPT_MAX = 128 };

struct prompt {
	char question[256];   /* what is asked */
	int mask;             /* hide the text (passwords) */
	struct lineedit le;   /* the answer */
	prompt_fn done;       /* what Enter does */
	void (*cancelled)(struct app *app, void *ctx); /* what Esc does after closing, or NULL */
	void (*after)(struct app *app, void *ctx); /* what follows a good answer, after
						      closing (may open a screen), or NULL */
	void *ctx;            /* its argument, freed with the prompt */
};

static const struct screen_key prompt_keys[] = {
	{ACT_OPEN, N_("OK")}, {ACT_BACK, N_("Annuleer")}, {ACT_NONE, NULL},
};

static void prompt_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct prompt *p = s->st;
	int w = 64, h = 5;
	int y = b->y + (b->h - h) / 2, x = b->x + (b->w - w) / 2;
	for (int i = 0; i < h; i++)
		draw_blank(stdscr, y + i, x, w);
	draw_box(stdscr, y, x, h, w, app->ascii);
	attrset(A_BOLD);
	draw_text(stdscr, y + 1, x + 2, w - 4, p->question, app->ascii);
	attrset(A_NORMAL);
	field_draw(app, y + 3, x + 2, w - 4, &p->le, p->mask, 1);
}

static int prompt_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct prompt *p = s->st;
	struct gp_err e = {0};
	if (act == ACT_BACK) {
		void (*cancelled)(struct app *, void *) = p->cancelled;
		void *ctx = p->ctx;
		p->ctx = NULL; /* kept for cancelled(), which may open a screen */
		app_pop(app);
		app_message(app, 0, "%s", _("Geannuleerd; er is niets veranderd."));
		if (cancelled)
			cancelled(app, ctx);
		free(ctx);
	} else if (act == ACT_OPEN) {
		if (p->done(app, p->ctx, le_text(&p->le), &e) != GP_OK) {
			app_message(app, 1, "%s", e.msg);
		} else if (p->after) {
			void (*after)(struct app *, void *) = p->after;
			void *ctx = p->ctx;
			p->ctx = NULL;
			app_pop(app);
			after(app, ctx);
			free(ctx);
		} else {
			app_pop(app);
		}
	} else {
		field_key(app, &p->le, key);
	}
	return 1;
}

static void prompt_destroy(struct app *app, struct screen *s)
{
	struct prompt *p = s->st;
	(void)app;
	if (p->le.buf)
		sodium_memzero(p->le.buf, p->le.cap);
	le_free(&p->le);
	free(p->ctx);
	free(p);
}

static const struct screen_ops prompt_ops = {
	.name = "vraag",
	.draw = prompt_draw,
	.key = prompt_key,
	.destroy = prompt_destroy,
	.keys = prompt_keys,
	.howto = N_("Typ het antwoord en druk op Enter; Esc annuleert."),
	.typing = 1,
	.overlay = 1,
};

void prompt_open(struct app *app, const char *question, int mask, prompt_fn done, void *ctx)
{
	prompt_open_cancel(app, question, mask, done, NULL, ctx);
}

void prompt_open_cancel(struct app *app, const char *question, int mask, prompt_fn done,
			void (*cancelled)(struct app *app, void *ctx), void *ctx)
{
	struct prompt *p = calloc(1, sizeof *p);
	if (!p || le_init(&p->le, PROMPT_MAX, 0) != 0) {
		free(p);
		free(ctx);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(p->question, sizeof p->question, "%s", question);
	p->mask = mask;
	p->done = done;
	p->cancelled = cancelled;
	p->ctx = ctx;
	app_push(app, &prompt_ops, p);
}

void prompt_open_then(struct app *app, const char *question, prompt_fn done,
		      void (*after)(struct app *app, void *ctx), void *ctx)
{
	prompt_open_cancel(app, question, 0, done, NULL, ctx);
	struct screen *s = app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
	if (s && s->ops == &prompt_ops)
		((struct prompt *)s->st)->after = after;
}
