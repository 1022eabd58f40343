/* account.h — user accounts: roles, Argon2id password hashes (libsodium
 * crypto_pwhash_str), login with throttling, deactivation. */
#ifndef GP_ACCOUNT_H
#define GP_ACCOUNT_H

#include "db.h"

enum { ACCOUNT_NAME_MAX = 64, ACCOUNT_DISPLAY_BUF = 256, PASSWORD_MIN = 10 };

struct account {
	char id[DB_ID_LEN];           /* UUIDv7 */
	char username[ACCOUNT_NAME_MAX]; /* login name, case-insensitive */
	char display_name[ACCOUNT_DISPLAY_BUF];     /* shown in the breadcrumb line */
	char role[32];                /* beheerder, jeugdarts, jeugdverpleegkundige, … */
	int active;                   /* 0: may not log in */
	int version;                  /* for the version check on update */
	int must_change;              /* 1: a password someone else set; the owner
					 changes it before doing anything else */
};

/* 1 when role is one of the roles of docs/product.md §8. */
int account_role_valid(const char *role);

/* The password rules (docs/product.md §8): at least PASSWORD_MIN characters,
 * and not the user name (case and accents ignored).  GP_EINPUT with field
 * "password" and a sentence saying which rule, or GP_OK.  That a new
 * password is typed twice is the interface's part. */
enum gp_status account_password_check(const char *username, const char *password,
				      struct gp_err *e);

/* Creates an account (beheerder only); the password must pass
 * account_password_check() and is hashed with Argon2id.  Made by a
 * logged-in beheerder, the new user must change the password at the first
 * login. */
enum gp_status account_create(struct db *db, const char *username, const char *display_name,
			      const char *role, const char *password, struct account *out,
			      struct gp_err *e);

/* The same without the password rules: only for the fictitious demo
 * database, whose login demo/demo is documented (docs/product.md §9). */
enum gp_status account_create_demo(struct db *db, const char *username,
				   const char *display_name, const char *role,
				   const char *password, struct account *out, struct gp_err *e);

/* Checks username and password.  Attempts are counted per name as typed
 * (known or not), on the real clock: after five wrong ones in a row that
 * name is refused for a minute, doubling with each further miss.  A known
 * and an unknown name take the same work.  Each attempt, good or bad, goes
 * to the audit log; an attempt that cannot be counted or logged (database
 * busy) is refused with that reason.  On success db's actor is set to this
 * account; out->must_change says the password must be changed first. */
enum gp_status account_login(struct db *db, const char *username, const char *password,
			     struct account *out, struct gp_err *e);

/* Looks an account up by username. */
enum gp_status account_get(struct db *db, const char *username, struct account *out,
			   struct gp_err *e);

/* Sets db's actor (created_by/updated_by, audit, permissions) to this
 * account. */
void account_act_as(struct db *db, const struct account *a);

/* Ends the session of db's actor: logs `action` ("logout", or
 * "switch_user" when another user takes the screen) and forgets the actor,
 * so nothing more happens in that user's name. */
enum gp_status account_logout(struct db *db, const char *action, struct gp_err *e);

/* All accounts, sorted by username.  *out is malloc'ed; free() it. */
enum gp_status account_list(struct db *db, struct account **out, int *n, struct gp_err *e);

/* Activates or deactivates an account (a beheerder action; never the last
 * active beheerder). */
enum gp_status account_set_active(struct db *db, const char *id, int active, int version,
				  struct gp_err *e);

/* Sets a new password (the password rules apply) and clears the lockout of
 * that name.  For your own account (db's actor) anyone may; for another
 * account only a beheerder, and then its owner must change it at the next
 * login. */
enum gp_status account_set_password(struct db *db, const char *id, const char *password,
				    struct gp_err *e);

#endif
