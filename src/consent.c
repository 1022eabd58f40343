/* consent.c — see consent.h. */
#include <string.h>

#include "consent.h"

enum consent_band consent_band_on(struct gp_date birth, struct gp_date day)
{
	int years, months;
	date_age(birth, day, &years, &months);
	if (years >= CONSENT_AGE_ALONE)
		return CONSENT_BAND_YOUNG;
	return years >= CONSENT_AGE_CHILD ? CONSENT_BAND_BOTH : CONSENT_BAND_PARENTS;
}

int consent_holds_gezag(const struct consent_person *p, struct gp_date day)
{
	if (p->is_child || !p->gezag)
		return 0;
	if (p->gezag_from.y && date_cmp(day, p->gezag_from) < 0)
		return 0;
	return !p->gezag_until.y || date_cmp(day, p->gezag_until) < 0;
}

int consent_required(struct gp_date birth, struct gp_date day,
		     const struct consent_person *people, int n, int *required, int *no_holder)
{
	enum consent_band band = consent_band_on(birth, day);
	int count = 0, holders = 0;
	if (n > CONSENT_MAX_PEOPLE)
		n = CONSENT_MAX_PEOPLE;
	for (int i = 0; i < n; i++) {
		const struct consent_person *p = &people[i];
		int holds = consent_holds_gezag(p, day);
		holders += holds;
		if (p->is_child)
			required[i] = band != CONSENT_BAND_PARENTS;
		else
			required[i] = band != CONSENT_BAND_YOUNG && holds;
		count += required[i];
	}
	*no_holder = band != CONSENT_BAND_YOUNG && holders == 0;
	return count;
}

int consent_scope_covers(const char *scope, const char *want)
{
	size_t n = strlen(want);
	if (n == 0)
		return 1;
	for (const char *p = scope; p && *p;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		if (len == n && strncmp(p, want, n) == 0)
			return 1;
		p = comma ? comma + 1 : NULL;
	}
	return 0;
}

/* The latest answer of person i up to send_day, or NULL. */
static const struct consent_record *latest(const struct consent_person *p,
					   const struct consent_record *r, int nr,
					   struct gp_date send_day)
{
	const struct consent_record *best = NULL;
	for (int k = 0; k < nr; k++) {
		if (strcmp(r[k].person, p->id) != 0 || !r[k].on.y ||
		    date_cmp(r[k].on, send_day) > 0)
			continue;
		if (!best || date_cmp(r[k].on, best->on) >= 0)
			best = &r[k];
	}
	return best;
}

static enum consent_state judge(const struct consent_record *c, const struct consent_needs *nd,
				struct gp_date send_day)
{
	if (!c)
		return CONSENT_MISSING;
	if (!c->given)
		return CONSENT_REFUSED;
	if (c->ends.y && date_cmp(send_day, c->ends) > 0)
		return CONSENT_ENDED;
	if (nd->written && !c->written)
		return CONSENT_NOT_WRITTEN;
	if (!consent_scope_covers(c->scope, nd->scope))
		return CONSENT_SCOPE;
	return CONSENT_OK;
}

/* Applies the rule on `day` with the answers known on send_day: fills
 * required/state/no_holder; 1 when everyone required consented. */
static int satisfied(struct gp_date birth, const struct consent_person *people, int n,
		     const struct consent_record *r, int nr, const struct consent_needs *nd,
		     struct gp_date day, struct gp_date send_day, struct consent_outcome *o)
{
	int ok;
	o->day = day;
	o->band = consent_band_on(birth, day);
	consent_required(birth, day, people, n, o->required, &o->no_holder);
	ok = !o->no_holder;
	for (int i = 0; i < n; i++) {
		o->state[i] = CONSENT_OK;
		if (!o->required[i])
			continue;
		o->state[i] = judge(latest(&people[i], r, nr, send_day), nd, send_day);
		ok &= o->state[i] == CONSENT_OK;
	}
	return ok;
}

void consent_evaluate(struct gp_date birth, const struct consent_person *people, int n,
		      const struct consent_record *records, int nrecords,
		      const struct consent_needs *needs, struct gp_date send_day,
		      struct consent_outcome *out)
{
	struct consent_outcome now, then;
	memset(out, 0, sizeof *out);
	if (n > CONSENT_MAX_PEOPLE)
		n = CONSENT_MAX_PEOPLE;
	/* the rule of the sending day; a refusal by anyone it names blocks */
	int ok = satisfied(birth, people, n, records, nrecords, needs, send_day, send_day, &now);
	int refused = 0;
	for (int i = 0; i < n; i++)
		refused |= now.required[i] && now.state[i] == CONSENT_REFUSED;
	/* else the rule of a day on which an answer was given, latest first */
	struct gp_date best = {0, 0, 0};
	for (int k = 0; !ok && !refused && k < nrecords; k++) {
		const struct gp_date d = records[k].on;
		if (!d.y || date_cmp(d, send_day) > 0 || (best.y && date_cmp(d, best) <= 0))
			continue;
		if (satisfied(birth, people, n, records, nrecords, needs, d, send_day, &then)) {
			best = d;
			*out = then;
		}
	}
	if (!best.y)
		*out = now;
	out->complete = needs->none || ok || (best.y && !refused);
}
