/* test_pq.c — libpq is opened when the hub is first needed (src/pq.h), not
 * linked: a library that cannot be found, or that lacks a function the hub
 * uses, is told in words with the package to install, and the program goes
 * on; the way to the hub (hub_conninfo_check) loads it, after which its
 * functions work.  The tests run in this order: once libpq is loaded, it
 * stays loaded. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "hub.h"
#include "pq.h"

static void missing_library_is_told_in_words(void **state)
{
	(void)state;
	struct gp_err e = {0};
	assert_int_equal(pq_load_from("libgroeipad-no-such-pq.so.5", &e), GP_EIO);
	assert_non_null(strstr(e.msg, "libgroeipad-no-such-pq.so.5"));
	assert_non_null(strstr(e.msg, "libpq5"));
	assert_true(PQconninfoParse == NULL); /* nothing half-loaded */
}

static void library_without_the_functions_is_refused(void **state)
{
	(void)state;
	struct gp_err e = {0};
	/* a real library (the program uses it), but not libpq */
	assert_int_equal(pq_load_from("libsqlite3.so.0", &e), GP_EIO);
	assert_non_null(strstr(e.msg, "PQclear"));
	assert_non_null(strstr(e.msg, "libpq5"));
	assert_true(PQclear == NULL);
}

static void the_way_to_the_hub_loads_it(void **state)
{
	(void)state;
	struct gp_err e = {0};
	/* a conninfo with a password is refused by the check itself, after
	 * libpq (which parses it) was loaded */
	assert_int_equal(hub_conninfo_check("host=/tmp dbname=groeipad password=geheim", &e),
			 GP_EINPUT);
	assert_non_null(strstr(e.msg, "wachtwoord"));
	assert_true(PQconninfoParse != NULL);
	if (!PQconninfoParse || !PQconninfoFree)
		return; /* asserted above; said again for the static analyser */
	char *err = NULL;
	PQconninfoOption *opts = PQconninfoParse("host=/tmp dbname=groeipad", &err);
	assert_non_null(opts);
	const char *dbname = NULL;
	for (PQconninfoOption *o = opts; o->keyword; o++)
		if (strcmp(o->keyword, "dbname") == 0)
			dbname = o->val;
	assert_string_equal(dbname, "groeipad");
	PQconninfoFree(opts);
	assert_int_equal(hub_conninfo_check("host=/tmp dbname=groeipad", &e), GP_OK);
	assert_int_equal(pq_load(&e), GP_OK); /* again: already loaded */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(missing_library_is_told_in_words),
		cmocka_unit_test(library_without_the_functions_is_refused),
		cmocka_unit_test(the_way_to_the_hub_loads_it),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
