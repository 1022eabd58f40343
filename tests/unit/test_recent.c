/* test_recent.c — the "Recent geopend" list on Vandaag: the children a user
 * opened, newest first, each once, and only that user's. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "account.h"
#include "child.h"
#include "recent.h"

struct fixture {
	struct db *db;       /* a fresh database */
	char path[64];       /* its file */
	struct account a, b; /* two nurses */
	struct child c[3];   /* three children */
};

static void make_child(struct db *db, struct child *c, const char *given, const char *family)
{
	struct gp_err e = {0};
	memset(c, 0, sizeof *c);
	strcpy(c->given_names, given);
	strcpy(c->family_name, family);
	c->birth_date = (struct gp_date){2024, 3, 1};
	strcpy(c->status, "actief");
	assert_int_equal(child_create(db, c, &e), GP_OK);
}

static int setup(void **state)
{
	struct fixture *f = calloc(1, sizeof *f);
	struct gp_err e = {0};
	snprintf(f->path, sizeof f->path, "/tmp/gp-recent-%ld.db", (long)getpid());
	unlink(f->path);
	assert_int_equal(db_open(&f->db, f->path, DB_CREATE, &e), GP_OK);
	assert_int_equal(account_create(f->db, "anna", "Anna", "jeugdverpleegkundige", "geheimwoord1",
					&f->a, &e), GP_OK);
	assert_int_equal(account_create(f->db, "bram", "Bram", "jeugdarts", "geheimwoord2", &f->b, &e),
			 GP_OK);
	account_act_as(f->db, &f->a);
	make_child(f->db, &f->c[0], "Zoë", "Berg");
	make_child(f->db, &f->c[1], "Ömer", "Yılmaz");
	make_child(f->db, &f->c[2], "Sem", "Jansen");
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char side[80];
	db_close(f->db);
	unlink(f->path);
	snprintf(side, sizeof side, "%s-wal", f->path);
	unlink(side);
	snprintf(side, sizeof side, "%s-shm", f->path);
	unlink(side);
	free(f);
	return 0;
}

static void view(struct fixture *f, const struct account *who, int child)
{
	struct gp_err e = {0};
	account_act_as(f->db, who);
	assert_int_equal(child_log_view(f->db, f->c[child].id, &e), GP_OK);
}

static void newest_first_each_once(void **state)
{
	struct fixture *f = *state;
	struct child_summary s[5];
	struct gp_err e = {0};
	int n = -1;
	view(f, &f->a, 0);
	view(f, &f->a, 1);
	view(f, &f->a, 0);
	assert_int_equal(recent_children(f->db, f->a.id, s, 5, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(s[0].id, f->c[0].id);
	assert_string_equal(s[1].id, f->c[1].id);
	assert_string_equal(s[0].display_name, "Zoë Berg");
}

static void only_this_users_views(void **state)
{
	struct fixture *f = *state;
	struct child_summary s[5];
	struct gp_err e = {0};
	int n = -1;
	view(f, &f->b, 2);
	assert_int_equal(recent_children(f->db, f->a.id, s, 5, &n, &e), GP_OK);
	assert_int_equal(n, 0);
	assert_int_equal(recent_children(f->db, f->b.id, s, 5, &n, &e), GP_OK);
	assert_int_equal(n, 1);
	assert_string_equal(s[0].id, f->c[2].id);
}

static void limited_to_max(void **state)
{
	struct fixture *f = *state;
	struct child_summary s[2];
	struct gp_err e = {0};
	int n = -1;
	for (int i = 0; i < 3; i++)
		view(f, &f->a, i);
	assert_int_equal(recent_children(f->db, f->a.id, s, 2, &n, &e), GP_OK);
	assert_int_equal(n, 2);
	assert_string_equal(s[0].id, f->c[2].id);
	assert_string_equal(s[1].id, f->c[1].id);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(newest_first_each_once, setup, teardown),
		cmocka_unit_test_setup_teardown(only_this_users_views, setup, teardown),
		cmocka_unit_test_setup_teardown(limited_to_max, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
