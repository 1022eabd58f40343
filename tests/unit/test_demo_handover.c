/* test_demo_handover.c — the demo's warm handovers: every state of the
 * lifecycle is there, some are late on the demo's today, and no handover
 * past voorbereid lacks a consent the rule of DOMAIN §5 asks on the day it
 * was sent — other than a Veilig Thuis report, which is flagged. */
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
#include "demo.h"
#include "handover.h"

static const char *datadir(void)
{
	const char *dir = getenv("GROEIPAD_DATADIR");
	return dir && *dir ? dir : "data";
}

static void every_state_and_the_consent_rule_met(void **state)
{
	(void)state;
	char dir[] = "/tmp/gp-demoho-XXXXXX", path[64], cmd[96];
	struct gp_err e = {0};
	struct db *db = NULL;
	struct refdata *codes = NULL;
	struct handover_ref *rules = NULL;
	setenv("GROEIPAD_TODAY", "2026-11-26", 1);
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/demo.db", dir);
	assert_int_equal(db_open(&db, path, DB_CREATE, &e), GP_OK);
	struct demo_options opt = {400, 7, datadir()};
	assert_int_equal(demo_fill(db, &opt, &e), GP_OK);
	assert_int_equal(refdata_load(datadir(), "nl", &codes, &e), GP_OK);
	assert_int_equal(handover_ref_load(datadir(), &rules, &e), GP_OK);
	struct handover_refs refs = {rules, codes};
	struct gp_date today = date_today();

	struct handover_line *open = NULL;
	int nopen = 0, late = 0;
	assert_int_equal(handover_list_open(db, &refs, NULL, today, &open, &nopen, &e), GP_OK);
	for (int i = 0; i < nopen; i++)
		late += open[i].late.kinds != 0;
	assert_true(late >= 3); /* receipt, first conversation and feedback */
	assert_true(open[0].late.kinds != 0); /* the late ones first */
	free(open);

	static const char sql[] = "SELECT id FROM handovers ORDER BY no";
	sqlite3_stmt *st;
	int seen[HS_COUNT] = {0}, n = 0, exempt = 0;
	struct handover *h = malloc(sizeof *h);
	assert_int_equal(sqlite3_prepare_v2(db->h, sql, -1, &st, NULL), SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		char id[DB_ID_LEN];
		struct child c;
		struct family_member *fam = NULL;
		struct consent_person people[CONSENT_MAX_PEOPLE];
		struct consent_outcome o;
		int nfam = 0;
		db_col_id(st, 0, id);
		assert_int_equal(handover_get(db, id, h, &e), GP_OK);
		assert_int_equal(child_get(db, h->child_id, &c, &e), GP_OK);
		assert_int_equal(child_family(db, h->child_id, &fam, &nfam, &e), GP_OK);
		int np = handover_people(&c, fam, nfam, codes, people);
		int s = handover_state_of(h->state);
		seen[s]++;
		n++;
		if (s >= HS_SENT) {
			handover_consent_check(&refs, h, &c, people, np, h->sent_on, &o);
			if (!o.complete) {
				/* only a flagged Veilig Thuis report goes without */
				assert_string_equal(h->destination, "veilig_thuis");
				assert_true(h->consent_exempt);
				exempt++;
			}
		} else {
			assert_false(h->consent_exempt);
		}
		free(fam);
	}
	sqlite3_finalize(st);
	free(h);
	for (int s = 0; s < HS_COUNT; s++)
		if (!seen[s])
			fail_msg("no demo handover is %s", handover_state_code((enum handover_state)s));
	assert_true(exempt >= 1);
	assert_true(n >= 20);

	handover_ref_free(rules);
	refdata_free(codes);
	db_close(db);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_state_and_the_consent_rule_met),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
