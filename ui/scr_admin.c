/* scr_admin.c — Beheer, for the role beheerder only: the user accounts
 * (new, deactivate/activate, new password), the sociale kaart (new and
 * changed organisations) and Uitwisseling (importing children, the report
 * for the municipality).  Three sections, switched with Left/Right or Tab;
 * each is its own screen_ops so the bar shows the keys that work there.
 * Nothing is deleted: F8 deactivates (or activates again), after a question. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "list.h"
#include "org.h"
#include "screens.h"

enum { SEC_USERS, SEC_ORGS, SEC_EXCHANGE, SEC_COUNT, LIST_TOP = 3 };

/* The entries of Uitwisseling: what Enter opens. */
static const struct {
	const char *label;            /* N_() */
	void (*open)(struct app *app);
} EXCHANGE[] = {
	{N_("Kinderen importeren (CSV of BDS JSON)"), import_open},
	{N_("Rapportage voor de gemeente (aantallen)"), report_dialog_open},
};

enum { NEXCHANGE = sizeof EXCHANGE / sizeof *EXCHANGE };

struct admin {
	struct account *users; /* every account, by user name */
	int nusers;            /* entries in users */
	struct org *orgs;      /* every organisation, by name */
	int norgs;             /* entries in orgs */
	int section;           /* SEC_* shown */
	struct listpos pos[SEC_COUNT]; /* selection per section */
};

static const struct screen_key user_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, N_("Wachtwoord")},
	{ACT_NEW, N_("Nieuw")}, {ACT_DELETE, N_("(De)activeer")}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_SECTION_PREV, NULL},
	{ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key org_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_NEW, NULL},
	{ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_OPEN, N_("Wijzig")}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL},
	{ACT_NONE, NULL},
};

static const struct screen_key exchange_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_ops admin_ops[SEC_COUNT];

static void load(struct app *app, struct admin *a)
{
	struct gp_err e = {0};
	free(a->users);
	free(a->orgs);
	a->users = NULL;
	a->orgs = NULL;
	a->nusers = a->norgs = 0;
	if (account_list(app->db, &a->users, &a->nusers, &e) != GP_OK ||
	    org_list(app->db, NULL, &a->orgs, &a->norgs, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&a->pos[SEC_USERS], a->nusers);
	list_set_count(&a->pos[SEC_ORGS], a->norgs);
	list_set_count(&a->pos[SEC_EXCHANGE], NEXCHANGE);
}

static void admin_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Beheer"));
}

static void draw_tabs(struct app *app, struct admin *a, const struct rect *b)
{
	static const char *names[SEC_COUNT] = {N_("Gebruikers"), N_("Sociale kaart"),
					       N_("Uitwisseling")};
	int x = b->x + 2;
	for (int i = 0; i < SEC_COUNT; i++) {
		char tab[64];
		snprintf(tab, sizeof tab, i == a->section ? "[%s]" : " %s ", _(names[i]));
		attrset(i == a->section ? app_attr(app, TH_TAB) : A_NORMAL);
		x += draw_text(stdscr, b->y + 1, x, b->w - x, tab, app->ascii) + 1;
	}
	attrset(A_NORMAL);
	draw_hline(stdscr, b->y + 2, b->x + 2, b->w - 4, app->ascii);
}

/* Column texts at fixed offsets; widths[] in display columns. */
static void columns(struct app *app, int y, int x, const char *const *texts, const int *widths,
		    int n)
{
	for (int i = 0; i < n; i++) {
		draw_text(stdscr, y, x, widths[i] - 1, texts[i], app->ascii);
		x += widths[i];
	}
}

static void draw_users(struct app *app, struct admin *a, const struct rect *b)
{
	static const int w[] = {16, 28, 22, 9};
	const char *head[] = {_("Gebruiker"), _("Naam"), _("Rol"), _("Status")};
	struct listpos *p = &a->pos[SEC_USERS];
	attrset(app_attr(app, TH_HEADING));
	columns(app, b->y + LIST_TOP, b->x + 3, head, w, 4);
	attrset(A_NORMAL);
	list_set_height(p, b->h - LIST_TOP - 1);
	for (int i = 0; i < p->height && p->top + i < p->n; i++) {
		const struct account *u = &a->users[p->top + i];
		const char *t[] = {u->username, u->display_name,
				   refdata_label(app->ref, "rol", u->role),
				   u->active ? _("actief") : _("inactief")};
		int y = b->y + LIST_TOP + 1 + i;
		attrset(p->top + i == p->sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, b->x + 2, b->w - 4);
		columns(app, y, b->x + 3, t, w, 4);
	}
	attrset(A_NORMAL);
}

static void draw_orgs(struct app *app, struct admin *a, const struct rect *b)
{
	static const int w[] = {30, 22, 14, 9};
	const char *head[] = {_("Naam"), _("Soort"), _("Plaats"), _("Status")};
	struct listpos *p = &a->pos[SEC_ORGS];
	attrset(app_attr(app, TH_HEADING));
	columns(app, b->y + LIST_TOP, b->x + 3, head, w, 4);
	attrset(A_NORMAL);
	list_set_height(p, b->h - LIST_TOP - 1);
	for (int i = 0; i < p->height && p->top + i < p->n; i++) {
		const struct org *o = &a->orgs[p->top + i];
		const char *t[] = {o->name, refdata_label(app->ref, "organisatiesoort", o->kind),
				   o->city, o->active ? _("actief") : _("inactief")};
		int y = b->y + LIST_TOP + 1 + i;
		attrset(p->top + i == p->sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, b->x + 2, b->w - 4);
		columns(app, y, b->x + 3, t, w, 4);
	}
	attrset(A_NORMAL);
}

static void draw_exchange(struct app *app, struct admin *a, const struct rect *b)
{
	struct listpos *p = &a->pos[SEC_EXCHANGE];
	list_set_height(p, b->h - LIST_TOP - 1);
	for (int i = 0; i < NEXCHANGE; i++) {
		int y = b->y + LIST_TOP + i;
		attrset(i == p->sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, b->x + 2, b->w - 4);
		draw_text(stdscr, y, b->x + 3, b->w - 6, _(EXCHANGE[i].label), app->ascii);
	}
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, b->y + LIST_TOP + NEXCHANGE + 1, b->x + 3, b->w - 6,
		  _("Enter opent. Een kindoverzicht exporteert u in het dossier (Ctrl-E)."),
		  app->ascii);
	attrset(A_NORMAL);
}

static void admin_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct admin *a = s->st;
	draw_tabs(app, a, b);
	if (a->section == SEC_USERS)
		draw_users(app, a, b);
	else if (a->section == SEC_ORGS)
		draw_orgs(app, a, b);
	else
		draw_exchange(app, a, b);
}

/* --- user actions --- */

static void toggle_active(struct app *app, void *ctx)
{
	struct admin *a = ctx;
	struct gp_err e = {0};
	const struct account *u = &a->users[a->pos[SEC_USERS].sel];
	if (account_set_active(app->db, u->id, !u->active, u->version, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	else
		app_message_time(app, u->active ? _("Gedeactiveerd") : _("Geactiveerd"));
	load(app, a);
}

static int user_key(struct app *app, struct admin *a, enum action act)
{
	struct listpos *p = &a->pos[SEC_USERS];
	const struct account *u = p->n > 0 ? &a->users[p->sel] : NULL;
	switch (act) {
	case ACT_NEW:
		user_form_open(app);
		return 1;
	case ACT_EDIT:
		if (u)
			password_form_open(app, u);
		return 1;
	case ACT_DELETE:
		if (u) {
			char q[256];
			snprintf(q, sizeof q, u->active ? _("Gebruiker %s deactiveren? Inloggen "
							    "kan dan niet meer.")
							 : _("Gebruiker %s weer activeren?"),
				 u->username);
			app_ask(app, q, toggle_active, a);
		}
		return 1;
	default:
		return list_key(p, act);
	}
}

static int org_key(struct app *app, struct admin *a, enum action act)
{
	struct listpos *p = &a->pos[SEC_ORGS];
	switch (act) {
	case ACT_NEW:
		org_form_open(app, NULL);
		return 1;
	case ACT_EDIT:
	case ACT_OPEN:
		if (p->n > 0)
			org_form_open(app, &a->orgs[p->sel]);
		return 1;
	default:
		return list_key(p, act);
	}
}

static int admin_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct admin *a = s->st;
	(void)key;
	if (act == ACT_SECTION_NEXT || act == ACT_SECTION_PREV) {
		a->section = (a->section + (act == ACT_SECTION_NEXT ? 1 : SEC_COUNT - 1)) % SEC_COUNT;
		s->ops = &admin_ops[a->section];
		return 1;
	}
	if (a->section == SEC_EXCHANGE) {
		if (act == ACT_OPEN) {
			EXCHANGE[a->pos[SEC_EXCHANGE].sel].open(app);
			return 1;
		}
		return list_key(&a->pos[SEC_EXCHANGE], act);
	}
	return a->section == SEC_USERS ? user_key(app, a, act) : org_key(app, a, act);
}

static void admin_resume(struct app *app, struct screen *s)
{
	load(app, s->st);
}

static void admin_destroy(struct app *app, struct screen *s)
{
	struct admin *a = s->st;
	(void)app;
	free(a->users);
	free(a->orgs);
	free(a);
}

#define ADMIN_HOWTO \
	N_("Wissel met de pijltjes links en rechts of Tab tussen Gebruikers, Sociale " \
	   "kaart en Uitwisseling. Gebruikers: F7 maakt een nieuwe gebruiker, F4 geeft de gekozen " \
	   "gebruiker een nieuw wachtwoord, F8 deactiveert (of activeert weer). Niemand " \
	   "wordt verwijderd, zodat het logboek compleet blijft; de laatste actieve " \
	   "beheerder kan niet gedeactiveerd worden. Sociale kaart: F7 voegt een " \
	   "organisatie toe, F4 of Enter wijzigt de gekozen organisatie. Uitwisseling: " \
	   "Enter opent het importeren van kinderen of de rapportage voor de gemeente.")

static const struct screen_ops admin_ops[SEC_COUNT] = {
	[SEC_USERS] = {
		.name = "beheer", .title = admin_title, .draw = admin_draw, .key = admin_key,
		.resume = admin_resume, .destroy = admin_destroy, .keys = user_keys,
		.howto = ADMIN_HOWTO,
	},
	[SEC_ORGS] = {
		.name = "beheer", .title = admin_title, .draw = admin_draw, .key = admin_key,
		.resume = admin_resume, .destroy = admin_destroy, .keys = org_keys,
		.howto = ADMIN_HOWTO,
	},
	[SEC_EXCHANGE] = {
		.name = "beheer", .title = admin_title, .draw = admin_draw, .key = admin_key,
		.resume = admin_resume, .destroy = admin_destroy, .keys = exchange_keys,
		.howto = ADMIN_HOWTO,
	},
};

void admin_open(struct app *app)
{
	if (strcmp(app->me.role, "beheerder") != 0) {
		app_message(app, 1, "%s", _("Beheer is alleen voor een beheerder."));
		return;
	}
	for (int i = 0; i < SEC_COUNT; i++)
		if (app_pop_to(app, &admin_ops[i]))
			return;
	struct admin *a = calloc(1, sizeof *a);
	if (!a) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	load(app, a);
	app_push(app, &admin_ops[SEC_USERS], a);
}
