/* handover_summary.h — the summary of a dossier a new warm handover starts
 * with (docs/product.md §6); see handover_summary.c for its parts. */
#ifndef GP_HANDOVER_SUMMARY_H
#define GP_HANDOVER_SUMMARY_H

#include <stddef.h>

#include "child.h"
#include "db.h"
#include "growth.h"
#include "refdata.h"
#include "schedule.h"

/* What the summary reads besides the database. */
struct summary_refs {
	const struct growth_ref *growth;   /* WHO tables for the z-scores */
	const struct schedule *schedule;   /* for the vaccination status */
	const struct refdata *codes;       /* labels (contact kinds), or NULL */
};

/* One summary being written. */
struct summary_ctx {
	struct db *db;                     /* the open database */
	const struct summary_refs *refs;   /* reference data */
	const struct child *child;         /* whose dossier */
	struct gp_date today;              /* the day it is written */
};

/* Where a part writes (internal to the builder, declared for its parts). */
struct summary_buf {
	char *text;  /* NUL-terminated, grows by appending */
	size_t size; /* room in text */
};

/* Writes the summary of x->child into out (NUL-terminated, cut at outsz). */
enum gp_status handover_summary(const struct summary_ctx *x, char *out, size_t outsz,
				struct gp_err *e);

#endif
