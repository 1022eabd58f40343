/* appointment.h — planned visits (afspraken, docs/product.md §1 "sees today: the
 * appointments"): a child, a day and time, how long, where, with whom, and
 * what for (a contact moment of data/schedule and the doses of data/rvp
 * that are due).  A visit is planned from the dossier or from Vandaag for
 * something that is due; the day's agenda is listed per location and per
 * professional.
 *
 * Saved like every record: one transaction with its audit entry, and a
 * version check on update (GP_ESTALE, nothing written, the caller keeps its
 * data).  Appointments are never deleted: a cancelled one gets status
 * "afgezegd", one nobody came to "niet_verschenen", one that took place
 * "geweest".
 *
 * Checks, in words per field: the child must exist and be under our care;
 * the day must be a real date, a new appointment not in the past; the time
 * "HH:MM" between 07:00 and 21:00, the visit ending by 22:00; the duration
 * 5 to 240 minutes; the kind a BDS 494 code of two digits; the location
 * required (at most 200 characters); status one of the four; a
 * professional may not have two planned appointments that overlap (the
 * sentence names the other child and time). */
#ifndef GP_APPOINTMENT_H
#define GP_APPOINTMENT_H

#include "account.h"
#include "child.h"
#include "date.h"
#include "db.h"
#include "validate.h"

enum {
	APPT_CODE_BUF = 24, /* a moment code */
	APPT_MIN_MINUTES = 5,
	APPT_MAX_MINUTES = 240
};

/* One appointment (table appointments). */
struct appointment {
	char id[DB_ID_LEN];            /* UUIDv7; set when first saved */
	char child_id[DB_ID_LEN];      /* the child (required) */
	struct gp_date date;           /* the day (required) */
	char time[6];                  /* "HH:MM" (required) */
	int duration_min;              /* minutes; 0 = 15 */
	char kind[3];                  /* BDS 494 soort activiteit, or "" */
	char location[TEXT_BUF];       /* where (required) */
	char account_id[DB_ID_LEN];    /* with whom; "" = the acting account */
	char status[16];               /* gepland (default), geweest, afgezegd,
					  niet_verschenen */
	char schedule_moment[APPT_CODE_BUF]; /* moment code it is for, or "" */
	char doses[TEXT_BUF];          /* doses it is for ("DKTP-Hib-HepB 2, Pneu 2"),
					  or "" */
	char note[TEXT_BUF];           /* a remark */
	int version;                   /* the version this copy was read at */
};

/* An appointment as the agenda lists it: with the child and the
 * professional's name. */
struct appointment_row {
	struct appointment a;                        /* the appointment */
	struct child_summary child;                  /* the child */
	char professional[ACCOUNT_DISPLAY_BUF];      /* display name, "" when none */
};

/* Which appointments a list shows. */
struct appointment_filter {
	const char *location;   /* NULL or "": every location */
	const char *account_id; /* NULL or "": every professional */
	int planned_only;       /* 1: only status gepland */
};

/* Checks every field (nothing is read); `is_new` refuses a day in the past. */
enum gp_status appointment_validate(const struct appointment *a, struct gp_date today,
				    int is_new, struct gp_err *e);

/* Saves a new appointment (id, version, defaults filled in) in one
 * transaction with its audit entry. */
enum gp_status appointment_create(struct db *db, struct appointment *a, struct gp_err *e);

/* Saves changes to an appointment read at a->version; GP_ESTALE when
 * someone else saved it in between. */
enum gp_status appointment_update(struct db *db, struct appointment *a, struct gp_err *e);

/* Sets only the status (geweest, afgezegd, niet_verschenen, gepland). */
enum gp_status appointment_set_status(struct db *db, struct appointment *a, const char *status,
				      struct gp_err *e);

enum gp_status appointment_get(struct db *db, const char *id, struct appointment *a,
			       struct gp_err *e);

/* The appointments of one day, by time, with the filter.  *out is
 * malloc'ed (free() it); an empty day gives NULL and 0. */
enum gp_status appointment_day(struct db *db, struct gp_date day,
			       const struct appointment_filter *f, struct appointment_row **out,
			       int *n, struct gp_err *e);

/* A child's planned appointments from `from` on, soonest first. */
enum gp_status appointment_upcoming(struct db *db, const char *child_id, struct gp_date from,
				    struct appointment_row **out, int *n, struct gp_err *e);

/* The locations in use (children and appointments), sorted, for pick lists
 * and filters.  *out is malloc'ed: n strings of TEXT_BUF bytes. */
enum gp_status appointment_locations(struct db *db, char (**out)[TEXT_BUF], int *n,
				     struct gp_err *e);

/* For bulk jobs (demo) that checked their data and write one audit entry
 * themselves: inserts a as given inside the caller's transaction. */
enum gp_status appointment_insert_bulk(struct db *db, struct appointment *a, struct gp_err *e);

/* "gepland" … in Dutch words for the interface. */
const char *appointment_status_label(const char *status);

#endif
