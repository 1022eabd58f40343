/* consent.h — who must consent before a child's information goes to
 * someone else (docs/product.md §6, DOMAIN §5), as pure functions of the
 * child's age on the day consent is given and of who holds gezag on that
 * day (WGBO art. 7:450, Jeugdwet art. 7.3.4, checked against public
 * guidance of the NVO and KNMG — see data/README.md "Toestemming"):
 *
 *   under 12        every person who holds gezag that day
 *   12 up to 16     the child and every person who holds gezag
 *   16 and older    the young person alone
 *
 * Every person with gezag is asked, also when two parents share it: the
 * professional may not assume one parent speaks for the other when the
 * information goes to a third party (the NVO's starting point: consent of
 * both parents with gezag).  Gezag lies with a person (a parent, a partner
 * who is not a parent, a guardian) or with an institution — a
 * gecertificeerde instelling (GI) under a guardianship order — through the
 * person who acts for it; either way it is one entry here, with the dates
 * between which it holds.
 *
 * Which day counts: the age and the gezag of the day consent is given.
 * Consents are often given on different days (the child at school, the
 * parents at home), so the family's consent is complete when the rule is
 * met on the day of sending, or on a day on which an answer was given, by
 * the answers known on the day of sending (each person's latest answer;
 * those given after that day do not count).  Consent the parents gave when
 * the child was 11 stays valid after the twelfth birthday, and a young
 * person of 16 decides alone even when they consented at 15 and the parents
 * did not.  A refusal by someone the rule names on the day of sending
 * always blocks.
 *
 * Nothing here reads the database or the clock. */
#ifndef GP_CONSENT_H
#define GP_CONSENT_H

#include "date.h"

enum {
	CONSENT_AGE_CHILD = 12,  /* from this birthday the child consents too */
	CONSENT_AGE_ALONE = 16,  /* from this birthday the young person alone */
	CONSENT_MAX_PEOPLE = 16, /* the child and the parents and carers of one child */
	CONSENT_ID_LEN = 37,     /* as DB_ID_LEN */
	CONSENT_NAME_BUF = 3072, /* a display name with a role and an institution */
	CONSENT_SCOPE_BUF = 64   /* "jgz,derden,rvp" */
};

/* The person id that stands for the child itself. */
#define CONSENT_CHILD "kind"

/* Who decides, by age. */
enum consent_band {
	CONSENT_BAND_PARENTS,   /* under 12: those with gezag */
	CONSENT_BAND_BOTH,      /* 12 up to 16: the child and those with gezag */
	CONSENT_BAND_YOUNG      /* 16 and older: the young person */
};

/* Someone who may have to consent: the child, or a parent or carer as
 * linked to this child (a GI through the person who acts for it). */
struct consent_person {
	char id[CONSENT_ID_LEN];      /* CONSENT_CHILD, or parents.id */
	char name[CONSENT_NAME_BUF];  /* "Anna de Vries (moeder)", for sentences */
	int is_child;                 /* 1 for the child itself */
	int gezag;                    /* the link carries gezag (child_parents.gezag) */
	struct gp_date gezag_from;    /* first day with gezag; y == 0: from birth */
	struct gp_date gezag_until;   /* first day without it (ended); y == 0: holds */
};

/* One recorded consent or refusal. */
struct consent_record {
	char person[CONSENT_ID_LEN];  /* CONSENT_CHILD, or parents.id */
	int given;                    /* 1 gegeven, 0 geweigerd */
	int written;                  /* 1 schriftelijk, 0 mondeling */
	struct gp_date on;            /* the day it was given or refused */
	struct gp_date ends;          /* last day it holds (BDS 1607); y == 0: no end */
	char scope[CONSENT_SCOPE_BUF];/* comma-separated codes of
				       * data/codes/toestemmingreikwijdte.tsv */
};

/* What a kind of handover asks of each consent (data/handover/bestemmingen.tsv). */
struct consent_needs {
	int none;                     /* 1: no consent needed (a Veilig Thuis report) */
	int written;                  /* 1: every consent must be schriftelijk */
	char scope[24];               /* the scope each must cover ("derden"), "" any */
};

/* Per required person, what is wrong with their consent. */
enum consent_state {
	CONSENT_OK = 0,      /* given, in time, in the right form and scope */
	CONSENT_MISSING,     /* nothing recorded */
	CONSENT_REFUSED,     /* the latest answer is no */
	CONSENT_ENDED,       /* given, but its end date has passed */
	CONSENT_NOT_WRITTEN, /* given orally where writing is needed */
	CONSENT_SCOPE        /* given, but not for this kind of sharing */
};

/* The outcome of applying the rule. */
struct consent_outcome {
	struct gp_date day;           /* the day the rule was applied */
	enum consent_band band;       /* who decided that day */
	int no_holder;                /* 1: under 16 and nobody held gezag that day */
	int required[CONSENT_MAX_PEOPLE];            /* 1: this person must consent */
	enum consent_state state[CONSENT_MAX_PEOPLE]; /* for the required ones */
	int complete;                 /* 1: the handover may be sent */
};

/* The age band of a child born on `birth` on `day`. */
enum consent_band consent_band_on(struct gp_date birth, struct gp_date day);

/* 1 when p holds gezag on `day` (the child never does). */
int consent_holds_gezag(const struct consent_person *p, struct gp_date day);

/* Who must consent on `day`: required[i] = 1 for each of people[0..n-1]
 * whose consent the rule asks (n at most CONSENT_MAX_PEOPLE).  Returns how
 * many; *no_holder is 1 when the child is under 16 and nobody holds gezag
 * that day (the rule cannot be met until gezag is recorded). */
int consent_required(struct gp_date birth, struct gp_date day,
		     const struct consent_person *people, int n, int *required, int *no_holder);

/* 1 when the comma-separated scope list covers `want` ("" covers). */
int consent_scope_covers(const char *scope, const char *want);

/* Applies the rule to the consents recorded so far, for sending on
 * `send_day` (see the top of this file for the day the rule is applied).
 * When the consent is not complete, out describes the rule of send_day:
 * who is required and what is wrong with each one's consent; when it is,
 * the day whose rule was met. */
void consent_evaluate(struct gp_date birth, const struct consent_person *people, int n,
		      const struct consent_record *records, int nrecords,
		      const struct consent_needs *needs, struct gp_date send_day,
		      struct consent_outcome *out);

#endif
