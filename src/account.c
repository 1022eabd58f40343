/* account.c — see account.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "account.h"
#include "audit.h"
#include "i18n.h"
#include "perm.h"
#include "text.h"
#include "validate.h"

static const char *const ROLES[] = {"beheerder", "jeugdarts", "jeugdverpleegkundige",
				    "verpleegkundig_specialist", "assistent"};

int account_role_valid(const char *role)
{
	for (size_t i = 0; i < sizeof ROLES / sizeof *ROLES; i++)
		if (strcmp(role, ROLES[i]) == 0)
			return 1;
	return 0;
}

/* Code points in a UTF-8 string. */
static size_t chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

enum gp_status account_password_check(const char *username, const char *password,
				      struct gp_err *e)
{
	char fu[ACCOUNT_NAME_MAX * 4], fp[ACCOUNT_NAME_MAX * 4];
	if (chars(password) < PASSWORD_MIN)
		return gp_fail_at(e, GP_EINPUT, "password", 0,
				  _("Een wachtwoord heeft minstens %d tekens."), PASSWORD_MIN);
	text_fold(username, fu, sizeof fu);
	text_fold(password, fp, sizeof fp);
	text_trim(fu);
	text_trim(fp);
	if (strcmp(fu, fp) == 0)
		return gp_fail_at(e, GP_EINPUT, "password", 0, "%s",
				  _("Het wachtwoord is gelijk aan de gebruikersnaam; kies een "
				    "ander wachtwoord."));
	return GP_OK;
}

static enum gp_status hash_password(const char *password, char *out, struct gp_err *e)
{
	if (crypto_pwhash_str_alg(out, password, strlen(password),
				  crypto_pwhash_OPSLIMIT_INTERACTIVE,
				  crypto_pwhash_MEMLIMIT_INTERACTIVE,
				  crypto_pwhash_ALG_ARGON2ID13) != 0)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen om het wachtwoord te "
						  "versleutelen."));
	return GP_OK;
}

static void read_row(sqlite3_stmt *st, void *row)
{
	struct account *a = row;
	db_col_id(st, 0, a->id);
	db_col_text(st, 1, a->username, sizeof a->username);
	db_col_text(st, 2, a->display_name, sizeof a->display_name);
	db_col_text(st, 3, a->role, sizeof a->role);
	a->active = sqlite3_column_int(st, 4);
	a->version = sqlite3_column_int(st, 5);
	a->must_change = sqlite3_column_int(st, 6);
}

#define ACCOUNT_COLS "id, username, display_name, role, active, version, must_change_password"
enum { ACCOUNT_NCOLS = 7 };

static enum gp_status create(struct db *db, const char *username, const char *display_name,
			     const char *role, const char *password, struct account *out,
			     struct gp_err *e)
{
	/* A password someone else chose (a beheerder making the account) is
	 * changed by its owner at the first login; init and demo make their
	 * accounts with nobody logged in. */
	static const char sql[] =
		"INSERT INTO accounts(id, username, display_name, role, password_hash, "
		"must_change_password, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
	const char *why;
	enum gp_status s = perm_require(db, PERM_ACCOUNTS, NULL, e);
	if (s != GP_OK)
		return s;
	if (valid_text(username, ACCOUNT_NAME_MAX - 1, 1, &why) != 0 || strchr(username, ' '))
		return gp_fail_at(e, GP_EINPUT, "username", 0,
				  _("Ongeldige gebruikersnaam: gebruik letters en cijfers zonder "
				    "spaties (%s)."),
				  strchr(username, ' ') ? _("er staat een spatie in") : why);
	if (valid_text(display_name, NAME_MAX_CHARS, 1, &why) != 0)
		return gp_fail_at(e, GP_EINPUT, "display_name", 0, _("Ongeldige naam: %s"), why);
	if (!account_role_valid(role))
		return gp_fail_at(e, GP_EINPUT, "role", 0,
				  _("Onbekende rol '%s': kies beheerder, jeugdarts, "
				    "jeugdverpleegkundige, verpleegkundig_specialist of assistent."),
				  role);
	char hash[crypto_pwhash_STRBYTES], now[DB_TIME_LEN];
	s = hash_password(password, hash, e);
	if (s != GP_OK)
		return s;
	struct account a = {0};
	a.must_change = db->actor_id[0] != '\0';
	db_new_id(db, a.id);
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st) {
		db_rollback(db);
		return e ? e->code : GP_EINTERNAL;
	}
	db_bind_id(st, 1, a.id);
	sqlite3_bind_text(st, 2, username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, display_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 6, a.must_change);
	db_bind_time(st, 7, now);
	db_bind_time(st, 8, now);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((rc & 0xFF) == SQLITE_CONSTRAINT)
		s = gp_fail_at(e, GP_EINPUT, "username", 0, _("Er is al een gebruiker '%s'."),
			       username);
	else if (rc != SQLITE_DONE)
		s = db_error(db, rc, _("de gebruiker aanmaken"), e);
	else
		s = audit_log(db, NULL, "account_create", username, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	if ((s = db_commit(db, e)) != GP_OK)
		return s;
	if (out) {
		text_copy(a.username, sizeof a.username, username);
		text_copy(a.display_name, sizeof a.display_name, display_name);
		text_copy(a.role, sizeof a.role, role);
		a.active = 1;
		a.version = 1;
		*out = a;
	}
	return GP_OK;
}

enum gp_status account_create(struct db *db, const char *username, const char *display_name,
			      const char *role, const char *password, struct account *out,
			      struct gp_err *e)
{
	/* who may not make accounts hears that first, not a password rule */
	enum gp_status s = perm_require(db, PERM_ACCOUNTS, NULL, e);
	if (s == GP_OK)
		s = account_password_check(username, password, e);
	return s == GP_OK ? create(db, username, display_name, role, password, out, e) : s;
}

enum gp_status account_create_demo(struct db *db, const char *username,
				   const char *display_name, const char *role,
				   const char *password, struct account *out, struct gp_err *e)
{
	return create(db, username, display_name, role, password, out, e);
}

enum gp_status account_get(struct db *db, const char *username, struct account *out,
			   struct gp_err *e)
{
	static const char sql[] = "SELECT " ACCOUNT_COLS " FROM accounts WHERE username = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_row(st, out);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Er is geen gebruiker '%s'."), username);
	return db_error(db, rc, _("de gebruiker opzoeken"), e);
}

void account_act_as(struct db *db, const struct account *a)
{
	if (strcmp(db->actor_id, a->id) != 0)
		perm_reset(db); /* a beheerder's reasons belong to that beheerder */
	text_copy(db->actor_id, sizeof db->actor_id, a->id);
	text_copy(db->actor_name, sizeof db->actor_name, a->username);
	text_copy(db->actor_role, sizeof db->actor_role, a->role);
	db->actor_must_change = a->must_change;
}

/* ---- login ------------------------------------------------------------------
 * Throttling is per name as typed, known or not (login_throttle), so a
 * lockout tells nothing about which accounts exist, and a known and an
 * unknown name cost the same: one lookup, one Argon2id verification (an
 * unknown name is checked against another account's hash, with the same
 * parameters), one transaction before and one after.  The attempt is
 * counted before the password is checked, in a write transaction, so
 * parallel attempts each see the count of the ones before them and the
 * sixth is refused unchecked; a login that cannot be counted or logged does
 * not happen. */

enum { LOGIN_FREE_TRIES = 5, LOGIN_LOCK_SECONDS = 60, LOGIN_LOCK_MAX_SHIFT = 10 };

/* Step one: refused while locked; otherwise counted (and locked when this
 * is one try too many).  *locked_until > 0 means refused. */
static enum gp_status count_attempt(struct db *db, const char *name, long long now,
				    long long *locked_until, struct gp_err *e)
{
	static const char get_sql[] =
		"SELECT failed, coalesce(locked_until, 0) FROM login_throttle WHERE name = ?";
	static const char put_sql[] =
		"INSERT INTO login_throttle(name, failed, locked_until, last_at) "
		"VALUES (?1, ?2, nullif(?3, 0), ?4) ON CONFLICT(name) DO UPDATE SET "
		"failed = excluded.failed, locked_until = excluded.locked_until, "
		"last_at = excluded.last_at";
	static const char tidy_sql[] =
		"DELETE FROM login_throttle WHERE last_at < ?1 - 86400 "
		"AND coalesce(locked_until, 0) < ?1";
	*locked_until = 0;
	enum gp_status s = db_begin(db, e);
	if (s == GP_EBUSY)
		return gp_fail(e, GP_EBUSY, _("Inloggen is niet gelukt: de database is bezet door een "
					      "ander programma. Probeer het over een paar seconden "
					      "opnieuw."));
	if (s != GP_OK)
		return s;
	long long failed = 0, until = 0;
	int rc = SQLITE_ERROR;
	sqlite3_stmt *st = db_stmt(db, get_sql, e);
	if (st) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			failed = sqlite3_column_int64(st, 0);
			until = sqlite3_column_int64(st, 1);
			rc = SQLITE_DONE;
		}
		sqlite3_reset(st);
	}
	if (rc != SQLITE_DONE) {
		s = st ? db_error(db, rc, _("inloggen"), e) : (e ? e->code : GP_EINTERNAL);
	} else if (until > now) {
		*locked_until = until;
		s = audit_log(db, NULL, "login_locked", name, e);
	} else {
		failed++;
		until = 0;
		if (failed >= LOGIN_FREE_TRIES) {
			long long shift = failed - LOGIN_FREE_TRIES;
			until = now + ((long long)LOGIN_LOCK_SECONDS
				       << (shift < LOGIN_LOCK_MAX_SHIFT ? shift : LOGIN_LOCK_MAX_SHIFT));
		}
		st = db_stmt(db, put_sql, e);
		rc = SQLITE_ERROR;
		if (st) {
			sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
			sqlite3_bind_int64(st, 2, failed);
			sqlite3_bind_int64(st, 3, until);
			sqlite3_bind_int64(st, 4, now);
			rc = sqlite3_step(st);
			sqlite3_reset(st);
		}
		if (rc == SQLITE_DONE && (st = db_stmt(db, tidy_sql, e)) != NULL) {
			sqlite3_bind_int64(st, 1, now);
			rc = sqlite3_step(st);
			sqlite3_reset(st);
		}
		s = rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("inloggen"), e);
	}
	if (s != GP_OK) {
		db_rollback(db);
		*locked_until = 0;
		return s;
	}
	return db_commit(db, e);
}

/* Step three: the outcome, logged; on success the count is cleared. */
static enum gp_status finish_attempt(struct db *db, const char *name, const char *action,
				     const struct account *a, struct gp_err *e)
{
	static const char clear_sql[] = "DELETE FROM login_throttle WHERE name = ?";
	static const char seen_sql[] = "UPDATE accounts SET last_login_at = ? WHERE id = ?";
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	if (a) {
		int rc = SQLITE_ERROR;
		sqlite3_stmt *st = db_stmt(db, clear_sql, e);
		if (st) {
			sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
			rc = sqlite3_step(st);
			sqlite3_reset(st);
		}
		if (rc == SQLITE_DONE && (st = db_stmt(db, seen_sql, e)) != NULL) {
			char now[DATE_STAMP_LEN];
			date_now_utc(now);
			sqlite3_bind_text(st, 1, now, -1, SQLITE_STATIC);
			db_bind_id(st, 2, a->id);
			rc = sqlite3_step(st);
			sqlite3_reset(st);
		}
		s = rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("inloggen"), e);
		if (s == GP_OK)
			account_act_as(db, a);
	}
	if (s == GP_OK)
		s = audit_log(db, NULL, action, name, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

/* The account with this name (found: 1) and, always, a password hash to
 * check against: its own, or for an unknown name another account's, so both
 * cost one verification with the same parameters. */
static int find_for_login(struct db *db, const char *name, struct account *a, char *hash,
			  struct gp_err *e)
{
	static const char sql[] =
		"SELECT " ACCOUNT_COLS ", password_hash FROM accounts WHERE username = ?";
	static const char any_sql[] =
		"SELECT password_hash FROM accounts ORDER BY rowid LIMIT 1";
	/* A hash with libsodium's interactive limits, for a file without any
	 * account (init makes one, so only a damaged file). */
	static const char fallback[] =
		"$argon2id$v=19$m=65536,t=2,p=1$nV2eCu6fRj7kNamP2l83mw$"
		"UUMOwUkWqpgdU7wTM5h5+pCwBKiVIQHgNjSOxyNAh7g";
	char other[crypto_pwhash_STRBYTES] = "";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return -1;
	sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		read_row(st, a);
		db_col_text(st, ACCOUNT_NCOLS, hash, crypto_pwhash_STRBYTES);
	}
	sqlite3_reset(st);
	int found = rc == SQLITE_ROW;
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		db_error(db, rc, _("de gebruiker opzoeken"), e);
		return -1;
	}
	if ((st = db_stmt(db, any_sql, e)) == NULL)
		return -1;
	if (sqlite3_step(st) == SQLITE_ROW)
		db_col_text(st, 0, other, sizeof other);
	sqlite3_reset(st);
	if (!found)
		text_copy(hash, crypto_pwhash_STRBYTES, other[0] ? other : fallback);
	return found;
}

/* The name as counted and logged: at most AUDIT_NAME_MAX - 1 bytes. */
static void login_name(const char *typed, char *out)
{
	text_copy(out, AUDIT_NAME_MAX, typed ? typed : "");
}

static enum gp_status refuse_locked(long long until, struct gp_err *e)
{
	char hm[16] = "?";
	time_t t = (time_t)until;
	struct tm tm;
	if (localtime_r(&t, &tm) && strftime(hm, sizeof hm, "%H:%M", &tm) == 0)
		snprintf(hm, sizeof hm, "?");
	return gp_fail(e, GP_EDENIED, _("Te veel mislukte pogingen met deze naam: probeer het "
					"na %s opnieuw, of vraag de beheerder om een nieuw "
					"wachtwoord."), hm);
}

enum gp_status account_login(struct db *db, const char *username, const char *password,
			     struct account *out, struct gp_err *e)
{
	char name[AUDIT_NAME_MAX], hash[crypto_pwhash_STRBYTES];
	struct account a = {0};
	long long until;
	login_name(username, name);
	/* the real clock: GROEIPAD_TODAY must not move a lockout */
	enum gp_status s = count_attempt(db, name, (long long)time(NULL), &until, e);
	if (s != GP_OK)
		return s;
	if (until > 0)
		return refuse_locked(until, e);
	int found = find_for_login(db, name, &a, hash, e);
	if (found < 0)
		return e ? e->code : GP_EINTERNAL;
	const char *pw = password ? password : "";
	int ok = crypto_pwhash_str_verify(hash, pw, strlen(pw)) == 0 && found &&
		 strcmp(a.username, "") != 0;
	sodium_memzero(hash, sizeof hash);
	if (!ok) {
		s = finish_attempt(db, name, "login_failed", NULL, e);
		return s != GP_OK ? s : gp_fail(e, GP_EDENIED,
						_("Gebruikersnaam of wachtwoord klopt niet."));
	}
	if (!a.active) {
		s = finish_attempt(db, name, "login_inactive", NULL, e);
		return s != GP_OK ? s : gp_fail(e, GP_EDENIED,
						_("Dit account is uitgeschakeld; vraag de beheerder "
						  "om het weer aan te zetten."));
	}
	s = finish_attempt(db, name, "login", &a, e);
	if (s != GP_OK)
		return s;
	if (out)
		*out = a;
	return GP_OK;
}

enum gp_status account_logout(struct db *db, const char *action, struct gp_err *e)
{
	enum gp_status s = db->actor_id[0] ? audit_log(db, NULL, action, NULL, e) : GP_OK;
	db->actor_id[0] = '\0';
	db->actor_name[0] = '\0';
	db->actor_role[0] = '\0';
	db->actor_must_change = 0;
	perm_reset(db);
	return s;
}

enum gp_status account_list(struct db *db, struct account **out, int *n, struct gp_err *e)
{
	static const char sql[] = "SELECT " ACCOUNT_COLS " FROM accounts ORDER BY username";
	const char *params[] = {NULL};
	return db_read_rows(db, sql, params, sizeof **out, read_row, (void **)out, n, e);
}

/* Steps a bound UPDATE of one account and logs it.  Returns GP_ESTALE when
 * no row matched (changed by someone else, or refused by its WHERE). */
static enum gp_status update_one(struct db *db, sqlite3_stmt *st, const char *id,
				 const char *action, struct gp_err *e)
{
	int rc = sqlite3_step(st);
	int changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_error(db, rc, _("de gebruiker bijwerken"), e);
	if (changed == 0)
		return gp_fail(e, GP_ESTALE, _("Deze gebruiker is intussen door iemand anders "
					       "gewijzigd; open hem opnieuw."));
	return audit_log(db, NULL, action, id, e);
}

enum gp_status account_set_active(struct db *db, const char *id, int active, int version,
				  struct gp_err *e)
{
	static const char sql[] =
		"UPDATE accounts SET active = ?, version = version + 1, updated_at = ? "
		"WHERE id = ? AND version = ? AND NOT (? = 0 AND role = 'beheerder' AND "
		"(SELECT count(*) FROM accounts WHERE role = 'beheerder' AND active = 1) <= 1)";
	char now[DB_TIME_LEN];
	db_now(db, now);
	enum gp_status s = perm_require(db, PERM_ACCOUNTS, NULL, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st) {
		db_rollback(db);
		return e ? e->code : GP_EINTERNAL;
	}
	sqlite3_bind_int(st, 1, active ? 1 : 0);
	db_bind_time(st, 2, now);
	db_bind_id(st, 3, id);
	sqlite3_bind_int(st, 4, version);
	sqlite3_bind_int(st, 5, active ? 1 : 0);
	s = update_one(db, st, id, active ? "account_activate" : "account_deactivate", e);
	if (s == GP_ESTALE && !active)
		gp_fail(e, GP_EINPUT, _("Deze gebruiker kan niet worden uitgeschakeld: het is de "
					"laatste actieve beheerder, of iemand anders heeft hem "
					"intussen gewijzigd."));
	if (s != GP_OK) {
		db_rollback(db);
		return e ? e->code : s;
	}
	return db_commit(db, e);
}

enum gp_status account_set_password(struct db *db, const char *id, const char *password,
				    struct gp_err *e)
{
	/* Your own password: no further change asked.  Someone else's (a
	 * beheerder's reset): its owner must change it at the next login. */
	static const char sql[] =
		"UPDATE accounts SET password_hash = ?, must_change_password = ?, "
		"version = version + 1, updated_at = ? WHERE id = ?";
	static const char who[] = "SELECT username FROM accounts WHERE id = ?";
	static const char unlock_sql[] =
		"DELETE FROM login_throttle WHERE name = "
		"(SELECT username FROM accounts WHERE id = ?)";
	char hash[crypto_pwhash_STRBYTES], now[DB_TIME_LEN], username[ACCOUNT_NAME_MAX] = "";
	int own = db->actor_id[0] && strcmp(db->actor_id, id) == 0;
	enum gp_status s = own ? GP_OK : perm_require(db, PERM_ACCOUNTS, NULL, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, who, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		db_col_text(st, 0, username, sizeof username);
	sqlite3_reset(st);
	s = account_password_check(username, password, e);
	if (s == GP_OK)
		s = hash_password(password, hash, e);
	if (s != GP_OK)
		return s;
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK)
		return s;
	st = db_stmt(db, sql, e);
	if (!st) {
		db_rollback(db);
		return e ? e->code : GP_EINTERNAL;
	}
	sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, own ? 0 : 1);
	db_bind_time(st, 3, now);
	db_bind_id(st, 4, id);
	s = update_one(db, st, id, own ? "password_changed" : "account_password", e);
	if (s == GP_OK && (st = db_stmt(db, unlock_sql, e)) != NULL) {
		db_bind_id(st, 1, id);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc != SQLITE_DONE)
			s = db_error(db, rc, _("de gebruiker bijwerken"), e);
	} else if (s == GP_OK) {
		s = e ? e->code : GP_EINTERNAL;
	}
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	if ((s = db_commit(db, e)) != GP_OK)
		return s;
	if (own)
		db->actor_must_change = 0;
	return GP_OK;
}
