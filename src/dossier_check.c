/* dossier_check.c — see dossier_check.h.  One query per kind of record,
 * each listing the text columns the export writes, with their limits. */
#include <stdio.h>
#include <string.h>

#include "contact.h"
#include "dossier_check.h"
#include "giz.h"
#include "handover.h"
#include "i18n.h"
#include "text.h"
#include "validate.h"

enum { MAX_COLS = 13 };

/* The text columns of one kind of record of a child. */
struct rule {
	const char *part;            /* the export's name for the records */
	const char *sql;             /* the columns, for the child ?1, one row per record */
	const char *names[MAX_COLS]; /* the export's field names, NULL-ended */
	int max[MAX_COLS];           /* most characters allowed */
	unsigned multi;              /* bit i: column i may hold newlines and tabs */
};

static const struct rule RULES[] = {
	{"child",
	 "SELECT given_names, call_name, tussenvoegsel, family_name, bsn, street, house_number, "
	 "postcode, city, phone, rvp_variant FROM children WHERE id = ?1",
	 {"given_names", "call_name", "tussenvoegsel", "family_name", "bsn", "street",
	  "house_number", "postcode", "city", "phone", "rvp_variant", NULL},
	 {NAME_MAX_CHARS, NAME_MAX_CHARS, PREFIX_MAX_CHARS, NAME_MAX_CHARS, 9, TEXT_MAX_CHARS,
	  SHORT_MAX_CHARS, 7, TEXT_MAX_CHARS, SHORT_MAX_CHARS, 30}, 0},
	{"parents",
	 "SELECT p.given_names, p.tussenvoegsel, p.family_name, p.bsn, p.phone, p.email, "
	 "p.street, p.house_number, p.postcode, p.city, p.language FROM child_parents l "
	 "JOIN parents p ON p.seq = l.parent_seq WHERE l.child_seq = " CHILD_SEQ(1)
	 " ORDER BY l.relation, p.family_name",
	 {"given_names", "tussenvoegsel", "family_name", "bsn", "phone", "email", "street",
	  "house_number", "postcode", "city", "language", NULL},
	 {NAME_MAX_CHARS, PREFIX_MAX_CHARS, NAME_MAX_CHARS, 9, SHORT_MAX_CHARS, TEXT_MAX_CHARS,
	  TEXT_MAX_CHARS, SHORT_MAX_CHARS, 7, TEXT_MAX_CHARS, TEXT_MAX_CHARS}, 0},
	{"organisations",
	 "SELECT o.name FROM children c JOIN organisations o "
	 "ON o.seq IN (c.gp_org_seq, c.school_org_seq) WHERE c.id = ?1",
	 {"name", NULL}, {TEXT_MAX_CHARS}, 0},
	{"contacts",
	 "SELECT location, present, conclusion, agreements, contact_time FROM contacts "
	 "WHERE child_seq = " CHILD_SEQ(1) " ORDER BY contact_date, contact_time, seq",
	 {"location", "present", "conclusion", "agreements", "time", NULL},
	 {TEXT_MAX_CHARS, TEXT_MAX_CHARS, CONTACT_NOTE_CHARS, CONTACT_NOTE_CHARS, 5}, 0x0C},
	{"observations",
	 "SELECT o.text FROM contacts c JOIN contact_observations o ON o.contact_seq = c.seq "
	 "WHERE c.child_seq = " CHILD_SEQ(1) " ORDER BY c.contact_date, o.seq",
	 {"text", NULL}, {OBSERVATION_CHARS}, 0x01},
	{"measurements",
	 "SELECT note FROM measurements WHERE child_seq = " CHILD_SEQ(1)
	 " ORDER BY measured_on, created_at, seq",
	 {"note", NULL}, {TEXT_MAX_CHARS}, 0},
	{"vaccinations",
	 "SELECT batch, note FROM vaccinations WHERE child_seq = " CHILD_SEQ(1)
	 " ORDER BY vaccinated_on, vaccine, dose_no, seq",
	 {"batch", "note", NULL}, {BATCH_CHARS, TEXT_MAX_CHARS}, 0},
	{"notes",
	 "SELECT text FROM notes WHERE child_seq = " CHILD_SEQ(1) " ORDER BY written_at, seq",
	 {"text", NULL}, {NOTE_MAX_CHARS}, 0x01},
	{"giz",
	 "SELECT other_professionals, parent_going_well, parent_worries, parent_wishes, "
	 "professional_view, strengths, draagkracht, draaglast, conclusion_text "
	 "FROM giz_assessments WHERE child_seq = " CHILD_SEQ(1) " ORDER BY assessed_on, seq",
	 {"other_professionals", "going_well", "worries", "wishes", "professional_view",
	  "strengths", "draagkracht", "draaglast", "conclusion_text", NULL},
	 {TEXT_MAX_CHARS, GIZ_WORDS_CHARS, GIZ_WORDS_CHARS, GIZ_WORDS_CHARS, GIZ_WORDS_CHARS,
	  GIZ_WORDS_CHARS, TEXT_MAX_CHARS, TEXT_MAX_CHARS, GIZ_WORDS_CHARS}, 0x13E},
	{"giz_aspects",
	 "SELECT s.note FROM giz_assessments a JOIN giz_aspects s ON s.assessment_seq = a.seq "
	 "WHERE a.child_seq = " CHILD_SEQ(1) " ORDER BY a.assessed_on, a.seq, s.aspect_bds",
	 {"note", NULL}, {GIZ_NOTE_CHARS}, 0},
	{"giz_plan",
	 "SELECT what, who_name FROM giz_agreements WHERE child_seq = " CHILD_SEQ(1)
	 " ORDER BY seq",
	 {"what", "who_name", NULL}, {TEXT_MAX_CHARS, TEXT_MAX_CHARS}, 0},
	{"handovers",
	 "SELECT receiver_person, reason, question, parents_wish, summary, parents_present, "
	 "casusregie_name, sender_name, sender_org, sender_phone, sender_email, feedback "
	 "FROM handovers WHERE child_seq = " CHILD_SEQ(1) " ORDER BY created_at, seq",
	 {"receiver_person", "reason", "question", "parents_wish", "summary", "parents_present",
	  "casusregie_name", "sender_name", "sender_org", "sender_phone", "sender_email",
	  "feedback", NULL},
	 {TEXT_MAX_CHARS, HANDOVER_NOTE_CHARS, HANDOVER_NOTE_CHARS, HANDOVER_NOTE_CHARS,
	  HANDOVER_SUMMARY_CHARS, TEXT_MAX_CHARS, TEXT_MAX_CHARS, TEXT_MAX_CHARS, TEXT_MAX_CHARS,
	  SHORT_MAX_CHARS, TEXT_MAX_CHARS, HANDOVER_NOTE_CHARS}, 0x81E},
	{"handover_reports",
	 "SELECT closing_report FROM handovers WHERE child_seq = " CHILD_SEQ(1)
	 " ORDER BY created_at, seq",
	 {"closing_report", NULL}, {HANDOVER_NOTE_CHARS}, 0x01},
	{"giz_events",
	 "SELECT note, before FROM giz_agreement_events WHERE child_seq = " CHILD_SEQ(1)
	 " ORDER BY on_date, seq",
	 {"note", "before", NULL}, {GIZ_WORDS_CHARS, TEXT_MAX_CHARS * 2 + 64}, 0x01},
};

/* NULL when the value keeps the rules, else what is wrong with it. */
static const char *problem(const char *s, int bytes, int max, int multi, long *chars)
{
	*chars = 0;
	if ((int)strlen(s) != bytes)
		return _("bevat een NUL-teken");
	size_t n = (size_t)bytes;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		int k = utf8_decode(s + i, n - i, &cp);
		if (k == 0)
			return _("bevat ongeldige tekens (geen UTF-8)");
		if (text_is_control(cp) && !(multi && (cp == '\n' || cp == '\t')))
			return _("bevat stuurtekens");
		i += (size_t)k;
		(*chars)++;
	}
	return *chars > max ? "" : NULL; /* "": too long, said by the caller */
}

static enum gp_status check_rule(struct db *db, const struct rule *r, const char *child_id,
				 struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, r->sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, child_id);
	int rc, row = 0;
	enum gp_status s = GP_OK;
	while (s == GP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		for (int i = 0; s == GP_OK && i < MAX_COLS && r->names[i]; i++) {
			const char *v = (const char *)sqlite3_column_text(st, i);
			long chars;
			if (!v)
				continue;
			const char *why = problem(v, sqlite3_column_bytes(st, i), r->max[i],
						  (int)((r->multi >> i) & 1u), &chars);
			char field[96];
			if (!why)
				continue;
			if (strcmp(r->part, "child") == 0)
				snprintf(field, sizeof field, "child.%s", r->names[i]);
			else
				snprintf(field, sizeof field, "%s[%d].%s", r->part, row, r->names[i]);
			if (*why)
				s = gp_fail(e, GP_ECORRUPT, _("Het dossier is niet geëxporteerd: %s %s. "
							      "Herstel het in het dossier of vraag de "
							      "beheerder om hulp."), field, why);
			else
				s = gp_fail(e, GP_ECORRUPT, _("Het dossier is niet geëxporteerd: %s heeft "
							      "%ld tekens, meer dan de %d die groeipad "
							      "toestaat. Herstel het in het dossier of "
							      "vraag de beheerder om hulp."),
					    field, chars, r->max[i]);
		}
		row++;
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("het dossier controleren"), e);
	sqlite3_reset(st);
	return s;
}

enum gp_status dossier_check_texts(struct db *db, const char *child_id, struct gp_err *e)
{
	enum gp_status s = GP_OK;
	for (size_t i = 0; s == GP_OK && i < sizeof RULES / sizeof *RULES; i++)
		s = check_rule(db, &RULES[i], child_id, e);
	return s;
}
