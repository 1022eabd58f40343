/* scr_note_form.c — a note in a dossier (section Notities), new or
 * changed: one multi-line field bound to struct note.  Saved by note_save
 * (src/note.h), which also enforces who may write notes; a refused or stale
 * save keeps the text on the screen with the reason. */
#include <stdio.h>
#include <stdlib.h>

#include "formscreen.h"
#include "note.h"
#include "screens.h"

static const struct form_field_def note_fields[] = {
	{FORM_TEXT(struct note, text), .label = N_("Notitie"), .type = FT_NOTE, .required = 1,
	 .rows = 12, .max_chars = NOTE_MAX_CHARS,
	 .help = N_("Enter begint een nieuwe regel; F2 slaat op.")},
};

static const struct form_def note_def = {
	"notitie", note_fields, sizeof note_fields / sizeof *note_fields, sizeof(struct note),
};

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	(void)fs;
	return note_save(app->db, rec, e);
}

const struct formscreen_kind note_form_kind = {
	.ops = FORMSCREEN_OPS("notitie", N_(
		"Schrijf de notitie; Enter begint een nieuwe regel. F2 slaat op, Esc "
		"annuleert (en vraagt eerst als er iets is veranderd). Notities ziet alleen wie "
		"aan dossiers werkt, niet een assistent of de beheerder.")),
	.def = &note_def,
	.save = save,
};

void note_form_open(struct app *app, const char *child_id, const struct note *n)
{
	/* the base of a new note only needs its child (formscreen_open copies it) */
	struct note *base = n ? NULL : calloc(1, sizeof *base);
	if (!n && !base) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	if (base)
		snprintf(base->child_id, sizeof base->child_id, "%s", child_id);
	formscreen_open(app, &note_form_kind, n ? n : base, n == NULL, NULL, NULL,
			n ? _("Notitie wijzigen") : _("Nieuwe notitie"));
	free(base);
}
