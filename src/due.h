/* due.h — the due list of every child on one date: which contact moments
 * and vaccine doses are due or overdue (docs/product.md §1, §4), for the `Vandaag`
 * screen and `groeipad due`.
 *
 * The rules per child are schedule_due()'s (schedule.h); this module only
 * feeds it every child efficiently.  Three queries read the active children,
 * their contacts and their vaccinations, each ordered by child (seq), and are
 * merged as they stream, so the whole database costs three table scans,
 * not three queries per child.  Only children with status 'actief' and
 * younger than 18 on the date asked about are listed: a child that moved,
 * died, was archived or left youth health care is nobody's work.  A scope
 * narrows the children further (a professional's caseload, a location, an
 * age band).  Contacts and vaccinations dated after the date asked about
 * are left out (schedule_due ignores them anyway). */
#ifndef GP_DUE_H
#define GP_DUE_H

#include <stddef.h>

#include "child.h"
#include "date.h"
#include "db.h"
#include "schedule.h"

/* One child and its due list. */
struct due_child {
	struct child_summary child;  /* name, client number, birth date, BSN, sex */
	struct sched_due_list list;  /* its entries, ordered by schedule_due_sort()
					(due, overdue, catch-up first); with
					DUE_OPEN only those */
	size_t ndue;                 /* entries in state SCHED_DUE */
	size_t noverdue;             /* entries in state SCHED_OVERDUE */
	size_t ncatchup;             /* entries in state SCHED_CATCH_UP */
	long max_overdue;            /* the largest days_overdue; 0 when none */
	struct gp_date first_close;  /* the earliest deadline of a due entry, else
					of an overdue one, else of a catch-up;
					y == 0 when none */
};

/* Which children a due list is made for; a zeroed scope is every active
 * child under 18. */
struct due_scope {
	const char *professional_id; /* NULL or "": everyone's; else children.professional_id */
	const char *location;        /* NULL or "": every location; else children.location */
	int age_from_months;         /* only children at least this old (months) */
	int age_to_months;           /* only children younger than this; 0: 18 years */
};

/* Binds a scope to ?1 (born after `on` − age_to), ?2 (born on or before
 * `on` − age_from), ?3 (the professional's id, or NULL) and ?4 (the
 * location, or NULL) of a statement over the children: the work list's
 * (due.c, due_cached.c) and Vandaag's GIZ agreements (giz.c). */
void due_bind_scope(sqlite3_stmt *st, struct gp_date on, const struct due_scope *scope);

/* Which entries and children due_collect() keeps. */
enum due_filter {
	DUE_OPEN = 0, /* due and overdue entries, of children with at least one */
	DUE_ALL       /* every entry of every active child */
};

/* Called by due_each() for every active child, in row (seq) order, with its
 * whole due list (every state, schedule order).  Both pointers are valid
 * only during the call.  Return 0 to go on, anything else to stop.  It may
 * read the database, but not call due_each() or due_collect() itself (they
 * share their prepared statements). */
typedef int (*due_fn)(void *ctx, const struct child_summary *child,
		      const struct sched_due_list *list);

/* Streams the due list of every active child under 18 on `on` to fn().
 * Returns GP_OK (also when fn stopped early), or a database or memory
 * error. */
enum gp_status due_each(struct db *db, const struct schedule *s, struct gp_date on, due_fn fn,
			void *ctx, struct gp_err *e);

/* The same for the children in `scope` (NULL: all). */
enum gp_status due_each_in(struct db *db, const struct schedule *s, struct gp_date on,
			   const struct due_scope *scope, due_fn fn, void *ctx,
			   struct gp_err *e);

/* The result of due_collect(). */
struct due_report {
	struct due_child *children; /* sorted by due_child_order() */
	size_t n;                   /* number of children in `children` */
	size_t matched;             /* children that matched the filter before
				       the limit cut the list */
	size_t scanned;             /* active children looked at */
	struct gp_date on;          /* the date asked about */
};

/* The children for a work list on `on`: with DUE_OPEN those with at least
 * one due, overdue or catch-up entry, each with only those entries; with
 * DUE_ALL every active child under 18 with every entry.  Sorted by
 * due_child_order, at most `limit` children (0: no limit; memory stays in
 * proportion to the limit).  Free with due_report_free(). */
enum gp_status due_collect(struct db *db, const struct schedule *s, struct gp_date on,
			   enum due_filter filter, size_t limit, struct due_report *out,
			   struct gp_err *e);

/* The same for the children in `scope` (NULL: all). */
enum gp_status due_collect_in(struct db *db, const struct schedule *s, struct gp_date on,
			      const struct due_scope *scope, enum due_filter filter, size_t limit,
			      struct due_report *out, struct gp_err *e);

/* With DUE_OPEN, due_collect() and due_collect_in() read the due cache
 * (duecache.h: brought up to date for `on` first, in the same transaction
 * as the reading), in work-list order from an index, with or without a
 * caseload: O(log n + the children listed), plus those a location or age
 * band leaves out.  `scanned` is then the
 * number of children with something open in scope (those without are not
 * looked at), counted only when the limit cut the list (else `matched`).
 * DUE_ALL, and due_collect_full(), compute every child's list from its
 * records (O(n)). */
enum gp_status due_collect_full(struct db *db, const struct schedule *s, struct gp_date on,
				const struct due_scope *scope, enum due_filter filter,
				size_t limit, struct due_report *out, struct gp_err *e);

/* The work list of Vandaag: as due_collect_in() with DUE_OPEN, but
 * `matched` is not counted (it is `n`), so the cost stays in proportion to
 * the limit. */
enum gp_status due_work_list(struct db *db, const struct schedule *s, struct gp_date on,
			     const struct due_scope *scope, size_t limit, struct due_report *out,
			     struct gp_err *e);

/* Called by due_rows() for every open entry.  Both pointers are valid only
 * during the call; return 0 to go on. */
typedef int (*due_row_fn)(void *ctx, const struct child_summary *child,
			  const struct sched_due *item);

/* Streams every open entry of every active child under 18 on `on` from
 * the due cache (brought up to date first) to fn(), in constant memory, in
 * the order of `groeipad due`: due now, then overdue, then catch-up; within
 * each the deadline that comes first first; then the client number; then
 * the child's own order. */
enum gp_status due_rows(struct db *db, const struct schedule *s, struct gp_date on,
			due_row_fn fn, void *ctx, struct gp_err *e);

/* The same entries in the children's order (one read of the rows, no
 * sort), for counting and measuring first: fn may be NULL; *children and
 * *rows (may be NULL) get how many there are. */
enum gp_status due_rows_unsorted(struct db *db, const struct schedule *s, struct gp_date on,
				 due_row_fn fn, void *ctx, size_t *children, size_t *rows,
				 struct gp_err *e);

/* Frees what due_collect() filled and empties *r; an empty report is fine. */
void due_report_free(struct due_report *r);

/* Negative when `a` comes before `b` on a work list: children with
 * something due now first, then with something overdue, then with only
 * catch-up; within each, the earliest deadline first (first_close); then
 * the lower client number. */
int due_child_order(const struct due_child *a, const struct due_child *b);

#endif
