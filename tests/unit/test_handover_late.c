/* test_handover_late.c — when a step of a warm handover is late
 * (src/handover_ref.h): working days with weekends and the holidays of
 * data/kalender/feestdagen.tsv, each reminder due on its last day and late
 * from the day after, and nothing late once the step is taken. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "handover_ref.h"

static struct gp_date D(const char *iso)
{
	struct gp_date d = {0, 0, 0};
	if (iso)
		assert_int_equal(date_parse_iso(iso, &d), 0);
	return d;
}

static int setup(void **state)
{
	struct handover_ref *r = NULL;
	struct gp_err e = {0};
	const char *dir = getenv("GROEIPAD_DATADIR");
	assert_int_equal(handover_ref_load(dir ? dir : "data", &r, &e), GP_OK);
	*state = r;
	return 0;
}

static int teardown(void **state)
{
	handover_ref_free(*state);
	return 0;
}

static void working_days(void **state)
{
	const struct handover_ref *r = *state;
	assert_true(handover_workday(r, D("2026-11-26")));  /* Thursday */
	assert_false(handover_workday(r, D("2026-11-28"))); /* Saturday */
	assert_false(handover_workday(r, D("2026-11-29"))); /* Sunday */
	assert_false(handover_workday(r, D("2026-12-25"))); /* Eerste Kerstdag, Friday */
	assert_false(handover_workday(r, D("2026-04-06"))); /* Tweede Paasdag */
	assert_false(handover_workday(r, D("2026-04-27"))); /* Koningsdag */
	assert_false(handover_workday(r, D("2025-04-26"))); /* Koningsdag on Saturday */
	assert_true(handover_workday(r, D("2026-05-05")));  /* Bevrijdingsdag 2026: working */
	assert_false(handover_workday(r, D("2025-05-05"))); /* Bevrijdingsdag 2025 (a lustrum year) */
	char iso[11];
	date_fmt_iso(handover_add_workdays(r, D("2026-11-19"), 5), iso);
	assert_string_equal(iso, "2026-11-26");
	date_fmt_iso(handover_add_workdays(r, D("2026-12-22"), 5), iso);
	assert_string_equal(iso, "2026-12-30"); /* over Christmas and a weekend */
	date_fmt_iso(handover_add_workdays(r, D("2026-11-27"), 1), iso);
	assert_string_equal(iso, "2026-11-30"); /* Friday + 1 = Monday */
}

static unsigned late(const struct handover_ref *r, const char *state, const char *sent,
		     const char *feedback, const char *today, long *days)
{
	struct handover_lateness l;
	unsigned k = handover_late(r, state, D(sent), D(feedback), D(today), &l);
	if (days)
		*days = l.days_late;
	return k;
}

/* Sent on Thursday 19 November: receipt due Thursday 26, late on Friday 27. */
static void receipt_after_five_working_days(void **state)
{
	const struct handover_ref *r = *state;
	long days;
	assert_int_equal(late(r, "verzonden", "2026-11-19", NULL, "2026-11-26", NULL), 0);
	assert_int_equal(late(r, "verzonden", "2026-11-19", NULL, "2026-11-27", &days),
			 LATE_RECEIPT);
	assert_int_equal(days, 1);
	/* confirmed: no longer late */
	assert_int_equal(late(r, "ontvangst_bevestigd", "2026-11-19", NULL, "2026-11-27", NULL), 0);
	/* over Christmas: due 30 December */
	assert_int_equal(late(r, "verzonden", "2026-12-22", NULL, "2026-12-30", NULL), 0);
	assert_int_equal(late(r, "verzonden", "2026-12-22", NULL, "2026-12-31", NULL),
			 LATE_RECEIPT);
}

/* Sent 1 November: a first conversation is due by 21 November. */
static void first_conversation_after_twenty_days(void **state)
{
	const struct handover_ref *r = *state;
	assert_int_equal(late(r, "ontvangst_bevestigd", "2026-11-01", NULL, "2026-11-21", NULL), 0);
	assert_int_equal(late(r, "ontvangst_bevestigd", "2026-11-01", NULL, "2026-11-22", NULL),
			 LATE_CONVERSATION);
	assert_int_equal(late(r, "verzonden", "2026-11-01", NULL, "2026-11-22", NULL),
			 LATE_RECEIPT | LATE_CONVERSATION);
	assert_int_equal(late(r, "eerste_gesprek_gepland", "2026-11-01", NULL, "2026-11-22", NULL),
			 0);
}

static void feedback_after_the_agreed_date(void **state)
{
	const struct handover_ref *r = *state;
	long days;
	assert_int_equal(late(r, "eerste_gesprek_gepland", "2026-10-01", "2026-11-25", "2026-11-25",
			      NULL), 0);
	assert_int_equal(late(r, "eerste_gesprek_gepland", "2026-10-01", "2026-11-25", "2026-11-30",
			      &days), LATE_FEEDBACK);
	assert_int_equal(days, 5);
	assert_int_equal(late(r, "teruggekoppeld", "2026-10-01", "2026-11-25", "2026-11-30", NULL),
			 0);
	/* no date agreed: no feedback reminder */
	assert_int_equal(late(r, "eerste_gesprek_gepland", "2026-10-01", NULL, "2027-06-01", NULL),
			 0);
}

static void nothing_late_before_sending_or_after_the_end(void **state)
{
	const struct handover_ref *r = *state;
	assert_int_equal(late(r, "voorbereid", NULL, "2026-01-01", "2026-11-30", NULL), 0);
	assert_int_equal(late(r, "afgerond", "2026-01-01", "2026-02-01", "2026-11-30", NULL), 0);
	assert_int_equal(late(r, "ingetrokken", "2026-01-01", "2026-02-01", "2026-11-30", NULL), 0);
}

static void timing_from_the_config(void **state)
{
	struct handover_ref *r = *state;
	struct handover_timing keep = r->timing;
	r->timing.receipt_workdays = 2;
	r->timing.conversation_days = 4;
	assert_int_equal(late(r, "verzonden", "2026-11-19", NULL, "2026-11-23", NULL), 0);
	assert_int_equal(late(r, "verzonden", "2026-11-19", NULL, "2026-11-24", NULL),
			 LATE_RECEIPT | LATE_CONVERSATION);
	r->timing = keep;
}

static void destinations(void **state)
{
	const struct handover_ref *r = *state;
	const struct handover_dest *d = handover_ref_dest(r, "school");
	assert_non_null(d);
	assert_true(d->needs.written);
	assert_string_equal(d->needs.scope, "derden");
	d = handover_ref_dest(r, "veilig_thuis");
	assert_true(d->needs.none);
	assert_true(d->report_only);
	assert_string_equal(handover_ref_dest_for_org(r, "kinderopvang")->code, "school");
	assert_string_equal(handover_ref_dest_for_org(r, "poh_ggz")->code, "poh_ggz");
	assert_null(handover_ref_dest_for_org(r, "kraamzorg"));
	assert_null(handover_ref_dest(r, "nergens"));
	assert_string_equal(handover_state_code(HS_PLANNED), "eerste_gesprek_gepland");
	assert_int_equal(handover_state_of("ingetrokken"), HS_WITHDRAWN);
	assert_int_equal(handover_state_of("weg"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(working_days),
		cmocka_unit_test(receipt_after_five_working_days),
		cmocka_unit_test(first_conversation_after_twenty_days),
		cmocka_unit_test(feedback_after_the_agreed_date),
		cmocka_unit_test(nothing_late_before_sending_or_after_the_end),
		cmocka_unit_test(timing_from_the_config),
		cmocka_unit_test(destinations),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
