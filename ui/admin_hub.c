/* admin_hub.c — see admin_hub.h. */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "admin_hub.h"
#include "draw.h"
#include "hub.h"
#include "i18n.h"

enum { LABEL_W = 22 };

void admin_hub_load(struct app *app, struct admin_hub *h)
{
	struct gp_err e = {0};
	if (sync_status(app->db, &h->last, &e) != GP_OK)
		app_message(app, 1, "%s", e.msg);
}

/* One "label  value" line. */
static void row(struct app *app, int y, int x, int w, const char *label, const char *value)
{
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, y, x, LABEL_W - 1, label, app->ascii);
	attrset(A_NORMAL);
	draw_text(stdscr, y, x + LABEL_W, w - LABEL_W, value, app->ascii);
}

/* "3 naar de hub, 5 van de hub, 0 conflicten" and what left the scope. */
static void counts_text(const struct sync_report *r, char *out, size_t n)
{
	int len = snprintf(out, n, _("%d naar de hub, %d van de hub, %d conflicten"), r->pushed,
			   r->pulled, r->conflicts);
	if (r->left && len > 0 && (size_t)len < n)
		len += snprintf(out + len, n - (size_t)len,
				_("; %d kind(eren) buiten bereik verwijderd"), r->left);
	if (r->kept && len > 0 && (size_t)len < n)
		snprintf(out + len, n - (size_t)len, _("; %d kind(eren) buiten bereik nog hier"),
			 r->kept);
}

/* When, whether it worked, and the counts; the warning when it is too
 * long ago.  Returns the next free row. */
static int draw_last(struct app *app, const struct admin_hub *h, int y, int x, int w)
{
	const struct sync_status *st = &h->last;
	char when[40] = "", text[400];
	time_t at = (time_t)st->last_at;
	struct tm tm;
	if (at && localtime_r(&at, &tm) && strftime(when, sizeof when, "%d-%m-%Y %H:%M", &tm) == 0)
		when[0] = '\0';
	row(app, y++, x, w, _("Laatste uitwisseling"), when[0] ? when : _("nog nooit"));
	if (at) {
		row(app, y++, x, w, _("Resultaat"), st->failed ? _("mislukt") : _("gelukt"));
		if (st->failed) {
			attrset(app_attr(app, TH_ERROR));
			y += draw_wrapped(stdscr, y, x + LABEL_W, w - LABEL_W, 3, st->result,
					  app->ascii);
			attrset(A_NORMAL);
		} else if (st->counted) {
			struct sync_report r = {.pushed = st->pushed, .pulled = st->pulled,
						.conflicts = st->conflicts, .left = st->left,
						.kept = st->kept};
			counts_text(&r, text, sizeof text);
			row(app, y++, x, w, _("Aantallen"), text);
		}
	}
	long long age = (long long)time(NULL) - st->last_at;
	if (!at || age > (long long)app->cfg.sync_warn_days * 86400) {
		if (at)
			snprintf(text, sizeof text,
				 _("! Langer dan %d dag(en) niet uitgewisseld (sync_warn_days)."),
				 app->cfg.sync_warn_days);
		else
			snprintf(text, sizeof text, "%s",
				 _("! Dit bestand heeft nog nooit met de hub uitgewisseld."));
		attrset(app_attr(app, TH_ERROR));
		y += draw_wrapped(stdscr, y, x, w, 2, text, app->ascii);
		attrset(A_NORMAL);
	}
	return y;
}

void admin_hub_draw(struct app *app, struct admin_hub *h, const struct rect *b, int y)
{
	int x = b->x + 3, w = b->w - 6;
	char text[700];
	struct gp_err ce = {0};
	if (app->hub[0] && hub_conninfo_check(app->hub, &ce) != GP_OK) {
		/* never on the screen: it may hold a password */
		row(app, y++, x, w, _("Hub"), _("ongeldig ingesteld"));
		attrset(app_attr(app, TH_ERROR));
		y += draw_wrapped(stdscr, y, x + LABEL_W, w - LABEL_W, 4, ce.msg, app->ascii);
		attrset(A_NORMAL);
	} else if (app->hub[0]) {
		snprintf(text, sizeof text, "%s  (%s)", app->hub,
			 app->hub_from_cli ? _("--hub") : _("instellingenbestand"));
		row(app, y++, x, w, _("Hub"), text);
	} else {
		row(app, y++, x, w, _("Hub"), _("niet ingesteld"));
	}
	y = draw_last(app, h, y, x, w) + 1;
	if (h->busy) {
		if (h->total > 0)
			snprintf(text, sizeof text, _("Bezig: %s (%d van %d)"),
				 sync_phase_label(h->phase), h->done, h->total);
		else
			snprintf(text, sizeof text, _("Bezig: %s"), sync_phase_label(h->phase));
		attrset(app_attr(app, TH_HEADING));
		draw_text(stdscr, y++, x, w, text, app->ascii);
		attrset(A_NORMAL);
		counts_text(&h->counts, text, sizeof text);
		draw_text(stdscr, y++, x, w, text, app->ascii);
		return;
	}
	attrset(app_attr(app, TH_DIM));
	if (app->hub[0])
		draw_wrapped(stdscr, y, x, w, 3,
			     _("Enter wisselt nu uit met de hub: eerst gaat wat hier veranderd is "
			       "naar de hub, dan komt wat elders veranderd is hierheen."),
			     app->ascii);
	else
		draw_wrapped(stdscr, y, x, w, 5,
			     _("Er is geen hub ingesteld, dus uitwisselen kan hier niet. Zet in het "
			       "instellingenbestand (~/.config/groeipad/config) een regel als "
			       "'hub = service=groeipad' (de verbinding met de hub, zonder "
			       "wachtwoord) en start groeipad opnieuw, of start groeipad met --hub."),
			     app->ascii);
	attrset(A_NORMAL);
}

struct progress_ctx {
	struct app *app;
	struct admin_hub *h;
};

/* Called by the exchange between its steps: draw where it is now. */
static void on_progress(const struct sync_progress *p, void *ctx)
{
	struct progress_ctx *c = ctx;
	c->h->phase = p->phase;
	c->h->done = p->done;
	c->h->total = p->total;
	if (p->r)
		c->h->counts = *p->r;
	app_draw_now(c->app);
}

int admin_hub_key(struct app *app, struct admin_hub *h, enum action act)
{
	if (act != ACT_OPEN)
		return 0;
	if (!app->hub[0]) {
		app_message(app, 1, "%s", _("Er is geen hub ingesteld; zie de uitleg op het scherm."));
		return 1;
	}
	struct gp_err e = {0};
	struct sync_report r;
	struct progress_ctx ctx = {app, h};
	memset(&h->counts, 0, sizeof h->counts);
	h->busy = 1;
	h->phase = SYNC_PHASE_COLLECT;
	h->done = h->total = 0;
	app_message(app, 0, "%s", _("Verbinden met de hub\u2026"));
	app_draw_now(app);
	enum gp_status s = sync_with_hub(app->db, app->hub, NULL, on_progress, &ctx, &r, &e);
	h->busy = 0;
	admin_hub_load(app, h);
	if (s != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return 1;
	}
	char text[400];
	counts_text(&r, text, sizeof text);
	app_message(app, 0, _("Uitgewisseld met de hub: %s."), text);
	return 1;
}
