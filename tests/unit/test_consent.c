/* test_consent.c — the consent rule of DOMAIN §5 (src/consent.h): who must
 * consent by the child's age on the day consent is given and who holds
 * gezag that day, on the day before and on the 12th and 16th birthdays,
 * for one parent, two parents, a parent whose gezag ended, a stepparent
 * without gezag and a guardian of a GI; then whether recorded consents
 * complete it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "consent.h"

static struct gp_date D(const char *iso)
{
	struct gp_date d = {0, 0, 0};
	if (iso)
		assert_int_equal(date_parse_iso(iso, &d), 0);
	return d;
}

/* Born 2012-03-15: 12 on 2024-03-15, 16 on 2028-03-15. */
#define BIRTH "2012-03-15"
#define DAY_BEFORE_12 "2024-03-14"
#define BIRTHDAY_12 "2024-03-15"
#define DAY_BEFORE_16 "2028-03-14"
#define BIRTHDAY_16 "2028-03-15"

static struct consent_person child(void)
{
	struct consent_person p = {0};
	strcpy(p.id, CONSENT_CHILD);
	strcpy(p.name, "Sem (kind)");
	p.is_child = 1;
	return p;
}

static struct consent_person adult(const char *id, int gezag, const char *from,
				   const char *until)
{
	struct consent_person p = {0};
	strcpy(p.id, id);
	snprintf(p.name, sizeof p.name, "%s", id);
	p.gezag = gezag;
	p.gezag_from = D(from);
	p.gezag_until = D(until);
	return p;
}

/* "kind,moeder" style list of who is required on day. */
static void who(const struct consent_person *p, int n, const char *day, char *out, size_t sz)
{
	int req[CONSENT_MAX_PEOPLE], none = 0;
	consent_required(D(BIRTH), D(day), p, n, req, &none);
	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		if (!req[i])
			continue;
		size_t len = strlen(out);
		snprintf(out + len, sz - len, "%s%s", len ? "," : "", p[i].id);
	}
	if (none) {
		size_t len = strlen(out);
		snprintf(out + len, sz - len, "%s(niemand met gezag)", len ? "," : "");
	}
}

#define EXPECT(people, day, want)                                                     \
	do {                                                                              \
		char got_[256];                                                           \
		who((people), (int)(sizeof(people) / sizeof *(people)), (day), got_, sizeof got_); \
		assert_string_equal(got_, want);                                          \
	} while (0)

static void bands_on_the_birthdays(void **state)
{
	(void)state;
	assert_int_equal(consent_band_on(D(BIRTH), D(DAY_BEFORE_12)), CONSENT_BAND_PARENTS);
	assert_int_equal(consent_band_on(D(BIRTH), D(BIRTHDAY_12)), CONSENT_BAND_BOTH);
	assert_int_equal(consent_band_on(D(BIRTH), D(DAY_BEFORE_16)), CONSENT_BAND_BOTH);
	assert_int_equal(consent_band_on(D(BIRTH), D(BIRTHDAY_16)), CONSENT_BAND_YOUNG);
	/* born on 29 February: the birthday in a leap year is that day */
	assert_int_equal(consent_band_on(D("2012-02-29"), D("2024-02-28")), CONSENT_BAND_PARENTS);
	assert_int_equal(consent_band_on(D("2012-02-29"), D("2024-02-29")), CONSENT_BAND_BOTH);
}

static void one_parent(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL)};
	EXPECT(p, DAY_BEFORE_12, "moeder");
	EXPECT(p, BIRTHDAY_12, "kind,moeder");
	EXPECT(p, DAY_BEFORE_16, "kind,moeder");
	EXPECT(p, BIRTHDAY_16, "kind");
}

static void two_parents(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, NULL, NULL)};
	EXPECT(p, DAY_BEFORE_12, "moeder,vader");
	EXPECT(p, BIRTHDAY_12, "kind,moeder,vader");
	EXPECT(p, DAY_BEFORE_16, "kind,moeder,vader");
	EXPECT(p, BIRTHDAY_16, "kind");
}

/* The father's gezag ended on 2024-03-15 (the 12th birthday) and another
 * time on 2028-03-15: the day before he still decides, on the day not. */
static void parent_whose_gezag_ended(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, NULL, BIRTHDAY_12)};
	EXPECT(p, DAY_BEFORE_12, "moeder,vader");
	EXPECT(p, BIRTHDAY_12, "kind,moeder");
	EXPECT(p, DAY_BEFORE_16, "kind,moeder");
	EXPECT(p, BIRTHDAY_16, "kind");
	struct consent_person q[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, NULL, BIRTHDAY_16)};
	EXPECT(q, DAY_BEFORE_12, "moeder,vader");
	EXPECT(q, BIRTHDAY_12, "kind,moeder,vader");
	EXPECT(q, DAY_BEFORE_16, "kind,moeder,vader");
	EXPECT(q, BIRTHDAY_16, "kind");
	/* gezag that starts later (recognition): from that day on */
	struct consent_person r[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, BIRTHDAY_12, NULL)};
	EXPECT(r, DAY_BEFORE_12, "moeder");
	EXPECT(r, BIRTHDAY_12, "kind,moeder,vader");
}

static void stepparent_without_gezag(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, NULL, NULL),
				     adult("stiefvader", 0, NULL, NULL)};
	EXPECT(p, DAY_BEFORE_12, "moeder,vader");
	EXPECT(p, BIRTHDAY_12, "kind,moeder,vader");
	EXPECT(p, DAY_BEFORE_16, "kind,moeder,vader");
	EXPECT(p, BIRTHDAY_16, "kind");
}

/* A foster child: the birth mother without gezag, foster parents without,
 * the guardian of a gecertificeerde instelling with gezag since a court
 * order in 2019. */
static void guardian_of_a_gi(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 0, NULL, "2019-06-01"),
				     adult("pleegmoeder", 0, NULL, NULL),
				     adult("pleegvader", 0, NULL, NULL),
				     adult("gi", 1, "2019-06-01", NULL)};
	EXPECT(p, DAY_BEFORE_12, "gi");
	EXPECT(p, BIRTHDAY_12, "kind,gi");
	EXPECT(p, DAY_BEFORE_16, "kind,gi");
	EXPECT(p, BIRTHDAY_16, "kind");
	/* before the order the mother held gezag */
	struct consent_person q[] = {child(), adult("moeder", 1, NULL, "2019-06-01"),
				     adult("gi", 1, "2019-06-01", NULL)};
	EXPECT(q, "2019-05-31", "moeder");
	EXPECT(q, "2019-06-01", "gi");
}

static void nobody_with_gezag(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("stiefvader", 0, NULL, NULL)};
	EXPECT(p, DAY_BEFORE_12, "(niemand met gezag)");
	EXPECT(p, BIRTHDAY_12, "kind,(niemand met gezag)");
	EXPECT(p, BIRTHDAY_16, "kind");
}

/* ---- recorded consents --------------------------------------------------- */

static struct consent_record rec(const char *person, int given, int written, const char *on,
				 const char *ends, const char *scope)
{
	struct consent_record r = {0};
	strcpy(r.person, person);
	r.given = given;
	r.written = written;
	r.on = D(on);
	r.ends = D(ends);
	strcpy(r.scope, scope);
	return r;
}

static const struct consent_needs THIRD = {0, 0, "derden"};

static struct consent_outcome eval(const struct consent_person *p, int n,
				   const struct consent_record *r, int nr,
				   const struct consent_needs *needs, const char *send)
{
	struct consent_outcome o;
	consent_evaluate(D(BIRTH), p, n, r, nr, needs, D(send), &o);
	return o;
}

/* Thirteen: the child's consent alone is not enough, with the mother's it is. */
static void thirteen_needs_child_and_parent(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("stiefvader", 0, NULL, NULL)};
	struct consent_record r[] = {rec("kind", 1, 0, "2025-05-01", NULL, "derden"),
				     rec("moeder", 1, 0, "2025-05-02", NULL, "jgz,derden")};
	struct consent_outcome o = eval(p, 3, r, 1, &THIRD, "2025-05-02");
	assert_false(o.complete);
	assert_int_equal(o.band, CONSENT_BAND_BOTH);
	assert_int_equal(o.state[0], CONSENT_OK);
	assert_int_equal(o.state[1], CONSENT_MISSING);
	assert_false(o.required[2]);
	o = eval(p, 3, r, 2, &THIRD, "2025-05-02");
	assert_true(o.complete);
	/* dated after the day of sending: does not count yet */
	o = eval(p, 3, r, 2, &THIRD, "2025-05-01");
	assert_false(o.complete);
	assert_int_equal(o.state[1], CONSENT_MISSING);
}

static void refused_ended_oral_and_scope(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL)};
	struct consent_record refused[] = {rec("moeder", 1, 0, "2020-01-06", NULL, "derden"),
					   rec("moeder", 0, 0, "2020-01-08", NULL, "derden")};
	struct consent_outcome o = eval(p, 2, refused, 2, &THIRD, "2020-01-10");
	assert_false(o.complete);
	assert_int_equal(o.state[1], CONSENT_REFUSED);
	/* consent again after the refusal: the latest answer counts */
	struct consent_record again[] = {refused[0], refused[1],
					 rec("moeder", 1, 0, "2020-01-09", NULL, "derden")};
	assert_true(eval(p, 2, again, 3, &THIRD, "2020-01-10").complete);

	struct consent_record ended[] = {rec("moeder", 1, 0, "2020-01-06", "2020-01-09", "derden")};
	assert_true(eval(p, 2, ended, 1, &THIRD, "2020-01-09").complete);
	o = eval(p, 2, ended, 1, &THIRD, "2020-01-10");
	assert_false(o.complete);
	assert_int_equal(o.state[1], CONSENT_ENDED);

	struct consent_needs school = {0, 1, "derden"};
	struct consent_record oral[] = {rec("moeder", 1, 0, "2020-01-06", NULL, "derden")};
	o = eval(p, 2, oral, 1, &school, "2020-01-10");
	assert_int_equal(o.state[1], CONSENT_NOT_WRITTEN);
	oral[0].written = 1;
	assert_true(eval(p, 2, oral, 1, &school, "2020-01-10").complete);

	struct consent_record jgz[] = {rec("moeder", 1, 0, "2020-01-06", NULL, "jgz,rvp")};
	o = eval(p, 2, jgz, 1, &THIRD, "2020-01-10");
	assert_int_equal(o.state[1], CONSENT_SCOPE);
}

/* The age on the day consent is given: the parents' consent at 11 holds
 * after the 12th birthday; the young person's consent at 15 is enough on
 * the 16th birthday. */
static void the_day_consent_is_given(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 1, NULL, NULL),
				     adult("vader", 1, NULL, NULL)};
	struct consent_record at11[] = {rec("moeder", 1, 0, DAY_BEFORE_12, NULL, "derden"),
					rec("vader", 1, 0, DAY_BEFORE_12, NULL, "derden")};
	struct consent_outcome o = eval(p, 3, at11, 2, &THIRD, "2024-03-20");
	assert_true(o.complete);
	assert_int_equal(o.band, CONSENT_BAND_PARENTS);
	/* only one parent at 11: not complete, and after the birthday the
	 * child is named too */
	o = eval(p, 3, at11, 1, &THIRD, "2024-03-20");
	assert_false(o.complete);
	assert_int_equal(o.band, CONSENT_BAND_BOTH);
	assert_int_equal(o.state[0], CONSENT_MISSING);
	assert_int_equal(o.state[2], CONSENT_MISSING);
	/* but the child of 12 who refuses blocks what the parents decided */
	struct consent_record no[] = {at11[0], at11[1],
				      rec("kind", 0, 0, "2024-03-18", NULL, "derden")};
	assert_false(eval(p, 3, no, 3, &THIRD, "2024-03-20").complete);

	struct consent_record at15[] = {rec("kind", 1, 0, DAY_BEFORE_16, NULL, "derden")};
	assert_false(eval(p, 3, at15, 1, &THIRD, DAY_BEFORE_16).complete);
	o = eval(p, 3, at15, 1, &THIRD, BIRTHDAY_16);
	assert_true(o.complete);
	assert_int_equal(o.band, CONSENT_BAND_YOUNG);
}

static void gi_and_veilig_thuis(void **state)
{
	(void)state;
	struct consent_person p[] = {child(), adult("moeder", 0, NULL, NULL),
				     adult("gi", 1, "2019-06-01", NULL)};
	struct consent_record mother[] = {rec("moeder", 1, 1, "2020-01-06", NULL, "derden")};
	struct consent_outcome o = eval(p, 3, mother, 1, &THIRD, "2020-01-10");
	assert_false(o.complete);
	assert_int_equal(o.state[2], CONSENT_MISSING);
	struct consent_record gi[] = {rec("gi", 1, 1, "2020-01-06", NULL, "derden")};
	assert_true(eval(p, 3, gi, 1, &THIRD, "2020-01-10").complete);
	/* a Veilig Thuis report needs none (and is flagged where it is used) */
	struct consent_needs report = {1, 0, ""};
	o = eval(p, 3, NULL, 0, &report, "2020-01-10");
	assert_true(o.complete);
	assert_int_equal(o.state[2], CONSENT_MISSING);
}

static void scope_lists(void **state)
{
	(void)state;
	assert_true(consent_scope_covers("jgz,derden", "derden"));
	assert_true(consent_scope_covers("derden", "derden"));
	assert_false(consent_scope_covers("jgz,derdenx", "derden"));
	assert_false(consent_scope_covers("", "derden"));
	assert_true(consent_scope_covers("", ""));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(bands_on_the_birthdays),
		cmocka_unit_test(one_parent),
		cmocka_unit_test(two_parents),
		cmocka_unit_test(parent_whose_gezag_ended),
		cmocka_unit_test(stepparent_without_gezag),
		cmocka_unit_test(guardian_of_a_gi),
		cmocka_unit_test(nobody_with_gezag),
		cmocka_unit_test(thirteen_needs_child_and_parent),
		cmocka_unit_test(refused_ended_oral_and_scope),
		cmocka_unit_test(the_day_consent_is_given),
		cmocka_unit_test(gi_and_veilig_thuis),
		cmocka_unit_test(scope_lists),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
