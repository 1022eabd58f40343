/* scr_import.c — Beheer › Uitwisseling: children from a CSV or BDS JSON
 * file.  The file name is asked in a one-field form; the file is then checked
 * without storing anything (import.h, dry run) and the report shown: every
 * bad record with its line and reason, every change to a child already
 * present, warnings, totals.  F2 imports it (all or nothing); when some
 * records are bad, F2 imports only the good ones, after a question. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "draw.h"
#include "formscreen.h"
#include "import.h"
#include "list.h"
#include "screens.h"

/* One line of the report, as shown. */
struct line {
	char text[600];
	int error;                /* a bad record: shown as an error */
};

struct import_view {
	char path[PATH_MAX];      /* the file */
	struct line *lines;       /* the report */
	int nlines, cap;
	struct import_summary sum; /* of the last run */
	int stored;               /* the import was stored: nothing more to do */
	struct listpos pos;       /* scrolling */
};

static const struct screen_key import_keys[] = {
	{ACT_HELP, NULL}, {ACT_SAVE, N_("Importeren")}, {ACT_QUIT, NULL}, {ACT_BACK, NULL},
	{ACT_UP, NULL}, {ACT_DOWN, NULL}, {ACT_PGUP, NULL}, {ACT_PGDN, NULL}, {ACT_HOME, NULL},
	{ACT_END, NULL}, {ACT_NONE, NULL},
};

static void add_line(struct import_view *v, int error, const char *text)
{
	if (v->nlines == v->cap) {
		int cap = v->cap ? v->cap * 2 : 64;
		struct line *l = realloc(v->lines, (size_t)cap * sizeof *l);
		if (!l)
			return;
		v->lines = l;
		v->cap = cap;
	}
	struct line *l = &v->lines[v->nlines++];
	snprintf(l->text, sizeof l->text, "%s", text);
	l->error = error;
}

static void collect(void *ctx, const struct import_note *n)
{
	struct import_view *v = ctx;
	char buf[700];
	const char *base = strrchr(n->file, '/') ? strrchr(n->file, '/') + 1 : n->file;
	if (n->line > 0 && n->kind == IMPORT_WARN)
		snprintf(buf, sizeof buf, _("regel %ld: let op: %s"), n->line, n->text);
	else if (n->line > 0)
		snprintf(buf, sizeof buf, _("regel %ld: %s"), n->line, n->text);
	else
		snprintf(buf, sizeof buf, "%s: %s", base, n->text);
	add_line(v, n->kind == IMPORT_BAD, buf);
}

/* Runs the import (dry_run: only the check) and fills the report. */
static void run(struct app *app, struct import_view *v, int dry_run, int skip_bad)
{
	struct gp_err e = {0};
	const char *paths[1] = {v->path};
	struct import_options opt = {.skip_bad = skip_bad, .dry_run = dry_run,
				     .today = app->today, .report = collect, .ctx = v};
	v->nlines = 0;
	enum gp_status s = import_files(app->db, paths, 1, &opt, &v->sum, &e);
	char total[256];
	snprintf(total, sizeof total, _("Totaal: %lld record(s): %lld nieuw, %lld gewijzigd, "
					"%lld ongewijzigd, %lld niet in orde."),
		 v->sum.records, v->sum.created, v->sum.changed, v->sum.unchanged, v->sum.bad);
	add_line(v, 0, total);
	list_set_count(&v->pos, v->nlines);
	v->pos.sel = 0;
	v->pos.top = 0;
	if (s != GP_OK && !(dry_run && s == GP_EINPUT)) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	if (v->sum.stored) {
		v->stored = 1;
		app_message(app, 0, _("Geïmporteerd: %lld nieuw, %lld gewijzigd."), v->sum.created,
			    v->sum.changed);
	} else if (v->sum.bad) {
		app_message(app, 1, _("%lld record(s) niet in orde; F2 importeert alleen de goede."),
			    v->sum.bad);
	} else {
		app_message(app, 0, "%s", _("Alles in orde; F2 importeert, Esc laat het."));
	}
}

static void title(struct app *app, struct screen *s, char *buf, size_t n)
{
	(void)app;
	(void)s;
	snprintf(buf, n, "%s", _("Importeren"));
}

static void draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct import_view *v = s->st;
	char head[PATH_MAX + 64];
	snprintf(head, sizeof head, v->stored ? _("Geïmporteerd uit %s") : _("Controle van %s "
									    "(nog niets opgeslagen)"),
		 v->path);
	attrset(app_attr(app, TH_HEADING));
	draw_text(stdscr, b->y + 1, b->x + 2, b->w - 4, head, app->ascii);
	attrset(A_NORMAL);
	draw_hline(stdscr, b->y + 2, b->x + 2, b->w - 4, app->ascii);
	list_set_height(&v->pos, b->h - 4);
	for (int i = 0; i < v->pos.height && v->pos.top + i < v->nlines; i++) {
		const struct line *l = &v->lines[v->pos.top + i];
		attrset(l->error ? app_attr(app, TH_ERROR) : A_NORMAL);
		draw_text(stdscr, b->y + 3 + i, b->x + 2, b->w - 4, l->text, app->ascii);
	}
	attrset(A_NORMAL);
}

static void import_good(struct app *app, void *ctx)
{
	run(app, ctx, 0, 1);
}

static int key(struct app *app, struct screen *s, enum action act, int k)
{
	struct import_view *v = s->st;
	(void)k;
	if (act != ACT_SAVE) {
		/* the report scrolls by page: each line is a message */
		if (act == ACT_UP || act == ACT_DOWN) {
			int top = v->pos.top + (act == ACT_DOWN ? 1 : -1);
			int max = v->nlines - v->pos.height;
			v->pos.top = top < 0 ? 0 : top > max ? (max > 0 ? max : 0) : top;
			v->pos.sel = v->pos.top;
			return 1;
		}
		return list_key(&v->pos, act);
	}
	if (v->stored) {
		app_message(app, 1, "%s", _("Dit bestand is al geïmporteerd."));
	} else if (v->sum.records == 0) {
		app_message(app, 1, "%s", _("Er is niets te importeren."));
	} else if (v->sum.bad >= v->sum.records) {
		app_message(app, 1, "%s", _("Geen enkel record is in orde; verbeter het bestand."));
	} else if (v->sum.bad) {
		char q[256];
		snprintf(q, sizeof q, _("%lld record(s) zijn niet in orde. Alleen de %lld goede "
					"importeren?"), v->sum.bad, v->sum.records - v->sum.bad);
		app_ask(app, q, import_good, v);
	} else {
		run(app, v, 0, 0);
	}
	return 1;
}

static void destroy(struct app *app, struct screen *s)
{
	struct import_view *v = s->st;
	(void)app;
	free(v->lines);
	free(v);
}

static const struct screen_ops import_ops = {
	.name = "import", .title = title, .draw = draw, .key = key, .destroy = destroy,
	.keys = import_keys,
	.howto = N_("groeipad heeft het bestand gecontroleerd zonder iets op te slaan. Lees de "
		    "regels: wat niet in orde is (met regelnummer en reden), wat er bij kinderen "
		    "die er al zijn verandert, en waarop u moet letten. F2 importeert alles in één "
		    "keer; zijn er regels niet in orde, dan importeert F2 na een vraag alleen de "
		    "goede. Esc gaat terug zonder te importeren. Kolommen van een CSV-bestand: "
		    "zie docs/cli.md."),
};

/* ---- choosing the file: a one-field form -------------------------------------------- */

enum { FILE_CHARS = 1000 }; /* a file name, in characters */

struct file_rec {
	char file[FILE_CHARS * 4 + 1]; /* as typed */
};

static const struct form_field_def file_fields[] = {
	{FORM_TEXT(struct file_rec, file), .label = N_("Bestand"), .type = FT_TEXT, .required = 1,
	 .max_chars = FILE_CHARS,
	 .help = N_("Een CSV-bestand (bijvoorbeeld de geboortelijst van de gemeente) of BDS JSON; "
		    "~ is uw thuismap.")},
};

static const struct form_def file_def = {
	"importeren", file_fields, sizeof file_fields / sizeof *file_fields,
	sizeof(struct file_rec),
};

/* The file chosen, as checked by file_save(). */
struct file_choice {
	char path[PATH_MAX];
};

static enum gp_status file_save(struct app *app, struct formscreen *fs, void *rec,
				struct gp_err *e)
{
	struct file_choice *fc = fs->ctx;
	const struct file_rec *r = rec;
	const char *h = getenv("HOME");
	struct stat sb;
	(void)app;
	if (r->file[0] == '~' && r->file[1] == '/' && h)
		snprintf(fc->path, sizeof fc->path, "%s%s", h, r->file + 1);
	else
		snprintf(fc->path, sizeof fc->path, "%s", r->file);
	if (stat(fc->path, &sb) != 0)
		return gp_fail_at(e, GP_ENOTFOUND, "file", 0, _("%s bestaat niet; controleer de naam "
								"en de map."), fc->path);
	if (!S_ISREG(sb.st_mode))
		return gp_fail_at(e, GP_EINPUT, "file", 0, _("%s is geen gewoon bestand."), fc->path);
	return GP_OK;
}

/* After the form closed: the check, and its report on screen. */
static void file_chosen(struct app *app, void *rec, int was_new, void *ctx)
{
	struct file_choice *fc = ctx;
	struct import_view *v = calloc(1, sizeof *v);
	(void)rec;
	(void)was_new;
	if (!v) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	snprintf(v->path, sizeof v->path, "%s", fc->path);
	app_push(app, &import_ops, v);
	run(app, v, 1, 0);
}

const struct formscreen_kind import_form_kind = {
	.ops = FORMSCREEN_OPS("importeren", N_(
		"Typ het bestand met kinderen: CSV met een kopregel (scheidingsteken ; of , en "
		"UTF-8 of Windows-1252 worden herkend) of BDS JSON. F2 controleert het bestand en "
		"toont wat er zou veranderen; er wordt dan nog niets opgeslagen.")),
	.def = &file_def,
	.save = file_save,
	.saved = file_chosen,
};

void import_open(struct app *app)
{
	struct file_choice *fc = calloc(1, sizeof *fc);
	if (!fc) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	formscreen_open(app, &import_form_kind, NULL, 1, fc, NULL, _("Kinderen importeren"));
}
