/* db.h — the one SQLite file: opening it safely, migrations, prepared
 * statements, transactions, ids and timestamps.
 *
 * Every connection runs in WAL mode with synchronous=FULL, foreign keys on,
 * defensive mode and a busy timeout (docs/product.md §8).  The schema comes from the
 * numbered scripts in data/schema/, compiled into the binary and applied in
 * order under PRAGMA user_version, each in one transaction. */
#ifndef GP_DB_H
#define GP_DB_H

#include <stddef.h>

#include <sqlite3.h>

#include "date.h"
#include "err.h"
#include "rng.h"

enum db_mode {
	DB_EXISTING, /* the file must exist and be a groeipad database */
	DB_READONLY, /* as DB_EXISTING, but never written (check, export) */
	DB_CREATE,   /* the file must not exist yet; it is created */
	DB_FILL      /* an empty file made by partfile_create: it becomes a new database */
};

enum { DB_ID_LEN = 37, DB_ID_BYTES = 16, DB_TIME_LEN = 20, DB_CACHE_MAX = 256, DB_REASONS = 16 };

/* children.sort_no = db_sort_group(sort_key) << DB_SORT_NO_BITS | n: the
 * first DB_SORT_GROUP_CHARS bytes of the sort key at 5 bits each, in sort
 * order (see db.c), then a number among the children sharing them
 * (migration 004, src/search.c).  45 + 18 bits: a positive 64-bit integer;
 * 262,144 children per group (when one is full, a save into it is refused:
 * NEXT_SORT_NO gives NULL).  NEXT_SORT_NO and migration 004 spell these
 * numbers out. */
enum { DB_SORT_GROUP_CHARS = 9, DB_SORT_NO_BITS = 18 };

/* "GROE": PRAGMA application_id of every groeipad file. */
#define GP_APPLICATION_ID 0x47524F45

struct db_cached_stmt {
	const char *sql;    /* the statement text; its address is the key */
	sqlite3_stmt *stmt; /* prepared once, reset before each use */
};

struct db {
	sqlite3 *h;                    /* the connection */
	char path[4096];               /* the file, as given */
	int readonly;                  /* opened with DB_READONLY or file not writable */
	int depth;                     /* db_begin nesting: only the outermost commits */
	int bulk;                      /* inside db_bulk_begin/db_bulk_end */
	int bulk_dropped;              /* db_bulk_rebuild has work to do */
	struct db_cached_stmt cache[DB_CACHE_MAX]; /* named statements, prepared once */
	int ncache;                    /* entries used in cache */
	struct rng *idrng;             /* deterministic ids (demo) or NULL: random */
	long long id_ms;               /* with idrng: the millisecond clock for ids */
	char fixed_now[DB_TIME_LEN];   /* when set: the time stamped on records */
	char actor_id[DB_ID_LEN];      /* the logged-in account: created_by/updated_by */
	char actor_seq_of[DB_ID_LEN];  /* the actor_id whose row number actor_seq is */
	sqlite3_int64 actor_seq;       /* see db_actor_seq */
	char actor_name[64];           /* its username, for the audit log */
	char actor_role[32];           /* its role (src/perm.h); "" nobody logged in */
	int actor_must_change;         /* it must change its password before anything else */
	char reasons[DB_REASONS][DB_ID_LEN]; /* beheerder: dossiers opened with a logged
						reason this session (perm.c) */
	int nreasons;                  /* entries used in reasons (oldest replaced) */
	char workstation[64];          /* host name, for the audit log */
	int lock_fd;                   /* the file, held with a shared flock while open:
					  a job that replaces a file takes it exclusively */
	unsigned long long dev, ino;   /* the file's identity when opened, to see it replaced */
};

/* Opens (or with DB_CREATE creates) path and brings the schema up to date.
 * On failure *out is NULL and e says why in words. */
enum gp_status db_open(struct db **out, const char *path, enum db_mode mode, struct gp_err *e);
void db_close(struct db *db);

/* The checks db_open makes before creating path (not there yet, its folder
 * exists and is writable), with the same sentences. */
enum gp_status db_check_new_path(const char *path, struct gp_err *e);

/* The cached prepared statement for `sql` (a string literal or other static
 * text: its address is the cache key), reset and with bindings cleared.
 * NULL on failure with e set. */
sqlite3_stmt *db_stmt(struct db *db, const char *sql, struct gp_err *e);

/* Runs SQL without results (no bindings). */
enum gp_status db_exec(struct db *db, const char *sql, struct gp_err *e);

/* BEGIN IMMEDIATE / COMMIT / ROLLBACK.  They nest: inside an open
 * transaction db_begin and db_commit only count, so a bulk job (demo,
 * import) can wrap many saves in one transaction.  db_rollback undoes the
 * whole outermost transaction and never fails visibly.  The outermost
 * commit first makes sure the file is still the one opened (not replaced,
 * moved or removed meanwhile); if not, nothing is saved and e says so. */
enum gp_status db_begin(struct db *db, struct gp_err *e);
enum gp_status db_commit(struct db *db, struct gp_err *e);
void db_rollback(struct db *db);

/* Turns an SQLite result code into a sentence in e; `what` names the action
 * ("het kind opslaan").  Returns the matching status. */
enum gp_status db_error(struct db *db, int rc, const char *what, struct gp_err *e);

/* Ids and timestamps: the C side keeps ids as text UUIDs (36 characters) and
 * timestamps as local "YYYY-MM-DDTHH:MM:SS"; the file keeps ids as 16-byte
 * BLOBs and timestamps as seconds since 1970 UTC (migration 004).  These
 * convert at the binding layer.  Foreign keys are row numbers (seq): bind a
 * referenced record's id inside a subquery, "(SELECT seq FROM children WHERE
 * id = ?)", and read it back the same way. */
int db_bind_id(sqlite3_stmt *st, int i, const char *id);     /* NULL for "" */
void db_col_id(sqlite3_stmt *st, int i, char *out);          /* "" for NULL; DB_ID_LEN */
int db_bind_time(sqlite3_stmt *st, int i, const char *text); /* NULL when not a time */
void db_col_time(sqlite3_stmt *st, int i, char *out);        /* "" for NULL; DB_TIME_LEN */
/* The 16 bytes of a text UUID (0) or -1; and back (out: DB_ID_LEN). */
int db_id_parse(const char *text, unsigned char out[DB_ID_BYTES]);
void db_id_format(const unsigned char b[DB_ID_BYTES], char *out);
/* Local "YYYY-MM-DDTHH:MM:SS" to seconds since 1970 UTC (-1 when malformed),
 * and back (out: DB_TIME_LEN). */
long long db_time_parse(const char *text);
void db_time_format(long long t, char *out);
/* The sort group of a sort key (see DB_SORT_GROUP_BYTES). */
long long db_sort_group(const char *sort_key);

/* SQL text for the row number of the record whose id is parameter n, and
 * for the id of the record with row number `col` (foreign keys). */
#define DB_SEQ(table, n) "(SELECT seq FROM " table " WHERE id = ?" #n ")"
#define DB_ID(table, col) "(SELECT id FROM " table " WHERE seq = " col ")"
#define ACTOR_SEQ(n) DB_SEQ("accounts", n)
#define ORG_SEQ(n) DB_SEQ("organisations", n)
#define CHILD_SEQ(n) DB_SEQ("children", n)
#define CONTACT_SEQ(n) DB_SEQ("contacts", n)
/* The number `sql` (static text, as for db_stmt) selects for the record
 * whose id is `id` (?1): its row number by DB_SEQ(table, 1), or another
 * number column of it; 0 when there is none.  For a job that writes many
 * rows referring to one record: looked up once, bound as a number
 * (db_bind_seq), instead of a subquery in every row. */
enum gp_status db_seq(struct db *db, const char *sql, const char *id, sqlite3_int64 *out,
		      struct gp_err *e);
/* The acting account's row number (db->actor_id), 0 when none: looked up
 * once per account, for created_by/updated_by. */
enum gp_status db_actor_seq(struct db *db, sqlite3_int64 *out, struct gp_err *e);
int db_bind_seq(sqlite3_stmt *st, int i, sqlite3_int64 seq); /* NULL for 0 */

/* SQL text for a free sort_no in the sort group that is parameter n. */
#define NEXT_SORT_NO(n)                                                               \
	"(SELECT CASE WHEN max(sort_no) IS NULL THEN ?" #n " << 18 "                    \
	"WHEN max(sort_no) < (?" #n " << 18) + 262143 THEN max(sort_no) + 1 END "       \
	"FROM children WHERE sort_no BETWEEN ?" #n " << 18 AND (?" #n " << 18) + 262143)"

/* A new UUIDv7 in text form (36 characters + NUL). */
void db_new_id(struct db *db, char *out);

/* The time to stamp on a record, "YYYY-MM-DDTHH:MM:SS". */
void db_now(struct db *db, char *out);

/* Settings: small key/value facts about this database (demo marker, its own id). */
enum gp_status db_setting_get(struct db *db, const char *key, char *out, size_t outsz,
			      struct gp_err *e);
enum gp_status db_setting_set(struct db *db, const char *key, const char *value,
			      struct gp_err *e);
/* 1 when the database is a DEMO database. */
int db_is_demo(struct db *db);

/* Gives the finished file tmp its final name path without ever replacing
 * an existing file (a hard link, or a rename where the file system has no
 * links).  The caller unlinks tmp afterwards. */
enum gp_status db_publish(const char *tmp, const char *path, struct gp_err *e);

/* Fast filling of a database nobody else can see yet (demo, and the
 * temporary file of an import): no journal, no syncs, a large cache, no
 * per-row foreign-key and CHECK checks (the job makes consistent rows;
 * `groeipad check` verifies them), the search index built once at the end,
 * and per-record audit entries left out — the job writes one summary entry
 * itself; nothing is captured for the hub (the file's first exchange sends
 * everything, docs/sync.md).  A failure in between leaves the file
 * unusable, so use this only on a file that is thrown away on failure.
 * Triggers that would do nothing and the history tables' secondary indexes
 * are dropped for the fill (db.c says which) and made again by
 * db_bulk_rebuild(), which the job calls once its children and their
 * history are in and before it reads them (db_bulk_end calls it if the job
 * did not); it also builds the search index and marks every due cache entry
 * stale.  db_bulk_end restores WAL, synchronous=FULL and defensive mode. */
enum gp_status db_bulk_begin(struct db *db, struct gp_err *e);
enum gp_status db_bulk_rebuild(struct db *db, struct gp_err *e);
enum gp_status db_bulk_end(struct db *db, struct gp_err *e);

/* Copies the database to `path` (which must not exist) with SQLite's online
 * backup API, in one step from one snapshot, so others may keep working and
 * saving meanwhile without making the copy start over; the copy is mode
 * 0600, checked with PRAGMA integrity_check, and appears only when complete
 * and whole (a damaged database gives GP_ECORRUPT and no file). */
enum gp_status db_backup(struct db *db, const char *path, struct gp_err *e);

/* Binds text or NULL when s is NULL or empty. */
int db_bind_text_or_null(sqlite3_stmt *st, int i, const char *s);
/* Copies column i as text ("" for NULL) into out. */
void db_col_text(sqlite3_stmt *st, int i, char *out, size_t outsz);

/* Runs the named statement `sql` with the parameters `params` (a
 * NULL-terminated list of texts; a UUID among them is bound as an id, a
 * 16-byte BLOB) and reads every row with read() into a malloc'ed
 * array of `size`-byte elements: *out (free() it) and *n.  On failure *out
 * is NULL, *n is 0 and e says why. */
enum gp_status db_read_rows(struct db *db, const char *sql, const char *const *params,
			    size_t size, void (*read)(sqlite3_stmt *st, void *row), void **out,
			    int *n, struct gp_err *e);

/* Binds a date as 'YYYY-MM-DD', or NULL when d.y == 0 (no date). */
int db_bind_date_or_null(sqlite3_stmt *st, int i, struct gp_date d);
/* Binds v, or NULL when v is 0 (unknown). */
int db_bind_int_or_null(sqlite3_stmt *st, int i, int v);
/* Reads column i as a 'YYYY-MM-DD' date; {0, 0, 0} for NULL or a bad value. */
void db_col_date(sqlite3_stmt *st, int i, struct gp_date *d);

#endif
