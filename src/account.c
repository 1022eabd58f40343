/* account.c — see account.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "account.h"
#include "audit.h"
#include "i18n.h"
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
}

#define ACCOUNT_COLS "id, username, display_name, role, active, version"

static enum gp_status create(struct db *db, const char *username, const char *display_name,
			     const char *role, const char *password, struct account *out,
			     struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO accounts(id, username, display_name, role, password_hash, "
		"created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
	const char *why;
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
	enum gp_status s = hash_password(password, hash, e);
	if (s != GP_OK)
		return s;
	struct account a = {0};
	db_new_id(db, a.id);
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, a.id);
	sqlite3_bind_text(st, 2, username, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, display_name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, role, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, hash, -1, SQLITE_STATIC);
	db_bind_time(st, 6, now);
	db_bind_time(st, 7, now);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	if ((rc & 0xFF) == SQLITE_CONSTRAINT)
		return gp_fail_at(e, GP_EINPUT, "username", 0, _("Er is al een gebruiker '%s'."),
				  username);
	if (rc != SQLITE_DONE)
		return db_error(db, rc, _("de gebruiker aanmaken"), e);
	s = audit_log(db, NULL, "account_create", username, e);
	if (s != GP_OK)
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
	enum gp_status s = account_password_check(username, password, e);
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
	text_copy(db->actor_id, sizeof db->actor_id, a->id);
	text_copy(db->actor_name, sizeof db->actor_name, a->username);
}

/* Records a login attempt in its own transaction, so a failed login is
 * logged even though nothing else is saved. */
static void note_attempt(struct db *db, const char *sql, const char *username,
			 const char *action, const char *until)
{
	if (db_begin(db, NULL) != GP_OK)
		return;
	sqlite3_stmt *st = db_stmt(db, sql, NULL);
	if (st) {
		sqlite3_bind_text(st, 1, until ? until : "", -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 2, username, -1, SQLITE_STATIC);
		sqlite3_step(st);
		sqlite3_reset(st);
	}
	audit_log(db, NULL, action, username, NULL);
	db_commit(db, NULL);
}

enum gp_status account_login(struct db *db, const char *username, const char *password,
			     struct account *out, struct gp_err *e)
{
	static const char sql[] =
		"SELECT " ACCOUNT_COLS ", password_hash, failed_logins, "
		"coalesce(locked_until, '') FROM accounts WHERE username = ?";
	static const char failed_sql[] =
		"UPDATE accounts SET failed_logins = failed_logins + 1, "
		"locked_until = nullif(?, '') WHERE username = ?";
	static const char ok_sql[] =
		"UPDATE accounts SET failed_logins = 0, locked_until = nullif(?, ''), "
		"last_login_at = strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') "
		"WHERE username = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, username, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	struct account a = {0};
	char hash[crypto_pwhash_STRBYTES] = "", locked[DB_TIME_LEN] = "";
	int failed = 0;
	if (rc == SQLITE_ROW) {
		read_row(st, &a);
		db_col_text(st, 6, hash, sizeof hash);
		failed = sqlite3_column_int(st, 7);
		db_col_text(st, 8, locked, sizeof locked);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("de gebruiker opzoeken"), e);

	char now[DB_TIME_LEN];
	date_now_iso(now); /* real clock: throttling must not follow GROEIPAD_TODAY */
	if (rc == SQLITE_ROW && locked[0] && strcmp(now, locked) < 0) {
		note_attempt(db, "SELECT ?, ?", username, "login_locked", NULL);
		return gp_fail(e, GP_EDENIED, _("Te veel mislukte pogingen: probeer het na %s "
						"opnieuw."), locked + 11);
	}
	int ok = rc == SQLITE_ROW &&
		 crypto_pwhash_str_verify(hash, password, strlen(password)) == 0;
	if (!ok) {
		char until[DB_TIME_LEN] = "";
		if (rc == SQLITE_ROW && failed + 1 >= 5) {
			int shift = failed + 1 - 5 < 10 ? failed + 1 - 5 : 10;
			time_t t = time(NULL) + (60L << shift);
			struct tm tm;
			localtime_r(&t, &tm);
			if (strftime(until, sizeof until, "%Y-%m-%dT%H:%M:%S", &tm) == 0)
				until[0] = '\0';
		}
		note_attempt(db, failed_sql, username, "login_failed", until);
		return gp_fail(e, GP_EDENIED, _("Gebruikersnaam of wachtwoord klopt niet."));
	}
	if (!a.active) {
		note_attempt(db, "SELECT ?, ?", username, "login_inactive", NULL);
		return gp_fail(e, GP_EDENIED, _("Dit account is uitgeschakeld; vraag de "
						"beheerder om het weer aan te zetten."));
	}
	account_act_as(db, &a);
	note_attempt(db, ok_sql, username, "login", NULL);
	if (out)
		*out = a;
	return GP_OK;
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
	enum gp_status s = db_begin(db, e);
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
	static const char sql[] =
		"UPDATE accounts SET password_hash = ?, failed_logins = 0, locked_until = NULL, "
		"version = version + 1, updated_at = ? WHERE id = ?";
	static const char who[] = "SELECT username FROM accounts WHERE id = ?";
	char hash[crypto_pwhash_STRBYTES], now[DB_TIME_LEN], username[ACCOUNT_NAME_MAX] = "";
	sqlite3_stmt *st = db_stmt(db, who, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		db_col_text(st, 0, username, sizeof username);
	sqlite3_reset(st);
	enum gp_status s = account_password_check(username, password, e);
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
	db_bind_time(st, 2, now);
	db_bind_id(st, 3, id);
	s = update_one(db, st, id, "account_password", e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}
