/* handover_ref.h — what warm handovers are checked and followed against,
 * loaded once at start-up: per destination the receivers it may have and
 * the consent it asks (data/handover/bestemmingen.tsv), the public
 * holidays that are no working days (data/kalender/feestdagen.tsv), and
 * when a step counts as late (the config file, docs/cli.md).  With these,
 * which step of a handover is late on a day is a pure function. */
#ifndef GP_HANDOVER_REF_H
#define GP_HANDOVER_REF_H

#include "consent.h"
#include "date.h"
#include "err.h"

/* One destination (handovers.destination). */
struct handover_dest {
	char code[16];                 /* data/codes/overdrachtbestemming.tsv */
	char org_kinds[128];           /* comma-separated organisatiesoort codes */
	int report_only;               /* 1: only mode 'melding' (and that mode only here) */
	struct consent_needs needs;    /* what each consent must be */
};

/* When a step is late (docs/product.md §6; config keys in parentheses). */
struct handover_timing {
	int receipt_workdays;   /* receipt not confirmed this many working days after
				 * sending (handover_receipt_workdays, default 5) */
	int conversation_days;  /* no first conversation planned this many days after
				 * sending (handover_conversation_days, default 20) */
	int feedback_days;      /* a new handover proposes feedback this many days
				 * ahead (handover_feedback_days, default 42); it is
				 * late after the date agreed */
};

struct handover_ref {
	struct handover_dest *dests;   /* in file order */
	int ndests;
	struct gp_date *holidays;      /* sorted */
	int nholidays;
	struct handover_timing timing; /* defaults; the caller sets the config's */
};

/* Loads both files from datadir; timing gets the defaults. */
enum gp_status handover_ref_load(const char *datadir, struct handover_ref **out,
				 struct gp_err *e);
void handover_ref_free(struct handover_ref *r);

/* The destination of that code, or NULL. */
const struct handover_dest *handover_ref_dest(const struct handover_ref *r, const char *code);
/* The first destination whose org_kinds names this organisation kind, or NULL. */
const struct handover_dest *handover_ref_dest_for_org(const struct handover_ref *r,
						      const char *org_kind);

/* 1 when d is a working day: Monday to Friday and not a listed holiday. */
int handover_workday(const struct handover_ref *r, struct gp_date d);
/* The day n working days after d (d itself does not count). */
struct gp_date handover_add_workdays(const struct handover_ref *r, struct gp_date d, int n);

/* Lifecycle states in order; ingetrokken (withdrawn) after afgerond. */
enum handover_state {
	HS_PREPARED, HS_SENT, HS_RECEIVED, HS_PLANNED, HS_FED_BACK, HS_CLOSED, HS_WITHDRAWN,
	HS_COUNT
};
/* The code of a state ("voorbereid", …) and back (-1 when unknown). */
const char *handover_state_code(enum handover_state s);
int handover_state_of(const char *code);

/* What is late about a handover on a day. */
enum handover_late_kind {
	LATE_RECEIPT = 1,      /* receipt not confirmed in time */
	LATE_CONVERSATION = 2, /* no first conversation planned in time */
	LATE_FEEDBACK = 4      /* no feedback by the agreed date */
};
struct handover_lateness {
	unsigned kinds;          /* LATE_* bits; 0: nothing late */
	struct gp_date receipt_due;      /* the last day for each, when it applies */
	struct gp_date conversation_due;
	struct gp_date feedback_due;
	long days_late;          /* days since the earliest deadline passed */
};

/* Which steps of a handover in `state` (a code), sent on sent_on, with
 * feedback agreed by feedback_due (y == 0: none agreed), are late `today`.
 * A step is due on its last day and late from the day after:
 *   receipt      while sent (not yet confirmed): sent_on + receipt_workdays
 *                working days
 *   conversation before a first conversation is planned: sent_on +
 *                conversation_days days
 *   feedback     before feedback is given: feedback_due
 * Nothing is late before sending or after afgerond/ingetrokken.  Returns
 * out->kinds. */
unsigned handover_late(const struct handover_ref *r, const char *state, struct gp_date sent_on,
		       struct gp_date feedback_due, struct gp_date today,
		       struct handover_lateness *out);

#endif
