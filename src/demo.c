/* demo.c — see demo.h.  Names, places and organisations come from
 * data/demo/, so the demo can be made more local without recompiling. */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "child.h"
#include "demo.h"
#include "demo_giz.h"
#include "demo_handover.h"
#include "demo_history.h"
#include "i18n.h"
#include "org.h"
#include "refdata.h"
#include "rng.h"
#include "text.h"

enum { MAX_ORIGINS = 16, MAX_NAMES = 128, MAX_PLACES = 32, MAX_ORGS = 128 };

struct origin {
	char code[8];                       /* nl, tr, ma, … */
	int share;                          /* percent of families */
	char *boys[MAX_NAMES], *girls[MAX_NAMES], *family[MAX_NAMES], *prefix[MAX_NAMES];
	int nboys, ngirls, nfamily;
};

struct place {
	char city[64];
	int pc_from, pc_to;                 /* postcode range, 4 digits */
	char *streets[16];
	int nstreets;
};

struct demo {
	struct db *db;
	struct rng rng;                     /* everything random comes from here */
	struct gp_date today;
	struct origin origins[MAX_ORIGINS];
	int norigins;
	struct place places[MAX_PLACES];
	int nplaces;
	char gps[MAX_ORGS][DB_ID_LEN], schools[MAX_ORGS][DB_ID_LEN], opvang[MAX_ORGS][DB_ID_LEN];
	int ngps, nschools, nopvang;
	int next_bsn;                       /* next candidate in 9999xxxxx */
	int made;                           /* children created so far */
	struct demo_history *history;       /* contacts, growth, vaccinations */
};

static char *dup(const char *s)
{
	return strdup(s);
}

static int read_name(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 3) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/namen.tsv regel %d: te weinig kolommen"), line);
		return -1;
	}
	struct origin *o = NULL;
	for (int i = 0; i < d->norigins; i++)
		if (strcmp(d->origins[i].code, f[0]) == 0)
			o = &d->origins[i];
	if (!o) {
		if (d->norigins == MAX_ORIGINS)
			return -1;
		o = &d->origins[d->norigins++];
		text_copy(o->code, sizeof o->code, f[0]);
	}
	if (strcmp(f[1], "aandeel") == 0) {
		o->share = (int)strtol(f[2], NULL, 10);
	} else if (strcmp(f[1], "m") == 0 && o->nboys < MAX_NAMES) {
		o->boys[o->nboys++] = dup(f[2]);
	} else if (strcmp(f[1], "v") == 0 && o->ngirls < MAX_NAMES) {
		o->girls[o->ngirls++] = dup(f[2]);
	} else if (strcmp(f[1], "achternaam") == 0 && o->nfamily < MAX_NAMES) {
		o->prefix[o->nfamily] = dup(nf > 3 ? f[3] : "");
		o->family[o->nfamily++] = dup(f[2]);
	}
	return 0;
}

static int read_place(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 4 || d->nplaces == MAX_PLACES) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/plaatsen.tsv regel %d: verwacht 4 kolommen"),
			line);
		return -1;
	}
	struct place *p = &d->places[d->nplaces++];
	text_copy(p->city, sizeof p->city, f[0]);
	p->pc_from = (int)strtol(f[1], NULL, 10);
	p->pc_to = (int)strtol(f[2], NULL, 10);
	char *save;
	for (char *s = strtok_r(f[3], ",", &save); s && p->nstreets < 16;
	     s = strtok_r(NULL, ",", &save))
		p->streets[p->nstreets++] = dup(s);
	return 0;
}

static int read_org(void *vctx, char **f, int nf, int line, struct gp_err *e)
{
	struct demo *d = vctx;
	if (nf < 3) {
		gp_fail(e, GP_ECORRUPT, _("data/demo/organisaties.tsv regel %d: verwacht 3 kolommen"),
			line);
		return -1;
	}
	struct org o = {0};
	text_copy(o.kind, sizeof o.kind, f[0]);
	text_copy(o.name, sizeof o.name, f[1]);
	text_copy(o.city, sizeof o.city, f[2]);
	snprintf(o.phone, sizeof o.phone, "030-%07d", rng_range(&d->rng, 1000000, 9999999));
	o.contracted = 1;
	o.active = 1;
	if (org_create(d->db, &o, e) != GP_OK)
		return -1;
	if (strcmp(o.kind, "huisarts") == 0 && d->ngps < MAX_ORGS)
		memcpy(d->gps[d->ngps++], o.id, DB_ID_LEN);
	else if (strcmp(o.kind, "school") == 0 && d->nschools < MAX_ORGS)
		memcpy(d->schools[d->nschools++], o.id, DB_ID_LEN);
	else if (strcmp(o.kind, "kinderopvang") == 0 && d->nopvang < MAX_ORGS)
		memcpy(d->opvang[d->nopvang++], o.id, DB_ID_LEN);
	return 0;
}

static void free_demo(struct demo *d)
{
	for (int i = 0; i < d->norigins; i++) {
		struct origin *o = &d->origins[i];
		for (int j = 0; j < o->nboys; j++)
			free(o->boys[j]);
		for (int j = 0; j < o->ngirls; j++)
			free(o->girls[j]);
		for (int j = 0; j < o->nfamily; j++) {
			free(o->family[j]);
			free(o->prefix[j]);
		}
	}
	for (int i = 0; i < d->nplaces; i++)
		for (int j = 0; j < d->places[i].nstreets; j++)
			free(d->places[i].streets[j]);
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

static const struct origin *pick_origin(struct demo *d)
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

static const char *pick(struct demo *d, char *const *list, int n)
{
	return n > 0 ? list[rng_range(&d->rng, 0, n - 1)] : "";
}

/* Given names: Dutch children often have two or three. */
static void given_names(struct demo *d, const struct origin *o, int sex, char *out, size_t sz)
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

struct household {
	const struct origin *origin;
	int fam;                            /* index of the family name */
	struct place *place;
	char street[TEXT_BUF], number[SHORT_BUF], postcode[POSTCODE_BUF];
	char phone[SHORT_BUF];
	char gp[DB_ID_LEN];
	char parent_ids[2][DB_ID_LEN];
	int nparents;
};

static enum gp_status make_parent(struct demo *d, struct household *h, int sex,
				  struct gp_err *e)
{
	struct parent p = {0};
	const struct origin *o = h->origin;
	int fam = h->fam;
	/* Dutch mothers often keep their own family name */
	if (sex == 2 && rng_chance(&d->rng, 0.5))
		fam = rng_range(&d->rng, 0, o->nfamily - 1);
	text_copy(p.given_names, sizeof p.given_names,
		  pick(d, sex == 1 ? o->boys : o->girls, sex == 1 ? o->nboys : o->ngirls));
	text_copy(p.tussenvoegsel, sizeof p.tussenvoegsel, o->prefix[fam]);
	text_copy(p.family_name, sizeof p.family_name, o->family[fam]);
	p.sex = sex;
	struct gp_date born = date_add_months(d->today, -12 * rng_range(&d->rng, 22, 45) -
						     rng_range(&d->rng, 0, 11));
	p.birth_date = born;
	text_copy(p.phone, sizeof p.phone, h->phone);
	text_copy(p.street, sizeof p.street, h->street);
	text_copy(p.house_number, sizeof p.house_number, h->number);
	text_copy(p.postcode, sizeof p.postcode, h->postcode);
	text_copy(p.city, sizeof p.city, h->place->city);
	p.height_mm = sex == 1 ? 1700 + rng_range(&d->rng, 0, 250) : 1560 + rng_range(&d->rng, 0, 220);
	enum gp_status s = parent_create(d->db, &p, e);
	if (s == GP_OK)
		memcpy(h->parent_ids[h->nparents++], p.id, DB_ID_LEN);
	return s;
}

static void make_address(struct demo *d, struct household *h)
{
	h->place = &d->places[rng_range(&d->rng, 0, d->nplaces - 1)];
	char letters[3];
	do {
		letters[0] = (char)('A' + rng_range(&d->rng, 0, 25));
		letters[1] = (char)('A' + rng_range(&d->rng, 0, 25));
		letters[2] = '\0';
	} while (letters[0] == 'S' && (letters[1] == 'A' || letters[1] == 'D' || letters[1] == 'S'));
	snprintf(h->postcode, sizeof h->postcode, "%04d %s",
		 rng_range(&d->rng, h->place->pc_from, h->place->pc_to), letters);
	text_copy(h->street, sizeof h->street,
		  pick(d, h->place->streets, h->place->nstreets));
	snprintf(h->number, sizeof h->number, "%d%s", rng_range(&d->rng, 1, 240),
		 rng_chance(&d->rng, 0.1) ? "-bis" : "");
	snprintf(h->phone, sizeof h->phone, "06-%08d", rng_range(&d->rng, 10000000, 99999999));
}

static enum gp_status make_child(struct demo *d, struct household *h, struct gp_date born,
				 struct gp_err *e)
{
	struct child c = {0};
	const struct origin *o = h->origin;
	c.sex = rng_chance(&d->rng, 0.5) ? 1 : 2;
	given_names(d, o, c.sex, c.given_names, sizeof c.given_names);
	/* the call name is the first given name */
	text_copy(c.call_name, sizeof c.call_name, c.given_names);
	char *space = strchr(c.call_name, ' ');
	if (space)
		*space = '\0';
	text_copy(c.tussenvoegsel, sizeof c.tussenvoegsel, o->prefix[h->fam]);
	text_copy(c.family_name, sizeof c.family_name, o->family[h->fam]);
	c.birth_date = born;
	next_bsn(d, c.bsn);
	int preterm = rng_chance(&d->rng, 0.07);
	c.gestational_age_days = preterm ? rng_range(&d->rng, 196, 258) : rng_range(&d->rng, 259, 294);
	double weeks = c.gestational_age_days / 7.0;
	double mean = 3500 - (40 - weeks) * (weeks < 37 ? 230 : 150);
	c.birth_weight_g = (int)(mean + rng_normal(&d->rng) * 420);
	if (c.birth_weight_g < 600)
		c.birth_weight_g = 600 + rng_range(&d->rng, 0, 200);
	text_copy(c.street, sizeof c.street, h->street);
	text_copy(c.house_number, sizeof c.house_number, h->number);
	text_copy(c.postcode, sizeof c.postcode, h->postcode);
	text_copy(c.city, sizeof c.city, h->place->city);
	text_copy(c.phone, sizeof c.phone, h->phone);
	text_copy(c.gp_org_id, sizeof c.gp_org_id, h->gp);
	int years, months;
	date_age(born, d->today, &years, &months);
	if (years >= 4 && d->nschools)
		text_copy(c.school_org_id, sizeof c.school_org_id,
			  d->schools[rng_range(&d->rng, 0, d->nschools - 1)]);
	else if (years >= 1 && d->nopvang && rng_chance(&d->rng, 0.4))
		text_copy(c.school_org_id, sizeof c.school_org_id,
			  d->opvang[rng_range(&d->rng, 0, d->nopvang - 1)]);
	/* about one in twenty moved in later and came into our care then */
	if (years >= 1 && rng_chance(&d->rng, 0.05))
		c.registered_on = date_add_months(born, rng_range(&d->rng, 6, years * 12));
	enum gp_status s = child_create(d->db, &c, e);
	/* the first parent made is the mother (01), the second the father (02) */
	for (int i = 0; s == GP_OK && i < h->nparents; i++)
		s = child_link_parent(d->db, c.id, h->parent_ids[i], i == 0 ? "01" : "02", 1, 1, e);
	if (s == GP_OK)
		s = demo_history_child(d->history, &c, h->parent_ids[0], e);
	if (s == GP_OK)
		d->made++;
	return s;
}

static enum gp_status make_family(struct demo *d, int remaining, struct gp_err *e)
{
	struct household h = {0};
	h.origin = pick_origin(d);
	h.fam = rng_range(&d->rng, 0, h.origin->nfamily - 1);
	make_address(d, &h);
	if (d->ngps)
		text_copy(h.gp, sizeof h.gp, d->gps[rng_range(&d->rng, 0, d->ngps - 1)]);
	enum gp_status s = make_parent(d, &h, 2, e);
	if (s == GP_OK && rng_chance(&d->rng, 0.85))
		s = make_parent(d, &h, 1, e);
	int kids = rng_range(&d->rng, 1, 100) <= 40 ? 1 : rng_range(&d->rng, 2, 4);
	if (kids > remaining)
		kids = remaining;
	/* the youngest is 0–18 years old, older siblings 1½–4 years apart */
	long youngest = date_to_days(d->today) - rng_range(&d->rng, 0, 18 * 365 + 100);
	long born = youngest - (long)(kids - 1) * rng_range(&d->rng, 550, 1400);
	long earliest = date_to_days(date_add_months(d->today, -18 * 12 - 11));
	for (int i = 0; s == GP_OK && i < kids; i++) {
		if (born >= earliest)
			s = make_child(d, &h, date_from_days(born), e);
		else
			remaining++; /* too old for youth health care: skip, make another */
		born += rng_range(&d->rng, 550, 1400);
		if (born > youngest)
			born = youngest;
	}
	return s;
}

static enum gp_status load_lists(struct demo *d, const char *datadir, struct gp_err *e)
{
	char path[PATH_MAX];
	snprintf(path, sizeof path, "%s/demo/namen.tsv", datadir);
	enum gp_status s = tsv_read(path, read_name, d, e);
	if (s == GP_OK) {
		snprintf(path, sizeof path, "%s/demo/plaatsen.tsv", datadir);
		s = tsv_read(path, read_place, d, e);
	}
	if (s == GP_OK && (d->norigins == 0 || d->nplaces == 0))
		s = gp_fail(e, GP_ECORRUPT, _("De demogegevens in %s/demo zijn leeg."), datadir);
	for (int i = 0; s == GP_OK && i < d->norigins; i++)
		if (!d->origins[i].nboys || !d->origins[i].ngirls || !d->origins[i].nfamily)
			s = gp_fail(e, GP_ECORRUPT, _("%s/demo/namen.tsv: herkomst %s mist namen."),
				    datadir, d->origins[i].code);
	if (s == GP_OK) {
		snprintf(path, sizeof path, "%s/demo/organisaties.tsv", datadir);
		s = tsv_read(path, read_org, d, e);
	}
	return s;
}

enum gp_status demo_fill(struct db *db, const struct demo_options *opt, struct gp_err *e)
{
	struct demo *d = calloc(1, sizeof *d);
	if (!d)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	d->db = db;
	d->today = date_today();
	rng_seed(&d->rng, opt->seed);

	/* Ids and timestamps repeat for the same seed and day. */
	struct rng idrng;
	rng_seed(&idrng, opt->seed ^ 0x5DEECE66DULL);
	db->idrng = &idrng;
	db->id_ms = date_to_days(d->today) * 86400000LL + 9 * 3600000LL;
	char today[11];
	date_fmt_iso(d->today, today);
	snprintf(db->fixed_now, sizeof db->fixed_now, "%sT09:00:00", today);

	/* The accounts and the sociale kaart are saved the ordinary way, with
	 * their audit entries; the families in one bulk transaction.  One
	 * account per kind of role (password "demo" for each): the sociale kaart
	 * is made by the beheerder, the families by the nurse, as the roles of
	 * src/perm.h allow. */
	struct account demo, beheer, assistent;
	enum gp_status s = db_begin(db, e);
	if (s == GP_OK)
		s = account_create_demo(db, "demo", "Demo Verpleegkundige", "jeugdverpleegkundige",
					"demo", &demo, e);
	/* their ids come from the ordinary random source, so the ids of every
	 * record after them are those of a demo with the nurse alone */
	db->idrng = NULL;
	if (s == GP_OK)
		s = account_create_demo(db, "beheer", "Demo Beheerder", "beheerder", "demo", &beheer,
					e);
	if (s == GP_OK)
		s = account_create_demo(db, "assistent", "Demo Assistent", "assistent", "demo",
					&assistent, e);
	db->idrng = &idrng;
	if (s == GP_OK) {
		account_act_as(db, &beheer);
		s = db_setting_set(db, "demo", "1", e);
	}
	if (s == GP_OK)
		s = load_lists(d, opt->datadir, e);
	if (s == GP_OK) {
		account_act_as(db, &demo);
		s = db_commit(db, e);
	} else
		db_rollback(db);
	if (s == GP_OK)
		s = demo_history_new(db, opt->datadir, opt->seed, &d->history, e);
	if (s == GP_OK)
		s = db_bulk_begin(db, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	while (s == GP_OK && d->made < opt->children)
		s = make_family(d, opt->children - d->made, e);
	int handovers = 0;
	if (s == GP_OK) /* first, so a handover's summary has the child's GIZ */
		s = demo_giz(db, d->today, opt->seed, e);
	if (s == GP_OK)
		s = demo_handovers(db, opt->datadir, opt->seed, &handovers, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK)
		s = db_bulk_end(db, e);
	if (s == GP_OK) {
		char detail[64];
		snprintf(detail, sizeof detail, "demo: %d kinderen, seed %llu", d->made, opt->seed);
		s = audit_log(db, NULL, "create", detail, e);
	}
	db->idrng = NULL;
	db->fixed_now[0] = '\0';
	demo_history_free(d->history);
	free_demo(d);
	free(d);
	return s;
}
