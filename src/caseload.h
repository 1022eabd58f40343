/* caseload.h — whose children are whose: the professionals with a caseload
 * (children.professional_id of active children) and how many children each
 * has, for the caseload filter of Vandaag and the agenda. */
#ifndef GP_CASELOAD_H
#define GP_CASELOAD_H

#include "account.h"
#include "db.h"

struct caseload_owner {
	char id[DB_ID_LEN];                     /* accounts.id */
	char display_name[ACCOUNT_DISPLAY_BUF]; /* the professional's name */
	int children;                           /* active children in the caseload */
};

/* Every account with at least one active child in its caseload, by name.
 * *out is malloc'ed (free() it); none gives NULL and 0. */
enum gp_status caseload_owners(struct db *db, struct caseload_owner **out, int *n,
			       struct gp_err *e);

#endif
