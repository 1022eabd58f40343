/* appointment.c — see appointment.h.  starts_at is stored as
 * 'YYYY-MM-DDTHH:MM', so a day's appointments are one range scan on the
 * index appointments_day (or, per professional or location, on
 * appointments_account / appointments_location). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "appointment.h"
#include "audit.h"
#include "i18n.h"
#include "perm.h"
#include "store.h"
#include "text.h"

/* "Label: why", with the member at fault for the form (struct gp_err.field). */
static enum gp_status field_fail(struct gp_err *e, const char *key, const char *label,
				 const char *why)
{
	return gp_fail_at(e, GP_EINPUT, key, 0, "%s: %s", label, why);
}

/* Minutes since midnight of "HH:MM", or -1. */
static int minutes_of(const char *t)
{
	if (strlen(t) != 5 || t[2] != ':')
		return -1;
	for (int i = 0; i < 5; i++)
		if (i != 2 && (t[i] < '0' || t[i] > '9'))
			return -1;
	int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
	return h > 23 || m > 59 ? -1 : h * 60 + m;
}

static int status_valid(const char *s)
{
	static const char *const ok[] = {"gepland", "geweest", "afgezegd", "niet_verschenen"};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		if (strcmp(s, ok[i]) == 0)
			return 1;
	return 0;
}

static int duration_of(const struct appointment *a)
{
	return a->duration_min ? a->duration_min : 15;
}

enum gp_status appointment_validate(const struct appointment *a, struct gp_date today,
				    int is_new, struct gp_err *e)
{
	const char *why;
	if (!a->child_id[0])
		return field_fail(e, "child_id", _("Kind"), _("Kies het kind voor wie de afspraak is."));
	if (!date_valid(a->date.y, a->date.m, a->date.d))
		return field_fail(e, "date", _("Datum"), _("Vul een datum in als 26-11-2026."));
	if (is_new && date_cmp(a->date, today) < 0)
		return field_fail(e, "date", _("Datum"), _("Een nieuwe afspraak ligt vandaag of later."));
	if (date_to_days(a->date) > date_to_days(today) + 2L * 366)
		return field_fail(e, "date", _("Datum"), _("Plan hoogstens twee jaar vooruit."));
	int start = minutes_of(a->time);
	if (start < 0)
		return field_fail(e, "time", _("Tijd"), _("Vul een tijd in als 09:30."));
	if (start < 7 * 60 || start > 21 * 60)
		return field_fail(e, "time", _("Tijd"), _("Een afspraak begint tussen 07:00 en 21:00."));
	int dur = duration_of(a);
	if (dur < APPT_MIN_MINUTES || dur > APPT_MAX_MINUTES)
		return field_fail(e, "duration_min", _("Duur"), _("Een afspraak duurt 5 tot 240 minuten."));
	if (start + dur > 22 * 60)
		return field_fail(e, "duration_min", _("Duur"), _("De afspraak moet om 22:00 afgelopen zijn."));
	if (a->kind[0] && (strlen(a->kind) != 2 || a->kind[0] < '0' || a->kind[0] > '9' ||
			   a->kind[1] < '0' || a->kind[1] > '9'))
		return field_fail(e, "kind", _("Soort"), _("Kies een soort contact uit de lijst."));
	if (!a->location[0])
		return field_fail(e, "location", _("Locatie"), _("Vul in waar de afspraak is."));
	if (valid_text(a->location, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "location", _("Locatie"), why);
	if (a->status[0] && !status_valid(a->status))
		return field_fail(e, "status", _("Status"), _("Kies gepland, geweest, afgezegd of niet "
						    "verschenen."));
	if (valid_text(a->doses, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "doses", _("Vaccinaties"), why);
	if (valid_text(a->note, TEXT_MAX_CHARS, 0, &why) != 0)
		return field_fail(e, "note", _("Opmerking"), why);
	if (valid_text(a->schedule_moment, APPT_CODE_BUF - 1, 0, &why) != 0)
		return field_fail(e, "schedule_moment", _("Contactmoment"), why);
	return GP_OK;
}

/* ---- reading ------------------------------------------------------------ */

#define APPT_COLS                                                                          \
	"a.id, " DB_ID("children", "a.child_seq") ", a.starts_at, a.duration_min, "           \
	"coalesce(a.kind_code, ''), coalesce(a.location, ''), "                               \
	DB_ID("accounts", "a.account_seq") ", a.status, coalesce(a.schedule_moment, ''), "   \
	"coalesce(a.doses, ''), coalesce(a.note, ''), a.version"
#define ROW_COLS                                                                           \
	APPT_COLS ", c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "     \
	"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex, " \
	"coalesce(p.display_name, '') FROM appointments a JOIN children c ON c.seq = a.child_seq " \
	"LEFT JOIN accounts p ON p.seq = a.account_seq "

static void read_appt(sqlite3_stmt *st, struct appointment *a)
{
	char at[24];
	memset(a, 0, sizeof *a);
	db_col_id(st, 0, a->id);
	db_col_id(st, 1, a->child_id);
	db_col_text(st, 2, at, sizeof at);
	if (strlen(at) == 16 && at[10] == 'T') {
		char day[11];
		memcpy(day, at, 10);
		day[10] = '\0';
		if (date_parse_iso(day, &a->date) != 0)
			memset(&a->date, 0, sizeof a->date);
		memcpy(a->time, at + 11, 5);
		a->time[5] = '\0';
	}
	a->duration_min = sqlite3_column_int(st, 3);
	db_col_text(st, 4, a->kind, sizeof a->kind);
	db_col_text(st, 5, a->location, sizeof a->location);
	db_col_id(st, 6, a->account_id);
	db_col_text(st, 7, a->status, sizeof a->status);
	db_col_text(st, 8, a->schedule_moment, sizeof a->schedule_moment);
	db_col_text(st, 9, a->doses, sizeof a->doses);
	db_col_text(st, 10, a->note, sizeof a->note);
	a->version = sqlite3_column_int(st, 11);
}

/* Columns 12–20: the child (child_summary_read takes columns 0–8 of its
 * own statement, so the summary is built here). */
static void read_row(sqlite3_stmt *st, void *vrow)
{
	struct appointment_row *r = vrow;
	memset(r, 0, sizeof *r);
	read_appt(st, &r->a);
	char given[NAME_BUF], prefix[PREFIX_BUF], family[NAME_BUF];
	struct child_summary *c = &r->child;
	db_col_id(st, 12, c->id);
	c->client_no = sqlite3_column_int64(st, 13);
	db_col_text(st, 14, given, sizeof given);
	db_col_text(st, 15, prefix, sizeof prefix);
	db_col_text(st, 16, family, sizeof family);
	db_col_date(st, 17, &c->birth_date);
	db_col_text(st, 18, c->bsn, sizeof c->bsn);
	db_col_text(st, 19, c->postcode, sizeof c->postcode);
	c->sex = sqlite3_column_int(st, 20);
	child_display_name(given, prefix, family, c->display_name, sizeof c->display_name);
	child_sort_name(given, prefix, family, c->sort_name, sizeof c->sort_name);
	db_col_text(st, 21, r->professional, sizeof r->professional);
}

enum gp_status appointment_get(struct db *db, const char *id, struct appointment *a,
			       struct gp_err *e)
{
	static const char sql[] = "SELECT " APPT_COLS " FROM appointments a WHERE a.id = ?1";
	/* planning data: every role that has the work list (src/perm.h) */
	if (perm_require(db, PERM_DUE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	enum gp_status s = GP_OK;
	if (rc == SQLITE_ROW)
		read_appt(st, a);
	else if (rc == SQLITE_DONE)
		s = gp_fail(e, GP_ENOTFOUND, _("Deze afspraak bestaat niet (meer)."));
	else
		s = db_error(db, rc, _("de afspraak lezen"), e);
	sqlite3_reset(st);
	return s;
}

enum gp_status appointment_day(struct db *db, struct gp_date day,
			       const struct appointment_filter *f, struct appointment_row **out,
			       int *n, struct gp_err *e)
{
	/* An empty filter value means "no filter" (db_read_rows binds "" as text,
	 * a UUID as an id). */
	static const char sql[] =
		"SELECT " ROW_COLS "WHERE a.starts_at >= ?1 AND a.starts_at < ?2 "
		"AND (?3 = '' OR a.location = ?3) AND (?4 = '' OR a.account_seq = " ACTOR_SEQ(4) ") "
		"AND (?5 = '' OR a.status = 'gepland') "
		"ORDER BY a.starts_at, c.sort_key, a.id";
	/* one professional's day from appointments_account: the OR above
	 * walks every visit of the day (953 at 100,000 children, a page
	 * apiece: 7 ms the first time in a process) */
	static const char mine_sql[] =
		"SELECT " ROW_COLS "WHERE a.account_seq = " ACTOR_SEQ(4) " AND a.starts_at >= ?1 "
		"AND a.starts_at < ?2 AND (?3 = '' OR a.location = ?3) "
		"AND (?5 = '' OR a.status = 'gepland') "
		"ORDER BY a.starts_at, c.sort_key, a.id";
	char from[12], to[12];
	date_fmt_iso(day, from);
	date_fmt_iso(date_from_days(date_to_days(day) + 1), to);
	const char *params[] = {from,
				to,
				f && f->location ? f->location : "",
				f && f->account_id ? f->account_id : "",
				f && f->planned_only ? "1" : "",
				NULL};
	/* the day's visits of every child: the work list's permission */
	if (perm_require(db, PERM_DUE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	return db_read_rows(db, params[3][0] ? mine_sql : sql, params, sizeof **out, read_row,
			    (void **)out, n, e);
}

enum gp_status appointment_upcoming(struct db *db, const char *child_id, struct gp_date from,
				    struct appointment_row **out, int *n, struct gp_err *e)
{
	static const char sql[] = "SELECT " ROW_COLS "WHERE a.child_seq = " CHILD_SEQ(1)
				  " AND a.starts_at >= ?2 AND a.status = 'gepland' "
				  "ORDER BY a.starts_at";
	char day[12];
	date_fmt_iso(from, day);
	const char *params[] = {child_id, day, NULL};
	/* one child's visits are part of its dossier */
	if (perm_require(db, PERM_READ, child_id, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	return db_read_rows(db, sql, params, sizeof **out, read_row, (void **)out, n, e);
}

static void read_location(sqlite3_stmt *st, void *row)
{
	db_col_text(st, 0, row, TEXT_BUF);
}

enum gp_status appointment_locations(struct db *db, char (**out)[TEXT_BUF], int *n,
				     struct gp_err *e)
{
	static const char sql[] =
		/* each distinct location found by one look-up in the location
		 * index (skipping to the next value), not by reading every
		 * child's entry: a few look-ups instead of 100,000 entries */
		"WITH RECURSIVE "
		"k(loc) AS (SELECT min(location) FROM children WHERE location > '' "
		"UNION ALL SELECT (SELECT min(location) FROM children WHERE location > k.loc) "
		"FROM k WHERE k.loc IS NOT NULL), "
		"a(loc) AS (SELECT min(location) FROM appointments WHERE location > '' "
		"UNION ALL SELECT (SELECT min(location) FROM appointments WHERE location > a.loc) "
		"FROM a WHERE a.loc IS NOT NULL) "
		"SELECT loc FROM k WHERE loc IS NOT NULL UNION SELECT loc FROM a "
		"WHERE loc IS NOT NULL ORDER BY 1";
	const char *params[] = {NULL};
	return db_read_rows(db, sql, params, TEXT_BUF, read_location, (void **)out, n, e);
}

/* ---- saving ------------------------------------------------------------- */

/* The child must be in our care (active, younger than 18). */
static enum gp_status check_child(struct db *db, const char *child_id, struct gp_err *e)
{
	static const char sql[] = "SELECT status FROM children WHERE id = ?1";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, child_id);
	int rc = sqlite3_step(st);
	char status[16] = "";
	if (rc == SQLITE_ROW)
		db_col_text(st, 0, status, sizeof status);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return field_fail(e, "child_id", _("Kind"), _("Dit kind staat niet (meer) in het bestand."));
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("het kind lezen"), e);
	if (strcmp(status, "actief") != 0)
		return field_fail(e, "child_id", _("Kind"), _("Dit kind is niet meer in zorg; plan geen "
						  "afspraak."));
	return GP_OK;
}

/* A professional cannot be in two planned appointments at once. */
static enum gp_status check_overlap(struct db *db, const struct appointment *a,
				    struct gp_err *e)
{
	if (!a->account_id[0] || (a->status[0] && strcmp(a->status, "gepland") != 0))
		return GP_OK;
	struct appointment_row *rows = NULL;
	int n = 0;
	struct appointment_filter f = {NULL, a->account_id, 1};
	enum gp_status s = appointment_day(db, a->date, &f, &rows, &n, e);
	if (s != GP_OK)
		return s;
	int start = minutes_of(a->time), end = start + duration_of(a);
	for (int i = 0; s == GP_OK && i < n; i++) {
		const struct appointment *o = &rows[i].a;
		if (strcmp(o->id, a->id) == 0)
			continue;
		int os = minutes_of(o->time), oe = os + duration_of(o);
		if (os < end && start < oe)
			s = gp_fail_at(e, GP_EINPUT, "time", 0,
				       _("Tijd: %s heeft om %s al een afspraak met %s; kies een "
					 "andere tijd."),
				       rows[i].professional[0] ? rows[i].professional
							       : _("deze medewerker"),
				       o->time, rows[i].child.display_name);
	}
	free(rows);
	return s;
}

static void fill_defaults(struct db *db, struct appointment *a)
{
	if (!a->duration_min)
		a->duration_min = 15;
	if (!a->status[0])
		snprintf(a->status, sizeof a->status, "gepland");
	if (!a->account_id[0])
		snprintf(a->account_id, sizeof a->account_id, "%s", db->actor_id);
}

/* Binds the editable fields as ?1–?11. */
static void bind_appt(sqlite3_stmt *st, const struct appointment *a)
{
	char at[20], day[11];
	date_fmt_iso(a->date, day);
	snprintf(at, sizeof at, "%sT%s", day, a->time);
	db_bind_id(st, 1, a->child_id);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 3, a->duration_min);
	db_bind_text_or_null(st, 4, a->kind);
	db_bind_text_or_null(st, 5, a->location);
	db_bind_id(st, 6, a->account_id);
	sqlite3_bind_text(st, 7, a->status, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 8, a->schedule_moment);
	db_bind_text_or_null(st, 9, a->doses);
	db_bind_text_or_null(st, 10, a->note);
}

static const char insert_sql[] =
	"INSERT INTO appointments(child_seq, starts_at, duration_min, kind_code, location, "
	"account_seq, status, schedule_moment, doses, note, id, version, created_at, created_by, "
	"updated_at, updated_by) VALUES (" CHILD_SEQ(1) ", ?2, ?3, ?4, ?5, " ACTOR_SEQ(6) ", ?7, "
	"?8, ?9, ?10, ?11, 1, ?12, " ACTOR_SEQ(13) ", ?12, " ACTOR_SEQ(13) ")";

static sqlite3_stmt *prepare_insert(struct db *db, struct appointment *a, struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, insert_sql, e);
	if (!st)
		return NULL;
	char now[DB_TIME_LEN];
	db_new_id(db, a->id);
	db_now(db, now);
	bind_appt(st, a);
	db_bind_id(st, 11, a->id);
	db_bind_time(st, 12, now);
	db_bind_id(st, 13, db->actor_id);
	return st;
}

enum gp_status appointment_create(struct db *db, struct appointment *a, struct gp_err *e)
{
	fill_defaults(db, a);
	enum gp_status s = perm_require(db, PERM_MEASURE, a->child_id, e);
	if (s == GP_OK)
		s = appointment_validate(a, date_today(), 1, e);
	if (s == GP_OK)
		s = check_child(db, a->child_id, e);
	if (s == GP_OK)
		s = check_overlap(db, a, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = prepare_insert(db, a, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	s = store_save_one(db, st, 0, "appointments", a->id, a->child_id, "create", "appointment",
			   e);
	if (s == GP_OK)
		a->version = 1;
	else
		a->id[0] = '\0';
	return s;
}

enum gp_status appointment_insert_bulk(struct db *db, struct appointment *a, struct gp_err *e)
{
	fill_defaults(db, a);
	sqlite3_stmt *st = prepare_insert(db, a, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_error(db, rc, _("de afspraak opslaan"), e);
	a->version = 1;
	return GP_OK;
}

enum gp_status appointment_update(struct db *db, struct appointment *a, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE appointments SET child_seq = " CHILD_SEQ(1) ", starts_at = ?2, "
		"duration_min = ?3, kind_code = ?4, location = ?5, account_seq = " ACTOR_SEQ(6) ", "
		"status = ?7, schedule_moment = ?8, doses = ?9, note = ?10, version = version + 1, "
		"updated_at = ?12, updated_by = " ACTOR_SEQ(13) " WHERE id = ?11 AND version = ?14";
	fill_defaults(db, a);
	enum gp_status s = perm_require(db, PERM_MEASURE, a->child_id, e);
	if (s == GP_OK)
		s = appointment_validate(a, date_today(), 0, e);
	if (s == GP_OK)
		s = check_overlap(db, a, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	char now[DB_TIME_LEN];
	db_now(db, now);
	bind_appt(st, a);
	db_bind_id(st, 11, a->id);
	db_bind_time(st, 12, now);
	db_bind_id(st, 13, db->actor_id);
	sqlite3_bind_int(st, 14, a->version);
	s = store_save_one(db, st, 1, "appointments", a->id, a->child_id, "update", "appointment",
			   e);
	if (s == GP_OK)
		a->version++;
	return s;
}

enum gp_status appointment_set_status(struct db *db, struct appointment *a, const char *status,
				      struct gp_err *e)
{
	if (!status_valid(status))
		return field_fail(e, "status", _("Status"), _("Kies gepland, geweest, afgezegd of niet "
						    "verschenen."));
	struct appointment copy = *a;
	snprintf(copy.status, sizeof copy.status, "%s", status);
	enum gp_status s = appointment_update(db, &copy, e);
	if (s == GP_OK)
		*a = copy;
	return s;
}

const char *appointment_status_label(const char *status)
{
	if (strcmp(status, "gepland") == 0)
		return _("gepland");
	if (strcmp(status, "geweest") == 0)
		return _("geweest");
	if (strcmp(status, "afgezegd") == 0)
		return _("afgezegd");
	if (strcmp(status, "niet_verschenen") == 0)
		return _("niet verschenen");
	return status;
}
