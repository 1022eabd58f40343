/* formscreen.c — see formscreen.h. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "form_draw.h"
#include "formscreen.h"
#include "child.h"
#include "text.h"
#include "validate.h"

const struct screen_key formscreen_keys[] = {
	{ACT_HELP, NULL}, {ACT_SAVE, NULL}, {ACT_CANCEL, NULL}, {ACT_QUIT, NULL},
	{ACT_NEXT_FIELD, NULL}, {ACT_PREV_FIELD, NULL}, {ACT_NONE, NULL},
};

int fv_name(const char *v, char *norm, size_t n, const char **why)
{
	if (n > 0)
		norm[0] = '\0'; /* keep the text as typed */
	return valid_text(v, NAME_MAX_CHARS, 0, why);
}

int fv_prefix(const char *v, char *norm, size_t n, const char **why)
{
	if (n > 0)
		norm[0] = '\0'; /* keep the text as typed */
	return valid_text(v, PREFIX_MAX_CHARS, 0, why);
}

int fv_text(const char *v, char *norm, size_t n, const char **why)
{
	if (n > 0)
		norm[0] = '\0'; /* keep the text as typed */
	return valid_text(v, TEXT_MAX_CHARS, 0, why);
}

int fv_bsn(const char *v, char *norm, size_t n, const char **why)
{
	char b[BSN_BUF];
	if (valid_bsn(v, b, why) != 0)
		return -1;
	snprintf(norm, n, "%s", b);
	return 0;
}

int fv_postcode(const char *v, char *norm, size_t n, const char **why)
{
	char p[POSTCODE_BUF];
	if (valid_postcode(v, p, why) != 0)
		return -1;
	snprintf(norm, n, "%s", p);
	return 0;
}

void fs_copy(const struct form *f, const char *key, char *out, size_t n)
{
	const char *v = form_get(f, key);
	text_copy(out, n, v ? v : "");
}

struct form_choice *formscreen_codelist(const struct app *app, const char *list)
{
	const struct codelist *cl = refdata_list(app->ref, list);
	int n = cl ? cl->n : 0;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	for (int i = 0; c && i < n; i++) {
		c[i].code = cl->items[i].code;
		c[i].label = cl->items[i].label;
	}
	return c;
}

void formscreen_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	struct formscreen *fs = s->st;
	(void)app;
	snprintf(buf, n, "%s", fs->title);
}

static struct form_style style(const struct app *app)
{
	struct form_style st = {
		.label = A_NORMAL,
		.value = A_NORMAL,
		.focus = app_attr(app, TH_SELECT),
		.error = app_attr(app, TH_ERROR),
		.help = app_attr(app, TH_DIM),
		.picklist = A_NORMAL,
		.selected = app_attr(app, TH_SELECT),
		.ascii = app->ascii,
	};
	return st;
}

void formscreen_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct formscreen *fs = s->st;
	int y, x;
	if (fs->cols != b->w || fs->rows != b->h) {
		form_set_size(&fs->form, b->w, b->h);
		fs->cols = b->w;
		fs->rows = b->h;
	}
	WINDOW *w = derwin(stdscr, b->h, b->w, b->y, b->x);
	if (!w)
		return;
	struct form_style st = style(app);
	form_draw(w, &fs->form, &st);
	delwin(w);
	if (form_cursor(&fs->form, &y, &x))
		app_cursor(app, b->y + y, b->x + x);
}

static void fs_save(struct app *app, struct formscreen *fs)
{
	struct gp_err e = {0};
	const char *field = NULL;
	if (fs->kind->save(app, fs, &field, &e) != GP_OK) {
		if (field)
			form_set_error(&fs->form, field, e.msg);
		app_message(app, 1, "%s", e.msg);
		return;
	}
	form_mark_saved(&fs->form);
	void (*saved)(struct app *, void *) = fs->kind->saved;
	void *ctx = fs->ctx;
	fs->ctx = NULL; /* the callback may still need it */
	const struct formscreen_kind *kind = fs->kind;
	app_pop(app);
	app_message_time(app, _("Opgeslagen"));
	if (saved)
		saved(app, ctx);
	if (kind->free_ctx)
		kind->free_ctx(ctx);
	else
		free(ctx);
}

/* When the focus left a field that turned out wrong, the reason also goes
 * to the status line, so it stays in view while the user moves on. */
static void tell_left_error(struct app *app, struct formscreen *fs, size_t before)
{
	if (fs->form.focus == before || before >= fs->form.n)
		return;
	const struct form_field *fl = &fs->form.fields[before];
	if (fl->err[0])
		app_message(app, 1, "%s: %s", _(fl->def->label), fl->err);
}

int formscreen_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	if (act == ACT_HELP && fs->form.mode == FM_EDIT)
		return 0;
	size_t before = fs->form.focus;
	enum form_result r = key == GK_PASTE && app->paste ? form_paste(&fs->form, app->paste)
							   : form_key(&fs->form, key);
	tell_left_error(app, fs, before);
	switch (r) {
	case FORM_SAVE:
		fs_save(app, fs);
		break;
	case FORM_INVALID:
		app_message(app, 1, "%s", _("Nog niet opgeslagen: verbeter eerst het "
					    "gemarkeerde veld."));
		break;
	case FORM_CANCEL:
		app_pop(app);
		break;
	case FORM_QUIT:
		app->quit = 1;
		break;
	default:
		break;
	}
	return 1; /* F3 and the like do nothing while a form is open */
}

int formscreen_dirty(struct app *app, struct screen *s)
{
	struct formscreen *fs = s->st;
	(void)app;
	return form_changed(&fs->form);
}

void formscreen_destroy(struct app *app, struct screen *s)
{
	struct formscreen *fs = s->st;
	(void)app;
	if (fs->ctx) {
		if (fs->kind->free_ctx)
			fs->kind->free_ctx(fs->ctx);
		else
			free(fs->ctx);
	}
	form_free(&fs->form);
	free(fs);
}

void formscreen_open(struct app *app, const struct formscreen_kind *kind, struct form *f,
		     void *ctx, const char *title)
{
	struct formscreen *fs = calloc(1, sizeof *fs);
	if (!fs) {
		form_free(f);
		if (kind->free_ctx)
			kind->free_ctx(ctx);
		else
			free(ctx);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	fs->form = *f;
	fs->kind = kind;
	fs->ctx = ctx;
	snprintf(fs->title, sizeof fs->title, "%s", title);
	app_push(app, &kind->ops, fs);
}
