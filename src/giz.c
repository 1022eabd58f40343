/* giz.c — see giz.h.  Checks, reading, and the storage of an assessment and
 * its agreements: one transaction per save with its audit entry; named
 * statements prepared once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "child.h"
#include "due.h"
#include "giz.h"
#include "i18n.h"
#include "perm.h"
#include "store.h"
#include "text.h"

/* The values the schema's CHECKs allow (007_giz.sql), checked here too so a
 * changed data file can never make a save fail inside SQLite. */
static const char *const TRIANGLE[] = {"01", "02", NULL};
static const char *const SIDES[] = {"01", "02", "03", NULL};
static const char *const SCALE[] = {"01", "02", "03", "04", "05", NULL};
static const char *const CONCLUSION[] = {"01", "02", "03", "04", "05", NULL};
static const char *const WHO[] = {"ouder", "jongere", "jgz", "netwerk", "organisatie", NULL};
static const char *const OUTCOME[] = {"gedaan", "gewijzigd", "beeindigd", NULL};

int giz_aspect_bds(int i)
{
	return GIZ_FIRST_ASPECT + i;
}

/* ---- small helpers ------------------------------------------------------ */

static enum gp_status field_fail_row(struct gp_err *e, const char *key, int row,
				     const char *label, const char *why)
{
	return gp_fail_at(e, GP_EINPUT, key, row, "%s: %s", label, why);
}

static enum gp_status field_fail(struct gp_err *e, const char *key, const char *label,
				 const char *why)
{
	return field_fail_row(e, key, 0, label, why);
}

static int one_of(const char *s, const char *const *allowed)
{
	for (; *allowed; allowed++)
		if (strcmp(s, *allowed) == 0)
			return 1;
	return 0;
}

/* A code the schema allows and, when the code lists are loaded, one of
 * list `list`. */
static int code_ok(const struct refdata *codes, const char *list, const char *const *allowed,
		   const char *code)
{
	if (!one_of(code, allowed))
		return 0;
	return !codes || !refdata_list(codes, list) || refdata_code(codes, list, code) != NULL;
}

/* The next item of a ','-joined list at *p into out; 0 at the end. */
static int next_item(const char **p, char *out, size_t n)
{
	while (**p == ',')
		(*p)++;
	if (!**p)
		return 0;
	const char *end = strchr(*p, ',');
	size_t len = end ? (size_t)(end - *p) : strlen(*p);
	snprintf(out, n, "%.*s", (int)(len < n ? len : n - 1), *p);
	*p += len;
	return 1;
}

/* 1 when item `id`, which ends at `end` in list, occurred earlier in it. */
static int occurs_before(const char *list, const char *end, const char *id)
{
	const char *start = end - strlen(id), *p = list;
	char item[DB_ID_LEN + 8];
	while (next_item(&p, item, sizeof item) && p <= start)
		if (strcmp(item, id) == 0)
			return 1;
	return 0;
}

static int has_item(const char *list, const char *code)
{
	char item[DB_ID_LEN + 8];
	for (const char *p = list; next_item(&p, item, sizeof item);)
		if (strcmp(item, code) == 0)
			return 1;
	return 0;
}

/* An id of a parent: the shape of a UUID (the save checks it belongs to
 * the child). */
static int is_id(const char *item)
{
	size_t n = strlen(item);
	if (n != DB_ID_LEN - 1)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!((item[i] >= '0' && item[i] <= '9') || (item[i] >= 'a' && item[i] <= 'f') ||
		      item[i] == '-'))
			return 0;
	return 1;
}

/* ---- checks ---------------------------------------------------------------- */

/* A text field of the record: single line (max chars) or multi-line. */
static enum gp_status check_text(const char *s, int max, int multi, const char *key, int row,
				 const char *label, struct gp_err *e)
{
	const char *why;
	int rc = multi ? valid_note(s, max, &why) : valid_text(s, max, 0, &why);
	return rc == 0 ? GP_OK : field_fail_row(e, key, row, label, why);
}

/* One agreement, its member names prefixed by `group` ("agreements." with
 * row = its index, or "a." in an evaluation). */
static enum gp_status check_agreement(const struct refdata *codes, const struct giz_agreement *g,
				      struct gp_date assessed, const char *group, int row,
				      struct gp_err *e)
{
	char key[GP_FIELD_LEN];
	enum gp_status s;
#define KEY(m) (snprintf(key, sizeof key, "%s%s", group, m), key)
	if (!g->what[0] || g->what[strspn(g->what, " ")] == '\0')
		return field_fail_row(e, KEY("what"), row, _("Afspraak"),
				      _("schrijf op wat er is afgesproken."));
	if ((s = check_text(g->what, TEXT_MAX_CHARS, 0, KEY("what"), row, _("Afspraak"), e)))
		return s;
	if (!g->who_kind[0])
		return field_fail_row(e, KEY("who_kind"), row, _("Wie"),
				      _("kies wie het doet: ouder, jongere, JGZ, netwerk of een "
					"organisatie."));
	if (!code_ok(codes, "gizwie", WHO, g->who_kind))
		return field_fail_row(e, KEY("who_kind"), row, _("Wie"),
				      _("kies een waarde uit de lijst."));
	if (strcmp(g->who_kind, "organisatie") == 0 && !g->org_id[0])
		return field_fail_row(e, KEY("org_id"), row, _("Organisatie"),
				      _("kies de organisatie uit de sociale kaart (Spatie of een "
					"letter), of kies bij Wie iets anders."));
	if ((s = check_text(g->who_name, TEXT_MAX_CHARS, 0, KEY("who_name"), row, _("Wie precies"),
			    e)))
		return s;
	if (g->due_on.y == 0)
		return field_fail_row(e, KEY("due_on"), row, _("Wanneer"),
				      _("vul in wanneer het gebeurt, bijvoorbeeld +4w of een datum."));
	if (!date_valid(g->due_on.y, g->due_on.m, g->due_on.d))
		return field_fail_row(e, KEY("due_on"), row, _("Wanneer"), _("geen geldige datum."));
	if (assessed.y && date_cmp(g->due_on, assessed) < 0)
		return field_fail_row(e, KEY("due_on"), row, _("Wanneer"),
				      _("ligt voor het gesprek; een afspraak gaat over wat komt."));
	if (g->evaluate_on.y && !date_valid(g->evaluate_on.y, g->evaluate_on.m, g->evaluate_on.d))
		return field_fail_row(e, KEY("evaluate_on"), row, _("Evaluatie"),
				      _("geen geldige datum."));
	if (g->evaluate_on.y && assessed.y && date_cmp(g->evaluate_on, assessed) < 0)
		return field_fail_row(e, KEY("evaluate_on"), row, _("Evaluatie"),
				      _("ligt voor het gesprek; kies een datum erna."));
#undef KEY
	return GP_OK;
}

static int any_score(const struct giz_assessment *a)
{
	for (int i = 0; i < GIZ_ASPECTS; i++)
		if (a->aspects[i].score[0])
			return 1;
	return 0;
}

/* Who took part, and the date. */
static enum gp_status check_people(const struct giz_assessment *a, struct gp_date birth,
				   struct gp_date today, struct gp_err *e)
{
	int years = 0, months = 0, nparents = 0;
	if (a->date.y == 0)
		return field_fail(e, "date", _("Datum"), _("vul de datum van het gesprek in."));
	if (!date_valid(a->date.y, a->date.m, a->date.d))
		return field_fail(e, "date", _("Datum"), _("geen geldige datum."));
	if (date_cmp(a->date, today) > 0)
		return field_fail(e, "date", _("Datum"),
				  _("ligt in de toekomst; leg het gesprek vast op de dag dat het "
				    "plaatsvond."));
	if (birth.y && date_cmp(a->date, birth) < 0)
		return field_fail(e, "date", _("Datum"), _("ligt voor de geboortedatum."));
	char item[DB_ID_LEN + 8];
	for (const char *p = a->parents; next_item(&p, item, sizeof item); nparents++)
		if (!is_id(item))
			return field_fail(e, "parents", _("Ouder(s)"),
					  _("kies de ouders uit de lijst."));
	if (nparents > GIZ_MAX_PARENTS)
		return field_fail(e, "parents", _("Ouder(s)"), _("kies hoogstens zes ouders."));
	if (a->young_person < GIZ_YOUNG_UNKNOWN || a->young_person > GIZ_YOUNG_NO)
		return field_fail(e, "young_person", _("Jongere zelf"), _("kies ja of nee."));
	if (birth.y)
		date_age(birth, a->date, &years, &months);
	if (years >= 12 && a->young_person == GIZ_YOUNG_UNKNOWN)
		return field_fail(e, "young_person", _("Jongere zelf"),
				  _("vanaf 12 jaar is de jongere zelf partij in het gesprek; vul "
				    "in of hij of zij meedeed (j of n)."));
	if (nparents == 0 && a->young_person != GIZ_YOUNG_YES)
		return field_fail(e, "parents", _("Ouder(s)"),
				  _("GIZ is een gesprek samen met de ouder of de jongere; kies wie "
				    "er meededen (Spatie opent de lijst)."));
	return check_text(a->professionals, TEXT_MAX_CHARS, 0, "professionals", 0,
			  _("Andere professionals"), e);
}

/* The triangle, the aspects and the conclusion. */
static enum gp_status check_matrix(const struct refdata *codes, const struct giz_assessment *a,
				   struct gp_err *e)
{
	char key[GP_FIELD_LEN];
	if (a->triangle[0] && !code_ok(codes, "gizdriehoek", TRIANGLE, a->triangle))
		return field_fail(e, "triangle", _("Driehoek"), _("kies een waarde uit de lijst."));
	if (a->sides[0]) {
		char side[8];
		for (const char *p = a->sides; next_item(&p, side, sizeof side);)
			if (!code_ok(codes, "gizzijde", SIDES, side))
				return field_fail(e, "sides", _("Zijden"),
						  _("kies zijden uit de lijst."));
		if (strcmp(a->triangle, "02") != 0)
			return field_fail(e, "sides", _("Zijden"),
					  _("een zijde met bijzonderheden (BDS 1630) hoort alleen "
					    "bij 'Onderzocht, bijzonderheden' (BDS 1629); kies dat "
					    "bij Driehoek, of maak de zijden leeg."));
	} else if (strcmp(a->triangle, "02") == 0) {
		return field_fail(e, "sides", _("Zijden"),
				  _("kies welke zijde(n) van de driehoek bijzonderheden hebben "
				    "(Spatie opent de lijst)."));
	}
	for (int i = 0; i < GIZ_ASPECTS; i++) {
		const struct giz_aspect *as = &a->aspects[i];
		if (as->score[0] && !code_ok(codes, "gizschaal", SCALE, as->score)) {
			snprintf(key, sizeof key, "aspects[%d].score", i);
			return field_fail(e, key, _("GOM"),
					  _("kies een stap van de schaal: 1 tot en met 5."));
		}
		snprintf(key, sizeof key, "aspects[%d].note", i);
		enum gp_status s = check_text(as->note, GIZ_NOTE_CHARS, 0, key, 0, _("Toelichting"), e);
		if (s != GP_OK)
			return s;
	}
	if (a->conclusion[0] && !code_ok(codes, "gizconclusie", CONCLUSION, a->conclusion))
		return field_fail(e, "conclusion", _("Conclusie"), _("kies een waarde uit de lijst."));
	if (a->conclusion[0] && !any_score(a))
		return field_fail(e, "conclusion", _("Conclusie"),
				  _("een conclusie (BDS 1641) volgt uit de GOM; zet eerst minstens "
				    "één aspect op de schaal (cijfer 1 tot en met 5)."));
	return GP_OK;
}

enum gp_status giz_validate(const struct refdata *codes, const struct giz_assessment *a,
			    struct gp_date birth, struct gp_date today, struct gp_err *e)
{
	enum gp_status s;
	if ((s = check_people(a, birth, today, e)) || (s = check_matrix(codes, a, e)))
		return s;
	const struct {
		const char *text, *key, *label;
		int max, multi;
	} words[] = {
		{a->going_well, "going_well", N_("Wat goed gaat"), GIZ_WORDS_CHARS, 1},
		{a->worries, "worries", N_("Zorgen"), GIZ_WORDS_CHARS, 1},
		{a->wishes, "wishes", N_("Wensen"), GIZ_WORDS_CHARS, 1},
		{a->professional_view, "professional_view", N_("Wat ik zie"), GIZ_WORDS_CHARS, 1},
		{a->strengths, "strengths", N_("Krachten"), GIZ_WORDS_CHARS, 1},
		{a->draagkracht, "draagkracht", N_("Draagkracht"), TEXT_MAX_CHARS, 0},
		{a->draaglast, "draaglast", N_("Draaglast"), TEXT_MAX_CHARS, 0},
		{a->conclusion_text, "conclusion_text", N_("Toelichting conclusie"), GIZ_WORDS_CHARS, 1},
	};
	for (size_t i = 0; i < sizeof words / sizeof *words; i++)
		if ((s = check_text(words[i].text, words[i].max, words[i].multi, words[i].key, 0,
				    _(words[i].label), e)))
			return s;
	if (a->nagreements < 0 || a->nagreements > GIZ_MAX_AGREEMENTS)
		return gp_fail(e, GP_EINPUT, _("Een plan heeft hoogstens %d afspraken."),
			       GIZ_MAX_AGREEMENTS);
	for (int i = 0; i < a->nagreements; i++)
		if ((s = check_agreement(codes, &a->agreements[i], a->date, "agreements.", i, e)))
			return s;
	return GP_OK;
}

/* ---- reading ---------------------------------------------------------------- */

#define ASSESS_FIELDS                                                                      \
	"a.id, " DB_ID("children", "a.child_seq") ", a.assessed_on, "                        \
	"coalesce(a.young_person, -1), coalesce(a.other_professionals, ''), "              \
	"coalesce(a.triangle_result, ''), a.side_ontwikkeling, a.side_opvoeding, "         \
	"a.side_omgeving, coalesce(a.parent_going_well, ''), coalesce(a.parent_worries, ''), " \
	"coalesce(a.parent_wishes, ''), coalesce(a.professional_view, ''), "               \
	"coalesce(a.strengths, ''), coalesce(a.draagkracht, ''), coalesce(a.draaglast, ''), " \
	"coalesce(a.conclusion_code, ''), coalesce(a.conclusion_text, ''), a.version, "    \
	"a.updated_at, " DB_ID("accounts", "a.updated_by") " "

static void read_assessment(sqlite3_stmt *st, struct giz_assessment *a)
{
	memset(a, 0, sizeof *a);
	db_col_id(st, 0, a->id);
	db_col_id(st, 1, a->child_id);
	db_col_date(st, 2, &a->date);
	int yp = sqlite3_column_int(st, 3);
	a->young_person = yp == 1 ? GIZ_YOUNG_YES : yp == 0 ? GIZ_YOUNG_NO : GIZ_YOUNG_UNKNOWN;
	db_col_text(st, 4, a->professionals, sizeof a->professionals);
	db_col_text(st, 5, a->triangle, sizeof a->triangle);
	for (int i = 0; i < 3; i++) {
		if (!sqlite3_column_int(st, 6 + i))
			continue;
		size_t len = strlen(a->sides);
		snprintf(a->sides + len, sizeof a->sides - len, "%s%s", len ? "," : "", SIDES[i]);
	}
	char *words[] = {a->going_well, a->worries, a->wishes, a->professional_view, a->strengths};
	for (int i = 0; i < 5; i++)
		db_col_text(st, 9 + i, words[i], GIZ_WORDS_BUF);
	db_col_text(st, 14, a->draagkracht, sizeof a->draagkracht);
	db_col_text(st, 15, a->draaglast, sizeof a->draaglast);
	db_col_text(st, 16, a->conclusion, sizeof a->conclusion);
	db_col_text(st, 17, a->conclusion_text, sizeof a->conclusion_text);
	a->version = sqlite3_column_int(st, 18);
	db_col_time(st, 19, a->updated_at);
	db_col_id(st, 20, a->updated_by);
}

#define AGR_COLS                                                                           \
	"g.id, g.what, g.who_kind, coalesce(g.who_name, ''), "                              \
	DB_ID("organisations", "g.org_seq") ", "                                             \
	"g.due_on, g.evaluate_on, g.status, coalesce(g.closed_on, ''), g.version "

static void read_agreement(sqlite3_stmt *st, struct giz_agreement *g)
{
	memset(g, 0, sizeof *g);
	db_col_id(st, 0, g->id);
	db_col_text(st, 1, g->what, sizeof g->what);
	db_col_text(st, 2, g->who_kind, sizeof g->who_kind);
	db_col_text(st, 3, g->who_name, sizeof g->who_name);
	db_col_id(st, 4, g->org_id);
	db_col_date(st, 5, &g->due_on);
	db_col_date(st, 6, &g->evaluate_on);
	db_col_text(st, 7, g->status, sizeof g->status);
	db_col_date(st, 8, &g->closed_on);
	g->version = sqlite3_column_int(st, 9);
}

/* An agreement row: AGR_COLS, then the assessment, its date, the child, the
 * child's names and birth date, the organisation's name. */
#define ROW_SELECT                                                                         \
	"SELECT " AGR_COLS ", a.id, a.assessed_on, c.id, c.given_names, "                  \
	"coalesce(c.tussenvoegsel, ''), c.family_name, c.birth_date, coalesce(o.name, '') "
#define ROW_COLS                                                                           \
	ROW_SELECT "FROM giz_agreements g JOIN giz_assessments a ON a.seq = g.assessment_seq " \
	"JOIN children c ON c.seq = g.child_seq LEFT JOIN organisations o ON o.seq = g.org_seq "

static void read_row(sqlite3_stmt *st, void *p)
{
	struct giz_agreement_row *r = p;
	char given[NAME_BUF], prefix[PREFIX_BUF], family[NAME_BUF];
	read_agreement(st, &r->a);
	db_col_id(st, 10, r->assessment_id);
	db_col_date(st, 11, &r->assessed_on);
	db_col_id(st, 12, r->child_id);
	db_col_text(st, 13, given, sizeof given);
	db_col_text(st, 14, prefix, sizeof prefix);
	db_col_text(st, 15, family, sizeof family);
	child_sort_name(given, prefix, family, r->child_name, sizeof r->child_name);
	db_col_date(st, 16, &r->birth_date);
	db_col_text(st, 17, r->org_name, sizeof r->org_name);
}

/* Runs `sql` with record id `id` (or, when id is NULL, row number `seq`)
 * bound to ?1 and hands every row to fn. */
static enum gp_status each_row(struct db *db, const char *sql, const char *id, long long seq,
			       void (*fn)(sqlite3_stmt *st, void *ctx), void *ctx,
			       struct gp_err *e)
{
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	if (id)
		db_bind_id(st, 1, id);
	else
		sqlite3_bind_int64(st, 1, seq);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		fn(st, ctx);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("het GIZ-gesprek lezen"), e);
}

static void add_parent(sqlite3_stmt *st, void *ctx)
{
	struct giz_assessment *a = ctx;
	char id[DB_ID_LEN];
	size_t len = strlen(a->parents);
	db_col_id(st, 0, id);
	if (len + strlen(id) + 2 <= sizeof a->parents)
		snprintf(a->parents + len, sizeof a->parents - len, "%s%s", len ? "," : "", id);
}

static void add_aspect(sqlite3_stmt *st, void *ctx)
{
	struct giz_assessment *a = ctx;
	int i = sqlite3_column_int(st, 0) - GIZ_FIRST_ASPECT;
	if (i < 0 || i >= GIZ_ASPECTS)
		return;
	db_col_text(st, 1, a->aspects[i].score, sizeof a->aspects[i].score);
	db_col_text(st, 2, a->aspects[i].note, sizeof a->aspects[i].note);
}

static void add_agreement(sqlite3_stmt *st, void *ctx)
{
	struct giz_assessment *a = ctx;
	if (a->nagreements < GIZ_MAX_AGREEMENTS)
		read_agreement(st, &a->agreements[a->nagreements++]);
}

enum gp_status giz_get(struct db *db, const char *id, struct giz_assessment *a,
		       struct gp_err *e)
{
	static const char sql[] = "SELECT " ASSESS_FIELDS ", a.seq FROM giz_assessments a "
				  "WHERE a.id = ?1";
	static const char psql[] = "SELECT " DB_ID("parents", "parent_seq") " FROM "
				   "giz_participants WHERE assessment_seq = ?1 ORDER BY rowid";
	static const char ssql[] = "SELECT aspect_bds, coalesce(score, ''), coalesce(note, '') "
				   "FROM giz_aspects WHERE assessment_seq = ?1";
	static const char gsql[] = "SELECT " AGR_COLS "FROM giz_agreements g "
				   "WHERE g.assessment_seq = ?1 ORDER BY g.seq";
	long long seq = 0;
	memset(a, 0, sizeof *a);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		read_assessment(st, a);
		seq = sqlite3_column_int64(st, 21);
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Dit GIZ-gesprek bestaat niet (meer)."));
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("het GIZ-gesprek lezen"), e);
	enum gp_status s = perm_require(db, PERM_CARE, a->child_id, e);
	if (s != GP_OK) {
		memset(a, 0, sizeof *a); /* nothing of it leaves */
		return s;
	}
	s = each_row(db, psql, NULL, seq, add_parent, a, e);
	if (s == GP_OK)
		s = each_row(db, ssql, NULL, seq, add_aspect, a, e);
	if (s == GP_OK)
		s = each_row(db, gsql, NULL, seq, add_agreement, a, e);
	return s;
}

static void read_summary(sqlite3_stmt *st, void *p)
{
	struct giz_summary *g = p;
	memset(g, 0, sizeof *g);
	db_col_id(st, 0, g->id);
	db_col_date(st, 1, &g->date);
	db_col_text(st, 2, g->triangle, sizeof g->triangle);
	db_col_text(st, 3, g->conclusion, sizeof g->conclusion);
	g->open = sqlite3_column_int(st, 4);
	g->agreements = sqlite3_column_int(st, 5);
}

struct scores_ctx {
	struct giz_summary *list; /* the child's assessments */
	int n;                    /* entries in list */
};

static void add_score(sqlite3_stmt *st, void *p)
{
	struct scores_ctx *x = p;
	char id[DB_ID_LEN];
	int i = sqlite3_column_int(st, 1) - GIZ_FIRST_ASPECT;
	db_col_id(st, 0, id);
	for (int k = 0; k < x->n && i >= 0 && i < GIZ_ASPECTS; k++)
		if (strcmp(x->list[k].id, id) == 0)
			db_col_text(st, 2, x->list[k].scores[i], sizeof x->list[k].scores[i]);
}

enum gp_status giz_list(struct db *db, const char *child_id, struct giz_summary **out, int *n,
			struct gp_err *e)
{
	static const char sql[] =
		"SELECT a.id, a.assessed_on, coalesce(a.triangle_result, ''), "
		"coalesce(a.conclusion_code, ''), "
		"(SELECT count(*) FROM giz_agreements g WHERE g.assessment_seq = a.seq AND "
		"g.status = 'lopend'), "
		"(SELECT count(*) FROM giz_agreements g WHERE g.assessment_seq = a.seq) "
		"FROM giz_assessments a WHERE a.child_seq = " CHILD_SEQ(1)
		" ORDER BY a.assessed_on DESC, a.created_at DESC, a.seq DESC";
	static const char ssql[] =
		"SELECT a.id, s.aspect_bds, coalesce(s.score, '') FROM giz_aspects s "
		"JOIN giz_assessments a ON a.seq = s.assessment_seq WHERE a.child_seq = "
		CHILD_SEQ(1);
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
	if (s != GP_OK)
		return s;
	const char *params[] = {child_id, NULL};
	s = db_read_rows(db, sql, params, sizeof **out, read_summary, (void **)out, n, e);
	if (s != GP_OK || *n == 0)
		return s;
	struct scores_ctx x = {*out, *n};
	s = each_row(db, ssql, child_id, 0, add_score, &x, e);
	if (s != GP_OK) {
		free(*out);
		*out = NULL;
		*n = 0;
	}
	return s;
}

enum gp_status giz_previous(struct db *db, const char *id, struct giz_assessment *prev,
			    int *found, struct gp_err *e)
{
	static const char sql[] =
		"SELECT p.id FROM giz_assessments a JOIN giz_assessments p "
		"ON p.child_seq = a.child_seq AND (p.assessed_on, p.created_at, p.seq) < "
		"(a.assessed_on, a.created_at, a.seq) WHERE a.id = ?1 "
		"ORDER BY p.assessed_on DESC, p.created_at DESC, p.seq DESC LIMIT 1";
	char pid[DB_ID_LEN] = "";
	*found = 0;
	if (perm_require(db, PERM_CARE, NULL, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_id(st, 0, pid);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("het GIZ-gesprek lezen"), e);
	if (!pid[0])
		return GP_OK;
	enum gp_status s = giz_get(db, pid, prev, e);
	*found = s == GP_OK;
	return s;
}

enum gp_status giz_agreements(struct db *db, const char *child_id, int open_only,
			      struct giz_agreement_row **out, int *n, struct gp_err *e)
{
	static const char all[] = ROW_COLS "WHERE g.child_seq = " CHILD_SEQ(1)
				  " ORDER BY g.evaluate_on, a.assessed_on, g.seq";
	static const char open[] = ROW_COLS "WHERE g.child_seq = " CHILD_SEQ(1)
				   " AND g.status = 'lopend' "
				   "ORDER BY g.evaluate_on, a.assessed_on, g.seq";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
	return s != GP_OK ? s
			  : db_read_rows(db, open_only ? open : all, params, sizeof **out, read_row,
					 (void **)out, n, e);
}

static void read_event(sqlite3_stmt *st, void *p)
{
	struct giz_event *v = p;
	memset(v, 0, sizeof *v);
	db_col_id(st, 0, v->agreement_id);
	db_col_text(st, 1, v->kind, sizeof v->kind);
	db_col_date(st, 2, &v->on);
	db_col_text(st, 3, v->note, sizeof v->note);
	db_col_text(st, 4, v->before, sizeof v->before);
	db_col_id(st, 5, v->by);
}

enum gp_status giz_events(struct db *db, const char *child_id, struct giz_event **out, int *n,
			  struct gp_err *e)
{
	static const char sql[] =
		"SELECT " DB_ID("giz_agreements", "v.agreement_seq") ", v.kind, v.on_date, "
		"coalesce(v.note, ''), coalesce(v.before, ''), " DB_ID("accounts", "v.created_by")
		" FROM giz_agreement_events v WHERE v.child_seq = " CHILD_SEQ(1)
		" ORDER BY v.on_date, v.seq";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, child_id, e);
	return s != GP_OK ? s
			  : db_read_rows(db, sql, params, sizeof **out, read_event, (void **)out, n,
					 e);
}

enum gp_status giz_agreement_get(struct db *db, const char *id, struct giz_agreement_row *row,
				 struct gp_err *e)
{
	static const char sql[] = ROW_COLS "WHERE g.id = ?1";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_row(st, row);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Deze afspraak bestaat niet (meer)."));
	if (rc != SQLITE_ROW)
		return db_error(db, rc, _("de afspraak lezen"), e);
	enum gp_status s = perm_require(db, PERM_CARE, row->child_id, e);
	if (s != GP_OK)
		memset(row, 0, sizeof *row); /* nothing of it leaves */
	return s;
}

/* Vandaag's agreements: walked in evaluation order through giz_agreements_open
 * (evaluate_on, child_seq), the child read only for those in scope.  For a
 * caseload its children are taken first, as a set, from the covering index
 * children_caseload; an agreement of another nurse's child is then passed
 * over in the index without reading its row or its child's (migration
 * 014).  The scope is bound by due_bind_scope() (?1–?4), as the work list's;
 * ?5 is the day, ?6 the limit. */
#define DUE_FROM                                                                           \
	"FROM giz_agreements g CROSS JOIN children c ON c.seq = g.child_seq "                \
	"JOIN giz_assessments a ON a.seq = g.assessment_seq "                                \
	"LEFT JOIN organisations o ON o.seq = g.org_seq "
#define DUE_WHERE                                                                          \
	"WHERE g.status = 'lopend' AND g.evaluate_on <= ?5 AND c.status = 'actief' "         \
	"AND c.birth_date > ?1 AND c.birth_date <= ?2 AND (?4 IS NULL OR c.location = ?4) "
#define DUE_MINE                                                                           \
	"AND +g.child_seq IN (SELECT seq FROM children WHERE professional_seq = " ACTOR_SEQ(3) \
	" AND birth_date > ?1 AND birth_date <= ?2) "
#define DUE_ORDER "ORDER BY g.evaluate_on, c.sort_key, g.seq LIMIT ?6"
#define DUE_COUNT                                                                          \
	"SELECT count(*) FROM giz_agreements g CROSS JOIN children c ON c.seq = g.child_seq "

static int due_mine(const struct due_scope *scope)
{
	return scope && scope->professional_id && scope->professional_id[0];
}

/* Binds the scope, the day and the limit to one of giz_due's statements. */
static void due_bind(sqlite3_stmt *st, struct gp_date today, const struct due_scope *scope,
		     int limit)
{
	char on[11];
	date_fmt_iso(today, on);
	due_bind_scope(st, today, scope);
	sqlite3_bind_text(st, 5, on, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 6, limit);
}

/* How many agreements are due in scope (the limit cut the list). */
static enum gp_status due_count(struct db *db, struct gp_date today,
				const struct due_scope *scope, int *matched, struct gp_err *e)
{
	static const char count_all_sql[] = DUE_COUNT DUE_WHERE;
	static const char count_mine_sql[] = DUE_COUNT DUE_WHERE DUE_MINE;
	sqlite3_stmt *st = db_stmt(db, due_mine(scope) ? count_mine_sql : count_all_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	due_bind(st, today, scope, 0);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*matched = sqlite3_column_int(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _("gegevens lezen"), e);
}

enum gp_status giz_due(struct db *db, struct gp_date today, const struct due_scope *scope,
		       int max, struct giz_agreement_row **out, int *n, int *matched,
		       struct gp_err *e)
{
	static const char all_sql[] = ROW_SELECT DUE_FROM DUE_WHERE DUE_ORDER;
	static const char mine_sql[] = ROW_SELECT DUE_FROM DUE_WHERE DUE_MINE DUE_ORDER;
	if (matched)
		*matched = 0;
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_CARE, NULL, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, due_mine(scope) ? mine_sql : all_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	/* without `matched`, one more row tells whether there are more */
	due_bind(st, today, scope, max > 0 ? max + !matched : 0);
	struct giz_agreement_row *rows = NULL;
	int cap = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			struct giz_agreement_row *more = realloc(rows, (size_t)cap * sizeof *more);
			if (!more) {
				sqlite3_reset(st);
				free(rows);
				*n = 0;
				return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
			}
			rows = more;
		}
		read_row(st, &rows[(*n)++]);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(rows);
		*n = 0;
		return db_error(db, rc, _("gegevens lezen"), e);
	}
	*out = rows;
	if (!matched)
		return GP_OK;
	*matched = *n;
	if (*n < max) /* the limit did not cut: these are all */
		return GP_OK;
	s = due_count(db, today, scope, matched, e);
	if (s != GP_OK) {
		free(rows);
		*out = NULL;
		*n = 0;
	}
	return s;
}

enum gp_status giz_latest(struct db *db, const char *child_id, struct giz_latest *out,
			  struct gp_err *e)
{
	static const char sql[] = "SELECT id, assessed_on, coalesce(conclusion_code, ''), "
				  "coalesce(conclusion_text, '') FROM giz_assessments "
				  "WHERE child_seq = " CHILD_SEQ(1)
				  " ORDER BY assessed_on DESC, created_at DESC, seq DESC LIMIT 1";
	memset(out, 0, sizeof *out);
	if (perm_require(db, PERM_CARE, child_id, e) != GP_OK)
		return e ? e->code : GP_EDENIED;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, child_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		out->found = 1;
		db_col_id(st, 0, out->assessment_id);
		db_col_date(st, 1, &out->date);
		db_col_text(st, 2, out->conclusion, sizeof out->conclusion);
		db_col_text(st, 3, out->conclusion_text, sizeof out->conclusion_text);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("het GIZ-gesprek lezen"), e);
	struct giz_agreement_row *rows = NULL;
	int n = 0;
	enum gp_status s = giz_agreements(db, child_id, 1, &rows, &n, e);
	if (s != GP_OK)
		return s;
	out->nopen = n < GIZ_LATEST_MAX ? n : GIZ_LATEST_MAX;
	out->more = n - out->nopen;
	if (out->nopen)
		memcpy(out->open, rows, (size_t)out->nopen * sizeof *rows);
	free(rows);
	return GP_OK;
}

/* ---- writing ---------------------------------------------------------------- */

/* SQL text for the row number of the assessment whose id is parameter n. */
#define ASSESS_SEQ(n) DB_SEQ("giz_assessments", n)

static enum gp_status step_done(struct db *db, sqlite3_stmt *st, int *changed, struct gp_err *e)
{
	int rc = sqlite3_step(st);
	if (changed)
		*changed = sqlite3_changes(db->h);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("het GIZ-gesprek opslaan"), e);
}

/* The child's birth date; GP_ENOTFOUND when there is no such child. */
static enum gp_status child_birth(struct db *db, const char *child_id, struct gp_date *birth,
				  struct gp_err *e)
{
	static const char sql[] = "SELECT birth_date FROM children WHERE id = ?1";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, child_id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		db_col_date(st, 0, birth);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Niet opgeslagen: het kind bestaat niet (meer)."));
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _("het kind lezen"), e);
}

/* Binds the assessment's fields 3–18 (shared by insert and update). */
static void bind_assessment(sqlite3_stmt *st, const struct giz_assessment *a)
{
	db_bind_date_or_null(st, 3, a->date);
	if (a->young_person == GIZ_YOUNG_UNKNOWN)
		sqlite3_bind_null(st, 4);
	else
		sqlite3_bind_int(st, 4, a->young_person == GIZ_YOUNG_YES);
	db_bind_text_or_null(st, 5, a->professionals);
	db_bind_text_or_null(st, 6, a->triangle);
	for (int i = 0; i < 3; i++)
		sqlite3_bind_int(st, 7 + i, has_item(a->sides, SIDES[i]));
	db_bind_text_or_null(st, 10, a->going_well);
	db_bind_text_or_null(st, 11, a->worries);
	db_bind_text_or_null(st, 12, a->wishes);
	db_bind_text_or_null(st, 13, a->professional_view);
	db_bind_text_or_null(st, 14, a->strengths);
	db_bind_text_or_null(st, 15, a->draagkracht);
	db_bind_text_or_null(st, 16, a->draaglast);
	db_bind_text_or_null(st, 17, a->conclusion);
	db_bind_text_or_null(st, 18, a->conclusion_text);
}

static enum gp_status insert_assessment(struct db *db, struct giz_assessment *a, const char *now,
					struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO giz_assessments(id, child_seq, assessed_on, young_person, "
		"other_professionals, triangle_result, side_ontwikkeling, side_opvoeding, "
		"side_omgeving, parent_going_well, parent_worries, parent_wishes, "
		"professional_view, strengths, draagkracht, draaglast, conclusion_code, "
		"conclusion_text, created_at, created_by, updated_at, updated_by) VALUES (?1, "
		CHILD_SEQ(2) ", ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
		"?18, ?19, " ACTOR_SEQ(20) ", ?19, " ACTOR_SEQ(20) ")";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_new_id(db, a->id);
	a->version = 1;
	memcpy(a->updated_at, now, DB_TIME_LEN);
	text_copy(a->updated_by, sizeof a->updated_by, db->actor_id);
	db_bind_id(st, 1, a->id);
	db_bind_id(st, 2, a->child_id);
	bind_assessment(st, a);
	db_bind_time(st, 19, now);
	db_bind_id(st, 20, db->actor_id);
	return step_done(db, st, NULL, e);
}

/* The parents who took part: the stored list replaced by a->parents, each
 * a parent of the child. */
static enum gp_status put_parents(struct db *db, const struct giz_assessment *a, int check,
				  struct gp_err *e)
{
	static const char del[] = "DELETE FROM giz_participants WHERE assessment_seq = "
				  ASSESS_SEQ(1);
	static const char ins[] =
		"INSERT OR IGNORE INTO giz_participants(assessment_seq, parent_seq) SELECT "
		ASSESS_SEQ(1) ", p.seq FROM parents p WHERE p.id = ?2 AND (?4 = 0 OR EXISTS "
		"(SELECT 1 FROM child_parents cp WHERE cp.child_seq = " CHILD_SEQ(3)
		" AND cp.parent_seq = p.seq))";
	sqlite3_stmt *st = db_stmt(db, del, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, a->id);
	enum gp_status s = step_done(db, st, NULL, e);
	char id[DB_ID_LEN + 8];
	for (const char *p = a->parents; s == GP_OK && next_item(&p, id, sizeof id);) {
		int changed = 0;
		if (occurs_before(a->parents, p, id))
			continue; /* chosen twice: once is enough */
		if (!(st = db_stmt(db, ins, e)))
			return e ? e->code : GP_EINTERNAL;
		db_bind_id(st, 1, a->id);
		db_bind_id(st, 2, id);
		db_bind_id(st, 3, a->child_id);
		sqlite3_bind_int(st, 4, check);
		s = step_done(db, st, &changed, e);
		if (s == GP_OK && !changed)
			s = field_fail(e, "parents", _("Ouder(s)"),
				       _("een gekozen ouder hoort niet (meer) bij dit kind; kies "
					 "opnieuw uit de lijst."));
	}
	return s;
}

/* Every aspect with a step or a note is stored; an emptied one keeps its
 * row, emptied. */
static enum gp_status put_aspects(struct db *db, const struct giz_assessment *a,
				  struct gp_err *e)
{
	static const char put[] =
		"INSERT INTO giz_aspects(id, assessment_seq, aspect_bds, score, note) "
		"VALUES (?1, " ASSESS_SEQ(2) ", ?3, ?4, ?5) ON CONFLICT (assessment_seq, aspect_bds) "
		"DO UPDATE SET "
		"score = excluded.score, note = excluded.note, version = version + 1 "
		"WHERE score IS NOT excluded.score OR note IS NOT excluded.note";
	static const char clear[] =
		"UPDATE giz_aspects SET score = NULL, note = NULL, version = version + 1 "
		"WHERE assessment_seq = " ASSESS_SEQ(2) " AND aspect_bds = ?3 AND "
		"(score IS NOT NULL OR note IS NOT NULL)";
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < GIZ_ASPECTS; i++) {
		const struct giz_aspect *as = &a->aspects[i];
		int empty = !as->score[0] && !as->note[0];
		sqlite3_stmt *st = db_stmt(db, empty ? clear : put, e);
		if (!st)
			return e ? e->code : GP_EINTERNAL;
		if (!empty) {
			char id[DB_ID_LEN];
			db_new_id(db, id);
			db_bind_id(st, 1, id);
			db_bind_text_or_null(st, 4, as->score);
			db_bind_text_or_null(st, 5, as->note);
		}
		db_bind_id(st, 2, a->id);
		sqlite3_bind_int(st, 3, giz_aspect_bds(i));
		s = step_done(db, st, NULL, e);
	}
	return s;
}

/* Binds an agreement's what/who/when (4–9). */
static void bind_agreement(sqlite3_stmt *st, const struct giz_agreement *g)
{
	sqlite3_bind_text(st, 4, g->what, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, g->who_kind, -1, SQLITE_STATIC);
	db_bind_text_or_null(st, 6, g->who_name);
	db_bind_id(st, 7, strcmp(g->who_kind, "organisatie") == 0 ? g->org_id : "");
	db_bind_date_or_null(st, 8, g->due_on);
	db_bind_date_or_null(st, 9, g->evaluate_on.y ? g->evaluate_on : g->due_on);
}

static enum gp_status insert_agreement(struct db *db, const struct giz_assessment *a,
				       struct giz_agreement *g, const char *now,
				       struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO giz_agreements(id, assessment_seq, child_seq, what, who_kind, who_name, "
		"org_seq, due_on, evaluate_on, status, closed_on, created_at, created_by, "
		"updated_at, updated_by) VALUES (?1, " ASSESS_SEQ(2) ", " CHILD_SEQ(3) ", ?4, ?5, "
		"?6, " ORG_SEQ(7) ", ?8, ?9, ?10, ?11, ?12, " ACTOR_SEQ(13) ", ?12, "
		ACTOR_SEQ(13) ")";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_new_id(db, g->id);
	g->version = 1;
	if (!g->status[0])
		text_copy(g->status, sizeof g->status, "lopend");
	if (!g->evaluate_on.y)
		g->evaluate_on = g->due_on;
	if (strcmp(g->who_kind, "organisatie") != 0)
		g->org_id[0] = '\0';
	db_bind_id(st, 1, g->id);
	db_bind_id(st, 2, a->id);
	db_bind_id(st, 3, a->child_id);
	bind_agreement(st, g);
	sqlite3_bind_text(st, 10, g->status, -1, SQLITE_STATIC);
	if (strcmp(g->status, "lopend") == 0)
		sqlite3_bind_null(st, 11);
	else
		db_bind_date_or_null(st, 11, g->closed_on.y ? g->closed_on : a->date);
	db_bind_time(st, 12, now);
	db_bind_id(st, 13, db->actor_id);
	return step_done(db, st, NULL, e);
}

/* Saves what, who and when of a stored agreement read at g->version, when
 * they changed; GP_ESTALE when someone else changed it meanwhile. */
static enum gp_status update_agreement(struct db *db, const struct giz_assessment *a,
				       struct giz_agreement *g, const char *now, int *bumped,
				       struct gp_err *e)
{
	static const char sql[] =
		"UPDATE giz_agreements SET what = ?4, who_kind = ?5, who_name = ?6, org_seq = "
		ORG_SEQ(7) ", due_on = ?8, evaluate_on = ?9, version = version + 1, updated_at = "
		"?10, updated_by = " ACTOR_SEQ(11) " WHERE id = ?1 AND assessment_seq = "
		ASSESS_SEQ(2) " AND child_seq = " CHILD_SEQ(3) " AND version = ?12 AND (what IS "
		"NOT ?4 OR who_kind IS NOT ?5 OR who_name IS NOT ?6 OR org_seq IS NOT " ORG_SEQ(7)
		" OR due_on IS NOT ?8 OR evaluate_on IS NOT ?9)";
	static const char vsql[] = "SELECT version FROM giz_agreements WHERE id = ?1 AND "
				   "assessment_seq = " ASSESS_SEQ(2);
	*bumped = 0;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, g->id);
	db_bind_id(st, 2, a->id);
	db_bind_id(st, 3, a->child_id);
	bind_agreement(st, g);
	db_bind_time(st, 10, now);
	db_bind_id(st, 11, db->actor_id);
	sqlite3_bind_int(st, 12, g->version);
	enum gp_status s = step_done(db, st, bumped, e);
	if (s != GP_OK || *bumped)
		return s;
	/* nothing changed: unchanged, or changed by someone else */
	if (!(st = db_stmt(db, vsql, e)))
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, g->id);
	db_bind_id(st, 2, a->id);
	int rc = sqlite3_step(st), version = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return db_error(db, rc, _("de afspraak lezen"), e);
	if (version == g->version)
		return GP_OK;
	return store_stale_error(db, "giz_agreements", g->id, e);
}

/* Agreements: stored ones updated, new ones inserted. */
static enum gp_status put_agreements(struct db *db, struct giz_assessment *a, const char *now,
				     int *bumped, struct gp_err *e)
{
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < a->nagreements; i++) {
		struct giz_agreement *g = &a->agreements[i];
		bumped[i] = 0;
		if (!g->evaluate_on.y)
			g->evaluate_on = g->due_on;
		if (g->id[0])
			s = update_agreement(db, a, g, now, &bumped[i], e);
		else
			s = insert_agreement(db, a, g, now, e);
	}
	return s;
}

static enum gp_status insert_parts(struct db *db, struct giz_assessment *a, const char *now,
				   int check, struct gp_err *e)
{
	enum gp_status s = put_parents(db, a, check, e);
	if (s == GP_OK)
		s = put_aspects(db, a, e);
	if (s == GP_OK) {
		int bumped[GIZ_MAX_AGREEMENTS];
		s = put_agreements(db, a, now, bumped, e);
	}
	return s;
}

/* An organisation of an agreement that is not on the sociale kaart. */
static enum gp_status check_orgs(struct db *db, const struct giz_assessment *a,
				 struct gp_err *e)
{
	static const char sql[] = "SELECT 1 FROM organisations WHERE id = ?1";
	for (int i = 0; i < a->nagreements; i++) {
		const struct giz_agreement *g = &a->agreements[i];
		if (strcmp(g->who_kind, "organisatie") != 0)
			continue;
		sqlite3_stmt *st = db_stmt(db, sql, e);
		if (!st)
			return e ? e->code : GP_EINTERNAL;
		db_bind_id(st, 1, g->org_id);
		int rc = sqlite3_step(st);
		sqlite3_reset(st);
		if (rc == SQLITE_DONE)
			return field_fail_row(e, "agreements.org_id", i, _("Organisatie"),
					      _("staat niet (meer) op de sociale kaart; kies "
						"opnieuw."));
		if (rc != SQLITE_ROW)
			return db_error(db, rc, _("de sociale kaart lezen"), e);
	}
	return GP_OK;
}

/* Checks against the child and the sociale kaart, shared by new and
 * changed assessments. */
static enum gp_status prepare(struct db *db, const struct refdata *codes,
			      const struct giz_assessment *a, struct gp_err *e)
{
	struct gp_date birth = {0, 0, 0};
	enum gp_status s = child_birth(db, a->child_id, &birth, e);
	if (s == GP_OK)
		s = giz_validate(codes, a, birth, date_today(), e);
	if (s == GP_OK)
		s = check_orgs(db, a, e);
	return s;
}

enum gp_status giz_save_new(struct db *db, const struct refdata *codes, struct giz_assessment *a,
			    struct gp_err *e)
{
	struct giz_assessment *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	memcpy(orig, a, sizeof *orig);
	for (int i = 0; i < a->nagreements; i++) { /* everything in it is new */
		a->agreements[i].id[0] = '\0';
		a->agreements[i].status[0] = '\0';
	}
	char now[DB_TIME_LEN];
	db_now(db, now);
	enum gp_status s = perm_require(db, PERM_CARE, a->child_id, e);
	if (s == GP_OK)
		s = prepare(db, codes, a, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s == GP_OK) {
		s = insert_assessment(db, a, now, e);
		if (s == GP_OK)
			s = insert_parts(db, a, now, 1, e);
		if (s == GP_OK)
			s = audit_log(db, a->child_id, "create", "giz", e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
	}
	if (s != GP_OK)
		memcpy(a, orig, sizeof *a); /* the caller keeps exactly what it had */
	free(orig);
	return s;
}

enum gp_status giz_update(struct db *db, const struct refdata *codes, struct giz_assessment *a,
			  struct gp_err *e)
{
	static const char sql[] =
		"UPDATE giz_assessments SET assessed_on = ?3, young_person = ?4, "
		"other_professionals = ?5, triangle_result = ?6, side_ontwikkeling = ?7, "
		"side_opvoeding = ?8, side_omgeving = ?9, parent_going_well = ?10, "
		"parent_worries = ?11, parent_wishes = ?12, professional_view = ?13, "
		"strengths = ?14, draagkracht = ?15, draaglast = ?16, conclusion_code = ?17, "
		"conclusion_text = ?18, version = version + 1, updated_at = ?19, updated_by = "
		ACTOR_SEQ(20) " "
		"WHERE id = ?1 AND child_seq = " CHILD_SEQ(2) " AND version = ?21";
	struct giz_assessment *orig = malloc(sizeof *orig);
	if (!orig)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	memcpy(orig, a, sizeof *orig);
	char now[DB_TIME_LEN];
	int changed = 0, bumped[GIZ_MAX_AGREEMENTS] = {0};
	db_now(db, now);
	enum gp_status s = perm_require(db, PERM_CARE, a->child_id, e);
	if (s == GP_OK)
		s = prepare(db, codes, a, e);
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s == GP_OK) {
		sqlite3_stmt *st = db_stmt(db, sql, e);
		s = st ? GP_OK : e ? e->code : GP_EINTERNAL;
		if (s == GP_OK) {
			db_bind_id(st, 1, a->id);
			db_bind_id(st, 2, a->child_id);
			bind_assessment(st, a);
			db_bind_time(st, 19, now);
			db_bind_id(st, 20, db->actor_id);
			sqlite3_bind_int(st, 21, a->version);
			s = step_done(db, st, &changed, e);
		}
		if (s == GP_OK && !changed)
			s = store_stale_error(db, "giz_assessments", a->id, e);
		if (s == GP_OK)
			s = put_parents(db, a, 1, e);
		if (s == GP_OK)
			s = put_aspects(db, a, e);
		if (s == GP_OK)
			s = put_agreements(db, a, now, bumped, e);
		if (s == GP_OK)
			s = audit_log(db, a->child_id, "update", "giz", e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
	}
	if (s == GP_OK) {
		a->version++;
		memcpy(a->updated_at, now, sizeof now);
		text_copy(a->updated_by, sizeof a->updated_by, db->actor_id);
		for (int i = 0; i < a->nagreements; i++)
			a->agreements[i].version += bumped[i];
	} else {
		memcpy(a, orig, sizeof *a);
	}
	free(orig);
	return s;
}

/* ---- evaluating an agreement ------------------------------------------------ */

static enum gp_status insert_event(struct db *db, const char *agreement_id, const char *child_id,
				   const char *kind, struct gp_date on, const char *note,
				   const char *before, const char *now, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO giz_agreement_events(id, agreement_seq, child_seq, kind, on_date, note, "
		"before, created_at, created_by) VALUES (?1, " DB_SEQ("giz_agreements", 2) ", "
		CHILD_SEQ(3) ", ?4, ?5, ?6, ?7, ?8, " ACTOR_SEQ(9) ")";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	char id[DB_ID_LEN];
	db_new_id(db, id);
	db_bind_id(st, 1, id);
	db_bind_id(st, 2, agreement_id);
	db_bind_id(st, 3, child_id);
	sqlite3_bind_text(st, 4, kind, -1, SQLITE_STATIC);
	db_bind_date_or_null(st, 5, on);
	db_bind_text_or_null(st, 6, note);
	db_bind_text_or_null(st, 7, before);
	db_bind_time(st, 8, now);
	db_bind_id(st, 9, db->actor_id);
	return step_done(db, st, NULL, e);
}

/* "wat | wie | wanneer 01-02-2027 | evaluatie 15-02-2027": what an agreement
 * said before it was changed. */
static void describe(const struct giz_agreement *g, char *out, size_t n)
{
	char due[11], ev[11];
	date_fmt_nl(g->due_on, due);
	date_fmt_nl(g->evaluate_on, ev);
	snprintf(out, n, "%s | %s%s%s | %s | %s", g->what, g->who_kind, g->who_name[0] ? " " : "",
		 g->who_name, due, ev);
}

static int same_agreement(const struct giz_agreement *x, const struct giz_agreement *y)
{
	return strcmp(x->what, y->what) == 0 && strcmp(x->who_kind, y->who_kind) == 0 &&
	       strcmp(x->who_name, y->who_name) == 0 &&
	       (strcmp(x->who_kind, "organisatie") != 0 || strcmp(x->org_id, y->org_id) == 0) &&
	       date_cmp(x->due_on, y->due_on) == 0 && date_cmp(x->evaluate_on, y->evaluate_on) == 0;
}

/* The checks of an evaluation against the agreement as stored. */
enum gp_status giz_evaluation_validate(const struct refdata *codes, struct giz_evaluation *ev,
				       const struct giz_agreement *was, struct gp_date assessed,
				       struct gp_err *e)
{
	enum gp_status s;
	if (strcmp(was->status, "lopend") != 0) {
		char on[11];
		date_fmt_nl(was->closed_on, on);
		return gp_fail(e, GP_EINPUT, _("Deze afspraak is al afgesloten (%s op %s); er valt "
					       "niets meer te evalueren."),
			       codes ? refdata_label(codes, "gizstatus", was->status) : was->status,
			       on);
	}
	if (!ev->outcome[0] || !code_ok(codes, "gizuitkomst", OUTCOME, ev->outcome))
		return field_fail(e, "outcome", _("Uitkomst"),
				  _("kies gedaan, loopt door (gewijzigd) of beëindigd."));
	if (ev->on.y == 0 || !date_valid(ev->on.y, ev->on.m, ev->on.d))
		return field_fail(e, "on", _("Datum"), _("geen geldige datum."));
	if ((s = check_text(ev->note, GIZ_WORDS_CHARS, 1, "note", 0, _("Notitie"), e)))
		return s;
	int done = strcmp(ev->outcome, "gedaan") == 0;
	if (!done && ev->note[strspn(ev->note, " \n\t")] == '\0')
		return field_fail(e, "note", _("Notitie"),
				  _("schrijf kort op waarom de afspraak verandert of stopt."));
	if (strcmp(ev->outcome, "gewijzigd") != 0)
		return GP_OK;
	if (!ev->a.evaluate_on.y)
		ev->a.evaluate_on = ev->a.due_on;
	if ((s = check_agreement(codes, &ev->a, assessed, "a.", 0, e)))
		return s;
	if (date_cmp(ev->a.evaluate_on, ev->on) <= 0)
		return field_fail(e, "a.evaluate_on", _("Evaluatie"),
				  _("kies een nieuwe evaluatiedatum na vandaag; anders blijft de "
				    "afspraak op Vandaag staan."));
	if (same_agreement(&ev->a, was))
		return field_fail(e, "a.what", _("Afspraak"),
				  _("er is niets gewijzigd; pas wat, wie of wanneer aan, of kies "
				    "een andere uitkomst."));
	return GP_OK;
}

enum gp_status giz_agreement_evaluate(struct db *db, const struct refdata *codes,
				      struct giz_evaluation *ev, struct gp_err *e)
{
	static const char close_sql[] =
		"UPDATE giz_agreements SET status = ?2, closed_on = ?3, version = version + 1, "
		"updated_at = ?4, updated_by = " ACTOR_SEQ(5) " WHERE id = ?1 AND version = ?6 AND "
		"status = 'lopend'";
	static const char change_sql[] =
		"UPDATE giz_agreements SET what = ?4, who_kind = ?5, who_name = ?6, org_seq = "
		ORG_SEQ(7) ", due_on = ?8, evaluate_on = ?9, version = version + 1, updated_at = "
		"?10, updated_by = " ACTOR_SEQ(11) " WHERE id = ?1 AND child_seq = " CHILD_SEQ(3)
		" AND version = ?12 AND status = 'lopend'";
	struct giz_agreement_row *was = calloc(1, sizeof *was);
	if (!was)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	struct giz_agreement before_ev = ev->a;
	char now[DB_TIME_LEN];
	int changed = 0;
	db_now(db, now);
	enum gp_status s = giz_agreement_get(db, ev->a.id, was, e);
	if (s == GP_OK && strcmp(was->child_id, ev->child_id) != 0)
		s = gp_fail(e, GP_ENOTFOUND, _("Deze afspraak hoort niet bij dit kind."));
	if (s == GP_OK)
		s = giz_evaluation_validate(codes, ev, &was->a, was->assessed_on, e);
	if (s == GP_OK && strcmp(ev->outcome, "gewijzigd") == 0 &&
	    strcmp(ev->a.who_kind, "organisatie") == 0) {
		struct giz_assessment *one = calloc(1, sizeof *one);
		if (!one) {
			s = gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
		} else {
			one->agreements[0] = ev->a;
			one->nagreements = 1;
			s = check_orgs(db, one, e);
			if (s != GP_OK && e && e->field[0])
				snprintf(e->field, sizeof e->field, "a.org_id");
			free(one);
		}
	}
	if (s == GP_OK)
		s = db_begin(db, e);
	if (s == GP_OK) {
		int change = strcmp(ev->outcome, "gewijzigd") == 0;
		char before[TEXT_BUF * 2 + 64] = "";
		sqlite3_stmt *st = db_stmt(db, change ? change_sql : close_sql, e);
		s = st ? GP_OK : e ? e->code : GP_EINTERNAL;
		if (s == GP_OK) {
			db_bind_id(st, 1, ev->a.id);
			if (change) {
				db_bind_id(st, 3, ev->child_id);
				bind_agreement(st, &ev->a);
				db_bind_time(st, 10, now);
				db_bind_id(st, 11, db->actor_id);
				sqlite3_bind_int(st, 12, ev->a.version);
				describe(&was->a, before, sizeof before);
			} else {
				sqlite3_bind_text(st, 2, ev->outcome, -1, SQLITE_STATIC);
				db_bind_date_or_null(st, 3, ev->on);
				db_bind_time(st, 4, now);
				db_bind_id(st, 5, db->actor_id);
				sqlite3_bind_int(st, 6, ev->a.version);
			}
			s = step_done(db, st, &changed, e);
		}
		if (s == GP_OK && !changed)
			s = store_stale_error(db, "giz_agreements", ev->a.id, e);
		if (s == GP_OK)
			s = insert_event(db, ev->a.id, ev->child_id, ev->outcome, ev->on, ev->note,
					 before, now, e);
		if (s == GP_OK)
			s = audit_log(db, ev->child_id, "update", "giz agreement", e);
		if (s == GP_OK)
			s = db_commit(db, e);
		else
			db_rollback(db);
	}
	if (s == GP_OK) {
		ev->a.version++;
		if (strcmp(ev->outcome, "gewijzigd") != 0) {
			text_copy(ev->a.status, sizeof ev->a.status, ev->outcome);
			ev->a.closed_on = ev->on;
		}
	} else {
		ev->a = before_ev;
	}
	free(was);
	return s;
}

/* ---- bulk ------------------------------------------------------------------- */

enum gp_status giz_insert_bulk(struct db *db, struct giz_assessment *a, struct gp_err *e)
{
	char now[DB_TIME_LEN];
	db_now(db, now);
	enum gp_status s = insert_assessment(db, a, now, e);
	return s == GP_OK ? insert_parts(db, a, now, 0, e) : s;
}

enum gp_status giz_event_bulk(struct db *db, const char *agreement_id, const char *child_id,
			      const char *kind, struct gp_date on, const char *note,
			      struct gp_err *e)
{
	char now[DB_TIME_LEN];
	db_now(db, now);
	return insert_event(db, agreement_id, child_id, kind, on, note, NULL, now, e);
}
