/* scr_export.c — the Export dialog of a dossier (docs/product.md §2): what (the
 * kindoverzicht for a colleague, the afschrift for the parents, JSON with
 * every field, BDS JSON for JAMES, the letter of a warm handover), layout,
 * language, encoding and file,
 * with a file name proposed in the home folder (the choices are the code
 * lists exportsoort, exportopmaak, documenttaal and tekenset).  F2 exports through the
 * core (src/export.h: logged, 0600, complete or not at all); a file that
 * exists is replaced only after a second F2.  The status line says where it
 * was written. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "export.h"
#include "export_letter.h"
#include "formscreen.h"
#include "screens.h"
#include "text.h"

enum { FILE_CHARS = 1000 }; /* a file name, in characters */

/* What the dialog edits. */
struct export_rec {
	char what[16];                  /* exportsoort.tsv */
	char format[8];                 /* exportopmaak.tsv */
	char lang[8];                   /* documenttaal.tsv */
	char encoding[16];              /* tekenset.tsv */
	char file[FILE_CHARS * 4 + 1];  /* as typed */
};

#define AT(m) FORM_TEXT(struct export_rec, m)

static const struct form_field_def export_fields[] = {
	{AT(what), .label = N_("Wat"), .type = FT_CHOICE, .required = 1, .list = "exportsoort",
	 .help = N_("Spatie: kindoverzicht, afschrift, JSON, BDS JSON of overdrachtsbrief.")},
	{AT(format), .label = N_("Opmaak"), .type = FT_CHOICE, .required = 1,
	 .list = "exportopmaak",
	 .help = N_("Voor een overzicht of een brief: platte tekst of Markdown.")},
	{AT(lang), .label = N_("Taal"), .type = FT_CHOICE, .required = 1, .list = "documenttaal",
	 .help = N_("Voor een overzicht; het afschrift kiest vanzelf de taal van de ouder.")},
	{AT(encoding), .label = N_("Tekenset"), .type = FT_CHOICE, .required = 1,
	 .list = "tekenset",
	 .help = N_("UTF-8, of Windows-1252 voor oudere programma's, of ASCII zonder accenten.")},
	{AT(file), .label = N_("Bestand"), .type = FT_TEXT, .required = 1, .max_chars = FILE_CHARS,
	 .help = N_("Waar het bestand komt; ~ is uw thuismap.")},
};

static const struct form_def export_def = {
	"export", export_fields, sizeof export_fields / sizeof *export_fields,
	sizeof(struct export_rec),
};

/* The dialog's own data. */
struct export_dialog {
	struct child child;                  /* whose dossier */
	char handover_id[DB_ID_LEN];         /* the handover whose letter "overdracht"
					      * writes: the one chosen, else the
					      * child's newest; "" when none */
	long long handover_no;               /* its number */
	char proposed[PATH_MAX];             /* the file name as proposed */
	char confirmed[PATH_MAX];            /* an existing file the user may replace */
	char written[PATH_MAX];              /* where the last export went */
	struct export_result res;            /* what came of it */
};

/* The folder exports go to: $HOME, else the current folder. */
static const char *home(void)
{
	const char *h = getenv("HOME");
	return h && *h ? h : ".";
}

/* The file name for the options chosen (letter: the handover letter). */
static void propose(const struct export_dialog *x, const struct export_job *job, int letter,
		    char *out, size_t outsz)
{
	char name[128];
	if (letter)
		export_letter_default_name(x->handover_no, job, name, sizeof name);
	else
		export_default_name(x->child.client_no, job, name, sizeof name);
	snprintf(out, outsz, "%s/%s", home(), name);
}

/* The job the record asks for (path not set). */
static void read_job(const struct export_rec *r, struct export_job *job)
{
	memset(job, 0, sizeof *job);
	if (strcmp(r->what, "json") == 0)
		job->format = EXPORT_JSON;
	else if (strcmp(r->what, "bds") == 0)
		job->format = EXPORT_BDS;
	else
		job->format = strcmp(r->format, "md") == 0 ? EXPORT_MD : EXPORT_TXT;
	job->afschrift = strcmp(r->what, "afschrift") == 0;
	if (text_encoding_parse(r->encoding, &job->enc) != 0)
		job->enc = ENC_UTF8;
	job->bds = BDS_V30;
	/* "ouder": the parent's language for an afschrift (doc_lang NULL), the
	 * interface's for an overzicht */
	if (job->format == EXPORT_TXT || job->format == EXPORT_MD)
		job->doc_lang = strcmp(r->lang, "ouder") != 0 ? r->lang
				: job->afschrift ? NULL : i18n_lang();
}

/* "~/x" → "$HOME/x". */
static void expand(const char *typed, char *out, size_t outsz)
{
	if (typed[0] == '~' && (typed[1] == '/' || typed[1] == '\0'))
		snprintf(out, outsz, "%s%s", home(), typed + 1);
	else
		snprintf(out, outsz, "%s", typed);
}

/* The handover letter (always Dutch, for the receiver; its code lists in
 * Dutch whatever the interface language). */
static enum gp_status write_letter(struct app *app, struct export_dialog *x,
				   const struct export_job *job, struct gp_err *e)
{
	struct refdata *nl = NULL;
	const struct refdata *codes = app->ref;
	if (strcmp(i18n_lang(), "nl") != 0) {
		enum gp_status s = refdata_load(refdata_dir(), "nl", &nl, e);
		if (s != GP_OK)
			return s;
		codes = nl;
	}
	struct handover_refs refs = {app->hrules, codes};
	enum gp_status s = export_handover_letter(app->db, &refs, x->handover_id, job, &x->res, e);
	refdata_free(nl);
	return s;
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct export_dialog *x = fs->ctx;
	const struct export_rec *r = rec;
	struct export_job job;
	char path[PATH_MAX];
	read_job(r, &job);
	int letter = strcmp(r->what, "overdracht") == 0;
	if (letter && !x->handover_id[0])
		return gp_fail_at(e, GP_EINPUT, "what", 0, "%s",
				  _("Dit kind heeft geen overdracht. Een overdrachtsbrief hoort bij een "
				    "overdracht: maak die in de sectie Overdrachten (F7)."));
	if ((job.format == EXPORT_JSON || job.format == EXPORT_BDS) && job.enc != ENC_UTF8)
		return gp_fail_at(e, GP_EINPUT, "encoding", 0, "%s",
				  _("JSON is altijd UTF-8; kies UTF-8 als tekenset."));
	/* an untouched proposal follows the options chosen */
	if (strcmp(r->file, x->proposed) == 0)
		propose(x, &job, letter, path, sizeof path);
	else
		expand(r->file, path, sizeof path);
	struct stat sb;
	if (stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode) && strcmp(x->confirmed, path) != 0) {
		snprintf(x->confirmed, sizeof x->confirmed, "%s", path);
		return gp_fail_at(e, GP_EINPUT, "file", 0, _("%s bestaat al. Druk nogmaals op F2 om "
							     "het te vervangen, of kies een andere "
							     "naam."), path);
	}
	job.force = strcmp(x->confirmed, path) == 0;
	job.path = path;
	job.today = app->today;
	enum gp_status s = letter ? write_letter(app, x, &job, e)
				  : export_child(app->db, &job, &x->child, &x->res, e);
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
	struct export_dialog *x = ctx;
	char where[PATH_MAX + 128];
	(void)rec;
	(void)was_new;
	if (x->res.lang[0])
		snprintf(where, sizeof where, _("%s (%s)"), x->written,
			 refdata_label(app->ref, "taal", x->res.lang));
	else
		snprintf(where, sizeof where, "%s", x->written);
	if (x->res.warning[0])
		app_message(app, 1, _("Geschreven naar %s. Let op: %s"), where, x->res.warning);
	else if (x->res.lang_note[0])
		app_message(app, 1, _("Geschreven naar %s. %s"), where, x->res.lang_note);
	else
		app_message(app, 0, _("Geschreven naar %s."), where);
}

const struct formscreen_kind export_form_kind = {
	.ops = FORMSCREEN_OPS("export", N_(
		"Kies wat u wilt exporteren en in welke vorm, en waar het bestand komt; F2 "
		"schrijft het. Het afschrift voor ouders is in de taal van de ouder (Taal thuis in "
		"Gezin), tenzij u een taal kiest. Het bestand kan alleen u lezen (0600); een "
		"bestaand bestand wordt pas na een tweede F2 vervangen. Elke export staat in het "
		"logboek.")),
	.def = &export_def,
	.save = save,
	.saved = saved,
};

/* Opens the dialog for child c with `what` chosen; handover_id (may be
 * NULL) is the handover whose letter "overdracht" writes, else the child's
 * newest. */
static void open_dialog(struct app *app, const struct child *c, const char *what,
			const char *handover_id)
{
	struct export_dialog *x = calloc(1, sizeof *x);
	struct export_rec r = {"", "txt", "ouder", "utf-8", ""};
	if (!x) {
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	text_copy(r.what, sizeof r.what, what);
	x->child = *c;
	/* the child's handovers, newest first: the number of the one asked, or
	 * the newest */
	struct handover_refs refs = {NULL, app->ref};
	struct handover_line *lines = NULL;
	int n = 0;
	struct gp_err e = {0};
	if (handover_list_child(app->db, &refs, c->id, app->today, &lines, &n, &e) == GP_OK) {
		for (int i = 0; i < n; i++)
			if (i == 0 || (handover_id && strcmp(lines[i].id, handover_id) == 0)) {
				text_copy(x->handover_id, sizeof x->handover_id, lines[i].id);
				x->handover_no = lines[i].no;
			}
	}
	free(lines);
	struct export_job job = {.format = EXPORT_TXT};
	propose(x, &job, strcmp(what, "overdracht") == 0 && x->handover_id[0], x->proposed,
		sizeof x->proposed);
	text_copy(r.file, sizeof r.file, x->proposed);
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 32];
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	snprintf(title, sizeof title, _("Export %s"), name);
	/* not new: the proposal is a record to change, and Esc on it asks nothing */
	formscreen_open(app, &export_form_kind, &r, 0, x, c, title);
}

void export_dialog_open(struct app *app, const struct child *c)
{
	open_dialog(app, c, "overzicht", NULL);
}

void export_letter_dialog_open(struct app *app, const struct child *c, const char *handover_id)
{
	open_dialog(app, c, "overdracht", handover_id);
}
