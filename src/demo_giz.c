/* demo_giz.c — see demo_giz.h.  About one child in eight gets a GIZ
 * conversation some months ago, most of them a follow-up since; the
 * follow-up moves a few aspects a step (mostly lighter), closes the first
 * plan's agreements with a note, and makes a new plan whose evaluation
 * dates fall around today, so Vandaag has agreements to evaluate.  Runs
 * after every child exists and draws from its own random stream (seeded by
 * the demo seed and the child), so it changes nothing else of the demo. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "demo_giz.h"
#include "giz.h"
#include "i18n.h"
#include "org.h"
#include "rng.h"
#include "text.h"

enum { SHARE_PERCENT = 12, FOLLOW_UP_PERCENT = 65 };

static const char *const GOING_WELL[] = {
	"Hij slaapt weer de hele nacht door.", "Ze gaat graag naar de opvang.",
	"Het eten gaat veel beter dan een paar maanden geleden.",
	"Hij heeft een vriendje gevonden in de klas.", "Ze sport graag en zit op voetbal.",
	"Opa en oma passen twee dagen op.", "We hebben een vast ritme gevonden.",
};
static const char *const WORRIES[] = {
	"Driftbuien als iets niet mag.", "Ze huilt veel en is snel moe.",
	"Hij praat nog weinig vergeleken met zijn broer.",
	"Ruzie over schermtijd, elke avond.", "Het geld is krap sinds de scheiding.",
	"Ik voel me vaak alleen met de kinderen.", "Pesten op school.",
};
static const char *const WISHES[] = {
	"Meer rust in huis.", "Tips om grenzen te stellen.", "Iemand om mee te praten.",
	"Dat hij makkelijker in slaap valt.", "Hulp bij de administratie.",
	"Weer samen leuke dingen doen.",
};
static const char *const VIEWS[] = {
	"Moeder is moe; vader werkt veel buiten de deur.",
	"Warme interactie tussen ouder en kind; ouder twijfelt aan zichzelf.",
	"Spraak loopt achter; gehoor is eerder goed getest.",
	"Veel veranderingen tegelijk: verhuizing en nieuwe baan.",
	"Kind oogt goed verzorgd en nieuwsgierig.",
};
static const char *const STRENGTHS[] = {
	"Oma woont dichtbij en springt bij.", "Ouders staan open voor advies.",
	"Goede band met de juf.", "Sterk netwerk in de buurt.", "Vader kookt elke dag gezond.",
};
static const char *const CARRY[] = {
	"Steun van familie", "Ouders werken goed samen", "Vaste baan en eigen huis",
	"Vriendinnen uit de buurt",
};
static const char *const LOAD[] = {
	"Verhuizing", "Scheiding", "Werkloosheid van vader", "Ziekte in de familie",
	"Geldzorgen",
};

/* What is agreed and by whom. */
static const struct {
	const char *what, *who, *name;
} PLANS[] = {
	{"Vast bedtijdritueel proberen", "ouder", ""},
	{"Samen afspraken over schermtijd op papier zetten", "ouder", ""},
	{"Aanmelden bij het wijkteam voor opvoedsteun", "organisatie", ""},
	{"Logopedist bellen voor een intake", "ouder", ""},
	{"Extra contact op het consultatiebureau", "jgz", ""},
	{"Oma vragen om op woensdag op te passen", "netwerk", "oma"},
	{"Mentor op school laten weten wat er speelt", "jongere", ""},
	{"Folder over opvoedcursus meegeven en nabellen", "jgz", ""},
};

static const char *pick(struct rng *r, const char *const *list, int n)
{
	return list[rng_range(r, 0, n - 1)];
}

#define PICK(r, list) pick((r), (list), (int)(sizeof(list) / sizeof *(list)))

static uint64_t hash_text(const char *s, uint64_t seed)
{
	uint64_t h = 0xCBF29CE484222325ULL ^ seed; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001B3ULL;
	return h;
}

static void set_step(char *out, int step)
{
	snprintf(out, 3, "%02d", step < 1 ? 1 : step > 5 ? 5 : step);
}

/* The triangle and the conclusion follow the steps. */
static void derive(struct giz_assessment *a, struct rng *r)
{
	int max = 1, side_max[3] = {1, 1, 1};
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		int step = (int)strtol(a->aspects[i].score, NULL, 10);
		int side = i < 4 ? 0 : i < 8 ? 1 : 2; /* as data/giz/giz.tsv groups them */
		if (step > max)
			max = step;
		if (step > side_max[side])
			side_max[side] = step;
	}
	snprintf(a->triangle, sizeof a->triangle, "%s", max > 1 ? "02" : "01");
	a->sides[0] = '\0';
	for (int s = 0; s < 3 && max > 1; s++) {
		if (side_max[s] < 2)
			continue;
		size_t len = strlen(a->sides);
		snprintf(a->sides + len, sizeof a->sides - len, "%s0%d", len ? "," : "", s + 1);
	}
	int concl = max <= 1 ? 1 : max == 2 ? 2 : max == 3 ? (rng_chance(r, 0.5) ? 2 : 3) : 4;
	set_step(a->conclusion, concl);
}

static void add_agreement(struct giz_assessment *a, struct rng *r, struct gp_date from,
			  const char *const *orgs, int norgs, int young)
{
	if (a->nagreements >= GIZ_MAX_AGREEMENTS)
		return;
	int k;
	do
		k = rng_range(r, 0, (int)(sizeof PLANS / sizeof *PLANS) - 1);
	while ((!young && strcmp(PLANS[k].who, "jongere") == 0) ||
	       (!norgs && strcmp(PLANS[k].who, "organisatie") == 0));
	struct giz_agreement *g = &a->agreements[a->nagreements++];
	memset(g, 0, sizeof *g);
	text_copy(g->what, sizeof g->what, PLANS[k].what);
	text_copy(g->who_kind, sizeof g->who_kind, PLANS[k].who);
	text_copy(g->who_name, sizeof g->who_name, PLANS[k].name);
	if (strcmp(PLANS[k].who, "organisatie") == 0)
		text_copy(g->org_id, sizeof g->org_id, orgs[rng_range(r, 0, norgs - 1)]);
	g->due_on = date_from_days(date_to_days(from) + rng_range(r, 10, 40));
	g->evaluate_on = date_from_days(date_to_days(g->due_on) + rng_range(r, 14, 35));
	text_copy(g->status, sizeof g->status, "lopend");
}

/* The words and the people of a conversation on `on`. */
static void fill(struct giz_assessment *a, struct rng *r, const struct child *c,
		 const struct family_member *fam, int nfam, struct gp_date on)
{
	int years, months;
	memset(a, 0, sizeof *a);
	text_copy(a->child_id, sizeof a->child_id, c->id);
	a->date = on;
	date_age(c->birth_date, on, &years, &months);
	for (int i = 0; i < nfam && i < GIZ_MAX_PARENTS; i++) {
		if (i > 0 && rng_chance(r, 0.6))
			continue; /* often one parent comes */
		size_t len = strlen(a->parents);
		snprintf(a->parents + len, sizeof a->parents - len, "%s%s", len ? "," : "",
			 fam[i].parent.id);
	}
	a->young_person = years >= 12 ? GIZ_YOUNG_YES
			  : years >= 8 && rng_chance(r, 0.5) ? GIZ_YOUNG_YES : GIZ_YOUNG_UNKNOWN;
	if (!a->parents[0])
		a->young_person = GIZ_YOUNG_YES;
	text_copy(a->going_well, sizeof a->going_well, PICK(r, GOING_WELL));
	text_copy(a->worries, sizeof a->worries, PICK(r, WORRIES));
	text_copy(a->wishes, sizeof a->wishes, PICK(r, WISHES));
	text_copy(a->professional_view, sizeof a->professional_view, PICK(r, VIEWS));
	text_copy(a->strengths, sizeof a->strengths, PICK(r, STRENGTHS));
	text_copy(a->draagkracht, sizeof a->draagkracht, PICK(r, CARRY));
	text_copy(a->draaglast, sizeof a->draaglast, PICK(r, LOAD));
	if (rng_chance(r, 0.2))
		text_copy(a->professionals, sizeof a->professionals, "Wijkteam (Fatima)");
}

/* One child: a first conversation and perhaps a follow-up that shows change. */
static enum gp_status child_giz(struct db *db, const struct child *c, struct gp_date today,
				struct rng *r, const char *const *orgs, int norgs,
				struct giz_assessment *a, struct gp_err *e)
{
	struct family_member *fam = NULL;
	int nfam = 0;
	enum gp_status s = child_family(db, c->id, &fam, &nfam, e);
	if (s != GP_OK)
		return s;
	long birth = date_to_days(c->birth_date), now = date_to_days(today);
	int follow = rng_range(r, 1, 100) <= FOLLOW_UP_PERCENT;
	/* a first conversation months ago when there was a follow-up, else weeks */
	long first = now - (follow ? rng_range(r, 150, 330) : rng_range(r, 20, 70));
	if (first < birth + 60)
		first = birth + 60;
	follow = follow && now - first > 100;
	int steps[GIZ_ASPECTS], concern = rng_range(r, 0, 3), young = 0, years, months;
	date_age(c->birth_date, today, &years, &months);
	young = years >= 12;
	fill(a, r, c, fam, nfam, date_from_days(first));
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		steps[i] = 1;
		if (rng_range(r, 0, 9) < concern)
			steps[i] = rng_range(r, 2, concern >= 3 ? 4 : 3);
		set_step(a->aspects[i].score, steps[i]);
	}
	derive(a, r);
	for (int k = rng_range(r, 1, 2); k > 0; k--)
		add_agreement(a, r, a->date, orgs, norgs, young);
	long follow_on = 0;
	if (follow) {
		/* the first plan ends at the follow-up: done, or ended with a note */
		follow_on = first + rng_range(r, 70, 140);
		if (follow_on > now - 20)
			follow_on = now - 20;
		for (int k = 0; k < a->nagreements; k++) {
			struct giz_agreement *g = &a->agreements[k];
			text_copy(g->status, sizeof g->status,
				  rng_chance(r, 0.75) ? "gedaan" : "beeindigd");
			g->closed_on = date_from_days(follow_on);
			if (date_cmp(g->evaluate_on, g->closed_on) > 0)
				g->evaluate_on = g->closed_on;
			if (date_cmp(g->due_on, g->closed_on) > 0)
				g->due_on = g->closed_on;
		}
	}
	s = giz_insert_bulk(db, a, e);
	for (int k = 0; follow && s == GP_OK && k < a->nagreements; k++) {
		int done = strcmp(a->agreements[k].status, "gedaan") == 0;
		s = giz_event_bulk(db, a->agreements[k].id, c->id, a->agreements[k].status,
				   a->agreements[k].closed_on,
				   done ? "Samen besproken: gelukt."
					: "Niet meer nodig; besproken in het vervolggesprek.", e);
	}
	if (follow && s == GP_OK) {
		fill(a, r, c, fam, nfam, date_from_days(follow_on));
		for (int i = 0; i < GIZ_ASPECTS; i++) {
			if (steps[i] > 1 && rng_chance(r, 0.6))
				steps[i]--; /* mostly lighter */
			else if (rng_chance(r, 0.08))
				steps[i]++;
			set_step(a->aspects[i].score, steps[i]);
		}
		derive(a, r);
		for (int k = rng_range(r, 1, 2); k > 0; k--) {
			add_agreement(a, r, a->date, orgs, norgs, young);
			struct giz_agreement *g = &a->agreements[a->nagreements - 1];
			/* evaluation around today: some due, some coming */
			g->evaluate_on = date_from_days(now + rng_range(r, -14, 35));
			if (date_cmp(g->evaluate_on, a->date) < 0)
				g->evaluate_on = date_from_days(follow_on + 7);
			if (date_cmp(g->due_on, g->evaluate_on) > 0)
				g->due_on = g->evaluate_on;
		}
		s = giz_insert_bulk(db, a, e);
	}
	free(fam);
	return s;
}

static void read_child(sqlite3_stmt *st, void *p)
{
	struct child *c = p;
	memset(c, 0, sizeof *c);
	db_col_id(st, 0, c->id);
	db_col_date(st, 1, &c->birth_date);
}

enum gp_status demo_giz(struct db *db, struct gp_date today, unsigned long long seed,
			struct gp_err *e)
{
	/* children of 4 months to 17½ years */
	static const char sql[] = "SELECT id, birth_date FROM children WHERE status = 'actief' "
				  "AND birth_date <= ?1 AND birth_date > ?2 ORDER BY seq";
	char young[11], old[11];
	date_fmt_iso(date_add_months(today, -4), young);
	date_fmt_iso(date_add_months(today, -17 * 12 - 6), old);
	const char *params[] = {young, old, NULL};
	struct child *kids = NULL;
	struct org *orgs = NULL;
	int n = 0, norgs = 0;
	enum gp_status s = db_read_rows(db, sql, params, sizeof *kids, read_child, (void **)&kids,
					&n, e);
	if (s == GP_OK)
		s = org_list(db, NULL, &orgs, &norgs, e);
	const char **helpers = s == GP_OK ? calloc((size_t)norgs + 1, sizeof *helpers) : NULL;
	struct giz_assessment *a = malloc(sizeof *a);
	int nhelpers = 0;
	if (s == GP_OK && (!helpers || !a))
		s = gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	for (int i = 0; helpers && s == GP_OK && i < norgs; i++)
		if (strcmp(orgs[i].kind, "wijkteam") == 0 || strcmp(orgs[i].kind, "jeugdhulp") == 0 ||
		    strcmp(orgs[i].kind, "poh_ggz") == 0)
			helpers[nhelpers++] = orgs[i].id;
	for (int i = 0; s == GP_OK && i < n; i++) {
		struct rng r;
		rng_seed(&r, hash_text(kids[i].id, seed ^ 0x9E3779B97F4A7C15ULL));
		if (rng_range(&r, 1, 100) > SHARE_PERCENT)
			continue;
		s = child_giz(db, &kids[i], today, &r, helpers, nhelpers, a, e);
	}
	free(a);
	free(helpers);
	free(orgs);
	free(kids);
	return s;
}
