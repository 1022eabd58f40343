/* handover.h — warm handovers (docs/product.md §6, DOMAIN §5): the
 * handover itself (receiver from the sociale kaart, mode apart from
 * destination, frame, reason and question, what the parents want, the
 * summary, the joint conversation, casusregie, the sender's contact
 * details as sent), the consent per person, and the lifecycle
 *
 *   voorbereid → verzonden → ontvangst bevestigd → eerste gesprek gepland
 *              → teruggekoppeld → afgerond          (or ingetrokken)
 *
 * with the day, who and a note of every step.
 *
 * A handover with its consents is one struct handover, saved in one
 * transaction with one audit entry; an update names the version it was
 * read at (GP_ESTALE otherwise, nothing written).  Steps go forward only
 * (a step may be skipped: a receiver who plans the first conversation has
 * received); sending is refused, naming who is missing, until the consent
 * the rule of src/consent.h asks is recorded — except a Veilig Thuis
 * report (meldcode), which is sent without it and marked consent_exempt.
 * Once sent, a handover keeps the consent it was sent with: a save that
 * would lose it is refused.  Afgerond and ingetrokken are final.
 * Nothing is deleted: a consent is withdrawn with an end date or a
 * refusal, a handover with 'ingetrokken'. */
#ifndef GP_HANDOVER_H
#define GP_HANDOVER_H

#include "account.h"
#include "child.h"
#include "consent.h"
#include "db.h"
#include "handover_ref.h"
#include "refdata.h"
#include "validate.h"

enum {
	HANDOVER_NOTE_CHARS = 4000,   /* reason, question, wish, notes: characters */
	HANDOVER_NOTE_BUF = HANDOVER_NOTE_CHARS * 4 + 1,
	HANDOVER_SUMMARY_CHARS = 8000, /* the summary: characters */
	HANDOVER_SUMMARY_BUF = HANDOVER_SUMMARY_CHARS * 4 + 1,
	HANDOVER_MAX_CONSENTS = 12,   /* consents and refusals of one handover */
	HANDOVER_MAX_EVENTS = 16      /* steps of one handover (7 states) */
};

/* A consent or refusal of one person (table handover_consents). */
struct handover_consent {
	char id[DB_ID_LEN];           /* UUIDv7; "" for a new one */
	int given;                    /* 1 gegeven, 0 geweigerd */
	char person[DB_ID_LEN];       /* CONSENT_CHILD ("kind") or the parents.id
				       * of a parent or carer (for a GI: the person
				       * who acts for it) */
	char form[16];                /* toestemmingvorm.tsv: mondeling, schriftelijk */
	struct gp_date given_on;      /* the day it was given or refused */
	char source[24];              /* toestemmingbron.tsv (BDS R010 bron), or "" */
	struct gp_date ends_on;       /* BDS 1607: last day it holds; y == 0 none */
	char scope[CONSENT_SCOPE_BUF];/* toestemmingreikwijdte.tsv codes, comma-separated */
	char recorded_by[ACCOUNT_DISPLAY_BUF]; /* who recorded it (as read) */
	int version;                  /* the version this copy was read at */
};

/* One step of the lifecycle (table handover_events), as read. */
struct handover_event {
	char state[24];               /* overdrachtstatus.tsv */
	struct gp_date on;            /* the day of the step */
	char who[TEXT_BUF];           /* who took it */
	char note[HANDOVER_NOTE_BUF]; /* a note with it */
	char by[ACCOUNT_DISPLAY_BUF]; /* who recorded it */
	char at[DB_TIME_LEN];         /* when it was recorded */
};

struct handover {
	char id[DB_ID_LEN];                     /* UUIDv7; set by handover_create */
	long long no;                           /* the short number people use; set by
						 * handover_create */
	char child_id[DB_ID_LEN];               /* the child (required) */
	char org_id[DB_ID_LEN];                 /* receiving organisation (required) */
	char receiver_person[TEXT_BUF];         /* the person there */
	char destination[16];                   /* overdrachtbestemming.tsv (required) */
	char mode[16];                          /* overdrachtsoort.tsv (required) */
	char frame[12];                         /* vrijwillig / gedwongen (required) */
	char reason[HANDOVER_NOTE_BUF];         /* reden (required) */
	char question[HANDOVER_NOTE_BUF];       /* vraag aan de ontvanger */
	char parents_wish[HANDOVER_NOTE_BUF];   /* wat de ouders willen */
	char summary[HANDOVER_SUMMARY_BUF];     /* samenvatting (pre-filled, edited) */
	struct gp_date joint_on;                /* driegesprek; y == 0 none */
	char parents_present[TEXT_BUF];         /* who of the family was there */
	char casusregie[12];                    /* casusregie.tsv (required) */
	char casusregie_name[TEXT_BUF];         /* who, and how to reach them */
	char sender_name[TEXT_BUF];             /* the sender (required) */
	char sender_org[TEXT_BUF];              /* the sender's organisation */
	char sender_phone[SHORT_BUF];           /* and how to reach them */
	char sender_email[TEXT_BUF];
	struct gp_date feedback_due_on;         /* feedback agreed by; y == 0 none */
	char state[24];                         /* overdrachtstatus.tsv */
	struct gp_date sent_on;                 /* the day of each step taken */
	struct gp_date received_on;
	struct gp_date planned_on;
	struct gp_date first_conversation_on;   /* when the first conversation is */
	struct gp_date fed_back_on;
	struct gp_date closed_on;
	struct gp_date withdrawn_on;
	char feedback[HANDOVER_NOTE_BUF];       /* voortgang the receiver reported */
	char closing_report[HANDOVER_NOTE_BUF]; /* kort verslag bij afsluiting */
	int consent_exempt;                     /* a Veilig Thuis report sent without
						 * the consent the rule asks */
	struct handover_consent consents[HANDOVER_MAX_CONSENTS]; /* by person, as recorded */
	int nconsents;                          /* entries used in consents */
	int version;                            /* the version this copy was read at */
	char created_by[ACCOUNT_DISPLAY_BUF];   /* who prepared it (as read) */
	char updated_at[DB_TIME_LEN];           /* when it was last saved */
};

/* A step to take (handover_step). */
struct handover_step {
	char state[24];                         /* the state it reaches */
	struct gp_date on;                      /* its day (required, not in the future) */
	char who[TEXT_BUF];                     /* who took it */
	struct gp_date first_conversation_on;   /* eerste_gesprek_gepland: when */
	char note[HANDOVER_NOTE_BUF];           /* the feedback (teruggekoppeld), the
						 * closing report (afgerond) or the
						 * reason (ingetrokken): required there */
};

/* A handover as a line in a list (dossier, Vandaag). */
struct handover_line {
	char id[DB_ID_LEN];
	long long no;                           /* the handover's short number */
	char child_id[DB_ID_LEN];
	long long client_no;                    /* the child's */
	char child_name[NAME_BUF * 3];          /* "Zoë van der Berg" */
	char given_names[NAME_BUF];             /* the child's name parts */
	char tussenvoegsel[PREFIX_BUF];
	char family_name[NAME_BUF];
	struct gp_date birth_date;              /* the child's */
	char org_name[TEXT_BUF];                /* the receiver */
	char destination[16];
	char mode[16];
	char state[24];
	struct gp_date created_on;              /* prepared on */
	struct gp_date sent_on;
	struct gp_date feedback_due_on;
	int consent_exempt;
	char created_by[ACCOUNT_DISPLAY_BUF];   /* who prepared it */
	struct handover_lateness late;          /* what is late on the day asked */
};

/* What the checks read besides the database. */
struct handover_refs {
	const struct handover_ref *rules; /* destinations, working days, timing */
	const struct refdata *codes;      /* code lists (labels, checks), or NULL */
};

/* The people who may have to consent for a child: the child first, then
 * its parents and carers (with their gezag), as src/consent.h takes them.
 * names get the relation ("Anna de Vries (moeder)"); with codes NULL the
 * relation code.  Returns the number (at most CONSENT_MAX_PEOPLE). */
int handover_people(const struct child *c, const struct family_member *fam, int nfam,
		    const struct refdata *codes, struct consent_person *out);

/* Applies the consent rule to h's consents for sending on `day`, as the
 * destination asks them (written, scope) — also for a Veilig Thuis report,
 * which may be sent without (the caller decides that). */
void handover_consent_check(const struct handover_refs *refs, const struct handover *h,
			    const struct child *c, const struct consent_person *people, int n,
			    struct gp_date day, struct consent_outcome *out);

/* Who is missing, who refused and whose consent is too old, oral or for
 * something else, in sentences ("Nog geen toestemming van …. Geweigerd
 * door …."); "" when nothing is. */
void handover_consent_missing(const struct consent_outcome *o,
			      const struct consent_person *people, int n, char *msg,
			      size_t msgsz);

/* The sentence that refuses sending, naming who is missing, who refused
 * and whose consent is too old, oral or for something else ("" when the
 * outcome is complete). */
void handover_consent_explain(const struct consent_outcome *o,
			      const struct consent_person *people, int n, char *msg,
			      size_t msgsz);

/* Checks every field of a handover for the child (nothing read but the
 * code lists and rules); e names the field ("reason",
 * "consents.given_on" with the row). */
enum gp_status handover_validate(const struct handover_refs *refs, const struct handover *h,
				 struct gp_date today, struct gp_err *e);

/* Saves a new handover (state voorbereid) with its consents, and the
 * first event; fills in ids and versions. */
enum gp_status handover_create(struct db *db, const struct handover_refs *refs,
			       struct handover *h, struct gp_err *e);
/* Saves changes to a handover read at h->version, consents by id (new
 * ones added).  Refused for a final handover, and for a sent one whose
 * consents would no longer meet the rule. */
enum gp_status handover_update(struct db *db, const struct handover_refs *refs,
			       struct handover *h, struct gp_err *e);
/* Reads a handover with its consents. */
enum gp_status handover_get(struct db *db, const char *id, struct handover *h,
			    struct gp_err *e);
/* The id of the handover a person names: its number, or its whole id. */
enum gp_status handover_find_ref(struct db *db, const char *ref, char *id, struct gp_err *e);
/* The sender's details (sender_org, _phone, _email) of the latest
 * handover the account prepared, for the next one; GP_ENOTFOUND when none. */
enum gp_status handover_last_sender(struct db *db, const char *account_id, struct handover *h,
				    struct gp_err *e);
/* Its steps, oldest first; *out malloc'ed (free()), *n entries. */
enum gp_status handover_events(struct db *db, const char *id, struct handover_event **out,
			       int *n, struct gp_err *e);

/* The states a handover in `state` may go to next, in order (codes),
 * NULL-ended into out (room for HS_COUNT + 1). */
void handover_next_states(const char *state, const char **out);

/* Checks a step for the handover as read: a state that may come next, its
 * day (not in the future, not before the step before), a date for the
 * first conversation, a note where one is required; e names the field. */
enum gp_status handover_step_validate(const struct handover *h, const struct handover_step *p,
				      struct gp_date today, struct gp_err *e);

/* Takes a step on the handover read at h->version (h is updated as
 * saved).  Sending checks the consent on the step's day (GP_EINPUT with
 * field "state", the step, and the names of who is missing). */
enum gp_status handover_take_step(struct db *db, const struct handover_refs *refs,
				  struct handover *h, const struct handover_step *step,
				  struct gp_err *e);

/* A child's handovers, newest first, with what is late on `today` (not
 * when refs->rules is NULL). */
enum gp_status handover_list_child(struct db *db, const struct handover_refs *refs,
				   const char *child_id, struct gp_date today,
				   struct handover_line **out, int *n, struct gp_err *e);
/* The open handovers (sent, not yet afgerond or ingetrokken) that
 * account_id prepared (NULL: everyone's), the late ones first (most days
 * late first), then by sending day; for Vandaag. */
enum gp_status handover_list_open(struct db *db, const struct handover_refs *refs,
				  const char *account_id, struct gp_date today,
				  struct handover_line **out, int *n, struct gp_err *e);

/* For the demo (a new file, in its bulk transaction): inserts h with its
 * consents as given and the events of its steps (events[0..nevents-1],
 * whose states and days h's dates must agree with), without checks or
 * audit entry. */
enum gp_status handover_insert_bulk(struct db *db, struct handover *h,
				    const struct handover_step *events, int nevents,
				    struct gp_err *e);

#endif
