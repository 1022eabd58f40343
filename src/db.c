/* db.c — see db.h.  Patterns follow SQLite's own shell.c: prepared
 * statements only, errors turned into words at the edge. */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

#include <sodium.h>

#include "db.h"
#include "i18n.h"
#include "outbox.h"
#include "migrations.h"
#include "partfile.h"
#include "text.h"
#include "date.h"

enum gp_status db_error(struct db *db, int rc, const char *what, struct gp_err *e)
{
	const char *detail = db && db->h ? sqlite3_errmsg(db->h) : sqlite3_errstr(rc);
	char act[160];
	text_copy(act, sizeof act, what);
	act[0] = (char)toupper((unsigned char)act[0]); /* "het kind opslaan" starts the sentence */
	/* an I/O error whose cause the system names: said as what it is */
	int sys = db && db->h ? sqlite3_system_errno(db->h) : 0;
	if ((rc & 0xFF) == SQLITE_IOERR && (sys == ENOSPC || sys == EDQUOT))
		rc = SQLITE_FULL;
	else if ((rc & 0xFF) == SQLITE_IOERR && sys == EROFS)
		rc = SQLITE_READONLY;
	switch (rc & 0xFF) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return gp_fail(e, GP_EBUSY,
			       _("%s is niet gelukt: de database is bezet door een ander programma. "
				 "Probeer het over een paar seconden opnieuw."), act);
	case SQLITE_FULL:
		return gp_fail(e, GP_EIO, _("%s is niet gelukt: de schijf is vol. Maak ruimte vrij "
					    "en probeer het opnieuw; er is niets half opgeslagen."), act);
	case SQLITE_READONLY:
	case SQLITE_PERM:
		return gp_fail(e, GP_EIO, _("%s is niet gelukt: de database is alleen-lezen. "
					    "Controleer de rechten op het bestand en de map."), act);
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		return gp_fail(e, GP_EIO, _("%s is niet gelukt: lezen of schrijven van het bestand "
					    "mislukte (%s)."), act, detail);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return gp_fail(e, GP_ECORRUPT, _("%s is niet gelukt: het databasebestand is "
						 "beschadigd (%s). Zet een reservekopie terug; "
						 "'groeipad check' zegt meer."), act, detail);
	case SQLITE_CONSTRAINT:
		return gp_fail(e, GP_EINPUT, _("%s is niet gelukt: de gegevens botsen met wat al is "
					       "opgeslagen (%s)."), act, detail);
	default:
		return gp_fail(e, GP_EINTERNAL, _("%s is niet gelukt: onverwachte databasefout (%s)."),
			       act, detail);
	}
}

enum gp_status db_exec(struct db *db, const char *sql, struct gp_err *e)
{
	int rc = sqlite3_exec(db->h, sql, NULL, NULL, NULL);
	return rc == SQLITE_OK ? GP_OK : db_error(db, rc, _("de database bijwerken"), e);
}

enum gp_status db_begin(struct db *db, struct gp_err *e)
{
	if (db->depth > 0) {
		db->depth++;
		return GP_OK;
	}
	int rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("een wijziging beginnen"), e);
	db->depth = 1;
	return GP_OK;
}

/* 1 when db->path still names the file that was opened. */
static int same_file(const struct db *db)
{
	struct stat sb;
	if (db->ino == 0)
		return 1; /* not known (a read-only open) */
	return stat(db->path, &sb) == 0 && (unsigned long long)sb.st_dev == db->dev &&
	       (unsigned long long)sb.st_ino == db->ino;
}

enum gp_status db_commit(struct db *db, struct gp_err *e)
{
	if (db->depth > 1) {
		db->depth--;
		return GP_OK;
	}
	if (!same_file(db)) {
		db_rollback(db);
		return gp_fail(e, GP_EIO, _("Niet opgeslagen: het databasebestand %s is intussen "
					    "vervangen, verplaatst of verwijderd. Uw invoer staat nog "
					    "op het scherm; noteer wat u wilt bewaren en start "
					    "groeipad opnieuw."), db->path);
	}
	db->depth = 0;
	int rc = sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		return GP_OK;
	enum gp_status st = db_error(db, rc, _("de wijziging opslaan"), e);
	db_rollback(db);
	return st;
}

void db_rollback(struct db *db)
{
	db->depth = 0;
	db->actor_seq = 0; /* the account may have been made in what is undone */
	if (!sqlite3_get_autocommit(db->h))
		sqlite3_exec(db->h, "ROLLBACK", NULL, NULL, NULL);
}

sqlite3_stmt *db_stmt(struct db *db, const char *sql, struct gp_err *e)
{
	for (int i = 0; i < db->ncache; i++) {
		if (db->cache[i].sql == sql) {
			sqlite3_stmt *st = db->cache[i].stmt;
			sqlite3_reset(st);
			sqlite3_clear_bindings(st);
			return st;
		}
	}
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v3(db->h, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
	if (rc != SQLITE_OK) {
		db_error(db, rc, _("een databaseopdracht voorbereiden"), e);
		return NULL;
	}
	if (db->ncache < DB_CACHE_MAX) {
		db->cache[db->ncache].sql = sql;
		db->cache[db->ncache].stmt = st;
		db->ncache++;
	} else {
		gp_fail(e, GP_EINTERNAL, "statement cache full");
		sqlite3_finalize(st);
		return NULL;
	}
	return st;
}

int db_bind_text_or_null(sqlite3_stmt *st, int i, const char *s)
{
	if (!s || !*s)
		return sqlite3_bind_null(st, i);
	return sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
}

void db_col_text(sqlite3_stmt *st, int i, char *out, size_t outsz)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	text_copy(out, outsz, t ? (const char *)t : "");
}

int db_bind_date_or_null(sqlite3_stmt *st, int i, struct gp_date d)
{
	char buf[11];
	if (d.y == 0)
		return sqlite3_bind_null(st, i);
	date_fmt_iso(d, buf);
	return sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

int db_bind_int_or_null(sqlite3_stmt *st, int i, int v)
{
	return v ? sqlite3_bind_int(st, i, v) : sqlite3_bind_null(st, i);
}

void db_col_date(sqlite3_stmt *st, int i, struct gp_date *d)
{
	const unsigned char *t = sqlite3_column_text(st, i);
	if (!t || date_parse_iso((const char *)t, d) != 0)
		*d = (struct gp_date){0, 0, 0};
}

enum gp_status db_read_rows(struct db *db, const char *sql, const char *const *params,
			    size_t size, void (*read)(sqlite3_stmt *st, void *row), void **out,
			    int *n, struct gp_err *e)
{
	*out = NULL;
	*n = 0;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	for (int i = 0; params[i]; i++) {
		unsigned char id[DB_ID_BYTES];
		if (db_id_parse(params[i], id) == 0)
			sqlite3_bind_blob(st, i + 1, id, DB_ID_BYTES, SQLITE_TRANSIENT);
		else
			sqlite3_bind_text(st, i + 1, params[i], -1, SQLITE_STATIC);
	}
	char *rows = NULL;
	int cap = 0, rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			char *more = realloc(rows, (size_t)cap * size);
			if (!more) {
				sqlite3_reset(st);
				free(rows);
				*n = 0;
				return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
			}
			rows = more;
		}
		read(st, rows + (size_t)*n * size);
		(*n)++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		free(rows);
		*n = 0;
		return db_error(db, rc, _("gegevens lezen"), e);
	}
	*out = rows;
	return GP_OK;
}

/* ---- ids and timestamps at the edge: text in C, compact in the file ------ */

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
		: c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

int db_id_parse(const char *text, unsigned char out[DB_ID_BYTES])
{
	size_t o = 0;
	for (size_t i = 0; text[i]; i++) {
		if ((i == 8 || i == 13 || i == 18 || i == 23) && text[i] == '-')
			continue;
		int hi = hexval(text[i]), lo = hi < 0 || !text[i + 1] ? -1 : hexval(text[i + 1]);
		if (lo < 0 || o == DB_ID_BYTES)
			return -1;
		out[o++] = (unsigned char)(hi << 4 | lo);
		i++;
	}
	return o == DB_ID_BYTES ? 0 : -1;
}

void db_id_format(const unsigned char b[DB_ID_BYTES], char *out)
{
	static const char hex[] = "0123456789abcdef";
	int o = 0;
	for (int i = 0; i < DB_ID_BYTES; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[o++] = '-';
		out[o++] = hex[b[i] >> 4];
		out[o++] = hex[b[i] & 15];
	}
	out[o] = '\0';
}

enum gp_status db_seq(struct db *db, const char *sql, const char *id, sqlite3_int64 *out,
		      struct gp_err *e)
{
	*out = 0;
	if (!id || !*id)
		return GP_OK;
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(st, 0);
	sqlite3_reset(st);
	return rc == SQLITE_ROW ? GP_OK : db_error(db, rc, _("een verwijzing opzoeken"), e);
}

enum gp_status db_actor_seq(struct db *db, sqlite3_int64 *out, struct gp_err *e)
{
	static const char sql[] = "SELECT " ACTOR_SEQ(1);
	if (db->actor_seq && strcmp(db->actor_seq_of, db->actor_id) == 0) {
		*out = db->actor_seq;
		return GP_OK;
	}
	enum gp_status s = db_seq(db, sql, db->actor_id, out, e);
	if (s == GP_OK && *out) { /* none is not kept: the account may be made later */
		db->actor_seq = *out;
		text_copy(db->actor_seq_of, sizeof db->actor_seq_of, db->actor_id);
	}
	return s;
}

int db_bind_seq(sqlite3_stmt *st, int i, sqlite3_int64 seq)
{
	return seq ? sqlite3_bind_int64(st, i, seq) : sqlite3_bind_null(st, i);
}

int db_bind_id(sqlite3_stmt *st, int i, const char *id)
{
	unsigned char b[DB_ID_BYTES];
	if (!id || !*id)
		return sqlite3_bind_null(st, i);
	if (db_id_parse(id, b) != 0) /* not an id: matches nothing, and an insert fails */
		return sqlite3_bind_text(st, i, id, -1, SQLITE_TRANSIENT);
	return sqlite3_bind_blob(st, i, b, DB_ID_BYTES, SQLITE_TRANSIENT);
}

void db_col_id(sqlite3_stmt *st, int i, char *out)
{
	const void *b = sqlite3_column_blob(st, i);
	if (b && sqlite3_column_bytes(st, i) == DB_ID_BYTES)
		db_id_format(b, out);
	else
		out[0] = '\0';
}

/* The n-digit number at text[at], or -1. */
static int digits_at(const char *text, int at, int n)
{
	int v = 0;
	for (int i = at; i < at + n; i++) {
		if (text[i] < '0' || text[i] > '9')
			return -1;
		v = v * 10 + (text[i] - '0');
	}
	return v;
}

long long db_time_parse(const char *text)
{
	/* The last text and its value: mktime() looks at the time zone file
	 * (a stat(2)) on every call, and a save or the demo binds the same
	 * moment several times (created_at, updated_at, the audit entry). */
	static char last[20];
	static long long last_value = -1;
	/* "YYYY-MM-DDTHH:MM:SS" */
	if (!text || strlen(text) != 19 || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
	    text[13] != ':' || text[16] != ':')
		return -1;
	if (last_value >= 0 && memcmp(text, last, 19) == 0)
		return last_value;
	struct tm tm = {0};
	tm.tm_year = digits_at(text, 0, 4) - 1900;
	tm.tm_mon = digits_at(text, 5, 2) - 1;
	tm.tm_mday = digits_at(text, 8, 2);
	tm.tm_hour = digits_at(text, 11, 2);
	tm.tm_min = digits_at(text, 14, 2);
	tm.tm_sec = digits_at(text, 17, 2);
	if (tm.tm_year < 0 || tm.tm_mon < 0 || tm.tm_mday < 1 || tm.tm_hour < 0 || tm.tm_min < 0 ||
	    tm.tm_sec < 0)
		return -1;
	tm.tm_isdst = -1;
	long long v = (long long)mktime(&tm);
	if (v >= 0) {
		memcpy(last, text, 19);
		last_value = v;
	}
	return v;
}

void db_time_format(long long t, char *out)
{
	time_t tt = (time_t)t;
	struct tm tm;
	char buf[64];
	if (!localtime_r(&tt, &tm)) {
		out[0] = '\0';
		return;
	}
	snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900,
		 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	text_copy(out, DB_TIME_LEN, buf);
}

int db_bind_time(sqlite3_stmt *st, int i, const char *text)
{
	long long t = db_time_parse(text);
	return t < 0 ? sqlite3_bind_null(st, i) : sqlite3_bind_int64(st, i, t);
}

void db_col_time(sqlite3_stmt *st, int i, char *out)
{
	if (sqlite3_column_type(st, i) == SQLITE_INTEGER)
		db_time_format(sqlite3_column_int64(st, i), out);
	else
		out[0] = '\0';
}

/* A byte of a sort key as 5 bits, in the same order: the end 0, the
 * separator U+001F 2, a space 3, a-z 5-30 exactly; other bytes share a code
 * per range (1: below U+001F, 4: punctuation and digits, 31: from '{' and
 * every byte of a non-ASCII character).  Bytes after a shared code are not
 * coded: keys that agree up to it fall in one group, sorted by the caller. */
static int sort_code(unsigned char c, int *exact)
{
	*exact = 1;
	if (c == 0)
		return 0;
	if (c == 0x1F)
		return 2;
	if (c == ' ')
		return 3;
	if (c >= 'a' && c <= 'z')
		return 5 + (c - 'a');
	*exact = 0;
	return c < 0x1F ? 1 : c < 'a' ? 4 : 31;
}

long long db_sort_group(const char *sort_key)
{
	long long g = 0;
	int exact = 1;
	const unsigned char *k = (const unsigned char *)(sort_key ? sort_key : "");
	for (int i = 0; i < DB_SORT_GROUP_CHARS; i++) {
		int code = exact && *k ? sort_code(*k++, &exact) : 0;
		g = g << 5 | code;
	}
	return g;
}

/* SQL gp_uuid_blob(text): the 16 bytes of a text UUID (migration 004). */
static void sql_uuid_blob(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	(void)argc;
	unsigned char b[DB_ID_BYTES];
	const unsigned char *t = sqlite3_value_text(argv[0]);
	if (sqlite3_value_type(argv[0]) == SQLITE_NULL || !t || !*t)
		sqlite3_result_null(cx);
	else if (db_id_parse((const char *)t, b) == 0)
		sqlite3_result_blob(cx, b, DB_ID_BYTES, SQLITE_TRANSIENT);
	else {
		char *msg = sqlite3_mprintf(_("'%s' is geen geldige id (UUID)"), (const char *)t);
		sqlite3_result_error(cx, msg ? msg : "UUID", -1);
		sqlite3_free(msg);
	}
}

/* SQL gp_uuid_text(blob): the text form of a 16-byte id (for joins with
 * audit_log, which keeps ids as text). */
static void sql_uuid_text(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	(void)argc;
	if (sqlite3_value_type(argv[0]) == SQLITE_BLOB && sqlite3_value_bytes(argv[0]) == DB_ID_BYTES) {
		char out[DB_ID_LEN];
		db_id_format(sqlite3_value_blob(argv[0]), out);
		sqlite3_result_text(cx, out, -1, SQLITE_TRANSIENT);
	} else {
		sqlite3_result_null(cx);
	}
}

/* SQL gp_sort_group(sort_key): see db_sort_group. */
static void sql_sort_group(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	(void)argc;
	sqlite3_result_int64(cx, db_sort_group((const char *)sqlite3_value_text(argv[0])));
}

/* UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, version 7, 74 random bits. */
void db_new_id(struct db *db, char *out)
{
	unsigned char b[16];
	long long ms;
	if (db && db->idrng) {
		ms = db->id_ms++;
		for (size_t i = 0; i < 2; i++) {
			uint64_t r = rng_next(db->idrng);
			memcpy(b + 6 + i * 5, &r, 5);
		}
	} else {
		struct timeval tv;
		gettimeofday(&tv, NULL);
		ms = (long long)tv.tv_sec * 1000 + tv.tv_usec / 1000;
		randombytes_buf(b + 6, 10);
	}
	for (int i = 0; i < 6; i++)
		b[i] = (unsigned char)(ms >> (8 * (5 - i)));
	b[6] = (unsigned char)(0x70 | (b[6] & 0x0F));
	b[8] = (unsigned char)(0x80 | (b[8] & 0x3F));
	db_id_format(b, out);
}

void db_now(struct db *db, char *out)
{
	if (db && db->fixed_now[0])
		memcpy(out, db->fixed_now, DB_TIME_LEN);
	else
		date_now_iso(out);
}

enum gp_status db_setting_get(struct db *db, const char *key, char *out, size_t outsz,
			      struct gp_err *e)
{
	static const char sql[] = "SELECT value FROM settings WHERE key = ?";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		db_col_text(st, 0, out, outsz);
		sqlite3_reset(st);
		return GP_OK;
	}
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gp_fail(e, GP_ENOTFOUND, "setting %s not set", key);
	return db_error(db, rc, _("een instelling lezen"), e);
}

enum gp_status db_setting_set(struct db *db, const char *key, const char *value,
			      struct gp_err *e)
{
	static const char sql[] =
		"INSERT INTO settings(key, value) VALUES (?, ?) "
		"ON CONFLICT(key) DO UPDATE SET value = excluded.value";
	sqlite3_stmt *st = db_stmt(db, sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? GP_OK : db_error(db, rc, _("een instelling opslaan"), e);
}

int db_is_demo(struct db *db)
{
	char v[8];
	return db_setting_get(db, "demo", v, sizeof v, NULL) == GP_OK && strcmp(v, "1") == 0;
}

/* Reads one integer from a PRAGMA or query; -1 on failure with *rc set. */
static long long query_int(struct db *db, const char *sql, int *rc)
{
	sqlite3_stmt *st;
	long long v = -1;
	*rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);
	if (*rc != SQLITE_OK)
		return -1;
	*rc = sqlite3_step(st);
	if (*rc == SQLITE_ROW) {
		v = sqlite3_column_int64(st, 0);
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return v;
}

/* SQLITE_OK when every foreign key holds; otherwise SQLITE_CONSTRAINT and
 * *msg names the first table with a dangling reference. */
static int foreign_keys_hold(struct db *db, char **msg)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->h, "PRAGMA foreign_key_check", -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*msg = sqlite3_mprintf("foreign key check failed in %s row %lld",
				       (const char *)sqlite3_column_text(st, 0),
				       sqlite3_column_int64(st, 1));
		rc = SQLITE_CONSTRAINT;
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* A migration that rebuilt tables leaves their old pages free: when more than
 * a fifth of the file is free, VACUUM gives it back (a failure, e.g. a full
 * disk, only leaves the file larger). */
static void compact_after_migration(struct db *db)
{
	int rc;
	long long pages = query_int(db, "PRAGMA page_count", &rc);
	long long free_pages = rc == SQLITE_OK ? query_int(db, "PRAGMA freelist_count", &rc) : 0;
	if (rc == SQLITE_OK && pages > 0 && free_pages * 5 > pages)
		sqlite3_exec(db->h, "VACUUM", NULL, NULL, NULL);
}

static enum gp_status migrate(struct db *db, struct gp_err *e)
{
	int rc;
	long long current = query_int(db, "PRAGMA user_version", &rc);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("de database openen"), e);
	int latest = gp_migrations[gp_migration_count - 1].number;
	if (current > latest)
		return gp_fail(e, GP_ECORRUPT,
			       _("Deze database is gemaakt door een nieuwere versie van groeipad "
				 "(schema %lld, deze versie kent %d). Gebruik de nieuwere versie."),
			       current, latest);
	if (current == latest)
		return GP_OK;
	if (db->readonly)
		return gp_fail(e, GP_EIO, _("Deze database moet worden bijgewerkt naar een nieuwer "
					    "schema, maar is alleen-lezen geopend."));
	/* A migration may rebuild tables (004 does): foreign keys are checked as
	 * a whole before its commit instead of row by row (SQLite's documented
	 * procedure for changing a table's definition). */
	sqlite3_exec(db->h, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
	enum gp_status result = GP_OK;
	for (int i = 0; i < gp_migration_count && result == GP_OK; i++) {
		const struct migration *m = &gp_migrations[i];
		if (m->number <= current)
			continue;
		char *msg = NULL;
		char version_sql[64];
		snprintf(version_sql, sizeof version_sql, "PRAGMA user_version = %d", m->number);
		rc = sqlite3_exec(db->h, "BEGIN IMMEDIATE", NULL, NULL, NULL);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(db->h, m->sql, NULL, NULL, &msg);
		if (rc == SQLITE_OK)
			rc = foreign_keys_hold(db, &msg);
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(db->h, version_sql, NULL, NULL, NULL);
		if (rc == SQLITE_OK && m->number == 1) {
			char app[64];
			snprintf(app, sizeof app, "PRAGMA application_id = %d", GP_APPLICATION_ID);
			rc = sqlite3_exec(db->h, app, NULL, NULL, NULL);
		}
		if (rc == SQLITE_OK)
			rc = sqlite3_exec(db->h, "COMMIT", NULL, NULL, NULL);
		if (rc != SQLITE_OK) {
			db_rollback(db);
			enum gp_status st = gp_fail(e, GP_EINTERNAL,
				_("Bijwerken van de database (stap %s) mislukte: %s. "
				  "Het bestand is niet veranderd."),
				m->name, msg ? msg : sqlite3_errmsg(db->h));
			sqlite3_free(msg);
			if ((rc & 0xFF) == SQLITE_BUSY || (rc & 0xFF) == SQLITE_FULL ||
			    (rc & 0xFF) == SQLITE_READONLY)
				st = db_error(db, rc, _("de database bijwerken"), e);
			result = st;
		}
	}
	sqlite3_exec(db->h, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
	if (result == GP_OK)
		compact_after_migration(db);
	return result;
}

/* "file:" URI for path, percent-encoding what a URI reserves. */
static void file_uri(const char *path, char *out, size_t outsz, int immutable)
{
	size_t o = 0;
	o += (size_t)snprintf(out, outsz, "file:");
	for (const char *p = path; *p && o + 4 < outsz; p++) {
		if (*p == '%' || *p == '?' || *p == '#')
			o += (size_t)snprintf(out + o, outsz - o, "%%%02X", (unsigned char)*p);
		else
			out[o++] = *p;
	}
	out[o] = '\0';
	if (immutable && o + 16 < outsz)
		snprintf(out + o, outsz - o, "?immutable=1");
}

/* Checks before SQLite sees the path, so the message can be precise. */
static enum gp_status check_path(const char *path, enum db_mode mode, struct gp_err *e)
{
	struct stat sb;
	if (!path || !*path)
		return gp_fail(e, GP_EINPUT, _("Geef een databasebestand op met --db BESTAND."));
	if (lstat(path, &sb) == 0 && S_ISLNK(sb.st_mode)) {
		/* opened only by its own name (SQLITE_OPEN_NOFOLLOW), so a link
		 * planted in a shared folder cannot redirect the data */
		char real[4096];
		if (!realpath(path, real))
			return gp_fail(e, GP_EINPUT, _("%s is een symbolische koppeling naar een bestand "
						       "dat niet bestaat."), path);
		return gp_fail(e, GP_EINPUT, _("%s is een symbolische koppeling; groeipad opent een "
					       "database alleen onder zijn eigen naam. Gebruik %s."),
			       path, real);
	}
	if (mode == DB_FILL)
		return GP_OK;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return gp_fail(e, GP_EINPUT, _("%s is een map, geen databasebestand."), path);
		if (mode == DB_CREATE)
			return gp_fail(e, GP_EINPUT, _("%s bestaat al; kies een nieuwe bestandsnaam "
						       "of verwijder het oude bestand eerst."), path);
		if (!S_ISREG(sb.st_mode))
			return gp_fail(e, GP_EINPUT, _("%s is geen gewoon bestand."), path);
		if (access(path, R_OK) != 0)
			return gp_fail(e, GP_EIO, _("%s kan niet worden gelezen: %s."), path,
				       strerror(errno));
		return GP_OK;
	}
	if (mode != DB_CREATE)
		return gp_fail(e, GP_ENOTFOUND, _("Het databasebestand %s bestaat niet. Maak een "
						  "nieuwe met 'groeipad init' of 'groeipad demo'."),
			       path);
	char dir[4096];
	text_copy(dir, sizeof dir, path);
	char *slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	else
		strcpy(dir, ".");
	if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))
		return gp_fail(e, GP_EINPUT, _("De map %s bestaat niet; maak hem eerst aan of kies "
					       "een andere plek."), dir);
	if (access(dir, W_OK) != 0)
		return gp_fail(e, GP_EIO, _("In de map %s mag groeipad niet schrijven."), dir);
	return GP_OK;
}

enum gp_status db_check_new_path(const char *path, struct gp_err *e)
{
	return check_path(path, DB_CREATE, e);
}

/* Refuses files that are SQLite but not ours, and empty or damaged files. */
static enum gp_status check_ours(struct db *db, struct gp_err *e)
{
	int rc;
	long long app = query_int(db, "PRAGMA application_id", &rc);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("de database openen"), e);
	long long tables = query_int(db, "SELECT count(*) FROM sqlite_schema", &rc);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("de database openen"), e);
	if (app != GP_APPLICATION_ID)
		return gp_fail(e, GP_ECORRUPT,
			       tables == 0 ? _("%s is leeg: het is (nog) geen groeipad-database.")
					   : _("%s is geen groeipad-database."),
			       db->path);
	return GP_OK;
}

static enum gp_status configure(struct db *db, struct gp_err *e)
{
	int on = 1, rc;
	sqlite3_db_config(db->h, SQLITE_DBCONFIG_DEFENSIVE, 1, &on);
	sqlite3_busy_timeout(db->h, 5000);
	const int fl = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
	sqlite3_create_function(db->h, "gp_uuid_blob", 1, fl, NULL, sql_uuid_blob, NULL, NULL);
	sqlite3_create_function(db->h, "gp_uuid_text", 1, fl, NULL, sql_uuid_text, NULL, NULL);
	sqlite3_create_function(db->h, "gp_sort_group", 1, fl, NULL, sql_sort_group, NULL, NULL);
	rc = sqlite3_exec(db->h, "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL", NULL,
			  NULL, NULL);
	if (rc != SQLITE_OK)
		return db_error(db, rc, _("de database openen"), e);
	if (!db->readonly) {
		long long dummy = query_int(db, "PRAGMA journal_mode = WAL", &rc);
		(void)dummy;
		if (rc != SQLITE_OK)
			return db_error(db, rc, _("de database openen"), e);
	}
	return GP_OK;
}

/* Opens the file once more for a shared flock, held until db_close: a job
 * that would replace the file (demo over a demo database) takes it
 * exclusively and so sees that someone has it open.  Taken without waiting;
 * when a replacement is under way, tried again for a few seconds.  Also
 * notes which file this is (device, inode), so a save can see the file
 * replaced under it, and opens again when the name moved on meanwhile. */
static enum gp_status hold_file(struct db *db, struct gp_err *e)
{
	for (int tries = 0; tries < 100; tries++) {
		int fd = open(db->path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
		if (fd < 0) {
			if (errno == EACCES)
				return GP_OK; /* not readable: sqlite3_open will say so */
			return gp_fail(e, GP_EIO, _("Kan %s niet openen: %s."), db->path,
				       strerror(errno));
		}
		struct stat held, now;
		if (flock(fd, LOCK_SH | LOCK_NB) == 0 && fstat(fd, &held) == 0) {
			if (stat(db->path, &now) == 0 && now.st_ino == held.st_ino &&
			    now.st_dev == held.st_dev) {
				db->lock_fd = fd;
				db->dev = (unsigned long long)held.st_dev;
				db->ino = (unsigned long long)held.st_ino;
				return GP_OK;
			}
		}
		close(fd);
		nanosleep(&(struct timespec){0, 50000000L}, NULL);
	}
	return gp_fail(e, GP_EBUSY, _("%s wordt op dit moment vervangen door een ander programma. "
				      "Probeer het over een paar seconden opnieuw."), db->path);
}

enum gp_status db_open(struct db **out, const char *path, enum db_mode mode, struct gp_err *e)
{
	*out = NULL;
	enum gp_status st = check_path(path, mode, e);
	if (st != GP_OK)
		return st;
	if (sodium_init() < 0)
		return gp_fail(e, GP_EINTERNAL, "libsodium could not be initialised");

	struct db *db = calloc(1, sizeof *db);
	if (!db)
		return gp_fail(e, GP_EINTERNAL, _("Onvoldoende geheugen."));
	db->lock_fd = -1;
	text_copy(db->path, sizeof db->path, path);
	if (gethostname(db->workstation, sizeof db->workstation) != 0)
		strcpy(db->workstation, "onbekend");
	db->workstation[sizeof db->workstation - 1] = '\0';

	/* groeipad has one thread, and a connection is used only by it: SQLite
	 * need not lock the connection around every call (NOMUTEX) nor count
	 * its memory under a lock (MEMSTATUS, which nothing here reads) — with
	 * the counting, 10 % of the demo's instructions.  sqlite3_config is
	 * refused (harmlessly) once SQLite has started: the first open sets it. */
	static int configured;
	if (!configured) {
		(void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = 1;
	}
	int flags = SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_URI |
		    SQLITE_OPEN_NOMUTEX;
	char uri[4096 * 3 + 32];
	file_uri(path, uri, sizeof uri, 0);
	if (mode == DB_READONLY && access(path, W_OK) != 0) {
		/* A read-only file nobody can write: immutable, so SQLite creates no
		 * side files — unless it has a journal that must still be read. */
		char wal[4200];
		struct stat sb;
		snprintf(wal, sizeof wal, "%s-wal", path);
		file_uri(path, uri, sizeof uri, stat(wal, &sb) != 0 || sb.st_size == 0);
		flags |= SQLITE_OPEN_READONLY;
	} else if (mode == DB_CREATE || mode == DB_FILL) {
		flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	} else {
		/* DB_READONLY on a writable file too: opened read-write but
		 * query_only, so closing can tidy up the -wal and -shm files that
		 * a read-only connection would leave. */
		flags |= SQLITE_OPEN_READWRITE;
	}
	if (mode == DB_CREATE) {
		/* Created 0600 before SQLite opens it: children's data is private. */
		int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
		if (fd < 0) {
			st = gp_fail(e, GP_EIO, _("Kan %s niet aanmaken: %s."), path, strerror(errno));
			free(db);
			return st;
		}
		close(fd);
	}
	if (mode == DB_FILL) {
		/* its maker holds it exclusively already (partfile.h) */
		struct stat sb;
		if (stat(path, &sb) == 0) {
			db->dev = (unsigned long long)sb.st_dev;
			db->ino = (unsigned long long)sb.st_ino;
		}
	} else if (mode != DB_READONLY && (st = hold_file(db, e)) != GP_OK) {
		free(db);
		return st;
	}
	int rc = sqlite3_open_v2(uri, &db->h, flags, NULL);
	if (rc != SQLITE_OK) {
		st = db_error(db, rc, _("de database openen"), e);
		db_close(db);
		return st;
	}
	db->readonly = mode == DB_READONLY || sqlite3_db_readonly(db->h, "main") == 1;
	if (mode == DB_EXISTING && db->readonly) {
		db_close(db);
		return gp_fail(e, GP_EIO, _("%s is alleen-lezen: groeipad kan er niets in "
					    "opslaan. Controleer de bestandsrechten."), path);
	}
	st = configure(db, e);
	if (st == GP_OK && mode == DB_READONLY)
		sqlite3_exec(db->h, "PRAGMA query_only = 1", NULL, NULL, NULL);
	if (st == GP_OK && mode != DB_CREATE && mode != DB_FILL)
		st = check_ours(db, e);
	if (st == GP_OK)
		st = migrate(db, e);
	if (st != GP_OK) {
		db_close(db);
		return st;
	}
	*out = db;
	return GP_OK;
}

void db_close(struct db *db)
{
	if (!db)
		return;
	outbox_forget(db); /* the exchange's statements, built from the schema */
	for (int i = 0; i < db->ncache; i++)
		sqlite3_finalize(db->cache[i].stmt);
	if (db->h)
		sqlite3_close(db->h);
	/* only now: closing any descriptor of the file would drop SQLite's
	 * POSIX locks on it while the connection is open */
	if (db->lock_fd >= 0)
		close(db->lock_fd);
	free(db);
}

/* SQLite's defensive mode (configure()) refuses journal_mode = OFF without
 * a word: the pragma answers with the mode it kept.  A bulk fill is on a
 * private file that is thrown away on failure, so it is off for the fill
 * and the mode is read back, so a fill never runs in WAL unnoticed (which
 * wrote every page twice: 1.2 GB of WAL for the 100k demo). */
static void set_defensive(struct db *db, int on)
{
	sqlite3_db_config(db->h, SQLITE_DBCONFIG_DEFENSIVE, on, NULL);
}

/* What a bulk fill does without, dropped for it and made again by
 * db_bulk_rebuild() (their SQL kept in a temporary table):
 * - the triggers of the hub's capture (off: the file's first exchange
 *   sends everything) and the due cache's marks of a new contact or
 *   vaccination (the rebuild marks every cached entry stale instead);
 *   each costs a subprogram and a lookup per row;
 * - the secondary indexes of the history tables, which a fill writes out of
 *   their order (contacts_date by date across all children): made again
 *   from sorted rows, with full pages — faster, and 29 MB less at 100k.
 * The fill itself must not read those tables by those indexes.  The
 * indexes of their UNIQUE constraints cannot be dropped; SQLite leaves
 * their pages about 7/8 full as the fill appends to them, and the rebuild
 * makes them again from sorted rows too (REINDEX: 21 MB less at 100k). */
/* A bulk fill's page cache (KiB, as PRAGMA cache_size takes it negative):
 * set by db_bulk_begin, and again by db_bulk_rebuild after its sorts. */
#define BULK_CACHE_SIZE "-262144"

static const char bulk_schema_sql[] =
	"CREATE TEMP TABLE bulk_schema AS SELECT type, name, sql FROM main.sqlite_schema "
	"WHERE (type = 'trigger' AND (name GLOB '*_outbox_insert' "
	"OR name IN ('due_cache_contact_new', 'due_cache_vaccination_new'))) "
	"OR (type = 'index' AND sql IS NOT NULL "
	"AND tbl_name IN ('contacts', 'measurements', 'vaccinations'))";

/* Runs the statements `sql` selects, joined into one text first: a table or
 * index cannot be dropped while a statement still reads. */
static enum gp_status run_rows(struct db *db, const char *sql, struct gp_err *e)
{
	sqlite3_stmt *st;
	char *all = NULL;
	int rc = sqlite3_prepare_v2(db->h, sql, -1, &st, NULL);
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *t = sqlite3_column_text(st, 0);
		all = t ? sqlite3_mprintf("%s", (const char *)t) : NULL;
		rc = t && !all ? SQLITE_NOMEM : SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_OK && all)
		rc = sqlite3_exec(db->h, all, NULL, NULL, NULL);
	sqlite3_free(all);
	return rc == SQLITE_OK ? GP_OK : db_error(db, rc, _("de database vullen"), e);
}

static enum gp_status bulk_schema_off(struct db *db, struct gp_err *e)
{
	enum gp_status s = db_exec(db, bulk_schema_sql, e);
	return s == GP_OK ? run_rows(db, "SELECT group_concat(printf('DROP %s main.\"%w\"', type, name), "
				     "';') FROM temp.bulk_schema", e)
			  : s;
}

enum gp_status db_bulk_rebuild(struct db *db, struct gp_err *e)
{
	if (!db->bulk_dropped)
		return GP_OK;
	/* SQLite sorts an index's keys in memory up to the page cache's size:
	 * with the fill's 256 MB, one sort of millions of keys in a block that
	 * is page-faulted in first; with 8 MB, runs of 8 MB merged */
	enum gp_status s = db_exec(db, "PRAGMA cache_size = -8192", e);
	if (s == GP_OK)
		s = run_rows(db, "SELECT group_concat(sql, ';') FROM temp.bulk_schema", e);
	if (s == GP_OK)
		s = run_rows(db, "SELECT group_concat(printf('REINDEX main.\"%w\"', name), ';') "
				 "FROM main.sqlite_schema WHERE type = 'index' AND sql IS NULL AND "
				 "tbl_name IN ('contacts', 'measurements', 'vaccinations', "
				 "'contact_observations')", e);
	/* the search index in one go, instead of row by row; before the rest of
	 * the job, which reuses the pages its merges free.  FTS5 writes a
	 * segment each time its term hash reaches 'hashsize' (1 MB), and merges
	 * them; with room for all terms it writes them once, then the default
	 * is set back for the interface's small changes. */
	if (s == GP_OK)
		s = db_exec(db, "PRAGMA cache_size = " BULK_CACHE_SIZE "; DROP TABLE temp.bulk_schema; "
			    "UPDATE due_cache SET valid_until = '' WHERE valid_until <> ''; "
			    "DELETE FROM settings WHERE key = 'fts_deferred'; "
			    "INSERT INTO children_fts(children_fts, rank) VALUES ('hashsize', 268435456); "
			    "INSERT INTO children_fts(children_fts) VALUES ('rebuild'); "
			    "INSERT INTO children_fts(children_fts, rank) VALUES ('hashsize', 1048576)", e);
	if (s == GP_OK)
		db->bulk_dropped = 0;
	return s;
}

enum gp_status db_bulk_begin(struct db *db, struct gp_err *e)
{
	set_defensive(db, 0);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db->h, "PRAGMA journal_mode = OFF", -1, &st, NULL);
	int off = 0;
	if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const unsigned char *mode = sqlite3_column_text(st, 0);
		off = mode && strcmp((const char *)mode, "off") == 0;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_OK || !off) {
		set_defensive(db, 1);
		return rc != SQLITE_OK ? db_error(db, rc, _("de database vullen"), e)
				       : gp_fail(e, GP_EINTERNAL, _("De database kan niet zonder "
								   "journaal worden gevuld."));
	}
	enum gp_status s = db_exec(db, "PRAGMA synchronous = OFF; "
				       "PRAGMA cache_size = " BULK_CACHE_SIZE "; PRAGMA temp_store = MEMORY; "
				       "PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON; "
				       "INSERT INTO settings VALUES ('fts_deferred', '1'); "
				       "INSERT INTO settings VALUES ('sync_capture_off', '1')", e);
	if (s == GP_OK) /* after temp_store, which empties the temporary database */
		s = bulk_schema_off(db, e);
	if (s == GP_OK)
		db->bulk = db->bulk_dropped = 1;
	return s;
}

enum gp_status db_bulk_end(struct db *db, struct gp_err *e)
{
	db->bulk = 0;
	enum gp_status s = db_bulk_rebuild(db, e);
	if (s == GP_OK)
		s = db_exec(db, "DELETE FROM settings WHERE key = 'sync_capture_off'", e);
	if (s == GP_OK)
		s = db_exec(db, "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; "
				"PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF; "
				"PRAGMA synchronous = FULL; "
				"PRAGMA journal_mode = WAL", e);
	set_defensive(db, 1);
	return s;
}

/* Whether link(2) failed with err because the file system has no hard links:
 * FAT/exFAT sticks and some network shares.  ENOTSUP and EOPNOTSUPP are one
 * value on Linux, two on some other systems. */
static int no_hard_links(int err)
{
	if (err == EPERM || err == ENOTSUP || err == ENOSYS)
		return 1;
#if EOPNOTSUPP != ENOTSUP
	if (err == EOPNOTSUPP)
		return 1;
#endif
	return 0;
}

enum gp_status db_publish(const char *tmp, const char *path, struct gp_err *e)
{
	if (link(tmp, path) == 0)
		return GP_OK;
	int err = errno;
	struct stat sb;
	if (no_hard_links(err) && stat(path, &sb) != 0) {
		if (rename(tmp, path) == 0)
			return GP_OK;
		err = errno;
	}
	return gp_fail(e, GP_EIO, _("Kan %s niet aanmaken: %s."), path, strerror(err));
}

/* PRAGMA integrity_check on the finished copy: 1 when "ok". */
static int copy_is_whole(sqlite3 *dest)
{
	sqlite3_stmt *st;
	int whole = 0;
	if (sqlite3_prepare_v2(dest, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
		whole = sqlite3_step(st) == SQLITE_ROW && sqlite3_column_text(st, 0) &&
			strcmp((const char *)sqlite3_column_text(st, 0), "ok") == 0 &&
			sqlite3_step(st) == SQLITE_DONE;
		sqlite3_finalize(st);
	}
	return whole;
}

enum gp_status db_backup(struct db *db, const char *path, struct gp_err *e)
{
	char tmp[4200];
	int fd;
	enum gp_status s = partfile_create(path, "part", tmp, sizeof tmp, &fd, e);
	if (s != GP_OK)
		return s;
	sqlite3 *dest = NULL;
	int rc = sqlite3_open_v2(tmp, &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_backup *b = sqlite3_backup_init(dest, "main", db->h, "main");
		if (b) {
			/* Everything in one step, from one read snapshot: copied in
			 * pieces, every save by someone else would start it over (in
			 * WAL mode the writers are not held up meanwhile). */
			int tries = 0;
			do {
				rc = sqlite3_backup_step(b, -1);
				if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
					sqlite3_sleep(100);
			} while ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && ++tries < 100);
			sqlite3_backup_finish(b);
			if (rc == SQLITE_DONE)
				rc = sqlite3_errcode(dest);
		} else {
			rc = sqlite3_errcode(dest);
		}
	}
	if (rc != SQLITE_OK)
		s = (rc & 0xFF) == SQLITE_CORRUPT || (rc & 0xFF) == SQLITE_NOTADB
			    ? gp_fail(e, GP_ECORRUPT, _("De database is beschadigd (%s); er is geen "
							"reservekopie gemaakt. 'groeipad check' zegt "
							"meer."), sqlite3_errstr(rc))
			    : gp_fail(e, (rc & 0xFF) == SQLITE_BUSY ? GP_EBUSY : GP_EIO,
				      _("De reservekopie is mislukt: %s. Er is geen half bestand "
					"achtergebleven."),
				      dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
	else if (!copy_is_whole(dest))
		s = gp_fail(e, GP_ECORRUPT, _("De database is beschadigd: de kopie doorstaat de "
					      "controle niet, dus er is geen reservekopie gemaakt. "
					      "'groeipad check' zegt meer; zet zo nodig een eerdere "
					      "reservekopie terug."));
	sqlite3_close(dest);
	if (s == GP_OK)
		s = db_publish(tmp, path, e);
	partfile_close(tmp, fd);
	return s;
}
