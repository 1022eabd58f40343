/* due_records.c — see due_records.h. */
#include <stdlib.h>
#include <string.h>

#include "due_records.h"
#include "i18n.h"

/* Makes room for one more element in two parallel arrays of *cap elements. */
static int grow2(void **a, size_t asize, void **b, size_t bsize, size_t n, size_t *cap)
{
	if (n < *cap)
		return 0;
	size_t ncap = *cap ? *cap * 2 : 32;
	void *na = realloc(*a, ncap * asize);
	if (!na)
		return -1;
	*a = na;
	void *nb = realloc(*b, ncap * bsize);
	if (!nb)
		return -1;
	*b = nb;
	*cap = ncap;
	return 0;
}

/* -1, 0 or 1: the stream's current row belongs to a child before, to, or
 * after the child with row number `seq`. */
static int row_vs(sqlite3_stmt *st, long long seq)
{
	long long c = sqlite3_column_int64(st, 0);
	return c < seq ? -1 : c > seq;
}

enum gp_status due_records_contacts(struct due_records *m, sqlite3_stmt *st, int *rc,
				    long long seq, struct gp_err *e)
{
	m->nk = 0;
	for (; *rc == SQLITE_ROW; *rc = sqlite3_step(st)) {
		int c = row_vs(st, seq);
		if (c > 0)
			break;
		if (c < 0) /* a child that is not being looked at */
			continue;
		if (grow2((void **)&m->krow, sizeof *m->krow, (void **)&m->k, sizeof *m->k, m->nk,
			  &m->kcap) != 0)
			return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		struct due_contact_row *r = &m->krow[m->nk];
		struct sched_contact *k = &m->k[m->nk++];
		db_col_text(st, 2, r->moment, sizeof r->moment);
		db_col_text(st, 3, r->status, sizeof r->status);
		db_col_date(st, 1, &k->date);
	}
	for (size_t i = 0; i < m->nk; i++) { /* after the last realloc */
		m->k[i].moment = m->krow[i].moment;
		m->k[i].status = m->krow[i].status;
	}
	return GP_OK;
}

enum gp_status due_records_vaccinations(struct due_records *m, sqlite3_stmt *st, int *rc,
					long long seq, struct gp_err *e)
{
	m->nv = 0;
	for (; *rc == SQLITE_ROW; *rc = sqlite3_step(st)) {
		int c = row_vs(st, seq);
		if (c > 0)
			break;
		if (c < 0)
			continue;
		if (grow2((void **)&m->vrow, sizeof *m->vrow, (void **)&m->v, sizeof *m->v, m->nv,
			  &m->vcap) != 0)
			return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		struct due_vaccination_row *r = &m->vrow[m->nv];
		struct sched_vaccination *v = &m->v[m->nv++];
		db_col_text(st, 1, r->vaccine, sizeof r->vaccine);
		v->dose_no = sqlite3_column_int(st, 2);
		db_col_date(st, 3, &v->date);
		v->given = sqlite3_column_int(st, 4);
		db_col_text(st, 5, r->reason, sizeof r->reason);
	}
	for (size_t i = 0; i < m->nv; i++) {
		m->v[i].vaccine = m->vrow[i].vaccine;
		m->v[i].reason = m->vrow[i].reason[0] ? m->vrow[i].reason : NULL;
	}
	return GP_OK;
}

void due_records_free(struct due_records *r)
{
	free(r->krow);
	free(r->k);
	free(r->vrow);
	free(r->v);
	memset(r, 0, sizeof *r);
}
