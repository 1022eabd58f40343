/* overview.c — see overview.h.  Every section is a function with the same
 * shape in SECTIONS[]; a new kind of record adds its
 * function and one line there. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "childdue.h"
#include "contact.h"
#include "giz.h"
#include "handover.h"
#include "i18n.h"
#include "org.h"
#include "overview.h"
#include "text.h"

/* What every section gets. */
struct ov {
	struct db *db;
	const struct overview_refs *refs;
	const struct overview_options *opt;
	const struct child *c;
	struct doc doc;
	struct account *accounts; /* to name professionals */
	int naccounts;
};

/* ---- small helpers --------------------------------------------------------------- */

/* The label of a code in a list, in the document language; "" for no code. */
static const char *label(const struct ov *o, const char *list, const char *code)
{
	if (!code || !*code)
		return "";
	return i18n_doc_label(list, refdata_label(o->refs->nl, list, code),
			      refdata_label(o->refs->en, list, code));
}

/* value / 10^decimals with the document's decimal sign ("49,8"; "49.8" in English). */
static void fixed(const struct ov *o, long long value, int decimals, char *out, size_t outsz)
{
	long long div = 1;
	for (int i = 0; i < decimals; i++)
		div *= 10;
	const char *sign = value < 0 ? "-" : "";
	long long a = value < 0 ? -value : value;
	if (decimals == 0)
		snprintf(out, outsz, "%s%lld", sign, a);
	else
		snprintf(out, outsz, "%s%lld%s%0*lld", sign, a / div,
			 strcmp(o->opt->lang, "en") == 0 ? "." : ",", decimals, a % div);
}

static void real1(const struct ov *o, double v, char *out, size_t outsz)
{
	fixed(o, llround(v * 10.0), 1, out, outsz);
	if (strcmp(out, "-0,0") == 0 || strcmp(out, "-0.0") == 0)
		memmove(out, out + 1, strlen(out));
}

static void date_text(struct gp_date d, char out[11])
{
	if (d.y == 0)
		out[0] = '\0';
	else
		date_fmt_nl(d, out);
}

/* "3 jaar en 2 maanden", "5 maanden", "12 dagen" on `on`. */
static void age_text(struct gp_date birth, struct gp_date on, char *out, size_t outsz)
{
	int y, m;
	date_age(birth, on, &y, &m);
	char years[64], months[64];
	snprintf(years, sizeof years, DN_("%d jaar", "%d jaar", (unsigned long)y), y);
	snprintf(months, sizeof months, DN_("%d maand", "%d maanden", (unsigned long)m), m);
	if (y == 0 && m == 0) {
		long days = date_to_days(on) - date_to_days(birth);
		snprintf(out, outsz, DN_("%ld dag", "%ld dagen", (unsigned long)(days < 0 ? 0 : days)),
			 days < 0 ? 0 : days);
	} else if (y == 0) {
		snprintf(out, outsz, "%s", months);
	} else if (m == 0) {
		snprintf(out, outsz, "%s", years);
	} else {
		/* TRANSLATORS: "3 jaar en 2 maanden": years, then months */
		snprintf(out, outsz, D_("%s en %s"), years, months);
	}
}

/* "1j 2m" for a table column (no room for words). */
static void age_short(struct gp_date birth, struct gp_date on, char *out, size_t outsz)
{
	int y, m;
	date_age(birth, on, &y, &m);
	if (y == 0 && m == 0)
		snprintf(out, outsz, D_("%ldd"), date_to_days(on) - date_to_days(birth));
	else if (y == 0)
		snprintf(out, outsz, D_("%dm"), m);
	else
		snprintf(out, outsz, D_("%dj %dm"), y, m);
}

static const char *yes_no(int v)
{
	return v ? D_("ja") : D_("nee");
}

static const char *account_name(const struct ov *o, const char *id)
{
	for (int i = 0; id && *id && i < o->naccounts; i++)
		if (strcmp(o->accounts[i].id, id) == 0)
			return o->accounts[i].display_name;
	return "";
}

static void org_name(const struct ov *o, const char *id, char *out, size_t outsz)
{
	struct org g;
	out[0] = '\0';
	if (id && *id && org_get(o->db, id, &g, NULL) == GP_OK)
		text_copy(out, outsz, g.name);
}

/* The moment's label in the document language. */
static const char *moment_label(const struct ov *o, const char *code)
{
	for (size_t i = 0; code && *code && i < o->refs->schedule->nmoments; i++)
		if (strcmp(o->refs->schedule->moments[i].code, code) == 0)
			return i18n_doc_label("contactmomenten", o->refs->schedule->moments[i].label,
					      NULL);
	return "";
}

/* ---- the sections ---------------------------------------------------------------------- */

static enum gp_status sec_header(struct ov *o, struct gp_err *e)
{
	(void)e;
	const struct child *c = o->c;
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 128], today[11], line[1024];
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	date_fmt_nl(o->opt->today, today);
	if (o->opt->afschrift) {
		snprintf(title, sizeof title, D_("Afschrift voor ouders: %s"), name);
		doc_title(&o->doc, title);
		snprintf(line, sizeof line,
			 D_("Dit is een afschrift (kopie) van het dossier van %s bij de "
			    "jeugdgezondheidszorg (JGZ), gemaakt op %s. Wat de jeugdverpleegkundige of "
			    "jeugdarts heeft opgeschreven, staat er zoals het is geschreven. Klopt er "
			    "iets niet, of heeft u een vraag? Neem dan contact op met uw "
			    "jeugdverpleegkundige of jeugdarts."),
			 name, today);
	} else {
		snprintf(title, sizeof title, D_("Kindoverzicht: %s"), name);
		doc_title(&o->doc, title);
		struct account a;
		const char *who = o->db->actor_name;
		if (*who && account_get(o->db, who, &a, NULL) == GP_OK)
			who = a.display_name;
		snprintf(line, sizeof line, D_("Gemaakt op %s door %s met groeipad. Vertrouwelijk: "
					       "medische gegevens van een kind."), today, who);
	}
	doc_para(&o->doc, line);
	doc_gap(&o->doc);
	return GP_OK;
}

static enum gp_status sec_child(struct ov *o, struct gp_err *e)
{
	(void)e;
	const struct child *c = o->c;
	char buf[NAME_BUF * 4 + TEXT_BUF * 2], name[NAME_BUF * 3], birth[11], age[96];
	doc_heading(&o->doc, D_("Kind"));
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	if (c->call_name[0] && strcmp(c->call_name, c->given_names) != 0)
		snprintf(buf, sizeof buf, D_("%s (roepnaam %s)"), name, c->call_name);
	else
		snprintf(buf, sizeof buf, "%s", name);
	doc_field(&o->doc, D_("Naam"), buf);
	date_text(c->birth_date, birth);
	age_text(c->birth_date, o->opt->today, age, sizeof age);
	snprintf(buf, sizeof buf, "%s (%s)", birth, age);
	doc_field(&o->doc, D_("Geboren"), buf);
	char sex[4];
	snprintf(sex, sizeof sex, "%d", c->sex);
	doc_field(&o->doc, D_("Geslacht"), label(o, "geslacht", sex));
	doc_field(&o->doc, D_("BSN"), c->bsn);
	snprintf(buf, sizeof buf, "%lld", c->client_no);
	doc_field(&o->doc, D_("Cliëntnummer"), buf);
	snprintf(buf, sizeof buf, "%s%s%s%s%s%s%s", c->street, *c->house_number ? " " : "",
		 c->house_number, (*c->street || *c->house_number) && (*c->postcode || *c->city)
		 ? ", " : "", c->postcode, *c->postcode && *c->city ? " " : "", c->city);
	doc_field(&o->doc, D_("Adres"), buf);
	doc_field(&o->doc, D_("Telefoon"), c->phone);
	org_name(o, c->gp_org_id, buf, sizeof buf);
	doc_field(&o->doc, D_("Huisarts"), buf);
	org_name(o, c->school_org_id, buf, sizeof buf);
	doc_field(&o->doc, D_("School of opvang"), buf);
	if (c->gestational_age_days) {
		snprintf(buf, sizeof buf, D_("%d weken en %d dagen"), c->gestational_age_days / 7,
			 c->gestational_age_days % 7);
		doc_field(&o->doc, D_("Zwangerschapsduur"), buf);
	}
	if (c->birth_weight_g) {
		snprintf(buf, sizeof buf, D_("%d gram"), c->birth_weight_g);
		doc_field(&o->doc, D_("Geboortegewicht"), buf);
	}
	if (c->registered_on.y) {
		date_text(c->registered_on, birth);
		doc_field(&o->doc, D_("In zorg sinds"), birth);
	}
	static const char *const statuses[][2] = {
		{"verhuisd", D_NOOP("verhuisd")}, {"overleden", D_NOOP("overleden")},
		{"gearchiveerd", D_NOOP("gearchiveerd (niet meer in zorg)")},
	};
	for (size_t i = 0; i < sizeof statuses / sizeof *statuses; i++)
		if (strcmp(c->status, statuses[i][0]) == 0)
			doc_field(&o->doc, D_("Status"), D_(statuses[i][1]));
	doc_gap(&o->doc);
	return GP_OK;
}

static enum gp_status sec_family(struct ov *o, struct gp_err *e)
{
	struct family_member *fam = NULL;
	int n = 0;
	enum gp_status s = child_family(o->db, o->c->id, &fam, &n, e);
	if (s != GP_OK)
		return s;
	doc_heading(&o->doc, D_("Ouders en verzorgers"));
	if (n == 0) {
		doc_para(&o->doc, D_("Er zijn geen ouders of verzorgers vastgelegd."));
	} else {
		struct doc_table t;
		doc_table_init(&t, 6);
		t.head[0] = D_("Relatie"), t.head[1] = D_("Naam"), t.head[2] = D_("Gezag");
		t.head[3] = D_("Woont bij kind"), t.head[4] = D_("Geboren"), t.head[5] = D_("Telefoon");
		for (int i = 0; i < n; i++) {
			const struct parent *p = &fam[i].parent;
			char name[NAME_BUF * 3], born[11];
			child_display_name(p->given_names, p->tussenvoegsel, p->family_name, name,
					   sizeof name);
			date_text(p->birth_date, born);
			const char *row[6] = {label(o, "relatie", fam[i].relation), name,
					      yes_no(fam[i].gezag), yes_no(fam[i].lives_with), born,
					      p->phone};
			doc_table_row(&t, row);
		}
		doc_table_write(&o->doc, &t);
	}
	free(fam);
	doc_gap(&o->doc);
	return GP_OK;
}

/* The words for the state of a due-list entry on the document's date. */
static void due_words(const struct ov *o, const struct sched_due *d, char *out, size_t outsz)
{
	char a[11], b[11];
	(void)o;
	switch (d->state) {
	case SCHED_OVERDUE:
		date_text(d->latest, a);
		snprintf(out, outsz, D_("te laat: had uiterlijk %s gemoeten"), a);
		break;
	case SCHED_DUE:
		date_text(d->latest, a);
		snprintf(out, outsz, D_("nu aan de beurt, uiterlijk %s"), a);
		break;
	case SCHED_NOT_YET:
		date_text(d->earliest, a);
		date_text(d->latest, b);
		snprintf(out, outsz, D_("vanaf %s (uiterlijk %s)"), a, b);
		break;
	case SCHED_REFUSED:
		snprintf(out, outsz, "%s", D_("niet gegeven: bezwaar van ouders"));
		break;
	default:
		out[0] = '\0';
	}
}

static void due_what(const struct ov *o, const struct sched_due *d, char *out, size_t outsz)
{
	if (d->kind == SCHED_MOMENT)
		snprintf(out, outsz, "%s", i18n_doc_label("contactmomenten", d->moment->label, NULL));
	else
		snprintf(out, outsz, D_("Vaccinatie %s, dosis %d"), d->dose->vaccine, d->dose->dose);
	(void)o;
}

/* Orders entries of one due list (by their index; items is the list) by
 * target date, moments before doses. */
static int by_target(const void *pa, const void *pb, void *items)
{
	const struct sched_due *list = items;
	const struct sched_due *a = &list[*(const size_t *)pa];
	const struct sched_due *b = &list[*(const size_t *)pb];
	int c = date_cmp(a->target, b->target);
	return c ? c : (a->kind != b->kind ? (a->kind == SCHED_MOMENT ? -1 : 1) : 0);
}

static enum gp_status sec_todo(struct ov *o, struct gp_err *e)
{
	if (strcmp(o->c->status, "actief") != 0)
		return GP_OK;
	struct sched_due_list list;
	enum gp_status s = child_due_list(o->db, o->refs->schedule, o->c, o->opt->today, &list, e);
	if (s != GP_OK)
		return s;
	/* indices into list.items: what is open, then the next three to come */
	size_t *pick = calloc(list.n ? list.n : 1, sizeof(size_t));
	size_t *later = calloc(list.n ? list.n : 1, sizeof(size_t));
	if (!pick || !later) {
		free(pick);
		free(later);
		schedule_due_free(&list);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	size_t n = 0, nlater = 0;
	for (size_t i = 0; i < list.n; i++) {
		enum sched_state st = list.items[i].state;
		if (st == SCHED_OVERDUE || st == SCHED_DUE || st == SCHED_REFUSED)
			pick[n++] = i;
		else if (st == SCHED_NOT_YET)
			later[nlater++] = i;
	}
	qsort_r(later, nlater, sizeof(size_t), by_target, list.items);
	for (size_t i = 0; i < nlater && i < 3; i++)
		pick[n++] = later[i];
	free(later);
	doc_heading(&o->doc, D_("Nog te doen"));
	if (n == 0) {
		doc_para(&o->doc, D_("Er staan geen contactmomenten of vaccinaties open."));
	} else {
		struct doc_table t;
		doc_table_init(&t, 2);
		t.head[0] = D_("Wat"), t.head[1] = D_("Wanneer");
		for (size_t i = 0; i < n; i++) {
			char what[256], when[256];
			due_what(o, &list.items[pick[i]], what, sizeof what);
			due_words(o, &list.items[pick[i]], when, sizeof when);
			const char *row[2] = {what, when};
			doc_table_row(&t, row);
		}
		doc_table_write(&o->doc, &t);
	}
	free(pick);
	schedule_due_free(&list);
	doc_gap(&o->doc);
	return GP_OK;
}

/* The latest GIZ conversation (its conclusion, BDS 1641, and the conclusion
 * in words as written) and every agreement of a GIZ plan still open.  The
 * parent's copy uses the plain words of the parent view (gizconclusie.ouder,
 * gizwie.ouder), the colleague's copy the short label of who.  Left out when
 * the child has had no GIZ conversation. */
static enum gp_status sec_giz(struct ov *o, struct gp_err *e)
{
	struct giz_latest *g = malloc(sizeof *g);
	if (!g)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	enum gp_status s = giz_latest(o->db, o->c->id, g, e);
	if (s != GP_OK || !g->found) {
		free(g);
		return s;
	}
	const char *concl = o->opt->afschrift ? "gizconclusie.ouder" : "gizconclusie";
	const char *who = o->opt->afschrift ? "gizwie.ouder" : "gizwie.kort";
	char date[11];
	doc_heading(&o->doc, D_("GIZ: samen inschatten wat nodig is"));
	date_text(g->date, date);
	doc_field(&o->doc, D_("Laatste gesprek"), date);
	doc_field(&o->doc, D_("Conclusie"), label(o, concl, g->conclusion));
	doc_note(&o->doc, D_("Toelichting"), g->conclusion_text);
	doc_gap(&o->doc);
	if (g->nopen == 0) {
		doc_para(&o->doc, D_("Er staan geen GIZ-afspraken open."));
	} else {
		doc_subheading(&o->doc, D_("Afspraken die nog lopen"));
		struct doc_table t;
		doc_table_init(&t, 4);
		t.head[0] = D_("Wat"), t.head[1] = D_("Wie"), t.head[2] = D_("Wanneer");
		t.head[3] = D_("Evaluatie");
		for (int i = 0; i < g->nopen; i++) {
			const struct giz_agreement_row *r = &g->open[i];
			char by[TEXT_BUF * 3], due[11], eval[11];
			if (r->org_name[0]) /* the organisation says who */
				snprintf(by, sizeof by, "%s", r->org_name);
			else
				snprintf(by, sizeof by, "%s%s%s%s", label(o, who, r->a.who_kind),
					 r->a.who_name[0] ? " (" : "", r->a.who_name,
					 r->a.who_name[0] ? ")" : "");
			date_text(r->a.due_on, due);
			date_text(r->a.evaluate_on, eval);
			const char *row[4] = {r->a.what, by, due, eval};
			doc_table_row(&t, row);
		}
		doc_table_write(&o->doc, &t);
		if (g->more) {
			char more[128];
			snprintf(more, sizeof more, DN_("En nog %d afspraak.", "En nog %d afspraken.",
							(unsigned long)g->more), g->more);
			doc_para(&o->doc, more);
		}
	}
	doc_gap(&o->doc);
	free(g);
	return GP_OK;
}

/* The child's warm handovers, newest first: number, receiver, destination,
 * state (teruggekoppeld: feedback came) and the day it was sent.  The parent's copy
 * leaves out reports to Veilig Thuis (whether parents see those is the
 * professional's decision under the meldcode, not the program's).  Left
 * out when there are none. */
static enum gp_status sec_handovers(struct ov *o, struct gp_err *e)
{
	struct handover_refs refs = {NULL, o->refs->nl}; /* no rules: nothing is late */
	struct handover_line *h = NULL;
	int n = 0;
	enum gp_status s = handover_list_child(o->db, &refs, o->c->id, o->opt->today, &h, &n, e);
	if (s != GP_OK)
		return s;
	struct doc_table t;
	doc_table_init(&t, 5);
	t.head[0] = D_("Nr"), t.head[1] = D_("Aan"), t.head[2] = D_("Bestemming");
	t.head[3] = D_("Stand"), t.head[4] = D_("Verzonden");
	t.right[0] = 1;
	for (int i = 0; i < n; i++) {
		if (o->opt->afschrift && strcmp(h[i].destination, "veilig_thuis") == 0)
			continue;
		char no[24], sent[11];
		snprintf(no, sizeof no, "%lld", h[i].no);
		date_text(h[i].sent_on, sent);
		const char *row[5] = {no, h[i].org_name, label(o, "overdrachtbestemming",
							      h[i].destination),
				      label(o, "overdrachtstatus", h[i].state), sent};
		doc_table_row(&t, row);
	}
	if (t.nrows > 0) {
		doc_heading(&o->doc, D_("Overdrachten"));
		doc_table_write(&o->doc, &t);
		doc_gap(&o->doc);
	} /* else no row was added: nothing was allocated */
	free(h);
	return GP_OK;
}

/* "49,8 (-0,4)": a value and its z-score, or just the value. */
static void with_z(const struct ov *o, long long value, int decimals,
		   const struct growth_z *z, char *out, size_t outsz)
{
	char v[32];
	out[0] = '\0';
	if (value <= 0)
		return;
	fixed(o, value, decimals, v, sizeof v);
	if (z && z->status == GROWTH_Z_OK) {
		char zs[32];
		real1(o, z->z, zs, sizeof zs);
		snprintf(out, outsz, "%s (%s)", v, zs);
	} else {
		snprintf(out, outsz, "%s", v);
	}
}

static enum gp_status sec_growth(struct ov *o, struct gp_err *e)
{
	struct measurement *m = NULL;
	int n = 0;
	enum gp_status s = measurement_list(o->db, o->c->id, &m, &n, e);
	if (s != GP_OK)
		return s;
	doc_heading(&o->doc, D_("Groei"));
	if (n == 0) {
		doc_para(&o->doc, D_("Er zijn nog geen metingen."));
		doc_gap(&o->doc);
		free(m);
		return GP_OK;
	}
	struct measurement_growth *g = calloc((size_t)n, sizeof *g);
	if (!g) {
		free(m);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	measurement_growth_list(o->refs->growth, o->c->sex, o->c->birth_date, m, n, g);
	doc_para(&o->doc, D_("Tussen haakjes de z-score: hoeveel de maat afwijkt van het "
			     "gemiddelde van kinderen van dezelfde leeftijd en hetzelfde geslacht "
			     "(groeicurven van de WHO). Tussen -2 en +2 is gebruikelijk. Een ! "
			     "betekent dat de meting is gecontroleerd omdat ze opviel."));
	doc_gap(&o->doc);
	struct doc_table t;
	doc_table_init(&t, 6);
	t.head[0] = D_("Datum"), t.head[1] = D_("Leeftijd"), t.head[2] = D_("Lengte cm");
	t.head[3] = D_("Gewicht kg"), t.head[4] = D_("Hoofd cm"), t.head[5] = D_("BMI");
	t.right[2] = t.right[3] = t.right[4] = t.right[5] = 1;
	for (int i = 0; i < n; i++) {
		char date[16], age[32], len[48], wt[48], head[48], bmi[48];
		date_text(m[i].measured_on, date);
		if (m[i].flags)
			snprintf(date + strlen(date), sizeof date - strlen(date), " !");
		age_short(o->c->birth_date, m[i].measured_on, age, sizeof age);
		with_z(o, m[i].length_mm, 1, &g[i].z[GROWTH_LFA], len, sizeof len);
		with_z(o, m[i].weight_g, 3, &g[i].z[GROWTH_WFA], wt, sizeof wt);
		with_z(o, m[i].head_mm, 1, &g[i].z[GROWTH_HCFA], head, sizeof head);
		with_z(o, g[i].bmi > 0 ? llround(g[i].bmi * 10.0) : 0, 1, &g[i].z[GROWTH_BFA], bmi,
		       sizeof bmi);
		const char *row[6] = {date, age, len, wt, head, bmi};
		doc_table_row(&t, row);
	}
	doc_table_write(&o->doc, &t);
	doc_gap(&o->doc);
	free(g);
	free(m);
	return GP_OK;
}

static enum gp_status sec_vaccinations(struct ov *o, struct gp_err *e)
{
	struct vaccination *v = NULL;
	int n = 0;
	enum gp_status s = vaccination_list(o->db, o->c->id, &v, &n, e);
	if (s != GP_OK)
		return s;
	doc_heading(&o->doc, D_("Vaccinaties"));
	if (n == 0) {
		doc_para(&o->doc, D_("Er zijn nog geen vaccinaties vastgelegd."));
	} else {
		struct doc_table t;
		doc_table_init(&t, 5);
		t.head[0] = D_("Datum"), t.head[1] = D_("Vaccin"), t.head[2] = D_("Dosis");
		t.head[3] = D_("Gegeven"), t.head[4] = D_("Partij");
		t.right[2] = 1;
		for (int i = 0; i < n; i++) {
			char date[11], dose[16], given[256];
			date_text(v[i].date, date);
			snprintf(dose, sizeof dose, v[i].dose_no ? "%d" : "", v[i].dose_no);
			if (v[i].given)
				snprintf(given, sizeof given, "%s", D_("ja"));
			else
				snprintf(given, sizeof given, D_("nee: %s"),
					 label(o, "reden_niet_gevaccineerd", v[i].reason_not_given));
			const char *row[5] = {date, v[i].vaccine, dose, given, v[i].batch};
			doc_table_row(&t, row);
		}
		doc_table_write(&o->doc, &t);
	}
	free(v);
	doc_gap(&o->doc);
	return GP_OK;
}

static void contact_block(struct ov *o, const struct contact_record *r)
{
	const struct contact *k = &r->contact;
	char date[11], head[1024];
	date_text(k->date, date);
	const char *what = moment_label(o, k->schedule_moment);
	if (!*what)
		what = label(o, "contactsoort", k->kind);
	const char *parts[4] = {what, label(o, "contactstatus", k->status),
				label(o, "contactvorm", k->form),
				account_name(o, k->professional_id)};
	snprintf(head, sizeof head, "%s", date);
	for (int i = 0; i < 4; i++)
		if (*parts[i])
			snprintf(head + strlen(head), sizeof head - strlen(head), "%s%s",
				 i == 0 ? "  " : " · ", parts[i]);
	doc_subheading(&o->doc, head);
	doc_note(&o->doc, D_("Locatie"), k->location);
	doc_note(&o->doc, D_("Aanwezig"), k->present);
	for (int i = 0; i < r->nobservations; i++)
		doc_note(&o->doc, label(o, "observatiedomein", r->observations[i].domain),
			 r->observations[i].text);
	doc_note(&o->doc, D_("Conclusie"), k->conclusion);
	doc_note(&o->doc, D_("Afspraken"), k->agreements);
	if (k->next_step[0]) {
		char step[512], next[11];
		date_text(k->next_contact_on, next);
		if (next[0])
			snprintf(step, sizeof step, D_("%s, op %s"), label(o, "vervolgstap", k->next_step),
				 next);
		else
			snprintf(step, sizeof step, "%s", label(o, "vervolgstap", k->next_step));
		doc_note(&o->doc, D_("Vervolg"), step);
	}
}

static enum gp_status sec_contacts(struct ov *o, struct gp_err *e)
{
	struct contact *list = NULL;
	int n = 0;
	enum gp_status s = contact_list(o->db, o->c->id, &list, &n, e);
	if (s != GP_OK)
		return s;
	doc_heading(&o->doc, D_("Contactmomenten"));
	if (n == 0) {
		doc_para(&o->doc, D_("Er zijn nog geen contactmomenten vastgelegd."));
		free(list);
		return GP_OK;
	}
	struct contact_record *rec = malloc(sizeof *rec);
	if (!rec) {
		free(list);
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	}
	for (int i = 0; s == GP_OK && i < n; i++) { /* the list is newest first */
		s = contact_get(o->db, list[i].id, rec, e);
		if (s == GP_OK) {
			contact_block(o, rec);
			doc_gap(&o->doc);
		}
	}
	free(rec);
	free(list);
	return s;
}

/* The sections in order.  A new record type writes one function of this
 * shape and adds it here. */
static enum gp_status (*const SECTIONS[])(struct ov *, struct gp_err *) = {
	sec_header, sec_child, sec_family, sec_todo, sec_giz, sec_handovers, sec_growth,
	sec_vaccinations, sec_contacts,
};

enum gp_status overview_write(struct db *db, const struct overview_refs *refs,
			      const struct child *c, const struct overview_options *opt,
			      struct textout *out, struct gp_err *e)
{
	struct ov o = {db, refs, opt, c, {0}, NULL, 0};
	doc_init(&o.doc, out, opt->fmt);
	enum gp_status s = account_list(db, &o.accounts, &o.naccounts, e);
	if (s != GP_OK)
		return s;
	if (i18n_doc_begin(opt->lang) != 0) {
		free(o.accounts);
		return gp_fail(e, GP_EINPUT, _("Een overzicht kan in het Nederlands, Engels, Turks, "
					       "Arabisch of Pools; niet in '%s'."), opt->lang);
	}
	for (size_t i = 0; s == GP_OK && i < sizeof SECTIONS / sizeof *SECTIONS; i++)
		s = SECTIONS[i](&o, e);
	i18n_doc_end();
	free(o.accounts);
	if (s == GP_OK && (out->failed || ferror(out->f)))
		s = gp_fail(e, GP_EIO, _("Het overzicht kon niet helemaal worden geschreven."));
	return s;
}

enum gp_status overview_parent_lang(struct db *db, const struct refdata *nl,
				    const struct child *c, char lang[8], char *note,
				    size_t notesz, struct gp_err *e)
{
	struct family_member *fam = NULL;
	int n = 0;
	snprintf(lang, 8, "nl");
	if (note && notesz)
		note[0] = '\0';
	enum gp_status s = child_family(db, c->id, &fam, &n, e);
	if (s != GP_OK)
		return s;
	/* parents with gezag first, then the others; in family order */
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < n; i++) {
			const char *l = fam[i].parent.language;
			if ((pass == 0) != (fam[i].gezag != 0) || !*l)
				continue;
			if (i18n_doc_known(l)) {
				snprintf(lang, 8, "%.7s", l);
				free(fam);
				if (note && notesz)
					note[0] = '\0';
				return GP_OK;
			}
			if (note && notesz && !note[0])
				snprintf(note, notesz, _("Er is geen vertaling in het %s; het afschrift "
							 "is in het Nederlands."),
					 refdata_label(nl, "taal", l));
		}
	}
	free(fam);
	return GP_OK;
}
