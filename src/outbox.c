/* outbox.c — see outbox.h.
 *
 * What travels is described per table below (TABLES: which tables, in the
 * order a pull applies them so that every reference already exists; the
 * child a record belongs to; the columns that stay here; the link tables
 * that travel inside their owner).  The statements that turn a row into its
 * JSON body and a body back into a row are built from the schema itself
 * (pragma table_info and foreign_key_list), once per connection: a column
 * added by a later migration travels without anyone forgetting it, and a
 * `*_seq` reference always becomes the referenced record's global id.
 * tests/unit/test_outbox.c checks the result against the schema. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "child.h"
#include "contact.h"
#include "i18n.h"
#include "outbox.h"
#include "text.h"

static const char *const children_local[] = {"seq", "sort_key", "sort_no", "search_names",
					     NULL};
static const char *const accounts_local[] = {"seq", "failed_logins", "locked_until",
					     "last_login_at", NULL};
static const char *const plain_local[] = {"seq", NULL};

/* A table without an id of its own that travels inside its owner's body:
 * key: [other ids]. */
struct wire_link {
	const char *table, *owner_col, *other_col, *other_table, *key;
};
static const struct wire_link contact_links[] = {
	{"contact_professionals", "contact_seq", "account_seq", "accounts", "professional_ids"},
	{NULL, NULL, NULL, NULL, NULL}};
static const struct wire_link giz_links[] = {
	{"giz_participants", "assessment_seq", "parent_seq", "parents", "participant_ids"},
	{NULL, NULL, NULL, NULL, NULL}};
static const struct wire_link no_links[] = {{NULL, NULL, NULL, NULL, NULL}};

#define VIA(t, col) "(SELECT c.id FROM " t " o JOIN children c ON c.seq = o.child_seq " \
	"WHERE o.seq = r." col ")"

/* The tables this build exchanges, in the order a pull applies them. */
static const struct wire_table {
	const char *name;
	const char *child;           /* SQL: the child's id (BLOB) for row r, or NULL */
	int versioned;               /* 0: only ever added (events): version 1 */
	const char *const *local;    /* columns that stay here */
	const struct wire_link *links;
} TABLES[] = {
	{"accounts", NULL, 1, accounts_local, no_links},
	{"organisations", NULL, 1, plain_local, no_links},
	{"children", "r.id", 1, children_local, no_links},
	{"parents",
	 "(SELECT c.id FROM child_parents l JOIN children c ON c.seq = l.child_seq "
	 "WHERE l.parent_seq = r.seq ORDER BY l.seq LIMIT 1)", 1, plain_local, no_links},
	{"child_parents", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"contacts", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 contact_links},
	{"contact_observations", VIA("contacts", "contact_seq"), 1, plain_local, no_links},
	{"measurements", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"vaccinations", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"appointments", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"notes", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local, no_links},
	{"giz_assessments", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 giz_links},
	{"giz_aspects", VIA("giz_assessments", "assessment_seq"), 1, plain_local, no_links},
	{"giz_agreements", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"giz_agreement_events", "(SELECT id FROM children WHERE seq = r.child_seq)", 0,
	 plain_local, no_links},
	{"handovers", "(SELECT id FROM children WHERE seq = r.child_seq)", 1, plain_local,
	 no_links},
	{"handover_consents", VIA("handovers", "handover_seq"), 1, plain_local, no_links},
	{"handover_events", VIA("handovers", "handover_seq"), 0, plain_local, no_links},
};
enum { NTABLES = (int)(sizeof TABLES / sizeof *TABLES) };

static int find_index(const char *tbl)
{
	for (int i = 0; i < NTABLES; i++)
		if (strcmp(TABLES[i].name, tbl) == 0)
			return i;
	return -1;
}

const char *const *outbox_local_columns(const char *tbl)
{
	int i = find_index(tbl);
	return i < 0 ? NULL : TABLES[i].local;
}

int outbox_table_count(void)
{
	return NTABLES;
}

const char *outbox_table_name(int i)
{
	return i >= 0 && i < NTABLES ? TABLES[i].name : NULL;
}

int outbox_table_rank(const char *tbl)
{
	return find_index(tbl);
}

/* ---- statements built from the schema --------------------------------- */

/* A growing string; on memory failure it stays NULL. */
struct buf {
	char *p;
	size_t len, cap;
	int failed;
};

static void put(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void put(struct buf *b, const char *fmt, ...)
{
	if (b->failed)
		return;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || b->len + (size_t)n + 1 > b->cap) {
		size_t cap = (b->cap ? b->cap * 2 : 1024) + (size_t)(n > 0 ? n : 0);
		char *p = realloc(b->p, cap);
		if (!p || n < 0) {
			free(p ? p : b->p);
			b->p = NULL;
			b->failed = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

static int is_local(const struct wire_table *t, const char *col)
{
	for (const char *const *l = t->local; *l; l++)
		if (strcmp(*l, col) == 0)
			return 1;
	return 0;
}

/* The table a column refers to (foreign key), or "" for none. */
static void referenced(struct db *db, const char *tbl, const char *col, char *out, size_t n)
{
	static const char sql[] =
		"SELECT \"table\" FROM pragma_foreign_key_list(?1) WHERE \"from\" = ?2";
	out[0] = '\0';
	sqlite3_stmt *st = db_stmt(db, sql, NULL);
	if (!st)
		return;
	sqlite3_bind_text(st, 1, tbl, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, col, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW)
		db_col_text(st, 0, out, n);
	sqlite3_reset(st);
}

/* The name a column has on the wire: x_seq → x_id; others as they are. */
static void wire_name(const char *col, char *out, size_t n)
{
	size_t len = strlen(col);
	if (len > 4 && strcmp(col + len - 4, "_seq") == 0)
		snprintf(out, n, "%.*s_id", (int)(len - 4), col);
	else
		snprintf(out, n, "%s", col);
}

struct built {
	char *row;    /* ?1 = seq → id (text), child id, version */
	char *body;   /* ?1 = seq → json, child id, version */
	char *apply;  /* ?1 = json [children: ?2 sort_key, ?3 search_names, ?4 group] */
};

/* Builds the two statements of table i for this schema.  NULL members on
 * failure. */
static void build(struct db *db, int i, struct built *out)
{
	static const char cols_sql[] = "SELECT name FROM pragma_table_info(?1) ORDER BY cid";
	const struct wire_table *t = &TABLES[i];
	struct buf body = {0}, cols = {0}, vals = {0}, upd = {0};
	put(&body, "SELECT json_object('id', gp_uuid_text(r.id)");
	sqlite3_stmt *st = db_stmt(db, cols_sql, NULL);
	char names[64][64];
	int ncols = 0;
	if (st) {
		sqlite3_bind_text(st, 1, t->name, -1, SQLITE_STATIC);
		while (sqlite3_step(st) == SQLITE_ROW && ncols < 64)
			db_col_text(st, 0, names[ncols++], sizeof names[0]);
		sqlite3_reset(st);
	}
	put(&cols, "id");
	put(&vals, "gp_uuid_blob(json_extract(?1, '$.id'))");
	for (int c = 0; c < ncols; c++) {
		const char *col = names[c];
		if (strcmp(col, "id") == 0 || is_local(t, col))
			continue;
		char ref[64], key[72];
		referenced(db, t->name, col, ref, sizeof ref);
		wire_name(col, key, sizeof key);
		if (!ref[0] && strcmp(key, col) != 0) /* a _seq without a key: not expected */
			snprintf(key, sizeof key, "%s", col);
		if (ref[0]) {
			put(&body, ", '%s', (SELECT gp_uuid_text(id) FROM %s WHERE seq = r.%s)", key,
			    ref, col);
			put(&vals, ", (SELECT seq FROM %s WHERE id = gp_uuid_blob(json_extract(?1, "
			    "'$.%s')))", ref, key);
		} else if (contact_stored_word(t->name, col, 1)) {
			/* stored as a number, sent as its word (schema 018): the
			 * hub's records read as before, and a body written before
			 * 018 applies as one written after */
			put(&body, ", '%s', CASE r.%s", key, col);
			put(&vals, ", CASE json_extract(?1, '$.%s')", key);
			const char *w;
			for (int k = 1; (w = contact_stored_word(t->name, col, k)); k++) {
				put(&body, " WHEN %d THEN '%s'", k, w);
				put(&vals, " WHEN '%s' THEN %d", w, k);
			}
			put(&body, " END");
			put(&vals, " ELSE json_extract(?1, '$.%s') END", key);
		} else {
			put(&body, ", '%s', r.%s", key, col);
			put(&vals, ", json_extract(?1, '$.%s')", key);
		}
		put(&cols, ", %s", col);
		put(&upd, "%s%s = excluded.%s", upd.len ? ", " : "", col, col);
	}
	for (const struct wire_link *l = t->links; l->table; l++)
		put(&body, ", '%s', (SELECT json_group_array(gp_uuid_text(x.id)) FROM %s k JOIN %s x "
		    "ON x.seq = k.%s WHERE k.%s = r.seq)", l->key, l->table, l->other_table,
		    l->other_col, l->owner_col);
	put(&body, "), %s, %s FROM %s r WHERE r.seq = ?1", t->child ? t->child : "NULL",
	    t->versioned ? "r.version" : "1", t->name);
	if (strcmp(t->name, "children") == 0) {
		put(&cols, ", sort_key, search_names, sort_no");
		put(&vals, ", ?2, ?3, " NEXT_SORT_NO(4));
		put(&upd, ", sort_key = excluded.sort_key, search_names = excluded.search_names, "
		    "sort_no = CASE WHEN (sort_no >> 18) = ?4 THEN sort_no ELSE excluded.sort_no END");
	}
	struct buf row = {0};
	put(&row, "SELECT gp_uuid_text(r.id), %s, %s FROM %s r WHERE r.seq = ?1",
	    t->child ? t->child : "NULL", t->versioned ? "r.version" : "1", t->name);
	out->row = row.p;
	struct buf apply = {0};
	if (!cols.failed && !vals.failed && !upd.failed)
		put(&apply, "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (id) DO %s%s", t->name,
		    cols.p, vals.p, upd.len ? "UPDATE SET " : "NOTHING", upd.len ? upd.p : "");
	free(cols.p);
	free(vals.p);
	free(upd.p);
	out->body = ncols ? body.p : (free(body.p), NULL);
	out->apply = ncols ? apply.p : (free(apply.p), NULL);
}

/* Per connection: the prepared statements of every table. */
struct wire_cache {
	struct db *db;
	sqlite3_stmt *row[NTABLES], *body[NTABLES], *apply[NTABLES];
};
static struct wire_cache cache;

void outbox_forget(const struct db *db)
{
	if (cache.db != db)
		return;
	for (int i = 0; i < NTABLES; i++) {
		sqlite3_finalize(cache.row[i]);
		sqlite3_finalize(cache.body[i]);
		sqlite3_finalize(cache.apply[i]);
	}
	memset(&cache, 0, sizeof cache);
}

static enum gp_status statements(struct db *db, int i, sqlite3_stmt **row, sqlite3_stmt **body,
				 sqlite3_stmt **apply, struct gp_err *e)
{
	if (cache.db != db) {
		if (cache.db)
			outbox_forget(cache.db);
		cache.db = db;
	}
	if (!cache.body[i]) {
		struct built b = {0};
		build(db, i, &b);
		int rc = SQLITE_NOMEM;
		if (b.row && b.body && b.apply) {
			rc = sqlite3_prepare_v3(db->h, b.row, -1, SQLITE_PREPARE_PERSISTENT,
						&cache.row[i], NULL);
			if (rc == SQLITE_OK)
				rc = sqlite3_prepare_v3(db->h, b.body, -1,
							SQLITE_PREPARE_PERSISTENT, &cache.body[i],
							NULL);
			if (rc == SQLITE_OK)
				rc = sqlite3_prepare_v3(db->h, b.apply, -1,
							SQLITE_PREPARE_PERSISTENT, &cache.apply[i],
							NULL);
		}
		free(b.row);
		free(b.body);
		free(b.apply);
		if (rc != SQLITE_OK) {
			sqlite3_finalize(cache.row[i]);
			sqlite3_finalize(cache.body[i]);
			sqlite3_finalize(cache.apply[i]);
			cache.row[i] = cache.body[i] = cache.apply[i] = NULL;
			return db_error(db, rc, _("de uitwisseling met de hub voorbereiden"), e);
		}
	}
	*row = cache.row[i];
	*body = cache.body[i];
	*apply = cache.apply[i];
	sqlite3_reset(*row);
	sqlite3_clear_bindings(*row);
	sqlite3_reset(*body);
	sqlite3_clear_bindings(*body);
	sqlite3_reset(*apply);
	sqlite3_clear_bindings(*apply);
	return GP_OK;
}

static enum gp_status unknown_table(const char *tbl, struct gp_err *e)
{
	return gp_fail(e, GP_ECORRUPT,
		       _("De lijst met wijzigingen voor de hub noemt de tabel '%s', die deze "
			 "versie van groeipad niet uitwisselt. Gebruik de nieuwere versie."),
		       tbl);
}

/* Reads the record of en (by tbl, row_seq): id, child, version and, when
 * json is not NULL, its body (malloc'ed). */
static enum gp_status read_record(struct db *db, struct outbox_entry *en, char **json,
				  struct gp_err *e)
{
	int i = find_index(en->tbl);
	if (i < 0)
		return unknown_table(en->tbl, e);
	sqlite3_stmt *row, *body, *apply;
	enum gp_status s = statements(db, i, &row, &body, &apply, e);
	if (s != GP_OK)
		return s;
	sqlite3_stmt *st = json ? body : row;
	sqlite3_bind_int64(st, 1, en->row_seq);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		if (json) {
			const char *text = (const char *)sqlite3_column_text(st, 0);
			*json = text ? strdup(text) : NULL;
			if (!*json)
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
		} else {
			db_col_text(st, 0, en->id, sizeof en->id);
		}
		db_col_id(st, 1, en->child_id);
		en->version = sqlite3_column_int(st, 2);
	} else if (rc == SQLITE_DONE) {
		s = gp_fail(e, GP_ECORRUPT,
			    _("De lijst met wijzigingen voor de hub noemt rij %lld van %s, die niet "
			      "bestaat. Voer 'groeipad check' uit en neem contact op met de "
			      "beheerder."), en->row_seq, en->tbl);
	} else {
		s = db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
	}
	sqlite3_reset(st);
	return s;
}

enum gp_status outbox_pending(struct db *db, struct outbox_entry **out, int *n,
			      struct gp_err *e)
{
	static const char sql[] =
		"SELECT seq, tbl, row_seq, base_version FROM sync_outbox ORDER BY seq";
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	struct outbox_entry *rows = NULL;
	int count = 0, cap = 0, rc;
	enum gp_status s = GP_OK;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (count == cap) {
			int ncap = cap ? cap * 2 : 16;
			struct outbox_entry *grown = realloc(rows, (size_t)ncap * sizeof *rows);
			if (!grown) {
				s = gp_fail(e, GP_EINTERNAL, "%s", _("Geen geheugen meer vrij."));
				break;
			}
			rows = grown;
			cap = ncap;
		}
		struct outbox_entry *en = &rows[count++];
		memset(en, 0, sizeof *en);
		en->seq = sqlite3_column_int64(st, 0);
		db_col_text(st, 1, en->tbl, sizeof en->tbl);
		en->row_seq = sqlite3_column_int64(st, 2);
		en->base_version = sqlite3_column_int(st, 3);
	}
	if (s == GP_OK && rc != SQLITE_DONE)
		s = db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
	sqlite3_reset(st);
	for (int i = 0; s == GP_OK && i < count; i++)
		s = read_record(db, &rows[i], NULL, e);
	if (s != GP_OK) {
		free(rows);
		return s;
	}
	*out = rows;
	*n = count;
	return GP_OK;
}

enum gp_status outbox_body(struct db *db, const struct outbox_entry *en, char **json,
			   struct gp_err *e)
{
	struct outbox_entry copy = *en;
	*json = NULL;
	return read_record(db, &copy, json, e);
}

/* One confirmed entry, inside the caller's transaction. */
static enum gp_status confirm_one(struct db *db, const struct outbox_entry *en,
				  struct gp_err *e)
{
	static const char done_sql[] = "DELETE FROM sync_outbox WHERE seq = ?1";
	static const char rebase_sql[] = "UPDATE sync_outbox SET base_version = ?2 WHERE seq = ?1";
	struct outbox_entry now = *en;
	enum gp_status s = read_record(db, &now, NULL, e);
	if (s != GP_OK)
		return s;
	int saved_since = now.version != en->version;
	sqlite3_stmt *st = db_stmt(db, saved_since ? rebase_sql : done_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_int64(st, 1, en->seq);
	if (saved_since)
		sqlite3_bind_int(st, 2, en->version);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de wijzigingen voor de hub "
							     "afboeken"), e);
}

enum gp_status outbox_confirm(struct db *db, const struct outbox_entry *entries, int n,
			      struct gp_err *e)
{
	enum gp_status s = db_begin(db, e);
	if (s != GP_OK)
		return s;
	s = outbox_confirm_in(db, entries, n, e);
	if (s != GP_OK) {
		db_rollback(db);
		return s;
	}
	return db_commit(db, e);
}

enum gp_status outbox_confirm_in(struct db *db, const struct outbox_entry *entries, int n,
				 struct gp_err *e)
{
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < n; i++)
		s = confirm_one(db, &entries[i], e);
	return s;
}

enum gp_status outbox_capture_all(struct db *db, struct gp_err *e)
{
	enum gp_status s = GP_OK;
	for (int i = 0; s == GP_OK && i < NTABLES; i++) {
		char sql[200];
		snprintf(sql, sizeof sql,
			 "INSERT OR IGNORE INTO sync_outbox (tbl, row_seq, base_version) "
			 "SELECT '%s', seq, 0 FROM %s ORDER BY seq", TABLES[i].name, TABLES[i].name);
		int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
		if (rc != SQLITE_OK)
			s = db_error(db, rc, _("de wijzigingen voor de hub klaarzetten"), e);
	}
	return s;
}

/* Replaces the links of a record from its body. */
static enum gp_status apply_links(struct db *db, const struct wire_table *t, const char *json,
				  struct gp_err *e)
{
	enum gp_status s = GP_OK;
	for (const struct wire_link *l = t->links; s == GP_OK && l->table; l++) {
		char del[300], ins[500];
		snprintf(del, sizeof del,
			 "DELETE FROM %s WHERE %s = (SELECT seq FROM %s WHERE id = "
			 "gp_uuid_blob(json_extract(?1, '$.id')))", l->table, l->owner_col, t->name);
		snprintf(ins, sizeof ins,
			 "INSERT OR IGNORE INTO %s (%s, %s) SELECT (SELECT seq FROM %s WHERE id = "
			 "gp_uuid_blob(json_extract(?1, '$.id'))), x.seq FROM json_each(?1, '$.%s') j "
			 "JOIN %s x ON x.id = gp_uuid_blob(j.value)", l->table, l->owner_col,
			 l->other_col, t->name, l->key, l->other_table);
		const char *sqls[] = {del, ins};
		for (int k = 0; s == GP_OK && k < 2; k++) {
			sqlite3_stmt *st = NULL;
			int rc = sqlite3_prepare_v2(db->h, sqls[k], -1, &st, NULL);
			if (rc == SQLITE_OK) {
				sqlite3_bind_text(st, 1, json, -1, SQLITE_STATIC);
				rc = sqlite3_step(st);
			}
			sqlite3_finalize(st);
			if (rc != SQLITE_DONE && rc != SQLITE_OK)
				s = db_error(db, rc, _("een record van de hub opslaan"), e);
		}
	}
	return s;
}

/* A child's search keys from its body. */
static void child_keys(const char *json, char *key, size_t keysz, char *names, size_t namesz,
		       long long *group)
{
	struct child c;
	memset(&c, 0, sizeof c);
	json_error_t err;
	json_t *o = json_loads(json, 0, &err);
	const char *f[] = {"given_names", "call_name", "tussenvoegsel", "family_name"};
	char *dst[] = {c.given_names, c.call_name, c.tussenvoegsel, c.family_name};
	size_t sz[] = {sizeof c.given_names, sizeof c.call_name, sizeof c.tussenvoegsel,
		       sizeof c.family_name};
	for (int i = 0; i < 4; i++) {
		const char *v = o ? json_string_value(json_object_get(o, f[i])) : NULL;
		text_copy(dst[i], sz[i], v ? v : "");
	}
	json_decref(o);
	child_sort_key(&c, key, keysz);
	child_search_names(&c, names, namesz);
	*group = db_sort_group(key);
}

enum gp_status outbox_apply(struct db *db, const char *tbl, const char *json, struct gp_err *e)
{
	int i = find_index(tbl);
	if (i < 0)
		return gp_fail(e, GP_ECORRUPT,
			       _("De hub stuurt een record van de soort '%s', die deze versie van "
				 "groeipad niet kent. Gebruik de nieuwere versie."), tbl);
	sqlite3_stmt *row, *body, *apply;
	enum gp_status s = statements(db, i, &row, &body, &apply, e);
	if (s != GP_OK)
		return s;
	sqlite3_bind_text(apply, 1, json, -1, SQLITE_TRANSIENT);
	if (strcmp(tbl, "children") == 0) {
		char key[512], names[1024];
		long long group = 0;
		child_keys(json, key, sizeof key, names, sizeof names, &group);
		sqlite3_bind_text(apply, 2, key, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(apply, 3, names, -1, SQLITE_TRANSIENT);
		sqlite3_bind_int64(apply, 4, group);
	}
	int rc = sqlite3_step(apply);
	sqlite3_reset(apply);
	if (rc != SQLITE_DONE) {
		char what[160];
		snprintf(what, sizeof what, _("een record van de hub opslaan (%s)"), tbl);
		return db_error(db, rc, what, e);
	}
	return apply_links(db, &TABLES[i], json, e);
}

enum gp_status outbox_local_version(struct db *db, const char *tbl, const char *id,
				    int *version, long long *row_seq, struct gp_err *e)
{
	*version = 0;
	*row_seq = 0;
	int i = find_index(tbl);
	if (i < 0)
		return unknown_table(tbl, e);
	char sql[160];
	snprintf(sql, sizeof sql, "SELECT seq, %s FROM %s WHERE id = ?1",
		 TABLES[i].versioned ? "version" : "1", tbl);
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		db_bind_id(st, 1, id);
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*row_seq = sqlite3_column_int64(st, 0);
			*version = sqlite3_column_int(st, 1);
			rc = SQLITE_DONE;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("de wijzigingen voor de hub lezen"), e);
}
