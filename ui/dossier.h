/* dossier.h — the state of an open dossier, shared by scr_dossier.c (the
 * header, the tabs, Overzicht and Gezin), dossier_contacts.c (the sections
 * Contactmomenten and Vaccinaties), dossier_giz.c (GIZ) and
 * dossier_handovers.c (Overdrachten), so each section's drawing lives in a
 * file of its own. */
#ifndef GP_DOSSIER_H
#define GP_DOSSIER_H

#include "app.h"
#include "audit.h"
#include "child.h"
#include "contact.h"
#include "giz.h"
#include "handover.h"
#include "list.h"
#include "note.h"
#include "schedule.h"
#include "sec_growth.h"

/* One line of the Vaccinaties section. */
struct vac_line {
	char text[256]; /* what it says (from the database: sanitised when drawn) */
	int heading;    /* 1: a section heading */
	int warn;       /* 1: overdue, shown as an error */
};

struct dossier {
	char id[DB_ID_LEN];              /* the child's id */
	struct child child;              /* as last read */
	struct family_member *family;    /* parents, mothers first */
	int nfamily;                     /* entries in family */
	struct child_summary *siblings;  /* brothers and sisters, oldest first */
	int nsiblings;                   /* entries in siblings */
	char gp_name[TEXT_BUF];          /* huisarts, "" when none */
	char school_name[TEXT_BUF];      /* school or kinderopvang, "" when none */
	int section;                     /* SEC_* shown */
	struct listpos pos;              /* Gezin: selected parent */
	int loaded;                      /* the child could be read */
	struct contact *contacts;        /* Contactmomenten: newest first */
	int ncontacts;                   /* entries in contacts */
	struct measurement *meas;        /* the child's measurements */
	int nmeas;                       /* entries in meas */
	struct vaccination *vacc;        /* the child's vaccination records */
	int nvacc;                       /* entries in vacc */
	struct listpos cpos;             /* Contactmomenten: selected contact */
	struct vac_line *vlines;         /* Vaccinaties: the lines shown */
	int nvlines;                     /* entries in vlines */
	struct listpos vpos;             /* Vaccinaties: scroll position */
	struct sec_growth *growth;       /* the Groei section (sec_growth.c) */
	int care;                        /* the user may see notes (PERM_CARE) */
	struct note *notes;              /* Notities: newest first */
	int nnotes;                      /* entries in notes */
	struct listpos npos;             /* Notities: selected note */
	struct audit_entry *access;      /* Toegang: who viewed or changed it, newest first */
	int naccess;                     /* entries in access */
	struct listpos apos;             /* Toegang: scroll position */
	struct giz_summary *giz;         /* GIZ: the assessments, newest first */
	int ngiz;                        /* entries in giz */
	struct giz_agreement_row *open;  /* GIZ: open agreements, by evaluation date */
	int nopen;                       /* entries in open */
	struct listpos gpos;             /* GIZ: selection, assessments then agreements */
	struct handover_line *hand;      /* Overdrachten: newest first */
	int nhand;                       /* entries in hand */
	struct listpos hpos;             /* Overdrachten: selected handover */
};

/* Reads the contacts, measurements, vaccinations and the due list of
 * d->child (again); a failure goes to the status line. */
void dossier_contacts_load(struct app *app, struct dossier *d);
/* Frees what dossier_contacts_load read. */
void dossier_contacts_free(struct dossier *d);

/* Contactmomenten: the list at (y, x), w wide and h high, and its keys
 * (1 when handled). */
void dossier_contacts_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_contacts_key(struct app *app, struct dossier *d, enum action act);

/* Vaccinaties: given, due and overdue, refused; and its keys. */
void dossier_vaccines_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_vaccines_key(struct app *app, struct dossier *d, enum action act);

/* Notities (dossier_notes.c): read, draw, keys; Toegang likewise.  A
 * failure to read goes to the status line. */
void dossier_notes_load(struct app *app, struct dossier *d);
void dossier_notes_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_notes_key(struct app *app, struct dossier *d, enum action act);
void dossier_access_load(struct app *app, struct dossier *d);
void dossier_access_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_access_key(struct app *app, struct dossier *d, enum action act);
/* Frees what the two load functions read. */
void dossier_notes_free(struct dossier *d);
/* GIZ (dossier_giz.c): the assessments and the open agreements, read
 * (again) and freed; the section at (y, x), w wide and h high; its keys. */
void dossier_giz_load(struct app *app, struct dossier *d);
void dossier_giz_free(struct dossier *d);
void dossier_giz_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_giz_key(struct app *app, struct dossier *d, enum action act);
extern const struct screen_key dossier_giz_keys[];

/* Overdrachten (dossier_handovers.c): read the child's handovers (again),
 * free them, select one by id, draw the list and handle its keys. */
void dossier_handovers_load(struct app *app, struct dossier *d);
void dossier_handovers_free(struct dossier *d);
void dossier_handovers_select(struct dossier *d, const char *id);
void dossier_handovers_draw(struct app *app, struct dossier *d, int y, int x, int w, int h);
int dossier_handovers_key(struct app *app, struct dossier *d, enum action act);

/* What is late about a handover, in words ("te laat: ontvangst niet
 * bevestigd (verzonden 20-11-2026)"), or when feedback is due; "" when
 * neither. */
void handover_late_text(const struct app *app, const struct handover_line *l, char *buf,
			size_t n);

#endif
