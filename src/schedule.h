/* schedule.h — the contact-moment schedule and the RVP vaccination schema,
 * read from data files (data/schedule/contactmomenten.tsv, data/rvp/
 * versions.tsv, data/rvp/rvp.tsv; formats in their header comments), and the
 * due list: for one child on one date, which moments and doses are done, due,
 * overdue, not yet due, refused, or were over before the child came into our
 * care.
 *
 * The due list is a pure function of the loaded schedule, the child's
 * records and the date asked about: no database, no clock.  Its rules:
 *
 *  - Window.  Each moment and dose has an earliest, target and latest age;
 *    the dates are computed from the birth date (months first, then days,
 *    then an optional snap to 1 January / 31 December of that year).  For a
 *    contact moment whose row says `corrected`, and a child with a known
 *    gestational age under 259 days (37 weeks), the window moves later by
 *    280 − gestational age days.  Otherwise prematurity changes nothing.
 *  - Done.  A contact with the moment's code and status "01" (BDS 1605
 *    gerealiseerd), or a vaccination record of the dose that was given
 *    (or not given because "elders_gegeven"), makes it done, whenever it
 *    happened — early or late still counts; `timing` says which.  The first
 *    such record gives the date.
 *  - Not realised.  A contact with any other status keeps the moment
 *    due/overdue; the latest such status and its date are reported.
 *  - Refused.  When the latest not-given record of a dose has the reason
 *    "bezwaar", the dose is refused, never overdue.  Other reasons keep it
 *    due/overdue, and the latest reason is reported.
 *  - Before care.  A moment or dose that is not done or refused, and whose
 *    window closed (latest) before the day the child came into our care, is
 *    "before care": it was another organisation's, and is not overdue.  A
 *    moment whose window is still open on that day is due as usual.
 *  - Otherwise, on the date asked: before earliest → not yet due; from
 *    earliest up to and including latest → due; after latest → overdue,
 *    with days_overdue = date − latest.
 *  - Records dated after the date asked about are ignored; contacts for a
 *    code that is not in the schedule, and vaccinations of a vaccine that is
 *    not in the child's schema version, are ignored too.
 *  - Dose numbers.  A vaccination record without a dose number (0) is dose
 *    1 + the number of given records of that vaccine dated before it.
 *  - Interval.  A dose with an interval whose previous dose of the same
 *    vaccine is done opens that long after the previous dose instead of at
 *    its earliest age; target and latest never lie before the new opening.
 *  - Schema version and variant.  The version is the one whose birth-date
 *    range holds the child's birth date (none: no doses are listed).  Rows
 *    with variant "*" always apply; others only when they equal the child's
 *    recorded variant, or the version's default variant when none is
 *    recorded or the recorded one has no rows in that version. */
#ifndef GP_SCHEDULE_H
#define GP_SCHEDULE_H

#include <stddef.h>

#include "date.h"
#include "err.h"

/* Where an age is moved after the arithmetic. */
enum sched_snap {
	SCHED_SNAP_NONE = 0,   /* the date itself */
	SCHED_SNAP_YEAR_START, /* "@1-1": 1 January of that year */
	SCHED_SNAP_YEAR_END    /* "@31-12": 31 December of that year */
};

/* An age as written in the data files ("3y9m", "7y-1d", "10y@1-1"). */
struct sched_age {
	int months;           /* calendar months, years × 12 included; added first */
	int days;             /* days, weeks × 7 included; added after the months */
	enum sched_snap snap; /* applied last */
};

/* One row of contactmomenten.tsv. */
struct sched_moment {
	char code[16];            /* unique code, stored with each contact */
	char label[96];           /* Dutch label for the user */
	char kind[3];             /* BDS 494 soort activiteit, e.g. "37" */
	struct sched_age earliest; /* window opens at this age */
	struct sched_age target;   /* planned age */
	struct sched_age latest;   /* last age that is on time */
	int corrected;            /* 1: shift for birth before 37 weeks */
};

/* One row of versions.tsv: an RVP schema version and the birth dates it is for. */
struct sched_version {
	char name[16];            /* e.g. "2025" */
	int has_from;             /* 0: no lower bound on the birth date */
	struct gp_date born_from; /* first birth date, inclusive */
	int has_until;            /* 0: no upper bound */
	struct gp_date born_until; /* last birth date, inclusive */
	char default_variant[16]; /* variant while none is recorded */
	char label[96];           /* Dutch description */
};

/* One row of rvp.tsv: one dose of one vaccine in one version and variant. */
struct sched_dose {
	const struct sched_version *version; /* points into schedule.versions */
	char variant[16];          /* "*" or a variant name such as "aangepast" */
	char vaccine[24];          /* e.g. "DKTP-Hib-HepB" */
	int dose;                  /* dose number, 1 and up */
	struct sched_age earliest; /* window opens at this age */
	struct sched_age target;   /* planned age */
	struct sched_age latest;   /* last age that is on time */
	int has_interval;          /* 1 when `interval` applies */
	struct sched_age interval; /* minimum time after the previous dose */
	int has_catch_up;          /* 1 when `catch_up` applies (rvp/inhalen.tsv) */
	struct sched_age catch_up; /* not caught up from this age on: missed */
};

/* Everything read from the data files; read-only once loaded. */
struct schedule {
	struct sched_moment *moments;  /* contact moments in file order */
	size_t nmoments;               /* number of moments */
	struct sched_version *versions; /* RVP schema versions in file order */
	size_t nversions;              /* number of versions */
	struct sched_dose *doses;      /* doses in file order */
	size_t ndoses;                 /* number of doses */
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
	int dose_no;         /* dose number, or 0 when not recorded */
	struct gp_date date; /* date given, or date of the decision */
	int given;           /* 1 given, 0 not given */
	const char *reason;  /* when not given: "bezwaar", "contra_indicatie",
				"elders_gegeven", "uitgesteld", "anders" */
};

/* The child a due list is made for. */
struct sched_child {
	struct gp_date birth;       /* birth date (BDS 20) */
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
	SCHED_NOT_YET,    /* window not yet open */
	SCHED_DUE,        /* window open, not done */
	SCHED_OVERDUE,    /* window closed, not done */
	SCHED_DONE,       /* realised / given (possibly early or late) */
	SCHED_REFUSED,    /* not given: the parents object ("bezwaar") */
	SCHED_BEFORE_CARE, /* window closed before the child came into our care */
	SCHED_MISSED      /* not done, and its time has passed: for a contact
			     moment a later moment's window has opened; for a
			     dose the child is past the age to which that
			     vaccine is caught up (data/rvp/inhalen.tsv) */
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
	int shifted;                       /* 1: window moved for prematurity */
	struct gp_date done_on;            /* DONE: first realised/given date;
					      REFUSED: date of the objection */
	int timing;                        /* DONE: -1 before earliest, 0 within
					      the window, 1 after latest */
	int elsewhere;                     /* DONE: recorded as given elsewhere */
	char last_status[3];               /* latest not-realised BDS 1605 status,
					      "" when none */
	char last_reason[24];              /* latest reason a dose was not given,
					      "" when none */
	struct gp_date last_on;            /* date of last_status / last_reason */
	long days_overdue;                 /* OVERDUE: date − latest (≥ 1), else 0 */
};

/* A due list: moments in schedule order, then the doses of the child's
 * version and variant in rvp.tsv order. */
struct sched_due_list {
	struct sched_due *items;              /* the entries */
	size_t n;                             /* number of entries */
	const struct sched_version *version;  /* RVP version, NULL when none fits */
	const char *variant;                  /* variant used (points into the
						 schedule), NULL without version */
};

/* Reads DATADIR/schedule/contactmomenten.tsv, DATADIR/rvp/versions.tsv and
 * DATADIR/rvp/rvp.tsv.  On a problem returns GP_ENOTFOUND/GP_EIO (file) or
 * GP_ECORRUPT (content) with a Dutch sentence that starts with the file and
 * line ("data/rvp/rvp.tsv regel 12: ..."), and sets *out to NULL. */
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

/* Fills `out` with the due list of `child` on `on` (rules at the top of this
 * file).  Returns GP_OK, or GP_EINTERNAL when memory runs out.  Free the
 * list with schedule_due_free. */
enum gp_status schedule_due(const struct schedule *s, const struct sched_child *child,
			    struct gp_date on, struct sched_due_list *out, struct gp_err *e);

/* Frees the entries of a due list and empties it. */
void schedule_due_free(struct sched_due_list *list);

/* Orders a due list for a work list: overdue first (most days overdue
 * first), then due (the window that closes first first), then not yet due
 * (soonest first), then done, refused and before care; ties keep schedule
 * order. */
void schedule_due_sort(struct sched_due_list *list);

/* The code of an entry: the moment code or the vaccine code. */
const char *schedule_due_code(const struct sched_due *d);

/* The state in a few Dutch words for the interface ("te laat", ...). */
const char *schedule_state_label(enum sched_state st);

#endif
