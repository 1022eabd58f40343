/* giz.h — GIZ needs assessments (Gezamenlijk Inschatten van Zorgbehoeften,
 * docs/product.md §5, DOMAIN §4): who took part, the triangle (BDS 1629 and
 * 1630), the ten aspects of the Gezonde Ontwikkeling Matrix on the five-step
 * scale (BDS 1631–1640) each with a short note, the parent's own words next
 * to the professional's view, strengths, draagkracht and draaglast, the
 * jointly agreed conclusion (BDS 1641) and the plan: agreements with what,
 * who, when and an evaluation date.  Codes and labels come from
 * data/giz/giz.tsv (through refdata: the lists gizdriehoek, gizzijde,
 * gizschaal, gizconclusie, gizwie, gizstatus, gizuitkomst and gizelement).
 *
 * A whole assessment is one struct giz_assessment, saved in one transaction
 * with one audit entry; an update names the version it was read at and is
 * refused with GP_ESTALE (nothing written) when someone else saved first.
 * Nothing is deleted: a stored agreement stays, and ends through
 * giz_agreement_evaluate() — done, changed or ended, each with a note kept
 * in giz_agreement_events.  An open agreement whose evaluation date has come
 * is on Vandaag (giz_due()).
 *
 * Checks, in words per field (struct gp_err.field names the member):
 *  - the child exists; the date is a real date, not before birth, not after
 *    today;
 *  - somebody took part: a parent of this child or the young person; from
 *    12 years the young person is a party in their own right, so whether
 *    they took part must be recorded;
 *  - BDS 1629 is 01 or 02; a side (1630) only when 1629 is 02 (bijzonderheden),
 *    and then at least one;
 *  - every score is a step of the scale (value set …40.438); a conclusion
 *    (1641) only when at least one aspect has a step;
 *  - an agreement has what, who (an organisation from the sociale kaart when
 *    who is "organisatie") and when; its evaluation date (the when, if left
 *    empty) and its when are not before the assessment. */
#ifndef GP_GIZ_H
#define GP_GIZ_H

#include "date.h"
#include "db.h"
#include "refdata.h"
#include "validate.h"

struct due_scope; /* due.h */

enum {
	GIZ_ASPECTS = 10,            /* GOM aspects, BDS 1631–1640, in this order */
	GIZ_FIRST_ASPECT = 1631,     /* BDS number of aspects[0] */
	GIZ_MAX_AGREEMENTS = 8,      /* agreements in one plan */
	GIZ_MAX_PARENTS = 6,         /* parents who took part */
	GIZ_WORDS_CHARS = 1000,      /* the parent's words, views, strengths: characters */
	GIZ_WORDS_BUF = GIZ_WORDS_CHARS * 4 + 1,
	GIZ_NOTE_CHARS = 200,        /* the note with an aspect */
	GIZ_NOTE_BUF = GIZ_NOTE_CHARS * 4 + 1,
	GIZ_PARENTS_BUF = GIZ_MAX_PARENTS * DB_ID_LEN,
	GIZ_CODE_BUF = 16,           /* a code of gizwie, gizstatus, gizuitkomst */
	GIZ_LATEST_MAX = 16          /* open agreements giz_latest() returns */
};

/* Whether the young person took part (struct giz_assessment.young_person). */
enum giz_young { GIZ_YOUNG_UNKNOWN = 0, GIZ_YOUNG_YES = 1, GIZ_YOUNG_NO = 2 };

/* One GOM aspect. */
struct giz_aspect {
	char score[3];              /* gizschaal code "01"–"05", "" not placed */
	char note[GIZ_NOTE_BUF];    /* a short note, or "" */
};

/* One agreement of the plan (table giz_agreements). */
struct giz_agreement {
	char id[DB_ID_LEN];         /* UUIDv7; "" for a new one */
	char what[TEXT_BUF];        /* what is agreed (required) */
	char who_kind[GIZ_CODE_BUF]; /* gizwie: ouder, jongere, jgz, netwerk, organisatie */
	char who_name[TEXT_BUF];    /* who exactly (oma, de huisarts), or "" */
	char org_id[DB_ID_LEN];     /* the organisation when who_kind is organisatie */
	struct gp_date due_on;      /* when (required) */
	struct gp_date evaluate_on; /* evaluation date; empty: due_on */
	char status[GIZ_CODE_BUF];  /* gizstatus: lopend, gedaan, beeindigd (set by the core) */
	struct gp_date closed_on;   /* when marked gedaan or beeindigd */
	int version;                /* the version this copy was read at */
};

/* A whole assessment, saved and read as one. */
struct giz_assessment {
	char id[DB_ID_LEN];               /* UUIDv7; set when first saved */
	char child_id[DB_ID_LEN];         /* the child (required) */
	struct gp_date date;              /* when the conversation took place */
	char parents[GIZ_PARENTS_BUF];    /* ids of the parents who took part, joined by ',' */
	int young_person;                 /* enum giz_young */
	char professionals[TEXT_BUF];     /* other professionals who took part */
	char triangle[3];                 /* BDS 1629, gizdriehoek, or "" */
	char sides[12];                   /* BDS 1630, gizzijde codes joined by ',' */
	struct giz_aspect aspects[GIZ_ASPECTS]; /* BDS 1631 + i */
	char going_well[GIZ_WORDS_BUF];   /* the parent's words: what goes well */
	char worries[GIZ_WORDS_BUF];      /* … worries */
	char wishes[GIZ_WORDS_BUF];       /* … wishes */
	char professional_view[GIZ_WORDS_BUF]; /* what the professional sees */
	char strengths[GIZ_WORDS_BUF];    /* krachten, beschermende factoren */
	char draagkracht[TEXT_BUF];       /* what the family can carry */
	char draaglast[TEXT_BUF];         /* what weighs on it */
	char conclusion[3];               /* BDS 1641, gizconclusie, or "" */
	char conclusion_text[GIZ_WORDS_BUF]; /* BDS 482: the conclusion in words */
	struct giz_agreement agreements[GIZ_MAX_AGREEMENTS]; /* the plan */
	int nagreements;                  /* entries used in agreements */
	int version;                      /* the version this copy was read at */
	char updated_at[DB_TIME_LEN];     /* when it was last saved */
	char updated_by[DB_ID_LEN];       /* by whom (account id) */
};

/* A line of a child's list of assessments (the dossier's GIZ section). */
struct giz_summary {
	char id[DB_ID_LEN];               /* the assessment */
	struct gp_date date;              /* its date */
	char triangle[3];                 /* BDS 1629 */
	char conclusion[3];               /* BDS 1641 */
	char scores[GIZ_ASPECTS][3];      /* per aspect its step, "" when none */
	int open;                         /* its agreements still open */
	int agreements;                   /* its agreements */
};

/* An agreement with where it belongs (lists, Vandaag). */
struct giz_agreement_row {
	struct giz_agreement a;           /* the agreement */
	char assessment_id[DB_ID_LEN];    /* its assessment */
	struct gp_date assessed_on;       /* that assessment's date */
	char child_id[DB_ID_LEN];         /* the child */
	char child_name[NAME_BUF * 3];    /* Vandaag: "Berg, Zoë van den" (sort order) */
	struct gp_date birth_date;        /* Vandaag: the child's birth date */
	char org_name[TEXT_BUF];          /* the organisation's name, or "" */
};

/* What giz_agreement_evaluate() records. */
struct giz_evaluation {
	struct giz_agreement a;           /* the agreement as read; with outcome
					   * gewijzigd, its new what/who/when/evaluation */
	char child_id[DB_ID_LEN];         /* its child */
	char outcome[GIZ_CODE_BUF];       /* gizuitkomst: gedaan, gewijzigd, beeindigd */
	struct gp_date on;                /* the date of the evaluation */
	char note[GIZ_WORDS_BUF];         /* how it went; required when changed or ended */
};

/* What happened to an agreement (table giz_agreement_events). */
struct giz_event {
	char agreement_id[DB_ID_LEN];     /* the agreement */
	char kind[GIZ_CODE_BUF];          /* gizuitkomst: gedaan, gewijzigd, beeindigd */
	struct gp_date on;                /* the date of the evaluation */
	char note[GIZ_WORDS_BUF];         /* the note, or "" */
	char before[TEXT_BUF * 2 + 64];   /* gewijzigd: what it said before */
	char by[DB_ID_LEN];               /* who recorded it (account id) */
};

/* The latest assessment in short and every open agreement (the warm
 * handover's summary, issue 10). */
struct giz_latest {
	int found;                        /* 0: the child has no assessment */
	char assessment_id[DB_ID_LEN];    /* the latest (by date) */
	struct gp_date date;              /* its date */
	char conclusion[3];               /* its BDS 1641 code, or "" */
	char conclusion_text[GIZ_WORDS_BUF]; /* its conclusion in words */
	struct giz_agreement_row open[GIZ_LATEST_MAX]; /* open agreements, by evaluation date */
	int nopen;                        /* entries used in open */
	int more;                         /* open agreements beyond GIZ_LATEST_MAX */
};

/* The BDS number of aspect i (0–9). */
int giz_aspect_bds(int i);

/* Checks every field of a record for a child born on `birth` (nothing is
 * read or written).  codes are the code lists (NULL: only the values the
 * schema allows are checked). */
enum gp_status giz_validate(const struct refdata *codes, const struct giz_assessment *a,
			    struct gp_date birth, struct gp_date today, struct gp_err *e);

/* Saves a new assessment with its participants, aspects and agreements in
 * one transaction with one audit entry.  Fills in the ids, the versions
 * (1), every agreement's status (lopend) and empty evaluation dates. */
enum gp_status giz_save_new(struct db *db, const struct refdata *codes, struct giz_assessment *a,
			    struct gp_err *e);

/* Saves changes to an assessment read at a->version: its fields, the
 * participants, the aspects, the agreements with an id (their what, who,
 * when and evaluation date; status stays) and new agreements.  A stored
 * agreement missing from a is left as it is.  GP_ESTALE when someone else
 * saved first: nothing is written and a is unchanged. */
enum gp_status giz_update(struct db *db, const struct refdata *codes, struct giz_assessment *a,
			  struct gp_err *e);

/* Reads a whole assessment. */
enum gp_status giz_get(struct db *db, const char *id, struct giz_assessment *a,
		       struct gp_err *e);

/* A child's assessments, newest first.  *out is malloc'ed (free it); an
 * empty list gives NULL and 0. */
enum gp_status giz_list(struct db *db, const char *child_id, struct giz_summary **out, int *n,
			struct gp_err *e);

/* The assessment before assessment `id` of the same child (by date), for
 * the side-by-side view; *found 0 when it is the first. */
enum gp_status giz_previous(struct db *db, const char *id, struct giz_assessment *prev,
			    int *found, struct gp_err *e);

/* A child's agreements (open_only: the lopend ones), by evaluation date.
 * *out is malloc'ed. */
enum gp_status giz_agreements(struct db *db, const char *child_id, int open_only,
			      struct giz_agreement_row **out, int *n, struct gp_err *e);

/* The events of a child's agreements, oldest first.  *out is malloc'ed. */
enum gp_status giz_events(struct db *db, const char *child_id, struct giz_event **out, int *n,
			  struct gp_err *e);

/* One agreement with its child and assessment. */
enum gp_status giz_agreement_get(struct db *db, const char *id, struct giz_agreement_row *row,
				 struct gp_err *e);

/* Every open agreement of an active child under 18 (youth health care ends
 * there) in `scope` (due.h: a caseload, a location, an age band; NULL or
 * zeroed: everyone's) whose evaluation date is on or before `today`, the
 * longest overdue first, at most `max` (Vandaag).  The scope is applied
 * before the limit, so a nurse sees her own however many are due in the
 * organisation.
 * *matched is how many there are in all (counted only when the limit cut
 * the list).  With matched NULL nothing is counted (a count reads every
 * agreement due) and at most max + 1 rows come back: more than `max` means
 * there are more. */
enum gp_status giz_due(struct db *db, struct gp_date today, const struct due_scope *scope,
		       int max, struct giz_agreement_row **out, int *n, int *matched,
		       struct gp_err *e);

/* Checks an evaluation of agreement `was` (as stored; of an assessment on
 * `assessed`) without reading or writing: the outcome, the note (required
 * when changed or ended) and, for a change, the agreement's fields, a new
 * evaluation date after ev->on and that something differs.  Fills an empty
 * evaluation date with the when. */
enum gp_status giz_evaluation_validate(const struct refdata *codes, struct giz_evaluation *ev,
				       const struct giz_agreement *was, struct gp_date assessed,
				       struct gp_err *e);

/* Records an evaluation of an open agreement read at ev->a.version: gedaan
 * and beeindigd close it (closed_on = ev->on); gewijzigd keeps it open with
 * ev->a's new what, who, when and evaluation date (which must come after
 * ev->on, and something must differ).  One event row with the note (and for
 * a change what it said before), one transaction, one audit entry.
 * GP_ESTALE when the agreement moved on. */
enum gp_status giz_agreement_evaluate(struct db *db, const struct refdata *codes,
				      struct giz_evaluation *ev, struct gp_err *e);

/* The latest assessment and the open agreements of a child (for the warm
 * handover's summary).  out->found is 0 when there is none. */
enum gp_status giz_latest(struct db *db, const char *child_id, struct giz_latest *out,
			  struct gp_err *e);

/* For bulk jobs (demo) that checked their data and log once themselves:
 * inserts a as given, inside the caller's transaction, without checks or
 * audit entry (agreements keep their status and closed_on). */
enum gp_status giz_insert_bulk(struct db *db, struct giz_assessment *a, struct gp_err *e);

/* For bulk jobs: an event (gedaan, gewijzigd, beeindigd) of agreement
 * agreement_id of child_id on `on` with `note`, without checks. */
enum gp_status giz_event_bulk(struct db *db, const char *agreement_id, const char *child_id,
			      const char *kind, struct gp_date on, const char *note,
			      struct gp_err *e);

#endif
