/* formscreen.h — a screen around one form of the form engine (ui/form.h).
 * Given a form table and the record to edit, it does everything a form
 * needs that is not particular to it: the code lists (loaded by name and
 * freed), filling the form from the record and collecting it back, the
 * remembered values of the session, drawing, keys, the unsaved-changes
 * question, and the save → core → close cycle.  A failed save (wrong
 * value, GP_ESTALE, disk full) leaves the form on the screen with
 * everything typed; an error about one field (struct gp_err.field) is shown
 * on that field with the cursor there, and an implausible value (kind
 * GP_CONFIRM) is put to the user as a question whose 'j' saves it confirmed.
 *
 * A form kind is a table plus a few callbacks; docs/architecture.md ("Add a
 * form") shows one from start to end. */
#ifndef GP_FORMSCREEN_H
#define GP_FORMSCREEN_H

#include "app.h"
#include "form.h"

struct formscreen;

/* A code list a form kind makes itself (a .list name starting with '@'
 * that only this form uses, such as the people of a child who may give
 * consent): the choices, calloc'ed and ending with a NULL code, for the
 * form's record, child and ctx; *extra (freed with the form) may hold what
 * the labels point into.  NULL on failure with e set. */
struct formscreen_list {
	const char *name;                   /* "@toestemmers" */
	struct form_choice *(*make)(struct app *app, struct formscreen *fs, void **extra,
				    struct gp_err *e);
};

/* What one kind of form (child, parent, organisation, user, contact)
 * supplies besides its table. */
struct formscreen_kind {
	struct screen_ops ops;      /* FORMSCREEN_OPS(name, how-to) */
	const struct form_def *def; /* the table */
	/* A new record: fills in the defaults (form_prefill) once the form is
	 * set up and before remembered values are recalled.  May be NULL. */
	void (*prepare)(struct app *app, struct formscreen *fs);
	/* Stores rec (the record as read with the form's values collected into
	 * it); GP_OK closes the form.  On failure e says why; e->field names the
	 * field at fault when there is one.  fs->confirmed is 1 when the user
	 * confirmed an implausible value. */
	enum gp_status (*save)(struct app *app, struct formscreen *fs, void *rec,
			       struct gp_err *e);
	/* After a good save, with the form closed (may open another screen);
	 * rec is the record as saved, was_new 1 when it was a new one.  May be
	 * NULL. */
	void (*saved)(struct app *app, void *rec, int was_new, void *ctx);
	void (*free_ctx)(void *ctx); /* frees ctx (NULL: free()) */
	const struct formscreen_list *lists; /* its own lists, ending with a NULL
					      * name; NULL when none */
};

enum { FORMSCREEN_MAX_LISTS = 24 };

struct formscreen {
	struct form form;                   /* the engine's state */
	const struct formscreen_kind *kind; /* what kind of record */
	void *rec;                          /* the record as read (or the base of a
					     * new one), def->rec_size bytes */
	int is_new;                         /* 1: a new record */
	int confirmed;                      /* the user confirmed what the core
					     * asked to confirm */
	void *ctx;                          /* the kind's own data */
	const struct child *child;          /* the child a form is about, or NULL
					     * (lists that depend on it) */
	void *owned[FORMSCREEN_MAX_LISTS];  /* code lists and what they point into */
	int nowned;                         /* entries used in owned */
	char title[512];                    /* breadcrumb part */
	int cols, rows;                     /* size the form was laid out for */
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

/* Opens a form of this kind.  rec is copied: the record to change, or with
 * is_new the base of a new one (NULL: all zero), whose fields start empty
 * and get the kind's defaults.  ctx (freed with the screen, also on
 * failure) is the kind's own; child the child the form is about, or NULL.
 * Code lists come from data/codes or a list the screen layer makes (below).
 * On failure says so in the status line and returns NULL. */
struct formscreen *formscreen_open(struct app *app, const struct formscreen_kind *kind,
				   const void *rec, int is_new, void *ctx,
				   const struct child *child, const char *title);

/* The form on top of the stack when it is fs (callbacks of a question use
 * this to see whether their form is still there). */
int formscreen_on_top(const struct app *app, const struct formscreen *fs);

/* Every form kind of the program (ui/formkinds.c), NULL-ended: the start-up
 * check and the table tests walk it.  A new form adds its kind here. */
extern const struct formscreen_kind *const formscreen_kinds[];
extern const struct formscreen_kind child_form_kind, parent_form_kind, org_form_kind,
	user_form_kind, password_form_kind, contact_form_kind, note_form_kind,
	appointment_form_kind, giz_form_kind, giz_agreement_form_kind, handover_form_kind,
	handover_step_kind, export_form_kind, import_form_kind, report_form_kind;

/* The start-up check over every form table: form_def_check, and every code
 * list named in a table exists and its codes fit the members they are stored
 * in.  0, or -1 with the first problem in msg (a programming or data error). */
int formscreen_check_all(const struct app *app, char *msg, size_t msgsz);

/* The lists the screen layer makes for every form (a .list name starting
 * with '@'; a kind's own lists come first, see struct formscreen_list):
 *   @huisarts    organisations of kind huisarts
 *   @school      schools and kinderopvang
 *   @medewerker  active accounts (and the one already chosen)
 *   @moment      the moments of the contact schedule
 *   @vaccin      the vaccines of the child's RVP version
 *   @locatie     the locations in use (children and appointments)
 *   @organisatie every organisation of the sociale kaart (the inactive ones
 *                last, marked)
 *   @ouders      the child's parents and carers
 * 1 when name is one of them. */
int formscreen_list_known(const char *name);

/* Validators for the field tables, wrapping src/validate.h. */
int fv_name(const char *v, char *norm, size_t n, const char **why);
int fv_prefix(const char *v, char *norm, size_t n, const char **why);
int fv_text(const char *v, char *norm, size_t n, const char **why);
int fv_bsn(const char *v, char *norm, size_t n, const char **why);
int fv_postcode(const char *v, char *norm, size_t n, const char **why);

#endif
