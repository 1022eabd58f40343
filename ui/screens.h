/* screens.h — how one screen opens another.  Each screen lives in its own
 * file (ui/scr_*.c) and is reached only through these functions. */
#ifndef GP_SCREENS_H
#define GP_SCREENS_H

#include "app.h"
#include "appointment.h"
#include "conflict.h"
#include "child.h"
#include "org.h"

void login_open(struct app *app);           /* Inloggen (first screen) */
/* A new own password, after a login with a password someone else set;
 * replaces the screen on top, then goes on to Vandaag. */
void password_open(struct app *app);
void today_open(struct app *app);           /* Vandaag, replacing Inloggen */
void search_open(struct app *app);          /* Zoeken (back to it when open) */
void dossier_open(struct app *app, const char *child_id); /* Dossier */
/* When a dossier is on top: shows its Contactmomenten section. */
void dossier_show_contacts(struct app *app);
void help_open(struct app *app);            /* Help for the screen on top */
void lock_open(struct app *app);            /* the screen lock */
void admin_open(struct app *app);           /* Beheer: the sections the role may use */
int admin_available(const struct app *app); /* 1 when Beheer has a section for the role */
/* The child form: c NULL for a new child, else a copy of the child to edit. */
void child_form_open(struct app *app, const struct child *c);
/* The parent form for child_id: m NULL for a new parent. */
void parent_form_open(struct app *app, const char *child_id, const struct family_member *m);
/* Groeicurve: the growth chart of child c (from the dossier's Groei). */
void growth_chart_open(struct app *app, const struct child *c);

/* The contact-moment form for child c: contact_id NULL for a new contact,
 * else the id of the contact to change. */
void contact_form_open(struct app *app, const struct child *c, const char *contact_id);

/* A note of child_id (section Notities): n NULL for a new note. */
struct note;
void note_form_open(struct app *app, const char *child_id, const struct note *n);

/* Export: the Export dialog for child c (from the dossier). */
void export_dialog_open(struct app *app, const struct child *c);
/* The same with the letter of handover handover_id (of child c) chosen. */
void export_letter_dialog_open(struct app *app, const struct child *c, const char *handover_id);

/* Beheer › Uitwisseling: importing children (a file, its check, then the
 * import) and the period report for the municipality. */
void import_open(struct app *app);
void report_dialog_open(struct app *app);

/* Plan a visit for child c (existing NULL: a new one, filled in for what
 * is due), or change an existing appointment. */
void appointment_form_open(struct app *app, const struct child *c,
			   const struct appointment *existing);
/* Agenda: the appointments of a day, for one professional and/or one
 * location (NULL: everyone, all locations). */
void agenda_open(struct app *app, const char *account_id, const char *location);
/* The GIZ form for child c: assessment_id NULL for a new assessment, else
 * the id of the one to change. */
void giz_form_open(struct app *app, const struct child *c, const char *assessment_id);
/* Rounding off an agreement of a GIZ plan (done, changed, ended). */
void giz_agreement_form_open(struct app *app, const char *agreement_id);
/* The matrix of an assessment beside the previous one; F6 turns it to the
 * parent. */
void giz_view_open(struct app *app, const struct child *c, const char *assessment_id);
/* Warme overdracht for child c: handover_id NULL for a new one. */
void handover_form_open(struct app *app, const struct child *c, const char *handover_id);
/* The next step of a handover (state preset: "ingetrokken" to withdraw, or
 * NULL for the next one in order). */
void handover_step_open(struct app *app, const char *handover_id, const char *preset);
/* One handover as its letter, with its keys (edit, step, export). */
void handover_view_open(struct app *app, const char *handover_id);
/* When a dossier is on top: shows its Overdrachten with that handover
 * selected. */
void dossier_show_handover(struct app *app, const char *handover_id);

/* Beheer: a new user account, with its password typed twice. */
void user_form_open(struct app *app);
/* Beheer: a new password for account a, typed twice. */
void password_form_open(struct app *app, const struct account *a);
/* Beheer: an organisation of the sociale kaart; o NULL for a new one. */
void org_form_open(struct app *app, const struct org *o);

/* Conflict: the two versions of a record side by side, to choose per field
 * (from Vandaag's Conflicten). */
void conflict_open(struct app *app, const struct conflict_line *line);

#endif
