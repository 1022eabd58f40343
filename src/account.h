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
};

/* 1 when role is one of the roles of docs/product.md §8. */
int account_role_valid(const char *role);

/* The password rules (docs/product.md §8): at least PASSWORD_MIN characters,
 * and not the user name (case and accents ignored).  GP_EINPUT with field
 * "password" and a sentence saying which rule, or GP_OK.  That a new
 * password is typed twice is the interface's part. */
enum gp_status account_password_check(const char *username, const char *password,
				      struct gp_err *e);

/* Creates an account; the password must pass account_password_check() and
 * is hashed with Argon2id. */
enum gp_status account_create(struct db *db, const char *username, const char *display_name,
			      const char *role, const char *password, struct account *out,
			      struct gp_err *e);

/* The same without the password rules: only for the fictitious demo
 * database, whose login demo/demo is documented (docs/product.md §9). */
enum gp_status account_create_demo(struct db *db, const char *username,
				   const char *display_name, const char *role,
				   const char *password, struct account *out, struct gp_err *e);

/* Checks username and password.  Wrong passwords are counted: after five in a
 * row the account is locked for a minute, doubling with each further miss.
 * Each attempt, good or bad, goes to the audit log.  On success db's actor is
 * set to this account. */
enum gp_status account_login(struct db *db, const char *username, const char *password,
			     struct account *out, struct gp_err *e);

/* Looks an account up by username. */
enum gp_status account_get(struct db *db, const char *username, struct account *out,
			   struct gp_err *e);

/* Sets db's actor (created_by/updated_by and audit) to this account. */
void account_act_as(struct db *db, const struct account *a);

/* All accounts, sorted by username.  *out is malloc'ed; free() it. */
enum gp_status account_list(struct db *db, struct account **out, int *n, struct gp_err *e);

/* Activates or deactivates an account (a beheerder action; never the last
 * active beheerder). */
enum gp_status account_set_active(struct db *db, const char *id, int active, int version,
				  struct gp_err *e);

/* Sets a new password (and clears the lock); the password rules apply. */
enum gp_status account_set_password(struct db *db, const char *id, const char *password,
				    struct gp_err *e);

#endif
