/* audit.c — see audit.h.  The hash is BLAKE2b-256 (libsodium's
 * crypto_generichash) over the previous hash and the entry's fields, each
 * followed by a 0x1F separator so fields cannot shift into each other.
 * Version 2 (every entry written since migration 010) also covers seq, so
 * an entry cannot be renumbered; version 1 (entries up to audit_head.v1_end,
 * written before) does not. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "audit.h"
#include "i18n.h"
#include "perm.h"
#include "text.h"

static const char GENESIS[] = "0000000000000000000000000000000000000000000000000000000000000000";

static void add_field(crypto_generichash_state *h, const char *s)
{
	static const unsigned char sep = 0x1F;
	if (s)
		crypto_generichash_update(h, (const unsigned char *)s, strlen(s));
	crypto_generichash_update(h, &sep, 1);
}

/* The fields of an entry that its hash covers. */
struct fields {
	long long seq;
	const char *at, *account_id, *username, *workstation, *child_id, *action, *detail;
};

static void chain_hash(const char *prev, const struct fields *f, int version, char *out_hex)
{
	crypto_generichash_state h;
	unsigned char digest[crypto_generichash_BYTES];
	crypto_generichash_init(&h, NULL, 0, sizeof digest);
	add_field(&h, prev);
	if (version >= 2) {
		char seq[24];
		snprintf(seq, sizeof seq, "%lld", f->seq);
		add_field(&h, seq);
	}
	const char *rest[] = {f->at, f->account_id, f->username, f->workstation, f->child_id,
			      f->action, f->detail};
	for (size_t i = 0; i < sizeof rest / sizeof *rest; i++)
		add_field(&h, rest[i]);
	crypto_generichash_final(&h, digest, sizeof digest);
	sodium_bin2hex(out_hex, AUDIT_HASH_HEX, digest, sizeof digest);
}

/* The time stamped on an entry: UTC with its offset; a demo's fixed time. */
static void stamp(const struct db *db, char *out)
{
	if (db->fixed_now[0])
		snprintf(out, DATE_STAMP_LEN, "%.19s+00:00", db->fixed_now);
	else
		date_now_utc(out);
}

/* audit_log's work, inside its transaction. */
static enum gp_status append(struct db *db, const char *child_id, const char *action,
			     const char *detail, struct gp_err *e)
{
	static const char last_sql[] = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1";
	static const char insert_sql[] =
		"INSERT INTO audit_log(seq, at, account_id, username, workstation, child_id, "
		"action, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	char prev[AUDIT_HASH_HEX], hash[AUDIT_HASH_HEX], at[DATE_STAMP_LEN];
	char safe_detail[AUDIT_DETAIL_MAX + 1], safe_user[AUDIT_NAME_MAX];
	long long seq = 1;
	sqlite3_stmt *st = db_stmt(db, last_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		seq = sqlite3_column_int64(st, 0) + 1;
		db_col_text(st, 1, prev, sizeof prev);
	} else if (rc == SQLITE_DONE) {
		memcpy(prev, GENESIS, sizeof GENESIS);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("het logboek bijwerken"), e);

	stamp(db, at);
	text_sanitize(detail ? detail : "", safe_detail, sizeof safe_detail, 0);
	text_sanitize(db->actor_name, safe_user, sizeof safe_user, 0);
	struct fields f = {seq, at, db->actor_id[0] ? db->actor_id : NULL,
			   safe_user[0] ? safe_user : NULL, db->workstation, child_id, action,
			   safe_detail[0] ? safe_detail : NULL};
	chain_hash(prev, &f, 2, hash);

	st = db_stmt(db, insert_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, seq);
	sqlite3_bind_text(st, 2, at, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 3, f.account_id);
	db_bind_text_or_null(st, 4, f.username);
	sqlite3_bind_text(st, 5, db->workstation, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 6, child_id);
	sqlite3_bind_text(st, 7, action, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 8, f.detail);
	sqlite3_bind_text(st, 9, prev, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, hash, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("het logboek bijwerken"), e);
}

enum gp_status audit_log(struct db *db, const char *child_id, const char *action,
			 const char *detail, struct gp_err *e)
{
	if (db->bulk)
		return GP_OK; /* the bulk job logs itself once (db_bulk_begin) */
	/* Reading the last hash and appending are one write transaction (or part
	 * of the caller's), so two workstations never chain onto the same entry. */
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	s = append(db, child_id, action, detail, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

static const char *col(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* The head kept outside the log: 1 found, 0 none, -1 error (e set). */
static int read_head(struct db *db, long long *seq, char *hash, long long *v1_end,
		     struct gp_err *e)
{
	static const char sql[] = "SELECT seq, hash, v1_end FROM audit_head WHERE one = 1";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return -1;
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*seq = sqlite3_column_int64(st, 0);
		db_col_text(st, 1, hash, AUDIT_HASH_HEX);
		*v1_end = sqlite3_column_int64(st, 2);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_error(db, rc, _("het logboek lezen"), e);
		return -1;
	}
	return rc == SQLITE_ROW;
}

/* Compares where the chain ended with the head kept in audit_head. */
static enum gp_status check_end(long long n, long long last, const char *last_hash,
				int have_head, long long head_seq, const char *head_hash,
				struct gp_err *e)
{
	if (n == 0)
		return gp_fail(e, GP_ECORRUPT,
			       _("Het logboek is leeg, maar elke database begint met een regel: "
				 "het logboek is gewist."));
	if (!have_head)
		return gp_fail(e, GP_ECORRUPT,
			       _("Het anker van het logboek (de laatste regel, buiten het logboek "
				 "bewaard) ontbreekt: het is verwijderd."));
	if (head_seq > last)
		return gp_fail(e, GP_ECORRUPT,
			       _("De laatste regels van het logboek ontbreken: het houdt op bij "
				 "regel %lld, maar het anker staat op regel %lld."), last, head_seq);
	if (head_seq < last)
		return gp_fail(e, GP_ECORRUPT,
			       _("Regel %lld en verder staan buiten groeipad om in het logboek: het "
				 "anker staat op regel %lld."), head_seq + 1, head_seq);
	if (strcmp(head_hash, last_hash) != 0)
		return gp_fail(e, GP_ECORRUPT,
			       _("Het logboek is herschreven: regel %lld past niet meer bij het "
				 "anker."), last);
	return GP_OK;
}

enum gp_status audit_verify(struct db *db, long long *entries, struct gp_err *e)
{
	static const char sql[] =
		"SELECT seq, at, account_id, username, workstation, child_id, action, detail, "
		"prev_hash, hash FROM audit_log ORDER BY seq";
	long long head_seq = 0, v1_end = 0, n = 0, last = 0;
	char head_hash[AUDIT_HASH_HEX] = "", prev[AUDIT_HASH_HEX], hash[AUDIT_HASH_HEX];
	if (entries)
		*entries = 0;
	int have_head = read_head(db, &head_seq, head_hash, &v1_end, e);
	if (have_head < 0)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	memcpy(prev, GENESIS, sizeof GENESIS);
	int rc;
	enum gp_status result = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct fields f = {sqlite3_column_int64(st, 0), col(st, 1), col(st, 2), col(st, 3),
				   col(st, 4), col(st, 5), col(st, 6), col(st, 7)};
		const char *stored_prev = col(st, 8), *stored = col(st, 9);
		if (f.seq != last + 1) {
			if (last == 0)
				result = gp_fail(e, GP_ECORRUPT,
						 _("Het logboek begint bij regel %lld in plaats van 1: "
						   "regels ontbreken of zijn hernummerd."), f.seq);
			else
				result = gp_fail(e, GP_ECORRUPT,
						 _("Na regel %lld volgt regel %lld: regels ontbreken "
						   "of zijn hernummerd."), last, f.seq);
			break;
		}
		chain_hash(prev, &f, f.seq <= v1_end ? 1 : 2, hash);
		if (!stored_prev || strcmp(stored_prev, prev) != 0) {
			result = gp_fail(e, GP_ECORRUPT,
					 _("Het logboek is onderbroken bij regel %lld: een eerdere "
					   "regel ontbreekt, is veranderd of staat op een andere plek."),
					 f.seq);
			break;
		}
		if (!stored || strcmp(stored, hash) != 0) {
			result = gp_fail(e, GP_ECORRUPT,
					 _("Logboekregel %lld is na het schrijven veranderd."), f.seq);
			break;
		}
		memcpy(prev, hash, sizeof hash);
		last = f.seq;
		n++;
	}
	if (result == GP_OK && rc != SQLITE_DONE)
		result = db_error(db, rc, _("het logboek lezen"), e);
	sqlite3_reset(st);
	if (result == GP_OK)
		result = check_end(n, last, prev, have_head, head_seq, head_hash, e);
	if (entries)
		*entries = n;
	return result;
}

static enum gp_status database_id(struct db *db, char *out, struct gp_err *e)
{
	if (db_setting_get(db, "database_id", out, DB_ID_LEN, NULL) == GP_OK)
		return GP_OK;
	return gp_fail(e, GP_ECORRUPT, _("Deze database heeft geen eigen kenmerk "
					 "(database_id)."));
}

enum gp_status audit_head(struct db *db, struct audit_anchor *out, struct gp_err *e)
{
	long long v1_end;
	memset(out, 0, sizeof *out);
	enum gp_status s = database_id(db, out->database_id, e);
	if (s != GP_OK)
		return s;
	int have = read_head(db, &out->seq, out->hash, &v1_end, e);
	if (have < 0)
		return e ? e->code : GP_EINTERNAL;
	if (!have)
		return gp_fail(e, GP_ECORRUPT, _("Het anker van het logboek ontbreekt."));
	date_now_utc(out->at);
	return GP_OK;
}

enum gp_status audit_check_anchor(struct db *db, const struct audit_anchor *a,
				  struct gp_err *e)
{
	static const char sql[] = "SELECT hash FROM audit_log WHERE seq = ?";
	char id[DB_ID_LEN], hash[AUDIT_HASH_HEX] = "";
	enum gp_status s = database_id(db, id, e);
	if (s != GP_OK)
		return s;
	if (strcmp(id, a->database_id) != 0)
		return gp_fail(e, GP_EINPUT, _("Het anker hoort bij een andere database (%s)."),
			       a->database_id);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, a->seq);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_text(st, 0, hash, sizeof hash);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ECORRUPT, _("Regel %lld van het logboek, die in het anker van "
						 "%.10s staat, ontbreekt."), a->seq, a->at);
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("het logboek lezen"), e);
	if (strcmp(hash, a->hash) != 0)
		return gp_fail(e, GP_ECORRUPT, _("Het logboek is herschreven: regel %lld heeft niet "
						 "meer de hash van het anker van %.10s."), a->seq,
			       a->at);
	return GP_OK;
}

char *audit_anchor_format(const struct audit_anchor *a, char *out, size_t n)
{
	snprintf(out, n, "groeipad-anker 1 %s %lld %s %s", a->database_id, a->seq, a->hash, a->at);
	return out;
}

int audit_anchor_parse(const char *text, struct audit_anchor *a)
{
	static const char tag[] = "groeipad-anker 1 ";
	const char *p = text ? strstr(text, tag) : NULL;
	char line[256], *save = NULL, *end;
	memset(a, 0, sizeof *a);
	if (!p)
		return -1;
	text_copy(line, sizeof line, p + sizeof tag - 1);
	line[strcspn(line, "\r\n")] = '\0';
	const char *id = strtok_r(line, " ", &save), *num = strtok_r(NULL, " ", &save);
	const char *hash = strtok_r(NULL, " ", &save), *at = strtok_r(NULL, " ", &save);
	if (!id || !num || !hash || !at)
		return -1;
	errno = 0;
	long long seq = strtoll(num, &end, 10);
	/* every field as the program writes it, so that what is read writes
	 * back to the same line: a time stamp that is not one (or is cut to
	 * nothing by the copy) would make a line the parser then refuses */
	if (errno || *end || seq < 1 || strlen(id) != DB_ID_LEN - 1 ||
	    strspn(id, "0123456789abcdef-") != DB_ID_LEN - 1 ||
	    strlen(hash) != AUDIT_HASH_HEX - 1 ||
	    strspn(hash, "0123456789abcdef") != AUDIT_HASH_HEX - 1 ||
	    strlen(at) >= sizeof a->at || date_stamp_epoch(at) < 0)
		return -1;
	memcpy(a->database_id, id, DB_ID_LEN);
	memcpy(a->hash, hash, AUDIT_HASH_HEX);
	text_copy(a->at, sizeof a->at, at);
	a->seq = seq;
	return 0;
}

enum gp_status audit_seal(struct db *db, struct audit_anchor *out, struct gp_err *e)
{
	enum gp_status s = perm_require(db, PERM_AUDIT, NULL, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	s = audit_log(db, NULL, "seal", NULL, e);
	if (s == GP_OK)
		s = audit_head(db, out, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

/* ---- reading the log ------------------------------------------------------- */

static void read_entry(sqlite3_stmt *st, void *row)
{
	struct audit_entry *a = row;
	a->seq = sqlite3_column_int64(st, 0);
	db_col_text(st, 1, a->at, sizeof a->at);
	db_col_text(st, 2, a->username, sizeof a->username);
	db_col_text(st, 3, a->display_name, sizeof a->display_name);
	db_col_text(st, 4, a->workstation, sizeof a->workstation);
	db_col_text(st, 5, a->child_id, sizeof a->child_id);
	a->client_no = sqlite3_column_int64(st, 6);
	db_col_text(st, 7, a->action, sizeof a->action);
	db_col_text(st, 8, a->detail, sizeof a->detail);
}

/* The 16-byte id of a text UUID column of the log, or NULL when it holds
 * none (gp_uuid_blob refuses other text; a log may hold anything). */
#define HEX "[0-9a-f]"
#define HEX4 HEX HEX HEX HEX
#define UUID_GLOB "'" HEX4 HEX4 "-" HEX4 "-" HEX4 "-" HEX4 "-" HEX4 HEX4 HEX4 "'"
#define AS_ID(col) "CASE WHEN " col " GLOB " UUID_GLOB " THEN gp_uuid_blob(" col ") END"

enum gp_status audit_search(struct db *db, const struct audit_query *q,
			    struct audit_entry **out, int *n, struct gp_err *e)
{
	/* Every filter is a parameter; an empty one matches all.  Newest first
	 * through the primary key (and audit_log_child for one child). */
	static const char sql[] =
		"SELECT l.seq, l.at, coalesce(l.username, ''), coalesce(a.display_name, ''), "
		"l.workstation, coalesce(l.child_id, ''), coalesce(c.client_no, 0), l.action, "
		"coalesce(l.detail, '') FROM audit_log l "
		"LEFT JOIN accounts a ON a.id = " AS_ID("l.account_id") " "
		"LEFT JOIN children c ON c.id = " AS_ID("l.child_id") " "
		"WHERE (?1 = '' OR l.child_id = gp_uuid_text(?1)) "
		"AND (?2 = '' OR l.username = ?2 COLLATE NOCASE) "
		"AND (?3 = '' OR l.action = ?3) AND (?4 = '' OR c.client_no = CAST(?4 AS INTEGER)) "
		"AND (?5 = '' OR substr(l.at, 1, 10) >= ?5) AND (?6 = '' OR substr(l.at, 1, 10) <= ?6) "
		"ORDER BY l.seq DESC LIMIT CAST(?7 AS INTEGER)";
	char from[11] = "", to[11] = "", no[24] = "", limit[16];
	*out = NULL;
	*n = 0;
	enum gp_status s = q->child_id && *q->child_id
				   ? perm_require(db, PERM_READ, q->child_id, e)
				   : perm_require(db, PERM_AUDIT, NULL, e);
	if (s != GP_OK)
		return s;
	if (q->from.y)
		date_fmt_iso(q->from, from);
	if (q->to.y)
		date_fmt_iso(q->to, to);
	if (q->client_no > 0)
		snprintf(no, sizeof no, "%lld", q->client_no);
	snprintf(limit, sizeof limit, "%d", q->limit > 0 ? q->limit : 500);
	const char *params[] = {q->child_id ? q->child_id : "", q->username ? q->username : "",
				q->action ? q->action : "", no, from, to, limit, NULL};
	return db_read_rows(db, sql, params, sizeof **out, read_entry, (void **)out, n, e);
}

static const struct {
	const char *action, *label;
} LABELS[] = {
	{"view", N_("dossier geopend")},
	{"view_reason", N_("geopend met reden")},
	{"create", N_("aangemaakt")},
	{"update", N_("gewijzigd")},
	{"export", N_("geëxporteerd")},
	{"import", N_("geïmporteerd")},
	{"due_list", N_("lijst aan de beurt")},
	{"login", N_("ingelogd")},
	{"login_failed", N_("inloggen mislukt")},
	{"login_locked", N_("inloggen geweigerd (te vaak mis)")},
	{"login_inactive", N_("inloggen geweigerd (uitgeschakeld)")},
	{"lock", N_("scherm vergrendeld")},
	{"unlock", N_("scherm ontgrendeld")},
	{"switch_user", N_("andere gebruiker")},
	{"logout", N_("uitgelogd")},
	{"denied", N_("geweigerd (rol)")},
	{"seal", N_("zegel")},
	{"backup", N_("reservekopie")},
	{"destroy", N_("vernietigd")},
	{"sync_leave", N_("van deze werkplek verwijderd (buiten bereik)")},
	{"password_changed", N_("eigen wachtwoord gewijzigd")},
	{"account_create", N_("gebruiker aangemaakt")},
	{"account_activate", N_("gebruiker geactiveerd")},
	{"account_deactivate", N_("gebruiker uitgeschakeld")},
	{"account_password", N_("wachtwoord gezet")},
};

const char *audit_action_label(const char *action)
{
	for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
		if (strcmp(LABELS[i].action, action) == 0)
			return _(LABELS[i].label);
	return action;
}

int audit_action_known(const char *action)
{
	for (size_t i = 0; i < sizeof LABELS / sizeof *LABELS; i++)
		if (strcmp(LABELS[i].action, action) == 0)
			return 1;
	return 0;
}

int audit_query_parse(const char *text, struct audit_query *q, char *buf, size_t bufsz,
		      const char **why)
{
	int dates = 0;
	memset(q, 0, sizeof *q);
	text_copy(buf, bufsz, text ? text : "");
	for (char *save = NULL, *w = strtok_r(buf, " \t", &save); w;
	     w = strtok_r(NULL, " \t", &save)) {
		struct gp_date d;
		const char *dwhy = _("Schrijf een datum als 26-11-2026.");
		size_t n = strlen(w);
		if (strchr(w, '-') && date_parse_nl(w, date_today(), &d, &dwhy) == 0) {
			if (dates == 2) {
				*why = _("Geef ten hoogste twee datums: van en tot en met.");
				return -1;
			}
			if (dates++ == 0)
				q->from = q->to = d;
			else if (date_cmp(d, q->from) < 0)
				q->from = d;
			else
				q->to = d;
		} else if (strspn(w, "0123456789") == n && n <= 12) {
			q->client_no = strtoll(w, NULL, 10);
		} else if (audit_action_known(w)) {
			q->action = w;
		} else if (strchr(w, '-') && strspn(w, "0123456789-") == n) {
			*why = dwhy;
			return -1;
		} else {
			q->username = w;
		}
	}
	return 0;
}

void audit_chain_hash(const char *prev, long long seq, int version, const char *at,
		      const char *account_id, const char *username, const char *workstation,
		      const char *child_id, const char *action, const char *detail, char *out_hex)
{
	struct fields f = {seq, at, account_id, username, workstation, child_id, action, detail};
	chain_hash(prev, &f, version, out_hex);
}
