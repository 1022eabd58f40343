/* overview.h — the kindoverzicht (docs/product.md §7): one child's dossier as a
 * document a parent can read (the afschrift, in the parent's language) and
 * a colleague can act on, in plain text or Markdown.
 *
 * Sections, each a function in a table in overview.c:
 *   header        whose overview, for whom, made when and by whom
 *   Kind          identity, address, huisarts, school, birth data
 *   Ouders        relation, gezag, lives with the child, contact
 *   Nog te doen   overdue, due and the next contact moments and doses
 *   GIZ           the latest conversation's conclusion and the open agreements
 *                 (only when the child has had a GIZ conversation)
 *   Overdrachten  the warm handovers: receiver, destination, state, sent
 *                 (only when there are any; the afschrift leaves out Veilig Thuis)
 *   Groei         every measurement with its WHO z-scores
 *   Vaccinaties   every dose given or not given
 *   Contacten     every contact moment, newest first, with its free text
 *
 * Fixed labels and sentences are D_() texts (po/doc/LANG.po), code lists are
 * shown in the document language (i18n_doc_label); names, notes and
 * conclusions stay as written.  The document never depends on the
 * interface language. */
#ifndef GP_OVERVIEW_H
#define GP_OVERVIEW_H

#include "child.h"
#include "db.h"
#include "doc.h"
#include "growth.h"
#include "refdata.h"
#include "schedule.h"

/* What the overview reads besides the database, loaded once. */
struct overview_refs {
	const struct growth_ref *growth; /* WHO tables (required) */
	const struct refdata *nl;        /* code lists with Dutch labels (required) */
	const struct refdata *en;        /* the same with English labels (required) */
	const struct schedule *schedule; /* contact moments and RVP (required) */
};

struct overview_options {
	enum doc_format fmt;   /* txt or md */
	const char *lang;      /* one of i18n_doc_langs */
	int afschrift;         /* 1: the parent's copy (its wording and header) */
	struct gp_date today;  /* the date it is made on */
};

/* Writes the kindoverzicht of child c to out.  Reads the dossier; writes
 * nothing to the database (the caller logs the export). */
enum gp_status overview_write(struct db *db, const struct overview_refs *refs,
			      const struct child *c, const struct overview_options *opt,
			      struct textout *out, struct gp_err *e);

/* The language of the parent's copy: the language recorded for the first
 * parent with gezag (else any parent) that a document can be written in;
 * "nl" when there is none.  When a parent's language was recorded but has
 * no translation, `note` (may be NULL; 256 bytes) gets a sentence saying so,
 * else "". */
enum gp_status overview_parent_lang(struct db *db, const struct refdata *nl,
				    const struct child *c, char lang[8], char *note,
				    size_t notesz, struct gp_err *e);

#endif
