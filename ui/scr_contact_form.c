/* scr_contact_form.c — the contact-moment form (PRODUCT §4): one field table
 * for the form engine covering the contact (date, time, status, moment,
 * kind, form, where, who), the measurements, two vaccination blocks, the
 * observations, the conclusion and the next step, saved as one record
 * through contact_save_new / contact_update.
 *
 * What the table cannot say is done around the engine: the moment and the
 * dose that are due for the child are preselected (src/childdue.h), the
 * kind follows the chosen moment, the z-scores and the BMI are drawn next to
 * the measurements once their field is left, a not-realised status drops the
 * measurements, vaccinations and observations from what is saved, and an
 * implausible measurement refused by the core is put to the user as a
 * question ("Toch opslaan?") whose 'j' saves it confirmed and flagged. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "childdue.h"
#include "contact.h"
#include "draw.h"
#include "formscreen.h"
#include "screens.h"
#include "text.h"

/* Observation fields and the domain (observatiedomein.tsv) each is stored in. */
static const struct {
	const char *key;    /* field key */
	const char *domain; /* observatiedomein code */
} obs_fields[] = {
	{"obs_general", "overig"}, {"obs_eyes", "ogen"}, {"obs_hearing", "gehoor"},
	{"obs_feeding", "voeding"}, {"obs_psycho", "psychosociaal"},
};

enum { NOBS = sizeof obs_fields / sizeof *obs_fields, NVAC = 2, LYING_MONTHS = 18,
       NLISTS = 12 /* code lists a form keeps */ };

/* The keys of one vaccination block. */
static const struct {
	const char *vaccine, *dose, *batch, *site, *reason; /* field keys */
} vac_keys[NVAC] = {
	{"vaccine1", "dose1", "batch1", "site1", "reason1"},
	{"vaccine2", "dose2", "batch2", "site2", "reason2"},
};

static int fv_time(const char *v, char *norm, size_t n, const char **why);

static const struct form_field_def contact_fields[] = {
	{.key = "date", .label = N_("Datum"), .type = FT_DATE, .required = 1,
	 .help = N_("dd-mm-jjjj of ddmmjjjj; t is vandaag, -2d is twee dagen terug.")},
	{.key = "time", .label = N_("Tijd"), .type = FT_TEXT, .max_chars = 5,
	 .validate = fv_time, .help = N_("uu:mm, bijvoorbeeld 10:30 of 1030.")},
	{.key = "status", .label = N_("Status"), .type = FT_CHOICE, .required = 1, .bds = 1605,
	 .help = N_("Niet doorgegaan? Kies een 'niet gerealiseerd' en druk F2.")},
	{.key = "moment", .label = N_("Moment"), .type = FT_CHOICE,
	 .help = N_("Het moment uit het schema; het moment dat nu aan de beurt is staat "
		    "al klaar.")},
	{.key = "kind", .label = N_("Soort"), .type = FT_CHOICE, .required = 1, .bds = 494},
	{.key = "form", .label = N_("Vorm"), .type = FT_CHOICE, .required = 1, .bds = 1577},
	{.key = "location", .label = N_("Locatie"), .type = FT_TEXT, .validate = fv_text},
	{.key = "professional", .label = N_("Medewerker"), .type = FT_CHOICE, .required = 1},
	{.key = "present", .label = N_("Aanwezig"), .type = FT_TEXT, .validate = fv_text,
	 .help = N_("Wie er bij waren, bijvoorbeeld: moeder en kind.")},
	{.key = "length", .label = N_("Lengte"), .type = FT_NUMBER, .bds = 235, .unit = N_("cm"),
	 .min = 30, .max = 220, .decimals = 1},
	{.key = "length_method", .label = N_("Lengte gemeten"), .type = FT_CHOICE, .bds = 236,
	 .help = N_("Liggend tot ongeveer 18 maanden, daarna staand.")},
	{.key = "weight", .label = N_("Gewicht"), .type = FT_NUMBER, .bds = 245, .unit = N_("kg"),
	 .min = 0.3, .max = 200, .decimals = 3,
	 .help = N_("In kilogram met een komma, bijvoorbeeld 6,25.")},
	{.key = "weight_method", .label = N_("Gewicht gemeten"), .type = FT_CHOICE, .bds = 246},
	{.key = "head", .label = N_("Hoofdomtrek"), .type = FT_NUMBER, .bds = 252,
	 .unit = N_("cm"), .min = 20, .max = 65, .decimals = 1},
	{.key = "vaccine1", .label = N_("Vaccin"), .type = FT_CHOICE,
	 .help = N_("De prik die aan de beurt is staat al klaar; Backspace maakt het "
		    "veld leeg.")},
	{.key = "dose1", .label = N_("Dosis"), .type = FT_NUMBER, .min = 1, .max = 9},
	{.key = "batch1", .label = N_("Partijnummer"), .type = FT_TEXT,
	 .max_chars = BATCH_CHARS, .validate = fv_text, .bds = 472,
	 .help = N_("Verplicht als de prik gegeven is.")},
	{.key = "site1", .label = N_("Prikplaats"), .type = FT_CHOICE},
	{.key = "reason1", .label = N_("Niet gegeven, reden"), .type = FT_CHOICE,
	 .help = N_("Alleen als de prik niet gegeven is; laat dan het partijnummer leeg.")},
	{.key = "vaccine2", .label = N_("Extra vaccin"), .type = FT_CHOICE,
	 .help = N_("Een tweede prik bij hetzelfde contact.")},
	{.key = "dose2", .label = N_("Extra dosis"), .type = FT_NUMBER, .min = 1, .max = 9},
	{.key = "batch2", .label = N_("Extra partijnummer"), .type = FT_TEXT,
	 .max_chars = BATCH_CHARS, .validate = fv_text, .bds = 472},
	{.key = "site2", .label = N_("Extra prikplaats"), .type = FT_CHOICE},
	{.key = "reason2", .label = N_("Extra niet gegeven"), .type = FT_CHOICE},
	{.key = "obs_general", .label = N_("Observatie"), .type = FT_NOTE, .rows = 2,
	 .max_chars = OBSERVATION_CHARS, .help = N_("Wat u algemeen zag of hoorde.")},
	{.key = "obs_eyes", .label = N_("Ogen"), .type = FT_TEXT,
	 .max_chars = OBSERVATION_CHARS},
	{.key = "obs_hearing", .label = N_("Gehoor"), .type = FT_TEXT,
	 .max_chars = OBSERVATION_CHARS},
	{.key = "obs_feeding", .label = N_("Voeding"), .type = FT_TEXT,
	 .max_chars = OBSERVATION_CHARS},
	{.key = "obs_psycho", .label = N_("Psychosociaal"), .type = FT_TEXT,
	 .max_chars = OBSERVATION_CHARS},
	{.key = "conclusion", .label = N_("Conclusie"), .type = FT_NOTE, .rows = 3,
	 .max_chars = CONTACT_NOTE_CHARS, .bds = 482},
	{.key = "agreements", .label = N_("Afspraken"), .type = FT_NOTE, .rows = 2,
	 .max_chars = CONTACT_NOTE_CHARS},
	{.key = "next_step", .label = N_("Vervolgstap"), .type = FT_CHOICE},
	{.key = "next_on", .label = N_("Volgend contact"), .type = FT_DATE,
	 .help = N_("Datum van het volgende contact, bijvoorbeeld +8w.")},
};

enum { NFIELDS = sizeof contact_fields / sizeof *contact_fields };

struct contact_form {
	struct child child;               /* the child, as read */
	struct contact_record rec;        /* the record as read (edit) or defaults (new) */
	int is_new;                       /* 1: contact_save_new, 0: contact_update */
	int confirm;                      /* the user confirmed an implausible measurement */
	struct measurement *earlier;      /* the child's other measurements, oldest first */
	int nearlier;                     /* entries in earlier */
	struct account *accounts;         /* the professionals the choices point into */
	struct form_choice *lists[NLISTS]; /* code lists given to choice fields (freed) */
	int nlists;                       /* entries used in lists */
	int nomem;                        /* a code list could not be made */
	struct form_choice *moments;      /* schedule moments */
	struct form_choice *vaccines;     /* vaccines of the child's RVP version */
	char prev_status[3];              /* status before the last key */
	char prev_moment[CODE_BUF];       /* moment before the last key */
};

/* Reads 1 or 2 digits at *p into *v and moves *p past them; -1 if none. */
static int two_digits(const char **p, int *v)
{
	int n = 0;
	*v = 0;
	while (n < 2 && **p >= '0' && **p <= '9') {
		*v = *v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	return n ? 0 : -1;
}

/* "1030", "930", "10.30", "9:05" → "10:30", "09:30", "10:30", "09:05". */
static int fv_time(const char *v, char *norm, size_t n, const char **why)
{
	int h = -1, m = -1, ok;
	size_t len = strlen(v);
	const char *p = v;
	if ((len == 3 || len == 4) && strspn(v, "0123456789") == len) {
		h = len == 4 ? (v[0] - '0') * 10 + (v[1] - '0') : v[0] - '0';
		m = (v[len - 2] - '0') * 10 + (v[len - 1] - '0');
		ok = 1;
	} else {
		ok = two_digits(&p, &h) == 0 && (*p == ':' || *p == '.') && (p++, 1) &&
		     strlen(p) == 2 && two_digits(&p, &m) == 0 && *p == '\0';
	}
	if (!ok || h < 0 || h > 23 || m < 0 || m > 59) {
		*why = _("Schrijf de tijd als uu:mm, bijvoorbeeld 10:30.");
		return -1;
	}
	snprintf(norm, n, "%02d:%02d", h, m);
	return 0;
}

static void free_ctx(void *p)
{
	struct contact_form *cf = p;
	if (!cf)
		return;
	for (int i = 0; i < cf->nlists; i++)
		free(cf->lists[i]);
	free(cf->earlier);
	free(cf->accounts);
	free(cf);
}

/* Gives field `key` a code list and keeps it for freeing. */
static void give_list(struct contact_form *cf, struct form *f, const char *key,
		      struct form_choice *c)
{
	if (!c || cf->nlists >= NLISTS) {
		free(c);
		cf->nomem = 1;
		return;
	}
	cf->lists[cf->nlists++] = c;
	form_set_choices(f, key, c);
}

static struct form_choice *moment_choices(const struct schedule *s)
{
	struct form_choice *c = calloc(s->nmoments + 1, sizeof *c);
	for (size_t i = 0; c && i < s->nmoments; i++) {
		c[i].code = s->moments[i].code;
		c[i].label = s->moments[i].label;
	}
	return c;
}

/* The vaccines of the child's RVP version, each once, in rvp.tsv order. */
static struct form_choice *vaccine_choices(const struct schedule *s, struct gp_date birth)
{
	const struct sched_version *v = schedule_version_for(s, birth);
	struct form_choice *c = calloc(s->ndoses + 1, sizeof *c);
	size_t k = 0;
	for (size_t i = 0; c && i < s->ndoses; i++) {
		const struct sched_dose *d = &s->doses[i];
		size_t j;
		if (v && d->version != v)
			continue;
		for (j = 0; j < k && strcmp(c[j].code, d->vaccine) != 0; j++)
			;
		if (j == k) {
			c[k].code = d->vaccine;
			c[k++].label = d->vaccine;
		}
	}
	return c;
}

static struct form_choice *account_choices(struct contact_form *cf, int n, const char *keep)
{
	struct form_choice *c = calloc((size_t)n + 1, sizeof *c);
	int k = 0;
	for (int i = 0; c && i < n; i++) {
		if (!cf->accounts[i].active && strcmp(cf->accounts[i].id, keep) != 0)
			continue;
		c[k].code = cf->accounts[i].id;
		c[k++].label = cf->accounts[i].display_name;
	}
	return c;
}

static int load_choices(struct app *app, struct contact_form *cf, struct form *f)
{
	static const struct {
		const char *key, *list; /* field key, code list */
	} coded[] = {
		{"status", "contactstatus"}, {"kind", "contactsoort"}, {"form", "contactvorm"},
		{"length_method", "lengtemethode"}, {"weight_method", "gewichtmethode"},
		{"site1", "vaccinatieplaats"}, {"reason1", "reden_niet_gevaccineerd"},
		{"next_step", "vervolgstap"},
	};
	struct gp_err e = {0};
	int n = 0;
	for (size_t i = 0; i < sizeof coded / sizeof *coded; i++)
		give_list(cf, f, coded[i].key, formscreen_codelist(app, coded[i].list));
	if (cf->nomem)
		return -1;
	/* the second block shares the first one's lists */
	form_set_choices(f, "site2", cf->lists[5]);
	form_set_choices(f, "reason2", cf->lists[6]);
	cf->moments = moment_choices(app->sched);
	cf->vaccines = vaccine_choices(app->sched, cf->child.birth_date);
	give_list(cf, f, "moment", cf->moments);
	give_list(cf, f, "vaccine1", cf->vaccines);
	form_set_choices(f, "vaccine2", cf->vaccines);
	if (account_list(app->db, &cf->accounts, &n, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return -1;
	}
	give_list(cf, f, "professional",
		  account_choices(cf, n, cf->rec.contact.professional_id[0] ?
				  cf->rec.contact.professional_id : app->me.id));
	if (cf->nomem)
		app_message(app, 1, _("Geen geheugen meer vrij."));
	return cf->nomem ? -1 : 0;
}

/* ---- from the record to the form ------------------------------------------ */

static void set_fixed(struct form *f, const char *key, int v, int decimals)
{
	char buf[32];
	if (v <= 0) {
		form_set(f, key, "");
		return;
	}
	if (decimals == 0)
		snprintf(buf, sizeof buf, "%d", v);
	else if (decimals == 1)
		snprintf(buf, sizeof buf, "%d,%d", v / 10, v % 10);
	else
		snprintf(buf, sizeof buf, "%d,%03d", v / 1000, v % 1000);
	form_set(f, key, buf);
}

static void set_date(struct form *f, const char *key, struct gp_date d)
{
	char buf[11];
	if (!d.y)
		return;
	date_fmt_nl(d, buf);
	form_set(f, key, buf);
}

static const char *obs_text(const struct contact_record *r, const char *domain)
{
	for (int i = 0; i < r->nobservations; i++)
		if (strcmp(r->observations[i].domain, domain) == 0)
			return r->observations[i].text;
	return "";
}

static void fill(struct form *f, const struct contact_record *r)
{
	const struct contact *c = &r->contact;
	set_date(f, "date", c->date);
	form_set(f, "time", c->time);
	form_set(f, "status", c->status);
	form_set(f, "moment", c->schedule_moment);
	form_set(f, "kind", c->kind);
	form_set(f, "form", c->form);
	form_set(f, "location", c->location);
	form_set(f, "professional", c->professional_id);
	form_set(f, "present", c->present);
	if (r->has_measurement) {
		const struct measurement *m = &r->measurement;
		set_fixed(f, "length", m->length_mm, 1);
		set_fixed(f, "weight", m->weight_g, 3);
		set_fixed(f, "head", m->head_mm, 1);
		form_set(f, "weight_method", m->weight_method);
		if (m->length_method[0])
			form_set(f, "length_method", m->length_method);
	}
	for (int i = 0; i < NVAC && i < r->nvaccinations; i++) {
		const struct vaccination *v = &r->vaccinations[i];
		form_set(f, vac_keys[i].vaccine, v->vaccine);
		set_fixed(f, vac_keys[i].dose, v->dose_no, 0);
		form_set(f, vac_keys[i].batch, v->batch);
		form_set(f, vac_keys[i].site, v->site);
		form_set(f, vac_keys[i].reason, v->given ? "" : v->reason_not_given);
	}
	for (int i = 0; i < NOBS; i++)
		form_set(f, obs_fields[i].key, obs_text(r, obs_fields[i].domain));
	form_set(f, "conclusion", c->conclusion);
	form_set(f, "agreements", c->agreements);
	form_set(f, "next_step", c->next_step);
	set_date(f, "next_on", c->next_contact_on);
}

/* A new contact: today, now, realised, face-to-face, by the user; the
 * moment, kind and dose that are due, lying or standing by age. */
static void defaults(struct app *app, struct contact_form *cf, struct form *f)
{
	struct sched_due_list due = {0};
	struct gp_err e = {0};
	time_t now = time(NULL);
	struct tm tm;
	char hhmm[6] = "";
	struct contact *c = &cf->rec.contact;

	if (localtime_r(&now, &tm))
		snprintf(hhmm, sizeof hhmm, "%02u:%02u", (unsigned)tm.tm_hour % 24u,
			 (unsigned)tm.tm_min % 60u);
	c->date = app->today;
	snprintf(c->time, sizeof c->time, "%s", hhmm);
	snprintf(c->status, sizeof c->status, "01");
	snprintf(c->form, sizeof c->form, "03");
	snprintf(c->professional_id, sizeof c->professional_id, "%s", app->me.id);
	fill(f, &cf->rec);
	if (child_due_list(app->db, app->sched, &cf->child, app->today, &due, &e) == GP_OK) {
		const struct sched_due *m = child_due_first(&due, SCHED_MOMENT);
		const struct sched_due *v = child_due_first(&due, SCHED_DOSE);
		if (m) {
			form_set(f, "moment", m->moment->code);
			form_set(f, "kind", m->moment->kind);
		}
		if (v) {
			form_set(f, "vaccine1", v->dose->vaccine);
			set_fixed(f, "dose1", v->dose->dose, 0);
		}
		schedule_due_free(&due);
	} else {
		app_message(app, 1, "%s", e.msg);
	}
	struct gp_date at18 = date_add_months(cf->child.birth_date, LYING_MONTHS);
	int young = date_cmp(app->today, at18) < 0;
	form_set(f, "length_method", young ? "liggend" : "staand");
	/* infants in the thigh, older children in the upper arm (Richtlijn RVP) */
	form_set(f, "site1", young ? "linkerbovenbeen" : "linkerbovenarm");
	form_set(f, "site2", young ? "rechterbovenbeen" : "rechterbovenarm");
	form_set(f, "weight_method", "zonder_kleding");
}

/* ---- from the form to the record ------------------------------------------- */

/* A number field in tenths or thousandths as an int; 0 when empty. */
static int get_scaled(const struct form *f, const char *key, double scale)
{
	double v;
	return form_get_number(f, key, &v) == 0 ? (int)(v * scale + 0.5) : 0;
}

static void collect_measurement(const struct form *f, struct contact_record *r)
{
	struct measurement *m = &r->measurement;
	const struct measurement was = *m;
	m->length_mm = get_scaled(f, "length", 10);
	m->weight_g = get_scaled(f, "weight", 1000);
	m->head_mm = get_scaled(f, "head", 10);
	fs_copy(f, "length_method", m->length_method, sizeof m->length_method);
	fs_copy(f, "weight_method", m->weight_method, sizeof m->weight_method);
	if (!m->length_mm)
		m->length_method[0] = '\0';
	if (!m->weight_g)
		m->weight_method[0] = '\0';
	r->has_measurement = m->length_mm || m->weight_g || m->head_mm || m->id[0];
	/* a value edited since it was confirmed needs a new confirmation */
	if (m->length_mm != was.length_mm || m->weight_g != was.weight_g ||
	    m->head_mm != was.head_mm || strcmp(m->length_method, was.length_method) != 0)
		m->confirmed = 0;
}

/* Block i into r->vaccinations[i]; 0, or -1 with *field and e set. */
static int collect_vaccination(const struct form *f, struct contact_record *r, int i,
			       const char **field, struct gp_err *e)
{
	struct vaccination *v = &r->vaccinations[i];
	const char *vaccine = form_get(f, vac_keys[i].vaccine);
	const char *batch = form_get(f, vac_keys[i].batch);
	const char *reason = form_get(f, vac_keys[i].reason);
	if (!vaccine[0]) {
		if (i < r->nvaccinations) {
			*field = vac_keys[i].vaccine;
			gp_fail(e, GP_EINPUT, _("Een vastgelegde vaccinatie blijft bewaard; kies "
						"het vaccin weer, of geef een reden als zij niet "
						"gegeven is."));
			return -1;
		}
		if (batch[0] || reason[0]) {
			*field = vac_keys[i].vaccine;
			gp_fail(e, GP_EINPUT, _("Kies het vaccin bij dit partijnummer of deze reden."));
			return -1;
		}
		return 0;
	}
	if (!batch[0] && !reason[0]) {
		*field = vac_keys[i].batch;
		gp_fail(e, GP_EINPUT, _("Vul het partijnummer in, of kies waarom de prik niet "
					"gegeven is; prikt u niet, maak het vaccin dan leeg "
					"(Backspace)."));
		return -1;
	}
	if (batch[0] && reason[0]) {
		*field = vac_keys[i].reason;
		gp_fail(e, GP_EINPUT, _("Een gegeven prik heeft geen reden voor niet geven: "
					"maak het partijnummer of de reden leeg."));
		return -1;
	}
	snprintf(v->vaccine, sizeof v->vaccine, "%s", vaccine);
	v->dose_no = get_scaled(f, vac_keys[i].dose, 1);
	v->given = batch[0] != '\0';
	fs_copy(f, vac_keys[i].batch, v->batch, sizeof v->batch);
	fs_copy(f, vac_keys[i].site, v->site, sizeof v->site);
	fs_copy(f, vac_keys[i].reason, v->reason_not_given, sizeof v->reason_not_given);
	if (i >= r->nvaccinations)
		r->nvaccinations = i + 1;
	return 0;
}

static void collect_observations(const struct form *f, struct contact_record *r)
{
	for (int i = 0; i < NOBS; i++) {
		const char *text = form_get(f, obs_fields[i].key);
		int k;
		for (k = 0; k < r->nobservations; k++)
			if (strcmp(r->observations[k].domain, obs_fields[i].domain) == 0)
				break;
		if (k == r->nobservations) {
			if (!text[0] || k >= CONTACT_MAX_OBSERVATIONS)
				continue;
			r->nobservations++;
			snprintf(r->observations[k].domain, sizeof r->observations[k].domain, "%s",
				 obs_fields[i].domain);
		}
		text_copy(r->observations[k].text, sizeof r->observations[k].text, text);
	}
}

/* The record the form describes, on top of the one read; 0, or -1 when a
 * vaccination block is incomplete. */
static int collect(const struct form *f, struct contact_record *r, const char **field,
		   struct gp_err *e)
{
	struct contact *c = &r->contact;
	if (form_get_date(f, "date", &c->date) != 0)
		c->date = (struct gp_date){0, 0, 0};
	fs_copy(f, "time", c->time, sizeof c->time);
	fs_copy(f, "status", c->status, sizeof c->status);
	fs_copy(f, "moment", c->schedule_moment, sizeof c->schedule_moment);
	fs_copy(f, "kind", c->kind, sizeof c->kind);
	fs_copy(f, "form", c->form, sizeof c->form);
	fs_copy(f, "location", c->location, sizeof c->location);
	fs_copy(f, "professional", c->professional_id, sizeof c->professional_id);
	fs_copy(f, "present", c->present, sizeof c->present);
	fs_copy(f, "conclusion", c->conclusion, sizeof c->conclusion);
	fs_copy(f, "agreements", c->agreements, sizeof c->agreements);
	fs_copy(f, "next_step", c->next_step, sizeof c->next_step);
	if (form_get_date(f, "next_on", &c->next_contact_on) != 0)
		c->next_contact_on = (struct gp_date){0, 0, 0};
	if (!contact_realised(c->status)) {
		/* a missed contact carries none of these (the core refuses them) */
		r->has_measurement = 0;
		r->nvaccinations = 0;
		r->nobservations = 0;
		return 0;
	}
	collect_measurement(f, r);
	for (int i = 0; i < NVAC; i++)
		if (collect_vaccination(f, r, i, field, e) != 0)
			return -1;
	/* a later block filled while an earlier one is empty: keep only the
	 * filled ones, in order */
	int kept = 0;
	for (int i = 0; i < r->nvaccinations; i++)
		if (r->vaccinations[i].vaccine[0])
			r->vaccinations[kept++] = r->vaccinations[i];
	r->nvaccinations = kept;
	collect_observations(f, r);
	return 0;
}

/* ---- growth next to the values ---------------------------------------------- */

/* The z-scores of the measurement the form holds now, against the child's
 * other measurements up to the contact date; 0, or -1 when nothing is
 * measured or the date is not valid. */
static int form_growth(const struct contact_form *cf, const struct form *f,
		       struct app *app, struct measurement *m, struct measurement_growth *g)
{
	struct gp_date on;
	int n = 0;
	memset(m, 0, sizeof *m);
	if (form_get_date(f, "date", &on) != 0)
		return -1;
	m->measured_on = on;
	snprintf(m->id, sizeof m->id, "%s", cf->rec.measurement.id);
	m->length_mm = get_scaled(f, "length", 10);
	m->weight_g = get_scaled(f, "weight", 1000);
	m->head_mm = get_scaled(f, "head", 10);
	fs_copy(f, "length_method", m->length_method, sizeof m->length_method);
	if (!m->length_mm && !m->weight_g && !m->head_mm)
		return -1;
	while (n < cf->nearlier && date_cmp(cf->earlier[n].measured_on, on) <= 0)
		n++;
	measurement_growth_one(app->growth, cf->child.sex, cf->child.birth_date, cf->earlier, n,
			       m, g);
	return 0;
}

/* "z +0,42" or "" when there is no z-score. */
static void fmt_z(const struct growth_z *z, char *buf, size_t n)
{
	buf[0] = '\0';
	if (z->status != GROWTH_Z_OK)
		return;
	snprintf(buf, n, "z %+.2f", z->z);
	for (char *p = buf; *p; p++)
		if (*p == '.')
			*p = ',';
}

/* Draws `text` after the value and unit of field `key`, when that field
 * is on screen and does not have the focus. */
static void annotate(struct app *app, const struct form *f, const struct rect *b,
		     const char *key, const char *text, int warn)
{
	for (size_t i = 0; i < f->n; i++) {
		const struct form_field *fl = &f->fields[i];
		if (strcmp(fl->def->key, key) != 0)
			continue;
		int y = fl->row - f->top;
		if (i == f->focus || y < 0 || y >= f->body_rows || !text[0])
			return;
		const char *unit = fl->def->unit ? _(fl->def->unit) : "";
		int x = f->value_x + fl->width + 2 + draw_width(unit, app->ascii);
		if (x >= b->w - 2)
			return;
		attrset(warn ? app_attr(app, TH_ERROR) : app_attr(app, TH_DIM));
		draw_text(stdscr, b->y + y, b->x + x, b->w - x - 1, text, app->ascii);
		attrset(A_NORMAL);
		return;
	}
}

/* 1 when an indicator among `bits` looks implausible. */
static int flagged(const struct measurement_growth *g, unsigned bits)
{
	return ((g->check.extreme | g->check.jump) & bits) != 0;
}

static void draw_growth(struct app *app, struct contact_form *cf, const struct form *f,
			const struct rect *b)
{
	struct measurement m;
	struct measurement_growth g;
	char z[32], line[128];
	if (f->mode != FM_EDIT || form_growth(cf, f, app, &m, &g) != 0)
		return;
	const char *remark = measurement_growth_remark(&g);
	if (remark[0]) {
		annotate(app, f, b, m.weight_g ? "weight" : m.length_mm ? "length" : "head",
			 remark, 0);
		return;
	}
	fmt_z(&g.z[GROWTH_LFA], z, sizeof z);
	annotate(app, f, b, "length", z, flagged(&g, 1u << GROWTH_LFA));
	fmt_z(&g.z[GROWTH_WFA], z, sizeof z);
	line[0] = '\0';
	if (g.bmi > 0) {
		char bmi[32];
		fmt_z(&g.z[GROWTH_BFA], bmi, sizeof bmi);
		snprintf(line, sizeof line, _("%s  BMI %.1f %s"), z, g.bmi, bmi);
		for (char *p = strstr(line, "BMI"); p && *p; p++)
			if (*p == '.')
				*p = ',';
	} else {
		snprintf(line, sizeof line, "%s", z);
	}
	annotate(app, f, b, "weight", line,
		 flagged(&g, (1u << GROWTH_WFA) | (1u << GROWTH_BFA)));
	fmt_z(&g.z[GROWTH_HCFA], z, sizeof z);
	annotate(app, f, b, "head", z, flagged(&g, 1u << GROWTH_HCFA));
}

static void cf_draw(struct app *app, struct screen *s, const struct rect *b)
{
	struct formscreen *fs = s->st;
	formscreen_draw(app, s, b);
	if (fs->ctx)
		draw_growth(app, fs->ctx, &fs->form, b);
}

/* ---- keys: what follows from a changed status or moment ----------------------- */

static const char *moment_kind(const struct app *app, const char *code)
{
	for (size_t i = 0; i < app->sched->nmoments; i++)
		if (strcmp(app->sched->moments[i].code, code) == 0)
			return app->sched->moments[i].kind;
	return "";
}

static int cf_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	struct contact_form *cf = fs->ctx;
	int r;
	if (cf) {
		fs_copy(&fs->form, "status", cf->prev_status, sizeof cf->prev_status);
		fs_copy(&fs->form, "moment", cf->prev_moment, sizeof cf->prev_moment);
	}
	r = formscreen_key(app, s, act, key);
	if (app->depth == 0 || &app->stack[app->depth - 1] != s || s->st != fs || !cf)
		return r; /* the form closed */
	const char *status = form_get(&fs->form, "status");
	const char *moment = form_get(&fs->form, "moment");
	if (strcmp(status, cf->prev_status) != 0 && status[0] && !contact_realised(status))
		app_message(app, 0, "%s", _("Niet gerealiseerd: metingen, prikken en "
					    "observaties vervallen."));
	if (strcmp(moment, cf->prev_moment) != 0 && moment[0]) {
		const char *kind = form_get(&fs->form, "kind");
		if (!kind[0] || strcmp(kind, moment_kind(app, cf->prev_moment)) == 0) {
			char k[3];
			snprintf(k, sizeof k, "%s", moment_kind(app, moment));
			form_set(&fs->form, "kind", k);
		}
	}
	return r;
}

/* ---- saving ------------------------------------------------------------------- */

static void confirm_yes(struct app *app, void *ctx)
{
	struct formscreen *fs = ctx;
	if (app->depth == 0 || app->stack[app->depth - 1].st != fs)
		return; /* the form is no longer on top */
	((struct contact_form *)fs->ctx)->confirm = 1;
	formscreen_key(app, &app->stack[app->depth - 1], ACT_SAVE, GK_F2);
}

/* When the core refused the measurement as implausible (its sentence is in
 * e), asks whether to save it anyway. */
static int ask_implausible(struct app *app, struct formscreen *fs, struct contact_record *r,
			   const struct gp_err *e)
{
	struct contact_form *cf = fs->ctx;
	struct measurement m;
	struct measurement_growth g;
	char msg[sizeof e->msg], q[sizeof e->msg + 64];
	if (!r->has_measurement || r->measurement.confirmed ||
	    form_growth(cf, &fs->form, app, &m, &g) != 0 || !g.flags)
		return 0;
	measurement_growth_explain(&g, &r->measurement, msg, sizeof msg);
	if (strcmp(msg, e->msg) != 0)
		return 0;
	snprintf(q, sizeof q, "%s %s", msg, _("Toch opslaan? (j/n)"));
	app_ask(app, q, confirm_yes, fs);
	return 1;
}

static enum gp_status save(struct app *app, struct formscreen *fs, const char **field,
			   struct gp_err *e)
{
	struct contact_form *cf = fs->ctx;
	struct contact_record *r = malloc(sizeof *r);
	struct contact_refs refs = {app->growth, app->ref, app->sched};
	enum gp_status st;
	if (!r)
		return gp_fail(e, GP_EINTERNAL, _("Geen geheugen meer vrij."));
	*r = cf->rec; /* a copy: a failed save changes nothing */
	if (collect(&fs->form, r, field, e) != 0) {
		free(r);
		return GP_EINPUT;
	}
	if (cf->confirm && r->has_measurement)
		r->measurement.confirmed = 1;
	cf->confirm = 0;
	st = cf->is_new ? contact_save_new(app->db, &refs, r, e)
			: contact_update(app->db, &refs, r, e);
	/* GP_ESTALE: the core's sentence says who saved first and when */
	if (st == GP_EINPUT)
		ask_implausible(app, fs, r, e);
	if (st == GP_OK)
		cf->rec = *r;
	free(r);
	return st;
}

/* Back in the dossier, the saved contact is in view. */
static void saved(struct app *app, void *ctx)
{
	(void)ctx;
	dossier_show_contacts(app);
}

static const struct formscreen_kind contact_kind = {
	.ops = {
		.name = "contactmoment", .title = formscreen_title, .draw = cf_draw,
		.key = cf_key, .dirty = formscreen_dirty, .destroy = formscreen_destroy,
		.keys = formscreen_keys, .typing = 1,
		.howto = N_("Datum, tijd, status, moment en medewerker staan al ingevuld; het "
			    "moment en de prik die aan de beurt zijn ook. Tab of Enter gaat naar "
			    "het volgende veld. Vul lengte, gewicht en hoofdomtrek in: na het veld "
			    "ziet u de z-score en de BMI. Bij een gegeven prik hoort een "
			    "partijnummer, anders een reden. Een contact dat niet doorging: kies "
			    "bij Status een 'niet gerealiseerd' en druk F2; metingen en prikken "
			    "vervallen dan. Een onwaarschijnlijke meting wordt pas na uw "
			    "bevestiging (j) opgeslagen, en gemarkeerd. F2 of Ctrl-S slaat op, Esc "
			    "annuleert."),
	},
	.save = save,
	.saved = saved,
	.free_ctx = free_ctx,
};

/* The child's measurements other than this contact's, oldest first. */
static void load_earlier(struct app *app, struct contact_form *cf)
{
	struct gp_err e = {0};
	int k = 0;
	if (measurement_list(app->db, cf->child.id, &cf->earlier, &cf->nearlier, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	for (int i = 0; i < cf->nearlier; i++)
		if (!cf->rec.measurement.id[0] ||
		    strcmp(cf->earlier[i].id, cf->rec.measurement.id) != 0)
			cf->earlier[k++] = cf->earlier[i];
	cf->nearlier = k;
}

void contact_form_open(struct app *app, const struct child *c, const char *contact_id)
{
	struct form f;
	struct gp_err e = {0};
	struct contact_form *cf = calloc(1, sizeof *cf);
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
	if (!cf || form_init(&f, contact_fields, NFIELDS, app->today) != 0) {
		free(cf);
		app_message(app, 1, _("Geen geheugen meer vrij."));
		return;
	}
	cf->child = *c;
	cf->is_new = contact_id == NULL;
	if (contact_id && contact_get(app->db, contact_id, &cf->rec, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		form_free(&f);
		free_ctx(cf);
		return;
	}
	snprintf(cf->rec.contact.child_id, sizeof cf->rec.contact.child_id, "%s", c->id);
	if (load_choices(app, cf, &f) != 0) {
		form_free(&f);
		free_ctx(cf);
		return;
	}
	if (cf->is_new)
		defaults(app, cf, &f);
	else
		fill(&f, &cf->rec);
	load_earlier(app, cf);
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	snprintf(title, sizeof title, cf->is_new ? _("Contactmoment %s") : _("Wijzig contact %s"),
		 name);
	formscreen_open(app, &contact_kind, &f, cf, title);
}
