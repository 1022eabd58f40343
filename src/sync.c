/* sync.c — see sync.h.  libpq on the hub's side, SQLite on ours. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "audit.h"
#include "hub.h"
#include "hub_int.h"
#include "i18n.h"
#include "outbox.h"
#include "perm.h"
#include "pq.h"
#include "sync.h"
#include "sync_scope.h"

/* Client numbers: workstation n hands out n * CLIENT_BLOCK + 1 onwards
 * (src/child.c, CLIENT_NO_NEXT). */
enum { CLIENT_BLOCK = 1000000 };

/* Who wants to know where the exchange is. */
struct tell {
	sync_progress_fn *fn;
	void *ctx;
	const struct sync_report *r;
};

static void say(const struct tell *t, enum sync_phase phase, int done, int total)
{
	if (t && t->fn) {
		struct sync_progress p = {.phase = phase, .done = done, .total = total, .r = t->r};
		t->fn(&p, t->ctx);
	}
}

const char *sync_phase_label(enum sync_phase phase)
{
	switch (phase) {
	case SYNC_PHASE_COLLECT:
		return _("Wijzigingen van deze werkplek verzamelen");
	case SYNC_PHASE_PUSH:
		return _("Versturen naar de hub");
	case SYNC_PHASE_PULL:
		return _("Wijzigingen van de hub lezen");
	case SYNC_PHASE_APPLY:
		return _("Wijzigingen van de hub opslaan");
	case SYNC_PHASE_DONE:
		return _("Klaar");
	}
	return "";
}

/* ---- the hub's side --------------------------------------------------- */

/* A number as the hub or a setting wrote it; 0 when it is none. */
static long long num(const char *text)
{
	char *end = NULL;
	long long v = text ? strtoll(text, &end, 10) : 0;
	return end && end != text ? v : 0;
}

/* Runs a statement with text parameters; NULL after filling e. */
static PGresult *hq(struct hub *h, const char *sql, int n, const char *const *params,
		    const char *what, struct gp_err *e)
{
	PGresult *r = PQexecParams(h->c, sql, n, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(r);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return r;
	hub_pq_fail(r, h, what, e);
	return NULL;
}

static enum gp_status hx(struct hub *h, const char *sql, int n, const char *const *params,
			 const char *what, struct gp_err *e)
{
	PGresult *r = hq(h, sql, n, params, what, e);
	if (!r)
		return e ? e->code : GP_EIO;
	PQclear(r);
	return GP_OK;
}

static void hub_rollback(struct hub *h)
{
	PQclear(PQexec(h->c, "ROLLBACK"));
}

/* The hub must have exactly this binary's schema. */
static enum gp_status check_hub_version(struct hub *h, struct gp_err *e)
{
	int v = 0;
	enum gp_status s = hub_schema_version(h, &v, e);
	if (s != GP_OK)
		return s;
	if (v == 0)
		return gp_fail(e, GP_EINPUT, "%s",
			       _("Deze database is (nog) geen hub van groeipad. Maak hem eerst met "
				 "'groeipad hub init'."));
	if (v > hub_schema_latest())
		return gp_fail(e, GP_ECORRUPT,
			       _("De hub heeft schemaversie %d, nieuwer dan deze groeipad kent (%d). "
				 "Er is niets uitgewisseld; werk groeipad op deze werkplek bij."),
			       v, hub_schema_latest());
	if (v < hub_schema_latest())
		return gp_fail(e, GP_EINPUT,
			       _("De hub heeft schemaversie %d; deze groeipad heeft %d nodig. Laat "
				 "de beheerder 'groeipad hub migrate' uitvoeren."),
			       v, hub_schema_latest());
	return GP_OK;
}

/* What happened to one pushed record. */
enum outcome { OUT_ACCEPTED, OUT_ALREADY, OUT_CONFLICT };

struct pushed {
	struct outbox_entry en;
	enum outcome out;
	int hub_version;    /* OUT_CONFLICT: the hub's version */
	char *hub_body;     /* OUT_CONFLICT: the hub's body */
	char *body;         /* ours */
};

enum { PUSH_BATCH = 500 };

/* Pushes p[0..n) in one call of groeipad.push_records (hub schema), inside
 * the hub transaction, and notes what became of each. */
static enum gp_status push_batch(struct hub *h, const char *ws, struct pushed *p, int n,
				 struct gp_err *e)
{
	static const char sql[] =
		"SELECT n, outcome, hub_version, hub_body FROM groeipad.push_records($1, $2::jsonb)";
	size_t cap = 2;
	for (int i = 0; i < n; i++)
		cap += strlen(p[i].body) + 200;
	char *json = malloc(cap);
	if (!json)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	size_t len = 0;
	json[len++] = '[';
	for (int i = 0; i < n; i++)
		len += (size_t)snprintf(json + len, cap - len,
					"%s{\"id\":\"%s\",\"kind\":\"%s\",\"child\":\"%s\","
					"\"version\":%d,\"base\":%d,\"body\":%s}",
					i ? "," : "", p[i].en.id, p[i].en.tbl, p[i].en.child_id,
					p[i].en.version, p[i].en.base_version, p[i].body);
	json[len++] = ']';
	json[len] = '\0';
	const char *params[] = {ws, json};
	PGresult *r = hq(h, sql, 2, params, _("records naar de hub sturen"), e);
	free(json);
	if (!r)
		return e->code;
	enum gp_status s = GP_OK;
	if (PQntuples(r) != n)
		s = gp_fail(e, GP_EIO, "%s", _("De hub gaf een onvolledig antwoord. Er is niets "
					       "uitgewisseld; probeer het opnieuw."));
	for (int i = 0; s == GP_OK && i < n; i++) {
		const char *out = PQgetvalue(r, i, 1);
		struct pushed *q = &p[(int)num(PQgetvalue(r, i, 0)) - 1];
		q->out = strcmp(out, "accepted") == 0  ? OUT_ACCEPTED
			 : strcmp(out, "already") == 0 ? OUT_ALREADY
						       : OUT_CONFLICT;
		if (q->out == OUT_CONFLICT && !PQgetisnull(r, i, 3)) {
			q->hub_version = (int)num(PQgetvalue(r, i, 2));
			q->hub_body = strdup(PQgetvalue(r, i, 3));
			if (!q->hub_body)
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		}
	}
	PQclear(r);
	return s;
}

/* Sends the audit entries the hub does not have yet, checking that they
 * follow the last one it has. */
static enum gp_status push_audit(struct db *db, struct hub *h, const char *ws, int *sent,
				 struct gp_err *e)
{
	static const char last_sql[] =
		"SELECT seq, hash FROM groeipad.audit_entries WHERE workstation_id = $1 "
		"ORDER BY seq DESC LIMIT 1";
	static const char local_sql[] =
		"SELECT seq, at, account_id, username, workstation, child_id, action, detail, "
		"prev_hash, hash FROM audit_log WHERE seq > ?1 ORDER BY seq";
	static const char ins_sql[] =
		"INSERT INTO groeipad.audit_entries (workstation_id, seq, at, account_id, username, "
		"workstation, child_id, action, detail, prev_hash, hash) VALUES ($1, $2, $3, $4, "
		"$5, $6, $7, $8, $9, $10, $11)";
	const char *lp[] = {ws};
	PGresult *r = hq(h, last_sql, 1, lp, _("het logboek op de hub lezen"), e);
	if (!r)
		return e->code;
	long long last = 0;
	char last_hash[AUDIT_HASH_HEX] = AUDIT_GENESIS;
	if (PQntuples(r) > 0) {
		last = num(PQgetvalue(r, 0, 0));
		snprintf(last_hash, sizeof last_hash, "%s", PQgetvalue(r, 0, 1));
	}
	PQclear(r);
	sqlite3_stmt *st = db_stmt(db, local_sql, e);
	if (!st)
		return e->code;
	sqlite3_bind_int64(st, 1, last);
	enum gp_status s = GP_OK;
	int rc = SQLITE_DONE;
	*sent = 0;
	while (s == GP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		char seq[24];
		long long n = sqlite3_column_int64(st, 0);
		snprintf(seq, sizeof seq, "%lld", n);
		const char *v[11] = {ws, seq};
		for (int i = 1; i < 10; i++)
			v[i + 1] = (const char *)sqlite3_column_text(st, i);
		if (*sent == 0 && (n != last + 1 || !v[9] || strcmp(v[9], last_hash) != 0)) {
			s = gp_fail(e, GP_ECORRUPT,
				    _("Het logboek van deze werkplek sluit niet aan op wat de hub ervan "
				      "heeft (regel %lld). Er is niets uitgewisseld. Voer 'groeipad "
				      "check' uit en neem contact op met de beheerder."), n);
			break;
		}
		s = hx(h, ins_sql, 11, v, _("het logboek naar de hub sturen"), e);
		++*sent;
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("het logboek lezen"), e);
	sqlite3_reset(st);
	return s;
}

static void free_pushed(struct pushed *p, int n)
{
	for (int i = 0; i < n; i++) {
		free(p[i].body);
		free(p[i].hub_body);
	}
	free(p);
}

/* ---- pull ------------------------------------------------------------- */

struct pulled {
	int rank;
	long long change_seq;
	char kind[OUTBOX_TABLE_LEN];
	char id[DB_ID_LEN];
	int version;
	char *body;
};

static int by_rank(const void *a, const void *b)
{
	const struct pulled *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return (x->change_seq > y->change_seq) - (x->change_seq < y->change_seq);
}

/* The children that left this workstation's scope (they are in
 * workstation_has but no longer in scope). */
struct leaving {
	char (*ids)[DB_ID_LEN]; /* their ids, 36 characters */
	int n;                  /* entries in ids */
};

/* The hub's records in this workstation's scope changed above `cursor`, up to
 * the change number *upto, read in one snapshot; the children arriving in
 * the scope (to be pulled whole) and those that left it.  The scope: every
 * child when the workstation has no locations and no caseload; otherwise
 * the children of its locations, its caseload, and the children without a
 * location that it has (one created here: it stays). */
static enum gp_status pull_read(struct hub *h, const char *ws, long long cursor,
				long long *upto, struct pulled **out, int *n, char **arriving,
				struct leaving *gone, struct gp_err *e)
{
	static const char counter_sql[] = "SELECT last FROM groeipad.change_counter";
	static const char scope_sql[] =
		"WITH limited AS (SELECT EXISTS (SELECT 1 FROM groeipad.workstation_locations "
		"WHERE workstation_id = $1) OR EXISTS (SELECT 1 FROM groeipad.workstation_children "
		"WHERE workstation_id = $1) AS yes), "
		"kids AS (SELECT r.id FROM groeipad.records r WHERE r.kind = 'children' AND ("
		"NOT (SELECT yes FROM limited) OR r.body->>'location' IN (SELECT l.name FROM "
		"groeipad.workstation_locations wl JOIN groeipad.locations l ON l.id = wl.location_id "
		"WHERE wl.workstation_id = $1) OR r.id IN (SELECT child_id FROM "
		"groeipad.workstation_children WHERE workstation_id = $1) OR (r.body->>'location' "
		"IS NULL AND r.id IN (SELECT child_id FROM groeipad.workstation_has WHERE "
		"workstation_id = $1)))), "
		"arriving AS (SELECT id FROM kids EXCEPT SELECT child_id FROM "
		"groeipad.workstation_has WHERE workstation_id = $1) "
		"SELECT r.kind, r.id, r.version, r.body::text, r.change_seq FROM groeipad.records r "
		"WHERE r.change_seq <= $3 AND ((r.change_seq > $2 AND (r.child_id IS NULL OR "
		"r.child_id IN (SELECT id FROM kids))) OR r.child_id IN (SELECT id FROM arriving)) "
		"UNION SELECT p.kind, p.id, p.version, p.body::text, p.change_seq FROM "
		"groeipad.records p WHERE p.kind = 'parents' AND p.id::text IN (SELECT "
		"l.body->>'parent_id' FROM groeipad.records l WHERE l.kind = 'child_parents' AND "
		"l.change_seq <= $3 AND ((l.change_seq > $2 AND l.child_id IN (SELECT id FROM kids)) "
		"OR l.child_id IN (SELECT id FROM arriving))) "
		"UNION SELECT 'arriving', id, 0, '', 0 FROM arriving "
		"UNION SELECT 'leaving', child_id, 0, '', 0 FROM groeipad.workstation_has WHERE "
		"workstation_id = $1 AND child_id NOT IN (SELECT id FROM kids)";
	*out = NULL;
	*n = 0;
	*arriving = calloc(1, 1);
	if (!*arriving)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	enum gp_status s = hx(h, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, NULL,
			      _("de hub lezen"), e);
	if (s != GP_OK)
		return s;
	PGresult *r = hq(h, counter_sql, 0, NULL, _("de hub lezen"), e);
	if (!r) {
		hub_rollback(h);
		return e->code;
	}
	*upto = num(PQgetvalue(r, 0, 0));
	PQclear(r);
	char from[24], to[24];
	snprintf(from, sizeof from, "%lld", cursor);
	snprintf(to, sizeof to, "%lld", *upto);
	const char *sp[] = {ws, from, to};
	if (!(r = hq(h, scope_sql, 3, sp, _("de wijzigingen van de hub lezen"), e))) {
		hub_rollback(h);
		return e->code;
	}
	int rows = PQntuples(r);
	struct pulled *list = calloc((size_t)(rows ? rows : 1), sizeof *list);
	gone->ids = calloc((size_t)(rows ? rows : 1), sizeof *gone->ids);
	if (!list || !gone->ids) {
		free(list);
		PQclear(r);
		hub_rollback(h);
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	int kept = 0;
	for (int i = 0; i < rows; i++) {
		if (strcmp(PQgetvalue(r, i, 0), "arriving") == 0) {
			size_t need = strlen(*arriving) + DB_ID_LEN + 2;
			char *grown = realloc(*arriving, need);
			if (!grown) {
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
				break;
			}
			*arriving = grown;
			size_t at = strlen(grown);
			snprintf(grown + at, need - at, "%s%s", at ? "," : "", PQgetvalue(r, i, 1));
			continue;
		}
		if (strcmp(PQgetvalue(r, i, 0), "leaving") == 0) {
			snprintf(gone->ids[gone->n++], DB_ID_LEN, "%s", PQgetvalue(r, i, 1));
			continue;
		}
		struct pulled *p = &list[kept++];
		snprintf(p->kind, sizeof p->kind, "%s", PQgetvalue(r, i, 0));
		snprintf(p->id, sizeof p->id, "%s", PQgetvalue(r, i, 1));
		p->version = (int)num(PQgetvalue(r, i, 2));
		p->body = strdup(PQgetvalue(r, i, 3));
		p->change_seq = num(PQgetvalue(r, i, 4));
		p->rank = outbox_table_rank(p->kind);
		if (!p->body)
			s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	PQclear(r);
	hub_rollback(h); /* read only: nothing to keep */
	qsort(list, (size_t)kept, sizeof *list, by_rank);
	*out = list;
	*n = kept;
	return s;
}

static void free_pulled(struct pulled *p, int n)
{
	for (int i = 0; i < n; i++)
		free(p[i].body);
	free(p);
}

/* 1 when the record is waiting in the outbox or in an open conflict here:
 * the hub's version must not overwrite it (the next push decides). */
static int held_here(struct db *db, const char *tbl, long long row_seq, const char *id)
{
	static const char sql[] =
		"SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE tbl = ?1 AND row_seq = ?2) OR "
		"EXISTS (SELECT 1 FROM sync_conflicts WHERE tbl = ?1 AND record_id = "
		"gp_uuid_blob(?3) AND state = 'open')";
	sqlite3_stmt *st = db_stmt(db, sql, NULL);
	if (!st)
		return 1;
	sqlite3_bind_text(st, 1, tbl, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, row_seq);
	sqlite3_bind_text(st, 3, id, -1, SQLITE_STATIC);
	int held = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return held;
}

/* A setting, "" when not set. */
static enum gp_status setting(struct db *db, const char *key, char *out, size_t n,
			      struct gp_err *e)
{
	enum gp_status s = db_setting_get(db, key, out, n, e);
	if (s == GP_ENOTFOUND) {
		out[0] = '\0';
		return GP_OK;
	}
	return s;
}

static enum gp_status setting_ll(struct db *db, const char *key, long long v, struct gp_err *e)
{
	char text[24];
	snprintf(text, sizeof text, "%lld", v);
	return db_setting_set(db, key, text, e);
}

/* Applies the pulled records in one local transaction with capture off,
 * removes the children that left the scope (sync_scope.h) and moves the
 * cursor, all in that same transaction. */
static enum gp_status pull_apply(struct db *db, struct pulled *list, int n, long long upto,
				 const struct leaving *gone, const struct tell *t,
				 struct sync_report *rep, struct gp_err *e)
{
	/* a child that leaves: its freed pages are overwritten, not only freed;
	 * foreign keys checked at the end, not per row (sync_scope.h) */
	enum gp_status s = GP_OK;
	if (gone->n && ((s = db_exec(db, "PRAGMA secure_delete = ON", e)) != GP_OK ||
			(s = sync_scope_keys_off(db, e)) != GP_OK)) {
		sync_scope_keys_on(db);
		return s;
	}
	s = db_begin(db, e);
	if (s != GP_OK) {
		if (gone->n)
			sync_scope_keys_on(db);
		return s;
	}
	s = db_exec(db, "INSERT OR IGNORE INTO settings VALUES ('sync_capture_off', '1')", e);
	for (int i = 0; s == GP_OK && i < n; i++) {
		int version = 0;
		long long row = 0;
		s = outbox_local_version(db, list[i].kind, list[i].id, &version, &row, e);
		if (s != GP_OK || version >= list[i].version ||
		    (row && held_here(db, list[i].kind, row, list[i].id)))
			continue;
		s = outbox_apply(db, list[i].kind, list[i].body, e);
		rep->pulled += s == GP_OK;
		if (i % 100 == 99)
			say(t, SYNC_PHASE_APPLY, i + 1, n);
	}
	struct scope_leave sl = {0};
	if (s == GP_OK)
		s = sync_scope_leave_in(db, gone->ids, gone->n, &sl, e);
	if (s == GP_OK && gone->n)
		s = sync_scope_keys_hold(db, e);
	rep->left = sl.removed;
	rep->kept = sl.kept;
	if (s == GP_OK)
		s = db_exec(db, "DELETE FROM settings WHERE key = 'sync_capture_off'", e);
	if (s == GP_OK)
		s = setting_ll(db, "sync_cursor", upto, e);
	if (s == GP_OK)
		s = setting_ll(db, "sync_last_at", (long long)time(NULL), e);
	if (s == GP_OK) {
		char result[200];
		snprintf(result, sizeof result, _("%d naar de hub, %d van de hub, %d conflicten"),
			 rep->pushed, rep->pulled, rep->conflicts);
		s = db_setting_set(db, "sync_last_result", result, e);
	}
	if (s == GP_OK) {
		char counts[80];
		snprintf(counts, sizeof counts, "%d %d %d %d %d", rep->pushed, rep->pulled,
			 rep->conflicts, rep->left, rep->kept);
		s = db_setting_set(db, "sync_last_counts", counts, e);
	}
	if (s == GP_OK)
		s = db_exec(db, "DELETE FROM settings WHERE key = 'sync_last_failed'", e);
	if (s == GP_OK) {
		char detail[200];
		snprintf(detail, sizeof detail,
			 "naar de hub %d, al op de hub %d, conflicten %d, van de hub %d, "
			 "logboekregels %d, tot wijziging %lld, buiten bereik verwijderd %d, "
			 "buiten bereik nog hier %d", rep->pushed, rep->already, rep->conflicts,
			 rep->pulled, rep->audit_sent, upto, rep->left, rep->kept);
		s = audit_log(db, NULL, "sync", detail, e);
	}
	if (s != GP_OK)
		db_rollback(db);
	else
		s = db_commit(db, e);
	if (gone->n)
		sync_scope_keys_on(db);
	if (s == GP_OK && rep->left)
		/* the search index keeps deleted words in its segments until
		 * they are merged */
		s = db_exec(db, "INSERT INTO children_fts(children_fts) VALUES ('optimize')", e);
	if (s == GP_OK && rep->left) /* older copies of the pages may wait in the log */
		(void)db_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
	if (gone->n)
		db_exec(db, "PRAGMA secure_delete = OFF", NULL);
	return s;
}

/* Tells the hub which children this file removed (sync_scope.h), so that
 * one coming back arrives whole; then forgets them here. */
static enum gp_status tell_left(struct db *db, struct hub *h, const char *ws,
				struct gp_err *e)
{
	char *array = NULL;
	enum gp_status s = sync_scope_left(db, &array, e);
	if (s == GP_OK && array[0]) {
		const char *ap[] = {ws, array};
		s = hx(h, "DELETE FROM groeipad.workstation_has WHERE workstation_id = $1 AND "
			  "child_id = ANY ($2::uuid[])", 2, ap, _("de hub bijwerken"), e);
		if (s == GP_OK)
			s = sync_scope_left_done(db, e);
	}
	free(array);
	return s;
}

/* ---- the whole exchange ----------------------------------------------- */

/* Stores what the push did: outbox entries confirmed, conflicts kept, the
 * hub's id and the client number block; one local transaction. */
static enum gp_status confirm(struct db *db, const char *hub_id, struct pushed *p, int n,
			      int number, struct sync_report *rep, struct gp_err *e)
{
	static const char conflict_sql[] =
		"INSERT OR IGNORE INTO sync_conflicts (tbl, record_id, child_id, hub_version, "
		"hub_body, local_version, local_body, found_at) VALUES (?1, gp_uuid_blob(?2), "
		"gp_uuid_blob(NULLIF(?3, '')), ?4, ?5, ?6, ?7, CAST(strftime('%s', 'now') AS "
		"INTEGER))";
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	struct outbox_entry *done = calloc((size_t)(n ? n : 1), sizeof *done);
	if (!done) {
		db_rollback(db);
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	for (int i = 0; i < n; i++)
		done[i] = p[i].en;
	s = outbox_confirm_in(db, done, n, e);
	free(done);
	for (int i = 0; s == GP_OK && i < n; i++) {
		if (p[i].out != OUT_CONFLICT || !p[i].hub_body)
			continue;
		sqlite3_stmt *st = db_stmt(db, conflict_sql, e);
		if (!st) {
			s = e->code;
			break;
		}
		sqlite3_bind_text(st, 1, p[i].en.tbl, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, p[i].en.id, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 3, p[i].en.child_id, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 4, p[i].hub_version);
		sqlite3_bind_text(st, 5, p[i].hub_body, -1, SQLITE_STATIC);
		sqlite3_bind_int(st, 6, p[i].en.version);
		sqlite3_bind_text(st, 7, p[i].body, -1, SQLITE_STATIC);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			s = db_error(db, rc, _("een conflict vastleggen"), e);
	}
	if (s == GP_OK)
		s = db_setting_set(db, "hub_id", hub_id, e);
	char have[24] = "";
	if (s == GP_OK)
		s = setting(db, "client_no_base", have, sizeof have, e);
	if (s == GP_OK && !have[0])
		s = setting_ll(db, "client_no_base", (long long)number * CLIENT_BLOCK, e);
	rep->client_no_base = have[0] ? (int)num(have) : number * CLIENT_BLOCK;
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

/* The push: registration, records and audit entries, one hub transaction.
 * *number is the workstation's number at the hub. */
static enum gp_status push(struct db *db, struct hub *h, const char *ws, const char *name,
			   const char *location, struct pushed *p, int n, int *number,
			   const struct tell *t, struct sync_report *rep, struct gp_err *e)
{
	static const char lock_sql[] =
		"UPDATE groeipad.change_counter SET last = last RETURNING last";
	static const char register_sql[] =
		"WITH old AS (SELECT number, active FROM groeipad.workstations WHERE id = $1), "
		"new AS (INSERT INTO groeipad.workstations (id, name) SELECT $1, $2 WHERE NOT "
		"EXISTS (SELECT 1 FROM old) RETURNING number, active) "
		"SELECT number, active FROM old UNION ALL SELECT number, active FROM new";
	static const char location_sql[] =
		"WITH l AS (INSERT INTO groeipad.locations (id, name) VALUES (gen_random_uuid(), $2) "
		"ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id) "
		"INSERT INTO groeipad.workstation_locations SELECT $1, id FROM l "
		"ON CONFLICT DO NOTHING";
	enum gp_status s = hx(h, "BEGIN", 0, NULL, _("de uitwisseling beginnen"), e);
	if (s == GP_OK)
		s = hx(h, lock_sql, 0, NULL, _("de hub vastzetten"), e);
	if (s == GP_OK) {
		const char *rp[] = {ws, name};
		PGresult *r = hq(h, register_sql, 2, rp, _("de werkplek aanmelden"), e);
		if (!r) {
			s = e->code;
		} else {
			*number = (int)num(PQgetvalue(r, 0, 0));
			int active = PQgetvalue(r, 0, 1)[0] == 't';
			PQclear(r);
			if (!active)
				s = gp_fail(e, GP_EDENIED, "%s",
					    _("Deze werkplek is op de hub uitgeschakeld. Neem contact op "
					      "met de beheerder."));
		}
	}
	if (s == GP_OK && location) {
		const char *lp[] = {ws, location};
		s = hx(h, location_sql, 2, lp, _("de locatie van de werkplek vastleggen"), e);
	}
	for (int i = 0; s == GP_OK && i < n; i += PUSH_BATCH) {
		if (i)
			say(t, SYNC_PHASE_PUSH, i, n);
		s = push_batch(h, ws, p + i, n - i < PUSH_BATCH ? n - i : PUSH_BATCH, e);
	}
	for (int i = 0; s == GP_OK && i < n; i++) {
		rep->pushed += p[i].out == OUT_ACCEPTED;
		rep->already += p[i].out == OUT_ALREADY;
		rep->conflicts += p[i].out == OUT_CONFLICT;
	}
	if (s == GP_OK)
		s = push_audit(db, h, ws, &rep->audit_sent, e);
	if (s == GP_OK)
		s = hx(h, "COMMIT", 0, NULL, _("de uitwisseling op de hub vastleggen"), e);
	if (s != GP_OK)
		hub_rollback(h);
	return s;
}

static enum gp_status exchange(struct db *db, struct hub *h, const char *name,
			       const char *location, const struct tell *t,
			       struct sync_report *rep, struct gp_err *e)
{
	memset(rep, 0, sizeof *rep);
	enum gp_status s = check_hub_version(h, e);
	if (s != GP_OK)
		return s;
	char hub_id[64] = "", mine[64] = "", ws[DB_ID_LEN] = "", cursor_text[24] = "";
	PGresult *r = hq(h, "SELECT value FROM groeipad.hub_meta WHERE key = 'hub_id'", 0, NULL,
			 _("de hub lezen"), e);
	if (!r)
		return e->code;
	snprintf(hub_id, sizeof hub_id, "%s", PQntuples(r) ? PQgetvalue(r, 0, 0) : "");
	PQclear(r);
	if ((s = setting(db, "hub_id", mine, sizeof mine, e)) != GP_OK ||
	    (s = setting(db, "database_id", ws, sizeof ws, e)) != GP_OK ||
	    (s = setting(db, "sync_cursor", cursor_text, sizeof cursor_text, e)) != GP_OK)
		return s;
	if (!ws[0])
		return gp_fail(e, GP_ECORRUPT, "%s",
			       _("Dit bestand heeft geen eigen kenmerk (database_id) en kan niet "
				 "uitwisselen. Neem contact op met de beheerder."));
	if (mine[0] && strcmp(mine, hub_id) != 0)
		return gp_fail(e, GP_EINPUT, "%s",
			       _("Dit bestand wisselt uit met een andere hub. Er is niets "
				 "uitgewisseld; controleer --hub."));
	if (!mine[0]) { /* the first exchange sends everything this file has */
		s = db_begin(db, e);
		if (s == GP_OK)
			s = outbox_capture_all(db, e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
		if (s != GP_OK)
			return s;
	}
	struct outbox_entry *en = NULL;
	int n = 0;
	if ((s = outbox_pending(db, &en, &n, e)) != GP_OK)
		return s;
	struct pushed *p = calloc((size_t)(n ? n : 1), sizeof *p);
	if (!p) {
		free(en);
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	}
	for (int i = 0; s == GP_OK && i < n; i++) {
		if (i % 500 == 0)
			say(t, SYNC_PHASE_COLLECT, i, n);
		p[i].en = en[i];
		s = outbox_body(db, &en[i], &p[i].body, e);
	}
	free(en);
	int number = 0;
	if (s == GP_OK) {
		say(t, SYNC_PHASE_PUSH, 0, n);
		s = push(db, h, ws, name, location, p, n, &number, t, rep, e);
	}
	if (s == GP_OK) {
		say(t, SYNC_PHASE_PUSH, n, n);
		s = confirm(db, hub_id, p, n, number, rep, e);
	}
	free_pushed(p, n);
	if (s != GP_OK)
		return s;
	struct pulled *list = NULL;
	int m = 0;
	long long upto = 0;
	char *arriving = NULL;
	struct leaving gone = {0};
	/* the hub first forgets the children removed here before (a kill may
	 * have come between), so that one back in scope arrives whole */
	s = tell_left(db, h, ws, e);
	say(t, SYNC_PHASE_PULL, 0, 0);
	if (s == GP_OK)
		s = pull_read(h, ws, num(cursor_text), &upto, &list, &m, &arriving, &gone, e);
	if (s == GP_OK) {
		say(t, SYNC_PHASE_APPLY, 0, m);
		s = pull_apply(db, list, m, upto, &gone, t, rep, e);
	}
	free_pulled(list, m);
	free(gone.ids);
	if (s == GP_OK && rep->left)
		s = tell_left(db, h, ws, e);
	if (s == GP_OK && arriving && arriving[0]) {
		/* only now, after the file committed them: a kill before this
		 * sends them whole again, harmlessly */
		size_t len = strlen(arriving) + 3;
		char *array = malloc(len);
		if (array) {
			snprintf(array, len, "{%s}", arriving);
			const char *ap[] = {ws, array};
			s = hx(h, "INSERT INTO groeipad.workstation_has SELECT $1, unnest($2::uuid[]) "
				  "ON CONFLICT DO NOTHING", 2, ap, _("de hub bijwerken"), e);
			free(array);
		}
	}
	free(arriving);
	if (s != GP_OK)
		return s;
	rep->cursor = upto;
	char result[200], pulled[24];
	snprintf(result, sizeof result, "%d naar de hub, %d van de hub, %d conflicten",
		 rep->pushed, rep->pulled, rep->conflicts);
	snprintf(pulled, sizeof pulled, "%lld", upto);
	const char *up[] = {ws, pulled, result};
	/* the hub's note of this exchange; the exchange itself is complete */
	PQclear(PQexecParams(h->c,
			     "UPDATE groeipad.workstations SET last_pulled = $2, last_sync_at = now(), "
			     "last_result = $3 WHERE id = $1", 3, NULL, up, NULL, NULL, 0));
	say(t, SYNC_PHASE_DONE, 0, 0);
	return GP_OK;
}

void sync_note_failure(struct db *db, const struct gp_err *e)
{
	/* remembered for Vandaag and Beheer; the file may refuse (then nothing) */
	char when[24];
	snprintf(when, sizeof when, "%lld", (long long)time(NULL));
	if (db_setting_set(db, "sync_last_at", when, NULL) == GP_OK &&
	    db_setting_set(db, "sync_last_result", e->msg, NULL) == GP_OK)
		(void)db_setting_set(db, "sync_last_failed", "1", NULL);
}

enum gp_status sync_run(struct db *db, struct hub *h, const char *name, const char *location,
			struct sync_report *rep, struct gp_err *e)
{
	return sync_run_progress(db, h, name, location, NULL, NULL, rep, e);
}

enum gp_status sync_run_progress(struct db *db, struct hub *h, const char *name,
				 const char *location, sync_progress_fn *fn, void *ctx,
				 struct sync_report *rep, struct gp_err *e)
{
	struct tell t = {.fn = fn, .ctx = ctx, .r = rep};
	enum gp_status s = exchange(db, h, name, location, &t, rep, e);
	if (s != GP_OK && e)
		sync_note_failure(db, e);
	return s;
}

enum gp_status sync_status(struct db *db, struct sync_status *st, struct gp_err *e)
{
	memset(st, 0, sizeof *st);
	char hub_id[64], at[24], failed[8], counts[80];
	enum gp_status s;
	if ((s = setting(db, "hub_id", hub_id, sizeof hub_id, e)) != GP_OK ||
	    (s = setting(db, "sync_last_counts", counts, sizeof counts, e)) != GP_OK ||
	    (s = setting(db, "sync_last_at", at, sizeof at, e)) != GP_OK ||
	    (s = setting(db, "sync_last_failed", failed, sizeof failed, e)) != GP_OK ||
	    (s = setting(db, "sync_last_result", st->result, sizeof st->result, e)) != GP_OK)
		return s;
	st->exchanges = hub_id[0] != '\0';
	st->last_at = num(at);
	st->failed = failed[0] == '1';
	/* "pushed pulled conflicts left kept", as pull_apply wrote them */
	int *into[] = {&st->pushed, &st->pulled, &st->conflicts, &st->left, &st->kept};
	const char *at_num = counts;
	st->counted = counts[0] != '\0';
	for (size_t i = 0; i < sizeof into / sizeof *into && st->counted; i++) {
		char *end = NULL;
		long v = strtol(at_num, &end, 10);
		st->counted = end != at_num && v >= 0 && v <= 1000000000;
		*into[i] = st->counted ? (int)v : 0;
		at_num = end;
	}
	return GP_OK;
}

enum gp_status sync_with_hub(struct db *db, const char *conninfo, const char *name,
			     sync_progress_fn *fn, void *ctx, struct sync_report *r,
			     struct gp_err *e)
{
	struct hub *h = NULL;
	int needs = 0;
	memset(r, 0, sizeof *r);
	enum gp_status s = perm_require(db, PERM_SYNC, NULL, e);
	if (s != GP_OK)
		return s;
	if (!name) { /* as `groeipad sync` without --name: the file's name */
		const char *slash = strrchr(db->path, '/');
		name = slash ? slash + 1 : db->path;
	}
	s = hub_connect(conninfo, NULL, &h, &needs, e);
	if (s != GP_OK && needs)
		s = gp_fail(e, GP_EDENIED, "%s",
			    _("De hub vraagt een wachtwoord. Zet het in het wachtwoordbestand "
			      "(~/.pgpass, alleen voor u leesbaar) of in een servicebestand, of "
			      "wissel uit met 'groeipad sync' in een terminal."));
	if (s != GP_OK) {
		sync_note_failure(db, e);
		return s;
	}
	s = sync_run_progress(db, h, name, NULL, fn, ctx, r, e);
	hub_close(h);
	return s;
}
