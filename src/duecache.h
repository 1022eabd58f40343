/* duecache.h — every child's due list kept in the database (tables
 * due_cache and due_cache_item, data/schema/013_due_cache.sql), so the work
 * list (Vandaag) and `groeipad due` read an index instead of computing the
 * list of every child each time.
 *
 * A child's row holds the entries that are open (due, overdue, catch-up) on
 * the date it was computed for, and the dates for which exactly that answer
 * holds: from computed_on up to, not including, valid_until — the first day
 * on which any of its moments or doses changes state by the calendar alone
 * (due_cache_valid_until), or on which a record dated later than computed_on
 * starts to count.  Within that range schedule_due() gives the same states,
 * windows and deadlines on every day; only days_overdue grows, and it is
 * computed when the row is read.
 *
 * Triggers (013) mark a child's row in the same transaction as any change
 * to what its due list depends on (the child's birth date, sex, gestational
 * age, in-care date, RVP variant; its contacts and vaccinations), whoever
 * writes them.  due_cache_refresh() computes again, in one transaction,
 * every row that is marked, or not valid on the date asked about, or
 * computed with other schedule files — before anything reads the rows. */
#ifndef GP_DUECACHE_H
#define GP_DUECACHE_H

#include <stddef.h>

#include "date.h"
#include "db.h"
#include "schedule.h"

/* Brings every child's row up to date for `on`: computes again the rows that
 * are marked or not valid on `on`, all of them when the schedule files
 * differ from those the rows were computed with.  One child at a time from
 * its own records (about 0.2 ms each); in one pass over all records (about
 * 80 µs a child, every child) when more than two fifths of the children
 * need it, e.g. once after migration 013.  *done (may be NULL) gets how many
 * rows were computed. */
enum gp_status due_cache_refresh(struct db *db, const struct schedule *s, struct gp_date on,
				 size_t *done, struct gp_err *e);

/* The same for the children in one professional's caseload (accounts.id;
 * NULL or "": everyone's), for a work list that reads only those.  About
 * 460 of 100,000 demo children are due for computing again each day
 * without any save (a window opens or closes); a caseload of 1,500 has
 * about 7. */
enum gp_status due_cache_refresh_for(struct db *db, const struct schedule *s, struct gp_date on,
				     const char *professional_id, size_t *done,
				     struct gp_err *e);

/* The first day after `on` on which child c's due list (`list`, computed for
 * `on` with all of c's records) may change by the calendar alone: a window
 * opens or closes, an entry becomes late, catch-up or missed, the child
 * turns 18, a vaccine started late would drop doses, or one of c's records
 * (dated after `on`) starts to count.  {9999, 12, 31} when nothing will. */
struct gp_date due_cache_valid_until(const struct sched_child *c, struct gp_date on,
				     const struct sched_due_list *list);

/* The columns of due_cache_item that due_cache_item_read() takes, with
 * table alias i. */
#define DUE_CACHE_ITEM_COLS                                                                 \
	"i.kind, i.ref, i.state, i.earliest, i.target, i.latest, i.late_until, i.until, " \
	"i.shifted, i.last_status, i.last_reason, i.last_on, i.invalid_why, i.invalid_on"

/* Reads one entry from columns col … col + 13 (DUE_CACHE_ITEM_COLS) into
 * *out, with days_overdue for `on`.  0, or -1 when the row names a moment or
 * dose the schedule does not have (rows computed with other files). */
int due_cache_item_read(sqlite3_stmt *st, int col, const struct schedule *s, struct gp_date on,
			struct sched_due *out);

#endif
