/* due_records.h — one child's contacts and vaccinations, taken from two
 * statements ordered by child (column 0: the child's seq), in buffers
 * reused for every child and in the shape schedule_due() takes.  The work
 * list (due.c) and the due cache (duecache.c) merge the same streams. */
#ifndef GP_DUE_RECORDS_H
#define GP_DUE_RECORDS_H

#include <stddef.h>

#include "db.h"
#include "schedule.h"

enum { DUE_ROW_CODE = 24 }; /* a moment, vaccine or reason code, as stored */

/* A contact as read; sched_contact points into it. */
struct due_contact_row {
	char moment[DUE_ROW_CODE]; /* contacts.schedule_moment */
	char status[4];            /* contacts.status_code (BDS 1605) */
};

/* A vaccination as read; sched_vaccination points into it. */
struct due_vaccination_row {
	char vaccine[DUE_ROW_CODE]; /* vaccinations.vaccine */
	char reason[DUE_ROW_CODE];  /* vaccinations.reason_not_given, or "" */
};

/* The records of the child at hand. */
struct due_records {
	struct due_contact_row *krow;     /* contact texts */
	struct sched_contact *k;          /* the contacts as schedule_due takes them */
	size_t nk;                        /* contacts of this child */
	size_t kcap;                      /* room in krow and k */
	struct due_vaccination_row *vrow; /* vaccination texts */
	struct sched_vaccination *v;      /* the vaccinations for schedule_due */
	size_t nv;                        /* vaccinations of this child */
	size_t vcap;                      /* room in vrow and v */
};

/* Takes the contacts of child `seq` from st, whose current step result is
 * *rc (columns: child seq, date, moment, status); rows of children before
 * it are skipped, and st is left on the first row after it. */
enum gp_status due_records_contacts(struct due_records *m, sqlite3_stmt *st, int *rc,
				    long long seq, struct gp_err *e);

/* The same for vaccinations (columns: child seq, vaccine, dose, date,
 * given, reason). */
enum gp_status due_records_vaccinations(struct due_records *m, sqlite3_stmt *st, int *rc,
					long long seq, struct gp_err *e);

void due_records_free(struct due_records *r);

#endif
