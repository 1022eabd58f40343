/* scr_contact_form.c — the contact-moment form (docs/product.md §4): one
 * field table bound to struct contact_record — the contact (date, time,
 * status, moment, kind, form, where, who), the measurements, the
 * vaccinations (a repeating group), the observations per domain, the
 * conclusion and the next step — saved as one record through
 * contact_save_new / contact_update.
 *
 * What only this form does: a new contact starts with the moment and every
 * dose that are due for the child (src/childdue.h) and sites by age; the
 * kind follows the chosen moment; the z-scores and the BMI are drawn next
 * to the measurements once their field is left; a not-realised status
 * drops the measurements, vaccinations and observations from what is
 * saved.  An implausible measurement is asked about by formscreen (the
 * core's GP_CONFIRM). */
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

enum { LYING_MONTHS = 18 };

static int fv_time(const char *v, char *norm, size_t n, const char **why);

/* The observation of one domain (arg: an observatiedomein.tsv code). */
static void obs_get(const void *rec, const char *domain, char *out, size_t n)
{
	const struct contact_record *r = rec;
	out[0] = '\0';
	for (int i = 0; i < r->nobservations; i++)
		if (strcmp(r->observations[i].domain, domain) == 0)
			text_copy(out, n, r->observations[i].text);
}

static void obs_set(void *rec, const char *domain, const char *text)
{
	struct contact_record *r = rec;
	int k;
	for (k = 0; k < r->nobservations && strcmp(r->observations[k].domain, domain) != 0; k++)
		;
	if (k == r->nobservations) {
		if (!text[0] || k >= CONTACT_MAX_OBSERVATIONS)
			return;
		r->nobservations++;
		snprintf(r->observations[k].domain, sizeof r->observations[k].domain, "%s", domain);
	}
	text_copy(r->observations[k].text, sizeof r->observations[k].text, text);
}

/* A vaccination row: given (batch number) or not (reason), not both. */
static int vaccination_complete(const char *const v[], int loaded, int *at, const char **why)
{
	const char *vaccine = v[0], *batch = v[1], *reason = v[2];
	if (!vaccine[0]) {
		*at = 0;
		*why = loaded ? _("Een vastgelegde vaccinatie blijft bewaard; kies het vaccin "
				  "weer, of geef een reden als zij niet gegeven is.")
			      : _("Kies het vaccin bij dit partijnummer of deze reden.");
		return batch[0] || reason[0] || loaded ? -1 : 0;
	}
	if (!batch[0] && !reason[0]) {
		*at = 1;
		*why = _("Vul het partijnummer in, of kies waarom de prik niet gegeven is; prikt "
			 "u niet, maak het vaccin dan leeg (Backspace).");
		return -1;
	}
	if (batch[0] && reason[0]) {
		*at = 2;
		*why = _("Een gegeven prik heeft geen reden voor niet geven: maak het "
			 "partijnummer of de reden leeg.");
		return -1;
	}
	return 0;
}

static const struct form_rule vaccination_rule = {
	"vaccination_complete", {"vaccine", "batch", "reason_not_given"}, vaccination_complete,
};

static const struct form_group_def vaccinations =
	FORM_GROUP(struct contact_record, vaccinations, nvaccinations, N_("Vaccinatie %d"));

#define C(m) FORM_TEXT(struct contact_record, contact.m)
#define M(m, scale) FORM_INT(struct contact_record, measurement.m, scale)
#define V(m) FORM_TEXT(struct vaccination, m), .group = &vaccinations
#define OBS(domain) FORM_FN("observations." domain, obs_get, obs_set, domain)

/* Field indexes this file uses by name (checked by the compiler, not by
 * spelling a key). */
enum {
	F_DATE, F_TIME, F_STATUS, F_MOMENT, F_KIND, F_FORM, F_LOCATION, F_PROF, F_PRESENT,
	F_LENGTH, F_LENGTH_METHOD, F_WEIGHT, F_WEIGHT_METHOD, F_HEAD,
	F_VACCINE, F_DOSE, F_BATCH, F_SITE, F_REASON,
	F_OBS, F_OBS_EYES, F_OBS_HEARING, F_OBS_FEEDING, F_OBS_PSYCHO,
	F_CONCLUSION, F_AGREEMENTS, F_NEXT_STEP, F_NEXT_ON, NFIELDS
};

static const struct form_field_def contact_fields[NFIELDS] = {
	[F_DATE] = {FORM_DATE(struct contact_record, contact.date), .label = N_("Datum"),
		    .type = FT_DATE, .required = 1, .section = N_("Contact"),
		    .help = N_("dd-mm-jjjj of ddmmjjjj; t is vandaag, -2d is twee dagen terug.")},
	[F_TIME] = {C(time), .label = N_("Tijd"), .type = FT_TEXT, .max_chars = 5,
		    .validate = fv_time, .norm_chars = 5,
		    .help = N_("uu:mm, bijvoorbeeld 10:30 of 1030.")},
	[F_STATUS] = {C(status), .label = N_("Status"), .type = FT_CHOICE, .required = 1,
		      .bds = 1605, .list = "contactstatus",
		      .help = N_("Niet doorgegaan? Kies een 'niet gerealiseerd' en druk F2.")},
	[F_MOMENT] = {C(schedule_moment), .label = N_("Moment"), .type = FT_CHOICE,
		      .list = "@moment",
		      .help = N_("Het moment uit het schema; het moment dat nu aan de beurt is "
				 "staat al klaar.")},
	[F_KIND] = {C(kind), .label = N_("Soort"), .type = FT_CHOICE, .required = 1, .bds = 494,
		    .list = "contactsoort"},
	[F_FORM] = {C(form), .label = N_("Vorm"), .type = FT_CHOICE, .required = 1, .bds = 1577,
		    .list = "contactvorm"},
	[F_LOCATION] = {C(location), .label = N_("Locatie"), .type = FT_TEXT,
			.validate = fv_text, .remember = 1,
			.help = N_("Blijft staan voor het volgende contact van vandaag.")},
	[F_PROF] = {C(professional_id), .label = N_("Medewerker"), .type = FT_CHOICE,
		    .required = 1, .list = "@medewerker"},
	[F_PRESENT] = {C(present), .label = N_("Aanwezig"), .type = FT_TEXT,
		       .validate = fv_text,
		       .help = N_("Wie er bij waren, bijvoorbeeld: moeder en kind.")},
	[F_LENGTH] = {M(length_mm, 10), .label = N_("Lengte"), .type = FT_NUMBER, .bds = 235,
		      .unit = N_("cm"), .min = 30, .max = 220, .decimals = 1, .alt_scale = 10,
		      .section = N_("Metingen"),
		      .help = N_("In cm met een komma (59,5) of in mm (595).")},
	[F_LENGTH_METHOD] = {FORM_TEXT(struct contact_record, measurement.length_method),
			     .label = N_("Lengte gemeten"), .type = FT_CHOICE, .bds = 236,
			     .list = "lengtemethode",
			     .help = N_("Liggend tot ongeveer 18 maanden, daarna staand.")},
	[F_WEIGHT] = {M(weight_g, 1000), .label = N_("Gewicht"), .type = FT_NUMBER, .bds = 245,
		      .unit = N_("kg"), .min = 0.3, .max = 200, .decimals = 3,
		      .alt_scale = 1000,
		      .help = N_("In kg (5,6 of 5.6) of in gram (5600).")},
	[F_WEIGHT_METHOD] = {FORM_TEXT(struct contact_record, measurement.weight_method),
			     .label = N_("Gewicht gemeten"), .type = FT_CHOICE, .bds = 246,
			     .list = "gewichtmethode"},
	[F_HEAD] = {M(head_mm, 10), .label = N_("Hoofdomtrek"), .type = FT_NUMBER, .bds = 252,
		    .unit = N_("cm"), .min = 20, .max = 65, .decimals = 1, .alt_scale = 10},
	[F_VACCINE] = {V(vaccine), .label = N_("Vaccin"), .type = FT_CHOICE, .list = "@vaccin",
		       .section = N_("Vaccinaties"), .rule = &vaccination_rule,
		       .help = N_("Wat vandaag aan de beurt is staat klaar; Backspace: niet "
				  "prikken.")},
	[F_DOSE] = {FORM_INT(struct vaccination, dose_no, 1), .group = &vaccinations,
		    .label = N_("Dosis"), .type = FT_NUMBER, .min = 1, .max = 9},
	[F_BATCH] = {V(batch), .label = N_("Partijnummer"), .type = FT_TEXT,
		     .max_chars = BATCH_CHARS, .validate = fv_text, .bds = 472, .remember = 1,
		     .remember_by = "vaccine",
		     .help = N_("Verplicht als de prik gegeven is; blijft per vaccin staan voor "
				"het volgende kind.")},
	[F_SITE] = {V(site), .label = N_("Prikplaats"), .type = FT_CHOICE,
		    .list = "vaccinatieplaats"},
	[F_REASON] = {V(reason_not_given), .label = N_("Niet gegeven, reden"),
		      .type = FT_CHOICE, .list = "reden_niet_gevaccineerd", .skip_tab = 1,
		      .help = N_("Alleen als de prik niet gegeven is; laat dan het "
				 "partijnummer leeg. Tab slaat dit veld over; pijl omlaag "
				 "bereikt het.")},
	[F_OBS] = {OBS("overig"), .label = N_("Observatie"), .type = FT_NOTE, .rows = 2,
		   .max_chars = OBSERVATION_CHARS, .section = N_("Observaties"),
		   .help = N_("Wat u algemeen zag of hoorde.")},
	[F_OBS_EYES] = {OBS("ogen"), .label = N_("Ogen"), .type = FT_TEXT,
			.max_chars = OBSERVATION_CHARS},
	[F_OBS_HEARING] = {OBS("gehoor"), .label = N_("Gehoor"), .type = FT_TEXT,
			   .max_chars = OBSERVATION_CHARS},
	[F_OBS_FEEDING] = {OBS("voeding"), .label = N_("Voeding"), .type = FT_TEXT,
			   .max_chars = OBSERVATION_CHARS},
	[F_OBS_PSYCHO] = {OBS("psychosociaal"), .label = N_("Psychosociaal"), .type = FT_TEXT,
			  .max_chars = OBSERVATION_CHARS},
	[F_CONCLUSION] = {C(conclusion), .label = N_("Conclusie"), .type = FT_NOTE, .rows = 3,
			  .max_chars = CONTACT_NOTE_CHARS, .bds = 482,
			  .section = N_("Conclusie")},
	[F_AGREEMENTS] = {C(agreements), .label = N_("Afspraken"), .type = FT_NOTE, .rows = 2,
			  .max_chars = CONTACT_NOTE_CHARS},
	[F_NEXT_STEP] = {C(next_step), .label = N_("Vervolgstap"), .type = FT_CHOICE,
			 .list = "vervolgstap"},
	[F_NEXT_ON] = {FORM_DATE(struct contact_record, contact.next_contact_on),
		       .label = N_("Volgend contact"), .type = FT_DATE,
		       .help = N_("Datum van het volgende contact, bijvoorbeeld +8w.")},
};

static const struct form_def contact_def = {
	"contactmoment", contact_fields, NFIELDS, sizeof(struct contact_record),
};

struct contact_form {
	struct child child;          /* the child, as read */
	struct measurement *earlier; /* the child's other measurements, oldest first */
	int nearlier;                /* entries in earlier */
	char prev_status[3];         /* status before the last key */
	char prev_moment[CODE_BUF];  /* moment before the last key */
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
	if (cf)
		free(cf->earlier);
	free(cf);
}

/* ---- a new contact ------------------------------------------------------------ */

static void prefill_int(struct form *f, size_t def, int row, int v)
{
	char buf[16];
	snprintf(buf, sizeof buf, "%d", v);
	form_prefill(f, def, row, buf);
}

/* Every vaccine due (or overdue, or to catch up) today in its own row, with
 * its dose and a site by age (infants in the thigh, older children in the
 * upper arm, Richtlijn RVP; left, right, left …; the rotavirus vaccine by
 * mouth).  The batch number of that vaccine given earlier this session
 * comes with it (remember_by). */
static void prefill_doses(struct form *f, const struct sched_due_list *due, int young)
{
	static const char *const thigh[] = {"linkerbovenbeen", "rechterbovenbeen"};
	static const char *const arm[] = {"linkerbovenarm", "rechterbovenarm"};
	int row = 0, shots = 0;
	for (size_t i = 0; i < due->n && row < CONTACT_MAX_VACCINATIONS; i++) {
		const struct sched_due *d = &due->items[i];
		int seen = 0;
		if (d->kind != SCHED_DOSE || !schedule_state_open(d->state))
			continue;
		for (int r = 0; r < row; r++) /* the first open dose of each vaccine */
			seen |= strcmp(form_value(f, F_VACCINE, r), d->dose->vaccine) == 0;
		if (seen)
			continue;
		form_prefill(f, F_VACCINE, row, d->dose->vaccine);
		prefill_int(f, F_DOSE, row, d->dose->dose);
		if (strcmp(d->dose->vaccine, "Rota") == 0)
			form_prefill(f, F_SITE, row, "oraal");
		else
			form_prefill(f, F_SITE, row, (young ? thigh : arm)[shots++ % 2]);
		row++;
	}
}

/* Today, now, realised, face-to-face, by the user; the moment and kind that
 * are due, every dose that is due; lying or standing by age. */
static void prepare(struct app *app, struct formscreen *fs)
{
	struct contact_form *cf = fs->ctx;
	struct form *f = &fs->form;
	struct sched_due_list due = {0};
	struct gp_err e = {0};
	time_t now = time(NULL);
	struct tm tm;
	char buf[16];
	struct gp_date at18 = date_add_months(cf->child.birth_date, LYING_MONTHS);
	int young = date_cmp(app->today, at18) < 0;

	date_fmt_nl(app->today, buf);
	form_prefill(f, F_DATE, 0, buf);
	if (localtime_r(&now, &tm)) {
		snprintf(buf, sizeof buf, "%02u:%02u", (unsigned)tm.tm_hour % 24u,
			 (unsigned)tm.tm_min % 60u);
		form_prefill(f, F_TIME, 0, buf);
	}
	form_prefill(f, F_STATUS, 0, "01");
	form_prefill(f, F_FORM, 0, "03");
	form_prefill(f, F_PROF, 0, app->me.id);
	form_prefill(f, F_LENGTH_METHOD, 0, young ? "liggend" : "staand");
	form_prefill(f, F_WEIGHT_METHOD, 0, "zonder_kleding");
	if (child_due_list(app->db, app->sched, &cf->child, app->today, &due, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	const struct sched_due *m = child_due_first(&due, SCHED_MOMENT);
	if (m) {
		form_prefill(f, F_MOMENT, 0, m->moment->code);
		form_prefill(f, F_KIND, 0, m->moment->kind);
	}
	prefill_doses(f, &due, young);
	schedule_due_free(&due);
}

/* ---- growth next to the values ---------------------------------------------- */

/* A number field in tenths or thousandths as an int; 0 when empty. */
static int get_scaled(const struct form *f, size_t def, double scale)
{
	double v;
	return form_number(f, def, 0, &v) == 0 ? (int)(v * scale + 0.5) : 0;
}

/* The z-scores of the measurement the form holds now, against the child's
 * other measurements up to the contact date; 0, or -1 when nothing is
 * measured or the date is not valid. */
static int form_growth(const struct formscreen *fs, struct app *app, struct measurement *m,
		       struct measurement_growth *g)
{
	const struct contact_form *cf = fs->ctx;
	const struct form *f = &fs->form;
	struct gp_date on;
	int n = 0;
	memset(m, 0, sizeof *m);
	if (form_date(f, F_DATE, 0, &on) != 0)
		return -1;
	m->measured_on = on;
	m->length_mm = get_scaled(f, F_LENGTH, 10);
	m->weight_g = get_scaled(f, F_WEIGHT, 1000);
	m->head_mm = get_scaled(f, F_HEAD, 10);
	text_copy(m->length_method, sizeof m->length_method, form_value(f, F_LENGTH_METHOD, 0));
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

/* Draws `text` after the value and unit of field def, when that field is on
 * screen and does not have the focus. */
static void annotate(struct app *app, const struct form *f, const struct rect *b,
		     size_t def, const char *text, int warn)
{
	const struct form_field *fl = form_field_of(f, def, 0);
	if (!fl || !text[0])
		return;
	int y = fl->row - f->top;
	if (fl == &f->fields[f->focus] || y < 0 || y >= f->body_rows)
		return;
	const char *unit = fl->def->unit ? _(fl->def->unit) : "";
	int x = f->value_x + fl->width + 2 + draw_width(unit, app->ascii);
	if (x >= b->w - 2)
		return;
	attrset(warn ? app_attr(app, TH_ERROR) : app_attr(app, TH_DIM));
	draw_text(stdscr, b->y + y, b->x + x, b->w - x - 1, text, app->ascii);
	attrset(A_NORMAL);
}

/* 1 when an indicator among `bits` looks implausible. */
static int flagged(const struct measurement_growth *g, unsigned bits)
{
	return ((g->check.extreme | g->check.jump) & bits) != 0;
}

static void draw_growth(struct app *app, const struct formscreen *fs, const struct rect *b)
{
	const struct form *f = &fs->form;
	struct measurement m;
	struct measurement_growth g;
	char z[32], line[128];
	if (f->mode != FM_EDIT || form_growth(fs, app, &m, &g) != 0)
		return;
	const char *remark = measurement_growth_remark(&g);
	if (remark[0]) {
		annotate(app, f, b, m.weight_g ? F_WEIGHT : m.length_mm ? F_LENGTH : F_HEAD,
			 remark, 0);
		return;
	}
	fmt_z(&g.z[GROWTH_LFA], z, sizeof z);
	annotate(app, f, b, F_LENGTH, z, flagged(&g, 1u << GROWTH_LFA) || g.check.shrunk);
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
	annotate(app, f, b, F_WEIGHT, line,
		 flagged(&g, (1u << GROWTH_WFA) | (1u << GROWTH_BFA)) || g.check.weight_loss ||
			 g.check.wfa_drop);
	fmt_z(&g.z[GROWTH_HCFA], z, sizeof z);
	annotate(app, f, b, F_HEAD, z, flagged(&g, 1u << GROWTH_HCFA));
}

static void cf_draw(struct app *app, struct screen *s, const struct rect *b)
{
	formscreen_draw(app, s, b);
	draw_growth(app, s->st, b);
}

/* ---- keys: what follows from a changed status or moment ----------------------- */

static const char *moment_kind(const struct app *app, const char *code)
{
	for (size_t i = 0; i < app->sched->nmoments; i++)
		if (strcmp(app->sched->moments[i].code, code) == 0)
			return app->sched->moments[i].kind;
	return "";
}

/* A contact that did not take place has no measurements, vaccinations or
 * observations: those parts are switched off (and not saved). */
static void follow_status(struct form *f)
{
	const char *status = form_value(f, F_STATUS, 0);
	form_switch(f, F_LENGTH, F_OBS_PSYCHO, status[0] && !contact_realised(status));
}

static int cf_key(struct app *app, struct screen *s, enum action act, int key)
{
	struct formscreen *fs = s->st;
	struct contact_form *cf = fs->ctx;
	text_copy(cf->prev_status, sizeof cf->prev_status, form_value(&fs->form, F_STATUS, 0));
	text_copy(cf->prev_moment, sizeof cf->prev_moment, form_value(&fs->form, F_MOMENT, 0));
	int r = formscreen_key(app, s, act, key);
	if (!formscreen_on_top(app, fs))
		return r; /* the form closed, or a question is open */
	const char *status = form_value(&fs->form, F_STATUS, 0);
	const char *moment = form_value(&fs->form, F_MOMENT, 0);
	if (strcmp(status, cf->prev_status) != 0) {
		follow_status(&fs->form);
		if (status[0] && !contact_realised(status))
			app_message(app, 0, "%s", _("Niet gerealiseerd: metingen, prikken en "
						    "observaties vervallen."));
	}
	if (strcmp(moment, cf->prev_moment) != 0 && moment[0]) {
		const char *kind = form_value(&fs->form, F_KIND, 0);
		if (!kind[0] || strcmp(kind, moment_kind(app, cf->prev_moment)) == 0) {
			char k[3];
			text_copy(k, sizeof k, moment_kind(app, moment));
			form_put(&fs->form, F_KIND, 0, k);
		}
	}
	return r;
}

/* ---- saving ------------------------------------------------------------------- */

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct contact_record *r = rec;
	const struct measurement *was = &((const struct contact_record *)fs->rec)->measurement;
	struct measurement *m = &r->measurement;
	struct contact_refs refs = {app->growth, app->ref, app->sched};
	snprintf(r->contact.child_id, sizeof r->contact.child_id, "%s", fs->child->id);
	if (!contact_realised(r->contact.status)) {
		/* a missed contact carries none of these (the core refuses them) */
		r->has_measurement = 0;
		r->nvaccinations = 0;
		r->nobservations = 0;
	} else {
		if (!m->length_mm)
			m->length_method[0] = '\0';
		if (!m->weight_g)
			m->weight_method[0] = '\0';
		r->has_measurement = m->length_mm || m->weight_g || m->head_mm || m->id[0];
		/* a value edited since it was confirmed needs a new confirmation */
		if (m->length_mm != was->length_mm || m->weight_g != was->weight_g ||
		    m->head_mm != was->head_mm || strcmp(m->length_method, was->length_method) != 0)
			m->confirmed = 0;
		if (fs->confirmed)
			m->confirmed = 1;
		for (int i = 0; i < r->nvaccinations; i++)
			r->vaccinations[i].given = r->vaccinations[i].batch[0] != '\0';
	}
	return fs->is_new ? contact_save_new(app->db, &refs, r, e)
			  : contact_update(app->db, &refs, r, e);
}

/* Back in the dossier, the saved contact is in view. */
static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	(void)rec;
	(void)was_new;
	(void)ctx;
	dossier_show_contacts(app);
}

const struct formscreen_kind contact_form_kind = {
	.ops = {
		.name = "contactmoment", .title = formscreen_title, .draw = cf_draw,
		.key = cf_key, .dirty = formscreen_dirty, .destroy = formscreen_destroy,
		.keys = formscreen_keys, .typing = 1,
		.howto = N_("Datum, tijd, status, moment en medewerker staan al ingevuld, en "
			    "elke prik die vandaag aan de beurt is. Tab of Enter gaat naar het "
			    "volgende veld dat nog iets vraagt; PgDn springt naar het volgende "
			    "deel (Metingen, Vaccinaties, Observaties, Conclusie). Gewicht mag in "
			    "kg of gram, lengte in cm of mm; na het veld ziet u de z-score en de "
			    "BMI. Bij een gegeven prik hoort een partijnummer (het blijft per "
			    "vaccin staan voor het volgende kind), anders een reden. Een contact "
			    "dat niet doorging: kies bij Status een 'niet gerealiseerd' en druk "
			    "F2; metingen en prikken vervallen dan. Een onwaarschijnlijke meting "
			    "wordt pas na uw bevestiging (j) opgeslagen, en gemarkeerd. F2 of "
			    "Ctrl-S slaat op, Esc annuleert."),
	},
	.def = &contact_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
	.free_ctx = free_ctx,
};

/* The child's measurements other than this contact's, oldest first. */
static void load_earlier(struct app *app, struct contact_form *cf, const char *skip_id)
{
	struct gp_err e = {0};
	int k = 0;
	if (measurement_list(app->db, cf->child.id, &cf->earlier, &cf->nearlier, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	for (int i = 0; i < cf->nearlier; i++)
		if (!skip_id[0] || strcmp(cf->earlier[i].id, skip_id) != 0)
			cf->earlier[k++] = cf->earlier[i];
	cf->nearlier = k;
}

void contact_form_open(struct app *app, const struct child *c, const char *contact_id)
{
	struct gp_err e = {0};
	struct contact_form *cf = calloc(1, sizeof *cf);
	struct contact_record *rec = calloc(1, sizeof *rec);
	char name[NAME_BUF * 3], title[NAME_BUF * 3 + 64];
	if (!cf || !rec) {
		free(cf);
		free(rec);
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	cf->child = *c;
	if (contact_id && contact_get(app->db, contact_id, rec, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		free_ctx(cf);
		free(rec);
		return;
	}
	load_earlier(app, cf, rec->measurement.id);
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	snprintf(title, sizeof title, contact_id ? _("Wijzig contact %s") : _("Contactmoment %s"),
		 name);
	struct formscreen *fs = formscreen_open(app, &contact_form_kind, rec, contact_id == NULL,
						cf, &cf->child, title);
	if (fs)
		follow_status(&fs->form);
	free(rec);
}
