/* scr_appt_form.c — plan a visit (afspraak) for a child, or change one:
 * from Vandaag (F7) or the dossier (F7 in Overzicht and Vaccinaties), and
 * from the agenda (F4).  A field table bound to struct appointment; a new
 * visit is filled in for what is due: the first weekday on or after today
 * in its window, the moment and the doses due then, the child's location
 * and professional.  Saved with appointment_create / appointment_update
 * (src/appointment.h), which refuse a professional's double booking with a
 * sentence on the time naming the other visit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appointment.h"
#include "childdue.h"
#include "formscreen.h"
#include "screens.h"

/* "930", "9:30", "09.30" → "09:30"; refuses anything else. */
static int fv_time(const char *v, char *norm, size_t n, const char **why)
{
	int h = -1, m = -1;
	char digits[5];
	size_t k = 0;
	for (const char *p = v; *p && k < 5; p++)
		if (*p >= '0' && *p <= '9')
			digits[k++] = *p;
		else if (*p != ':' && *p != '.' && *p != ' ')
			k = 5;
	if (k == 3 || k == 4) {
		int all = 0;
		for (size_t i = 0; i < k; i++)
			all = all * 10 + (digits[i] - '0');
		h = all / 100;
		m = all % 100;
	} else if (k == 1 || k == 2) {
		h = digits[0] - '0';
		if (k == 2)
			h = h * 10 + digits[1] - '0';
		m = 0;
	}
	if (h < 0 || h > 23 || m < 0 || m > 59) {
		*why = _("Vul een tijd in als 09:30.");
		return -1;
	}
	snprintf(norm, n, "%02d:%02d", h, m);
	return 0;
}

#define AT(m) FORM_TEXT(struct appointment, m)

static const struct form_field_def appt_fields[] = {
	{FORM_DATE(struct appointment, date), .label = N_("Datum"), .type = FT_DATE,
	 .required = 1, .help = N_("dd-mm-jjjj; t is vandaag, +1w over een week.")},
	{AT(time), .label = N_("Tijd"), .type = FT_TEXT, .required = 1, .max_chars = 5,
	 .validate = fv_time, .norm_chars = 5, .help = N_("Bijvoorbeeld 09:30 of 930.")},
	{FORM_INT(struct appointment, duration_min, 1), .label = N_("Duur"), .type = FT_NUMBER,
	 .required = 1, .unit = N_("minuten"), .min = APPT_MIN_MINUTES, .max = APPT_MAX_MINUTES},
	{AT(location), .label = N_("Locatie"), .type = FT_CHOICE, .required = 1,
	 .list = "@locatie", .help = N_("Spatie opent de lijst; typ om te filteren.")},
	{AT(account_id), .label = N_("Medewerker"), .type = FT_CHOICE, .required = 1,
	 .list = "@medewerker"},
	{AT(schedule_moment), .label = N_("Contactmoment"), .type = FT_CHOICE, .list = "@moment",
	 .help = N_("Het contactmoment waarvoor de afspraak is (leeg: alleen vaccinaties).")},
	{AT(doses), .label = N_("Vaccinaties"), .type = FT_TEXT, .validate = fv_text,
	 .help = N_("De prikken die dan aan de beurt zijn.")},
	{AT(status), .label = N_("Status"), .type = FT_CHOICE, .required = 1,
	 .list = "afspraakstatus"},
	{AT(note), .label = N_("Opmerking"), .type = FT_TEXT, .validate = fv_text},
};

static const struct form_def appt_def = {
	"afspraak", appt_fields, sizeof appt_fields / sizeof *appt_fields,
	sizeof(struct appointment),
};

enum { F_DATE, F_TIME, F_DURATION, F_LOCATION, F_PROF, F_MOMENT, F_DOSES, F_STATUS };

/* A new visit for what is due: the first weekday on or after today and on
 * or after the window of the first entry due, with everything due then. */
static void plan_for_due(struct app *app, const struct child *c, struct appointment *a)
{
	struct sched_due_list due = {0};
	struct gp_err e = {0};
	a->date = app->today;
	if (child_due_list(app->db, app->sched, c, app->today, &due, &e) != GP_OK) {
		app_message(app, 1, "%s", e.msg);
		return;
	}
	schedule_due_sort(&due);
	long day = date_to_days(app->today);
	for (size_t i = 0; i < due.n; i++) {
		const struct sched_due *d = &due.items[i];
		if (schedule_state_open(d->state) || d->state == SCHED_NOT_YET) {
			long from = date_to_days(d->earliest);
			day = from > day ? from : day;
			break;
		}
	}
	while ((day % 7 + 7 + 3) % 7 >= 5) /* 1 January 1970 was a Thursday */
		day++;
	a->date = date_from_days(day);
	for (size_t i = 0; i < due.n; i++) {
		const struct sched_due *d = &due.items[i];
		if (!schedule_due_plannable(&due, i, a->date))
			continue;
		if (d->kind == SCHED_MOMENT && !a->schedule_moment[0]) {
			snprintf(a->schedule_moment, sizeof a->schedule_moment, "%s", d->moment->code);
			snprintf(a->kind, sizeof a->kind, "%s", d->moment->kind);
		} else if (d->kind == SCHED_DOSE) {
			size_t used = strlen(a->doses);
			snprintf(a->doses + used, sizeof a->doses - used, "%s%s %d", used ? ", " : "",
				 d->dose->vaccine, d->dose->dose);
		}
	}
	a->duration_min = a->schedule_moment[0] ? 20 : 10;
	schedule_due_free(&due);
}

/* A new visit: everything planned for what is due, prefilled. */
static void prepare(struct app *app, struct formscreen *fs)
{
	struct appointment *a = fs->rec;
	struct form *f = &fs->form;
	char buf[32];
	plan_for_due(app, fs->child, a);
	date_fmt_nl(a->date, buf);
	form_prefill(f, F_DATE, 0, buf);
	form_prefill(f, F_TIME, 0, a->time);
	snprintf(buf, sizeof buf, "%d", a->duration_min);
	form_prefill(f, F_DURATION, 0, buf);
	if (a->location[0])
		form_prefill(f, F_LOCATION, 0, a->location);
	form_prefill(f, F_PROF, 0, a->account_id);
	if (a->schedule_moment[0])
		form_prefill(f, F_MOMENT, 0, a->schedule_moment);
	if (a->doses[0])
		form_prefill(f, F_DOSES, 0, a->doses);
	form_prefill(f, F_STATUS, 0, "gepland");
}

static enum gp_status save(struct app *app, struct formscreen *fs, void *rec,
			   struct gp_err *e)
{
	struct appointment *a = rec;
	return fs->is_new ? appointment_create(app->db, a, e) : appointment_update(app->db, a, e);
}

static void saved(struct app *app, void *rec, int was_new, void *ctx)
{
	const struct appointment *a = rec;
	char date[11];
	(void)was_new;
	(void)ctx;
	date_fmt_nl(a->date, date);
	app_message(app, 0, _("Afspraak %s om %s opgeslagen."), date, a->time);
}

const struct formscreen_kind appointment_form_kind = {
	.ops = FORMSCREEN_OPS("afspraak", N_(
		"Plan een afspraak: datum, tijd, duur, locatie en medewerker, en waarvoor "
		"(het contactmoment en de prikken die dan aan de beurt zijn; die staan al "
		"ingevuld). Een medewerker kan geen twee afspraken tegelijk hebben. Zet Status "
		"op geweest, afgezegd of niet verschenen als de afspraak voorbij is; een "
		"afspraak wordt nooit verwijderd. F2 slaat op, Esc annuleert.")),
	.def = &appt_def,
	.prepare = prepare,
	.save = save,
	.saved = saved,
};

void appointment_form_open(struct app *app, const struct child *c,
			   const struct appointment *existing)
{
	struct appointment fresh;
	char title[NAME_BUF * 3 + 64], name[NAME_BUF * 3];
	/* the form keeps its own copy of the child (freed with the screen) */
	struct child *own = malloc(sizeof *own);
	if (!own) {
		app_message(app, 1, "%s", _("Geen geheugen meer vrij."));
		return;
	}
	*own = *c;
	child_display_name(c->given_names, c->tussenvoegsel, c->family_name, name, sizeof name);
	if (existing) {
		snprintf(title, sizeof title, _("Afspraak %s"), name);
		formscreen_open(app, &appointment_form_kind, existing, 0, own, own, title);
		return;
	}
	memset(&fresh, 0, sizeof fresh);
	snprintf(fresh.child_id, sizeof fresh.child_id, "%s", c->id);
	snprintf(fresh.time, sizeof fresh.time, "09:00");
	snprintf(fresh.location, sizeof fresh.location, "%s", c->location);
	snprintf(fresh.account_id, sizeof fresh.account_id, "%s",
		 c->professional_id[0] ? c->professional_id : app->me.id);
	snprintf(title, sizeof title, _("Nieuwe afspraak %s"), name);
	formscreen_open(app, &appointment_form_kind, &fresh, 1, own, own, title);
}
