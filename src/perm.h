/* perm.h — who may do what (docs/product.md §8, docs/security.md): one rule for
 * every path, checked in the core so that the screens, the exports, the due
 * lists, search and every batch command give the same answer.
 *
 *   role                    dossier  measure  care content  export  accounts, sociale
 *                           read/write        (GIZ, notes,   (files)  kaart, retention,
 *                                             handovers)              audit log
 *   jeugdarts               yes      yes      yes            yes     no
 *   jeugdverpleegkundige    yes      yes      yes            yes     no
 *   verpleegkundig_spec.    yes      yes      yes            yes     no
 *   assistent               read     yes      no             no      no
 *   beheerder               read with a logged reason, per child      yes
 *
 * Importing children (CSV, BDS JSON) writes dossiers, so it needs PERM_WRITE.
 * The report for the municipality holds counts only: care roles and the
 * beheerder may make it (PERM_REPORT).
 * "measure" is recording measurements, vaccinations and appointments (a
 * contact moment).  Search and the sociale kaart can be read by everyone
 * logged in; the due list on screen by every role but the beheerder.
 *
 * Every core function that reads or writes a kind of record calls
 * perm_require() first with the permission below, so a new path inherits
 * the rule by calling the core.  GIZ (src/giz.c) and handover functions
 * call perm_require(db, PERM_CARE, child_id, e) before they read or write
 * anything; docs/security.md lists them.
 *
 * A connection on which no account acts (account_act_as, which a login
 * calls, sets the role from the accounts table) is the system itself and
 * may do everything: init, demo, check, backup, migrations, unit tests.
 * Every user-facing path logs in first (the login screen, cli_session). */
#ifndef GP_PERM_H
#define GP_PERM_H

#include "db.h"

enum perm {
	PERM_SEARCH,     /* find children by name, BSN, birth date, postcode */
	PERM_READ,       /* read a dossier: child, family, contacts, growth, vaccinations, Toegang */
	PERM_WRITE,      /* change the child and its family */
	PERM_MEASURE,    /* record a contact with measurements and vaccinations, appointments */
	PERM_CARE,       /* read or write GIZ content, handovers and notes */
	PERM_EXPORT,     /* write dossier data to a file or stdout (export, due list) */
	PERM_REPORT,     /* the report for the municipality (counts only, no person) */
	PERM_DUE,        /* the due list on screen (Vandaag) */
	PERM_ACCOUNTS,   /* manage user accounts */
	PERM_ORGS,       /* change the sociale kaart */
	PERM_RETENTION,  /* the retention list and destruction */
	PERM_AUDIT,      /* search the whole audit log, seal it */
	PERM_SYNC,       /* start an exchange with the hub from the screen (Beheer) */
	PERM_COUNT
};

/* GP_OK when the logged-in account may do p (for child_id where the rule
 * depends on the child; may be NULL).  Otherwise GP_EDENIED with a sentence
 * naming the role, and a 'denied' entry in the audit log. */
enum gp_status perm_require(struct db *db, enum perm p, const char *child_id,
			    struct gp_err *e);

/* The same rule without a sentence or a log entry: 1 when allowed.  For
 * screens deciding what to show (a section the role may not see is left
 * out, not shown empty). */
int perm_may(const struct db *db, enum perm p, const char *child_id);

/* 1 when reading child_id needs a reason first (a beheerder who has not
 * given one for it in this session). */
int perm_needs_reason(const struct db *db, const char *child_id);

/* A beheerder opens a dossier: the reason (required, at most
 * AUDIT_DETAIL_MAX bytes kept) is written to the audit log ('view_reason')
 * and the dossier can be read during this session. */
enum gp_status perm_give_reason(struct db *db, const char *child_id, const char *reason,
				struct gp_err *e);

/* Forgets the reasons given (a new login on this connection). */
void perm_reset(struct db *db);

/* 1 for a role that works on dossiers (jeugdarts, jeugdverpleegkundige,
 * verpleegkundig_specialist). */
int perm_care_role(const char *role);

#endif
