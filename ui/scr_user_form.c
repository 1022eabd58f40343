/* scr_user_form.c — Beheer: a new user account (user name, full name, role
 * from data/codes/rol.tsv, and the password typed twice), and a new
 * password for an existing account (typed twice).  The password rules
 * themselves (docs/product.md §8: at least PASSWORD_MIN characters, not the
 * user name) are the core's, account_password_check(). */
#include <stdio.h>
#include <string.h>

#include "formscreen.h"
#include "screens.h"

enum { PASSWORD_MAX = 128 };

/* What the two forms edit. */
struct user_rec {
	char username[ACCOUNT_NAME_MAX * 4];    /* login name, no spaces */
	char display_name[ACCOUNT_DISPLAY_BUF]; /* full name */
	char role[32];                          /* rol.tsv code */
	char password[PASSWORD_MAX * 4 + 1];    /* as typed the first time */
	char password2[PASSWORD_MAX * 4 + 1];   /* as typed the second time */
	char id[DB_ID_LEN];                     /* new password: the account */
};

static int fv_username(const char *v, char *norm, size_t n, const char **why)
{
	if (n > 0)
		norm[0] = '\0'; /* keep the text as typed */
	if (valid_text(v, ACCOUNT_NAME_MAX - 1, 1, why) != 0)
		return -1;
	if (strchr(v, ' ')) {
		*why = _("Een gebruikersnaam heeft geen spaties.");
		return -1;
	}
	return 0;
}

/* The length rule as soon as the field is left (the rest on saving). */
static int fv_password(const char *v, char *norm, size_t n, const char **why)
{
	static struct gp_err e;
	if (n > 0)
		norm[0] = '\0';
	if (account_password_check("", v, &e) == GP_OK)
		return 0;
	*why = e.msg;
	return -1;
}

static int same_twice(const char *const v[], int loaded, int *at, const char **why)
{
	(void)loaded;
	if (strcmp(v[0], v[1]) == 0)
		return 0;
	*at = 1;
	*why = _("De twee wachtwoorden zijn niet gelijk; typ het wachtwoord nog eens.");
	return -1;
}

static const struct form_rule typed_twice = {"typed_twice", {"password", "password2"},
					     same_twice};

#define PASSWORD_FIELDS \
	{FORM_TEXT(struct user_rec, password), .label = N_("Wachtwoord"), .type = FT_SECRET, \
	 .required = 1, .max_chars = PASSWORD_MAX, .validate = fv_password, \
	 .rule = &typed_twice, .help = N_("Minstens 10 tekens en niet de gebruikersnaam; " \
					  "een zin van een paar woorden onthoudt u makkelijk.")}, \
	{FORM_TEXT(struct user_rec, password2), .label = N_("Nog eens"), .type = FT_SECRET, \
	 .required = 1, .max_chars = PASSWORD_MAX, \
	 .help = N_("Typ hetzelfde wachtwoord nog eens, ter controle.")}

static const struct form_field_def user_fields[] = {
	{FORM_TEXT(struct user_rec, username), .label = N_("Gebruikersnaam"), .type = FT_TEXT,
	 .required = 1, .max_chars = ACCOUNT_NAME_MAX - 1, .validate = fv_username,
	 .help = N_("Waarmee de gebruiker inlogt, zonder spaties.")},
	{FORM_TEXT(struct user_rec, display_name), .label = N_("Volledige naam"),
	 .type = FT_TEXT, .required = 1, .max_chars = 60, .validate = fv_text,
	 .help = N_("Zoals bovenin het scherm staat.")},
	{FORM_TEXT(struct user_rec, role), .label = N_("Rol"), .type = FT_CHOICE,
	 .required = 1, .list = "rol", .help = N_("Spatie opent de lijst; typ om te filteren.")},
	PASSWORD_FIELDS,
};

static const struct form_field_def password_fields[] = {PASSWORD_FIELDS};

static const struct form_def user_def = {
	"gebruiker", user_fields, sizeof user_fields / sizeof *user_fields,
	sizeof(struct user_rec),
};

static const struct form_def password_def = {
	"wachtwoord", password_fields, sizeof password_fields / sizeof *password_fields,
	sizeof(struct user_rec),
};

static enum gp_status create(struct app *app, struct formscreen *fs, void *rec,
			     struct gp_err *e)
{
	struct user_rec *u = rec;
	struct account a;
	(void)fs;
	enum gp_status st = account_create(app->db, u->username, u->display_name, u->role,
					   u->password, &a, e);
	memset(u->password, 0, sizeof u->password);
	memset(u->password2, 0, sizeof u->password2);
	return st;
}

static void created(struct app *app, void *rec, int was_new, void *ctx)
{
	(void)was_new;
	(void)ctx;
	app_message(app, 0, _("Gebruiker %s is aangemaakt."), ((struct user_rec *)rec)->username);
}

const struct formscreen_kind user_form_kind = {
	.ops = FORMSCREEN_OPS("gebruiker", N_(
		"Vul gebruikersnaam, volledige naam en rol in, en het wachtwoord twee keer "
		"(minstens 10 tekens, niet de gebruikersnaam). F2 maakt de gebruiker aan; Esc "
		"annuleert.")),
	.def = &user_def,
	.save = create,
	.saved = created,
};

static enum gp_status set_password(struct app *app, struct formscreen *fs, void *rec,
				   struct gp_err *e)
{
	struct user_rec *u = rec;
	(void)fs;
	enum gp_status st = account_set_password(app->db, u->id, u->password, e);
	memset(u->password, 0, sizeof u->password);
	memset(u->password2, 0, sizeof u->password2);
	return st;
}

static void password_saved(struct app *app, void *rec, int was_new, void *ctx)
{
	(void)rec;
	(void)was_new;
	(void)ctx;
	app_message_time(app, _("Nieuw wachtwoord opgeslagen"));
}

const struct formscreen_kind password_form_kind = {
	.ops = FORMSCREEN_OPS("wachtwoord", N_(
		"Typ het nieuwe wachtwoord twee keer (minstens 10 tekens, niet de "
		"gebruikersnaam) en druk op F2. Esc annuleert; er verandert dan niets.")),
	.def = &password_def,
	.save = set_password,
	.saved = password_saved,
};

void user_form_open(struct app *app)
{
	formscreen_open(app, &user_form_kind, NULL, 1, NULL, NULL, _("Nieuwe gebruiker"));
}

void password_form_open(struct app *app, const struct account *a)
{
	struct user_rec u = {0};
	char title[ACCOUNT_NAME_MAX + 64];
	snprintf(u.id, sizeof u.id, "%s", a->id);
	snprintf(u.username, sizeof u.username, "%s", a->username);
	snprintf(title, sizeof title, _("Nieuw wachtwoord voor %s"), a->username);
	formscreen_open(app, &password_form_kind, &u, 1, NULL, NULL, title);
}
