/* scr_admin.c — Beheer: the user accounts (new, deactivate/activate, new
 * password), the sociale kaart (new and changed organisations),
 * Uitwisseling (importing children, the report for the municipality), the
 * Hub (the last exchange and exchanging now, ui/admin_hub.c) and the audit
 * log (search by user, client number, action and dates).  Five sections, switched with Left/Right or Tab; each is its own screen_ops so
 * the bar shows the keys that work there.  A role sees the sections and
 * entries it may use (src/perm.h): a beheerder all but the import, a care
 * role only Uitwisseling, an assistent nothing.
 * Nothing is deleted: F8 deactivates (or activates again), after a question. */
#include <stdlib.h>
#include <string.h>

#include "admin_hub.h"
#include "audit.h"
#include "draw.h"
#include "field.h"
#include "list.h"
#include "org.h"
#include "perm.h"
#include "screens.h"

enum { SEC_USERS, SEC_ORGS, SEC_EXCHANGE, SEC_HUB, SEC_LOG, SEC_COUNT, LIST_TOP = 3,
       LOG_QUERY_MAX = 120, LOG_SHOWN = 1000 };

/* What a section needs. */
static const enum perm SECTION_PERM[SEC_COUNT] = {
	[SEC_USERS] = PERM_ACCOUNTS, [SEC_ORGS] = PERM_ORGS, [SEC_EXCHANGE] = PERM_COUNT,
	[SEC_HUB] = PERM_SYNC, [SEC_LOG] = PERM_AUDIT,
};

/* The entries of Uitwisseling: what Enter opens, and what it needs. */
static const struct {
	const char *label;            /* N_() */
	void (*open)(struct app *app);
	enum perm need;
} EXCHANGE[] = {
	{N_("Kinderen importeren (CSV of BDS JSON)"), import_open, PERM_WRITE},
	{N_("Rapportage voor de gemeente (aantallen)"), report_dialog_open, PERM_REPORT},
};

enum { NEXCHANGE = sizeof EXCHANGE / sizeof *EXCHANGE };

struct admin {
	struct account *users; /* every account, by user name */
	int nusers;            /* entries in users */
	struct org *orgs;      /* every organisation, by name */
	int norgs;             /* entries in orgs */
	int section;           /* SEC_* shown */
	int exchange[NEXCHANGE]; /* Uitwisseling: the EXCHANGE entries this role may open */
	int nexchange;         /* entries in exchange */
	struct listpos pos[SEC_COUNT]; /* selection per section */
	struct lineedit query; /* Logboek: what to look for */
	struct audit_entry *log; /* Logboek: the entries found, newest first */
	int nlog;              /* entries in log */
	char log_error[512];   /* Logboek: why the search failed, "" when it did not */
	struct admin_hub hub;  /* Hub: the last exchange, and one running */
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

static const struct screen_key log_keys[] = {
	{ACT_HELP, NULL}, {ACT_OPEN, N_("Zoek")}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key exchange_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key hub_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_OPEN, N_("Uitwisselen")}, {ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_ops admin_ops[SEC_COUNT];

/* The Uitwisseling entries the logged-in role may open. */
static int exchange_entries(const struct app *app, int *out)
{
	int n = 0;
	for (int i = 0; i < NEXCHANGE; i++)
		if (perm_may(app->db, EXCHANGE[i].need, NULL))
			out[n++] = i;
	return n;
}

/* 1 when the logged-in role may use section sec (Uitwisseling: when it may
 * open one of its entries). */
static int section_allowed(const struct app *app, int sec)
{
	if (sec == SEC_EXCHANGE) {
		int any[NEXCHANGE];
		return exchange_entries(app, any) > 0;
	}
	return perm_may(app->db, SECTION_PERM[sec], NULL);
}

/* The next section the role may use from 'from' in direction step (+1 or
 * -1), from itself when it is allowed and step is 0; -1 when none is. */
static int next_section(const struct app *app, int from, int step)
{
	for (int i = step ? 1 : 0; i <= SEC_COUNT; i++) {
		int sec = ((from + i * (step ? step : 1)) % SEC_COUNT + SEC_COUNT) % SEC_COUNT;
		if (section_allowed(app, sec))
			return sec;
	}
	return -1;
}

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
	a->nexchange = exchange_entries(app, a->exchange);
	list_set_count(&a->pos[SEC_EXCHANGE], a->nexchange);
	admin_hub_load(app, &a->hub);
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
					       N_("Uitwisseling"), N_("Hub"), N_("Logboek")};
	int x = b->x + 2;
	for (int i = 0; i < SEC_COUNT; i++) {
		char tab[64];
		if (!section_allowed(app, i))
			continue;
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

/* Looks up what the query line says (newest first). */
static void run_log(struct app *app, struct admin *a)
{
	struct gp_err e = {0};
	struct audit_query q;
	char buf[LOG_QUERY_MAX * 4 + 1];
	const char *why;
	free(a->log);
	a->log = NULL;
	a->nlog = 0;
	a->log_error[0] = '\0';
	if (audit_query_parse(le_text(&a->query), &q, buf, sizeof buf, &why) != 0) {
		snprintf(a->log_error, sizeof a->log_error, "%s", why);
	} else {
		q.limit = LOG_SHOWN;
		if (audit_search(app->db, &q, &a->log, &a->nlog, &e) != GP_OK)
			snprintf(a->log_error, sizeof a->log_error, "%s", e.msg);
	}
	a->pos[SEC_LOG].sel = a->pos[SEC_LOG].top = 0;
	list_set_count(&a->pos[SEC_LOG], a->nlog);
}

static void draw_log(struct app *app, struct admin *a, const struct rect *b)
{
	static const int w[] = {17, 13, 8, 24};
	const char *head[] = {_("Wanneer"), _("Gebruiker"), _("Cliënt"), _("Wat"), _("Waarover")};
	struct listpos *p = &a->pos[SEC_LOG];
	int y = b->y + LIST_TOP, x = b->x + 3;
	draw_text(stdscr, y, x, 8, _("Zoek:"), app->ascii);
	field_draw(app, y, x + 8, b->w - x - 12, &a->query, 0, 1);
	if (a->log_error[0]) {
		attrset(app_attr(app, TH_ERROR));
		draw_text(stdscr, y + 1, x, b->w - x - 2, a->log_error, app->ascii);
	} else {
		char line[160];
		attrset(app_attr(app, TH_DIM));
		if (a->nlog >= LOG_SHOWN)
			snprintf(line, sizeof line, _("De nieuwste %d regels; zoek preciezer voor "
						      "oudere."), a->nlog);
		else
			snprintf(line, sizeof line, _("%d regel(s). Zoek op gebruiker, cliëntnummer, "
						      "actie en datum(s); F1 legt uit."), a->nlog);
		draw_text(stdscr, y + 1, x, b->w - x - 2, line, app->ascii);
	}
	attrset(app_attr(app, TH_HEADING));
	y += 2;
	for (int c = 0, cx = x; c < 5; cx += c < 4 ? w[c] : 0, c++)
		draw_text(stdscr, y, cx, c < 4 ? w[c] - 1 : b->w - cx - 2, head[c], app->ascii);
	attrset(A_NORMAL);
	list_set_height(p, b->y + b->h - y - 1);
	for (int i = 0; i < p->height && p->top + i < p->n; i++) {
		const struct audit_entry *l = &a->log[p->top + i];
		char when[17], no[24];
		date_stamp_local(l->at, when);
		snprintf(no, sizeof no, "%lld", l->client_no);
		const char *t[] = {when, l->username[0] ? l->username : "-",
				   l->client_no ? no : (l->child_id[0] ? "?" : "-"),
				   audit_action_label(l->action), l->detail};
		attrset(p->top + i == p->sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y + 1 + i, b->x + 2, b->w - 4);
		for (int c = 0, cx = x; c < 5; cx += c < 4 ? w[c] : 0, c++)
			draw_text(stdscr, y + 1 + i, cx, c < 4 ? w[c] - 1 : b->w - cx - 2, t[c],
				  app->ascii);
	}
}

static void draw_exchange(struct app *app, struct admin *a, const struct rect *b)
{
	struct listpos *p = &a->pos[SEC_EXCHANGE];
	list_set_height(p, b->h - LIST_TOP - 1);
	for (int i = 0; i < a->nexchange; i++) {
		int y = b->y + LIST_TOP + i;
		attrset(i == p->sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y, b->x + 2, b->w - 4);
		draw_text(stdscr, y, b->x + 3, b->w - 6, _(EXCHANGE[a->exchange[i]].label),
			  app->ascii);
	}
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, b->y + LIST_TOP + a->nexchange + 1, b->x + 3, b->w - 6,
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
	else if (a->section == SEC_EXCHANGE)
		draw_exchange(app, a, b);
	else if (a->section == SEC_HUB)
		admin_hub_draw(app, &a->hub, b, b->y + LIST_TOP);
	else
		draw_log(app, a, b);
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

static int log_key(struct app *app, struct admin *a, enum action act, int key)
{
	if (act == ACT_OPEN) {
		run_log(app, a);
		return 1;
	}
	/* Left and Right move in the query; Tab and Shift-Tab change section */
	if (act == ACT_NONE || act == ACT_SECTION_PREV || act == ACT_SECTION_NEXT) {
		if (field_key(app, &a->query, key) == LE_REFUSED)
			app_message(app, 1, _("Dit veld is vol."));
		return 1;
	}
	return list_key(&a->pos[SEC_LOG], act);
}

static int admin_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct admin *a = s->st;
	int in_query = a->section == SEC_LOG && (key == GK_LEFT || key == GK_RIGHT);
	if ((act == ACT_SECTION_NEXT || act == ACT_SECTION_PREV) && !in_query) {
		int next = next_section(app, a->section, act == ACT_SECTION_NEXT ? 1 : -1);
		if (next < 0)
			return 1;
		a->section = next;
		s->ops = &admin_ops[a->section];
		if (a->section == SEC_LOG && !a->log && !a->log_error[0])
			run_log(app, a);
		return 1;
	}
	if (a->section == SEC_LOG)
		return log_key(app, a, act, key);
	if (a->section == SEC_HUB)
		return admin_hub_key(app, &a->hub, act);
	if (a->section == SEC_EXCHANGE) {
		if (act == ACT_OPEN) {
			if (a->nexchange > 0)
				EXCHANGE[a->exchange[a->pos[SEC_EXCHANGE].sel]].open(app);
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
	free(a->log);
	le_free(&a->query);
	free(a);
}

#define ADMIN_HOWTO \
	N_("Wissel met de pijltjes links en rechts of Tab tussen Gebruikers, Sociale " \
	   "kaart, Uitwisseling, Hub en Logboek. Gebruikers: F7 maakt een nieuwe gebruiker, F4 geeft de gekozen " \
	   "gebruiker een nieuw wachtwoord, F8 deactiveert (of activeert weer). Niemand " \
	   "wordt verwijderd, zodat het logboek compleet blijft; de laatste actieve " \
	   "beheerder kan niet gedeactiveerd worden. Sociale kaart: F7 voegt een " \
	   "organisatie toe, F4 of Enter wijzigt de gekozen organisatie. Logboek: typ " \
	   "waarop u zoekt en druk op Enter: een gebruikersnaam, een cliëntnummer, een " \
	   "actie (view, update, export, due_list, login, login_failed, lock, unlock, " \
	   "switch_user, denied, view_reason, backup, seal, destroy …) en een of twee " \
	   "datums (van en tot en met), in elke volgorde. Zonder zoekwoorden ziet u de " \
	   "nieuwste regels. Uitwisseling: Enter opent het importeren van kinderen of de " \
	   "rapportage voor de gemeente. Hub: wanneer deze werkplek het laatst met de hub " \
	   "van de organisatie uitwisselde en met welk resultaat; Enter wisselt nu uit en " \
	   "toont onderweg wat er gebeurt. De hub staat in het instellingenbestand (hub = …) " \
	   "of komt van --hub.")

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
	[SEC_HUB] = {
		.name = "beheer", .title = admin_title, .draw = admin_draw, .key = admin_key,
		.resume = admin_resume, .destroy = admin_destroy, .keys = hub_keys,
		.howto = ADMIN_HOWTO,
	},
	[SEC_LOG] = {
		.name = "beheer", .title = admin_title, .draw = admin_draw, .key = admin_key,
		.resume = admin_resume, .destroy = admin_destroy, .keys = log_keys,
		.howto = ADMIN_HOWTO, .typing = 1,
	},
};

int admin_available(const struct app *app)
{
	return next_section(app, SEC_USERS, 0) >= 0;
}

void admin_open(struct app *app)
{
	int first = next_section(app, SEC_USERS, 0);
	if (first < 0) {
		app_message(app, 1, _("In Beheer is niets voor de rol %s."),
			    refdata_label(app->ref, "rol", app->me.role));
		return;
	}
	for (int i = 0; i < SEC_COUNT; i++)
		if (app_pop_to(app, &admin_ops[i]))
			return;
	struct admin *a = calloc(1, sizeof *a);
	if (a && le_init(&a->query, LOG_QUERY_MAX, 0) != 0) {
		free(a);
		a = NULL;
	}
	if (!a) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	load(app, a);
	a->section = first;
	app_push(app, &admin_ops[first], a);
}
