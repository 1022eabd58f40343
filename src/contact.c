/* contact.c — see contact.h.  Checks, the growth check against the earlier
 * measurements, and the storage of a contact moment: one transaction per
 * save with its audit entry; named statements prepared once. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "account.h"
#include "audit.h"
#include "contact.h"
#include "i18n.h"
#include "store.h"
#include "text.h"
#include "perm.h"

/* ---- small helpers ------------------------------------------------------ */

/* Refuses member `key` of the record (row `row` of a repeating part),
 * labelled `label` for the user. */
static enum gp_status field_fail_row(struct gp_err *e, const char *key, int row,
				     const char *label, const char *why)
{
	return gp_fail_at(e, GP_EINPUT, key, row, "%s: %s", label, why);
}

static enum gp_status field_fail(struct gp_err *e, const char *key, const char *label,
				 const char *why)
{
	return field_fail_row(e, key, 0, label, why);
}

int contact_realised(const char *status)
{
	return strcmp(status, "01") == 0;
}

/* A BDS code: two digits. */
static int two_digits(const char *s)
{
	return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] == '\0';
}

/* Is `code` in the data/codes list `list`?  Without code lists only the
 * form is checked (non-empty, no control characters). */
static int in_list(const struct contact_refs *refs, const char *list, const char *code)
{
	const char *why;
	if (!code[0] || valid_text(code, CODE_BUF - 1, 1, &why) != 0)
		return 0;
	const struct codelist *l = refs && refs->codes ? refdata_list(refs->codes, list) : NULL;
	if (!l)
		return 1;
	for (int i = 0; i < l->n; i++)
		if (strcmp(l->items[i].code, code) == 0)
			return 1;
	return 0;
}

/* A value that schema 001 also fixes with a CHECK: checked in code as well,
 * so a changed code file cannot make a save fail in SQLite. */
static int one_of(const char *s, const char *const *allowed)
{
	for (; *allowed; allowed++)
		if (strcmp(s, *allowed) == 0)
			return 1;
	return 0;
}

/* Words the file stores as numbers (schema 018): a word's number is its
 * place in its list, from 1.  The measuring methods' numbers are their BDS
 * codes (236, 246; data/codes/lengtemethode.tsv, gewichtmethode.tsv), the
 * next step's are ours: a list may grow at its end, its order never
 * changes. */
static const char *const LENGTH_METHODS[] = {"liggend", "staand", NULL};
static const char *const WEIGHT_METHODS[] = {"met_kleding", "zonder_kleding", NULL};
static const char *const NEXT_STEPS[] = {"volgend_contact", "extra_contact", "overdracht",
					 "geen", NULL};
static const char *const REASONS[] = {"bezwaar", "contra_indicatie", "elders_gegeven",
				      "uitgesteld", "anders", NULL};

static const struct {
	const char *table, *column;
	const char *const *words;
} STORED_AS_NUMBER[] = {
	{"measurements", "length_method", LENGTH_METHODS},
	{"measurements", "weight_method", WEIGHT_METHODS},
	{"contacts", "next_step", NEXT_STEPS},
};

/* A word's number in its list; 0 for "" or a word not in it. */
static int word_number(const char *const *words, const char *word)
{
	for (int i = 0; words[i]; i++)
		if (strcmp(words[i], word) == 0)
			return i + 1;
	return 0;
}

/* The word for number n of the list; NULL when there is none. */
static const char *number_word(const char *const *words, long long n)
{
	for (long long i = 1; *words; i++, words++)
		if (i == n)
			return *words;
	return NULL;
}

const char *contact_stored_word(const char *table, const char *column, long long n)
{
	for (size_t i = 0; i < sizeof STORED_AS_NUMBER / sizeof *STORED_AS_NUMBER; i++)
		if (strcmp(STORED_AS_NUMBER[i].table, table) == 0 &&
		    strcmp(STORED_AS_NUMBER[i].column, column) == 0)
			return number_word(STORED_AS_NUMBER[i].words, n);
	return NULL;
}

/* Binds a word of the list as its number; NULL for "". */
static void bind_word(sqlite3_stmt *st, int i, const char *const *words, const char *word)
{
	int n = word_number(words, word);
	if (n)
		sqlite3_bind_int(st, i, n);
	else
		sqlite3_bind_null(st, i);
}

/* Reads a number stored for a word of the list back as the word ("" for NULL). */
static void col_word(sqlite3_stmt *st, int i, const char *const *words, char *out,
		     size_t outsz)
{
	const char *w = number_word(words, sqlite3_column_int64(st, i));
	text_copy(out, outsz, w ? w : "");
}

static const struct sched_moment *find_moment(const struct schedule *s, const char *code)
{
	for (size_t i = 0; s && i < s->nmoments; i++)
		if (strcmp(s->moments[i].code, code) == 0)
			return &s->moments[i];
	return NULL;
}

static int known_vaccine(const struct schedule *s, const char *code)
{
	for (size_t i = 0; i < s->ndoses; i++)
		if (strcmp(s->doses[i].vaccine, code) == 0)
			return 1;
	return 0;
}

/* "HH:MM" with a real clock time. */
static int valid_time(const char *t)
{
	if (strlen(t) != 5 || t[2] != ':')
		return 0;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (t[i] < '0' || t[i] > '9'))
			return 0;
	return (t[0] - '0') * 10 + (t[1] - '0') < 24 && t[3] < '6';
}

/* Numbers for the user, independent of the locale: "4,25", "-0,20". */
static void fmt_fixed(int value, int decimals, char *out, size_t outsz)
{
	int div = decimals == 3 ? 1000 : decimals == 2 ? 100 : 10;
	unsigned a = value < 0 ? 0u - (unsigned)value : (unsigned)value;
	snprintf(out, outsz, "%s%u,%0*u", value < 0 ? "-" : "", a / (unsigned)div, decimals,
		 a % (unsigned)div);
}

static void fmt_kg(int grams, char *out, size_t outsz)
{
	fmt_fixed(grams, 3, out, outsz);
	size_t n = strlen(out);
	while (n > 0 && out[n - 1] == '0' && out[n - 2] != ',')
		out[--n] = '\0';
}

static void fmt_z(double z, char *out, size_t outsz)
{
	fmt_fixed((int)lround(z * 100), 2, out, outsz);
}

/* ---- growth --------------------------------------------------------------- */

static struct growth_meas to_growth(const struct measurement *m, int sex, struct gp_date birth)
{
	struct growth_meas g = {0};
	g.sex = sex;
	g.age_days = (int)(date_to_days(m->measured_on) - date_to_days(birth));
	g.weight_kg = m->weight_g / 1000.0;
	g.length_cm = m->length_mm / 10.0;
	g.head_cm = m->head_mm / 10.0;
	g.position = strcmp(m->length_method, "liggend") == 0  ? GROWTH_LYING
		     : strcmp(m->length_method, "staand") == 0 ? GROWTH_STANDING
							       : GROWTH_POS_UNKNOWN;
	return g;
}

void measurement_track_init(struct measurement_track *t, const struct growth_ref *ref, int sex,
			    struct gp_date birth)
{
	memset(t, 0, sizeof *t);
	t->ref = ref;
	t->sex = sex;
	t->birth = birth;
}

void measurement_track_add(struct measurement_track *t, const struct measurement *m,
			   struct measurement_growth *out)
{
	memset(out, 0, sizeof *out);
	out->meas = to_growth(m, t->sex, t->birth);
	out->age_days = out->meas.age_days;
	out->no_sex = t->sex != GROWTH_BOY && t->sex != GROWTH_GIRL;
	out->bmi = growth_bmi(&out->meas);
	if (!out->no_sex && out->age_days >= 0) {
		static const enum growth_indicator by_age[] = {GROWTH_WFA, GROWTH_LFA,
							       GROWTH_HCFA, GROWTH_BFA};
		for (size_t i = 0; i < sizeof by_age / sizeof *by_age; i++)
			out->z[by_age[i]] = growth_zscore(t->ref, by_age[i], &out->meas);
		enum growth_indicator wflh = growth_wflh(out->age_days);
		out->z[wflh] = growth_zscore(t->ref, wflh, &out->meas);
	}
	memcpy(out->prev_z, t->last, sizeof out->prev_z);
	int first = 1;
	for (int i = 0; i < GROWTH_NIND; i++)
		first &= t->last[i].status != GROWTH_Z_OK;
	out->check = growth_check(growth_limits(t->ref), out->z, first ? NULL : t->last,
				  &out->meas, t->have_len ? &t->last_len : NULL,
				  t->have_wt ? &t->last_wt : NULL);
	out->flags = (out->check.extreme ? MEAS_FLAG_EXTREME : 0u) |
		     (out->check.jump ? MEAS_FLAG_JUMP : 0u) |
		     (out->check.shrunk ? MEAS_FLAG_SHORTER : 0u) |
		     (out->check.weight_loss ? MEAS_FLAG_LOSS : 0u) |
		     (out->check.wfa_drop ? MEAS_FLAG_DROP : 0u);
	out->position = out->check.position;
	if (t->have_len) {
		out->prev_length_mm = (int)lround(t->last_len.length_cm * 10);
		out->prev_length_on = t->last_len_on;
	}
	if (t->have_wt) {
		out->prev_weight_g = (int)lround(t->last_wt.weight_kg * 1000);
		out->prev_weight_on = t->last_wt_on;
	}
	/* remember: per indicator the latest z; weight-for-length and -height
	 * count as one (growth_check reads whichever of the two is there) */
	for (int i = 0; i < GROWTH_NIND; i++) {
		if (out->z[i].status != GROWTH_Z_OK)
			continue;
		t->last[i] = out->z[i];
		if (i == GROWTH_WFL || i == GROWTH_WFH)
			t->last[i == GROWTH_WFL ? GROWTH_WFH : GROWTH_WFL].status = GROWTH_Z_MISSING;
	}
	if (m->length_mm > 0) {
		t->last_len = out->meas;
		t->last_len_on = m->measured_on;
		t->have_len = 1;
	}
	if (m->weight_g > 0) {
		t->last_wt = out->meas;
		t->last_wt_on = m->measured_on;
		t->have_wt = 1;
	}
}

void measurement_growth_list(const struct growth_ref *ref, int sex, struct gp_date birth,
			     const struct measurement *m, int n, struct measurement_growth *out)
{
	struct measurement_track t;
	measurement_track_init(&t, ref, sex, birth);
	for (int i = 0; i < n; i++)
		measurement_track_add(&t, &m[i], &out[i]);
}

void measurement_growth_one(const struct growth_ref *ref, int sex, struct gp_date birth,
			    const struct measurement *earlier, int nearlier,
			    const struct measurement *m, struct measurement_growth *out)
{
	struct measurement_track t;
	measurement_track_init(&t, ref, sex, birth);
	for (int i = 0; i < nearlier; i++)
		measurement_track_add(&t, &earlier[i], out);
	measurement_track_add(&t, m, out);
}

const char *measurement_growth_remark(const struct measurement_growth *g)
{
	return g->no_sex ? _("geen z-scores: geslacht onbekend of onbepaald") : "";
}

/* The value a z-score is about, in words: "gewicht 35 kg". */
static void value_words(enum growth_indicator ind, const struct measurement *m, char *out,
			size_t outsz)
{
	char w[24], l[24], h[24];
	fmt_kg(m->weight_g, w, sizeof w);
	fmt_fixed(m->length_mm, 1, l, sizeof l);
	fmt_fixed(m->head_mm, 1, h, sizeof h);
	switch (ind) {
	case GROWTH_LFA:
		snprintf(out, outsz, _("lengte %s cm"), l);
		break;
	case GROWTH_HCFA:
		snprintf(out, outsz, _("hoofdomtrek %s cm"), h);
		break;
	case GROWTH_WFA:
		snprintf(out, outsz, _("gewicht %s kg"), w);
		break;
	default: /* BMI and weight-for-length/height: both values */
		snprintf(out, outsz, _("gewicht %s kg bij lengte %s cm"), w, l);
		break;
	}
}

static void append(char *msg, size_t msgsz, const char *s)
{
	size_t used = strlen(msg);
	if (used < msgsz)
		snprintf(msg + used, msgsz - used, "%s", s);
}

void measurement_growth_explain(const struct measurement_growth *g, const struct measurement *m,
				char *msg, size_t msgsz)
{
	char part[320], what[96], z[16], zp[16];
	msg[0] = '\0';
	if (!g->flags)
		return;
	for (int i = 0; i < GROWTH_NIND; i++) {
		unsigned bit = 1u << i;
		if (!(g->check.extreme & bit) && !(g->check.jump & bit))
			continue;
		value_words((enum growth_indicator)i, m, what, sizeof what);
		fmt_z(g->z[i].z, z, sizeof z);
		if (g->check.extreme & bit) {
			snprintf(part, sizeof part, _("%s%s lijkt niet te kloppen: %s z = %s, verder "
						      "dan 5 SD van het gemiddelde."),
				 msg[0] ? " " : "", what, growth_indicator_name((enum growth_indicator)i), z);
		} else {
			int p = i;
			if ((i == GROWTH_WFL || i == GROWTH_WFH) && g->prev_z[i].status != GROWTH_Z_OK)
				p = i == GROWTH_WFL ? GROWTH_WFH : GROWTH_WFL;
			fmt_z(g->prev_z[p].z, zp, sizeof zp);
			snprintf(part, sizeof part, _("%s%s lijkt niet te kloppen: %s z = %s, bij de "
						      "vorige meting %s (meer dan 2 SD verschil)."),
				 msg[0] ? " " : "", what, growth_indicator_name((enum growth_indicator)i),
				 z, zp);
		}
		append(msg, msgsz, part);
	}
	if (g->check.shrunk) {
		char l[24], lp[24], on[11];
		fmt_fixed(m->length_mm, 1, l, sizeof l);
		fmt_fixed(g->prev_length_mm, 1, lp, sizeof lp);
		date_fmt_nl(g->prev_length_on, on);
		snprintf(part, sizeof part, _("%sLengte %s cm is korter dan bij de vorige meting "
					      "(%s cm op %s)."), msg[0] ? " " : "", l, lp, on);
		append(msg, msgsz, part);
	}
	if (g->check.weight_loss) {
		char w[24], wp[24], on[11];
		fmt_kg(m->weight_g, w, sizeof w);
		fmt_kg(g->prev_weight_g, wp, sizeof wp);
		date_fmt_nl(g->prev_weight_on, on);
		snprintf(part, sizeof part, _("%sGewicht %s kg is %d%% lager dan bij de vorige "
					      "meting (%s kg op %s)."), msg[0] ? " " : "", w,
			 (int)lround(100.0 * (g->prev_weight_g - m->weight_g) / g->prev_weight_g),
			 wp, on);
		append(msg, msgsz, part);
	}
	if (g->check.wfa_drop) {
		fmt_z(g->z[GROWTH_WFA].z, z, sizeof z);
		fmt_z(g->prev_z[GROWTH_WFA].z, zp, sizeof zp);
		snprintf(part, sizeof part, _("%sGewicht naar leeftijd is gedaald van z = %s naar "
					      "z = %s sinds de vorige meting."), msg[0] ? " " : "",
			 zp, z);
		append(msg, msgsz, part);
	}
	append(msg, msgsz, _(" Controleer de meting; klopt zij toch, bevestig haar dan: zij "
			     "wordt dan gemarkeerd opgeslagen."));
}

const char *measurement_growth_field(const struct measurement_growth *g)
{
	unsigned bits = g->check.extreme | g->check.jump;
	unsigned weight = (1u << GROWTH_WFA) | (1u << GROWTH_BFA) | (1u << GROWTH_WFL) |
			  (1u << GROWTH_WFH);
	if (!g->flags)
		return "";
	if ((bits & (1u << GROWTH_LFA)) || g->check.shrunk)
		return "measurement.length_mm";
	if ((bits & weight) || g->check.weight_loss || g->check.wfa_drop)
		return "measurement.weight_g";
	return "measurement.head_mm";
}

/* ---- checks ---------------------------------------------------------------- */

static enum gp_status check_contact(const struct contact_refs *refs, const struct contact *c,
				    struct gp_date birth, struct gp_date today, struct gp_err *e)
{
	const char *why;
	int realised = contact_realised(c->status);
	if (!date_valid(c->date.y, c->date.m, c->date.d))
		return field_fail(e, "contact.date", _("Datum"), _("vul een bestaande datum in (dd-mm-jjjj)."));
	if (date_cmp(c->date, birth) < 0)
		return field_fail(e, "contact.date", _("Datum"),
				  _("de datum ligt vóór de geboortedatum van het kind."));
	if (realised && date_cmp(c->date, today) > 0)
		return field_fail(e, "contact.date", _("Datum"),
				  _("een contact dat heeft plaatsgevonden ligt niet na vandaag."));
	if (date_to_days(c->date) > date_to_days(today) + 366)
		return field_fail(e, "contact.date", _("Datum"),
				  _("de datum ligt meer dan een jaar vooruit."));
	if (c->time[0] && !valid_time(c->time))
		return field_fail(e, "contact.time", _("Tijd"), _("schrijf de tijd als uu:mm, bijvoorbeeld 09:30."));
	if (!two_digits(c->status) || !in_list(refs, "contactstatus", c->status))
		return field_fail(e, "contact.status", _("Status"),
				  _("kies een status uit de lijst (01 gerealiseerd, 02–07 niet "
				    "gerealiseerd)."));
	if (c->schedule_moment[0] && refs && refs->schedule &&
	    !find_moment(refs->schedule, c->schedule_moment))
		return field_fail(e, "contact.schedule_moment", _("Contactmoment"),
				  _("dit moment staat niet in het contactschema."));
	if (c->kind[0] ? !two_digits(c->kind) || !in_list(refs, "contactsoort", c->kind)
		       : !c->schedule_moment[0])
		return field_fail(e, "contact.kind", _("Soort contact"),
				  _("kies een soort contact uit de lijst."));
	if (c->form[0] ? !two_digits(c->form) || !in_list(refs, "contactvorm", c->form)
		       : realised)
		return field_fail(e, "contact.form", _("Vorm"),
				  _("kies een vorm uit de lijst (face-to-face, huisbezoek, "
				    "telefonisch, …)."));
	const char *const texts[][3] = {
		{"contact.location", _("Locatie"), c->location},
		{"contact.present", _("Aanwezig"), c->present}};
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++)
		if (valid_text(texts[i][2], TEXT_MAX_CHARS, 0, &why) != 0)
			return field_fail(e, texts[i][0], texts[i][1], why);
	if (valid_note(c->conclusion, CONTACT_NOTE_CHARS, &why) != 0)
		return field_fail(e, "contact.conclusion", _("Conclusie"), why);
	if (valid_note(c->agreements, CONTACT_NOTE_CHARS, &why) != 0)
		return field_fail(e, "contact.agreements", _("Afspraken"), why);
	if (c->next_step[0] && !one_of(c->next_step, NEXT_STEPS))
		return field_fail(e, "contact.next_step", _("Vervolgstap"),
				  _("kies een vervolgstap uit de lijst."));
	if (c->next_contact_on.y &&
	    (!date_valid(c->next_contact_on.y, c->next_contact_on.m, c->next_contact_on.d) ||
	     date_cmp(c->next_contact_on, c->date) < 0))
		return field_fail(e, "contact.next_contact_on", _("Volgend contact"),
				  _("die datum ligt na de datum van dit contact."));
	return GP_OK;
}

static enum gp_status check_measurement(const struct measurement *m, struct gp_err *e)
{
	const char *why;
	if (!m->length_mm && !m->weight_g && !m->head_mm)
		return field_fail(e, "measurement.length_mm", _("Meting"),
				  _("vul lengte, gewicht of hoofdomtrek in, of laat de meting weg."));
	if (m->length_mm && (m->length_mm < 300 || m->length_mm > 2200))
		return field_fail(e, "measurement.length_mm", _("Lengte"),
				  _("een lengte ligt tussen 30 en 220 cm."));
	if (m->weight_g && (m->weight_g < 300 || m->weight_g > 200000))
		return field_fail(e, "measurement.weight_g", _("Gewicht"),
				  _("een gewicht ligt tussen 0,3 en 200 kg."));
	if (m->head_mm && (m->head_mm < 200 || m->head_mm > 650))
		return field_fail(e, "measurement.head_mm", _("Hoofdomtrek"),
				  _("een hoofdomtrek ligt tussen 20 en 65 cm."));
	if (m->length_method[0] && !one_of(m->length_method, LENGTH_METHODS))
		return field_fail(e, "measurement.length_method", _("Meetmethode lengte"),
				  _("kies liggend of staand."));
	if (m->weight_method[0] && !one_of(m->weight_method, WEIGHT_METHODS))
		return field_fail(e, "measurement.weight_method", _("Meetmethode gewicht"),
				  _("kies met of zonder kleding."));
	if (valid_text(m->note, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "measurement.note", _("Opmerking bij de meting"), why);
	return GP_OK;
}

static enum gp_status check_vaccination(const struct contact_refs *refs,
					const struct vaccination *v, int row, struct gp_err *e)
{
	const char *why;
	char label[96];
	snprintf(label, sizeof label, _("Vaccinatie %s"), v->vaccine[0] ? v->vaccine : "");
	if (!v->vaccine[0] || valid_text(v->vaccine, CODE_BUF - 1, 1, &why) != 0 ||
	    (refs && refs->schedule && !known_vaccine(refs->schedule, v->vaccine)))
		return field_fail_row(e, "vaccinations.vaccine", row, _("Vaccin"),
				      _("kies een vaccin uit het Rijksvaccinatieprogramma."));
	if (v->dose_no < 0 || v->dose_no > 20)
		return field_fail_row(e, "vaccinations.dose_no", row, label,
				      _("het dosisnummer ligt tussen 1 en 20 (0: onbekend)."));
	if (v->given) {
		if (!v->batch[0])
			return field_fail_row(e, "vaccinations.batch", row, label,
					      _("vul het partijnummer in (staat op de verpakking)."));
		if (valid_text(v->batch, BATCH_CHARS, 1, &why) != 0)
			return field_fail_row(e, "vaccinations.batch", row, label, why);
		if (v->site[0] && !in_list(refs, "vaccinatieplaats", v->site))
			return field_fail_row(e, "vaccinations.site", row, label,
					      _("kies een prikplaats uit de lijst."));
		if (v->reason_not_given[0])
			return field_fail_row(e, "vaccinations.reason_not_given", row, label,
					      _("een gegeven vaccinatie heeft geen reden van niet "
						"vaccineren."));
	} else {
		if (!v->reason_not_given[0])
			return field_fail_row(e, "vaccinations.reason_not_given", row, label,
					      _("niet gegeven: vul de reden in (bezwaar, "
						"contra-indicatie, elders gegeven, …)."));
		if (!one_of(v->reason_not_given, REASONS))
			return field_fail_row(e, "vaccinations.reason_not_given", row, label,
					      _("kies een reden uit de lijst."));
	}
	if (valid_text(v->note, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail_row(e, "vaccinations.note", row, label, why);
	return GP_OK;
}

enum gp_status contact_validate(const struct contact_refs *refs, const struct contact_record *rec,
				struct gp_date birth, struct gp_date today, struct gp_err *e)
{
	const struct contact *c = &rec->contact;
	const char *why;
	enum gp_status s = check_contact(refs, c, birth, today, e);
	if (s != GP_OK)
		return s;
	if (!contact_realised(c->status) &&
	    (rec->has_measurement || rec->nvaccinations || rec->nobservations))
		return field_fail(e, "contact.status", _("Status"),
				  _("dit contact is niet doorgegaan: het krijgt geen metingen, "
				    "vaccinaties of observaties. Kies 'gerealiseerd' of laat die weg."));
	if (rec->has_measurement && (s = check_measurement(&rec->measurement, e)) != GP_OK)
		return s;
	if (rec->nvaccinations < 0 || rec->nvaccinations > CONTACT_MAX_VACCINATIONS ||
	    rec->nobservations < 0 || rec->nobservations > CONTACT_MAX_OBSERVATIONS ||
	    rec->nprofessionals < 0 || rec->nprofessionals > CONTACT_MAX_PROFESSIONALS)
		return gp_fail(e, GP_EINTERNAL, "contact record counts out of range");
	for (int i = 0; i < rec->nvaccinations; i++)
		if ((s = check_vaccination(refs, &rec->vaccinations[i], i, e)) != GP_OK)
			return s;
	for (int i = 0; i < rec->nobservations; i++) {
		const struct observation *o = &rec->observations[i];
		if (!in_list(refs, "observatiedomein", o->domain))
			return field_fail_row(e, "observations.domain", i, _("Observatie"),
					      _("kies een domein uit de lijst."));
		for (int j = 0; j < i; j++)
			if (strcmp(rec->observations[j].domain, o->domain) == 0)
				return field_fail_row(e, "observations.domain", i, _("Observatie"),
						      _("elk domein komt één keer voor; voeg de "
							"teksten samen."));
		if (valid_note(o->text, OBSERVATION_CHARS, &why) != 0)
			return field_fail_row(e, "observations.text", i, _("Observatie"), why);
	}
	return GP_OK;
}

/* ---- reading ---------------------------------------------------------------- */

#define CONTACT_FIELDS                                                                    \
	"k.id, " DB_ID("children", "k.child_seq") ", k.contact_date, "                      \
	"coalesce(k.contact_time, ''), k.kind_code, coalesce(k.form_code, ''), "            \
	"k.status_code, coalesce(k.schedule_moment, ''), coalesce(k.location, ''), "        \
	DB_ID("accounts", "k.professional_seq") ", coalesce(k.present, ''), "               \
	"coalesce(k.conclusion, ''), coalesce(k.agreements, ''), k.next_step, " \
	"coalesce(k.next_contact_on, ''), k.version, k.updated_at "
#define CONTACT_COLS CONTACT_FIELDS "FROM contacts k "

static void read_contact(sqlite3_stmt *st, struct contact *c)
{
	memset(c, 0, sizeof *c);
	db_col_id(st, 0, c->id);
	db_col_id(st, 1, c->child_id);
	db_col_date(st, 2, &c->date);
	db_col_text(st, 3, c->time, sizeof c->time);
	db_col_text(st, 4, c->kind, sizeof c->kind);
	db_col_text(st, 5, c->form, sizeof c->form);
	db_col_text(st, 6, c->status, sizeof c->status);
	db_col_text(st, 7, c->schedule_moment, sizeof c->schedule_moment);
	db_col_text(st, 8, c->location, sizeof c->location);
	db_col_id(st, 9, c->professional_id);
	db_col_text(st, 10, c->present, sizeof c->present);
	db_col_text(st, 11, c->conclusion, sizeof c->conclusion);
	db_col_text(st, 12, c->agreements, sizeof c->agreements);
	col_word(st, 13, NEXT_STEPS, c->next_step, sizeof c->next_step);
	db_col_date(st, 14, &c->next_contact_on);
	c->version = sqlite3_column_int(st, 15);
	db_col_time(st, 16, c->updated_at);
}

#define MEAS_COLS                                                                         \
	"m.id, " DB_ID("contacts", "m.contact_seq") ", m.measured_on, "                     \
	"coalesce(m.length_mm, 0), m.length_method, coalesce(m.weight_g, 0), "              \
	"m.weight_method, coalesce(m.head_mm, 0), m.flags, "                                \
	DB_ID("accounts", "m.confirmed_by") ", coalesce(m.note, ''), m.version "             \
	"FROM measurements m "

static void read_measurement(sqlite3_stmt *st, struct measurement *m)
{
	memset(m, 0, sizeof *m);
	db_col_id(st, 0, m->id);
	db_col_id(st, 1, m->contact_id);
	db_col_date(st, 2, &m->measured_on);
	m->length_mm = sqlite3_column_int(st, 3);
	col_word(st, 4, LENGTH_METHODS, m->length_method, sizeof m->length_method);
	m->weight_g = sqlite3_column_int(st, 5);
	col_word(st, 6, WEIGHT_METHODS, m->weight_method, sizeof m->weight_method);
	m->head_mm = sqlite3_column_int(st, 7);
	m->flags = (unsigned)sqlite3_column_int(st, 8);
	m->confirmed = m->flags != 0; /* what was confirmed stays confirmed */
	db_col_id(st, 9, m->confirmed_by);
	db_col_text(st, 10, m->note, sizeof m->note);
	m->version = sqlite3_column_int(st, 11);
}

#define VACC_COLS                                                                         \
	"v.id, " DB_ID("contacts", "v.contact_seq") ", v.vaccinated_on, v.vaccine, "        \
	"coalesce(v.dose_no, 0), v.given, coalesce(v.batch, ''), coalesce(v.site, ''), "    \
	DB_ID("accounts", "v.given_by") ", coalesce(v.reason_not_given, ''), "              \
	"coalesce(v.note, ''), v.version FROM vaccinations v "

static void read_vaccination(sqlite3_stmt *st, struct vaccination *v)
{
	memset(v, 0, sizeof *v);
	db_col_id(st, 0, v->id);
	db_col_id(st, 1, v->contact_id);
	db_col_date(st, 2, &v->date);
	db_col_text(st, 3, v->vaccine, sizeof v->vaccine);
	v->dose_no = sqlite3_column_int(st, 4);
	v->given = sqlite3_column_int(st, 5);
	db_col_text(st, 6, v->batch, sizeof v->batch);
	db_col_text(st, 7, v->site, sizeof v->site);
	db_col_id(st, 8, v->given_by);
	db_col_text(st, 9, v->reason_not_given, sizeof v->reason_not_given);
	db_col_text(st, 10, v->note, sizeof v->note);
	v->version = sqlite3_column_int(st, 11);
}

/* Adapters with the generic signature of read_rows. */
static void read_contact_v(sqlite3_stmt *st, void *p)
{
	read_contact(st, p);
}

static void read_measurement_v(sqlite3_stmt *st, void *p)
{
	read_measurement(st, p);
}

static void read_vaccination_v(sqlite3_stmt *st, void *p)
{
	read_vaccination(st, p);
}

enum gp_status contact_list(struct db *db, const char *child_id, struct contact **out, int *n,
			    struct gp_err *e)
{
	static const char sql[] = "SELECT " CONTACT_COLS "WHERE k.child_seq = " CHILD_SEQ(1)
				  " ORDER BY k.contact_date DESC, k.contact_time DESC, k.id DESC";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_contact_v, (void **)out, n, e);
}

enum gp_status measurement_list(struct db *db, const char *child_id, struct measurement **out,
				int *n, struct gp_err *e)
{
	static const char sql[] = "SELECT " MEAS_COLS "WHERE m.child_seq = " CHILD_SEQ(1)
				  " ORDER BY m.measured_on, m.created_at, m.id";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_measurement_v, (void **)out, n, e);
}

enum gp_status vaccination_list(struct db *db, const char *child_id, struct vaccination **out,
				int *n, struct gp_err *e)
{
	static const char sql[] = "SELECT " VACC_COLS "WHERE v.child_seq = " CHILD_SEQ(1)
				  " ORDER BY v.vaccinated_on, v.vaccine, v.dose_no, v.id";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_vaccination_v, (void **)out, n, e);
}

enum gp_status contact_get(struct db *db, const char *contact_id, struct contact_record *rec,
			   struct gp_err *e)
{
	/* the parts by child and contact: the child's index finds them */
	static const char csql[] = "SELECT " CONTACT_FIELDS ", k.seq, k.child_seq "
				   "FROM contacts k WHERE k.id = ?1";
	static const char msql[] = "SELECT " MEAS_COLS "WHERE m.child_seq = ?2 AND "
				   "m.contact_seq = ?1 ORDER BY m.created_at, m.id LIMIT 1";
	static const char vsql[] = "SELECT " VACC_COLS "WHERE v.child_seq = ?2 AND "
				   "v.contact_seq = ?1 ORDER BY v.seq";
	static const char osql[] = "SELECT domain, text FROM contact_observations "
				   "WHERE contact_seq = ?1 AND text <> '' "
				   "ORDER BY seq";
	static const char psql[] = "SELECT " DB_ID("accounts", "account_seq") " FROM "
				   "contact_professionals WHERE contact_seq = ?1 "
				   "ORDER BY rowid";
	memset(rec, 0, sizeof *rec);
	sqlite3_stmt *st = db_stmt(db, csql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, contact_id);
	int rc = sqlite3_step(st);
	long long seq = 0, child_seq = 0;
	if (rc == SQLITE_ROW) {
		read_contact(st, &rec->contact);
		seq = sqlite3_column_int64(st, 17);
		child_seq = sqlite3_column_int64(st, 18);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Dit contact bestaat niet (meer)."));
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("het contact lezen"), e);
	enum gp_status s = perm_require(db, PERM_READ, rec->contact.child_id, e);
	if (s != GP_OK) {
		memset(rec, 0, sizeof *rec);
		return s;
	}

	const struct {
		const char *sql; /* the query */
		int kind;        /* 0 measurement, 1 vaccination, 2 observation, 3 professional */
	} parts[] = {{msql, 0}, {vsql, 1}, {osql, 2}, {psql, 3}};
	for (size_t p = 0; p < sizeof parts / sizeof *parts; p++) {
		if (!(st = db_stmt(db, parts[p].sql, e)))
			return e ? e->code : GP_EINTERNAL;
		sqlite3_bind_int64(st, 1, seq);
		sqlite3_bind_int64(st, 2, child_seq);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			if (parts[p].kind == 0) {
				read_measurement(st, &rec->measurement);
				rec->has_measurement = 1;
			} else if (parts[p].kind == 1 && rec->nvaccinations < CONTACT_MAX_VACCINATIONS) {
				read_vaccination(st, &rec->vaccinations[rec->nvaccinations++]);
			} else if (parts[p].kind == 2 && rec->nobservations < CONTACT_MAX_OBSERVATIONS) {
				struct observation *o = &rec->observations[rec->nobservations++];
				db_col_text(st, 0, o->domain, sizeof o->domain);
				db_col_text(st, 1, o->text, sizeof o->text);
			} else if (parts[p].kind == 3 &&
				   rec->nprofessionals < CONTACT_MAX_PROFESSIONALS) {
				db_col_id(st, 0, rec->professionals[rec->nprofessionals]);
				rec->nprofessionals++;
			}
		}
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			return db_error(db, rc, _("het contact lezen"), e);
	}
	return GP_OK;
}

/* The child's birth date and sex. */
static enum gp_status child_basics(struct db *db, const char *child_id, struct gp_date *birth,
				   int *sex, struct gp_err *e)
{
	static const char sql[] = "SELECT birth_date, sex FROM children WHERE id = ?1";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, child_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_col_date(st, 0, birth);
		*sex = sqlite3_column_int(st, 1);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Niet opgeslagen: het kind van dit contact bestaat "
						  "niet (meer)."));
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _("het kind lezen"), e);
}

/* Checks the record's measurement against the child's earlier ones: sets
 * its flags and confirmed_by when confirmed, refuses it in words when not. */
static enum gp_status check_plausible(struct db *db, const struct contact_refs *refs,
				      struct contact_record *rec, struct gp_date birth, int sex,
				      struct gp_err *e)
{
	static const char sql[] = "SELECT " MEAS_COLS "WHERE m.child_seq = " CHILD_SEQ(1) " AND "
				  "m.measured_on <= ?2 AND m.id IS NOT ?3 "
				  "ORDER BY m.measured_on, m.created_at, m.id";
	struct measurement *m = &rec->measurement;
	char on[11];
	date_fmt_iso(rec->contact.date, on);
	const char *params[] = {rec->contact.child_id, on, m->id, NULL};
	struct measurement *earlier;
	int n;
	enum gp_status s = db_read_rows(db, sql, params, sizeof *earlier, read_measurement_v,
				     (void **)&earlier, &n, e);
	if (s != GP_OK)
		return s;
	struct measurement_growth g;
	measurement_growth_one(refs->growth, sex, birth, earlier, n, m, &g);
	free(earlier);
	if (g.position)
		return field_fail(e, "measurement.length_method", _("Meetmethode lengte"),
				  _("vóór 9 maanden wordt de lengte liggend gemeten; kies 'liggend' "
				    "en meet opnieuw."));
	if (g.flags && !m->confirmed) {
		char msg[sizeof e->msg];
		measurement_growth_explain(&g, m, msg, sizeof msg);
		gp_fail_at(e, GP_EINPUT, measurement_growth_field(&g), 0, "%s", msg);
		gp_err_confirmable(e);
		return GP_EINPUT;
	}
	m->flags = g.flags;
	text_copy(m->confirmed_by, sizeof m->confirmed_by, g.flags ? db->actor_id : "");
	return GP_OK;
}

/* ---- writing ---------------------------------------------------------------- */

static enum gp_status step_done(struct db *db, sqlite3_stmt *st, int *changed, struct gp_err *e)
{
	int rc = sqlite3_step(st);
	if (changed)
		*changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("het contact opslaan"), e);
}

/* The row numbers a record's rows refer to, looked up once per record and
 * bound as numbers, instead of a subquery by id in every row (those were
 * 12 % of the demo's instructions).  0 binds NULL, as the subquery gives for
 * an id that is not there. */
struct seqs {
	sqlite3_int64 child, contact, actor;
};

static const char child_seq_sql[] = "SELECT " CHILD_SEQ(1);
static const char contact_seq_sql[] = "SELECT " CONTACT_SEQ(1);

/* The child's and the acting account's row numbers. */
static enum gp_status look_up(struct db *db, const struct contact *c, struct seqs *q,
			      struct gp_err *e)
{
	enum gp_status s = db_seq(db, child_seq_sql, c->child_id, &q->child, e);
	return s == GP_OK ? db_actor_seq(db, &q->actor, e) : s;
}

/* Binds the contact's fields 2–15 (shared by insert and update). */
static void bind_contact(sqlite3_stmt *st, const struct contact *c, const struct seqs *q)
{
	db_bind_date_or_null(st, 2, c->date);
	db_bind_text_or_null(st, 3, c->time);
	sqlite3_bind_text(st, 4, c->kind, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 5, c->form);
	sqlite3_bind_text(st, 6, c->status, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 7, c->schedule_moment);
	db_bind_text_or_null(st, 8, c->location);
	db_bind_id(st, 9, c->professional_id);
	db_bind_text_or_null(st, 10, c->present);
	db_bind_text_or_null(st, 11, c->conclusion);
	db_bind_text_or_null(st, 12, c->agreements);
	bind_word(st, 13, NEXT_STEPS, c->next_step);
	db_bind_date_or_null(st, 14, c->next_contact_on);
	db_bind_seq(st, 15, q->child);
}

/* Binds a measurement's fields 2–12. */
static void bind_measurement(sqlite3_stmt *st, const struct contact *c,
			     const struct measurement *m, const struct seqs *q)
{
	db_bind_date_or_null(st, 2, c->date);
	db_bind_int_or_null(st, 3, m->length_mm);
	bind_word(st, 4, LENGTH_METHODS, m->length_mm ? m->length_method : "");
	db_bind_int_or_null(st, 5, m->weight_g);
	bind_word(st, 6, WEIGHT_METHODS, m->weight_g ? m->weight_method : "");
	db_bind_int_or_null(st, 7, m->head_mm);
	sqlite3_bind_int(st, 8, (int)m->flags);
	db_bind_id(st, 9, m->confirmed_by);
	db_bind_text_or_null(st, 10, m->note);
	db_bind_seq(st, 11, q->child);
	db_bind_seq(st, 12, q->contact);
}

/* Binds a vaccination's fields 2–12. */
static void bind_vaccination(sqlite3_stmt *st, const struct contact *c,
			     const struct vaccination *v, const struct seqs *q)
{
	db_bind_date_or_null(st, 2, c->date);
	sqlite3_bind_text(st, 3, v->vaccine, -1, SQLITE_STATIC);
	db_bind_int_or_null(st, 4, v->dose_no);
	sqlite3_bind_int(st, 5, v->given ? 1 : 0);
	db_bind_text_or_null(st, 6, v->given ? v->batch : "");
	db_bind_text_or_null(st, 7, v->given ? v->site : "");
	db_bind_id(st, 8, v->given_by);
	db_bind_text_or_null(st, 9, v->given ? "" : v->reason_not_given);
	db_bind_text_or_null(st, 10, v->note);
	db_bind_seq(st, 11, q->child);
	db_bind_seq(st, 12, q->contact);
}

static enum gp_status insert_measurement(struct db *db, const struct contact *c,
					 struct measurement *m, const struct seqs *q,
					 const char *now, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO measurements(id, measured_on, length_mm, length_method, weight_g, "
		"weight_method, head_mm, flags, confirmed_by, note, child_seq, contact_seq, "
		"created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
		"?7, ?8, " ACTOR_SEQ(9) ", ?10, ?11, ?12, ?13, ?14, ?13, ?14)";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_new_id(db, m->id);
	text_copy(m->contact_id, sizeof m->contact_id, c->id);
	m->measured_on = c->date;
	m->version = 1;
	db_bind_id(st, 1, m->id);
	bind_measurement(st, c, m, q);
	db_bind_time(st, 13, now);
	db_bind_seq(st, 14, q->actor);
	return step_done(db, st, NULL, e);
}

enum gp_status measurement_add(struct db *db, const char *child_id, struct measurement *m,
			       struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO measurements(id, measured_on, length_mm, length_method, weight_g, "
		"weight_method, head_mm, flags, confirmed_by, note, child_seq, created_at, "
		"created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
		ACTOR_SEQ(9) ", ?10, ?11, ?13, ?14, ?13, ?14)";
	struct contact c; /* no contact: the statement has no ?12 */
	struct seqs q = {0};
	char now[DB_TIME_LEN];
	memset(&c, 0, sizeof c);
	text_copy(c.child_id, sizeof c.child_id, child_id);
	c.date = m->measured_on;
	enum gp_status s = look_up(db, &c, &q, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_now(db, now);
	db_new_id(db, m->id);
	m->contact_id[0] = '\0';
	m->version = 1;
	db_bind_id(st, 1, m->id);
	bind_measurement(st, &c, m, &q);
	db_bind_time(st, 13, now);
	db_bind_seq(st, 14, q.actor);
	return step_done(db, st, NULL, e);
}

static enum gp_status insert_vaccination(struct db *db, const struct contact *c,
					 struct vaccination *v, const struct seqs *q,
					 const char *now, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO vaccinations(id, vaccinated_on, vaccine, dose_no, given, batch, site, "
		"given_by, reason_not_given, note, child_seq, contact_seq, created_at, created_by, "
		"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, " ACTOR_SEQ(8) ", ?9, "
		"?10, ?11, ?12, ?13, ?14, ?13, ?14)";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_new_id(db, v->id);
	text_copy(v->contact_id, sizeof v->contact_id, c->id);
	v->date = c->date;
	v->version = 1;
	db_bind_id(st, 1, v->id);
	bind_vaccination(st, c, v, q);
	db_bind_time(st, 13, now);
	db_bind_seq(st, 14, q->actor);
	return step_done(db, st, NULL, e);
}

/* Inserts or replaces the observation of one domain. */
static enum gp_status put_observation(struct db *db, const struct seqs *q,
				      const struct observation *o, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO contact_observations(id, contact_seq, domain, text) "
		"VALUES (?1, ?2, ?3, ?4) ON CONFLICT (contact_seq, domain) DO UPDATE SET "
		"text = excluded.text, version = version + 1 WHERE text <> excluded.text";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	char id[DB_ID_LEN];
	db_new_id(db, id);
	db_bind_id(st, 1, id);
	db_bind_seq(st, 2, q->contact);
	sqlite3_bind_text(st, 3, o->domain, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, o->text, -1, SQLITE_STATIC);
	return step_done(db, st, NULL, e);
}

static enum gp_status put_professional(struct db *db, const struct seqs *q,
				       const char *account_id, struct gp_err *e)
{
	static const char sql[] = "INSERT OR IGNORE INTO contact_professionals(contact_seq, "
				  "account_seq) VALUES (?1, " ACTOR_SEQ(2) ")";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_seq(st, 1, q->contact);
	db_bind_id(st, 2, account_id);
	return step_done(db, st, NULL, e);
}

/* The parts of a record after the contact row: new measurement and
 * vaccinations (those with an id are handled by the caller), observations
 * and professionals. */
static enum gp_status insert_parts(struct db *db, struct contact_record *rec,
				   const struct seqs *q, const char *now, struct gp_err *e)
{
	struct contact *c = &rec->contact;
	enum gp_status s = GP_OK;
	if (rec->has_measurement && !rec->measurement.id[0])
		s = insert_measurement(db, c, &rec->measurement, q, now, e);
	for (int i = 0; s == GP_OK && i < rec->nvaccinations; i++)
		if (!rec->vaccinations[i].id[0])
			s = insert_vaccination(db, c, &rec->vaccinations[i], q, now, e);
	for (int i = 0; s == GP_OK && i < rec->nobservations; i++)
		s = put_observation(db, q, &rec->observations[i], e);
	for (int i = 0; s == GP_OK && i < rec->nprofessionals; i++)
		if (rec->professionals[i][0])
			s = put_professional(db, q, rec->professionals[i], e);
	return s;
}

enum gp_status contact_insert_bulk(struct db *db, struct contact_record *rec, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO contacts(id, contact_date, contact_time, kind_code, form_code, "
		"status_code, schedule_moment, location, professional_seq, present, conclusion, "
		"agreements, next_step, next_contact_on, child_seq, created_at, created_by, "
		"updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, " ACTOR_SEQ(9)
		", ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?16, ?17)";
	struct contact *c = &rec->contact;
	struct seqs q = {0};
	char now[DB_TIME_LEN];
	db_now(db, now);
	enum gp_status s = look_up(db, c, &q, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_new_id(db, c->id);
	c->version = 1;
	memcpy(c->updated_at, now, sizeof now);
	db_bind_id(st, 1, c->id);
	bind_contact(st, c, &q);
	db_bind_time(st, 16, now);
	db_bind_seq(st, 17, q.actor);
	if ((s = step_done(db, st, NULL, e)) != GP_OK)
		return s;
	q.contact = sqlite3_last_insert_rowid(db->h);
	return insert_parts(db, rec, &q, now, e);
}

/* Fills in what the user may leave to us: the kind from the moment, the
 * professional and the vaccinator = the acting account. */
static void fill_defaults(struct db *db, const struct contact_refs *refs,
			  struct contact_record *rec)
{
	struct contact *c = &rec->contact;
	const struct sched_moment *mo =
		c->schedule_moment[0] && refs ? find_moment(refs->schedule, c->schedule_moment)
					      : NULL;
	if (!c->kind[0] && mo)
		text_copy(c->kind, sizeof c->kind, mo->kind);
	if (!c->professional_id[0])
		text_copy(c->professional_id, sizeof c->professional_id, db->actor_id);
	for (int i = 0; i < rec->nvaccinations; i++)
		if (rec->vaccinations[i].given && !rec->vaccinations[i].given_by[0])
			text_copy(rec->vaccinations[i].given_by, DB_ID_LEN, db->actor_id);
}

/* Validation and the growth check, shared by new and changed contacts. */
static enum gp_status prepare(struct db *db, const struct contact_refs *refs,
			      struct contact_record *rec, struct gp_err *e)
{
	struct gp_date birth = {0, 0, 0};
	int sex = 0;
	if (!refs || !refs->growth)
		return gp_fail(e, GP_EINTERNAL, "contact: the growth tables are not loaded");
	enum gp_status s = child_basics(db, rec->contact.child_id, &birth, &sex, e);
	if (s != GP_OK)
		return s;
	fill_defaults(db, refs, rec);
	if ((s = contact_validate(refs, rec, birth, date_today(), e)) != GP_OK)
		return s;
	rec->measurement.measured_on = rec->contact.date;
	if (rec->has_measurement)
		s = check_plausible(db, refs, rec, birth, sex, e);
	return s;
}

enum gp_status contact_save_new(struct db *db, const struct contact_refs *refs,
				struct contact_record *rec, struct gp_err *e)
{
	struct contact_record *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	memcpy(orig, rec, sizeof *orig);
	/* everything in the record is new, whatever ids it came with */
	rec->measurement.id[0] = '\0';
	for (int i = 0; i < rec->nvaccinations; i++)
		rec->vaccinations[i].id[0] = '\0';
	enum gp_status s = perm_require(db, PERM_MEASURE, rec->contact.child_id, e);
	if (s == GP_OK)
		s = prepare(db, refs, rec, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s == GP_OK) {
		s = contact_insert_bulk(db, rec, e);
		if (s == GP_OK)
			s = audit_log(db, rec->contact.child_id, "create", "contact", e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
	}
	if (s != GP_OK)
		memcpy(rec, orig, sizeof *rec); /* the caller keeps exactly what it had */
	free(orig);
	return s;
}

/* The UPDATEs of an existing contact; `changed` = 0 when it is stale. */
static enum gp_status update_rows(struct db *db, struct contact_record *rec, const char *now,
				  int *changed, struct gp_err *e)
{
	static const char csql[] =
		"UPDATE contacts SET contact_date = ?2, contact_time = ?3, kind_code = ?4, "
		"form_code = ?5, status_code = ?6, schedule_moment = ?7, location = ?8, "
		"professional_seq = " ACTOR_SEQ(9) ", present = ?10, conclusion = ?11, "
		"agreements = ?12, next_step = ?13, next_contact_on = ?14, version = version + 1, "
		"updated_at = ?16, updated_by = ?17 WHERE id = ?1 AND child_seq = ?15 AND "
		"version = ?18";
	static const char msql[] =
		"UPDATE measurements SET measured_on = ?2, length_mm = ?3, length_method = ?4, "
		"weight_g = ?5, weight_method = ?6, head_mm = ?7, flags = ?8, "
		"confirmed_by = " ACTOR_SEQ(9) ", note = ?10, version = version + 1, "
		"updated_at = ?13, updated_by = ?14 WHERE id = ?1 AND child_seq = ?11 AND "
		"contact_seq = ?12";
	static const char vsql[] =
		"UPDATE vaccinations SET vaccinated_on = ?2, vaccine = ?3, dose_no = ?4, given = ?5, "
		"batch = ?6, site = ?7, given_by = " ACTOR_SEQ(8) ", reason_not_given = ?9, "
		"note = ?10, version = version + 1, updated_at = ?13, "
		"updated_by = ?14 WHERE id = ?1 AND child_seq = ?11 AND contact_seq = ?12";
	struct contact *c = &rec->contact;
	struct seqs q = {0};
	enum gp_status s = look_up(db, c, &q, e);
	if (s == GP_OK)
		s = db_seq(db, contact_seq_sql, c->id, &q.contact, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, csql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, c->id);
	bind_contact(st, c, &q);
	db_bind_time(st, 16, now);
	db_bind_seq(st, 17, q.actor);
	sqlite3_bind_int(st, 18, c->version);
	s = step_done(db, st, changed, e);
	if (s != GP_OK || *changed == 0)
		return s;
	int one;
	if (rec->has_measurement && rec->measurement.id[0]) {
		if (!(st = db_stmt(db, msql, e)))
			return e ? e->code : GP_EINTERNAL;
		db_bind_id(st, 1, rec->measurement.id);
		bind_measurement(st, c, &rec->measurement, &q);
		db_bind_time(st, 13, now);
		db_bind_seq(st, 14, q.actor);
		if ((s = step_done(db, st, &one, e)) != GP_OK)
			return s;
		if (one == 0)
			return gp_fail(e, GP_ENOTFOUND, _("Niet opgeslagen: de meting hoort niet "
							  "(meer) bij dit contact."));
	}
	for (int i = 0; i < rec->nvaccinations; i++) {
		struct vaccination *v = &rec->vaccinations[i];
		if (!v->id[0])
			continue;
		if (!(st = db_stmt(db, vsql, e)))
			return e ? e->code : GP_EINTERNAL;
		db_bind_id(st, 1, v->id);
		bind_vaccination(st, c, v, &q);
		db_bind_time(st, 13, now);
		db_bind_seq(st, 14, q.actor);
		if ((s = step_done(db, st, &one, e)) != GP_OK)
			return s;
		if (one == 0)
			return gp_fail(e, GP_ENOTFOUND, _("Niet opgeslagen: een vaccinatie hoort niet "
							  "(meer) bij dit contact."));
	}
	return insert_parts(db, rec, &q, now, e);
}

/* A contact that was realised keeps its measurement and vaccinations: they
 * are never thrown away, so it cannot become a not-realised contact (which
 * carries none) once it has them. */
static enum gp_status keeps_its_parts(struct db *db, const struct contact_record *rec,
				      struct gp_err *e)
{
	static const char sql[] =
		"SELECT (SELECT count(*) FROM measurements WHERE child_seq = k.child_seq AND "
		"contact_seq = k.seq) + (SELECT count(*) FROM vaccinations WHERE "
		"child_seq = k.child_seq AND contact_seq = k.seq) FROM contacts k WHERE k.id = ?1";
	if (contact_realised(rec->contact.status))
		return GP_OK;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, rec->contact.id);
	int rc = sqlite3_step(st);
	long long parts = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("het contact controleren"), e);
	if (parts > 0)
		return gp_fail(e, GP_EINPUT,
			       _("Status: dit contact heeft al metingen of vaccinaties, die bewaard "
				 "blijven; het kan daarom niet 'niet gerealiseerd' worden. Leg een "
				 "gemist vervolgcontact als nieuw contact vast."));
	return GP_OK;
}

enum gp_status contact_update(struct db *db, const struct contact_refs *refs,
			      struct contact_record *rec, struct gp_err *e)
{
	struct contact_record *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	memcpy(orig, rec, sizeof *orig);
	char now[DB_TIME_LEN];
	db_now(db, now);
	int changed = 0;
	enum gp_status s = perm_require(db, PERM_MEASURE, rec->contact.child_id, e);
	if (s == GP_OK)
		s = prepare(db, refs, rec, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s == GP_OK) {
		s = keeps_its_parts(db, rec, e);
		if (s == GP_OK)
			s = update_rows(db, rec, now, &changed, e);
		if (s == GP_OK && changed == 0)
			s = store_stale_error(db, "contacts", rec->contact.id, e);
		if (s == GP_OK)
			s = audit_log(db, rec->contact.child_id, "update", "contact", e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
	}
	if (s == GP_OK) {
		rec->contact.version++;
		memcpy(rec->contact.updated_at, now, sizeof now);
		if (rec->has_measurement && strcmp(rec->measurement.id, orig->measurement.id) == 0)
			rec->measurement.version++;
		for (int i = 0; i < rec->nvaccinations; i++)
			if (strcmp(rec->vaccinations[i].id, orig->vaccinations[i].id) == 0)
				rec->vaccinations[i].version++;
	} else {
		memcpy(rec, orig, sizeof *rec);
	}
	free(orig);
	return s;
}
