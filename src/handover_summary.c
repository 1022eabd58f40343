/* handover_summary.c — the summary a new handover starts with, written
 * from the dossier (docs/product.md §6): growth with the latest z-scores,
 * the vaccination status against the schedule, the recent contacts with
 * their conclusions, the agreements of the latest contact that has them,
 * and the latest GIZ assessment's conclusion with the plan's open
 * agreements.  The nurse edits it before sending; what is sent is what she
 * saved.
 *
 * The summary is a list of parts, each a function that appends a paragraph
 * (or nothing when the dossier has nothing for it). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "childdue.h"
#include "contact.h"
#include "giz.h"
#include "handover_summary.h"
#include "i18n.h"

enum { RECENT_CONTACTS = 3, LINE_CHARS = 200 };

/* Appends printf-style text to the summary (cut off at its end). */
static void add(struct summary_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct summary_buf *b, const char *fmt, ...)
{
	size_t len = strlen(b->text);
	va_list ap;
	if (len + 1 >= b->size)
		return;
	va_start(ap, fmt);
	vsnprintf(b->text + len, b->size - len, fmt, ap);
	va_end(ap);
}

/* "52,5" for 525 tenths. */
static void tenths(int v, char *out, size_t n)
{
	snprintf(out, n, "%d,%d", v / 10, v % 10);
}

/* " (z +0,32)" or "" when there is none. */
static void zpart(const struct growth_z *z, char *out, size_t n)
{
	out[0] = '\0';
	if (z->status != GROWTH_Z_OK)
		return;
	snprintf(out, n, " (z %+.2f)", z->z);
	for (char *p = out; *p; p++)
		if (*p == '.')
			*p = ',';
}

static enum gp_status growth_part(const struct summary_ctx *x, struct summary_buf *b,
				  struct gp_err *e)
{
	struct measurement *m = NULL;
	int n = 0;
	enum gp_status s = measurement_list(x->db, x->child->id, &m, &n, e);
	if (s != GP_OK || n == 0) {
		free(m);
		return s;
	}
	struct measurement_growth *g = calloc((size_t)n, sizeof *g);
	if (!g) {
		free(m);
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	measurement_growth_list(x->refs->growth, x->child->sex, x->child->birth_date, m, n, g);
	const struct measurement *last = &m[n - 1];
	const struct measurement_growth *lg = &g[n - 1];
	char day[11], v[32], z[32];
	date_fmt_nl(last->measured_on, day);
	add(b, _("Groei (meting %s):"), day);
	if (last->length_mm) {
		tenths(last->length_mm, v, sizeof v);
		zpart(&lg->z[GROWTH_LFA], z, sizeof z);
		add(b, _(" lengte %s cm%s;"), v, z);
	}
	if (last->weight_g) {
		int t = (last->weight_g + 50) / 100; /* tenths of a kilogram, rounded */
		snprintf(v, sizeof v, "%d,%d", t / 10, t % 10);
		zpart(&lg->z[GROWTH_WFA], z, sizeof z);
		add(b, _(" gewicht %s kg%s;"), v, z);
	}
	if (lg->bmi > 0) {
		snprintf(v, sizeof v, "%.1f", lg->bmi);
		for (char *p = v; *p; p++)
			if (*p == '.')
				*p = ',';
		zpart(&lg->z[GROWTH_BFA], z, sizeof z);
		add(b, _(" BMI %s%s;"), v, z);
	}
	if (last->head_mm) {
		tenths(last->head_mm, v, sizeof v);
		zpart(&lg->z[GROWTH_HCFA], z, sizeof z);
		add(b, _(" hoofdomtrek %s cm%s;"), v, z);
	}
	size_t len = strlen(b->text);
	if (len && b->text[len - 1] == ';')
		b->text[len - 1] = '.';
	if (lg->no_sex)
		add(b, " %s", measurement_growth_remark(lg));
	add(b, "\n");
	free(g);
	free(m);
	return GP_OK;
}

/* "DKTP-Hib-HepB 3, Pneu 2" of the doses in state st; the number found. */
static int doses_in(const struct sched_due_list *due, enum sched_state st, char *out, size_t n)
{
	int count = 0;
	out[0] = '\0';
	for (size_t i = 0; i < due->n; i++) {
		const struct sched_due *d = &due->items[i];
		size_t len = strlen(out);
		if (d->kind != SCHED_DOSE || d->state != st)
			continue;
		snprintf(out + len, n - len, "%s%s %d", count ? ", " : "", d->dose->vaccine,
			 d->dose->dose);
		count++;
	}
	return count;
}

static enum gp_status vaccination_part(const struct summary_ctx *x, struct summary_buf *b,
				       struct gp_err *e)
{
	static const enum sched_state shown[] = {SCHED_OVERDUE, SCHED_DUE, SCHED_CATCH_UP,
						 SCHED_REFUSED};
	struct sched_due_list due = {0};
	char list[1024];
	int given = 0, open = 0;
	enum gp_status s = child_due_list(x->db, x->refs->schedule, x->child, x->today, &due, e);
	if (s != GP_OK)
		return s;
	for (size_t i = 0; i < due.n; i++)
		given += due.items[i].kind == SCHED_DOSE && due.items[i].state == SCHED_DONE;
	add(b, _("Vaccinaties (RVP): %d gegeven"), given);
	for (size_t i = 0; i < sizeof shown / sizeof *shown; i++) {
		if (doses_in(&due, shown[i], list, sizeof list) == 0)
			continue;
		add(b, "; %s: %s", schedule_state_label(shown[i]), list);
		open += shown[i] != SCHED_REFUSED;
	}
	add(b, "%s\n", open ? "." : _(", verder volgens schema."));
	schedule_due_free(&due);
	return GP_OK;
}

/* The first line of a text, at most LINE_CHARS bytes (whole characters). */
static void first_line(const char *text, char *out, size_t n)
{
	size_t len = strcspn(text, "\n");
	if (len >= n)
		len = n - 1;
	while (len > 0 && ((unsigned char)text[len] & 0xC0) == 0x80)
		len--;
	memcpy(out, text, len);
	out[len] = '\0';
}

static enum gp_status contacts_part(const struct summary_ctx *x, struct summary_buf *b,
				    struct gp_err *e)
{
	struct contact *c = NULL;
	int n = 0, shown = 0, agreements = -1;
	enum gp_status s = contact_list(x->db, x->child->id, &c, &n, e);
	if (s != GP_OK)
		return s;
	for (int i = 0; i < n && shown < RECENT_CONTACTS; i++) {
		char day[11], line[LINE_CHARS + 1];
		if (!contact_realised(c[i].status) || date_cmp(c[i].date, x->today) > 0)
			continue;
		if (shown++ == 0)
			add(b, "%s\n", _("Recente contacten:"));
		date_fmt_nl(c[i].date, day);
		first_line(c[i].conclusion, line, sizeof line);
		add(b, "- %s %s%s%s\n", day,
		    x->refs->codes ? refdata_label(x->refs->codes, "contactsoort", c[i].kind)
				   : c[i].kind,
		    line[0] ? ": " : "", line);
	}
	for (int i = 0; i < n && agreements < 0; i++)
		if (c[i].agreements[0] && date_cmp(c[i].date, x->today) <= 0)
			agreements = i;
	if (agreements >= 0) {
		char day[11];
		date_fmt_nl(c[agreements].date, day);
		add(b, _("Afspraken (contact %s): %s\n"), day, c[agreements].agreements);
	}
	free(c);
	return GP_OK;
}

/* A code's label from the reference data, or the code itself without it. */
static const char *label(const struct summary_ctx *x, const char *list, const char *code)
{
	return x->refs->codes ? refdata_label(x->refs->codes, list, code) : code;
}

/* The latest GIZ assessment: its conclusion (BDS 1641 and the words agreed
 * with the parent) and every open agreement of the plan, with who and when
 * it is evaluated. */
static enum gp_status giz_part(const struct summary_ctx *x, struct summary_buf *b,
			       struct gp_err *e)
{
	struct giz_latest *g = calloc(1, sizeof *g);
	if (!g)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	enum gp_status s = giz_latest(x->db, x->child->id, g, e);
	if (s != GP_OK || !g->found) {
		free(g);
		return s;
	}
	char day[11], line[LINE_CHARS + 1];
	date_fmt_nl(g->date, day);
	first_line(g->conclusion_text, line, sizeof line);
	add(b, _("GIZ (gesprek %s): conclusie %s%s%s\n"), day,
	    g->conclusion[0] ? label(x, "gizconclusie", g->conclusion) : _("nog niet gekozen"),
	    line[0] ? ": " : "", line);
	if (g->nopen)
		add(b, "%s\n", _("Open afspraken:"));
	for (int i = 0; i < g->nopen; i++) {
		const struct giz_agreement_row *r = &g->open[i];
		date_fmt_nl(r->a.evaluate_on, day);
		first_line(r->a.what, line, sizeof line);
		add(b, _("- %s (%s; evaluatie %s)\n"), line,
		    r->org_name[0] ? r->org_name : label(x, "gizwie.kort", r->a.who_kind), day);
	}
	if (g->more)
		add(b, _("- en nog %d open afspraken\n"), g->more);
	free(g);
	return GP_OK;
}

/* The parts, in the order the summary has them. */
static enum gp_status (*const PARTS[])(const struct summary_ctx *, struct summary_buf *,
				       struct gp_err *) = {
	growth_part,
	vaccination_part,
	contacts_part,
	giz_part,
};

enum gp_status handover_summary(const struct summary_ctx *x, char *out, size_t outsz,
				struct gp_err *e)
{
	struct summary_buf b = {out, outsz};
	out[0] = '\0';
	for (size_t i = 0; i < sizeof PARTS / sizeof *PARTS; i++) {
		enum gp_status s = PARTS[i](x, &b, e);
		if (s != GP_OK)
			return s;
	}
	size_t len = strlen(out);
	while (len > 0 && out[len - 1] == '\n')
		out[--len] = '\0';
	if (!out[0])
		snprintf(out, outsz, "%s", _("Nog geen metingen, vaccinaties, contacten of GIZ-gesprek "
					     "in het dossier."));
	return GP_OK;
}
