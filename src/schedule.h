/* schedule.h — the contact-moment schedule and the Rijksvaccinatieprogramma
 * (RVP) for every birth cohort, read from data files
 * (data/schedule/contactmomenten.tsv, data/rvp/versions.tsv, data/rvp/
 * inhalen.tsv, data/rvp/rvp.tsv; formats in their header comments, sources
 * in data/README.md), and the due list: for one child on one date, which
 * moments and doses are done, due, overdue, to catch up, not yet due,
 * refused, no longer needed or missed.
 *
 * The due list is a pure function of the loaded schedule, the child (birth
 * date, sex, gestational age, in care since, RVP variant), its recorded
 * contacts and vaccinations, and the date asked about: no database, no
 * clock, so a cache may call it again on every save.  Its rules:
 *
 *  - End of youth health care.  From the 18th birthday nothing is open any
 *    more: whatever was not done is "gemist" (SCHED_MISSED).
 *  - Windows.  Each moment and dose has an earliest, target and latest age;
 *    the dates are computed from the birth date (months first, then days,
 *    then an optional move to a day and month of that calendar year, e.g.
 *    1 January).  A date before birth counts as the birth date.  For a
 *    contact moment whose row says `corrected`, and a child with a known
 *    gestational age under 259 days (37 weeks), the window (and `until`)
 *    moves later by 280 − gestational age days.
 *  - Contact moments.  A contact with the moment's code and status "01"
 *    (BDS 1605 gerealiseerd) makes it done, whenever it happened; `timing`
 *    says early, on time or late.  Not done: a moment whose window closed
 *    before the child came into our care is SCHED_BEFORE_CARE; one for
 *    which a later moment (by target age) has been realised, or whose
 *    `until` age has come, is SCHED_MISSED; otherwise not yet, due (window
 *    open) or overdue (after latest, before until).  The latest
 *    not-realised status is reported.
 *  - Doses: counting what a child still needs.  The doses of one vaccine in
 *    the child's version (and variant, sex and birth month) are filled in
 *    order with the child's records of that vaccine — or of a vaccine it
 *    accepts (inhalen.tsv) — that were given (or "elders_gegeven"), oldest
 *    first, whatever dose number was recorded with them.  A record counts
 *    for a dose only when the child was at least the dose's valid_from (or
 *    the vaccine's min_age) old, and at least `interval` after the record
 *    that counted for the previous dose; otherwise it does not count
 *    (`invalid_on` and `invalid_why` say so on the dose it was tried for).
 *    A record from the dose's `until` age on is kept for a later dose (the
 *    adolescent MenACWY is not the missed toddler dose).
 *  - Starting late.  When the first dose of a vaccine with a late_start
 *    rule is (or would be) given at or after that age, the child needs only
 *    late_doses doses: the primary doses just before the last one lapse
 *    (SCHED_LAPSED, "niet meer nodig").
 *  - Opening after the previous dose.  Once the previous dose counted, the
 *    next one opens `interval` after it; target and latest never lie
 *    before that opening.
 *  - Open doses: refused when the latest record of the vaccine is a "not
 *    given" with reason "bezwaar" (never overdue); missed from the dose's
 *    `until` (or the vaccine's catch-up age) on; otherwise not yet, due,
 *    overdue ("te laat") for `late` after latest, and then a catch-up
 *    ("inhalen") until `until`.  The latest reason a dose was not given is
 *    reported.  Doses follow the catch-up rules also for a child that came
 *    into our care later (a newcomer catches up).
 *  - Records dated after the date asked about are ignored; contacts for a
 *    code that is not in the schedule are ignored too.
 *  - Version and variant.  The version is the one whose birth-date range
 *    holds the child's birth date (none: no doses are listed).  Rows apply
 *    when all their conditions hold: a variant equal to the child's recorded
 *    variant, or the version's default when none is recorded or the
 *    recorded one has no rows in that version; sex; birth month. */
#ifndef GP_SCHEDULE_H
#define GP_SCHEDULE_H

#include <stddef.h>

#include "date.h"
#include "err.h"

enum {
	SCHED_END_MONTHS = 18 * 12, /* youth health care ends at the 18th birthday (DOMAIN §1) */
	SCHED_MAX_ACCEPTS = 4       /* other vaccines that count for one vaccine */
};

/* An age as written in the data files ("3y9m", "7y-1d", "10y@1-1"). */
struct sched_age {
	int months;    /* calendar months, years × 12 included; added first */
	int days;      /* days, weeks × 7 included; added after the months */
	int snap_m;    /* 0, or the month of "@D-M": applied last */
	int snap_d;    /* the day of "@D-M" */
};

/* One row of contactmomenten.tsv. */
struct sched_moment {
	char code[16];            /* unique code, stored with each contact */
	char label[96];           /* Dutch label for the user */
	char kind[3];             /* BDS 494 soort activiteit, e.g. "37" */
	struct sched_age earliest; /* window opens at this age */
	struct sched_age target;   /* planned age */
	struct sched_age latest;   /* last age that is on time */
	int has_until;            /* 0: until the 18th birthday */
	struct sched_age until;    /* from this age a moment not done is missed */
	int corrected;            /* 1: shift for birth before 37 weeks */
};

/* One row of versions.tsv: an RVP schema version and the birth dates it is for. */
struct sched_version {
	char name[16];            /* e.g. "2025-04" */
	int has_from;             /* 0: no lower bound on the birth date */
	struct gp_date born_from; /* first birth date, inclusive */
	int has_until;            /* 0: no upper bound */
	struct gp_date born_until; /* last birth date, inclusive */
	char default_variant[16]; /* variant while none is recorded; "" when the
				     version has no variants */
	char label[96];           /* Dutch description */
	size_t first, count;      /* its doses: schedule.by_version[first ..
				     first + count), file order */
};

/* One line of inhalen.tsv: the catch-up rules of one vaccine. */
struct sched_vaccine {
	char code[24];              /* e.g. "DKTP-Hib-HepB" */
	struct sched_age min_age;   /* a dose given younger does not count */
	struct sched_age late;      /* overdue this long after latest: "te laat" */
	struct sched_age until;     /* not given any more from this age */
	int has_late_start;         /* 1: late_start and late_doses apply */
	struct sched_age late_start; /* first dose at or after this age: */
	int late_doses;             /* … this many doses in all */
	char accepts[SCHED_MAX_ACCEPTS][24]; /* other vaccines that count for it */
	int naccepts;               /* entries used in accepts */
};

/* One row of rvp.tsv for one version (a row naming a range of versions is
 * one sched_dose per version). */
struct sched_dose {
	const struct sched_version *version; /* points into schedule.versions */
	char variant[16];          /* "*" or a variant name such as "aangepast" */
	int sex;                   /* 0 any, else BDS 19: 1 boys, 2 girls */
	int born_from_month;       /* 0 any, else the row applies to children */
	int born_to_month;         /* born in these months (may wrap: 10-3) */
	char vaccine[24];          /* e.g. "DKTP-Hib-HepB" */
	int dose;                  /* dose number, 1 and up */
	struct sched_age earliest; /* window opens at this age */
	struct sched_age target;   /* planned age */
	struct sched_age latest;   /* last age that is on time */
	int has_interval;          /* 1 when `interval` applies */
	struct sched_age interval; /* minimum time after the previous dose */
	int has_valid_from;        /* 1: valid_from instead of the vaccine's min_age */
	struct sched_age valid_from; /* youngest age at which a dose counts */
	int has_until;             /* 1: until instead of the vaccine's */
	struct sched_age until;    /* not given any more from this age */
	const struct sched_vaccine *rules; /* the vaccine's line of inhalen.tsv */
};

/* Everything read from the data files; read-only once loaded. */
struct schedule {
	struct sched_moment *moments;   /* contact moments in file order */
	size_t nmoments;                /* number of moments */
	struct sched_version *versions; /* RVP schema versions, oldest cohort first */
	size_t nversions;               /* number of versions */
	struct sched_vaccine *vaccines; /* catch-up rules in file order */
	size_t nvaccines;               /* number of vaccines */
	struct sched_dose *doses;       /* doses in file order, per version */
	size_t ndoses;                  /* number of doses */
	const struct sched_dose **by_version; /* the doses grouped by version (a
					       * version's run: sched_version.first,
					       * .count), file order within */
};

/* A recorded contact, as the due list needs it. */
struct sched_contact {
	struct gp_date date; /* contact date */
	const char *moment;  /* schedule moment code, or NULL for none */
	const char *status;  /* BDS 1605: "01" gerealiseerd, "02"–"07" not */
};

/* A recorded vaccination (or a recorded decision not to vaccinate). */
struct sched_vaccination {
	const char *vaccine; /* vaccine code as in rvp.tsv */
	int dose_no;         /* dose number as recorded, or 0; not used to match */
	struct gp_date date; /* date given, or date of the decision */
	int given;           /* 1 given, 0 not given */
	const char *reason;  /* when not given: "bezwaar", "contra_indicatie",
				"elders_gegeven", "uitgesteld", "anders" */
};

/* The child a due list is made for. */
struct sched_child {
	struct gp_date birth;       /* birth date (BDS 20) */
	int sex;                    /* BDS 19: 0 unknown, 1 boy, 2 girl, 3 undetermined */
	int gestational_days;       /* BDS 82, or 0 when unknown */
	struct gp_date in_care;     /* in our care since; y == 0: since birth */
	const char *rvp_variant;    /* recorded RVP variant, or NULL */
	const struct sched_contact *contacts;         /* recorded contacts */
	size_t ncontacts;                             /* number of contacts */
	const struct sched_vaccination *vaccinations; /* recorded vaccinations */
	size_t nvaccinations;                         /* number of them */
};

/* What a due-list entry is about. */
enum sched_kind {
	SCHED_MOMENT, /* a contact moment */
	SCHED_DOSE    /* a vaccine dose */
};

/* The state of a moment or dose on the date asked about. */
enum sched_state {
	SCHED_NOT_YET,     /* window not yet open */
	SCHED_DUE,         /* window open, not done ("nu aan de beurt") */
	SCHED_OVERDUE,     /* after latest, still in time ("te laat") */
	SCHED_CATCH_UP,    /* dose long overdue, still given ("inhalen") */
	SCHED_DONE,        /* realised / given (possibly early or late) */
	SCHED_REFUSED,     /* not given: the parents object ("bezwaar") */
	SCHED_BEFORE_CARE, /* moment whose window closed before the child came
			      into our care */
	SCHED_LAPSED,      /* dose not needed: the vaccine was started late */
	SCHED_MISSED       /* not done, and its time has passed: until came, a
			      later moment was realised, or the child is 18 */
};

/* Why a record did not count for a dose. */
enum sched_invalid {
	SCHED_VALID = 0,     /* nothing wrong */
	SCHED_TOO_YOUNG,     /* given before valid_from / min_age */
	SCHED_TOO_SOON       /* given less than `interval` after the previous dose */
};

/* One moment or dose for one child. */
struct sched_due {
	enum sched_kind kind;              /* moment or dose */
	const struct sched_moment *moment; /* SCHED_MOMENT: the row, else NULL */
	const struct sched_dose *dose;     /* SCHED_DOSE: the row, else NULL */
	enum sched_state state;            /* see enum sched_state */
	struct gp_date earliest;           /* window for this child: opens */
	struct gp_date target;             /* planned date */
	struct gp_date latest;             /* last day on time */
	struct gp_date late_until;         /* dose: last day "te laat" (then
					      catch-up); moment: the day before until */
	struct gp_date until;              /* first day it is no longer done */
	int shifted;                       /* 1: window moved for prematurity */
	struct gp_date done_on;            /* DONE: the date that counted;
					      REFUSED: date of the objection */
	int timing;                        /* DONE: -1 before earliest, 0 within
					      the window, 1 after latest */
	int elsewhere;                     /* DONE: recorded as given elsewhere */
	char last_status[3];               /* latest not-realised BDS 1605 status,
					      "" when none */
	char last_reason[24];              /* latest reason a dose was not given,
					      "" when none */
	struct gp_date last_on;            /* date of last_status / last_reason */
	enum sched_invalid invalid_why;    /* a record that did not count for this
					      dose, and why; SCHED_VALID when none */
	struct gp_date invalid_on;         /* its date */
	long days_overdue;                 /* OVERDUE, CATCH_UP: date − latest (≥ 1) */
};

/* A due list: moments in schedule order, then the doses of the child's
 * version, variant, sex and birth month, each vaccine's doses together in
 * dose order, vaccines in order of their first row in rvp.tsv. */
struct sched_due_list {
	struct sched_due *items;              /* the entries */
	size_t n;                             /* number of entries */
	const struct sched_version *version;  /* RVP version, NULL when none fits */
	const char *variant;                  /* variant used (points into the
						 schedule), NULL without version
						 or variants */
	int ended;                            /* 1: the child is 18 or older */
};

/* Reads DATADIR/schedule/contactmomenten.tsv, DATADIR/rvp/versions.tsv,
 * DATADIR/rvp/inhalen.tsv and DATADIR/rvp/rvp.tsv.  On a problem returns
 * GP_ENOTFOUND/GP_EIO (file) or GP_ECORRUPT (content) with a Dutch sentence
 * that starts with the file and line ("data/rvp/rvp.tsv regel 12: ..."), and
 * sets *out to NULL. */
enum gp_status schedule_load(const char *datadir, struct schedule **out, struct gp_err *e);

/* Frees what schedule_load returned; NULL is fine. */
void schedule_free(struct schedule *s);

/* Parses an age as written in the data files; 0, or -1 with *why pointing
 * at a Dutch sentence. */
int schedule_parse_age(const char *text, struct sched_age *out, const char **why);

/* The date at which a child born on `birth` reaches `age`. */
struct gp_date schedule_age_date(struct gp_date birth, struct sched_age age);

/* The RVP version for a birth date, or NULL when none covers it. */
const struct sched_version *schedule_version_for(const struct schedule *s,
						 struct gp_date birth);

/* The catch-up rules of a vaccine code, or NULL when it is not in the RVP. */
const struct sched_vaccine *schedule_vaccine(const struct schedule *s, const char *code);

/* Fills `out` with the due list of `child` on `on` (rules at the top of this
 * file).  Returns GP_OK, or GP_EINTERNAL when memory runs out.  Free the
 * list with schedule_due_free. */
enum gp_status schedule_due(const struct schedule *s, const struct sched_child *child,
			    struct gp_date on, struct sched_due_list *out, struct gp_err *e);

/* Frees the entries of a due list and empties it. */
void schedule_due_free(struct sched_due_list *list);

/* 1 for the states that are somebody's work now: due, overdue, catch-up. */
int schedule_state_open(enum sched_state st);

/* 1 when item i of a child's due list can be planned for one visit on
 * `day`: open (due, overdue, catch-up) or not yet due, its window open on
 * that day, and for a dose no lower dose of the same vaccine still to be
 * given (two doses of one vaccine are never given at one visit: the next
 * waits for its minimum interval after the first). */
int schedule_due_plannable(const struct sched_due_list *list, size_t i, struct gp_date day);

/* Orders a due list for a work list: due (the window that closes first
 * first), overdue (the one that stops being in time first first), catch-up
 * (likewise), not yet due (soonest first), then done, refused, before care,
 * lapsed and missed; ties keep schedule order. */
void schedule_due_sort(struct sched_due_list *list);

/* The code of an entry: the moment code or the vaccine code. */
const char *schedule_due_code(const struct sched_due *d);

/* The last day an open entry is still someone's work in its current state:
 * DUE its latest, OVERDUE its late_until, CATCH_UP the day before until. */
struct gp_date schedule_due_deadline(const struct sched_due *d);

/* The first day of the current state of an open entry: DUE its earliest,
 * OVERDUE the day after latest, CATCH_UP the day after late_until. */
struct gp_date schedule_due_since(const struct sched_due *d);

/* The state in a few Dutch words for the interface ("te laat", ...). */
const char *schedule_state_label(enum sched_state st);

#endif
