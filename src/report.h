/* report.h — the period report for the municipality and the team lead
 * (docs/product.md §7, DOMAIN.md §7): counts only, never a name, BSN, birth date or
 * free text, and every count under 5 (0 included) shown as "<5" so no child
 * can be picked out of a small cell.
 *
 * What is counted, for a period FROM..TO (both days included):
 *  - Kinderen in zorg: children in our care on TO (status actief, born on
 *    or before TO, younger than 18 then, in care since on or before TO), by
 *    age group on TO: 0, 1, 2–3, 4–11, 12–17 years.
 *  - Contactmomenten: contacts dated in the period, by kind (BDS 494) and
 *    status (BDS 1605).
 *  - Bereik: per contact moment of the schedule, the children in care whose
 *    planned date (target age, shifted for prematurity where the schedule
 *    says so) falls in the period, and how many of them had the moment
 *    realised (status 01) by TO.
 *  - Vaccinatiegraad: per birth cohort (year) and vaccine, the children in
 *    care for whom at least one dose was planned by TO, and how many of them
 *    had every dose planned by TO (counted as doses given, never by matching
 *    dose numbers; DOMAIN.md §3).  "Planned" is the target age of the child's
 *    RVP version and variant (data/rvp).
 *  - GIZ: assessments dated in the period by conclusion (BDS 1641).
 *  - Overdrachten: handovers made in the period and sent (not only
 *    prepared), by the kind of receiving organisation, and how many had
 *    feedback (teruggekoppeld or afgerond). */
#ifndef GP_REPORT_H
#define GP_REPORT_H

#include "date.h"
#include "db.h"
#include "schedule.h"
#include "textout.h"

enum report_format { REPORT_TXT, REPORT_CSV };

enum { REPORT_SMALL = 5 }; /* counts below this are shown as "<5" */

/* One line of the report. */
struct report_row {
	const char *section;   /* "Kinderen in zorg", … (translated) */
	char category[128];    /* e.g. an age group, a contact kind */
	char sub[128];         /* e.g. a status, "volledig"; may be "" */
	long long n;           /* the count; -1 for a line saying there is none */
	long long of;          /* what it is a part of (for a percentage), or -1 */
};

/* Counts the report of FROM..TO into *rows (malloc'ed; free()). */
enum gp_status report_collect(struct db *db, const struct schedule *s, struct gp_date from,
			      struct gp_date to, struct report_row **out, size_t *n,
			      struct gp_err *e);

/* Writes the rows as aligned text or as `;`-separated CSV with a header. */
void report_write(struct textout *t, enum report_format fmt, struct gp_date from,
		  struct gp_date to, const struct report_row *rows, size_t n);

/* The whole report into `path` (NULL: stdout) as a new 0600 file (an
 * existing one only with `force`), logged in the audit log before anything
 * is written.  `warning` (wsz bytes) gets the encoding's sentence about
 * changed characters, or "". */
enum gp_status report_export(struct db *db, const struct schedule *s, struct gp_date from,
			     struct gp_date to, enum report_format fmt, enum text_encoding enc,
			     const char *path, int force, char *warning, size_t wsz,
			     struct gp_err *e);

/* "<5" for 0–4, "" for -1, else the number; out needs 24 bytes. */
void report_count(long long n, char *out, size_t outsz);

#endif
