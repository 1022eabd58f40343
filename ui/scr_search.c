/* scr_search.c — Zoeken: a query line at the top and the matching children
 * below, updated on every key press (search_children: name without
 * diacritics or case, BSN, birth date dd-mm-jjjj, postcode).  Enter opens
 * the dossier, F7 adds a new child.  F3 or / from anywhere comes here with
 * an empty query; F3 on an empty query brings the previous one back. */
#include <stdlib.h>
#include <string.h>

#include "childfmt.h"
#include "draw.h"
#include "field.h"
#include "list.h"
#include "perm.h"
#include "screens.h"
#include "search.h"

/* The list holds the first SEARCH_MAX children in name order; more means
 * "type further".  100 is five and a half screens to scroll, and keeps a
 * keystroke within its budget at 100,000 children (docs/performance.md). */
enum { SEARCH_MAX = 100, QUERY_MAX = 100 };

struct search {
	struct lineedit query;       /* what is typed */
	struct child_summary *hits;  /* SEARCH_MAX results */
	int more;                    /* there were more than SEARCH_MAX */
	struct listpos pos;          /* selection in hits */
	char failed[512];            /* the last search error, "" when none */
};

static const struct screen_key search_keys[] = {
	{ACT_HELP, NULL},
	{ACT_SEARCH, N_("Wis/vorige")},
	{ACT_NEW, N_("Nieuw kind")}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_OPEN, NULL}, {ACT_UP, NULL}, {ACT_DOWN, NULL},
	{ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_NONE, NULL},
}; /* Home and End are the query line's (docs/product.md §3) */

static void run_search(struct app *app, struct search *s);

/* Keeps a query that is about to go for F3 on an empty one. */
static void keep_query(struct app *app, const struct search *s)
{
	const char *q = le_text(&s->query);
	if (q[0])
		snprintf(app->last_query, sizeof app->last_query, "%s", q);
}

/* F3: an empty query (the one there was is kept), or on an empty query the
 * previous one back. */
static void clear_or_recall(struct app *app, struct search *s)
{
	if (le_text(&s->query)[0]) {
		keep_query(app, s);
		le_set_text(&s->query, "");
	} else {
		le_set_text(&s->query, app->last_query);
	}
	run_search(app, s);
}

static void run_search(struct app *app, struct search *s)
{
	struct gp_err e = {0};
	int n = 0;
	s->failed[0] = '\0';
	s->more = 0;
	if (search_children(app->db, le_text(&s->query), s->hits, SEARCH_MAX, &n, &s->more,
			    &e) != GP_OK) {
		snprintf(s->failed, sizeof s->failed, "%s", e.msg);
		n = 0;
	}
	s->pos.sel = 0;
	s->pos.top = 0;
	list_set_count(&s->pos, n);
}

static void search_title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Zoeken"));
}

static void draw_count(struct app *app, struct search *s, int y, int x, int w)
{
	char line[128];
	if (s->failed[0]) {
		attrset(app_attr(app, TH_ERROR));
		draw_text(stdscr, y, x, w, s->failed, app->ascii);
		attrset(A_NORMAL);
		return;
	}
	if (!le_text(&s->query)[0])
		snprintf(line, sizeof line, "%s",
			 _("Typ een deel van de naam, een BSN, een geboortedatum of een postcode."));
	else if (s->pos.n == 0)
		snprintf(line, sizeof line, "%s", _("Geen kinderen gevonden."));
	else if (s->more)
		snprintf(line, sizeof line, _("Meer dan %d kinderen; typ verder om te verfijnen."),
			 SEARCH_MAX);
	else
		snprintf(line, sizeof line, s->pos.n == 1 ? _("%d kind gevonden.")
							   : _("%d kinderen gevonden."), s->pos.n);
	attrset(app_attr(app, TH_DIM));
	draw_text(stdscr, y, x, w, line, app->ascii);
	attrset(A_NORMAL);
}

static void search_draw(struct app *app, struct screen *sc, const struct rect *b)
{
	struct search *s = sc->st;
	int x = b->x + 2, w = b->w - 4, lw = 8;
	draw_text(stdscr, b->y + 1, x, lw, _("Zoeken:"), app->ascii);
	draw_count(app, s, b->y + 2, x, w);
	if (s->pos.n > 0) {
		childlist_heading(app, b->y + 4, x, w);
		list_set_height(&s->pos, b->h - 5);
		for (int i = 0; i < s->pos.height && s->pos.top + i < s->pos.n; i++) {
			int r = s->pos.top + i;
			childlist_row(app, b->y + 5 + i, x, w, &s->hits[r], r == s->pos.sel);
		}
	}
	field_draw(app, b->y + 1, x + lw, w - lw, &s->query, 0, 1);
}

static int search_key(struct app *app, struct screen *sc, enum action act, int key)
{
	struct search *s = sc->st;
	if (list_key(&s->pos, act))
		return 1;
	switch (act) {
	case ACT_OPEN:
		if (s->pos.n > 0)
			dossier_open(app, s->hits[s->pos.sel].id);
		return 1;
	case ACT_NEW: {
		struct gp_err e = {0};
		/* never a form the role may not save */
		if (perm_require(app->db, PERM_WRITE, NULL, &e) != GP_OK)
			app_message(app, 1, "%s", e.msg);
		else
			child_form_open(app, NULL);
		return 1;
	}
	case ACT_SEARCH:
		clear_or_recall(app, s);
		return 1;
	case ACT_NONE:
		break;
	default:
		return 0;
	}
	const char *before = le_text(&s->query);
	char *old = strdup(before);
	if (field_key(app, &s->query, key) == LE_REFUSED)
		app_message(app, 1, _("De zoekvraag is te lang."));
	if (!old || strcmp(old, le_text(&s->query)) != 0)
		run_search(app, s);
	free(old);
	return 1;
}

/* After a dossier or the new-child form closes: show what changed. */
static void search_resume(struct app *app, struct screen *sc)
{
	struct search *s = sc->st;
	int sel = s->pos.sel, top = s->pos.top;
	run_search(app, s);
	s->pos.sel = sel;
	s->pos.top = top;
	list_set_count(&s->pos, s->pos.n);
}

static void search_destroy(struct app *app, struct screen *sc)
{
	struct search *s = sc->st;
	keep_query(app, s);
	le_free(&s->query);
	free(s->hits);
	free(s);
}

static const struct screen_ops search_ops = {
	.name = "zoeken",
	.title = search_title,
	.draw = search_draw,
	.key = search_key,
	.resume = search_resume,
	.destroy = search_destroy,
	.keys = search_keys,
	.howto = N_("Typ een deel van de naam (hoofdletters en accenten maken niet uit: "
		    "'zoe' vindt Zoë), een BSN of een deel ervan, een geboortedatum "
		    "(dd-mm-jjjj) of een postcode. De lijst past zich aan bij elke toets. "
		    "Kies met de pijltjes en open het dossier met Enter. F3 maakt de "
		    "zoekvraag leeg; F3 op een lege zoekvraag haalt de vorige terug. F7 "
		    "voegt een nieuw kind toe."),
	.typing = 1,
};

/* The search screen already open, when nothing above it has unsaved
 * changes (those screens must not close unasked), or NULL. */
static struct search *open_search(struct app *app)
{
	int i = app->depth - 1;
	while (i >= 0 && app->stack[i].ops != &search_ops) {
		const struct screen *s = &app->stack[i];
		if (s->ops->dirty && s->ops->dirty(app, &app->stack[i]))
			return NULL;
		i--;
	}
	return i >= 0 ? app->stack[i].st : NULL;
}

void search_open(struct app *app)
{
	struct search *open = open_search(app);
	if (open && app_pop_to(app, &search_ops)) {
		keep_query(app, open);
		le_set_text(&open->query, "");
		run_search(app, open);
		return;
	}
	struct search *s = calloc(1, sizeof *s);
	if (s)
		s->hits = calloc(SEARCH_MAX, sizeof *s->hits);
	if (!s || !s->hits || le_init(&s->query, QUERY_MAX, 0) != 0) {
		if (s)
			free(s->hits);
		free(s);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	app_push(app, &search_ops, s);
}
