/* childdue.c — see childdue.h. */
#include <stdlib.h>
#include <string.h>

#include "childdue.h"
#include "contact.h"
#include "i18n.h"

enum gp_status child_due_list(struct db *db, const struct schedule *s, const struct child *c,
			      struct gp_date on, struct sched_due_list *out, struct gp_err *e)
{
	struct contact *contacts = NULL;
	struct vaccination *vacc = NULL;
	struct sched_contact *sc = NULL;
	struct sched_vaccination *sv = NULL;
	int nc = 0, nv = 0;
	enum gp_status st;

	memset(out, 0, sizeof *out);
	st = contact_list(db, c->id, &contacts, &nc, e);
	if (st == GP_OK)
		st = vaccination_list(db, c->id, &vacc, &nv, e);
	if (st != GP_OK)
		goto done;
	sc = calloc((size_t)nc + 1, sizeof *sc);
	sv = calloc((size_t)nv + 1, sizeof *sv);
	if (!sc || !sv) {
		st = gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
		goto done;
	}
	for (int i = 0; i < nc; i++) {
		sc[i].date = contacts[i].date;
		sc[i].moment = contacts[i].schedule_moment[0] ? contacts[i].schedule_moment : NULL;
		sc[i].status = contacts[i].status;
	}
	for (int i = 0; i < nv; i++) {
		sv[i].vaccine = vacc[i].vaccine;
		sv[i].dose_no = vacc[i].dose_no;
		sv[i].date = vacc[i].date;
		sv[i].given = vacc[i].given;
		sv[i].reason = vacc[i].reason_not_given;
	}
	struct sched_child sch = {
		.birth = c->birth_date,
		.sex = c->sex,
		.rvp_variant = c->rvp_variant[0] ? c->rvp_variant : NULL,
		.gestational_days = c->gestational_age_days,
		.in_care = c->registered_on,
		.contacts = sc,
		.ncontacts = (size_t)nc,
		.vaccinations = sv,
		.nvaccinations = (size_t)nv,
	};
	st = schedule_due(s, &sch, on, out, e);
done:
	free(sc);
	free(sv);
	free(contacts);
	free(vacc);
	return st;
}

const struct sched_due *child_due_first(const struct sched_due_list *list,
					enum sched_kind kind)
{
	const struct sched_due *overdue = NULL;
	for (size_t i = 0; i < list->n; i++) {
		const struct sched_due *d = &list->items[i];
		if (d->kind != kind)
			continue;
		if (d->state == SCHED_DUE)
			return d;
		if ((d->state == SCHED_OVERDUE || d->state == SCHED_CATCH_UP) && !overdue)
			overdue = d;
	}
	return overdue;
}
