/* scr_user_form.c — Beheer: a new user account.  The form asks user name,
 * full name and role (pick list from data/codes/rol.tsv); the password is
 * then typed in a masked prompt, and only then is the account created.
 * Esc on the password brings the form back with what was typed. */
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "prompt.h"
#include "screens.h"

static int fv_username(const char *v, char *norm, size_t n, const char **why)
{
	if (n > 0)
		norm[0] = '\0'; /* keep the text as typed */
	if (valid_text(v, ACCOUNT_NAME_MAX - 1, 1, why) != 0)
		return -1;
	for (const char *p = v; *p; p++) {
		if (*p == ' ') {
			*why = _("Een gebruikersnaam heeft geen spaties.");
			return -1;
		}
	}
	return 0;
}

static const struct form_field_def user_fields[] = {
	{.key = "username", .label = N_("Gebruikersnaam"), .type = FT_TEXT, .required = 1,
	 .max_chars = ACCOUNT_NAME_MAX - 1, .validate = fv_username,
	 .help = N_("Waarmee de gebruiker inlogt, zonder spaties.")},
	{.key = "display_name", .label = N_("Volledige naam"), .type = FT_TEXT, .required = 1,
	 .max_chars = 60, .validate = fv_text, .help = N_("Zoals bovenin het scherm staat.")},
	{.key = "role", .label = N_("Rol"), .type = FT_CHOICE, .required = 1,
	 .help = N_("Enter opent de lijst; typ om te filteren.")},
};

enum { NFIELDS = sizeof user_fields / sizeof *user_fields };

struct user_form {
	struct form_choice *roles;              /* code list rol */
	char username[ACCOUNT_NAME_MAX];        /* as typed, once saved */
	char display_name[ACCOUNT_DISPLAY_BUF]; /* idem */
	char role[32];                          /* idem */
};

static void free_ctx(void *p)
{
	struct user_form *uf = p;
	if (uf)
		free(uf->roles);
	free(uf);
}

/* The form only checks; the account is made once the password is known. */
static enum gp_status save(struct app *app, struct formscreen *fs, const char **field,
			   struct gp_err *e)
{
	struct user_form *uf = fs->ctx;
	struct account a;
	struct gp_err ignore = {0};
	fs_copy(&fs->form, "username", uf->username, sizeof uf->username);
	fs_copy(&fs->form, "display_name", uf->display_name, sizeof uf->display_name);
	fs_copy(&fs->form, "role", uf->role, sizeof uf->role);
	if (account_get(app->db, uf->username, &a, &ignore) == GP_OK) {
		*field = "username";
		return gp_fail(e, GP_EINPUT, _("De gebruikersnaam '%s' bestaat al."), uf->username);
	}
	return GP_OK;
}

static enum gp_status create(struct app *app, void *ctx, const char *password,
			     struct gp_err *e)
{
	struct user_form *uf = ctx;
	struct account a;
	enum gp_status st = account_create(app->db, uf->username, uf->display_name, uf->role,
					   password, &a, e);
	if (st == GP_OK)
		app_message(app, 0, _("Gebruiker %s is aangemaakt."), uf->username);
	return st;
}

static void open_with(struct app *app, const struct user_form *typed);

/* Esc on the password: the form again, as it was typed. */
static void password_cancelled(struct app *app, void *ctx)
{
	open_with(app, ctx);
}

static void saved(struct app *app, void *ctx)
{
	struct user_form *uf = ctx, *copy = malloc(sizeof *copy);
	char q[256];
	if (!copy)
		return;
	*copy = *uf;
	copy->roles = NULL;
	snprintf(q, sizeof q, _("Wachtwoord voor %s (minstens %d tekens):"), uf->username,
		 PASSWORD_MIN);
	prompt_open_cancel(app, q, 1, create, password_cancelled, copy);
	app_message(app, 0, "%s", _("Kies nu een wachtwoord; de gebruiker bestaat pas na Enter."));
}

static const struct formscreen_kind user_kind = {
	.ops = FORMSCREEN_OPS("gebruiker", N_(
		"Vul gebruikersnaam, volledige naam en rol in en druk op F2. Daarna vraagt het "
		"programma het wachtwoord; pas na Enter bestaat de gebruiker.")),
	.save = save,
	.saved = saved,
	.free_ctx = free_ctx,
};

void user_form_open(struct app *app)
{
	open_with(app, NULL);
}

static void open_with(struct app *app, const struct user_form *typed)
{
	struct form f;
	struct user_form *uf = calloc(1, sizeof *uf);
	if (!uf || form_init(&f, user_fields, NFIELDS, app->today) != 0) {
		free(uf);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	uf->roles = formscreen_codelist(app, "rol");
	if (uf->roles)
		form_set_choices(&f, "role", uf->roles);
	if (typed) {
		/* form_set marks them unchanged; the user saves again with F2 */
		form_set(&f, "username", typed->username);
		form_set(&f, "display_name", typed->display_name);
		form_set(&f, "role", typed->role);
	}
	formscreen_open(app, &user_kind, &f, uf, _("Nieuwe gebruiker"));
}
