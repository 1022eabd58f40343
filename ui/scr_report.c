/* scr_report.c — Beheer › Uitwisseling: the period report for the
 * municipality (report.h): period, layout (CSV for Excel, or text),
 * encoding and file.  F2 writes it through the core (counts only, <5 for
 * small cells, logged, 0600); an existing file is replaced only after a
 * second F2. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "formscreen.h"
#include "report.h"
#include "screens.h"
#include "text.h"

enum { FILE_CHARS = 1000 }; /* a file name, in characters */

/* What the dialog edits. */
struct report_rec {
	struct gp_date from, to;        /* the period */
	char format[8];                 /* rapportopmaak.tsv */
	char encoding[16];              /* tekenset.tsv */
	char file[FILE_CHARS * 4 + 1];  /* as typed */
};

static const struct form_field_def report_fields[] = {
	{FORM_DATE(struct report_rec, from), .label = N_("Van"), .type = FT_DATE, .required = 1,
	 .help = N_("De eerste dag van de periode (dd-mm-jjjj).")},
	{FORM_DATE(struct report_rec, to), .label = N_("Tot en met"), .type = FT_DATE,
	 .required = 1,
	 .help = N_("De laatste dag van de periode (dd-mm-jjjj, of t voor vandaag).")},
	{FORM_TEXT(struct report_rec, format), .label = N_("Opmaak"), .type = FT_CHOICE,
	 .required = 1, .list = "rapportopmaak",
	 .help = N_("CSV met ; opent in Excel; tekst is om te lezen.")},
	{FORM_TEXT(struct report_rec, encoding), .label = N_("Tekenset"), .type = FT_CHOICE,
	 .required = 1, .list = "tekenset",
	 .help = N_("Windows-1252 is wat Nederlandse Excel verwacht.")},
	{FORM_TEXT(struct report_rec, file), .label = N_("Bestand"), .type = FT_TEXT,
	 .required = 1, .max_chars = FILE_CHARS,
	 .help = N_("Waar het bestand komt; ~ is uw thuismap.")},
};

static const struct form_def report_def = {
	"rapportage", report_fields, sizeof report_fields / sizeof *report_fields,
	sizeof(struct report_rec),
};

/* The dialog's own data. */
struct report_dialog {
	char proposed[PATH_MAX];              /* the file name as proposed */
	char confirmed[PATH_MAX];             /* an existing file the user may replace */
	char written[PATH_MAX];               /* where it went */
	char warning[256];                    /* characters the encoding changed */
};

static const char *home(void)
{
	const char *h = getenv("HOME");
	return h && *h ? h : ".";
}

static void propose(struct gp_date from, struct gp_date to, const char *ext, char *out,
		    size_t outsz)
{
	char a[11], b[11];
	date_fmt_iso(from, a);
	date_fmt_iso(to, b);
	snprintf(out, outsz, "%s/rapportage-%s-%s.%s", home(), a, b, ext);
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct report_dialog *x = fs->ctx;
	const struct report_rec *r = rec;
	char path[PATH_MAX];
	if (date_cmp(r->from, r->to) > 0)
		return gp_fail_at(e, GP_EINPUT, "to", 0, "%s",
				  _("De periode eindigt voor ze begint."));
	int csv = strcmp(r->format, "csv") == 0;
	enum text_encoding enc = ENC_UTF8;
	if (text_encoding_parse(r->encoding, &enc) != 0)
		enc = ENC_UTF8;
	const char *h = getenv("HOME");
	if (strcmp(r->file, x->proposed) == 0)
		propose(r->from, r->to, csv ? "csv" : "txt", path, sizeof path);
	else if (r->file[0] == '~' && r->file[1] == '/' && h)
		snprintf(path, sizeof path, "%s%s", h, r->file + 1);
	else
		snprintf(path, sizeof path, "%s", r->file);
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode) && strcmp(x->confirmed, path) != 0) {
		snprintf(x->confirmed, sizeof x->confirmed, "%s", path);
		return gp_fail_at(e, GP_EINPUT, "file", 0, _("%s bestaat al. Druk nogmaals op F2 om "
							     "het te vervangen, of kies een andere "
							     "naam."), path);
	}
	enum gp_status s = report_export(app->db, app->sched, r->from, r->to,
					 csv ? REPORT_CSV : REPORT_TXT, enc, path,
					 strcmp(x->confirmed, path) == 0, x->warning,
					 sizeof x->warning, e);
	if (s != GP_OK) {
		if (!e->field[0])
			snprintf(e->field, sizeof e->field, "file");
		return s;
	}
	snprintf(x->written, sizeof x->written, "%s", path);
	return GP_OK;
}

static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	struct report_dialog *x = ctx;
	(void)rec;
	(void)was_new;
	if (x->warning[0])
		app_message(app, 1, _("Geschreven naar %s. Let op: %s"), x->written, x->warning);
	else
		app_message(app, 0, _("Geschreven naar %s."), x->written);
}

const struct formscreen_kind report_form_kind = {
	.ops = FORMSCREEN_OPS("rapportage", N_(
		"De rapportage voor de gemeente en de teamleider: alleen aantallen (kinderen in "
		"zorg, contactmomenten, bereik, vaccinatiegraad, GIZ, overdrachten), zonder namen "
		"of BSN; aantallen onder de 5 staan als <5. Kies de periode, CSV of tekst, de "
		"tekenset en het bestand, en druk op F2.")),
	.def = &report_def,
	.save = save,
	.saved = saved,
};

void report_dialog_open(struct app *app)
{
	struct report_dialog *x = calloc(1, sizeof *x);
	struct report_rec r = {{app->today.y, 1, 1}, app->today, "csv", "cp1252", ""};
	if (!x) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	propose(r.from, r.to, "csv", x->proposed, sizeof x->proposed);
	text_copy(r.file, sizeof r.file, x->proposed);
	/* not new: the proposal is a record to change, and Esc on it asks nothing */
	formscreen_open(app, &report_form_kind, &r, 0, x, NULL, _("Rapportage gemeente"));
}
