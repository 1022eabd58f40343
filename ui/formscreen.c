/* formscreen.c — see formscreen.h. */
#include <stdlib.h>
#include <string.h>

#include "appointment.h"
#include "childdue.h"
#include "draw.h"
#include "form_draw.h"
#include "formscreen.h"
#include "org.h"
#include "text.h"
#include "validate.h"

#define K(a) {ACT_##a, NULL}
const struct screen_key formscreen_keys[] = {
	K(HELP), K(SAVE), K(SEARCH), K(PART_NEXT), K(NEXT_EMPTY), K(CANCEL), K(QUIT),
	K(NEXT_FIELD), K(PREV_FIELD), K(FIELD_DOWN), K(FIELD_UP), K(PART_PREV), K(CHOOSE),
	K(NEWLINE), K(CHAR_PREV), K(CHAR_NEXT), K(WORD_PREV), K(WORD_NEXT), K(LINE_START),
	K(LINE_END), K(DEL_PREV), K(DEL_NEXT), K(KILL_START), K(KILL_END), K(KILL_WORD),
	K(NONE),
};
#undef K

/* ---- validators ----------------------------------------------------------- */

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

/* ---- code lists ------------------------------------------------------------ */

/* A list from data/codes (labels point into refdata). */
static struct form_choice *codelist(const struct app *app, const char *name)
{
	const struct codelist *cl = refdata_list(app->ref, name);
	int n = cl ? cl->n : 0;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	for (int i = 0; c && i < n; i++) {
		c[i].code = cl->items[i].code;
		c[i].label = cl->items[i].label;
	}
	return c;
}

/* What a list maker gets: where it is, and what it may need. */
struct list_ctx {
	struct app *app;           /* the program */
	struct formscreen *fs;     /* the form (child, record) */
	const char *keep;          /* the value the field holds: offered even when
				    * it would not be any more (an inactive one) */
	void **extra;              /* out: up to two blocks of memory the labels
				    * point into */
	struct gp_err *e;          /* out: why it failed */
};

/* Organisations of kind k1 or k2 that are active, or the one kept. */
static struct form_choice *org_choices(struct list_ctx *lc, const char *k1, const char *k2)
{
	struct org *orgs = NULL;
	int n = 0, k = 0;
	if (org_list(lc->app->db, NULL, &orgs, &n, lc->e) != GP_OK)
		return NULL;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	for (int i = 0; c && i < n; i++) {
		int kind = strcmp(orgs[i].kind, k1) == 0 || (k2 && strcmp(orgs[i].kind, k2) == 0);
		if (kind && (orgs[i].active || strcmp(orgs[i].id, lc->keep) == 0)) {
			c[k].code = orgs[i].id;
			c[k++].label = orgs[i].name;
		}
	}
	lc->extra[0] = orgs;
	return c;
}

static struct form_choice *gp_list(struct list_ctx *lc)
{
	return org_choices(lc, "huisarts", NULL);
}

/* Every organisation of the sociale kaart, its kind after the name:
 * "Wijkteam Noord (wijkteam)"; those no longer active last and marked, so
 * a plan that names one can still be saved. */
static struct form_choice *all_orgs(struct list_ctx *lc)
{
	struct org *orgs = NULL;
	int n = 0, k = 0;
	enum { LABEL = TEXT_BUF + 96 };
	if (org_list(lc->app->db, NULL, &orgs, &n, lc->e) != GP_OK)
		return NULL;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	char *labels = calloc((size_t)n + 1, LABEL);
	if (!c || !labels) {
		free(c);
		free(labels);
		free(orgs);
		return NULL;
	}
	for (int pass = 1; pass >= 0; pass--) {
		for (int i = 0; i < n; i++) {
			if (orgs[i].active != pass)
				continue;
			char *l = labels + (size_t)k * LABEL;
			snprintf(l, LABEL, pass ? "%s (%s)" : _("%s (%s, niet meer actief)"),
				 orgs[i].name,
				 refdata_label(lc->app->ref, "organisatiesoort", orgs[i].kind));
			c[k].code = orgs[i].id;
			c[k++].label = l;
		}
	}
	lc->extra[0] = orgs;
	lc->extra[1] = labels;
	return c;
}

/* The child's parents and carers: "Sanne Bakker (biologische moeder)". */
static struct form_choice *parent_list(struct list_ctx *lc)
{
	struct family_member *fam = NULL;
	int n = 0;
	if (!lc->fs->child)
		return calloc(1, sizeof(struct form_choice));
	if (child_family(lc->app->db, lc->fs->child->id, &fam, &n, lc->e) != GP_OK)
		return NULL;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	char *labels = calloc((size_t)n + 1, NAME_BUF * 3 + 64);
	for (int i = 0; c && labels && i < n; i++) {
		char name[NAME_BUF * 3];
		char *l = labels + (size_t)i * (NAME_BUF * 3 + 64);
		child_display_name(fam[i].parent.given_names, fam[i].parent.tussenvoegsel,
				   fam[i].parent.family_name, name, sizeof name);
		snprintf(l, NAME_BUF * 3 + 64, "%s (%s)", name,
			 refdata_label(lc->app->ref, "relatie", fam[i].relation));
		c[i].code = fam[i].parent.id;
		c[i].label = l;
	}
	if (!c || !labels) {
		free(c);
		free(labels);
		free(fam);
		return NULL;
	}
	lc->extra[0] = fam;
	lc->extra[1] = labels;
	return c;
}

static struct form_choice *school_list(struct list_ctx *lc)
{
	return org_choices(lc, "school", "kinderopvang");
}

static struct form_choice *account_choices(struct list_ctx *lc)
{
	struct account *acc = NULL;
	int n = 0, k = 0;
	if (account_list(lc->app->db, &acc, &n, lc->e) != GP_OK)
		return NULL;
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	for (int i = 0; c && i < n; i++) {
		if (!acc[i].active && strcmp(acc[i].id, lc->keep) != 0)
			continue;
		c[k].code = acc[i].id;
		c[k++].label = acc[i].display_name;
	}
	lc->extra[0] = acc;
	return c;
}

static struct form_choice *moment_list(struct list_ctx *lc)
{
	const struct schedule *s = lc->app->sched;
	struct form_choice *c = calloc(s->nmoments + 1, sizeof *c);
	for (size_t i = 0; c && i < s->nmoments; i++) {
		c[i].code = s->moments[i].code;
		c[i].label = s->moments[i].label;
	}
	return c;
}

/* The vaccines of the child's RVP version, each once, in rvp.tsv order. */
static struct form_choice *vaccine_list(struct list_ctx *lc)
{
	const struct schedule *s = lc->app->sched;
	const struct sched_version *v =
		lc->fs->child ? schedule_version_for(s, lc->fs->child->birth_date) : NULL;
	struct form_choice *c = calloc(s->ndoses + 1, sizeof *c);
	size_t k = 0;
	for (size_t i = 0; c && i < s->ndoses; i++) {
		const struct sched_dose *d = &s->doses[i];
		size_t j;
		if (v && d->version != v)
			continue;
		for (j = 0; j < k && strcmp(c[j].code, d->vaccine) != 0; j++)
			;
		if (j == k) {
			c[k].code = d->vaccine;
			c[k++].label = d->vaccine;
		}
	}
	return c;
}

/* The locations in use (of children and appointments), and the one kept. */
static struct form_choice *location_list(struct list_ctx *lc)
{
	char(*names)[TEXT_BUF] = NULL;
	int n = 0, k = 0;
	if (appointment_locations(lc->app->db, &names, &n, lc->e) != GP_OK)
		return NULL;
	int have = !lc->keep[0];
	for (int i = 0; !have && i < n; i++)
		have = strcmp(names[i], lc->keep) == 0;
	struct form_choice *c = calloc((size_t)n + 2, sizeof *c);
	if (c && !have) {
		c[k].code = lc->keep;
		c[k++].label = lc->keep;
	}
	for (int i = 0; c && i < n; i++, k++) {
		c[k].code = names[i];
		c[k].label = names[i];
	}
	*lc->extra = names;
	return c;
}

static const struct {
	const char *name;                             /* as in .list */
	struct form_choice *(*make)(struct list_ctx *lc); /* NULL on failure */
} list_makers[] = {
	{"@huisarts", gp_list}, {"@school", school_list}, {"@medewerker", account_choices},
	{"@moment", moment_list}, {"@vaccin", vaccine_list}, {"@locatie", location_list},
	{"@organisatie", all_orgs}, {"@ouders", parent_list},
};

int formscreen_list_known(const char *name)
{
	for (size_t i = 0; i < sizeof list_makers / sizeof *list_makers; i++)
		if (strcmp(list_makers[i].name, name) == 0)
			return 1;
	return 0;
}

static void own(struct formscreen *fs, void *p)
{
	if (p && fs->nowned < FORMSCREEN_MAX_LISTS)
		fs->owned[fs->nowned++] = p;
	else
		free(p);
}

/* A list of the kind's own (struct formscreen_list), or NULL when it has
 * none of that name. */
static const struct formscreen_list *own_list(const struct formscreen_kind *k, const char *name)
{
	for (const struct formscreen_list *l = k->lists; l && l->name; l++)
		if (strcmp(l->name, name) == 0)
			return l;
	return NULL;
}

/* The label of a field from data (form_field_def.label_list), or NULL. */
static const struct code *data_label(const struct app *app, const struct form_field_def *fd)
{
	char bds[16];
	if (!fd->label_list)
		return NULL;
	snprintf(bds, sizeof bds, "%d", fd->bds);
	return refdata_code(app->ref, fd->label_list, bds);
}

/* Gives every choice field its list and every field with a label_list its
 * label; -1 with e set when a list cannot be made. */
static int load_lists(struct app *app, struct formscreen *fs, struct gp_err *e)
{
	const struct form_def *def = fs->kind->def;
	for (size_t d = 0; d < def->n; d++) {
		const struct code *label = data_label(app, &def->fields[d]);
		if (label)
			form_set_label(&fs->form, d, label->label);
	}
	for (size_t d = 0; d < def->n; d++) {
		const char *name = def->fields[d].list;
		struct form_choice *c = NULL;
		void *extra[2] = {NULL, NULL};
		size_t same;
		if (!name)
			continue;
		for (same = 0; same < d && !(def->fields[same].list &&
					     strcmp(def->fields[same].list, name) == 0);
		     same++)
			;
		if (same < d) { /* the second vaccination block shares the first's list */
			form_set_list(&fs->form, d, fs->form.lists[same]);
			continue;
		}
		const struct formscreen_list *mine = name[0] == '@' ? own_list(fs->kind, name) : NULL;
		if (mine) {
			c = mine->make(app, fs, extra, e);
		} else if (name[0] == '@') {
			struct list_ctx lc = {app, fs, form_value(&fs->form, d, 0), extra, e};
			for (size_t i = 0; i < sizeof list_makers / sizeof *list_makers; i++)
				if (strcmp(list_makers[i].name, name) == 0)
					c = list_makers[i].make(&lc);
		} else {
			c = codelist(app, name);
		}
		own(fs, extra[0]);
		own(fs, extra[1]);
		if (!c || fs->nowned >= FORMSCREEN_MAX_LISTS) {
			free(c);
			if (e->code == GP_OK)
				gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
			return -1;
		}
		own(fs, c);
		form_set_list(&fs->form, d, c);
	}
	return 0;
}

/* ---- the start-up check ----------------------------------------------------- */

static int check_lists(const struct app *app, const struct formscreen_kind *kind, char *msg,
		       size_t msgsz)
{
	const struct form_def *def = kind->def;
	for (size_t d = 0; d < def->n; d++) {
		const struct form_field_def *fd = &def->fields[d];
		if (fd->label_list && !data_label(app, fd)) {
			snprintf(msg, msgsz, "form %s, field %s: no label for %d in the code list %s",
				 def->name, fd->key, fd->bds, fd->label_list);
			return -1;
		}
		if (!fd->list || fd->list[0] == '@') {
			if (fd->list && !formscreen_list_known(fd->list) && !own_list(kind, fd->list)) {
				snprintf(msg, msgsz, "form %s, field %s: no list maker %s",
					 def->name, fd->key, fd->list);
				return -1;
			}
			continue;
		}
		const struct codelist *cl = refdata_list(app->ref, fd->list);
		if (!cl) {
			snprintf(msg, msgsz, "form %s, field %s: code list data/codes/%s.tsv "
				 "is missing", def->name, fd->key, fd->list);
			return -1;
		}
		for (int i = 0; fd->bind.kind == FB_TEXT && i < cl->n; i++) {
			if (strlen(cl->items[i].code) >= fd->bind.size) {
				snprintf(msg, msgsz, "form %s, field %s: code '%s' of %s.tsv is "
					 "longer than the record keeps", def->name, fd->key,
					 cl->items[i].code, fd->list);
				return -1;
			}
		}
	}
	return 0;
}

int formscreen_check_all(const struct app *app, char *msg, size_t msgsz)
{
	for (const struct formscreen_kind *const *k = formscreen_kinds; *k; k++)
		if (form_def_check((*k)->def, msg, msgsz) != 0 ||
		    check_lists(app, *k, msg, msgsz) != 0)
			return -1;
	return 0;
}

/* ---- drawing ------------------------------------------------------------------ */

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
		.heading = app_attr(app, TH_DIM),
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

/* ---- saving ------------------------------------------------------------------ */

int formscreen_on_top(const struct app *app, const struct formscreen *fs)
{
	return app->depth > 0 && app->stack[app->depth - 1].st == fs;
}

static void fs_save(struct app *app, struct formscreen *fs);

static void confirmed_yes(struct app *app, void *ctx)
{
	struct formscreen *fs = ctx;
	if (!formscreen_on_top(app, fs))
		return;
	fs->confirmed = 1;
	fs_save(app, fs);
}

/* The core refused: the sentence on its field (cursor there) and in the
 * status line; a value to confirm becomes a question. */
static void refused(struct app *app, struct formscreen *fs, const struct gp_err *e)
{
	struct form_field *fl = e->field[0] ? form_field_named(&fs->form, e->field, e->row)
					    : NULL;
	if (fl)
		form_field_error(&fs->form, fl, e->msg);
	if (e->kind == GP_CONFIRM && e->code == GP_EINPUT) {
		char q[sizeof e->msg + 64];
		snprintf(q, sizeof q, "%s %s", e->msg, _("Toch opslaan? (j/n)"));
		app_ask(app, q, confirmed_yes, fs);
		return;
	}
	app_message(app, 1, "%s", e->msg);
}

static void fs_save(struct app *app, struct formscreen *fs)
{
	struct gp_err e = {0};
	size_t sz = fs->kind->def->rec_size;
	void *work = malloc(sz ? sz : 1);
	if (!work) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	memcpy(work, fs->rec, sz); /* a copy: a failed save changes nothing */
	form_collect(&fs->form, work);
	enum gp_status st = fs->kind->save(app, fs, work, &e);
	fs->confirmed = 0;
	if (st != GP_OK) {
		free(work);
		if (e.code == GP_OK) /* a kind that forgot to say why */
			gp_fail(&e, st, "%s", _("Niet opgeslagen."));
		refused(app, fs, &e);
		return;
	}
	form_remember(&fs->form);
	form_mark_saved(&fs->form);
	const struct formscreen_kind *kind = fs->kind;
	void *ctx = fs->ctx;
	int was_new = fs->is_new;
	fs->ctx = NULL; /* the callback may still need it */
	app_pop(app);
	app_message_time(app, _("Opgeslagen"));
	if (kind->saved)
		kind->saved(app, work, was_new, ctx);
	free(work);
	if (kind->free_ctx)
		kind->free_ctx(ctx);
	else
		free(ctx);
}

/* ---- keys ---------------------------------------------------------------------- */

/* When the focus left a field that turned out wrong, the reason also goes
 * to the status line, so it stays in view while the user moves on. */
static void tell_left_error(struct app *app, struct formscreen *fs, size_t before, size_t n)
{
	if (fs->form.focus == before || before >= fs->form.n || n != fs->form.n)
		return;
	const struct form_field *fl = &fs->form.fields[before];
	if (fl->err[0])
		app_message(app, 1, "%s: %s", form_label(fl), fl->err);
}

static void discard_yes(struct app *app, void *ctx)
{
	if (formscreen_on_top(app, ctx))
		app_pop(app);
}

int formscreen_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	size_t before = fs->form.focus, n = fs->form.n;
	enum form_result r = key == GK_PASTE && app->paste ? form_paste(&fs->form, app->paste)
							   : form_key(&fs->form, key);
	(void)act;
	tell_left_error(app, fs, before, n);
	switch (r) {
	case FORM_UNHANDLED:
		return 0; /* F1, F3: the app's */
	case FORM_SAVE:
		fs_save(app, fs);
		break;
	case FORM_INVALID:
		app_message(app, 1, "%s", _("Nog niet opgeslagen: verbeter eerst het "
					    "gemarkeerde veld."));
		break;
	case FORM_CANCEL:
		if (form_changed(&fs->form))
			app_ask(app, _("Wijzigingen niet opgeslagen. Weggooien?"), discard_yes, fs);
		else
			app_pop(app);
		break;
	case FORM_QUIT:
		app_quit(app);
		break;
	default:
		break;
	}
	return 1;
}

int formscreen_dirty(struct app *app, struct screen *s)
{
	struct formscreen *fs = s->st;
	(void)app;
	return form_changed(&fs->form);
}

static void free_fs(struct formscreen *fs)
{
	if (fs->ctx) {
		if (fs->kind->free_ctx)
			fs->kind->free_ctx(fs->ctx);
		else
			free(fs->ctx);
	}
	form_free(&fs->form);
	for (int i = 0; i < fs->nowned; i++)
		free(fs->owned[i]);
	free(fs->rec);
	free(fs);
}

void formscreen_destroy(struct app *app, struct screen *s)
{
	(void)app;
	free_fs(s->st);
}

/* ---- opening ---------------------------------------------------------------------- */

struct formscreen *formscreen_open(struct app *app, const struct formscreen_kind *kind,
				   const void *rec, int is_new, void *ctx,
				   const struct child *child, const char *title)
{
	struct gp_err e = {0};
	size_t sz = kind->def->rec_size;
	struct formscreen *fs = calloc(1, sizeof *fs);
	if (!fs || !(fs->rec = calloc(1, sz ? sz : 1)) ||
	    form_init(&fs->form, kind->def, app->today) != 0) {
		if (fs)
			free(fs->rec);
		free(fs);
		if (kind->free_ctx)
			kind->free_ctx(ctx);
		else
			free(ctx);
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return NULL;
	}
	fs->kind = kind;
	fs->ctx = ctx;
	fs->child = child;
	fs->is_new = is_new;
	fs->form.memory = &app->form_memory;
	if (rec)
		memcpy(fs->rec, rec, sz);
	snprintf(fs->title, sizeof fs->title, "%s", title);
	if (!is_new && form_fill(&fs->form, fs->rec) != 0)
		gp_fail(&e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	if (e.code == GP_OK && load_lists(app, fs, &e) == 0 && is_new) {
		if (kind->prepare)
			kind->prepare(app, fs);
		form_recall(&fs->form);
		form_mark_saved(&fs->form);
		form_focus_first(&fs->form);
	}
	if (e.code != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		free_fs(fs);
		return NULL;
	}
	app_push(app, &kind->ops, fs);
	return fs;
}
