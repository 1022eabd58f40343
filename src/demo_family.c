/* demo_family.c — the households of the demo: the children's birth dates
 * first (siblings at least 9 months apart, twins on one day with one
 * gestational age), then the parents' birth dates from the children's (a
 * mother 18–46 at each birth, a father 18–49), and the family structures a
 * JGZ nurse meets and GIZ and a warm handover must work with:
 *
 *   two parents together, both with gezag             68%
 *   a single mother, father unknown                     5%
 *   separated, both keep gezag                         12%
 *   separated, only the mother has gezag                4%
 *   mother, a stepfather without gezag, father elsewhere 6%
 *   two mothers (a duomoeder), both with gezag          3%
 *   a foster family, gezag with a guardian of a GI      2%
 *
 * and, within them, young people of 16 and older who live on their own.
 * Everyone keeps the family name they were born with; a girl or woman of
 * Polish origin carries its female form.  A child is registered with a
 * huisarts and a school in its own town, at a basisschool from 4 and a
 * secondary school from the school year in which it is 12 on 1 October. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo_impl.h"
#include "schedule.h"
#include "text.h"
#include "validate.h"

enum structure {
	FAM_TOGETHER,
	FAM_SINGLE_MOTHER,
	FAM_SEPARATED_SHARED,
	FAM_SEPARATED_MOTHER,
	FAM_STEP,
	FAM_COMOTHERS,
	FAM_FOSTER_GI
};

enum { MAX_KIDS = 4, MAX_LINKS = 5 };

/* A place to live. */
struct house {
	struct demo_place *place;
	char street[TEXT_BUF], number[SHORT_BUF], postcode[POSTCODE_BUF], phone[SHORT_BUF];
};

/* A parent or carer and how every child of the household is linked to it. */
struct link {
	char id[DB_ID_LEN];   /* parents.id */
	const char *relation; /* data/codes/relatie.tsv */
	int gezag;            /* has parental authority */
	int lives_with;       /* the children live with this person */
};

struct family {
	enum structure kind;
	const struct demo_origin *origin;
	int father_name, mother_name, child_name; /* indices into origin->family */
	struct house home, other;                  /* home: where the children live */
	struct link links[MAX_LINKS];
	int nlinks;
	long births[MAX_KIDS];                     /* days since 1970, oldest first */
	int twin[MAX_KIDS];                        /* 1: born the same day as the one before */
	int nkids;
	int twin_ga;                               /* gestational age of the twins */
	char call[MAX_KIDS][64];                   /* call names given so far */
};

static const char *pick(struct demo *d, char *const *list, int n)
{
	return n > 0 ? list[rng_range(&d->rng, 0, n - 1)] : "";
}

static const struct demo_origin *pick_origin(struct demo *d)
{
	int total = 0;
	for (int i = 0; i < d->norigins; i++)
		total += d->origins[i].share;
	int r = rng_range(&d->rng, 0, total > 0 ? total - 1 : 0);
	for (int i = 0; i < d->norigins; i++) {
		if (r < d->origins[i].share)
			return &d->origins[i];
		r -= d->origins[i].share;
	}
	return &d->origins[0];
}

static enum structure pick_structure(struct demo *d)
{
	static const struct {
		enum structure kind;
		int percent;
	} shares[] = {{FAM_TOGETHER, 68}, {FAM_SINGLE_MOTHER, 5}, {FAM_SEPARATED_SHARED, 12},
		      {FAM_SEPARATED_MOTHER, 4}, {FAM_STEP, 6}, {FAM_COMOTHERS, 3},
		      {FAM_FOSTER_GI, 2}};
	int r = rng_range(&d->rng, 0, 99);
	for (size_t i = 0; i < sizeof shares / sizeof *shares; i++) {
		if (r < shares[i].percent) /* a GI's foster child needs a GI on the list */
			return shares[i].kind == FAM_FOSTER_GI && !d->gi_id[0] ? FAM_TOGETHER
									: shares[i].kind;
		r -= shares[i].percent;
	}
	return FAM_TOGETHER;
}

/* The family name at index i as a woman or girl carries it. */
static const char *name_for(const struct demo_origin *o, int i, int female)
{
	return female && o->female[i][0] ? o->female[i] : o->family[i];
}

static int other_name(struct demo *d, const struct demo_origin *o, int not)
{
	if (o->nfamily < 2)
		return not;
	int i;
	do
		i = rng_range(&d->rng, 0, o->nfamily - 1);
	while (i == not);
	return i;
}

/* A town, as many times more often as its weight is larger. */
static struct demo_place *weighted_place(struct demo *d)
{
	int r = rng_range(&d->rng, 0, d->place_weights - 1);
	for (int i = 0; i < d->nplaces; i++) {
		if (r < d->places[i].weight)
			return &d->places[i];
		r -= d->places[i].weight;
	}
	return &d->places[d->nplaces - 1];
}

static void make_house(struct demo *d, struct house *h, struct demo_place *place)
{
	h->place = place ? place : weighted_place(d);
	char letters[3];
	do {
		letters[0] = (char)('A' + rng_range(&d->rng, 0, 25));
		letters[1] = (char)('A' + rng_range(&d->rng, 0, 25));
		letters[2] = '\0';
	} while (letters[0] == 'S' && (letters[1] == 'A' || letters[1] == 'D' || letters[1] == 'S'));
	snprintf(h->postcode, sizeof h->postcode, "%04d %s",
		 rng_range(&d->rng, h->place->pc_from, h->place->pc_to), letters);
	text_copy(h->street, sizeof h->street, pick(d, h->place->streets, h->place->nstreets));
	snprintf(h->number, sizeof h->number, "%d%s", rng_range(&d->rng, 1, 240),
		 rng_chance(&d->rng, 0.1) ? "-bis" : "");
	snprintf(h->phone, sizeof h->phone, "06-%08d", rng_range(&d->rng, 10000000, 99999999));
}

/* ---- birth dates ----------------------------------------------------------- */

/* The children's birth dates, oldest first: each one 290 days to 4½ years
 * after the one before (290 days is more than any 9 calendar months), or a
 * twin.  The first birth is drawn so that every day of the last 18 years
 * gets as many births as any other (the family may have started before, or
 * not be complete yet): children who would be 18 or older, or are not born
 * yet, are left out.  So the ages are spread evenly over 0–17, not only
 * those of the youngest children. */
static void plan_births(struct demo *d, struct family *f, int want)
{
	long today = date_to_days(d->today);
	long oldest_allowed = date_to_days(date_add_months(d->today, -SCHED_END_MONTHS)) + 1;
	long gap[MAX_KIDS], span = 0;
	gap[0] = 0;
	for (int i = 1; i < want; i++) {
		int pair = i >= 2 && gap[i - 1] == 0;
		gap[i] = !pair && rng_chance(&d->rng, 0.015) ? 0 : rng_range(&d->rng, 290, 1650);
		span += gap[i];
	}
	long b = oldest_allowed - span + rng_range(&d->rng, 0, (int)(today - oldest_allowed + span));
	long born[MAX_KIDS];
	int n = 0;
	for (int i = 0; i < want; i++) {
		b += gap[i];
		if (b >= oldest_allowed && b <= today)
			born[n++] = b;
	}
	f->nkids = n;
	for (int i = 0; i < n; i++) {
		f->births[i] = born[i];
		f->twin[i] = i > 0 && f->births[i] == f->births[i - 1];
	}
	f->twin_ga = rng_range(&d->rng, 231, 266); /* twins are often born early */
}

/* A parent's birth date: `age` whole years (and some days) before the first
 * child's birth. */
static struct gp_date born_before(struct demo *d, long first_birth, int age)
{
	struct gp_date b = date_from_days(first_birth - rng_range(&d->rng, 0, 300));
	return date_add_months(b, -12 * age);
}

/* ---- people -------------------------------------------------------------------- */

static enum gp_status add_person(struct demo *d, struct family *f, const char *given,
				 const char *prefix, const char *family, int sex,
				 struct gp_date born, const struct house *h, const char *relation,
				 int gezag, int lives_with, struct gp_err *e)
{
	struct parent p;
	memset(&p, 0, sizeof p);
	text_copy(p.given_names, sizeof p.given_names, given);
	text_copy(p.tussenvoegsel, sizeof p.tussenvoegsel, prefix);
	text_copy(p.family_name, sizeof p.family_name, family);
	p.sex = sex;
	p.birth_date = born;
	text_copy(p.language, sizeof p.language, f->origin->language);
	if (h) {
		text_copy(p.phone, sizeof p.phone, h->phone);
		text_copy(p.street, sizeof p.street, h->street);
		text_copy(p.house_number, sizeof p.house_number, h->number);
		text_copy(p.postcode, sizeof p.postcode, h->postcode);
		text_copy(p.city, sizeof p.city, h->place->city);
	}
	if (strcmp(relation, "moeder") == 0 || strcmp(relation, "vader") == 0)
		p.height_mm = sex == 1 ? 1700 + rng_range(&d->rng, 0, 250)
				       : 1560 + rng_range(&d->rng, 0, 220);
	enum gp_status s = parent_create(d->db, &p, e);
	if (s == GP_OK && f->nlinks < MAX_LINKS) {
		struct link *l = &f->links[f->nlinks++];
		memcpy(l->id, p.id, DB_ID_LEN);
		l->relation = relation;
		l->gezag = gezag;
		l->lives_with = lives_with;
	}
	return s;
}

static const char *given(struct demo *d, const struct demo_origin *o, int sex)
{
	return sex == 1 ? pick(d, o->boys, o->nboys) : pick(d, o->girls, o->ngirls);
}

/* The parents and carers of the family, by its structure. */
static enum gp_status make_parents(struct demo *d, struct family *f, struct gp_err *e)
{
	const struct demo_origin *o = f->origin;
	long first = f->births[0], last = f->births[f->nkids - 1];
	int span = (int)((last - first) / 365);
	/* the mother 18–46 at every birth, the father 18–49 */
	int mage = (int)(30 + 4.5 * rng_normal(&d->rng));
	mage = mage < 18 ? 18 : mage > 42 ? 42 : mage;
	if (mage + span > 45)
		mage = 45 - span;
	int fage = mage + (int)(2.5 + 3.5 * rng_normal(&d->rng));
	fage = fage < 18 ? 18 : fage;
	if (fage + span > 48)
		fage = 48 - span;
	struct gp_date mborn = born_before(d, first, mage), fborn = born_before(d, first, fage);
	const char *mp = o->prefix[f->mother_name], *fp = o->prefix[f->father_name];
	const char *mname = name_for(o, f->mother_name, 1), *fname = o->family[f->father_name];
	enum gp_status s = GP_OK;

	switch (f->kind) {
	case FAM_TOGETHER:
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->home, "moeder", 1, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, o, 1), fp, fname, 1, fborn, &f->home, "vader",
				       1, 1, e);
		break;
	case FAM_SINGLE_MOTHER:
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->home, "moeder", 1, 1, e);
		break;
	case FAM_SEPARATED_SHARED:
	case FAM_SEPARATED_MOTHER:
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->home, "moeder", 1, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, o, 1), fp, fname, 1, fborn, &f->other, "vader",
				       f->kind == FAM_SEPARATED_SHARED, 0, e);
		break;
	case FAM_STEP: {
		const struct demo_origin *so = pick_origin(d);
		int sn = rng_range(&d->rng, 0, so->nfamily - 1);
		struct gp_date sborn = born_before(d, first, mage + rng_range(&d->rng, -3, 5));
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->home, "moeder", 1, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, o, 1), fp, fname, 1, fborn, &f->other, "vader",
				       1, 0, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, so, 1), so->prefix[sn], so->family[sn], 1,
				       sborn, &f->home, "stiefvader", 0, 1, e);
		break;
	}
	case FAM_COMOTHERS: {
		int dn = other_name(d, o, f->mother_name);
		struct gp_date dborn = born_before(d, first, mage + rng_range(&d->rng, -4, 4));
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->home, "moeder", 1, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, o, 2), o->prefix[dn], name_for(o, dn, 1), 2,
				       dborn, &f->home, "duomoeder", 1, 1, e);
		break;
	}
	case FAM_FOSTER_GI: {
		/* the birth mother without gezag, elsewhere; Dutch foster parents
		 * at home; a guardian of the GI holds gezag */
		const struct demo_origin *nl = &d->origins[0];
		int pn = rng_range(&d->rng, 0, nl->nfamily - 1), pm = other_name(d, nl, pn);
		int gn = rng_range(&d->rng, 0, nl->nfamily - 1);
		int page = 30 + rng_range(&d->rng, 0, 15 - (span < 15 ? span : 15));
		struct gp_date pborn = born_before(d, first, page);
		struct gp_date vborn = date_add_months(d->today, -12 * rng_range(&d->rng, 28, 58));
		s = add_person(d, f, given(d, o, 2), mp, mname, 2, mborn, &f->other, "moeder", 0, 0,
			       e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, nl, 2), nl->prefix[pm], nl->family[pm], 2,
				       pborn, &f->home, "pleegmoeder", 0, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, nl, 1), nl->prefix[pn], nl->family[pn], 1,
				       born_before(d, first, page + rng_range(&d->rng, 0, 3)),
				       &f->home, "pleegvader", 0, 1, e);
		if (s == GP_OK)
			s = add_person(d, f, given(d, nl, 2), nl->prefix[gn], nl->family[gn], 2,
				       vborn, NULL, "voogd_gi", 1, 0, e);
		break;
	}
	}
	return s;
}

/* ---- children -------------------------------------------------------------------- */

static const struct demo_org *org_in(struct demo *d, const struct demo_org *list, int n,
				     const char *city)
{
	int count = 0;
	for (int i = 0; i < n; i++)
		count += strcmp(list[i].city, city) == 0;
	if (count == 0)
		return n ? &list[rng_range(&d->rng, 0, n - 1)] : NULL;
	int k = rng_range(&d->rng, 0, count - 1);
	for (int i = 0; i < n; i++)
		if (strcmp(list[i].city, city) == 0 && k-- == 0)
			return &list[i];
	return NULL;
}

static const char *professional_for(const struct demo *d, const char *city)
{
	for (int i = 0; i < d->nstaff; i++) {
		const char *t = d->staff[i].towns;
		size_t n = strlen(city);
		for (const char *p = strstr(t, city); p; p = strstr(p + 1, city))
			if ((p == t || p[-1] == ',') && (p[n] == '\0' || p[n] == ','))
				return d->staff[i].id;
	}
	return "";
}

/* Age in whole years on 1 October of the current school year. */
static int school_age(const struct demo *d, struct gp_date born)
{
	struct gp_date oct = {d->today.m >= 8 ? d->today.y : d->today.y - 1, 10, 1};
	int y, m;
	date_age(born, oct, &y, &m);
	return y;
}

static void registrations(struct demo *d, struct child *c, const char *city)
{
	const struct demo_org *gp = org_in(d, d->gps, d->ngps, city);
	if (gp)
		text_copy(c->gp_org_id, sizeof c->gp_org_id, gp->id);
	int years, months;
	date_age(c->birth_date, d->today, &years, &months);
	int sage = school_age(d, c->birth_date);
	const struct demo_org *school = NULL;
	if (sage >= 12)
		school = org_in(d, d->vo, d->nvo, city);
	else if (sage >= 4 || years >= 4)
		school = org_in(d, d->po, d->npo, city);
	else if (years >= 1 && rng_chance(&d->rng, 0.4))
		school = org_in(d, d->opvang, d->nopvang, city);
	if (school)
		text_copy(c->school_org_id, sizeof c->school_org_id, school->id);
	snprintf(c->location, sizeof c->location, years < 4 ? "Consultatiebureau %s" : "JGZ %s",
		 city);
	text_copy(c->professional_id, sizeof c->professional_id, professional_for(d, city));
}

/* Given names: Dutch children often have two or three. */
static void given_names(struct demo *d, const struct demo_origin *o, int sex, char *out,
			size_t sz)
{
	char *const *list = sex == 1 ? o->boys : o->girls;
	int n = sex == 1 ? o->nboys : o->ngirls;
	int count = strcmp(o->code, "nl") == 0 ? rng_range(&d->rng, 1, 3) : 1;
	out[0] = '\0';
	for (int i = 0; i < count; i++) {
		const char *name = pick(d, list, n);
		if (strstr(out, name))
			continue;
		size_t used = strlen(out);
		snprintf(out + used, sz - used, "%s%s", used ? " " : "", name);
	}
}

/* The next number of the 9999xxxxx test range that passes the elfproef;
 * "" when the range (9,091 such numbers) is used up. */
static void next_bsn(struct demo *d, char *out)
{
	out[0] = '\0';
	while (d->next_bsn <= 99999) {
		char cand[16], norm[BSN_BUF];
		const char *why;
		snprintf(cand, sizeof cand, "9999%05d", d->next_bsn++);
		if (valid_bsn(cand, norm, &why) == 0) {
			memcpy(out, norm, BSN_BUF);
			return;
		}
	}
}

static enum gp_status make_child(struct demo *d, struct family *f, int k, struct gp_err *e)
{
	struct child c;
	memset(&c, 0, sizeof c);
	const struct demo_origin *o = f->origin;
	c.sex = rng_chance(&d->rng, 0.5) ? 1 : 2;
	/* brothers and sisters never share a call name */
	for (int tries = 0, clash = 1; clash && tries < 20; tries++) {
		given_names(d, o, c.sex, c.given_names, sizeof c.given_names);
		text_copy(c.call_name, sizeof c.call_name, c.given_names);
		char *space = strchr(c.call_name, ' ');
		if (space)
			*space = '\0';
		clash = 0;
		for (int j = 0; j < k; j++)
			clash |= strcmp(f->call[j], c.call_name) == 0;
	}
	text_copy(f->call[k], sizeof f->call[k], c.call_name);
	text_copy(c.tussenvoegsel, sizeof c.tussenvoegsel, o->prefix[f->child_name]);
	text_copy(c.family_name, sizeof c.family_name, name_for(o, f->child_name, c.sex == 2));
	c.birth_date = date_from_days(f->births[k]);
	next_bsn(d, c.bsn);
	/* twins share their gestational age */
	int twin = f->twin[k] || (k + 1 < f->nkids && f->twin[k + 1]);
	if (twin)
		c.gestational_age_days = f->twin_ga;
	else
		c.gestational_age_days = rng_chance(&d->rng, 0.07) ? rng_range(&d->rng, 196, 258)
								   : rng_range(&d->rng, 259, 294);
	double weeks = c.gestational_age_days / 7.0;
	double mean = 3500 - (40 - weeks) * (weeks < 37 ? 230 : 150) - (twin ? 350 : 0);
	c.birth_weight_g = (int)(mean + rng_normal(&d->rng) * 420);
	if (c.birth_weight_g < 600)
		c.birth_weight_g = 600 + rng_range(&d->rng, 0, 200);

	int years, months;
	date_age(c.birth_date, d->today, &years, &months);
	/* a young person of 16 or older sometimes lives on their own */
	struct house own;
	const struct house *h = &f->home;
	int alone = years >= 16 && f->kind != FAM_FOSTER_GI && rng_chance(&d->rng, 0.08);
	if (alone) {
		make_house(d, &own, f->home.place);
		h = &own;
	}
	text_copy(c.street, sizeof c.street, h->street);
	text_copy(c.house_number, sizeof c.house_number, h->number);
	text_copy(c.postcode, sizeof c.postcode, h->postcode);
	text_copy(c.city, sizeof c.city, h->place->city);
	text_copy(c.phone, sizeof c.phone, alone ? own.phone : h->phone);
	registrations(d, &c, h->place->city);
	/* from cohort 2020 the jeugdarts records the DKTP-Hib-HepB variant
	 * (about 70% of mothers had the pertussis vaccination in pregnancy) */
	if (c.birth_date.y >= 2020 && date_to_days(d->today) - f->births[k] > 42)
		text_copy(c.rvp_variant, sizeof c.rvp_variant,
			  rng_chance(&d->rng, 0.7) ? "standaard" : "aangepast");
	/* about one in twenty moved in later and came into our care then */
	if (years >= 1 && rng_chance(&d->rng, 0.05))
		c.registered_on = date_add_months(c.birth_date, rng_range(&d->rng, 6, years * 12));

	enum gp_status s = child_create(d->db, &c, e);
	for (int i = 0; s == GP_OK && i < f->nlinks; i++) {
		const struct link *l = &f->links[i];
		struct family_member m;
		memset(&m, 0, sizeof m);
		text_copy(m.parent.id, sizeof m.parent.id, l->id);
		text_copy(m.relation, sizeof m.relation, l->relation);
		m.gezag = l->gezag;
		m.lives_with = alone ? 0 : l->lives_with;
		/* a guardian of a GI acts for the GI of the sociale kaart */
		if (strcmp(l->relation, "voogd_gi") == 0)
			text_copy(m.gezag_org_id, sizeof m.gezag_org_id, d->gi_id);
		s = child_link_member(d->db, c.id, &m, e);
	}
	if (s == GP_OK)
		s = demo_history_child(d->history, &c, f->links[0].id, e);
	if (s == GP_OK)
		d->made++;
	return s;
}

enum gp_status demo_make_family(struct demo *d, int remaining, struct gp_err *e)
{
	struct family f;
	memset(&f, 0, sizeof f);
	f.origin = pick_origin(d);
	f.kind = pick_structure(d);
	const struct demo_origin *o = f.origin;
	f.father_name = rng_range(&d->rng, 0, o->nfamily - 1);
	f.mother_name = other_name(d, o, f.father_name);
	/* the children get the father's name; without a known or separated
	 * father without gezag, or with two mothers, sometimes the mother's */
	f.child_name = f.father_name;
	if (f.kind == FAM_SINGLE_MOTHER || f.kind == FAM_COMOTHERS || f.kind == FAM_FOSTER_GI ||
	    (f.kind == FAM_SEPARATED_MOTHER && rng_chance(&d->rng, 0.5)))
		f.child_name = f.mother_name;
	make_house(d, &f.home, NULL);
	make_house(d, &f.other, rng_chance(&d->rng, 0.7) ? f.home.place : NULL);

	int r = rng_range(&d->rng, 1, 100);
	int want = f.kind == FAM_FOSTER_GI ? 1 : r <= 40 ? 1 : r <= 78 ? 2 : r <= 93 ? 3 : 4;
	if (want > remaining)
		want = remaining;
	plan_births(d, &f, want);
	if (f.nkids == 0)
		return GP_OK;
	enum gp_status s = make_parents(d, &f, e);
	for (int k = 0; s == GP_OK && k < f.nkids; k++)
		s = make_child(d, &f, k, e);
	return s;
}
