/* family.c — parents and carers, and the links between them and children
 * (relation BDS 62, gezag).  Declared in child.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "child.h"
#include "i18n.h"
#include "store.h"
#include "text.h"
#include "perm.h"

#define PARENT_COLS                                                                   \
	"p.id, p.given_names, coalesce(p.tussenvoegsel, ''), p.family_name, p.sex, "    \
	"coalesce(p.birth_date, ''), coalesce(p.bsn, ''), coalesce(p.phone, ''), "      \
	"coalesce(p.email, ''), coalesce(p.street, ''), coalesce(p.house_number, ''), " \
	"coalesce(p.postcode, ''), coalesce(p.city, ''), coalesce(p.language, ''), "    \
	"coalesce(p.height_mm, 0), p.version "

static void read_parent(sqlite3_stmt *st, int col, struct parent *p)
{
	memset(p, 0, sizeof *p);
	db_col_id(st, col + 0, p->id);
	db_col_text(st, col + 1, p->given_names, sizeof p->given_names);
	db_col_text(st, col + 2, p->tussenvoegsel, sizeof p->tussenvoegsel);
	db_col_text(st, col + 3, p->family_name, sizeof p->family_name);
	p->sex = sqlite3_column_int(st, col + 4);
	db_col_date(st, col + 5, &p->birth_date);
	db_col_text(st, col + 6, p->bsn, sizeof p->bsn);
	db_col_text(st, col + 7, p->phone, sizeof p->phone);
	db_col_text(st, col + 8, p->email, sizeof p->email);
	db_col_text(st, col + 9, p->street, sizeof p->street);
	db_col_text(st, col + 10, p->house_number, sizeof p->house_number);
	db_col_text(st, col + 11, p->postcode, sizeof p->postcode);
	db_col_text(st, col + 12, p->city, sizeof p->city);
	db_col_text(st, col + 13, p->language, sizeof p->language);
	p->height_mm = sqlite3_column_int(st, col + 14);
	p->version = sqlite3_column_int(st, col + 15);
}

/* Binds the editable fields as parameters 1–15. */
static void bind_parent(sqlite3_stmt *st, const struct parent *p)
{
	sqlite3_bind_text(st, 1, p->given_names, -1, SQLITE_TRANSIENT);
	db_bind_text_or_null(st, 2, p->tussenvoegsel);
	sqlite3_bind_text(st, 3, p->family_name, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int(st, 4, p->sex);
	db_bind_date_or_null(st, 5, p->birth_date);
	db_bind_text_or_null(st, 6, p->bsn);
	db_bind_text_or_null(st, 7, p->phone);
	db_bind_text_or_null(st, 8, p->email);
	db_bind_text_or_null(st, 9, p->street);
	db_bind_text_or_null(st, 10, p->house_number);
	db_bind_text_or_null(st, 11, p->postcode);
	db_bind_text_or_null(st, 12, p->city);
	db_bind_text_or_null(st, 13, p->language);
	db_bind_int_or_null(st, 14, p->height_mm);
}

enum gp_status parent_create(struct db *db, struct parent *p, struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO parents(given_names, tussenvoegsel, family_name, sex, birth_date, bsn, "
		"phone, email, street, house_number, postcode, city, language, height_mm, id, "
		"created_at, created_by, updated_at, updated_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
		"?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, " ACTOR_SEQ(17) ", ?16, "
		ACTOR_SEQ(17) ")";
	enum gp_status s = perm_require(db, PERM_WRITE, NULL, e);
	if (s == GP_OK)
		s = parent_validate(p, e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_new_id(db, p->id);
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_parent(st, p);
	db_bind_id(st, 15, p->id);
	db_bind_time(st, 16, now);
	db_bind_id(st, 17, db->actor_id);
	s = store_save_one(db, st, 0, "parents", p->id, NULL, "create", "parent", e);
	if (s == GP_OK)
		p->version = 1;
	return s;
}

enum gp_status parent_update(struct db *db, struct parent *p, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE parents SET given_names = ?1, tussenvoegsel = ?2, family_name = ?3, "
		"sex = ?4, birth_date = ?5, bsn = ?6, phone = ?7, email = ?8, street = ?9, "
		"house_number = ?10, postcode = ?11, city = ?12, language = ?13, height_mm = ?14, "
		"version = version + 1, updated_at = ?16, updated_by = " ACTOR_SEQ(17) " "
		"WHERE id = ?15 AND version = ?18";
	enum gp_status s = perm_require(db, PERM_WRITE, NULL, e);
	if (s == GP_OK)
		s = parent_validate(p, e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	bind_parent(st, p);
	db_bind_id(st, 15, p->id);
	db_bind_time(st, 16, now);
	db_bind_id(st, 17, db->actor_id);
	sqlite3_bind_int(st, 18, p->version);
	s = store_save_one(db, st, 1, "parents", p->id, NULL, "update", "parent", e);
	if (s == GP_OK)
		p->version++;
	return s;
}

enum gp_status parent_get(struct db *db, const char *id, struct parent *p, struct gp_err *e)
{
	static const char sql[] = "SELECT " PARENT_COLS "FROM parents p WHERE p.id = ?";
	enum gp_status s = perm_require(db, PERM_READ, NULL, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_parent(st, 0, p);
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return GP_OK;
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, _("Deze ouder of verzorger bestaat niet (meer)."));
	return db_error(db, rc, _("de ouder lezen"), e);
}

const char *family_default_gezag_type(const char *relation)
{
	static const char *const not_parent[] = {"stiefmoeder", "stiefvader", "pleegmoeder",
						 "pleegvader", "anders"};
	if (strcmp(relation, "voogd_gi") == 0)
		return "voogd_gi";
	if (strcmp(relation, "voogd") == 0)
		return "voogd";
	for (size_t i = 0; i < sizeof not_parent / sizeof *not_parent; i++)
		if (strcmp(relation, not_parent[i]) == 0)
			return "niet_ouder";
	return "ouder";
}

static int gi_type(const char *type)
{
	return strcmp(type, "voogd_gi") == 0 || strcmp(type, "voorlopig_voogd_gi") == 0;
}

enum gp_status family_link_validate(struct family_member *m, struct gp_err *e)
{
	static const char *const types[] = {"ouder", "niet_ouder", "voogd", "voogd_gi",
					    "voorlopig_voogd_gi"};
	int known = 0;
	if (!m->gezag) {
		m->gezag_type[0] = m->gezag_org_id[0] = m->gezag_org_name[0] = '\0';
		m->gezag_from = m->gezag_until = (struct gp_date){0, 0, 0};
		return GP_OK;
	}
	if (!m->gezag_type[0])
		snprintf(m->gezag_type, sizeof m->gezag_type, "%s",
			 family_default_gezag_type(m->relation));
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		known |= strcmp(m->gezag_type, types[i]) == 0;
	if (!known)
		return gp_fail_at(e, GP_EINPUT, "gezag_type", 0, _("Soort gezag: kies een soort uit "
								   "de lijst."));
	if ((m->gezag_from.y && !date_valid(m->gezag_from.y, m->gezag_from.m, m->gezag_from.d)) ||
	    (m->gezag_until.y &&
	     !date_valid(m->gezag_until.y, m->gezag_until.m, m->gezag_until.d)))
		return gp_fail_at(e, GP_EINPUT, m->gezag_from.y ? "gezag_from" : "gezag_until", 0,
				  _("Die datum bestaat niet."));
	if (m->gezag_from.y && m->gezag_until.y && date_cmp(m->gezag_until, m->gezag_from) <= 0)
		return gp_fail_at(e, GP_EINPUT, "gezag_until", 0,
				  _("Gezag tot: die dag ligt niet na de dag waarop het gezag "
				    "begon."));
	if (gi_type(m->gezag_type) && !m->gezag_org_id[0])
		return gp_fail_at(e, GP_EINPUT, "gezag_org_id", 0,
				  _("Instelling: kies de gecertificeerde instelling die het gezag "
				    "heeft (de sociale kaart in Beheer, soort jeugdhulp)."));
	if (!gi_type(m->gezag_type))
		m->gezag_org_id[0] = m->gezag_org_name[0] = '\0';
	return GP_OK;
}

int family_holds_gezag(const struct family_member *m, struct gp_date day)
{
	if (!m->gezag || (m->gezag_from.y && date_cmp(day, m->gezag_from) < 0))
		return 0;
	return !m->gezag_until.y || date_cmp(day, m->gezag_until) < 0;
}

enum gp_status child_link_member(struct db *db, const char *child_id, struct family_member *m,
				 struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO child_parents(id, child_seq, parent_seq, relation, gezag, lives_with, "
		"gezag_type, gezag_from, gezag_until, gezag_org_seq, "
		"created_at, created_by, updated_at, updated_by) "
		"VALUES (?1, " CHILD_SEQ(2) ", " DB_SEQ("parents", 3) ", ?4, ?5, ?6, ?9, ?10, ?11, "
		ORG_SEQ(12) ", ?7, " ACTOR_SEQ(8) ", ?7, " ACTOR_SEQ(8) ")";
	char now[DB_TIME_LEN];
	enum gp_status s = perm_require(db, PERM_WRITE, child_id, e);
	if (s != GP_OK)
		return s;
	s = family_link_validate(m, e);
	if (s != GP_OK)
		return s;
	db_new_id(db, m->link_id);
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, m->link_id);
	db_bind_id(st, 2, child_id);
	db_bind_id(st, 3, m->parent.id);
	sqlite3_bind_text(st, 4, m->relation, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 5, m->gezag ? 1 : 0);
	sqlite3_bind_int(st, 6, m->lives_with ? 1 : 0);
	db_bind_time(st, 7, now);
	db_bind_id(st, 8, db->actor_id);
	db_bind_text_or_null(st, 9, m->gezag_type);
	db_bind_date_or_null(st, 10, m->gezag_from);
	db_bind_date_or_null(st, 11, m->gezag_until);
	db_bind_id(st, 12, m->gezag_org_id);
	s = store_save_one(db, st, 0, "child_parents", m->link_id, child_id, "create",
			   "family link", e);
	if (s == GP_OK)
		m->link_version = 1;
	return s;
}

enum gp_status child_link_parent(struct db *db, const char *child_id, const char *parent_id,
				 const char *relation, int gezag, int lives_with,
				 struct gp_err *e)
{
	struct family_member *m = calloc(1, sizeof *m);
	if (!m)
		return gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
	snprintf(m->parent.id, sizeof m->parent.id, "%s", parent_id);
	snprintf(m->relation, sizeof m->relation, "%s", relation);
	m->gezag = gezag;
	m->lives_with = lives_with;
	enum gp_status s = child_link_member(db, child_id, m, e);
	free(m);
	return s;
}

enum gp_status child_update_link(struct db *db, struct family_member *m, struct gp_err *e)
{
	static const char sql[] =
		"UPDATE child_parents SET relation = ?1, gezag = ?2, lives_with = ?3, "
		"gezag_type = ?8, gezag_from = ?9, gezag_until = ?10, gezag_org_seq = " ORG_SEQ(11)
		", version = version + 1, updated_at = ?4, updated_by = " ACTOR_SEQ(5) " "
		"WHERE id = ?6 AND version = ?7";
	enum gp_status s = perm_require(db, PERM_WRITE, NULL, e);
	if (s != GP_OK)
		return s;
	char now[DB_TIME_LEN];
	s = family_link_validate(m, e);
	if (s != GP_OK)
		return s;
	db_now(db, now);
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, m->relation, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, m->gezag ? 1 : 0);
	sqlite3_bind_int(st, 3, m->lives_with ? 1 : 0);
	db_bind_time(st, 4, now);
	db_bind_id(st, 5, db->actor_id);
	db_bind_id(st, 6, m->link_id);
	sqlite3_bind_int(st, 7, m->link_version);
	db_bind_text_or_null(st, 8, m->gezag_type);
	db_bind_date_or_null(st, 9, m->gezag_from);
	db_bind_date_or_null(st, 10, m->gezag_until);
	db_bind_id(st, 11, m->gezag_org_id);
	s = store_save_one(db, st, 1, "child_parents", m->link_id, NULL, "update", "family link",
			   e);
	if (s == GP_OK)
		m->link_version++;
	return s;
}

enum gp_status family_save_member(struct db *db, const char *child_id, struct family_member *m,
				  struct gp_err *e)
{
	enum gp_status st = parent_validate(&m->parent, e);
	if (st != GP_OK) {
		gp_err_within(e, "parent");
		return st;
	}
	if ((st = family_link_validate(m, e)) != GP_OK)
		return st;
	if ((st = db_begin(db, e)) != GP_OK)
		return st;
	if (child_id) {
		st = parent_create(db, &m->parent, e);
		if (st == GP_OK)
			st = child_link_member(db, child_id, m, e);
	} else {
		st = parent_update(db, &m->parent, e);
		if (st == GP_OK)
			st = child_update_link(db, m, e);
	}
	if (st == GP_OK)
		return db_commit(db, e);
	db_rollback(db);
	return st;
}

static void read_member(sqlite3_stmt *st, void *row)
{
	struct family_member *m = row;
	read_parent(st, 0, &m->parent);
	db_col_id(st, 16, m->link_id);
	db_col_text(st, 17, m->relation, sizeof m->relation);
	m->gezag = sqlite3_column_int(st, 18);
	m->lives_with = sqlite3_column_int(st, 19);
	m->link_version = sqlite3_column_int(st, 20);
	db_col_text(st, 21, m->gezag_type, sizeof m->gezag_type);
	db_col_date(st, 22, &m->gezag_from);
	db_col_date(st, 23, &m->gezag_until);
	db_col_id(st, 24, m->gezag_org_id);
	db_col_text(st, 25, m->gezag_org_name, sizeof m->gezag_org_name);
}

enum gp_status child_family(struct db *db, const char *child_id, struct family_member **out,
			    int *n, struct gp_err *e)
{
	static const char sql[] =
		"SELECT " PARENT_COLS ", l.id, l.relation, l.gezag, l.lives_with, l.version, "
		"l.gezag_type, l.gezag_from, l.gezag_until, o.id, o.name "
		"FROM child_parents l JOIN parents p ON p.seq = l.parent_seq "
		"LEFT JOIN organisations o ON o.seq = l.gezag_org_seq "
		"WHERE l.child_seq = " CHILD_SEQ(1) " ORDER BY l.gezag DESC, CASE l.relation "
		"WHEN 'moeder' THEN 0 WHEN 'duomoeder' THEN 1 WHEN 'vader' THEN 2 ELSE 3 END, "
		"l.relation, p.family_name";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_member, (void **)out, n, e);
}

static void read_summary(sqlite3_stmt *st, void *row)
{
	child_summary_read(st, row);
}

enum gp_status child_siblings(struct db *db, const char *child_id,
			      struct child_summary **out, int *n, struct gp_err *e)
{
	static const char sql[] =
		"SELECT DISTINCT c.id, c.client_no, c.given_names, coalesce(c.tussenvoegsel, ''), "
		"c.family_name, c.birth_date, coalesce(c.bsn, ''), coalesce(c.postcode, ''), c.sex "
		"FROM child_parents mine JOIN child_parents theirs "
		"ON theirs.parent_seq = mine.parent_seq AND theirs.child_seq <> mine.child_seq "
		"JOIN children c ON c.seq = theirs.child_seq WHERE mine.child_seq = " CHILD_SEQ(1)
		" ORDER BY c.birth_date, c.client_no";
	const char *params[] = {child_id, NULL};
	*out = NULL;
	*n = 0;
	enum gp_status s = perm_require(db, PERM_READ, child_id, e);
	if (s != GP_OK)
		return s;
	return db_read_rows(db, sql, params, sizeof **out, read_summary, (void **)out, n, e);
}
