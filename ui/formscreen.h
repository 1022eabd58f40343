/* formscreen.h — a screen around one form of the form engine (ui/form.h):
 * drawing it in the body, passing keys, and the save → core → close cycle.
 * A failed save (wrong value, GP_ESTALE, disk full) leaves the form on the
 * screen with everything typed and the reason in the status line. */
#ifndef GP_FORMSCREEN_H
#define GP_FORMSCREEN_H

#include "app.h"
#include "form.h"

struct formscreen;

/* What one kind of form (child, parent, organisation, user) supplies. */
struct formscreen_kind {
	struct screen_ops ops; /* FORMSCREEN_OPS(name, how-to) */
	/* Stores the values; GP_OK closes the form.  On failure e says why;
	 * *field may name the field at fault (its error is shown there). */
	enum gp_status (*save)(struct app *app, struct formscreen *fs, const char **field,
			       struct gp_err *e);
	/* After a good save and the form closed (may open another screen). */
	void (*saved)(struct app *app, void *ctx);
	void (*free_ctx)(void *ctx); /* frees ctx (NULL: free()) */
};

struct formscreen {
	struct form form;                    /* the engine's state */
	const struct formscreen_kind *kind;  /* what kind of record */
	void *ctx;                           /* the kind's own data */
	char title[512];                     /* breadcrumb part */
	int cols, rows;                      /* size the form was laid out for */
};

/* The screen functions shared by every form (for FORMSCREEN_OPS). */
void formscreen_title(struct app *app, struct screen *s, char *buf, size_t n);
void formscreen_draw(struct app *app, struct screen *s, const struct rect *body);
int formscreen_key(struct app *app, struct screen *s, enum action act, int key);
int formscreen_dirty(struct app *app, struct screen *s);
void formscreen_destroy(struct app *app, struct screen *s);
extern const struct screen_key formscreen_keys[];

/* The screen_ops of a form kind: every form works the same, only the name
 * and the how-to of the help screen differ. */
#define FORMSCREEN_OPS(nm, how) { \
	.name = (nm), .title = formscreen_title, .draw = formscreen_draw, \
	.key = formscreen_key, .dirty = formscreen_dirty, \
	.destroy = formscreen_destroy, .keys = formscreen_keys, .howto = (how), \
	.typing = 1 }

/* Pushes a form screen; on failure frees ctx and says so.  The form must
 * have been set up with form_init (and filled) by the caller. */
void formscreen_open(struct app *app, const struct formscreen_kind *kind, struct form *f,
		     void *ctx, const char *title);

/* A choice list for the form engine from a code list (NULL-ended; free()
 * the result; the labels point into refdata). */
struct form_choice *formscreen_codelist(const struct app *app, const char *list);

/* Validators for the field tables, wrapping src/validate.h. */
int fv_name(const char *v, char *norm, size_t n, const char **why);
int fv_prefix(const char *v, char *norm, size_t n, const char **why);
int fv_text(const char *v, char *norm, size_t n, const char **why);
int fv_bsn(const char *v, char *norm, size_t n, const char **why);
int fv_postcode(const char *v, char *norm, size_t n, const char **why);

/* Copies a form value (NULL as "") into a fixed buffer. */
void fs_copy(const struct form *f, const char *key, char *out, size_t n);

#endif
