/* retention.c — see retention.h. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "audit.h"
#include "i18n.h"
#include "perm.h"
#include "retention.h"
#include "text.h"

static void read_item(sqlite3_stmt *st, void *row)
{
	struct retention_item *r = row;
	char given[NAME_BUF], prefix[PREFIX_BUF], family[NAME_BUF];
	db_col_id(st, 0, r->id);
	r->client_no = sqlite3_column_int64(st, 1);
	db_col_text(st, 2, given, sizeof given);
	db_col_text(st, 3, prefix, sizeof prefix);
	db_col_text(st, 4, family, sizeof family);
	child_display_name(given, prefix, family, r->name, sizeof r->name);
	db_col_date(st, 5, &r->birth_date);
	db_col_date(st, 6, &r->last_change);
}

enum gp_status retention_list(struct db *db, struct gp_date today, struct retention_item **out,
			      int *n, struct gp_err *e)
{
	/* The last change: the latest save of the child or of anything
	 * recorded about it. */
	static const char sql[] =
		"SELECT id, client_no, given_names, coalesce(tussenvoegsel, ''), family_name, "
		"birth_date, date(last, 'unixepoch') FROM (SELECT c.*, max(c.updated_at, "
		"coalesce((SELECT max(updated_at) FROM contacts WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM measurements WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM vaccinations WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM child_parents WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM giz_assessments WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM giz_agreements WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(created_at) FROM giz_agreement_events WHERE child_seq = c.seq), "
		"0), "
		"coalesce((SELECT max(updated_at) FROM handovers WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM notes WHERE child_seq = c.seq), 0), "
		"coalesce((SELECT max(updated_at) FROM appointments WHERE child_seq = c.seq), 0)"
		") AS last FROM children c) WHERE date(last, 'unixepoch') < ?1 "
		"ORDER BY last, client_no";
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_RETENTION, NULL, e);
	if (s != GP_OK)
		return s;
	char limit[11];
	date_fmt_iso(date_add_months(today, -12 * RETENTION_YEARS), limit);
	const char *params[] = {limit, NULL};
	return db_read_rows(db, sql, params, sizeof **out, read_item, (void **)out, n, e);
}

/* One step of the destruction: the statement, and which count it fills. */
struct step {
	const char *sql;
	size_t count; /* offsetof the counter in struct retention_counts, or -1 */
};

#define COUNT(f) offsetof(struct retention_counts, f)
#define NOCOUNT ((size_t)-1)

static const struct step STEPS[] = {
	{"DELETE FROM contact_professionals WHERE contact_seq IN "
	 "(SELECT seq FROM contacts WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM contact_observations WHERE contact_seq IN "
	 "(SELECT seq FROM contacts WHERE child_seq = ?1)", COUNT(observations)},
	{"DELETE FROM measurements WHERE child_seq = ?1", COUNT(measurements)},
	{"DELETE FROM vaccinations WHERE child_seq = ?1", COUNT(vaccinations)},
	{"DELETE FROM giz_agreement_events WHERE child_seq = ?1 OR agreement_seq IN "
	 "(SELECT seq FROM giz_agreements WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM giz_participants WHERE assessment_seq IN "
	 "(SELECT seq FROM giz_assessments WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM giz_aspects WHERE assessment_seq IN "
	 "(SELECT seq FROM giz_assessments WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM giz_agreements WHERE child_seq = ?1 OR assessment_seq IN "
	 "(SELECT seq FROM giz_assessments WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM giz_assessments WHERE child_seq = ?1", COUNT(giz)},
	{"DELETE FROM handover_events WHERE handover_seq IN "
	 "(SELECT seq FROM handovers WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM handover_consents WHERE handover_seq IN "
	 "(SELECT seq FROM handovers WHERE child_seq = ?1)", NOCOUNT},
	{"DELETE FROM handovers WHERE child_seq = ?1", COUNT(handovers)},
	{"DELETE FROM contacts WHERE child_seq = ?1", COUNT(contacts)},
	{"DELETE FROM notes WHERE child_seq = ?1", COUNT(notes)},
	{"DELETE FROM appointments WHERE child_seq = ?1", COUNT(appointments)},
	{"CREATE TEMP TABLE IF NOT EXISTS destroy_parents(seq INTEGER)", NOCOUNT},
	{"INSERT INTO destroy_parents SELECT parent_seq FROM child_parents WHERE child_seq = ?1",
	 NOCOUNT},
	{"DELETE FROM child_parents WHERE child_seq = ?1", NOCOUNT},
	{"DELETE FROM parents WHERE seq IN (SELECT seq FROM destroy_parents) AND seq NOT IN "
	 "(SELECT parent_seq FROM child_parents) AND seq NOT IN "
	 "(SELECT parent_seq FROM handover_consents WHERE parent_seq IS NOT NULL)",
	 COUNT(parents)},
	{"DELETE FROM destroy_parents", NOCOUNT},
	/* both versions of a conflict hold the record's content */
	{"DELETE FROM sync_conflicts WHERE child_id = (SELECT id FROM children WHERE seq = ?1)",
	 NOCOUNT},
	/* the due cache's cascade does not run while foreign keys are off
	 * (sync_scope.c): both by name */
	{"DELETE FROM due_cache_item WHERE child_seq = ?1", NOCOUNT},
	{"DELETE FROM due_cache WHERE child_seq = ?1", NOCOUNT},
	{"DELETE FROM children WHERE seq = ?1", NOCOUNT},        /* and its search entry */
};

enum gp_status retention_remove_rows(struct db *db, long long child_seq,
				     struct retention_counts *c, struct gp_err *e)
{
	for (size_t i = 0; i < sizeof STEPS / sizeof *STEPS; i++) {
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(db->h, STEPS[i].sql, -1, &st, NULL);
		if (rc == SQLITE_OK) {
			if (sqlite3_bind_parameter_count(st) > 0)
				sqlite3_bind_int64(st, 1, child_seq);
			rc = sqlite3_step(st);
			if (rc == SQLITE_DONE && STEPS[i].count != NOCOUNT)
				*(int *)((char *)c + STEPS[i].count) = sqlite3_changes(db->h);
			sqlite3_finalize(st);
		}
		if (rc != SQLITE_DONE && rc != SQLITE_OK)
			return db_error(db, rc, _("het dossier vernietigen"), e);
	}
	return GP_OK;
}

enum gp_status retention_destroy(struct db *db, const char *child_id, const char *reason,
				 struct retention_counts *out, struct gp_err *e)
{
	struct retention_counts c = {0};
	char why[AUDIT_DETAIL_MAX + 1];
	memset(out, 0, sizeof *out);
	enum gp_status s = perm_require(db, PERM_RETENTION, NULL, e);
	if (s != GP_OK)
		return s;
	text_copy(why, sizeof why, reason ? reason : "");
	text_trim(why);
	if (utf8_chars(why) < 5)
		return gp_fail(e, GP_EINPUT, _("Geef de reden van de vernietiging (minstens vijf "
					       "tekens), bijvoorbeeld het kenmerk van het verzoek."));
	/* the freed pages are overwritten, not only marked free */
	if ((s = db_exec(db, "PRAGMA secure_delete = ON", e)) != GP_OK)
		return s;
	if ((s = db_begin(db, e)) != GP_OK)
		return s;
	sqlite3_stmt *st;
	long long seq = 0;
	if (sqlite3_prepare_v2(db->h, "SELECT seq FROM children WHERE id = ?1", -1, &st, NULL) ==
	    SQLITE_OK) {
		db_bind_id(st, 1, child_id);
		if (sqlite3_step(st) == SQLITE_ROW)
			seq = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	s = seq > 0 ? retention_remove_rows(db, seq, &c, e)
		    : gp_fail(e, GP_ENOTFOUND, _("Dit kind bestaat niet (meer)."));
	if (s == GP_OK) {
		char detail[AUDIT_DETAIL_MAX + 256];
		snprintf(detail, sizeof detail,
			 "reden: %s; verwijderd: kind, %d contacten, %d metingen, %d vaccinaties, "
			 "%d observaties, %d GIZ, %d overdrachten, %d notities, %d afspraken, "
			 "%d ouders", why, c.contacts, c.measurements, c.vaccinations,
			 c.observations, c.giz, c.handovers, c.notes, c.appointments, c.parents);
		s = audit_log(db, child_id, "destroy", detail, e);
	}
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK) {
		/* The search index keeps deleted words in its segments until they
		 * are merged: merge them all.  Then empty the write-ahead log,
		 * which may still hold older copies of the pages. */
		s = db_exec(db, "INSERT INTO children_fts(children_fts) VALUES ('optimize')", e);
		int log = 0, done = 0;
		if (s == GP_OK)
			c.clean = sqlite3_wal_checkpoint_v2(db->h, NULL, SQLITE_CHECKPOINT_TRUNCATE,
							    &log, &done) == SQLITE_OK;
	}
	db_exec(db, "PRAGMA secure_delete = OFF", NULL);
	*out = c;
	return s;
}
