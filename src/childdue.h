/* childdue.h — the due list of one child as stored: its recorded contacts
 * and vaccinations read from the database and handed to schedule_due(), so
 * a screen (the dossier's Vaccinaties section, the contact form that
 * preselects the moment and dose that are due) gets the same answer as the
 * rules in schedule.h without knowing how the records are kept. */
#ifndef GP_CHILDDUE_H
#define GP_CHILDDUE_H

#include "child.h"
#include "db.h"
#include "schedule.h"

/* Fills `out` with the due list of child c on `on` (schedule order; sort it
 * with schedule_due_sort for a work list).  Records dated after `on` are
 * ignored, as schedule_due does.  Free the list with schedule_due_free. */
enum gp_status child_due_list(struct db *db, const struct schedule *s, const struct child *c,
			      struct gp_date on, struct sched_due_list *out, struct gp_err *e);

/* What a new contact is most likely for: the first entry of `kind` whose
 * window is open now (in list order), else the first overdue or catch-up
 * one, else NULL. */
const struct sched_due *child_due_first(const struct sched_due_list *list,
					enum sched_kind kind);

#endif
