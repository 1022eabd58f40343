/* prompt.h — a one-line question in a box over the current screen, for a
 * value that needs no whole form (a new password).  Enter hands the text to
 * a callback; when that fails the box stays with the message. */
#ifndef GP_PROMPT_H
#define GP_PROMPT_H

#include "app.h"

/* Called with the typed text; GP_OK closes the prompt. */
typedef enum gp_status (*prompt_fn)(struct app *app, void *ctx, const char *text,
				    struct gp_err *e);

/* Opens the prompt; `mask` hides what is typed.  ctx is freed with free()
 * when the prompt closes. */
void prompt_open(struct app *app, const char *question, int mask, prompt_fn done, void *ctx);

/* As prompt_open; Esc then calls cancelled(app, ctx) after the prompt has
 * closed (to give back what led to the question), before ctx is freed. */
void prompt_open_cancel(struct app *app, const char *question, int mask, prompt_fn done,
			void (*cancelled)(struct app *app, void *ctx), void *ctx);

/* As prompt_open (not masked); after a good answer the prompt closes
 * first and then after(app, ctx) runs, so it may open a screen. */
void prompt_open_then(struct app *app, const char *question, prompt_fn done,
		      void (*after)(struct app *app, void *ctx), void *ctx);

#endif
