/* handover.c — warm handovers: checking, saving with their consents,
 * reading, the steps of the lifecycle, and the lists of the dossier and
 * Vandaag.  See handover.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "handover.h"
#include "perm.h"
#include "i18n.h"
#include "org.h"
#include "store.h"
#include "text.h"

/* ---- checks ------------------------------------------------------------------ */

static enum gp_status fail_at(struct gp_err *e, const char *field, int row, const char *label,
			      const char *why)
{
	return gp_fail_at(e, GP_EINPUT, field, row, "%s: %s", label, why);
}

/* 1 when code is in the list (or, without code lists, any code). */
static int known(const struct handover_refs *refs, const char *list, const char *code)
{
	const struct codelist *cl = refs->codes ? refdata_list(refs->codes, list) : NULL;
	if (!refs->codes)
		return code[0] != '\0';
	for (int i = 0; cl && i < cl->n; i++)
		if (strcmp(cl->items[i].code, code) == 0)
			return 1;
	return 0;
}

static enum gp_status check_text(struct gp_err *e, const char *field, const char *label,
				 const char *v, int max, int required)
{
	const char *why;
	if (valid_text(v, max, required, &why) != 0)
		return fail_at(e, field, 0, label, why);
	return GP_OK;
}

static enum gp_status check_note(struct gp_err *e, const char *field, const char *label,
				 const char *v, int max, int required)
{
	const char *why;
	if (required && !v[0])
		return fail_at(e, field, 0, label, _("vul dit in."));
	if (valid_note(v, max, &why) != 0)
		return fail_at(e, field, 0, label, why);
	return GP_OK;
}

static int real_date(struct gp_date d)
{
	return !d.y || date_valid(d.y, d.m, d.d);
}

/* Every code of a comma-separated scope list is known, and there is one. */
static int scope_ok(const struct handover_refs *refs, const char *scope)
{
	char buf[CONSENT_SCOPE_BUF];
	char *save = NULL;
	int n = 0;
	snprintf(buf, sizeof buf, "%s", scope);
	for (char *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save), n++)
		if (!known(refs, "toestemmingreikwijdte", p))
			return 0;
	return n > 0;
}

static enum gp_status check_consent(const struct handover_refs *refs,
				    const struct handover_consent *k, int row,
				    struct gp_date today, struct gp_err *e)
{
	if (!k->person[0])
		return fail_at(e, "consents.person", row, _("Van"),
			       _("kies wie de toestemming gaf of weigerde."));
	if (strcmp(k->form, "mondeling") != 0 && strcmp(k->form, "schriftelijk") != 0)
		return fail_at(e, "consents.form", row, _("Vorm"), _("kies mondeling of schriftelijk."));
	if (!k->given_on.y || !real_date(k->given_on))
		return fail_at(e, "consents.given_on", row, _("Datum"),
			       _("vul de dag in waarop de toestemming gegeven of geweigerd is."));
	if (date_cmp(k->given_on, today) > 0)
		return fail_at(e, "consents.given_on", row, _("Datum"),
			       _("die dag ligt in de toekomst."));
	if (!real_date(k->ends_on))
		return fail_at(e, "consents.ends_on", row, _("Geldig t/m"), _("die datum bestaat niet."));
	if (k->ends_on.y && date_cmp(k->ends_on, k->given_on) < 0)
		return fail_at(e, "consents.ends_on", row, _("Geldig t/m"),
			       _("die dag ligt voor de dag van de toestemming."));
	if (k->source[0] && !known(refs, "toestemmingbron", k->source))
		return fail_at(e, "consents.source", row, _("Bron"), _("kies een bron uit de lijst."));
	if (!scope_ok(refs, k->scope))
		return fail_at(e, "consents.scope", row, _("Reikwijdte"),
			       _("kies waarvoor de toestemming geldt (Spatie opent de lijst)."));
	return GP_OK;
}

enum gp_status handover_validate(const struct handover_refs *refs, const struct handover *h,
				 struct gp_date today, struct gp_err *e)
{
	const struct handover_dest *dest = handover_ref_dest(refs->rules, h->destination);
	enum gp_status s;
	if (!h->child_id[0])
		return gp_fail(e, GP_EINPUT, "%s", _("Een overdracht hoort bij een kind."));
	if (!h->org_id[0])
		return fail_at(e, "org_id", 0, _("Ontvanger"),
			       _("kies de organisatie van de sociale kaart (Spatie opent de lijst)."));
	if (!dest || !known(refs, "overdrachtbestemming", h->destination))
		return fail_at(e, "destination", 0, _("Bestemming"), _("kies een bestemming uit de lijst."));
	if (!known(refs, "overdrachtsoort", h->mode) ||
	    (strcmp(h->mode, "erbij_halen") != 0 && strcmp(h->mode, "doorverwijzen") != 0 &&
	     strcmp(h->mode, "melding") != 0))
		return fail_at(e, "mode", 0, _("Soort"), _("kies erbij halen, doorverwijzen of melding."));
	if (dest->report_only != (strcmp(h->mode, "melding") == 0))
		return fail_at(e, "mode", 0, _("Soort"),
			       dest->report_only
				       ? _("naar Veilig Thuis gaat een melding (meldcode); kies melding.")
				       : _("een melding (meldcode) gaat alleen naar Veilig Thuis."));
	if (strcmp(h->frame, "vrijwillig") != 0 && strcmp(h->frame, "gedwongen") != 0)
		return fail_at(e, "frame", 0, _("Kader"),
			       _("kies vrijwillig of gedwongen: het gezin weet altijd welk."));
	if ((s = check_text(e, "receiver_person", _("Contactpersoon"), h->receiver_person,
			    TEXT_MAX_CHARS, 0)) != GP_OK ||
	    (s = check_note(e, "reason", _("Reden"), h->reason, HANDOVER_NOTE_CHARS, 1)) != GP_OK ||
	    (s = check_note(e, "question", _("Vraag"), h->question, HANDOVER_NOTE_CHARS, 0)) !=
		    GP_OK ||
	    (s = check_note(e, "parents_wish", _("Wens ouders"), h->parents_wish,
			    HANDOVER_NOTE_CHARS, 0)) != GP_OK ||
	    (s = check_note(e, "summary", _("Samenvatting"), h->summary, HANDOVER_SUMMARY_CHARS,
			    0)) != GP_OK ||
	    (s = check_text(e, "parents_present", _("Aanwezig"), h->parents_present,
			    TEXT_MAX_CHARS, 0)) != GP_OK ||
	    (s = check_text(e, "casusregie_name", _("Casusregie bij"), h->casusregie_name,
			    TEXT_MAX_CHARS, strcmp(h->casusregie, "anders") == 0)) != GP_OK ||
	    (s = check_text(e, "sender_name", _("Afzender"), h->sender_name, TEXT_MAX_CHARS, 1)) !=
		    GP_OK ||
	    (s = check_text(e, "sender_org", _("Organisatie"), h->sender_org, TEXT_MAX_CHARS, 0)) !=
		    GP_OK ||
	    (s = check_text(e, "sender_phone", _("Telefoon"), h->sender_phone, SHORT_MAX_CHARS,
			    0)) != GP_OK ||
	    (s = check_text(e, "sender_email", _("E-mail"), h->sender_email, TEXT_MAX_CHARS, 0)) !=
		    GP_OK)
		return s;
	if (strcmp(h->casusregie, "jgz") != 0 && strcmp(h->casusregie, "ontvanger") != 0 &&
	    strcmp(h->casusregie, "anders") != 0)
		return fail_at(e, "casusregie", 0, _("Casusregie"),
			       _("kies wie na de overdracht de casusregie heeft."));
	if (!real_date(h->joint_on))
		return fail_at(e, "joint_on", 0, _("Driegesprek"), _("die datum bestaat niet."));
	if (!real_date(h->feedback_due_on))
		return fail_at(e, "feedback_due_on", 0, _("Terugkoppeling voor"),
			       _("die datum bestaat niet."));
	if (h->nconsents < 0 || h->nconsents > HANDOVER_MAX_CONSENTS)
		return gp_fail(e, GP_EINPUT, _("Een overdracht heeft hooguit %d toestemmingen."),
			       HANDOVER_MAX_CONSENTS);
	for (int i = 0; i < h->nconsents; i++)
		if ((s = check_consent(refs, &h->consents[i], i, today, e)) != GP_OK)
			return s;
	return GP_OK;
}

/* ---- reading ------------------------------------------------------------------ */

#define HANDOVER_COLS                                                                      \
	"h.id, h.no, c.id, o.id, h.receiver_person, h.destination, h.mode, h.frame, "      \
	"h.reason, h.question, h.parents_wish, h.summary, h.joint_conversation_on, "           \
	"h.parents_present, h.casusregie, h.casusregie_name, h.sender_name, h.sender_org, "    \
	"h.sender_phone, h.sender_email, h.feedback_due_on, h.state, h.sent_on, "              \
	"h.received_on, h.planned_on, h.first_conversation_on, h.fed_back_on, h.closed_on, "   \
	"h.withdrawn_on, h.feedback, h.closing_report, h.consent_exempt, h.version, "          \
	"coalesce(a.display_name, ''), h.updated_at "                                          \
	"FROM handovers h JOIN children c ON c.seq = h.child_seq "                            \
	"LEFT JOIN organisations o ON o.seq = h.org_seq "                                      \
	"LEFT JOIN accounts a ON a.seq = h.created_by "

static void read_handover(sqlite3_stmt *st, struct handover *h)
{
	int i = 0;
	db_col_id(st, i++, h->id);
	h->no = sqlite3_column_int64(st, i++);
	db_col_id(st, i++, h->child_id);
	db_col_id(st, i++, h->org_id);
	db_col_text(st, i++, h->receiver_person, sizeof h->receiver_person);
	db_col_text(st, i++, h->destination, sizeof h->destination);
	db_col_text(st, i++, h->mode, sizeof h->mode);
	db_col_text(st, i++, h->frame, sizeof h->frame);
	db_col_text(st, i++, h->reason, sizeof h->reason);
	db_col_text(st, i++, h->question, sizeof h->question);
	db_col_text(st, i++, h->parents_wish, sizeof h->parents_wish);
	db_col_text(st, i++, h->summary, sizeof h->summary);
	db_col_date(st, i++, &h->joint_on);
	db_col_text(st, i++, h->parents_present, sizeof h->parents_present);
	db_col_text(st, i++, h->casusregie, sizeof h->casusregie);
	db_col_text(st, i++, h->casusregie_name, sizeof h->casusregie_name);
	db_col_text(st, i++, h->sender_name, sizeof h->sender_name);
	db_col_text(st, i++, h->sender_org, sizeof h->sender_org);
	db_col_text(st, i++, h->sender_phone, sizeof h->sender_phone);
	db_col_text(st, i++, h->sender_email, sizeof h->sender_email);
	db_col_date(st, i++, &h->feedback_due_on);
	db_col_text(st, i++, h->state, sizeof h->state);
	db_col_date(st, i++, &h->sent_on);
	db_col_date(st, i++, &h->received_on);
	db_col_date(st, i++, &h->planned_on);
	db_col_date(st, i++, &h->first_conversation_on);
	db_col_date(st, i++, &h->fed_back_on);
	db_col_date(st, i++, &h->closed_on);
	db_col_date(st, i++, &h->withdrawn_on);
	db_col_text(st, i++, h->feedback, sizeof h->feedback);
	db_col_text(st, i++, h->closing_report, sizeof h->closing_report);
	h->consent_exempt = sqlite3_column_int(st, i++);
	h->version = sqlite3_column_int(st, i++);
	db_col_text(st, i++, h->created_by, sizeof h->created_by);
	db_col_time(st, i, h->updated_at);
}

static void read_consent(sqlite3_stmt *st, void *row)
{
	struct handover_consent *k = row;
	memset(k, 0, sizeof *k);
	db_col_id(st, 0, k->id);
	k->given = strcmp((const char *)sqlite3_column_text(st, 1), "gegeven") == 0;
	if (sqlite3_column_type(st, 2) == SQLITE_NULL)
		snprintf(k->person, sizeof k->person, "%s", CONSENT_CHILD);
	else
		db_col_id(st, 2, k->person);
	db_col_text(st, 3, k->form, sizeof k->form);
	db_col_date(st, 4, &k->given_on);
	db_col_text(st, 5, k->source, sizeof k->source);
	db_col_date(st, 6, &k->ends_on);
	db_col_text(st, 7, k->scope, sizeof k->scope);
	db_col_text(st, 8, k->recorded_by, sizeof k->recorded_by);
	k->version = sqlite3_column_int(st, 9);
}

static enum gp_status read_consents(struct db *db, struct handover *h, struct gp_err *e)
{
	static const char sql[] =
		"SELECT k.id, k.decision, CASE k.person_kind WHEN 'kind' THEN NULL ELSE p.id END, "
		"k.form, k.given_on, k.source, k.ends_on, k.scope, coalesce(a.display_name, ''), "
		"k.version FROM handover_consents k LEFT JOIN parents p ON p.seq = k.parent_seq "
		"LEFT JOIN accounts a ON a.seq = k.recorded_by "
		"WHERE k.handover_seq = " DB_SEQ("handovers", 1) " ORDER BY k.given_on, k.seq";
	const char *params[] = {h->id, NULL};
	struct handover_consent *rows = NULL;
	int n = 0;
	enum gp_status s = db_read_rows(db, sql, params, sizeof *rows, read_consent,
					(void **)&rows, &n, e);
	if (s != GP_OK)
		return s;
	h->nconsents = n < HANDOVER_MAX_CONSENTS ? n : HANDOVER_MAX_CONSENTS;
	if (n)
		memcpy(h->consents, rows, (size_t)h->nconsents * sizeof *rows);
	free(rows);
	return GP_OK;
}

enum gp_status handover_get(struct db *db, const char *id, struct handover *h,
			    struct gp_err *e)
{
	static const char sql[] = "SELECT " HANDOVER_COLS "WHERE h.id = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	memset(h, 0, sizeof *h);
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_handover(st, h);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, "%s", _("Deze overdracht bestaat niet (meer)."));
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("de overdracht lezen"), e);
	enum gp_status s = perm_require(db, PERM_CARE, h->child_id, e);
	if (s != GP_OK) {
		memset(h, 0, sizeof *h); /* nothing of it leaves */
		return s;
	}
	return read_consents(db, h, e);
}

enum gp_status handover_last_sender(struct db *db, const char *account_id, struct handover *h,
				    struct gp_err *e)
{
	static const char sql[] =
		"SELECT sender_org, sender_phone, sender_email FROM handovers "
		"WHERE created_by = " ACTOR_SEQ(1) " ORDER BY created_at DESC, seq DESC LIMIT 1";
	if (perm_require(db, PERM_CARE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, account_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_col_text(st, 0, h->sender_org, sizeof h->sender_org);
		db_col_text(st, 1, h->sender_phone, sizeof h->sender_phone);
		db_col_text(st, 2, h->sender_email, sizeof h->sender_email);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, "%s", _("Nog geen eerdere overdracht."));
	return db_error(db, rc, _("de overdracht lezen"), e);
}

static void read_event(sqlite3_stmt *st, void *row)
{
	struct handover_event *v = row;
	memset(v, 0, sizeof *v);
	db_col_text(st, 0, v->state, sizeof v->state);
	db_col_date(st, 1, &v->on);
	db_col_text(st, 2, v->who, sizeof v->who);
	db_col_text(st, 3, v->note, sizeof v->note);
	db_col_text(st, 4, v->by, sizeof v->by);
	db_col_time(st, 5, v->at);
}

enum gp_status handover_events(struct db *db, const char *id, struct handover_event **out,
			       int *n, struct gp_err *e)
{
	static const char sql[] =
		"SELECT v.state, v.happened_on, v.who, v.note, coalesce(a.display_name, ''), v.at "
		"FROM handover_events v LEFT JOIN accounts a ON a.seq = v.account_seq "
		"WHERE v.handover_seq = " DB_SEQ("handovers", 1) " ORDER BY v.seq";
	const char *params[] = {id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, NULL, e);
	return s != GP_OK ? s
			  : db_read_rows(db, sql, params, sizeof **out, read_event, (void **)out, n,
					 e);
}

/* ---- saving -------------------------------------------------------------------- */

static enum gp_status step_done(struct db *db, sqlite3_stmt *st, int *changed,
				struct gp_err *e)
{
	int rc = sqlite3_step(st);
	if (changed)
		*changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de overdracht opslaan"), e);
}

/* ?1–?12 of a consent row, as insert and update both write them. */
static void bind_consent(struct db *db, sqlite3_stmt *st, const char *handover_id,
			 const struct handover_consent *k, const char *now)
{
	int child = strcmp(k->person, CONSENT_CHILD) == 0;
	db_bind_id(st, 1, k->id);
	db_bind_id(st, 2, handover_id);
	sqlite3_bind_text(st, 3, child ? "kind" : "ouder", -1, SQLITE_STATIC);
	db_bind_id(st, 4, child ? "" : k->person);
	sqlite3_bind_text(st, 5, k->given ? "gegeven" : "geweigerd", -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, k->form, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 7, k->source);
	db_bind_date_or_null(st, 8, k->given_on);
	db_bind_date_or_null(st, 9, k->ends_on);
	sqlite3_bind_text(st, 10, k->scope, -1, SQLITE_STATIC);
	db_bind_id(st, 11, db->actor_id);
	db_bind_time(st, 12, now);
}

/* Binds the editable fields as parameters 1–18. */
static void bind_handover(sqlite3_stmt *st, const struct handover *h)
{
	db_bind_id(st, 1, h->org_id);
	db_bind_text_or_null(st, 2, h->receiver_person);
	sqlite3_bind_text(st, 3, h->destination, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, h->mode, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, h->frame, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, h->reason, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 7, h->question);
	db_bind_text_or_null(st, 8, h->parents_wish);
	db_bind_text_or_null(st, 9, h->summary);
	db_bind_date_or_null(st, 10, h->joint_on);
	db_bind_text_or_null(st, 11, h->parents_present);
	sqlite3_bind_text(st, 12, h->casusregie, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 13, h->casusregie_name);
	sqlite3_bind_text(st, 14, h->sender_name, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 15, h->sender_org);
	db_bind_text_or_null(st, 16, h->sender_phone);
	db_bind_text_or_null(st, 17, h->sender_email);
	db_bind_date_or_null(st, 18, h->feedback_due_on);
}

static enum gp_status insert_consent(struct db *db, const char *handover_id,
				     struct handover_consent *k, const char *now,
				     struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO handover_consents(id, handover_seq, person_kind, parent_seq, decision, "
		"form, source, given_on, ends_on, scope, recorded_by, created_at, updated_at, "
		"updated_by) VALUES (?1, " DB_SEQ("handovers", 2) ", ?3, " DB_SEQ("parents", 4) ", "
		"?5, ?6, ?7, ?8, ?9, ?10, " ACTOR_SEQ(11) ", ?12, ?12, " ACTOR_SEQ(11) ")";
	db_new_id(db, k->id);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_consent(db, st, handover_id, k, now);
	k->version = 1;
	return step_done(db, st, NULL, e);
}

static enum gp_status update_consent(struct db *db, const char *handover_id,
				     const struct handover_consent *k, const char *now,
				     int *changed, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE handover_consents SET person_kind = ?3, parent_seq = " DB_SEQ("parents", 4)
		", decision = ?5, form = ?6, source = ?7, given_on = ?8, ends_on = ?9, scope = ?10, "
		"version = version + 1, updated_at = ?12, updated_by = " ACTOR_SEQ(11) " "
		"WHERE id = ?1 AND handover_seq = " DB_SEQ("handovers", 2) " AND version = ?13";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_consent(db, st, handover_id, k, now);
	sqlite3_bind_int(st, 13, k->version);
	return step_done(db, st, changed, e);
}

static enum gp_status insert_event(struct db *db, const char *handover_id, const char *state,
				   struct gp_date on, const char *who, const char *note,
				   const char *now, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO handover_events(id, handover_seq, state, happened_on, who, note, "
		"account_seq, at) VALUES (?1, " DB_SEQ("handovers", 2) ", ?3, ?4, ?5, ?6, "
		ACTOR_SEQ(7) ", ?8)";
	char id[DB_ID_LEN];
	db_new_id(db, id);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	db_bind_id(st, 2, handover_id);
	sqlite3_bind_text(st, 3, state, -1, SQLITE_STATIC);
	db_bind_date_or_null(st, 4, on);
	db_bind_text_or_null(st, 5, who);
	db_bind_text_or_null(st, 6, note);
	db_bind_id(st, 7, db->actor_id);
	db_bind_time(st, 8, now);
	return step_done(db, st, NULL, e);
}

/* The child and its family, and the people who may have to consent. */
struct family_view {
	struct child child;
	struct family_member *fam;
	int nfam;
	struct consent_person people[CONSENT_MAX_PEOPLE];
	int npeople;
};

static enum gp_status family_view_load(struct db *db, const struct handover_refs *refs,
				       const char *child_id, struct family_view *v,
				       struct gp_err *e)
{
	enum gp_status s = child_get(db, child_id, &v->child, e);
	v->fam = NULL;
	v->nfam = 0;
	if (s == GP_OK)
		s = child_family(db, child_id, &v->fam, &v->nfam, e);
	if (s == GP_OK)
		v->npeople = handover_people(&v->child, v->fam, v->nfam, refs->codes, v->people);
	return s;
}

/* The checks that read the database: the receiver exists and fits the
 * destination, every consent comes from the child or one of its parents
 * and carers. */
static enum gp_status check_against(struct db *db, const struct handover_refs *refs,
				    const struct handover *h, const struct family_view *v,
				    struct gp_err *e)
{
	struct org o;
	const struct handover_dest *dest = handover_ref_dest(refs->rules, h->destination);
	if (org_get(db, h->org_id, &o, NULL) != GP_OK)
		return fail_at(e, "org_id", 0, _("Ontvanger"),
			       _("die organisatie staat niet (meer) op de sociale kaart."));
	if (dest && !consent_scope_covers(dest->org_kinds, o.kind)) {
		char why[512];
		snprintf(why, sizeof why, _("%s is geen organisatie voor de bestemming %s; kies een "
					    "andere ontvanger of bestemming."),
			 o.name, refs->codes ? refdata_label(refs->codes, "overdrachtbestemming",
							     h->destination)
					     : h->destination);
		return fail_at(e, "org_id", 0, _("Ontvanger"), why);
	}
	for (int i = 0; i < h->nconsents; i++) {
		int found = 0;
		for (int p = 0; p < v->npeople; p++)
			found |= strcmp(v->people[p].id, h->consents[i].person) == 0;
		if (!found)
			return fail_at(e, "consents.person", i, _("Van"),
				       _("kies het kind of een van zijn ouders of verzorgers."));
	}
	return GP_OK;
}

/* A sent handover keeps the consent it was sent with. */
static enum gp_status keeps_consent(const struct handover_refs *refs, const struct handover *h,
				    const struct family_view *v, struct gp_err *e)
{
	struct consent_outcome o;
	char msg[1024];
	if (handover_state_of(h->state) < HS_SENT || h->consent_exempt)
		return GP_OK;
	handover_consent_check(refs, h, &v->child, v->people, v->npeople, h->sent_on, &o);
	if (o.complete)
		return GP_OK;
	handover_consent_missing(&o, v->people, v->npeople, msg, sizeof msg);
	return gp_fail_at(e, GP_EINPUT, "consents", 0, "%s %s",
			  _("Niet opgeslagen: deze overdracht is verzonden met de toestemming die "
			    "de regel vraagt, en die blijft vastgelegd. Een toestemming trekt u in "
			    "met een einddatum op of na de dag van verzenden, of met een "
			    "weigering."),
			  msg);
}

static long long number_of(struct db *db, const char *id)
{
	static const char sql[] = "SELECT no FROM handovers WHERE id = ?";
	long long no = 0;
	sqlite3_stmt *st = db_stmt(db, sql, NULL);
	if (!st)
		return 0;
	db_bind_id(st, 1, id);
	if (sqlite3_step(st) == SQLITE_ROW)
		no = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return no;
}

enum gp_status handover_find_ref(struct db *db, const char *ref, char *id, struct gp_err *e)
{
	static const char sql[] = "SELECT id FROM handovers WHERE id = ?1 OR "
				  "(?2 GLOB '[1-9]*' AND ?2 NOT GLOB '*[^0-9]*' AND no = CAST(?2 AS INTEGER))";
	if (perm_require(db, PERM_CARE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, ref);
	sqlite3_bind_text(st, 2, ref, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_id(st, 0, id);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Er is geen overdracht met nummer of id '%s'."), ref);
	return db_error(db, rc, _("de overdracht zoeken"), e);
}

enum gp_status handover_create(struct db *db, const struct handover_refs *refs,
			       struct handover *h, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO handovers(org_seq, receiver_person, destination, mode, frame, reason, "
		"question, parents_wish, summary, joint_conversation_on, parents_present, "
		"casusregie, casusregie_name, sender_name, sender_org, sender_phone, sender_email, "
		"feedback_due_on, id, child_seq, state, created_at, created_by, updated_at, "
		"updated_by, no) VALUES (" ORG_SEQ(1) ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
		"?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, " CHILD_SEQ(20) ", 'voorbereid', ?21, "
		ACTOR_SEQ(22) ", ?21, " ACTOR_SEQ(22) ", "
		"(SELECT coalesce(max(no), 0) + 1 FROM handovers))";
	struct family_view v;
	char now[DB_TIME_LEN];
	struct gp_date today = date_today();
	enum gp_status s = perm_require(db, PERM_CARE, h->child_id, e);
	if (s == GP_OK)
		s = handover_validate(refs, h, today, e);
	if (s != GP_OK)
		return s;
	if ((s = family_view_load(db, refs, h->child_id, &v, e)) == GP_OK)
		s = check_against(db, refs, h, &v, e);
	free(v.fam);
	if (s != GP_OK)
		return s;
	struct handover *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	memcpy(orig, h, sizeof *orig);
	db_new_id(db, h->id);
	db_now(db, now);
	snprintf(h->state, sizeof h->state, "voorbereid");
	if ((s = db_begin(db, e)) != GP_OK) {
		memcpy(h, orig, sizeof *h);
		free(orig);
		return s;
	}
	sqlite3_stmt *st = db_stmt(db, sql, e);
	s = st ? GP_OK : e ? e->code : GP_EINTERNAL;
	if (s == GP_OK) {
		bind_handover(st, h);
		db_bind_id(st, 19, h->id);
		db_bind_id(st, 20, h->child_id);
		db_bind_time(st, 21, now);
		db_bind_id(st, 22, db->actor_id);
		s = step_done(db, st, NULL, e);
	}
	for (int i = 0; s == GP_OK && i < h->nconsents; i++)
		s = insert_consent(db, h->id, &h->consents[i], now, e);
	if (s == GP_OK)
		s = insert_event(db, h->id, "voorbereid", today, h->sender_name, NULL, now, e);
	if (s == GP_OK)
		s = audit_log(db, h->child_id, "create", "handover", e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK) {
		h->version = 1;
		h->no = number_of(db, h->id);
		snprintf(h->updated_at, sizeof h->updated_at, "%s", now);
	} else {
		memcpy(h, orig, sizeof *h);
	}
	free(orig);
	return s;
}

/* The stored consents of a handover must all still be there (by id). */
static enum gp_status keeps_consents(struct db *db, const struct handover *h,
				     struct gp_err *e)
{
	static const char sql[] =
		"SELECT id FROM handover_consents WHERE handover_seq = " DB_SEQ("handovers", 1);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, h->id);
	enum gp_status s = GP_OK;
	int rc = SQLITE_DONE;
	while (s == GP_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		char id[DB_ID_LEN];
		int found = 0;
		db_col_id(st, 0, id);
		for (int i = 0; i < h->nconsents; i++)
			found |= strcmp(h->consents[i].id, id) == 0;
		if (!found)
			s = gp_fail_at(e, GP_EINPUT, "consents", 0, "%s",
				       _("Een vastgelegde toestemming blijft bewaard. Trek haar in "
					 "met een einddatum of leg een weigering vast."));
	}
	sqlite3_reset(st);
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("de overdracht lezen"), e);
	return s;
}

enum gp_status handover_update(struct db *db, const struct handover_refs *refs,
			       struct handover *h, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE handovers SET org_seq = " ORG_SEQ(1) ", receiver_person = ?2, destination = ?3, "
		"mode = ?4, frame = ?5, reason = ?6, question = ?7, parents_wish = ?8, summary = ?9, "
		"joint_conversation_on = ?10, parents_present = ?11, casusregie = ?12, "
		"casusregie_name = ?13, sender_name = ?14, sender_org = ?15, sender_phone = ?16, "
		"sender_email = ?17, feedback_due_on = ?18, version = version + 1, "
		"updated_at = ?19, updated_by = " ACTOR_SEQ(20) " "
		"WHERE id = ?21 AND version = ?22 AND state NOT IN ('afgerond', 'ingetrokken')";
	struct family_view v;
	char now[DB_TIME_LEN];
	int changed = 0;
	enum gp_status s = perm_require(db, PERM_CARE, h->child_id, e);
	if (s == GP_OK)
		s = handover_validate(refs, h, date_today(), e);
	if (s != GP_OK)
		return s;
	if (handover_state_of(h->state) >= HS_CLOSED)
		return gp_fail(e, GP_EINPUT, "%s", _("Een afgeronde of ingetrokken overdracht "
						     "verandert niet meer."));
	if ((s = family_view_load(db, refs, h->child_id, &v, e)) == GP_OK)
		s = check_against(db, refs, h, &v, e);
	if (s == GP_OK)
		s = keeps_consent(refs, h, &v, e);
	free(v.fam);
	if (s != GP_OK)
		return s;
	struct handover *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	memcpy(orig, h, sizeof *orig);
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK) {
		free(orig);
		return s;
	}
	sqlite3_stmt *st = db_stmt(db, sql, e);
	s = st ? GP_OK : e ? e->code : GP_EINTERNAL;
	if (s == GP_OK) {
		bind_handover(st, h);
		db_bind_time(st, 19, now);
		db_bind_id(st, 20, db->actor_id);
		db_bind_id(st, 21, h->id);
		sqlite3_bind_int(st, 22, h->version);
		s = step_done(db, st, &changed, e);
	}
	if (s == GP_OK && !changed)
		s = store_stale_error(db, "handovers", h->id, e);
	if (s == GP_OK)
		s = keeps_consents(db, h, e);
	for (int i = 0; s == GP_OK && i < h->nconsents; i++) {
		struct handover_consent *k = &h->consents[i];
		if (!k->id[0]) {
			s = insert_consent(db, h->id, k, now, e);
			continue;
		}
		s = update_consent(db, h->id, k, now, &changed, e);
		if (s == GP_OK && !changed)
			s = store_stale_error(db, "handover_consents", k->id, e);
	}
	if (s == GP_OK)
		s = audit_log(db, h->child_id, "update", "handover", e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK) {
		h->version++;
		snprintf(h->updated_at, sizeof h->updated_at, "%s", now);
		for (int i = 0; i < h->nconsents; i++)
			if (strcmp(h->consents[i].id, orig->consents[i].id) == 0 &&
			    orig->consents[i].id[0])
				h->consents[i].version++;
	} else {
		memcpy(h, orig, sizeof *h);
	}
	free(orig);
	return s;
}

/* ---- the lifecycle ----------------------------------------------------------------- */

void handover_next_states(const char *state, const char **out)
{
	int s = handover_state_of(state), k = 0;
	if (s == HS_PREPARED) {
		out[k++] = handover_state_code(HS_SENT);
	} else if (s >= HS_SENT && s < HS_CLOSED) {
		for (int t = s + 1; t <= HS_CLOSED; t++)
			out[k++] = handover_state_code((enum handover_state)t);
	}
	if (s >= HS_PREPARED && s < HS_CLOSED)
		out[k++] = handover_state_code(HS_WITHDRAWN);
	out[k] = NULL;
}

/* The latest day a step was taken on, or y == 0. */
static struct gp_date last_step_day(const struct handover *h)
{
	const struct gp_date days[] = {h->sent_on, h->received_on, h->planned_on, h->fed_back_on,
				       h->closed_on, h->withdrawn_on};
	struct gp_date last = {0, 0, 0};
	for (size_t i = 0; i < sizeof days / sizeof *days; i++)
		if (days[i].y && (!last.y || date_cmp(days[i], last) > 0))
			last = days[i];
	return last;
}

enum gp_status handover_step_validate(const struct handover *h, const struct handover_step *p,
				      struct gp_date today, struct gp_err *e)
{
	const char *next[HS_COUNT + 1];
	int ok = 0, s = handover_state_of(p->state);
	const char *why;
	handover_next_states(h->state, next);
	for (int i = 0; next[i]; i++)
		ok |= strcmp(next[i], p->state) == 0;
	if (!ok)
		return fail_at(e, "state", 0, _("Stap"),
			       next[0] ? _("kies een volgende stap uit de lijst.")
				       : _("deze overdracht is afgerond of ingetrokken."));
	if (!p->on.y || !real_date(p->on))
		return fail_at(e, "on", 0, _("Datum"), _("vul de dag van deze stap in."));
	if (date_cmp(p->on, today) > 0)
		return fail_at(e, "on", 0, _("Datum"), _("die dag ligt in de toekomst."));
	struct gp_date last = last_step_day(h);
	if (last.y && date_cmp(p->on, last) < 0) {
		char day[11], why2[160];
		date_fmt_nl(last, day);
		snprintf(why2, sizeof why2, _("die dag ligt voor de vorige stap (%s)."), day);
		return fail_at(e, "on", 0, _("Datum"), why2);
	}
	if (valid_text(p->who, TEXT_MAX_CHARS, 0, &why) != 0)
		return fail_at(e, "who", 0, _("Wie"), why);
	if (s == HS_PLANNED && (!p->first_conversation_on.y || !real_date(p->first_conversation_on)))
		return fail_at(e, "first_conversation_on", 0, _("Eerste gesprek op"),
			       _("vul in wanneer het eerste gesprek is."));
	if (s == HS_PLANNED && date_cmp(p->first_conversation_on, p->on) < 0)
		return fail_at(e, "first_conversation_on", 0, _("Eerste gesprek op"),
			       _("dat ligt voor de dag waarop het gepland werd."));
	if ((s == HS_FED_BACK || s == HS_CLOSED || s == HS_WITHDRAWN) && !p->note[0])
		return fail_at(e, "note", 0, _("Notitie"),
			       s == HS_FED_BACK ? _("schrijf op wat de ontvanger terugkoppelde.")
			       : s == HS_CLOSED ? _("schrijf het korte verslag bij afsluiting.")
						: _("schrijf waarom de overdracht wordt ingetrokken."));
	if (valid_note(p->note, HANDOVER_NOTE_CHARS, &why) != 0)
		return fail_at(e, "note", 0, _("Notitie"), why);
	return GP_OK;
}

/* Sets the day column of the step's state on h, and what comes with it. */
static void apply_step(struct handover *h, const struct handover_step *p)
{
	switch (handover_state_of(p->state)) {
	case HS_SENT:
		h->sent_on = p->on;
		break;
	case HS_RECEIVED:
		h->received_on = p->on;
		break;
	case HS_PLANNED:
		h->planned_on = p->on;
		h->first_conversation_on = p->first_conversation_on;
		break;
	case HS_FED_BACK:
		h->fed_back_on = p->on;
		snprintf(h->feedback, sizeof h->feedback, "%s", p->note);
		break;
	case HS_CLOSED:
		h->closed_on = p->on;
		snprintf(h->closing_report, sizeof h->closing_report, "%s", p->note);
		break;
	default:
		h->withdrawn_on = p->on;
		break;
	}
	snprintf(h->state, sizeof h->state, "%s", p->state);
}

/* Sending on `day`: the consent the rule asks is complete, or the
 * handover is a report that may go without it (*exempt = 1). */
static enum gp_status may_send(struct db *db, const struct handover_refs *refs,
			       const struct handover *h, struct gp_date day, int *exempt,
			       struct gp_err *e)
{
	const struct handover_dest *d = handover_ref_dest(refs->rules, h->destination);
	struct family_view v;
	struct consent_outcome o;
	enum gp_status s = family_view_load(db, refs, h->child_id, &v, e);
	*exempt = 0;
	if (s == GP_OK) {
		handover_consent_check(refs, h, &v.child, v.people, v.npeople, day, &o);
		if (!o.complete && d && d->needs.none) {
			*exempt = 1;
		} else if (!o.complete) {
			char msg[1024];
			handover_consent_explain(&o, v.people, v.npeople, msg, sizeof msg);
			s = gp_fail_at(e, GP_EINPUT, "state", 0, "%s", msg);
		}
	}
	free(v.fam);
	return s;
}

enum gp_status handover_take_step(struct db *db, const struct handover_refs *refs,
				  struct handover *h, const struct handover_step *step,
				  struct gp_err *e)
{
	static const char sql[] =
		"UPDATE handovers SET state = ?1, sent_on = ?2, received_on = ?3, planned_on = ?4, "
		"first_conversation_on = ?5, fed_back_on = ?6, closed_on = ?7, withdrawn_on = ?8, "
		"feedback = ?9, closing_report = ?10, consent_exempt = ?11, version = version + 1, "
		"updated_at = ?12, updated_by = " ACTOR_SEQ(13) " WHERE id = ?14 AND version = ?15";
	struct gp_date today = date_today();
	char now[DB_TIME_LEN], detail[64];
	int changed = 0;
	enum gp_status s = perm_require(db, PERM_CARE, h->child_id, e);
	if (s == GP_OK)
		s = handover_step_validate(h, step, today, e);
	if (s != GP_OK)
		return s;
	struct handover *next = malloc(sizeof *next);
	if (!next)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	memcpy(next, h, sizeof *next);
	apply_step(next, step);
	if (handover_state_of(step->state) == HS_SENT)
		s = may_send(db, refs, h, step->on, &next->consent_exempt, e);
	if (s != GP_OK) {
		free(next);
		return s;
	}
	db_now(db, now);
	if ((s = db_begin(db, e)) != GP_OK) {
		free(next);
		return s;
	}
	sqlite3_stmt *st = db_stmt(db, sql, e);
	s = st ? GP_OK : e ? e->code : GP_EINTERNAL;
	if (s == GP_OK) {
		sqlite3_bind_text(st, 1, next->state, -1, SQLITE_STATIC);
		db_bind_date_or_null(st, 2, next->sent_on);
		db_bind_date_or_null(st, 3, next->received_on);
		db_bind_date_or_null(st, 4, next->planned_on);
		db_bind_date_or_null(st, 5, next->first_conversation_on);
		db_bind_date_or_null(st, 6, next->fed_back_on);
		db_bind_date_or_null(st, 7, next->closed_on);
		db_bind_date_or_null(st, 8, next->withdrawn_on);
		db_bind_text_or_null(st, 9, next->feedback);
		db_bind_text_or_null(st, 10, next->closing_report);
		sqlite3_bind_int(st, 11, next->consent_exempt);
		db_bind_time(st, 12, now);
		db_bind_id(st, 13, db->actor_id);
		db_bind_id(st, 14, h->id);
		sqlite3_bind_int(st, 15, h->version);
		s = step_done(db, st, &changed, e);
	}
	if (s == GP_OK && !changed)
		s = store_stale_error(db, "handovers", h->id, e);
	if (s == GP_OK)
		s = insert_event(db, h->id, step->state, step->on, step->who, step->note, now, e);
	snprintf(detail, sizeof detail, "handover %s", step->state);
	if (s == GP_OK)
		s = audit_log(db, h->child_id, "update", detail, e);
	if (s == GP_OK)
		s = db_commit(db, e);
	else
		db_rollback(db);
	if (s == GP_OK) {
		next->version++;
		snprintf(next->updated_at, sizeof next->updated_at, "%s", now);
		memcpy(h, next, sizeof *h);
	}
	free(next);
	return s;
}

/* ---- lists ------------------------------------------------------------------------ */

#define LINE_COLS                                                                          \
	"h.id, h.no, c.id, c.client_no, c.given_names, c.tussenvoegsel, c.family_name, "      \
	"c.birth_date, coalesce(o.name, ''), h.destination, h.mode, h.state, "                \
	"date(h.created_at, 'unixepoch', 'localtime'), h.sent_on, h.feedback_due_on, "        \
	"h.consent_exempt, coalesce(a.display_name, '') "                                     \
	"FROM handovers h JOIN children c ON c.seq = h.child_seq "                            \
	"LEFT JOIN organisations o ON o.seq = h.org_seq "                                      \
	"LEFT JOIN accounts a ON a.seq = h.created_by "

static void read_line(sqlite3_stmt *st, void *row)
{
	struct handover_line *l = row;
	memset(l, 0, sizeof *l);
	int i = 0;
	db_col_id(st, i++, l->id);
	l->no = sqlite3_column_int64(st, i++);
	db_col_id(st, i++, l->child_id);
	l->client_no = sqlite3_column_int64(st, i++);
	db_col_text(st, i++, l->given_names, sizeof l->given_names);
	db_col_text(st, i++, l->tussenvoegsel, sizeof l->tussenvoegsel);
	db_col_text(st, i++, l->family_name, sizeof l->family_name);
	child_display_name(l->given_names, l->tussenvoegsel, l->family_name, l->child_name,
			   sizeof l->child_name);
	db_col_date(st, i++, &l->birth_date);
	db_col_text(st, i++, l->org_name, sizeof l->org_name);
	db_col_text(st, i++, l->destination, sizeof l->destination);
	db_col_text(st, i++, l->mode, sizeof l->mode);
	db_col_text(st, i++, l->state, sizeof l->state);
	db_col_date(st, i++, &l->created_on);
	db_col_date(st, i++, &l->sent_on);
	db_col_date(st, i++, &l->feedback_due_on);
	l->consent_exempt = sqlite3_column_int(st, i++);
	db_col_text(st, i, l->created_by, sizeof l->created_by);
}

static void mark_late(const struct handover_refs *refs, struct handover_line *l, int n,
		      struct gp_date today)
{
	for (int i = 0; refs->rules && i < n; i++)
		handover_late(refs->rules, l[i].state, l[i].sent_on, l[i].feedback_due_on, today,
			      &l[i].late);
}

enum gp_status handover_list_child(struct db *db, const struct handover_refs *refs,
				   const char *child_id, struct gp_date today,
				   struct handover_line **out, int *n, struct gp_err *e)
{
	static const char sql[] = "SELECT " LINE_COLS "WHERE h.child_seq = " CHILD_SEQ(1) " "
				  "ORDER BY h.created_at DESC, h.seq DESC";
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
	if (s != GP_OK)
		return s;
	const char *params[] = {child_id, NULL};
	s = db_read_rows(db, sql, params, sizeof **out, read_line, (void **)out, n, e);
	if (s == GP_OK)
		mark_late(refs, *out, *n, today);
	return s;
}

static int open_order(const void *pa, const void *pb)
{
	const struct handover_line *a = pa, *b = pb;
	if ((a->late.kinds != 0) != (b->late.kinds != 0))
		return a->late.kinds ? -1 : 1;
	if (a->late.days_late != b->late.days_late)
		return a->late.days_late > b->late.days_late ? -1 : 1;
	int c = date_cmp(a->sent_on, b->sent_on);
	return c ? c : strcmp(a->child_name, b->child_name);
}

enum gp_status handover_list_open(struct db *db, const struct handover_refs *refs,
				  const char *account_id, struct gp_date today,
				  struct handover_line **out, int *n, struct gp_err *e)
{
	static const char all[] =
		"SELECT " LINE_COLS "WHERE h.state IN ('verzonden', 'ontvangst_bevestigd', "
		"'eerste_gesprek_gepland', 'teruggekoppeld') ORDER BY h.sent_on";
	static const char mine[] =
		"SELECT " LINE_COLS "WHERE h.state IN ('verzonden', 'ontvangst_bevestigd', "
		"'eerste_gesprek_gepland', 'teruggekoppeld') AND h.created_by = " ACTOR_SEQ(1) " "
		"ORDER BY h.sent_on";
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, NULL, e);
	if (s != GP_OK)
		return s;
	const char *params[] = {account_id, NULL};
	s = db_read_rows(db, account_id ? mine : all, params, sizeof **out, read_line,
			 (void **)out, n, e);
	if (s == GP_OK) {
		mark_late(refs, *out, *n, today);
		if (*n > 1)
			qsort(*out, (size_t)*n, sizeof **out, open_order);
	}
	return s;
}

/* ---- the demo ------------------------------------------------------------------------ */

enum gp_status handover_insert_bulk(struct db *db, struct handover *h,
				    const struct handover_step *events, int nevents,
				    struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO handovers(org_seq, receiver_person, destination, mode, frame, reason, "
		"question, parents_wish, summary, joint_conversation_on, parents_present, "
		"casusregie, casusregie_name, sender_name, sender_org, sender_phone, sender_email, "
		"feedback_due_on, id, child_seq, state, sent_on, received_on, planned_on, "
		"first_conversation_on, fed_back_on, closed_on, withdrawn_on, feedback, "
		"closing_report, consent_exempt, created_at, created_by, updated_at, updated_by, "
		"no) VALUES (" ORG_SEQ(1) ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
		"?15, ?16, ?17, ?18, ?19, " CHILD_SEQ(20) ", ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, "
		"?29, ?30, ?31, ?32, " ACTOR_SEQ(33) ", ?32, " ACTOR_SEQ(33) ", "
		"(SELECT coalesce(max(no), 0) + 1 FROM handovers))";
	char now[DB_TIME_LEN], created[DB_TIME_LEN];
	db_new_id(db, h->id);
	db_now(db, now);
	snprintf(created, sizeof created, "%s", now);
	if (nevents > 0 && events[0].on.y) { /* prepared on the day of its first step */
		date_fmt_iso(events[0].on, created);
		snprintf(created + 10, sizeof created - 10, "%s", now + 10);
	}
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_handover(st, h);
	db_bind_id(st, 19, h->id);
	db_bind_id(st, 20, h->child_id);
	sqlite3_bind_text(st, 21, h->state, -1, SQLITE_STATIC);
	db_bind_date_or_null(st, 22, h->sent_on);
	db_bind_date_or_null(st, 23, h->received_on);
	db_bind_date_or_null(st, 24, h->planned_on);
	db_bind_date_or_null(st, 25, h->first_conversation_on);
	db_bind_date_or_null(st, 26, h->fed_back_on);
	db_bind_date_or_null(st, 27, h->closed_on);
	db_bind_date_or_null(st, 28, h->withdrawn_on);
	db_bind_text_or_null(st, 29, h->feedback);
	db_bind_text_or_null(st, 30, h->closing_report);
	sqlite3_bind_int(st, 31, h->consent_exempt);
	db_bind_time(st, 32, created);
	db_bind_id(st, 33, db->actor_id);
	enum gp_status s = step_done(db, st, NULL, e);
	for (int i = 0; s == GP_OK && i < h->nconsents; i++)
		s = insert_consent(db, h->id, &h->consents[i], now, e);
	for (int i = 0; s == GP_OK && i < nevents; i++)
		s = insert_event(db, h->id, events[i].state, events[i].on, events[i].who,
				 events[i].note, now, e);
	if (s == GP_OK) {
		h->version = 1;
		h->no = number_of(db, h->id);
	}
	return s;
}
