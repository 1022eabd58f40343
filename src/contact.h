/* contact.h — contact moments (docs/product.md §4): the contact itself (date, kind,
 * form, status, who, conclusion, next step), the measurements taken at it
 * with their WHO z-scores and plausibility checks, the vaccinations given or
 * not given, and observations per domain.
 *
 * A whole contact moment is one struct contact_record and is saved in one
 * transaction with one audit entry, so nothing is ever half-saved.  An
 * update names the version it was read at and is refused with GP_ESTALE
 * (nothing written, the caller keeps its data) when someone else saved the
 * contact in between.  Records are never deleted: a wrong vaccination is
 * corrected by editing it, an observation emptied keeps its row with "".
 *
 * Checks, in words per field (the field name first, as in child.c):
 *  - the child must exist; the date must be a real date, not before birth;
 *    a realised contact (status 01) not after today, a not-realised one
 *    (02–07) at most a year ahead;
 *  - kind (BDS 494), form (BDS 1577), status (BDS 1605), observation
 *    domains, vaccination sites and reasons come from data/codes; the
 *    schedule moment and the vaccine from data/schedule and data/rvp;
 *  - a not-realised contact is recorded with few fields and carries no
 *    measurement, vaccination or observation;
 *  - measurement values lie in plausible ranges (length 30–220 cm, weight
 *    0.3–200 kg, head 20–65 cm); a standing length before 9 months is
 *    refused (measure lying);
 *  - a given vaccination needs a batch number (BDS 472), one not given a
 *    reason;
 *  - a measurement that growth_check() finds implausible (|z| > 5, a jump of
 *    more than 2 SD since the previous measurement, a length shorter than
 *    before, under one year a weight more than 10 % below the previous one,
 *    a weight-for-age z more than 1 SD lower; thresholds in
 *    data/growth/plausibility.tsv) is refused — kind GP_CONFIRM, field the
 *    value — with a sentence naming the value, unless the caller set
 *    measurement.confirmed; it is then stored with measurements.flags set
 *    and confirmed_by = the acting account. */
#ifndef GP_CONTACT_H
#define GP_CONTACT_H

#include "date.h"
#include "db.h"
#include "growth.h"
#include "refdata.h"
#include "schedule.h"
#include "validate.h"

enum {
	CONTACT_NOTE_CHARS = 4000,  /* conclusion, agreements: characters */
	CONTACT_NOTE_BUF = CONTACT_NOTE_CHARS * 4 + 1,
	OBSERVATION_CHARS = 1000,   /* one observation: characters */
	OBSERVATION_BUF = OBSERVATION_CHARS * 4 + 1,
	BATCH_CHARS = 20,           /* a batch number (partijnummer): characters */
	CONTACT_MAX_VACCINATIONS = 8, /* vaccinations at one contact */
	CONTACT_MAX_OBSERVATIONS = 16, /* observation domains at one contact */
	CONTACT_MAX_PROFESSIONALS = 4, /* further professionals at one contact */
	CODE_BUF = 24               /* a code from data/codes, data/schedule, data/rvp */
};

/* measurements.flags: which implausible value the user confirmed. */
enum measurement_flag {
	MEAS_FLAG_EXTREME = 1, /* some |z| > 5 */
	MEAS_FLAG_JUMP = 2,    /* some z moved more than 2 SD since the previous measurement */
	MEAS_FLAG_SHORTER = 4, /* length shorter than the previous measurement */
	MEAS_FLAG_LOSS = 8,    /* weight loss of more than loss_pct under one year */
	MEAS_FLAG_DROP = 16    /* weight-for-age fell by more than wfa_drop_z */
};

/* The contact itself (table contacts). */
struct contact {
	char id[DB_ID_LEN];              /* UUIDv7; set when first saved */
	char child_id[DB_ID_LEN];        /* the child (required) */
	struct gp_date date;             /* contact date (required) */
	char time[6];                    /* "HH:MM", or "" */
	char kind[3];                    /* BDS 494 soort activiteit; "" = the moment's */
	char form[3];                    /* BDS 1577 vorm, or "" */
	char status[3];                  /* BDS 1605: "01" gerealiseerd, "02"–"07" niet */
	char schedule_moment[CODE_BUF];  /* moment code from data/schedule, or "" */
	char location[TEXT_BUF];         /* where */
	char professional_id[DB_ID_LEN]; /* main professional; "" = the acting account */
	char present[TEXT_BUF];          /* who was present */
	char conclusion[CONTACT_NOTE_BUF]; /* BDS 482 conclusie */
	char agreements[CONTACT_NOTE_BUF]; /* afspraken */
	char next_step[CODE_BUF];        /* vervolgstap.tsv code, or "" */
	struct gp_date next_contact_on;  /* y == 0 when none */
	int version;                     /* the version this copy was read at */
	char updated_at[DB_TIME_LEN];    /* when it was last saved */
};

/* Length, weight and head circumference taken at a contact (table
 * measurements).  A value of 0 is "not measured". */
struct measurement {
	char id[DB_ID_LEN];            /* UUIDv7; "" for a new one */
	char contact_id[DB_ID_LEN];    /* the contact it was taken at; "" for none */
	struct gp_date measured_on;    /* the contact date (set on save) */
	int length_mm;                 /* BDS 235; 0 not measured */
	char length_method[12];        /* BDS 236: "liggend", "staand" or "" */
	int weight_g;                  /* BDS 245; 0 not measured */
	char weight_method[16];        /* BDS 246: "zonder_kleding", "met_kleding" or "" */
	int head_mm;                   /* BDS 252; 0 not measured */
	int confirmed;                 /* in: the user confirmed an implausible value */
	unsigned flags;                /* MEAS_FLAG_* stored with the confirmation */
	char confirmed_by[DB_ID_LEN];  /* who confirmed; set on save */
	char note[TEXT_BUF];           /* a remark with the measurement */
	int version;                   /* the version this copy was read at */
};

/* One vaccine dose given, or recorded as not given (table vaccinations). */
struct vaccination {
	char id[DB_ID_LEN];            /* UUIDv7; "" for a new one */
	char contact_id[DB_ID_LEN];    /* the contact; "" for none (e.g. imported) */
	struct gp_date date;           /* date given or decided (set to the contact date) */
	char vaccine[CODE_BUF];        /* vaccine code from data/rvp (required) */
	int dose_no;                   /* dose number; 0 = count from the earlier doses */
	int given;                     /* 1 given, 0 not given */
	char batch[BATCH_CHARS * 4 + 1]; /* BDS 472 partijnummer; required when given */
	char site[CODE_BUF];           /* vaccinatieplaats.tsv code, or "" */
	char given_by[DB_ID_LEN];      /* who gave it; "" = the acting account */
	char reason_not_given[CODE_BUF]; /* reden_niet_gevaccineerd.tsv; required when not given */
	char note[TEXT_BUF];           /* a remark */
	int version;                   /* the version this copy was read at */
};

/* An observation in one domain (table contact_observations). */
struct observation {
	char domain[CODE_BUF];         /* observatiedomein.tsv code */
	char text[OBSERVATION_BUF];    /* what was observed; "" when emptied */
};

/* A whole contact moment, saved and read as one. */
struct contact_record {
	struct contact contact;          /* the contact */
	int has_measurement;             /* 1: `measurement` holds one */
	struct measurement measurement;  /* at most one per contact */
	struct vaccination vaccinations[CONTACT_MAX_VACCINATIONS]; /* doses at this contact */
	int nvaccinations;               /* entries used in vaccinations */
	struct observation observations[CONTACT_MAX_OBSERVATIONS]; /* per domain */
	int nobservations;               /* entries used in observations */
	char professionals[CONTACT_MAX_PROFESSIONALS][DB_ID_LEN]; /* further professionals */
	int nprofessionals;              /* entries used in professionals */
};

/* The reference data contacts are checked against, loaded once at start-up
 * and only read.  codes and schedule may be NULL in tools that have none:
 * the code fields are then only checked for their form. */
struct contact_refs {
	const struct growth_ref *growth; /* WHO tables (required) */
	const struct refdata *codes;     /* data/codes lists, or NULL */
	const struct schedule *schedule; /* moments and vaccines, or NULL */
};

/* ---- growth ----------------------------------------------------------- */

/* The z-scores of one measurement and what growth_check() found. */
struct measurement_growth {
	int age_days;                  /* age on the day measured */
	int no_sex;                    /* 1: sex unknown/undetermined, so no z-scores */
	struct growth_meas meas;       /* the measurement as the WHO tables take it */
	struct growth_z z[GROWTH_NIND]; /* per indicator; WFL or WFH, as the age fits */
	double bmi;                    /* kg/m² on the corrected length; 0 if missing */
	struct growth_flags check;     /* against the earlier measurements */
	struct growth_z prev_z[GROWTH_NIND]; /* per indicator the latest earlier z */
	int prev_length_mm;            /* the latest earlier length, 0 when none */
	struct gp_date prev_length_on; /* its date */
	int prev_weight_g;             /* the latest earlier weight, 0 when none */
	struct gp_date prev_weight_on; /* its date */
	unsigned flags;                /* the same as MEAS_FLAG_* bits */
	int position;                  /* 1: measured standing before 9 months */
};

/* What is known from a child's measurements so far, for checking the next
 * one; measurement_track_add() takes them oldest first. */
struct measurement_track {
	const struct growth_ref *ref;      /* the WHO tables */
	int sex;                           /* BDS 19 */
	struct gp_date birth;              /* birth date */
	struct growth_z last[GROWTH_NIND]; /* per indicator the latest valid z */
	struct growth_meas last_len;       /* the latest measurement with a length */
	struct gp_date last_len_on;        /* its date */
	int have_len;                      /* 1 when last_len is set */
	struct growth_meas last_wt;        /* the latest measurement with a weight */
	struct gp_date last_wt_on;         /* its date */
	int have_wt;                       /* 1 when last_wt is set */
};

void measurement_track_init(struct measurement_track *t, const struct growth_ref *ref, int sex,
			    struct gp_date birth);
/* The z-scores and checks of m (dated measured_on) after those added
 * before; then adds m. */
void measurement_track_add(struct measurement_track *t, const struct measurement *m,
			   struct measurement_growth *out);

/* The z-scores (rounded to two decimals by growth_zscore) of measurements
 * m[0..n-1], oldest first, of a child of this sex (BDS 19) and birth date,
 * and for each the plausibility check against the measurements before it
 * (per indicator the latest earlier z; for "shorter" the latest earlier
 * length).  out has n entries.  Sex 0 or 3 gives no z-scores (no_sex = 1,
 * every z GROWTH_Z_MISSING) and checks only "shorter". */
void measurement_growth_list(const struct growth_ref *ref, int sex, struct gp_date birth,
			     const struct measurement *m, int n, struct measurement_growth *out);

/* The same for one new measurement `m` after the earlier ones (oldest
 * first, all dated on or before m; may be empty). */
void measurement_growth_one(const struct growth_ref *ref, int sex, struct gp_date birth,
			    const struct measurement *earlier, int nearlier,
			    const struct measurement *m, struct measurement_growth *out);

/* "" when there are z-scores; otherwise why not, in words (translated):
 * "geen z-scores: geslacht onbekend of onbepaald". */
const char *measurement_growth_remark(const struct measurement_growth *g);

/* The member of the record ("measurement.length_mm", "measurement.weight_g"
 * or "measurement.head_mm") holding the first implausible value in form
 * order (length, weight, head), or "" when g->flags is 0. */
const char *measurement_growth_field(const struct measurement_growth *g);

/* Writes into msg the sentence that refuses an implausible measurement:
 * which value looks implausible and why, and that the user can confirm it.
 * Empty when g->flags is 0. */
void measurement_growth_explain(const struct measurement_growth *g, const struct measurement *m,
				char *msg, size_t msgsz);

/* ---- saving and reading -------------------------------------------------- */

/* Checks every field of a record for the child with this birth date
 * (nothing is read or written; plausibility is checked when saving). */
enum gp_status contact_validate(const struct contact_refs *refs, const struct contact_record *rec,
				struct gp_date birth, struct gp_date today, struct gp_err *e);

/* Saves a new contact moment: the contact, its measurement, vaccinations,
 * observations and professionals, in one transaction with one audit entry.
 * Fills in the ids, dates, defaults (kind from the moment, professional and
 * given_by = the acting account), versions (1) and, for a confirmed
 * measurement, flags and confirmed_by. */
enum gp_status contact_save_new(struct db *db, const struct contact_refs *refs,
				struct contact_record *rec, struct gp_err *e);

/* Saves changes to a contact read at rec->contact.version.  Fields are
 * replaced; the measurement and vaccinations are updated by id, or added
 * when their id is ""; observations by domain.  GP_ESTALE when someone else
 * saved the contact in between: nothing is written and rec is unchanged. */
enum gp_status contact_update(struct db *db, const struct contact_refs *refs,
			      struct contact_record *rec, struct gp_err *e);

/* Reads a whole contact moment. */
enum gp_status contact_get(struct db *db, const char *contact_id, struct contact_record *rec,
			   struct gp_err *e);

/* A child's contacts, newest first (date, then time).  *out is malloc'ed;
 * free() it.  An empty list gives *out == NULL, *n == 0. */
enum gp_status contact_list(struct db *db, const char *child_id, struct contact **out, int *n,
			    struct gp_err *e);

/* A child's measurements, oldest first. */
enum gp_status measurement_list(struct db *db, const char *child_id, struct measurement **out,
				int *n, struct gp_err *e);

/* A child's vaccination records (given and not given), oldest first, then
 * by vaccine and dose. */
enum gp_status vaccination_list(struct db *db, const char *child_id, struct vaccination **out,
				int *n, struct gp_err *e);

/* For bulk jobs (demo, import) that checked their data and write one audit
 * entry per child themselves: inserts rec as given (ids and versions are
 * filled in; flags and confirmed_by are stored as they are), inside the
 * caller's transaction, without checks or audit entry. */
enum gp_status contact_insert_bulk(struct db *db, struct contact_record *rec, struct gp_err *e);

/* The word number n of table.column stands for: contacts.next_step,
 * measurements.length_method and weight_method hold numbers (schema 018),
 * numbered from 1; NULL for another column or a number that is no word
 * (so words 1, 2, … until NULL are the column's words; src/outbox.c sends
 * the words, not the numbers). */
const char *contact_stored_word(const char *table, const char *column, long long n);

/* 1 when a BDS 1605 status means the contact took place ("01"). */
int contact_realised(const char *status);

/* Stores a measurement taken outside a recorded contact (an import): no
 * contact, flags and confirmed_by as the caller set them.  Call it inside
 * the caller's transaction, which also writes the audit entry. */
enum gp_status measurement_add(struct db *db, const char *child_id, struct measurement *m,
			       struct gp_err *e);

#endif
