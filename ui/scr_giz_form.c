/* scr_giz_form.c — the GIZ form (docs/product.md §5, DOMAIN §4): one table
 * bound to struct giz_assessment — who took part, the triangle, the ten GOM
 * aspects on the scale (a digit picks the step) with a short note, the
 * parent's own words next to the professional's view, strengths,
 * draagkracht and draaglast, the conclusion and the plan (a repeating group
 * of agreements) — saved through giz_save_new / giz_update.  Labels of the
 * BDS elements and every code come from data/giz/giz.tsv.  After a save
 * the matrix opens, beside the previous assessment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formscreen.h"
#include "giz.h"
#include "screens.h"
#include "text.h"

/* An agreement: what, who (an organisation when who says so) and when. */
static int agreement_complete(const char *const v[], int loaded, int *at, const char **why)
{
	const char *what = v[0], *who = v[1], *org = v[2], *due = v[3];
	int i = !what[0] ? 0 : !who[0] ? 1 : strcmp(who, "organisatie") == 0 && !org[0] ? 2
		: !due[0] ? 3 : -1;
	static const char *const whys[] = {
		N_("Schrijf op wat er is afgesproken."), N_("Kies wie het doet."),
		N_("Kies de organisatie uit de sociale kaart."),
		N_("Vul in wanneer, bijvoorbeeld +4w of een datum."),
	};
	if (i < 0 || (i == 0 && !loaded && !who[0] && !due[0]))
		return 0; /* complete, or an empty spare row */
	*at = i;
	*why = i == 0 && loaded ? _("Een vastgelegde afspraak blijft bewaard; rond haar af "
				    "met F4 in het dossier (GIZ) of op Vandaag.")
				: _(whys[i]);
	return -1;
}

static const struct form_rule agreement_rule = {
	"agreement_complete", {"what", "who_kind", "org_id", "due_on"}, agreement_complete,
};

static const struct form_group_def agreements =
	FORM_GROUP(struct giz_assessment, agreements, nagreements, N_("Afspraak %d"));

enum {
	F_DATE, F_PARENTS, F_YOUNG, F_PROS, F_TRIANGLE, F_SIDES,
	F_SCORE, F_NOTES_END = F_SCORE + 2 * GIZ_ASPECTS - 1,
	F_GOING_WELL, F_WORRIES, F_WISHES, F_VIEW, F_STRENGTHS, F_KRACHT, F_LAST,
	F_CONCLUSION, F_CONCLUSION_TEXT, F_WHAT, F_WHO, F_ORG, F_WHO_NAME, F_DUE, F_EVAL, NFIELDS
};

#define A(m) FORM_TEXT(struct giz_assessment, m)
#define G(m) FORM_TEXT(struct giz_agreement, m), .group = &agreements
#define WORDS(m) A(m), .type = FT_NOTE, .rows = 2, .max_chars = GIZ_WORDS_CHARS
#define SCALE_HELP N_("Cijfer 1-5 kiest de stap; pijl omlaag: ruimte voor een toelichting.")
#define ASPECT(i, sec)                                                                    \
	[F_SCORE + 2 * (i)] = {A(aspects[i].score), .label = N_("GOM-aspect"),             \
			       .type = FT_SCALE, .list = "gizschaal",                      \
			       .bds = GIZ_FIRST_ASPECT + (i), .label_list = "gizelement.kort", \
			       .section = (sec), .help = SCALE_HELP},                      \
	[F_SCORE + 2 * (i) + 1] = {A(aspects[i].note), .label = N_("toelichting"),         \
				   .type = FT_TEXT, .max_chars = GIZ_NOTE_CHARS, .skip_tab = 1, \
				   .help = N_("Een paar woorden; Tab gaat naar het volgende " \
					      "aspect.")}

static const struct form_field_def giz_fields[NFIELDS] = {
	[F_DATE] = {FORM_DATE(struct giz_assessment, date), .label = N_("Datum"), .type = FT_DATE,
		    .required = 1, .section = N_("Gesprek"),
		    .help = N_("De dag van het gesprek; t is vandaag.")},
	[F_PARENTS] = {A(parents), .label = N_("Ouder(s)"), .type = FT_MULTI, .list = "@ouders",
		       .help = N_("Wie meededen: Spatie opent de lijst, Spatie vinkt aan, Enter "
				  "sluit.")},
	[F_YOUNG] = {FORM_ANSWER(struct giz_assessment, young_person),
		     .label = N_("Jongere zelf"), .type = FT_YESNO,
		     .help = N_("Deed het kind zelf mee? j of n. Vanaf 12 jaar is de jongere "
				"zelf partij.")},
	[F_PROS] = {A(professionals), .label = N_("Andere professionals"), .type = FT_TEXT,
		    .validate = fv_text, .skip_tab = 1,
		    .help = N_("Wie er verder bij was, bijvoorbeeld: wijkteam (Fatima).")},
	[F_TRIANGLE] = {A(triangle), .label = N_("Driehoek"), .type = FT_CHOICE,
			.list = "gizdriehoek", .bds = 1629, .label_list = "gizelement.kort",
			.section = N_("Driehoek"),
			.help = N_("Ontwikkeling, opvoeding en omgeving samen bekeken.")},
	[F_SIDES] = {A(sides), .label = N_("Zijden"), .type = FT_MULTI, .list = "gizzijde",
		     .bds = 1630, .label_list = "gizelement.kort",
		     .help = N_("Alleen bij bijzonderheden: welke zijde(n). Spatie vinkt aan.")},
	ASPECT(0, N_("GOM: ontwikkeling")), ASPECT(1, NULL), ASPECT(2, NULL), ASPECT(3, NULL),
	ASPECT(4, N_("GOM: opvoeding")), ASPECT(5, NULL), ASPECT(6, NULL), ASPECT(7, NULL),
	ASPECT(8, N_("GOM: omgeving")), ASPECT(9, NULL),
	[F_GOING_WELL] = {WORDS(going_well), .label = N_("Wat goed gaat (ouder)"),
			  .section = N_("In eigen woorden"),
			  .help = N_("In de woorden van de ouder of jongere.")},
	[F_WORRIES] = {WORDS(worries), .label = N_("Zorgen (ouder)")},
	[F_WISHES] = {WORDS(wishes), .label = N_("Wensen (ouder)")},
	[F_VIEW] = {WORDS(professional_view), .label = N_("Wat ik zie (JGZ)"),
		    .help = N_("Uw eigen blik, naast die van de ouder.")},
	[F_STRENGTHS] = {WORDS(strengths), .label = N_("Krachten"),
			 .help = N_("Krachten en beschermende factoren.")},
	[F_KRACHT] = {A(draagkracht), .label = N_("Draagkracht"), .type = FT_TEXT,
		      .validate = fv_text},
	[F_LAST] = {A(draaglast), .label = N_("Draaglast"), .type = FT_TEXT, .validate = fv_text},
	[F_CONCLUSION] = {A(conclusion), .label = N_("Conclusie"), .type = FT_CHOICE,
			  .list = "gizconclusie", .bds = 1641, .label_list = "gizelement.kort",
			  .section = N_("Conclusie"),
			  .help = N_("Wat u samen met de ouder concludeert.")},
	[F_CONCLUSION_TEXT] = {WORDS(conclusion_text), .label = N_("Toelichting"), .bds = 482},
	[F_WHAT] = {G(what), .label = N_("Afspraak"), .type = FT_TEXT, .validate = fv_text,
		    .rule = &agreement_rule, .section = N_("Plan"),
		    .help = N_("Wat er gebeurt, in gewone woorden.")},
	[F_WHO] = {G(who_kind), .label = N_("Wie"), .type = FT_CHOICE, .list = "gizwie",
		   .help = N_("Ouder, jongere, JGZ, netwerk of een organisatie.")},
	[F_ORG] = {G(org_id), .label = N_("Organisatie"), .type = FT_CHOICE,
		   .list = "@organisatie", .ask_if = "who_kind=organisatie",
		   .help = N_("Uit de sociale kaart (Spatie of een letter).")},
	[F_WHO_NAME] = {G(who_name), .label = N_("Wie precies"), .type = FT_TEXT,
			.validate = fv_text, .skip_tab = 1,
			.help = N_("Bijvoorbeeld: oma, of de naam van de contactpersoon.")},
	[F_DUE] = {FORM_DATE(struct giz_agreement, due_on), .group = &agreements,
		   .label = N_("Wanneer"), .type = FT_DATE,
		   .help = N_("Wanneer het gebeurt: +4w is over vier weken.")},
	[F_EVAL] = {FORM_DATE(struct giz_agreement, evaluate_on), .group = &agreements,
		    .label = N_("Evaluatie"), .type = FT_DATE,
		    .help = N_("Dan komt de afspraak op Vandaag; leeg: op de dag van Wanneer.")},
};

static const struct form_def giz_def = {
	"giz", giz_fields, NFIELDS, sizeof(struct giz_assessment),
};

static void prepare(struct app *app, struct formscreen *fs)
{
	char today[11];
	date_fmt_nl(app->today, today);
	form_prefill(&fs->form, F_DATE, 0, today); /* Tab passes over it */
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct giz_assessment *a = rec;
	text_copy(a->child_id, sizeof a->child_id, fs->child->id);
	return fs->is_new ? giz_save_new(app->db, app->ref, a, e)
			  : giz_update(app->db, app->ref, a, e);
}

/* The matrix of what was saved, beside the previous assessment. */
static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	const struct giz_assessment *a = rec;
	(void)was_new;
	giz_view_open(app, ctx, a->id);
}

const struct formscreen_kind giz_form_kind = {
	.ops = FORMSCREEN_OPS("giz", N_(
		"Een GIZ-gesprek, samen met de ouder of jongere. Bovenaan wie er meededen, dan "
		"de driehoek en de tien aspecten van de GOM: een cijfer 1 tot en met 5 kiest de "
		"stap, pijl omlaag geeft ruimte voor een toelichting, Tab gaat naar het "
		"volgende aspect. Daarna de eigen woorden van de ouder naast uw blik, de "
		"conclusie en het plan: per afspraak wat, wie, wanneer en de evaluatiedatum; "
		"op die datum staat de afspraak op Vandaag. PgDn springt naar het volgende "
		"deel. F2 slaat op en toont de matrix naast het vorige gesprek.")),
	.def = &giz_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
};

void giz_form_open(struct app *app, const struct child *c, const char *assessment_id)
{
	struct gp_err e = {0};
	struct child *ch = malloc(sizeof *ch);
	struct giz_assessment *a = calloc(1, sizeof *a);
	if (ch && a && (!assessment_id || giz_get(app->db, assessment_id, a, &e) == GP_OK)) {
		char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
		*ch = *c; /* the form's context: freed with it */
		child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name,
				   sizeof name);
		snprintf(title, sizeof title, assessment_id ? _("Wijzig GIZ-gesprek %s")
							    : _("GIZ-gesprek %s"), name);
		formscreen_open(app, &giz_form_kind, a, assessment_id == NULL, ch, ch, title);
	} else {
		app_message(app, 1, "%s", e.msg[0] ? e.msg : _("Geen geheugen meer vrij."));
		free(ch);
	}
	free(a);
}
