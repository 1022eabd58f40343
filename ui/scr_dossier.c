/* scr_dossier.c — Dossier: the header a nurse needs at a glance (name, age
 * in years and months, BSN, sex, parents with gezag, huisarts, school) and
 * the sections Overzicht, Contactmomenten, Groei, Vaccinaties, GIZ,
 * Overdrachten, Notities, Gezin and Toegang (in the order of
 * docs/product.md §2), switched with Left/Right or Tab; the contact sections
 * are drawn by dossier_contacts.c, Groei by sec_growth.c, GIZ by
 * dossier_giz.c, Overdrachten by dossier_handovers.c, Notities and Toegang
 * by dossier_notes.c.  A section the user's role may not see (GIZ,
 * Overdrachten and Notities for an assistent or a beheerder) is not there
 * at all.
 * Opening a dossier writes a 'view' entry to the audit log (NEN 7513); a
 * beheerder first gives a reason, which is logged too.
 * Each section is its own screen_ops, so the function bar always shows the
 * keys that work there. */
#include <stdlib.h>
#include <string.h>

#include "childfmt.h"
#include "dossier.h"
#include "draw.h"
#include "list.h"
#include "org.h"
#include "perm.h"
#include "prompt.h"
#include "screens.h"
#include "sec_growth.h"

enum { SEC_OVERVIEW, SEC_CONTACTS, SEC_GROWTH, SEC_VACCINES, SEC_GIZ, SEC_HANDOVERS,
       SEC_NOTES, SEC_FAMILY, SEC_ACCESS, SEC_COUNT, HEADER_ROWS = 6 };


static const struct screen_key overview_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, N_("Wijzig kind")},
	{ACT_CONTACT, NULL}, {ACT_GIZ, NULL}, {ACT_PLAN, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL}, {ACT_NONE, NULL},
};

/* The same without F6 for a role that may not see GIZ content. */
static const struct screen_key overview_keys_plain[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, N_("Wijzig kind")},
	{ACT_CONTACT, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key family_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, N_("Wijzig ouder")},
	{ACT_NEW, N_("Nieuwe ouder")}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL},
	{ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_SECTION_PREV, NULL},
	{ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key contacts_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_NEW, NULL},
	{ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_OPEN, NULL}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL},
	{ACT_NONE, NULL},
};

static const struct screen_key handovers_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL},
	{ACT_STEP, NULL}, {ACT_NEW, N_("Nieuwe overdracht")}, {ACT_DELETE, N_("Intrekken")},
	{ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_OPEN, NULL}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, N_("Brief")},
	{ACT_NONE, NULL},
};

static const struct screen_key notes_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_EDIT, NULL}, {ACT_NEW, N_("Nieuwe notitie")},
	{ACT_QUIT, NULL}, {ACT_BACK, NULL}, {ACT_OPEN, NULL}, {ACT_UP, NULL},
	{ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key access_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_SECTION_PREV, NULL}, {ACT_SECTION_NEXT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_key vaccines_keys[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_CONTACT, NULL}, {ACT_PLAN, NULL},
	{ACT_QUIT, NULL},
	{ACT_BACK, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL},
	{ACT_PGDN, NULL}, {ACT_HOME, NULL}, {ACT_END, NULL}, {ACT_SECTION_PREV, NULL},
	{ACT_SECTION_NEXT, NULL}, {ACT_EXPORT, NULL}, {ACT_NONE, NULL},
};

static const struct screen_ops dossier_ops[SEC_COUNT];
static const struct screen_ops overview_plain_ops;

/* The screen_ops of the current section (Overzicht without F6 for a role
 * without GIZ). */
static const struct screen_ops *ops_of(const struct dossier *d)
{
	return d->section == SEC_OVERVIEW && !d->care ? &overview_plain_ops
						      : &dossier_ops[d->section];
}

static void org_name(struct app *app, const char *id, char *out, size_t n)
{
	struct org o;
	struct gp_err e = {0};
	out[0] = '\0';
	if (id[0] && org_get(app->db, id, &o, &e) == GP_OK)
		snprintf(out, n, "%s", o.name);
}

static void load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	free(d->family);
	free(d->siblings);
	d->family = NULL;
	d->siblings = NULL;
	d->nfamily = d->nsiblings = 0;
	d->loaded = child_get(app->db, d->id, &d->child, &e) == GP_OK;
	if (!d->loaded) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	if (child_family(app->db, d->id, &d->family, &d->nfamily, &e) != GP_OK ||
	    child_siblings(app->db, d->id, &d->siblings, &d->nsiblings, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	org_name(app, d->child.gp_org_id, d->gp_name, sizeof d->gp_name);
	org_name(app, d->child.school_org_id, d->school_name, sizeof d->school_name);
	list_set_count(&d->pos, d->nfamily + d->nsiblings);
	dossier_contacts_load(app, d);
	sec_growth_load(app, d->growth, &d->child);
	d->care = perm_may(app->db, PERM_CARE, d->id);
	if (d->care) {
		dossier_giz_load(app, d);
		dossier_handovers_load(app, d);
	}
	dossier_notes_load(app, d);
	dossier_access_load(app, d);
}

/* 1 when section i is there for this user. */
static int shown(const struct dossier *d, int i)
{
	return (i != SEC_NOTES && i != SEC_GIZ && i != SEC_HANDOVERS) || d->care;
}

static void name_of(const struct dossier *d, char *buf, size_t n)
{
	child_display_name(d->child.given_names, d->child.tussenvoegsel,
			   d->child.family_name, buf, n);
}

static void dossier_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	struct dossier *d = s->st;
	char name[NAME_BUF * 3];
	(void)app;
	name_of(d, name, sizeof name);
	snprintf(buf, n, _("Dossier %s"), d->loaded ? name : "");
}

static const char *sex_label(struct app *app, int sex)
{
	char code[8];
	snprintf(code, sizeof code, "%d", sex);
	return refdata_label(app->ref, "geslacht", code);
}

static void parent_name(const struct parent *p, char *buf, size_t n)
{
	child_display_name(p->given_names, p->tussenvoegsel, p->family_name, buf, n);
}

/* "Ouders: Anna de Vries (biologische moeder, gezag) · …" */
static void parents_line(struct app *app, const struct dossier *d, char *buf, size_t n)
{
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	snprintf(buf, n, "%s ", _("Ouders:"));
	if (d->nfamily == 0) {
		size_t len = strlen(buf);
		snprintf(buf + len, n - len, "%s", _("geen vastgelegd"));
	}
	for (int i = 0; i < d->nfamily; i++) {
		const struct family_member *m = &d->family[i];
		char name[NAME_BUF * 3];
		size_t len = strlen(buf);
		parent_name(&m->parent, name, sizeof name);
		snprintf(buf + len, n - len, "%s%s (%s%s)", i ? sep : "", name,
			 refdata_label(app->ref, "relatie", m->relation),
			 family_holds_gezag(m, app->today) ? _(", gezag") : "");
	}
}

static void draw_header(struct app *app, struct dossier *d, const struct rect *b)
{
	const struct child *c = &d->child;
	const char *sep = app->ascii ? " - " : " \u00b7 ";
	char name[NAME_BUF * 3], line[2048], age[64], birth[11], no[48];
	int x = b->x + 2, w = b->w - 4;
	name_of(d, name, sizeof name);
	snprintf(no, sizeof no, _("cli\u00ebntnr. %lld"), c->client_no);
	attrset(A_BOLD);
	draw_text(stdscr, b->y, x, w - 20, name, app->ascii);
	attrset(A_NORMAL);
	draw_text_right(stdscr, b->y, x + w, 19, no, app->ascii);
	fmt_age_long(c->birth_date, app->today, age, sizeof age);
	date_fmt_nl(c->birth_date, birth);
	snprintf(line, sizeof line, _("%s%sgeboren %s%s%s%sBSN %s"), age, sep, birth, sep,
		 sex_label(app, c->sex), sep, c->bsn[0] ? c->bsn : _("onbekend"));
	draw_text(stdscr, b->y + 1, x, w, line, app->ascii);
	parents_line(app, d, line, sizeof line);
	draw_text(stdscr, b->y + 2, x, w, line, app->ascii);
	snprintf(line, sizeof line, _("Huisarts: %s%sSchool: %s"),
		 d->gp_name[0] ? d->gp_name : "-", sep, d->school_name[0] ? d->school_name : "-");
	draw_text(stdscr, b->y + 3, x, w, line, app->ascii);
}

static void draw_tabs(struct app *app, struct dossier *d, int y, int x, int w)
{
	static const char *names[SEC_COUNT] = {N_("Overzicht"), N_("Contactmomenten"),
					       N_("Groei"), N_("Vaccinaties"), N_("GIZ"),
					       N_("Overdrachten"), N_("Notities"), N_("Gezin"),
					       N_("Toegang")};
	/* Each tab " name " (the current one "[name]", so it shows without
	 * colour) with a blank between them; without the blank when that does
	 * not fit.  When even that does not fit (nine sections in 80 columns)
	 * the names one blank apart, the current one in brackets, as many as
	 * fit around the current one, with < or > where more are hidden. */
	int idx[SEC_COUNT], wid[SEC_COUNT], n = 0, need = 0, cur = 0;
	for (int i = 0; i < SEC_COUNT; i++)
		if (shown(d, i)) {
			if (i == d->section)
				cur = n;
			wid[n] = draw_width(_(names[i]), app->ascii);
			need += wid[n] + 2;
			idx[n++] = i;
		}
	int gap = need + n - 1 <= w ? 1 : need <= w ? 0 : -1, lo = 0, hi = n - 1, cx = x;
	if (gap < 0) {
		/* the window [lo, hi] around cur: 1 before, the names, a blank
		 * between, 2 for the brackets, 2 for each arrow */
		int used = 1 + wid[cur] + 2;
		lo = hi = cur;
		for (int grew = 1; grew;) {
			grew = 0;
			if (hi + 1 < n && used + 1 + wid[hi + 1] + (hi + 2 < n ? 2 : 0) +
						  (lo > 0 ? 2 : 0) <= w) {
				used += 1 + wid[++hi];
				grew = 1;
			}
			if (lo > 0 && used + 1 + wid[lo - 1] + (lo > 1 ? 2 : 0) +
					      (hi + 1 < n ? 2 : 0) <= w) {
				used += 1 + wid[--lo];
				grew = 1;
			}
		}
		cx += draw_text(stdscr, y, cx, x + w - cx, lo > 0 ? " <" : " ", app->ascii);
	}
	for (int k = lo; k <= hi; k++) {
		char tab[64];
		int i = idx[k], sel = i == d->section;
		if (gap >= 0)
			snprintf(tab, sizeof tab, sel ? "[%s]" : " %s ", _(names[i]));
		else
			snprintf(tab, sizeof tab, sel ? "%s[%s]" : "%s%s",
				 k == lo && lo == 0 ? "" : " ", _(names[i]));
		attrset(sel ? app_attr(app, TH_TAB) : A_NORMAL);
		cx += draw_text(stdscr, y, cx, x + w - cx, tab, app->ascii) + (gap > 0 ? gap : 0);
	}
	attrset(A_NORMAL);
	if (gap < 0 && hi + 1 < n)
		draw_text(stdscr, y, cx, x + w - cx, " >", app->ascii);
	draw_hline(stdscr, y + 1, x, w, app->ascii);
}

/* "Label:   value" at row y. */
static void pair(struct app *app, int y, int x, int w, const char *label, const char *value)
{
	enum { LABEL_W = 22 };
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, LABEL_W - 1, label, app->ascii);
	attrset(A_NORMAL);
	draw_text(stdscr, y, x + LABEL_W, w - LABEL_W, value, app->ascii);
}

static void draw_overview(struct app *app, struct dossier *d, int y, int x, int w)
{
	const struct child *c = &d->child;
	char buf[2048], when[11];
	struct gp_date up;
	pair(app, y++, x, w, _("Roepnaam"), c->call_name[0] ? c->call_name : "-");
	snprintf(buf, sizeof buf, "%s %s, %s %s", c->street, c->house_number, c->postcode,
		 c->city);
	pair(app, y++, x, w, _("Adres"), c->street[0] || c->city[0] ? buf : "-");
	pair(app, y++, x, w, _("Telefoon"), c->phone[0] ? c->phone : "-");
	if (c->gestational_age_days)
		snprintf(buf, sizeof buf, _("%d+%d weken"), c->gestational_age_days / 7,
			 c->gestational_age_days % 7);
	pair(app, y++, x, w, _("Zwangerschapsduur"), c->gestational_age_days ? buf : "-");
	if (c->birth_weight_g)
		snprintf(buf, sizeof buf, _("%d gram"), c->birth_weight_g);
	pair(app, y++, x, w, _("Geboortegewicht"), c->birth_weight_g ? buf : "-");
	pair(app, y++, x, w, _("Status"), _(c->status));
	char day[16] = "";
	snprintf(day, sizeof day, "%.10s", c->updated_at);
	if (date_parse_iso(day, &up) == 0)
		date_fmt_nl(up, when);
	else
		snprintf(when, sizeof when, "-");
	snprintf(buf, sizeof buf, _("%s door %s"), when, c->updated_by[0] ? c->updated_by : "-");
	pair(app, y + 1, x, w, _("Laatst gewijzigd"), buf);
}

/* The gezag column: held today (by a GI?), ended, not yet, or none. */
static const char *gezag_word(const struct app *app, const struct family_member *m)
{
	if (!m->gezag)
		return _("geen gezag");
	if (family_holds_gezag(m, app->today))
		return m->gezag_org_id[0] ? _("gezag (GI)") : _("gezag");
	if (m->gezag_until.y && date_cmp(app->today, m->gezag_until) >= 0)
		return _("geëindigd");
	return _("nog niet");
}

static void draw_parent_row(struct app *app, const struct family_member *m, int y, int x,
			    int w, int sel)
{
	char name[NAME_BUF * 3];
	parent_name(&m->parent, name, sizeof name);
	attrset(sel ? app_attr(app, TH_SELECT) : A_NORMAL);
	draw_blank(stdscr, y, x, w);
	draw_text(stdscr, y, x + 1, 23, name, app->ascii);
	draw_text(stdscr, y, x + 25, 19, refdata_label(app->ref, "relatie", m->relation),
		  app->ascii);
	draw_text(stdscr, y, x + 45, 11, gezag_word(app, m), app->ascii);
	draw_text(stdscr, y, x + 58, w - 58, m->parent.phone[0] ? m->parent.phone
							       : m->parent.email, app->ascii);
	attrset(A_NORMAL);
}

static void draw_family(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	int row = 0, end = y + h;
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, w, _("Ouders en verzorgers"), app->ascii);
	attrset(A_NORMAL);
	if (d->nfamily == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y + 1, x + 1, w - 1, _("Nog geen ouders vastgelegd; F7 voegt er een toe."),
			  app->ascii);
		attrset(A_NORMAL);
		row = 1;
	}
	for (int i = 0; i < d->nfamily && y + 1 + row < end; i++, row++)
		draw_parent_row(app, &d->family[i], y + 1 + row, x, w, d->pos.sel == i);
	y += row + 2;
	if (y >= end)
		return;
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y++, x, w, _("Broers en zussen"), app->ascii);
	attrset(A_NORMAL);
	if (d->nsiblings == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1, _("Geen bekend."), app->ascii);
		attrset(A_NORMAL);
	}
	for (int i = 0; i < d->nsiblings && y < end; i++, y++)
		childlist_row(app, y, x, w, &d->siblings[i], d->pos.sel == d->nfamily + i);
}

static void dossier_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct dossier *d = s->st;
	if (!d->loaded)
		return;
	draw_header(app, d, b);
	draw_tabs(app, d, b->y + 4, b->x + 2, b->w - 4);
	int y = b->y + HEADER_ROWS + 1, h = b->y + b->h - y;
	switch (d->section) {
	case SEC_OVERVIEW:
		draw_overview(app, d, y, b->x + 2, b->w - 4);
		break;
	case SEC_CONTACTS:
		dossier_contacts_draw(app, d, y - 1, b->x + 2, b->w - 4, h + 1);
		break;
	case SEC_GROWTH:
		sec_growth_draw(app, d->growth, y, b->x + 2, b->w - 4, h);
		break;
	case SEC_VACCINES:
		dossier_vaccines_draw(app, d, y - 1, b->x + 2, b->w - 4, h + 1);
		break;
	case SEC_GIZ:
		dossier_giz_draw(app, d, y - 1, b->x + 2, b->w - 4, h + 1);
		break;
	case SEC_HANDOVERS:
		dossier_handovers_draw(app, d, y - 1, b->x + 2, b->w - 4, h + 1);
		break;
	case SEC_NOTES:
		dossier_notes_draw(app, d, y, b->x + 2, b->w - 4, h);
		break;
	case SEC_ACCESS:
		dossier_access_draw(app, d, y - 1, b->x + 2, b->w - 4, h + 1);
		break;
	default:
		draw_family(app, d, y, b->x + 2, b->w - 4, h);
	}
}

static void switch_section(struct screen *s, int delta)
{
	struct dossier *d = s->st;
	do
		d->section = (d->section + delta + SEC_COUNT) % SEC_COUNT;
	while (!shown(d, d->section));
	s->ops = ops_of(d);
}

static int family_key(struct app *app, struct dossier *d, enum action act)
{
	int on_parent = d->pos.n > 0 && d->pos.sel < d->nfamily;
	switch (act) {
	case ACT_NEW:
		parent_form_open(app, d->id, NULL);
		return 1;
	case ACT_EDIT:
		if (on_parent)
			parent_form_open(app, d->id, &d->family[d->pos.sel]);
		else
			app_message(app, 1, _("Kies eerst een ouder met de pijltjes."));
		return 1;
	case ACT_OPEN: /* a parent opens for editing, a brother or sister's dossier */
		if (on_parent)
			parent_form_open(app, d->id, &d->family[d->pos.sel]);
		else if (d->pos.n > 0)
			dossier_open(app, d->siblings[d->pos.sel - d->nfamily].id);
		return 1;
	default:
		return list_key(&d->pos, act);
	}
}

/* What a key that opens a form needs in this section, or PERM_COUNT when
 * the key opens no form (a sibling's dossier checks for itself). */
static enum perm form_perm(const struct dossier *d, enum action act)
{
	int form = act == ACT_EDIT || act == ACT_NEW || act == ACT_CONTACT || act == ACT_OPEN ||
		   act == ACT_GIZ || act == ACT_STEP || act == ACT_DELETE;
	if (!form || d->section == SEC_GROWTH || d->section == SEC_ACCESS)
		return PERM_COUNT;
	if (act == ACT_CONTACT || d->section == SEC_CONTACTS || d->section == SEC_VACCINES)
		return PERM_MEASURE;
	if (act == ACT_GIZ || d->section == SEC_NOTES || d->section == SEC_GIZ ||
	    d->section == SEC_HANDOVERS)
		return PERM_CARE;
	if (d->section == SEC_FAMILY && act == ACT_OPEN && d->pos.sel >= d->nfamily)
		return PERM_COUNT;
	return PERM_WRITE;
}

static int dossier_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct dossier *d = s->st;
	struct gp_err e = {0};
	(void)key;
	if (!d->loaded)
		return 0;
	switch (act) {
	case ACT_SECTION_NEXT:
		switch_section(s, 1);
		return 1;
	case ACT_SECTION_PREV:
		switch_section(s, -1);
		return 1;
	case ACT_EXPORT: /* in Overdrachten: the letter of the handover chosen */
		if (d->section == SEC_HANDOVERS && d->nhand > 0)
			export_letter_dialog_open(app, &d->child, d->hand[d->hpos.sel].id);
		else
			export_dialog_open(app, &d->child);
		return 1;
	default:
		break;
	}
	/* a form the role may not save is not opened (nothing typed for nothing) */
	enum perm need = form_perm(d, act);
	if (need != PERM_COUNT && perm_require(app->db, need, d->id, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return 1;
	}
	switch (d->section) {
	case SEC_OVERVIEW:
		if (act == ACT_EDIT)
			child_form_open(app, &d->child);
		else if (act == ACT_CONTACT)
			contact_form_open(app, &d->child, NULL);
		else if (act == ACT_GIZ)
			giz_form_open(app, &d->child, NULL);
		else if (act == ACT_PLAN)
			appointment_form_open(app, &d->child, NULL);
		return act == ACT_EDIT || act == ACT_CONTACT || act == ACT_GIZ || act == ACT_PLAN;
	case SEC_CONTACTS:
		return dossier_contacts_key(app, d, act);
	case SEC_GROWTH:
		return sec_growth_key(app, d->growth, &d->child, act);
	case SEC_VACCINES:
		return dossier_vaccines_key(app, d, act);
	case SEC_GIZ:
		return dossier_giz_key(app, d, act);
	case SEC_HANDOVERS:
		return dossier_handovers_key(app, d, act);
	case SEC_NOTES:
		return dossier_notes_key(app, d, act);
	case SEC_ACCESS:
		return dossier_access_key(app, d, act);
	default:
		return family_key(app, d, act);
	}
}

static void dossier_resume(struct app *app, struct screen *s)
{
	load(app, s->st);
}

static void dossier_destroy(struct app *app, struct screen *s)
{
	struct dossier *d = s->st;
	(void)app;
	free(d->family);
	free(d->siblings);
	dossier_contacts_free(d);
	dossier_notes_free(d);
	dossier_giz_free(d);
	dossier_handovers_free(d);
	sec_growth_free(d->growth);
	free(d);
}

#define DOSSIER_HOWTO \
	N_("Bovenaan staan de vaste gegevens van het kind. Wissel van sectie met de " \
	   "pijltjes links en rechts of met Tab. In Overzicht wijzigt F4 de gegevens van " \
	   "het kind en legt F5 een contactmoment vast. In Contactmomenten legt F7 een " \
	   "nieuw contact vast en opent Enter of F4 het gekozen contact om te wijzigen. " \
	   "Vaccinaties toont de gegeven en niet gegeven prikken en wat volgens het " \
	   "schema te laat, aan de beurt of geweigerd is, met de periode. GIZ toont de " \
	   "GIZ-gesprekken en de open afspraken: Enter opent de matrix of rondt een " \
	   "afspraak af, F7 legt een nieuw GIZ-gesprek vast (F6 doet dat in Overzicht). " \
	   "Overdrachten " \
	   "toont de warme overdrachten met hun stand en wat te laat is: F7 bereidt een " \
	   "nieuwe voor, Enter toont de brief, F4 wijzigt, F6 zet de volgende stap " \
	   "(verzenden, ontvangst, eerste gesprek, terugkoppeling, afronden) en F8 trekt " \
	   "haar in. GIZ en Overdrachten zijn er alleen voor wie aan dossiers werkt. " \
	   "In Gezin kiest " \
	   "u een ouder met de pijltjes: F4 of Enter wijzigt die ouder, " \
	   "F7 voegt een ouder of verzorger toe; Enter op een broer of zus opent diens " \
	   "dossier. Notities: F7 schrijft een notitie, Enter of F4 opent de gekozen " \
	   "notitie (alleen voor wie aan dossiers werkt). Toegang laat zien wie dit " \
	   "dossier wanneer heeft bekeken of gewijzigd, en vanaf welke werkplek: elk " \
	   "geopend dossier wordt vastgelegd in het logboek.")

#define DOSSIER_OPS(k) { \
	.name = "dossier", .title = dossier_title, .draw = dossier_draw, \
	.key = dossier_key, .resume = dossier_resume, .destroy = dossier_destroy, \
	.keys = (k), .howto = DOSSIER_HOWTO }

static const struct screen_ops dossier_ops[SEC_COUNT] = {
	[SEC_OVERVIEW] = DOSSIER_OPS(overview_keys),
	[SEC_CONTACTS] = DOSSIER_OPS(contacts_keys),
	[SEC_GROWTH] = {
		.name = "dossier", .title = dossier_title, .draw = dossier_draw,
		.key = dossier_key, .resume = dossier_resume, .destroy = dossier_destroy,
		.keys = sec_growth_keys, .howto = SEC_GROWTH_HOWTO,
	},
	[SEC_VACCINES] = DOSSIER_OPS(vaccines_keys),
	[SEC_GIZ] = DOSSIER_OPS(dossier_giz_keys),
	[SEC_HANDOVERS] = DOSSIER_OPS(handovers_keys),
	[SEC_NOTES] = DOSSIER_OPS(notes_keys),
	[SEC_FAMILY] = DOSSIER_OPS(family_keys),
	[SEC_ACCESS] = DOSSIER_OPS(access_keys),
};
static const struct screen_ops overview_plain_ops = DOSSIER_OPS(overview_keys_plain);

/* A beheerder's reason, asked before the dossier opens. */
struct reason_ctx {
	char id[DB_ID_LEN]; /* the child */
};

static enum gp_status give_reason(struct app *app, void *ctx, const char *text,
				  struct gp_err *e)
{
	struct reason_ctx *r = ctx;
	return perm_give_reason(app->db, r->id, text, e);
}

static void open_after_reason(struct app *app, void *ctx)
{
	struct reason_ctx *r = ctx;
	dossier_open(app, r->id);
}

void dossier_open(struct app *app, const char *child_id)
{
	struct gp_err e = {0};
	if (perm_needs_reason(app->db, child_id)) {
		struct reason_ctx *r = calloc(1, sizeof *r);
		if (!r) {
			app_message(app, 1, _("Geen geheugen meer vrij."));
			return;
		}
		snprintf(r->id, sizeof r->id, "%s", child_id);
		prompt_open_then(app, _("Reden om dit dossier te openen (komt in het logboek):"),
				 give_reason, open_after_reason, r);
		return;
	}
	struct dossier *d = calloc(1, sizeof *d);
	if (!d) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(d->id, sizeof d->id, "%s", child_id);
	d->growth = sec_growth_new();
	if (!d->growth) {
		free(d);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	load(app, d);
	if (!d->loaded) {
		dossier_destroy(app, &(struct screen){NULL, d});
		return;
	}
	/* NEN 7513: a dossier is shown only when its viewing is logged */
	if (child_log_view(app->db, child_id, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		dossier_destroy(app, &(struct screen){NULL, d});
		return;
	}
	dossier_access_load(app, d); /* Toegang shows this opening too */
	app_push(app, ops_of(d), d);
}

void dossier_show_handover(struct app *app, const char *handover_id)
{
	struct screen *s = app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
	int is_dossier = 0;
	for (int i = 0; s && i < SEC_COUNT; i++)
		is_dossier |= s->ops == &dossier_ops[i];
	if (!is_dossier)
		return;
	struct dossier *d = s->st;
	d->section = SEC_HANDOVERS;
	s->ops = &dossier_ops[SEC_HANDOVERS];
	dossier_handovers_load(app, d);
	dossier_handovers_select(d, handover_id);
}

void dossier_show_contacts(struct app *app)
{
	struct screen *s = app->depth > 0 ? &app->stack[app->depth - 1] : NULL;
	int is_dossier = s && s->ops == &overview_plain_ops;
	for (int i = 0; s && i < SEC_COUNT; i++)
		is_dossier |= s->ops == &dossier_ops[i];
	if (!is_dossier)
		return;
	struct dossier *d = s->st;
	d->section = SEC_CONTACTS;
	s->ops = &dossier_ops[SEC_CONTACTS];
}
