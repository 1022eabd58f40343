/* dossier_notes.c — the dossier sections Notities (free notes, newest
 * first: date, author and the first line; Enter or F4 opens one, F7 writes
 * a new one — only for the roles that may see care content) and Toegang
 * (who viewed or changed this dossier, when, from which workstation: the
 * audit log's entries for this child, NEN 7513).  See dossier.h. */
#include <stdlib.h>
#include <string.h>

#include "draw.h"
#include "dossier.h"
#include "screens.h"

enum { ACCESS_SHOWN = 500 }; /* the newest entries shown in Toegang */

void dossier_notes_free(struct dossier *d)
{
	free(d->notes);
	free(d->access);
	d->notes = NULL;
	d->access = NULL;
	d->nnotes = d->naccess = 0;
}

void dossier_notes_load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	free(d->notes);
	d->notes = NULL;
	d->nnotes = 0;
	if (d->care && note_list(app->db, d->id, &d->notes, &d->nnotes, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&d->npos, d->nnotes);
}

void dossier_access_load(struct app *app, struct dossier *d)
{
	struct gp_err e = {0};
	struct audit_query q = {.child_id = d->id, .limit = ACCESS_SHOWN};
	free(d->access);
	d->access = NULL;
	d->naccess = 0;
	if (audit_search(app->db, &q, &d->access, &d->naccess, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
	list_set_count(&d->apos, d->naccess);
}

/* The first line of a note, for the list. */
static void first_line(const char *text, char *out, size_t n)
{
	size_t len = strcspn(text, "\n");
	snprintf(out, n, "%.*s%s", (int)len, text, text[len] ? " …" : "");
}

void dossier_notes_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	if (d->nnotes == 0) {
		attrset(app_attr(app, TH_DIM));
		draw_text(stdscr, y, x + 1, w - 1, _("Nog geen notities; F7 schrijft er een."),
			  app->ascii);
		attrset(A_NORMAL);
		return;
	}
	list_set_height(&d->npos, h);
	for (int i = 0; i < d->npos.height && d->npos.top + i < d->nnotes; i++) {
		const struct note *n = &d->notes[d->npos.top + i];
		char when[17], line[512];
		date_stamp_local(n->written_at, when);
		first_line(n->text, line, sizeof line);
		attrset(d->npos.top + i == d->npos.sel ? app_attr(app, TH_SELECT) : A_NORMAL);
		draw_blank(stdscr, y + i, x, w);
		draw_text(stdscr, y + i, x + 1, 16, when, app->ascii);
		draw_text(stdscr, y + i, x + 19, 20, n->author[0] ? n->author : "-", app->ascii);
		draw_text(stdscr, y + i, x + 41, w - 42, line, app->ascii);
	}
	attrset(A_NORMAL);
}

int dossier_notes_key(struct app *app, struct dossier *d, enum action act)
{
	switch (act) {
	case ACT_NEW:
		note_form_open(app, d->id, NULL);
		return 1;
	case ACT_OPEN:
	case ACT_EDIT:
		if (d->nnotes > 0)
			note_form_open(app, d->id, &d->notes[d->npos.sel]);
		return 1;
	default:
		return list_key(&d->npos, act);
	}
}

void dossier_access_draw(struct app *app, struct dossier *d, int y, int x, int w, int h)
{
	static const int cols[] = {17, 32, 20};
	const char *head[] = {_("Wanneer"), _("Wie"), _("Wat"), _("Werkplek")};
	attrset(app_attr(app, TH_HEADING));
	for (int c = 0, cx = x + 1; c < 4; cx += c < 3 ? cols[c] : 0, c++)
		draw_text(stdscr, y, cx, c < 3 ? cols[c] - 1 : w - (cx - x) - 1, head[c], app->ascii);
	attrset(A_NORMAL);
	list_set_height(&d->apos, h - 1);
	for (int i = 0; i < d->apos.height && d->apos.top + i < d->naccess; i++) {
		const struct audit_entry *a = &d->access[d->apos.top + i];
		char when[17], who[AUDIT_NAME_MAX + sizeof a->display_name + 4];
		date_stamp_local(a->at, when);
		if (a->display_name[0])
			snprintf(who, sizeof who, "%s (%s)", a->display_name, a->username);
		else
			snprintf(who, sizeof who, "%s", a->username[0] ? a->username : "-");
		const char *t[] = {when, who, audit_action_label(a->action), a->workstation};
		for (int c = 0, cx = x + 1; c < 4; cx += c < 3 ? cols[c] : 0, c++)
			draw_text(stdscr, y + 1 + i, cx, c < 3 ? cols[c] - 1 : w - (cx - x) - 1, t[c],
				  app->ascii);
	}
}

int dossier_access_key(struct app *app, struct dossier *d, enum action act)
{
	(void)app;
	/* a page scrolls: the list has no selection to act on */
	if (act == ACT_DOWN && d->apos.top + d->apos.height < d->apos.n) {
		d->apos.top++;
		d->apos.sel = d->apos.top;
		return 1;
	}
	if (act == ACT_UP && d->apos.top > 0) {
		d->apos.top--;
		d->apos.sel = d->apos.top;
		return 1;
	}
	return list_key(&d->apos, act);
}
