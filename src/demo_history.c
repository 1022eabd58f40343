/* demo_history.c — see demo_history.h.  The history is planned first (the
 * moments on weekdays in clinic hours, then the doses of the child's own
 * RVP cohort fitted onto them or onto extra vaccination contacts), sorted
 * by date, and then written with contact_insert_bulk() inside the demo's
 * one transaction: no per-row checks or audit entries, one audit entry per
 * child.  The doses come from the child's due list (schedule_due with
 * nothing given), so a child gets exactly the vaccines its cohort, sex and
 * birth month were offered, each at its age and never sooner than the
 * minimum interval after the one before; some families leave a vaccine out
 * (HPV most often), about 3% object to all.  Growth follows three z-score
 * tracks per child (length, BMI, head) around a level drawn from the whole
 * distribution, so some children grow above +2 or below −2 SD; each
 * measurement still goes through the same plausibility check as a typed
 * one, so a rare flagged value is stored as confirmed, as in real life.
 * Last, a visit is planned for part of what is due in the coming two weeks
 * (the appointments of Vandaag and the agenda). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appointment.h"
#include "contact.h"
#include "demo_history.h"
#include "growth.h"
#include "i18n.h"
#include "rng.h"
#include "schedule.h"
#include "text.h"

enum { MAX_EVENTS = 96, MAX_PLANNED = 64 };

/* A dose planned at a contact. */
struct planned_dose {
	const struct sched_dose *row; /* the rvp.tsv row */
	int refused;                  /* 1: recorded as not given, "bezwaar" */
};

/* One planned contact. */
struct event {
	long day;                          /* date as days since 1970 */
	int minutes;                       /* time of day */
	const struct sched_moment *moment; /* NULL: a vaccination-only contact */
	char status[3];                    /* BDS 1605 */
	int elsewhere;                     /* 1: given before the child came to us */
	struct planned_dose doses[CONTACT_MAX_VACCINATIONS]; /* doses at it */
	int ndoses;                        /* entries used in doses */
};

/* A child's growth: z-score tracks that drift around the child's own level. */
struct curve {
	double mean[3]; /* the child's level: length, BMI, head */
	double z[3];    /* where the track is now */
	double preterm; /* SD below the track at birth, fading over 18 months */
};

enum { TRACK_LEN, TRACK_BMI, TRACK_HEAD };

struct demo_history {
	struct db *db;                 /* where the rows go */
	unsigned long long seed;       /* the demo seed */
	struct gp_date today;          /* GROEIPAD_TODAY or today */
	struct schedule *sched;        /* moments and RVP doses */
	struct growth_ref *growth;     /* WHO tables */
	struct contact_record rec;     /* reused for every contact; large, so never cleared whole */
	struct event events[MAX_EVENTS]; /* the plan of the child at hand */
	int nevents;                   /* entries used in events */
};

/* ---- small helpers ------------------------------------------------------ */

static uint64_t mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xBF58476D1CE4E5B9ULL;
	x ^= x >> 27;
	x *= 0x94D049BB133111EBULL;
	return x ^ (x >> 31);
}

static uint64_t hash_text(const char *s)
{
	uint64_t h = 0xCBF29CE484222325ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001B3ULL;
	return mix(h);
}

static long days_at(struct gp_date birth, struct sched_age age)
{
	return date_to_days(schedule_age_date(birth, age));
}

static const char *pick_text(struct rng *r, const char *const *list, int n)
{
	return list[rng_range(r, 0, n - 1)];
}

static double clamp(double v, double lo, double hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* 0 Monday … 6 Sunday (1 January 1970 was a Thursday). */
static int weekday(long day)
{
	return (int)(((day % 7) + 7 + 3) % 7);
}

/* The first weekday on or after `day`: the clinic is closed at weekends. */
static long on_weekday(long day)
{
	while (weekday(day) >= 5)
		day++;
	return day;
}

/* A time in clinic hours (08:30–16:30, ten-minute slots), as minutes. */
static int clinic_minutes(struct rng *r)
{
	return 8 * 60 + 30 + 10 * rng_range(r, 0, 48);
}

/* ---- setup --------------------------------------------------------------- */

enum gp_status demo_history_new(struct db *db, const char *datadir, unsigned long long seed,
				struct demo_history **out, struct gp_err *e)
{
	*out = NULL;
	struct demo_history *h = calloc(1, sizeof *h);
	if (!h)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	h->db = db;
	h->seed = seed;
	h->today = date_today();
	enum gp_status s = schedule_load(datadir, &h->sched, e);
	if (s == GP_OK)
		s = growth_load(datadir, &h->growth, e);
	if (s != GP_OK) {
		demo_history_free(h);
		return s;
	}
	*out = h;
	return GP_OK;
}

void demo_history_free(struct demo_history *h)
{
	if (!h)
		return;
	schedule_free(h->sched);
	growth_free(h->growth);
	free(h);
}

/* ---- planning -------------------------------------------------------------- */

static struct event *add_event(struct demo_history *h, long day,
			       const struct sched_moment *mo, const char *status)
{
	if (h->nevents == MAX_EVENTS)
		return NULL;
	struct event *ev = &h->events[h->nevents++];
	ev->day = day;
	ev->minutes = 0;
	ev->moment = mo;
	memcpy(ev->status, status, 3);
	ev->elsewhere = 0;
	ev->ndoses = 0;
	return ev;
}

/* Not realised: mostly without or with notice, sometimes otherwise. */
static const char *missed_status(struct rng *r)
{
	static const char *const codes[] = {"02", "02", "02", "03", "03", "03", "03",
					    "04", "05", "06", "06", "07"};
	return pick_text(r, codes, (int)(sizeof codes / sizeof *codes));
}

/* The moments from the schedule whose day has come, on weekdays: the heel
 * prick and hearing screening on day 3 to 7, the others around their
 * target.  About one in twenty is missed (one in ten for school-age and
 * adolescent moments, one in fifty heel pricks), and most of those are
 * made up a few weeks later (a heel prick within days). */
static void plan_moments(struct demo_history *h, const struct child *c, struct rng *r,
			 long care, long today)
{
	long born = date_to_days(c->birth_date);
	long heel = on_weekday(born + rng_range(r, 3, 5));
	for (size_t i = 0; i < h->sched->nmoments; i++) {
		const struct sched_moment *mo = &h->sched->moments[i];
		long earliest = days_at(c->birth_date, mo->earliest);
		long latest = days_at(c->birth_date, mo->latest);
		long day = days_at(c->birth_date, mo->target) + rng_range(r, -3, 10);
		if (strcmp(mo->kind, "01") == 0 || strcmp(mo->kind, "35") == 0)
			day = heel;
		if (latest < care)
			continue; /* over before the child came to us */
		if (day < earliest)
			day = earliest;
		if (day < care)
			day = care;
		day = on_weekday(day);
		if (day > today)
			continue;
		int newborn = strcmp(mo->kind, "01") == 0 || strcmp(mo->kind, "35") == 0;
		double p_missed = newborn ? 0.02
				  : strcmp(mo->kind, "40") >= 0 && strcmp(mo->kind, "41") <= 0 ? 0.10
				  : 0.05;
		if (!rng_chance(r, p_missed)) {
			add_event(h, day, mo, "01");
			continue;
		}
		add_event(h, day, mo, missed_status(r));
		/* a heel prick is made up within days, other moments weeks later */
		long again = on_weekday(day + (newborn ? rng_range(r, 1, 2) : rng_range(r, 14, 35)));
		if (rng_chance(r, 0.6) && again <= today)
			add_event(h, again, mo, "01");
	}
}

/* The BDS 494 kind of a contact outside the schedule, by age. */
static const char *kind_by_age(long age_days)
{
	return age_days < 7L * 30 ? "37" : age_days < 365 ? "38" : age_days < 4L * 365 ? "39"
	       : age_days < 12L * 365 ? "40" : "41";
}

/* How likely a family takes a vaccine the cohort was offered (inferred,
 * after the RIVM coverage figures: infant vaccines about 95%, HPV far
 * less, boys in the catch-up rounds least). */
static double uptake(const struct sched_dose *x, const struct child *c)
{
	const char *v = x->vaccine;
	if (strcmp(v, "HPV") == 0) {
		if (c->birth_date.y < 2012)
			return c->sex == 1 ? 0.35 : 0.6;
		return c->sex == 1 ? 0.5 : 0.65;
	}
	if (strcmp(v, "MenACWY") == 0 && x->dose > 1)
		return 0.85;
	if (strcmp(v, "MenACWY") == 0 && c->birth_date.y < 2017)
		return 0.85; /* the only MenACWY of the MenC cohorts, at 14 */
	if (strcmp(v, "RSV") == 0 || strcmp(v, "Rota") == 0)
		return 0.8;
	if (strcmp(v, "DTP") == 0 || strcmp(v, "DKT") == 0 || strcmp(v, "DKTP") == 0)
		return 0.9;
	return 0.96;
}

/* Vaccines given at the same baby visits are taken or left together: the
 * infant series (DKTP-Hib(-HepB) with the pneumococcal vaccine) and the
 * 14-month visit (BMR with MenC or MenACWY).  0: a vaccine of its own. */
static int uptake_group(const char *v)
{
	if (strncmp(v, "DKTP-Hib", 8) == 0 || strcmp(v, "Pneu") == 0)
		return 1;
	if (strcmp(v, "BMR") == 0 || strcmp(v, "MenC") == 0 || strcmp(v, "MenACWY") == 0)
		return 2;
	return 0;
}

/* Fits a dose due on `day` (not before `open`) onto a realised contact up
 * to three weeks later, or onto a new vaccination contact on a weekday;
 * NULL when that lies after today or a planned contact for it was missed. */
static struct event *dose_event(struct demo_history *h, struct rng *r, long day, long open,
				long care, long today)
{
	struct event *best = NULL;
	int missed = 0;
	for (int k = 0; k < h->nevents; k++) {
		struct event *ev = &h->events[k];
		if (ev->day < open || ev->day < day - 7 || ev->day > day + 21)
			continue;
		if (!contact_realised(ev->status)) {
			missed = 1;
			continue;
		}
		if (ev->ndoses < CONTACT_MAX_VACCINATIONS &&
		    (!best || labs(ev->day - day) < labs(best->day - day)))
			best = ev;
	}
	if (best)
		return best;
	long when = day + (missed ? rng_range(r, 14, 42) : rng_range(r, 0, 7));
	when = on_weekday(when < care ? care : when);
	if (when < open)
		when = on_weekday(open);
	return when <= today ? add_event(h, when, NULL, "01") : NULL;
}

/* The doses of the child's own cohort (its due list with nothing given),
 * vaccine by vaccine, each at its target age and never sooner than the
 * minimum interval after the previous dose.  Doses before the child came
 * into our care were given elsewhere: they are recorded as such on the
 * date they were given. */
static void plan_doses(struct demo_history *h, const struct child *c, struct rng *r, long care,
		       long today, int objecting)
{
	struct sched_child sc = {.birth = c->birth_date, .sex = c->sex,
				 .rvp_variant = c->rvp_variant[0] ? c->rvp_variant : NULL};
	struct sched_due_list l;
	if (schedule_due(h->sched, &sc, h->today, &l, NULL) != GP_OK)
		return;
	const char *vaccine = "";
	long prev = 0;
	int take = 1, asked = 0, group_drawn[3] = {0}, group_take[3] = {0};
	for (size_t i = 0; i < l.n; i++) {
		const struct sched_due *d = &l.items[i];
		if (d->kind != SCHED_DOSE)
			continue;
		const struct sched_dose *x = d->dose;
		if (strcmp(x->vaccine, vaccine) != 0) { /* a new vaccine */
			vaccine = x->vaccine;
			prev = 0;
			asked = 0;
			int infant = date_to_days(d->target) - date_to_days(c->birth_date) < 730;
			int g = infant ? uptake_group(vaccine) : 0;
			if (g && group_drawn[g]) {
				take = group_take[g];
			} else {
				take = rng_chance(r, uptake(x, c));
				if (g) {
					group_drawn[g] = 1;
					group_take[g] = take;
				}
			}
		}
		/* the child's own dates (never before its birth, moved for a
		 * premature baby) */
		long day = date_to_days(d->target);
		long open = date_to_days(d->earliest);
		if (prev && x->has_interval) {
			long after = days_at(date_from_days(prev), x->interval);
			open = after > open ? after : open;
		}
		day = day < open ? open : day;
		if (day > today || !take || day >= date_to_days(d->until))
			continue;
		if (objecting && asked)
			continue; /* one objection is recorded per vaccine */
		struct event *ev;
		if (day < care) {
			ev = add_event(h, on_weekday(day), NULL, "01");
			if (ev)
				ev->elsewhere = 1;
		} else {
			ev = dose_event(h, r, day, open, care, today);
		}
		if (!ev || ev->ndoses >= CONTACT_MAX_VACCINATIONS)
			continue;
		ev->doses[ev->ndoses].row = x;
		ev->doses[ev->ndoses++].refused = objecting;
		asked = 1;
		prev = ev->day;
	}
	schedule_due_free(&l);
}

/* Orders the plan by date; equal dates keep their order (stable). */
static void sort_events(struct demo_history *h)
{
	for (int i = 1; i < h->nevents; i++) {
		struct event ev = h->events[i];
		int j = i;
		while (j > 0 && h->events[j - 1].day > ev.day) {
			h->events[j] = h->events[j - 1];
			j--;
		}
		h->events[j] = ev;
	}
}

/* ---- writing --------------------------------------------------------------- */

/* Sets every field of the reused record (clearing 100 kB per contact would
 * dominate the demo's time). */
static void start_record(struct contact_record *rec, const char *child_id)
{
	struct contact *c = &rec->contact;
	c->id[0] = c->time[0] = c->kind[0] = c->form[0] = c->status[0] = '\0';
	c->schedule_moment[0] = c->location[0] = c->professional_id[0] = c->present[0] = '\0';
	c->conclusion[0] = c->agreements[0] = c->next_step[0] = '\0';
	c->next_contact_on = (struct gp_date){0, 0, 0};
	c->version = 0;
	text_copy(c->child_id, sizeof c->child_id, child_id);
	rec->has_measurement = 0;
	rec->nvaccinations = 0;
	rec->nobservations = 0;
	rec->nprofessionals = 0;
}

static void add_observation(struct contact_record *rec, const char *domain, const char *text)
{
	if (rec->nobservations == CONTACT_MAX_OBSERVATIONS)
		return;
	struct observation *o = &rec->observations[rec->nobservations++];
	text_copy(o->domain, sizeof o->domain, domain);
	text_copy(o->text, sizeof o->text, text);
}

static const char *const BABY[] = {
	"Groei en ontwikkeling naar verwachting.",
	"Goede groei; de voeding verloopt goed.",
	"Gezond kind dat de eigen groeilijn volgt.",
	"Ouders hebben vragen over slapen; adviezen over ritme gegeven.",
	"Huidje droog; advies over verzorging gegeven.",
};
static const char *const TODDLER[] = {
	"Ontwikkeling leeftijdsadequaat.",
	"Groei en ontwikkeling naar verwachting.",
	"Taalontwikkeling iets langzaam; over drie maanden opnieuw bekijken.",
	"Ouders vragen naar zindelijkheid; voorlichting gegeven.",
	"Gezond kind, speelt graag; geen zorgen bij ouders.",
};
static const char *const SCHOOL[] = {
	"Geen bijzonderheden.",
	"Gezond; geen zorgen bij ouders of school.",
	"Goed gesprek over bewegen en gezond eten.",
	"Slaapt slecht in; adviezen over schermgebruik gegeven.",
};
static const char *const YOUTH[] = {
	"Jongere voelt zich goed; geen zorgen.",
	"Gesprek over slapen, schermgebruik en school.",
	"Jongere heeft het druk met school; weet waar hulp te vinden is.",
};
#define NTEXTS(a) ((int)(sizeof(a) / sizeof *(a)))

/* Observations fitting the age: hearing screening, red reflex, Van Wiechen,
 * visual acuity, SDQ. */
static void observe(struct contact_record *rec, struct rng *r, const struct sched_moment *mo,
		    long age)
{
	if (strcmp(mo->kind, "35") == 0)
		add_observation(rec, "gehoor", "Neonatale gehoorscreening: beiderzijds voldoende.");
	else if (age >= 21 && age <= 45)
		add_observation(rec, "ogen", "Rode reflex beiderzijds aanwezig, oogstand symmetrisch.");
	else if (age >= 250 && age <= 800 && rng_chance(r, 0.5))
		add_observation(rec, "grove_motoriek", rng_chance(r, 0.9)
				? "Van Wiechen: leeftijdsadequaat."
				: "Van Wiechen: loopt nog niet los; over drie maanden opnieuw.");
	else if (age >= 42L * 30 && age <= 48L * 30)
		add_observation(rec, "ogen", "Visus (LEA-kaart) beiderzijds 0,8 of beter.");
	else if (age >= 5L * 365)
		add_observation(rec, "psychosociaal", rng_chance(r, 0.9)
				? "SDQ ingevuld, geen bijzonderheden."
				: "SDQ: verhoogde score emotionele problemen; besproken.");
	if (age < 180 && rng_chance(r, 0.2))
		add_observation(rec, "voeding", rng_chance(r, 0.6) ? "Borstvoeding gaat goed."
								   : "Flesvoeding, drinkt goed.");
}

/* The next step of the track towards the child's level: slow drift, so no
 * two visits are more than a few tenths of an SD apart. */
static void drift(struct curve *cv, struct rng *r)
{
	for (int i = 0; i < 3; i++)
		cv->z[i] = cv->z[i] + 0.15 * (cv->mean[i] - cv->z[i]) + 0.08 * rng_normal(r);
}

/* Length, weight and head on the child's curve at this age; 0 when the
 * WHO tables do not reach the age. */
static int measure(struct demo_history *h, const struct child *c, struct curve *cv,
		   struct rng *r, long age, struct measurement *m)
{
	drift(cv, r);
	double fade = age < 540 ? cv->preterm * (1 - (double)age / 540.0) : 0;
	double len = growth_value_at_z(h->growth, GROWTH_LFA, c->sex, (double)age,
				       clamp(cv->z[TRACK_LEN] - fade, -3.5, 3.5));
	double bmi = growth_value_at_z(h->growth, GROWTH_BFA, c->sex, (double)age,
				       clamp(cv->z[TRACK_BMI] - fade, -3.0, 3.0));
	if (!isfinite(len) || !isfinite(bmi))
		return 0;
	memset(m, 0, sizeof *m);
	m->length_mm = (int)lround(len * 10);
	/* the 2006 tables are lying length until 731 days, standing height after */
	text_copy(m->length_method, sizeof m->length_method, age < 731 ? "liggend" : "staand");
	double metres = m->length_mm / 1000.0;
	double kg = bmi * metres * metres;
	m->weight_g = age < 731 ? (int)lround(kg * 100) * 10 : (int)lround(kg * 10) * 100;
	text_copy(m->weight_method, sizeof m->weight_method,
		  age < 731 ? "zonder_kleding" : "met_kleding");
	if (age <= 760) {
		double head = growth_value_at_z(h->growth, GROWTH_HCFA, c->sex, (double)age,
						clamp(cv->z[TRACK_HEAD] - fade, -3.5, 3.5));
		if (isfinite(head))
			m->head_mm = (int)lround(head * 10);
	}
	return 1;
}

/* A batch number as on the package: two letters and five digits, the same
 * for every dose of a vaccine given in one month (one delivery). */
static void batch_number(const char *vaccine, long day, char *out, size_t outsz)
{
	struct gp_date d = date_from_days(day);
	uint64_t k = mix(hash_text(vaccine) ^ (uint64_t)(d.y * 12 + d.m));
	snprintf(out, outsz, "%c%c%05u", 'A' + (int)(k % 26), 'A' + (int)(k / 26 % 26),
		 (unsigned)(k / 676 % 100000));
}

static void add_doses(struct contact_record *rec, const struct event *ev, long age,
		      const char *actor)
{
	int shots = 0;
	for (int i = 0; i < ev->ndoses; i++) {
		struct vaccination *v = &rec->vaccinations[rec->nvaccinations++];
		const struct sched_dose *d = ev->doses[i].row;
		memset(v, 0, sizeof *v);
		text_copy(v->vaccine, sizeof v->vaccine, d->vaccine);
		v->dose_no = d->dose;
		if (ev->doses[i].refused || ev->elsewhere) {
			v->given = 0;
			text_copy(v->reason_not_given, sizeof v->reason_not_given,
				  ev->doses[i].refused ? "bezwaar" : "elders_gegeven");
			continue;
		}
		v->given = 1;
		batch_number(d->vaccine, ev->day, v->batch, sizeof v->batch);
		/* infants in the thigh, older children in the upper arm; two
		 * injections at one visit go left and right */
		if (strcmp(d->vaccine, "Rota") == 0)
			text_copy(v->site, sizeof v->site, "oraal");
		else
			snprintf(v->site, sizeof v->site, "%s%s", shots++ % 2 ? "rechter" : "linker",
				 age < 365 ? "bovenbeen" : "bovenarm");
		text_copy(v->given_by, sizeof v->given_by, actor);
	}
}

/* The moment after this one in the schedule (skipping one on the same
 * target age, such as hearing screening next to the heel prick). */
static const struct sched_moment *next_moment(const struct schedule *s,
					      const struct sched_moment *mo,
					      struct gp_date birth)
{
	long here = days_at(birth, mo->target);
	for (const struct sched_moment *n = mo + 1; n < s->moments + s->nmoments; n++)
		if (days_at(birth, n->target) > here)
			return n;
	return NULL;
}

static void fill_contact(struct demo_history *h, const struct child *c, const struct event *ev,
			 struct rng *r, long age)
{
	struct contact *k = &h->rec.contact;
	const struct sched_moment *mo = ev->moment;
	k->date = date_from_days(ev->day);
	unsigned minutes = (unsigned)(ev->minutes ? ev->minutes : clinic_minutes(r));
	snprintf(k->time, sizeof k->time, "%02u:%02u", minutes / 60 % 24, minutes % 60);
	text_copy(k->kind, sizeof k->kind, mo ? mo->kind : ev->elsewhere ? "22" : kind_by_age(age));
	memcpy(k->status, ev->status, 3);
	text_copy(k->schedule_moment, sizeof k->schedule_moment, mo ? mo->code : "");
	int home = mo && (strcmp(mo->kind, "01") == 0 || strcmp(mo->kind, "35") == 0 || age < 21);
	text_copy(k->form, sizeof k->form, home ? "06" : "03");
	if (ev->elsewhere)
		text_copy(k->location, sizeof k->location, "elders (vorige woonplaats)");
	else if (home)
		text_copy(k->location, sizeof k->location, "thuis");
	else if (mo && age >= 4L * 365)
		text_copy(k->location, sizeof k->location, "school");
	else if (mo)
		snprintf(k->location, sizeof k->location, "Consultatiebureau %.300s", c->city);
	else
		snprintf(k->location, sizeof k->location, "Vaccinatielocatie %.300s", c->city);
	text_copy(k->professional_id, sizeof k->professional_id,
		  c->professional_id[0] ? c->professional_id : h->db->actor_id);
	if (!contact_realised(ev->status))
		return;
	if (ev->elsewhere) {
		text_copy(k->conclusion, sizeof k->conclusion,
			  "Vaccinatie elders gegeven, overgenomen uit het vorige dossier.");
		return;
	}
	static const char *const WHO[] = {"moeder", "moeder", "moeder en vader", "vader",
					  "moeder en oma"};
	text_copy(k->present, sizeof k->present,
		  age >= 12L * 365 ? "jongere" : age >= 4L * 365 ? "kind en moeder"
							     : pick_text(r, WHO, NTEXTS(WHO)));
	if (mo) {
		const char *text = age < 365 ? pick_text(r, BABY, NTEXTS(BABY))
				   : age < 4L * 365 ? pick_text(r, TODDLER, NTEXTS(TODDLER))
				   : age < 12L * 365 ? pick_text(r, SCHOOL, NTEXTS(SCHOOL))
						    : pick_text(r, YOUTH, NTEXTS(YOUTH));
		text_copy(k->conclusion, sizeof k->conclusion, text);
		const struct sched_moment *next = next_moment(h->sched, mo, c->birth_date);
		text_copy(k->next_step, sizeof k->next_step, next ? "volgend_contact" : "geen");
		if (next) {
			k->next_contact_on = schedule_age_date(c->birth_date, next->target);
			text_copy(k->agreements, sizeof k->agreements,
				  "Volgend contact volgens het schema.");
		}
	} else {
		text_copy(k->conclusion, sizeof k->conclusion, "Vaccinatie volgens het RVP.");
	}
}

/* The child's due list after the history just planned. */
static enum gp_status due_now(struct demo_history *h, const struct child *c,
			      struct sched_due_list *l)
{
	struct sched_contact k[MAX_EVENTS];
	struct sched_vaccination v[MAX_EVENTS];
	size_t nk = 0, nv = 0;
	for (int i = 0; i < h->nevents; i++) {
		const struct event *ev = &h->events[i];
		struct gp_date day = date_from_days(ev->day);
		if (ev->moment)
			k[nk++] = (struct sched_contact){day, ev->moment->code, ev->status};
		for (int j = 0; contact_realised(ev->status) && j < ev->ndoses && nv < MAX_EVENTS;
		     j++) {
			int refused = ev->doses[j].refused;
			v[nv++] = (struct sched_vaccination){
				ev->doses[j].row->vaccine, ev->doses[j].row->dose, day,
				!refused && !ev->elsewhere,
				refused ? "bezwaar" : ev->elsewhere ? "elders_gegeven" : NULL};
		}
	}
	struct sched_child sc = {.birth = c->birth_date, .sex = c->sex,
				 .gestational_days = c->gestational_age_days,
				 .in_care = c->registered_on,
				 .rvp_variant = c->rvp_variant[0] ? c->rvp_variant : NULL,
				 .contacts = k, .ncontacts = nk, .vaccinations = v,
				 .nvaccinations = nv};
	return schedule_due(h->sched, &sc, h->today, l, NULL);
}

/* Part of what is due in the coming two weeks gets a visit: on a weekday,
 * in clinic hours, at the child's location with its professional, for
 * the moment and the doses due then. */
static enum gp_status plan_visit(struct demo_history *h, const struct child *c, struct rng *r,
				 struct gp_err *e)
{
	if (!c->location[0] || !rng_chance(r, 0.6))
		return GP_OK;
	struct sched_due_list l;
	if (due_now(h, c, &l) != GP_OK)
		return GP_OK;
	/* the day: within the window that closes first of what is open in the
	 * coming two weeks */
	long today = date_to_days(h->today), first = 0, last = 0;
	for (size_t i = 0; i < l.n; i++) {
		const struct sched_due *d = &l.items[i];
		if (d->state != SCHED_DUE && d->state != SCHED_NOT_YET)
			continue;
		long from = date_to_days(d->earliest), to = date_to_days(d->latest);
		from = from < today ? today : from;
		to = to > today + 14 ? today + 14 : to;
		if (from <= to && (!last || to < last)) {
			first = from;
			last = to;
		}
	}
	struct appointment a;
	memset(&a, 0, sizeof a);
	if (last) {
		long day = on_weekday(first + rng_range(r, 0, (int)(last - first)));
		a.date = date_from_days(day);
		for (size_t i = 0; i < l.n; i++) {
			const struct sched_due *d = &l.items[i];
			if ((d->state != SCHED_DUE && d->state != SCHED_NOT_YET) ||
			    !schedule_due_plannable(&l, i, a.date) || date_to_days(d->latest) < day)
				continue;
			if (d->kind == SCHED_MOMENT && !a.schedule_moment[0]) {
				text_copy(a.schedule_moment, sizeof a.schedule_moment, d->moment->code);
				text_copy(a.kind, sizeof a.kind, d->moment->kind);
			} else if (d->kind == SCHED_DOSE) {
				size_t used = strlen(a.doses);
				snprintf(a.doses + used, sizeof a.doses - used, "%s%s %d",
					 used ? ", " : "", d->dose->vaccine, d->dose->dose);
			}
		}
	}
	schedule_due_free(&l);
	if (!a.date.y || (!a.schedule_moment[0] && !a.doses[0]))
		return GP_OK;
	unsigned minutes = (unsigned)clinic_minutes(r);
	snprintf(a.time, sizeof a.time, "%02u:%02u", minutes / 60 % 24, minutes % 60);
	a.duration_min = a.schedule_moment[0] ? 20 : 10;
	text_copy(a.child_id, sizeof a.child_id, c->id);
	text_copy(a.location, sizeof a.location, c->location);
	text_copy(a.account_id, sizeof a.account_id,
		  c->professional_id[0] ? c->professional_id : h->db->actor_id);
	return appointment_insert_bulk(h->db, &a, e);
}

enum gp_status demo_history_child(struct demo_history *h, const struct child *c,
				  const char *family_key, struct gp_err *e)
{
	struct rng r;
	rng_seed(&r, mix(h->seed * 0x9E3779B97F4A7C15ULL ^ (uint64_t)c->client_no));
	long today = date_to_days(h->today);
	long born = date_to_days(c->birth_date);
	long care = c->registered_on.y ? date_to_days(c->registered_on) : born;
	/* about 3% of families object to vaccination */
	int objecting = hash_text(family_key) % 1000 < 30;

	h->nevents = 0;
	plan_moments(h, c, &r, care, today);
	plan_doses(h, c, &r, care, today, objecting);
	sort_events(h);

	/* a level from the whole distribution: about 2% of children above +2
	 * and below −2 SD on each track */
	struct curve cv;
	for (int i = 0; i < 3; i++)
		cv.mean[i] = clamp(rng_normal(&r), -3.2, 3.2);
	cv.mean[TRACK_HEAD] = clamp(0.5 * cv.mean[TRACK_LEN] + 0.85 * rng_normal(&r), -3.2, 3.2);
	memcpy(cv.z, cv.mean, sizeof cv.z);
	int ga = c->gestational_age_days;
	cv.preterm = ga && ga < 259 ? (259 - ga) / 63.0 * 1.5 : 0;

	struct measurement_track track;
	measurement_track_init(&track, h->growth, c->sex, c->birth_date);
	struct contact_record *rec = &h->rec;
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < h->nevents; i++) {
		const struct event *ev = &h->events[i];
		long age = ev->day - born;
		start_record(rec, c->id);
		fill_contact(h, c, ev, &r, age);
		int realised = contact_realised(ev->status);
		const struct sched_moment *mo = ev->moment;
		/* measured at every realised moment after the first week */
		if (realised && mo && strcmp(mo->kind, "01") != 0 && strcmp(mo->kind, "35") != 0 &&
		    measure(h, c, &cv, &r, age, &rec->measurement)) {
			struct measurement_growth g;
			rec->measurement.measured_on = rec->contact.date;
			measurement_track_add(&track, &rec->measurement, &g);
			rec->measurement.flags = g.flags;
			if (g.flags) {
				rec->measurement.confirmed = 1;
				text_copy(rec->measurement.confirmed_by, DB_ID_LEN, h->db->actor_id);
			}
			rec->has_measurement = 1;
		}
		if (realised && mo)
			observe(rec, &r, mo, age);
		if (realised)
			add_doses(rec, ev, age, h->db->actor_id);
		s = contact_insert_bulk(h->db, rec, e);
	}
	if (s == GP_OK)
		s = plan_visit(h, c, &r, e);
	return s;
}
