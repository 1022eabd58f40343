/* test_config.c — the config file's keys for the handover reminders
 * (docs/cli.md, "Config file"): defaults 5 working days, 20 days and 42
 * days; whole numbers from 1 to 365 are taken, anything else keeps the
 * default. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "config.h"

static char dir[] = "/tmp/gp-config-XXXXXX";

static void write_config(const char *text)
{
	char path[128];
	snprintf(path, sizeof path, "%s/groeipad", dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/groeipad/config", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void defaults_without_a_file(void **state)
{
	struct config cfg;
	(void)state;
	write_config("# nothing\n");
	config_load(&cfg);
	assert_int_equal(cfg.handover_receipt_workdays, 5);
	assert_int_equal(cfg.handover_conversation_days, 20);
	assert_int_equal(cfg.handover_feedback_days, 42);
	assert_int_equal(cfg.lock_minutes, 5);
	assert_string_equal(cfg.hub, ""); /* no hub: Beheer says how to set one */
}

/* hub = CONNINFO: the whole value after '=', for Beheer's exchange. */
static void hub_conninfo_taken_whole(void **state)
{
	struct config cfg;
	(void)state;
	write_config("# the organisation's hub\n"
		     "hub =  host=hub.ggd.example dbname=groeipad sslmode=verify-full  \n");
	config_load(&cfg);
	assert_string_equal(cfg.hub, "host=hub.ggd.example dbname=groeipad sslmode=verify-full");
	write_config("hub = service=groeipad\n");
	config_load(&cfg);
	assert_string_equal(cfg.hub, "service=groeipad");
}

static void keys_taken_and_bad_values_ignored(void **state)
{
	struct config cfg;
	(void)state;
	write_config("handover_receipt_workdays = 3\n"
		     "handover_conversation_days=14\n"
		     "handover_feedback_days = 0\n"
		     "lock_minutes = 7\n");
	config_load(&cfg);
	assert_int_equal(cfg.handover_receipt_workdays, 3);
	assert_int_equal(cfg.handover_conversation_days, 14);
	assert_int_equal(cfg.handover_feedback_days, 42); /* 0 is no period */
	assert_int_equal(cfg.lock_minutes, 7);
	write_config("handover_receipt_workdays = vijf\n"
		     "handover_conversation_days = 366\n"
		     "handover_feedback_days = 30 dagen\n");
	config_load(&cfg);
	assert_int_equal(cfg.handover_receipt_workdays, 5);
	assert_int_equal(cfg.handover_conversation_days, 20);
	assert_int_equal(cfg.handover_feedback_days, 42);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(defaults_without_a_file),
		cmocka_unit_test(keys_taken_and_bad_values_ignored),
		cmocka_unit_test(hub_conninfo_taken_whole),
	};
	if (!mkdtemp(dir))
		return 1;
	setenv("XDG_CONFIG_HOME", dir, 1);
	int rc = cmocka_run_group_tests(tests, NULL, NULL);
	char cmd[96];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	return rc;
}
