/* bds.c — see bds.h.  Reading the database for BDS JSON (one child, or
 * every child through three cursors), writing a record with jansson, and
 * reading one back. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "bds.h"
#include "i18n.h"
#include "text.h"

/* BDS element numbers used here. */
enum {
	BDS_PREFIX = 1, BDS_FAMILY = 2, BDS_CALL = 5, BDS_GIVEN = 6, BDS_BSN = 7,
	BDS_POSTCODE = 16, BDS_SEX = 19, BDS_BIRTH = 20, BDS_RELATION = 62,
	BDS_PARENT_BIRTH = 63, BDS_GA = 82, BDS_BW = 110, BDS_LENGTH = 235,
	BDS_HEIGHT_MOTHER = 238, BDS_HEIGHT_FATHER = 240, BDS_WEIGHT = 245, BDS_HEAD = 252
};

/* BDS 62: groeipad's relations (the words of data/codes/relatie.tsv) and
 * the codes bdsreader reads (R/convert_checked_list_3.R: "01" is the
 * father, "02" the mother; its schema allows 01–08 and 98) — the `bds`
 * column of relatie.tsv, which this table follows (test_bds checks both
 * agree).  Other carers are written as 98 "anders": bdsreader uses only the
 * biological parents, and what 03–08 mean is in no public source.  The
 * first row for a BDS code is the one read back. */
static const struct {
	const char *ours; /* relatie.tsv code */
	const char *bds;  /* nestingCode as bdsreader reads it */
	int bio;          /* 1 biological mother (238), 2 biological father (240) */
} RELATIONS[] = {
	{"vader", "01", 2},
	{"moeder", "02", 1},
	{"anders", "98", 0},
	{"duomoeder", "98", 0}, {"adoptiemoeder", "98", 0}, {"adoptievader", "98", 0},
	{"pleegmoeder", "98", 0}, {"pleegvader", "98", 0}, {"stiefmoeder", "98", 0},
	{"stiefvader", "98", 0}, {"voogd", "98", 0}, {"voogd_gi", "98", 0},
};

enum { NRELATIONS = sizeof RELATIONS / sizeof *RELATIONS };

const char *bds_relation_out(const char *ours)
{
	for (int i = 0; i < NRELATIONS; i++)
		if (strcmp(RELATIONS[i].ours, ours) == 0)
			return RELATIONS[i].bds;
	return NULL;
}

const char *bds_relation_in(const char *bds)
{
	static const char *const allowed[] = {"01", "02", "03", "04", "05", "06", "07", "08",
					      "98"};
	for (int i = 0; i < NRELATIONS; i++)
		if (strcmp(RELATIONS[i].bds, bds) == 0)
			return RELATIONS[i].ours;
	for (size_t i = 0; i < sizeof allowed / sizeof *allowed; i++)
		if (strcmp(allowed[i], bds) == 0)
			return "anders";
	return NULL;
}

int bds_relation_biological(const char *ours)
{
	for (int i = 0; i < NRELATIONS; i++)
		if (strcmp(RELATIONS[i].ours, ours) == 0)
			return RELATIONS[i].bio;
	return 0;
}

const char *bds_relation_of_biological(int bio)
{
	for (int i = 0; i < NRELATIONS; i++)
		if (RELATIONS[i].bio == bio && bio)
			return RELATIONS[i].ours;
	return "";
}

const char *bds_format_name(enum bds_format f)
{
	return f == BDS_V31 ? "3.1" : "3.0";
}

int bds_format_parse(const char *s, enum bds_format *out)
{
	if (strcmp(s, "3.0") == 0 || strcmp(s, "3") == 0)
		*out = BDS_V30;
	else if (strcmp(s, "3.1") == 0)
		*out = BDS_V31;
	else
		return -1;
	return 0;
}

void bds_record_free(struct bds_record *r)
{
	free(r->meas);
	r->meas = NULL;
	r->nmeas = 0;
}

/* ---- reading the database ---------------------------------------------------- */

/* Columns of a child row (statement column 0 is the id). */
#define BDS_CHILD_COLS                                                                   \
	"id, coalesce(bsn, ''), given_names, coalesce(call_name, ''), "                  \
	"coalesce(tussenvoegsel, ''), family_name, sex, birth_date, "                    \
	"coalesce(gestational_age_days, 0), coalesce(birth_weight_g, 0), "               \
	"coalesce(postcode, ''), client_no, coalesce(postcode_area, ''), seq "
#define BDS_PARENT_COLS                                                                  \
	"cp.child_seq, cp.relation, coalesce(p.birth_date, ''), coalesce(p.height_mm, 0), " \
	"p.given_names, coalesce(p.tussenvoegsel, ''), p.family_name, p.sex, p.id "
#define BDS_MEAS_COLS                                                                    \
	"child_seq, measured_on, coalesce(length_mm, 0), coalesce(weight_g, 0), "          \
	"coalesce(head_mm, 0) "

static void read_child_row(sqlite3_stmt *st, struct bds_record *r)
{
	struct child *c = &r->child;
	db_col_id(st, 0, c->id);
	db_col_text(st, 1, c->bsn, sizeof c->bsn);
	db_col_text(st, 2, c->given_names, sizeof c->given_names);
	db_col_text(st, 3, c->call_name, sizeof c->call_name);
	db_col_text(st, 4, c->tussenvoegsel, sizeof c->tussenvoegsel);
	db_col_text(st, 5, c->family_name, sizeof c->family_name);
	c->sex = sqlite3_column_int(st, 6);
	db_col_date(st, 7, &c->birth_date);
	c->gestational_age_days = sqlite3_column_int(st, 8);
	c->birth_weight_g = sqlite3_column_int(st, 9);
	db_col_text(st, 10, c->postcode, sizeof c->postcode);
	c->client_no = sqlite3_column_int64(st, 11);
	db_col_text(st, 12, c->postcode_area, sizeof c->postcode_area);
	r->has_sex = 1;
	text_copy(r->reference, sizeof r->reference, c->id);
}

/* Adds the parent in the current row of st to r. */
static void add_parent_row(sqlite3_stmt *st, struct bds_record *r)
{
	if (r->nparents == BDS_MAX_PARENTS)
		return;
	struct family_member *m = &r->parents[r->nparents];
	memset(m, 0, sizeof *m);
	db_col_text(st, 1, m->relation, sizeof m->relation);
	db_col_date(st, 2, &m->parent.birth_date);
	m->parent.height_mm = sqlite3_column_int(st, 3);
	db_col_text(st, 4, m->parent.given_names, sizeof m->parent.given_names);
	db_col_text(st, 5, m->parent.tussenvoegsel, sizeof m->parent.tussenvoegsel);
	db_col_text(st, 6, m->parent.family_name, sizeof m->parent.family_name);
	m->parent.sex = sqlite3_column_int(st, 7);
	db_col_id(st, 8, m->parent.id);
	const char *code = bds_relation_out(m->relation);
	if (!code)
		return; /* a relation we cannot express: left out */
	text_copy(r->parent_bds_code[r->nparents], sizeof r->parent_bds_code[0], code);
	int bio = bds_relation_biological(m->relation);
	if (bio == 1 && !r->height_mother_mm)
		r->height_mother_mm = m->parent.height_mm;
	if (bio == 2 && !r->height_father_mm)
		r->height_father_mm = m->parent.height_mm;
	r->nparents++;
}

/* Adds the measurement in the current row of st to r (growing r->meas). */
static int add_meas_row(sqlite3_stmt *st, struct bds_record *r, int *cap)
{
	if (r->nmeas == *cap) {
		int ncap = *cap ? *cap * 2 : 32;
		struct measurement *m = realloc(r->meas, (size_t)ncap * sizeof *m);
		if (!m)
			return -1;
		r->meas = m;
		*cap = ncap;
	}
	struct measurement *m = &r->meas[r->nmeas++];
	memset(m, 0, sizeof *m);
	db_col_date(st, 1, &m->measured_on);
	m->length_mm = sqlite3_column_int(st, 2);
	m->weight_g = sqlite3_column_int(st, 3);
	m->head_mm = sqlite3_column_int(st, 4);
	return 0;
}

/* Empties r for the next child, keeping its measurement array; only what
 * a child row and its parents fill is cleared (the record is large). */
static void record_reset(struct bds_record *r)
{
	memset(&r->child, 0, sizeof r->child);
	r->reference[0] = r->format[0] = r->pc4[0] = r->ignored[0] = '\0';
	r->has_sex = r->nparents = r->nmeas = 0;
	r->height_mother_mm = r->height_father_mm = 0;
}

enum gp_status bds_record_load(struct db *db, const struct child *c, struct bds_record *out,
			       struct gp_err *e)
{
	static const char child_sql[] = "SELECT " BDS_CHILD_COLS "FROM children WHERE id = ?1";
	static const char parent_sql[] =
		"SELECT " BDS_PARENT_COLS "FROM child_parents cp JOIN parents p ON p.seq = "
		"cp.parent_seq WHERE cp.child_seq = " CHILD_SEQ(1) " ORDER BY cp.parent_seq";
	static const char meas_sql[] = "SELECT " BDS_MEAS_COLS "FROM measurements WHERE child_seq = "
		CHILD_SEQ(1) " ORDER BY measured_on";
	memset(out, 0, sizeof *out);
	sqlite3_stmt *st = db_stmt(db, child_sql, e);
	if (!st)
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, c->id);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_child_row(st, out);
	sqlite3_reset(st);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? gp_fail(e, GP_ENOTFOUND, _("Dit kind bestaat niet (meer)."))
					 : db_error(db, rc, _("het kind lezen"), e);
	if (!(st = db_stmt(db, parent_sql, e)))
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, c->id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add_parent_row(st, out);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return db_error(db, rc, _("de ouders lezen"), e);
	if (!(st = db_stmt(db, meas_sql, e)))
		return e ? e->code : GP_EINTERNAL;
	db_bind_id(st, 1, c->id);
	int cap = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		if (add_meas_row(st, out, &cap) != 0) {
			sqlite3_reset(st);
			bds_record_free(out);
			return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
		}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		bds_record_free(out);
		return db_error(db, rc, _("de metingen lezen"), e);
	}
	return GP_OK;
}

/* ---- every child, three cursors side by side ---------------------------------- */

struct bds_stream {
	struct db *db;
	sqlite3_stmt *children, *parents, *meas; /* prepared for this walk only */
	int parents_rc, meas_rc;                 /* last step of each: ROW or DONE */
	struct bds_record rec;                   /* the current record */
	int cap;                                 /* allocated entries of rec.meas */
};

static enum gp_status prepare(struct db *db, const char *sql, sqlite3_stmt **st,
			      struct gp_err *e)
{
	int rc = sqlite3_prepare_v2(db->h, sql, -1, st, NULL);
	return rc == SQLITE_OK ? GP_OK : db_error(db, rc, _("de kinderen lezen"), e);
}

enum gp_status bds_stream_open(struct db *db, int active_only, struct bds_stream **out,
			       struct gp_err *e)
{
	/* Each walk is ordered by the child's row number so the three can be
	 * merged; the table itself, the unique index on child_parents(child_seq,
	 * parent_seq) and measurements(child_seq, measured_on) give that order
	 * without sorting (one child's parents come in the order bds_record_load
	 * reads them). */
	static const char child_sql[] =
		"SELECT " BDS_CHILD_COLS "FROM children WHERE ?1 = 0 OR status = 'actief' "
		"ORDER BY seq";
	static const char parent_sql[] =
		"SELECT " BDS_PARENT_COLS "FROM child_parents cp JOIN parents p ON p.seq = "
		"cp.parent_seq ORDER BY cp.child_seq, cp.parent_seq";
	static const char meas_sql[] =
		"SELECT " BDS_MEAS_COLS "FROM measurements ORDER BY child_seq, measured_on";
	struct bds_stream *s = calloc(1, sizeof *s);
	*out = NULL;
	if (!s)
		return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
	s->db = db;
	enum gp_status st = prepare(db, child_sql, &s->children, e);
	if (st == GP_OK)
		st = prepare(db, parent_sql, &s->parents, e);
	if (st == GP_OK)
		st = prepare(db, meas_sql, &s->meas, e);
	if (st != GP_OK) {
		bds_stream_close(s);
		return st;
	}
	sqlite3_bind_int(s->children, 1, active_only);
	s->parents_rc = sqlite3_step(s->parents);
	s->meas_rc = sqlite3_step(s->meas);
	*out = s;
	return GP_OK;
}

/* Compares the child's row number in column 0 of st with seq. */
static int cmp_seq(sqlite3_stmt *st, long long seq)
{
	long long v = sqlite3_column_int64(st, 0);
	return v < seq ? -1 : v > seq;
}

int bds_stream_next(struct bds_stream *s, const struct bds_record **rec, struct gp_err *e)
{
	int rc = sqlite3_step(s->children);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW) {
		db_error(s->db, rc, _("de kinderen lezen"), e);
		return -1;
	}
	record_reset(&s->rec);
	read_child_row(s->children, &s->rec);
	long long seq = sqlite3_column_int64(s->children, 13);
	/* rows of children not walked (not active) are passed over */
	while (s->parents_rc == SQLITE_ROW && cmp_seq(s->parents, seq) < 0)
		s->parents_rc = sqlite3_step(s->parents);
	while (s->parents_rc == SQLITE_ROW && cmp_seq(s->parents, seq) == 0) {
		add_parent_row(s->parents, &s->rec);
		s->parents_rc = sqlite3_step(s->parents);
	}
	while (s->meas_rc == SQLITE_ROW && cmp_seq(s->meas, seq) < 0)
		s->meas_rc = sqlite3_step(s->meas);
	while (s->meas_rc == SQLITE_ROW && cmp_seq(s->meas, seq) == 0) {
		if (add_meas_row(s->meas, &s->rec, &s->cap) != 0) {
			gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
			return -1;
		}
		s->meas_rc = sqlite3_step(s->meas);
	}
	if ((s->parents_rc != SQLITE_ROW && s->parents_rc != SQLITE_DONE) ||
	    (s->meas_rc != SQLITE_ROW && s->meas_rc != SQLITE_DONE)) {
		db_error(s->db, s->parents_rc != SQLITE_ROW && s->parents_rc != SQLITE_DONE
				? s->parents_rc : s->meas_rc, _("de kinderen lezen"), e);
		return -1;
	}
	*rec = &s->rec;
	return 1;
}

void bds_stream_close(struct bds_stream *s)
{
	if (!s)
		return;
	sqlite3_finalize(s->children);
	sqlite3_finalize(s->parents);
	sqlite3_finalize(s->meas);
	free(s->rec.meas);
	free(s);
}

/* ---- writing JSON ------------------------------------------------------------- */

/* Written straight into a buffer in one fixed layout: building jansson
 * objects and dumping them cost five times more per child than the whole
 * rest of `export all`, and its budget is 10,000 children a second
 * (docs/product.md §10).  Strings are escaped as RFC 8259 says; text that is not
 * UTF-8 becomes U+FFFD, so a damaged value never breaks the document. */

static void put(struct bds_text *b, const char *s, size_t n)
{
	if (b->failed)
		return;
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (b->len + n + 1 > cap)
			cap *= 2;
		char *p = realloc(b->s, cap);
		if (!p) {
			b->failed = 1;
			return;
		}
		b->s = p;
		b->cap = cap;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void put_lit(struct bds_text *b, const char *s)
{
	put(b, s, strlen(s));
}

static void put_int(struct bds_text *b, long long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long long u = v < 0 ? (unsigned long long)(-(v + 1)) + 1 : (unsigned long long)v;
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		*--p = '-';
	put(b, p, (size_t)(buf + sizeof buf - p));
}

static void put_str(struct bds_text *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";
	size_t n = strlen(s);
	put(b, "\"", 1);
	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			char esc[2] = {'\\', (char)c};
			put(b, esc, 2);
			i++;
		} else if (c < 0x20) {
			char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
			put(b, esc, 6);
			i++;
		} else if (c < 0x80) {
			size_t run = i;
			while (run < n && (unsigned char)s[run] >= 0x20 && (unsigned char)s[run] < 0x80 &&
			       s[run] != '"' && s[run] != '\\')
				run++;
			put(b, s + i, run - i);
			i = run;
		} else {
			uint32_t cp;
			int k = utf8_decode(s + i, n - i, &cp);
			if (k == 0) {
				put(b, "\xEF\xBF\xBD", 3);
				i++;
			} else {
				put(b, s + i, (size_t)k);
				i += (size_t)k;
			}
		}
	}
	put(b, "\"", 1);
}

/* "YYYYMMDD" (by hand: this runs for every value of every child). */
static void ymd(struct gp_date d, char out[9])
{
	const unsigned v[3] = {(unsigned)d.y % 10000u, (unsigned)d.m % 100u, (unsigned)d.d % 100u};
	out[0] = (char)('0' + v[0] / 1000), out[1] = (char)('0' + v[0] / 100 % 10);
	out[2] = (char)('0' + v[0] / 10 % 10), out[3] = (char)('0' + v[0] % 10);
	out[4] = (char)('0' + v[1] / 10), out[5] = (char)('0' + v[1] % 10);
	out[6] = (char)('0' + v[2] / 10), out[7] = (char)('0' + v[2] % 10);
	out[8] = '\0';
}

/* One {"bdsNumber": n, "value": …} of a clientDetails list; *first says
 * whether a comma is owed. */
static void detail_open(struct bds_text *b, int *first, int n)
{
	put_lit(b, *first ? "{\"bdsNumber\":" : ",{\"bdsNumber\":");
	*first = 0;
	put_int(b, n);
	put_lit(b, ",\"value\":");
}

static void detail_str(struct bds_text *b, int *first, int n, const char *s)
{
	if (!s || !*s)
		return;
	detail_open(b, first, n);
	put_str(b, s);
	put_lit(b, "}");
}

static void detail_date(struct bds_text *b, int *first, int n, struct gp_date d)
{
	char buf[9];
	if (d.y == 0)
		return;
	ymd(d, buf);
	detail_str(b, first, n, buf);
}

static void detail_int(struct bds_text *b, int *first, int n, long long v)
{
	if (v <= 0)
		return;
	detail_open(b, first, n);
	put_int(b, v);
	put_lit(b, "}");
}

/* The PC4 of a record: from the full postcode, else as read. */
static void pc4_of(const struct bds_record *r, char out[5])
{
	out[0] = '\0';
	if (strlen(r->child.postcode) >= 4 && isdigit((unsigned char)r->child.postcode[0]))
		snprintf(out, 5, "%.4s", r->child.postcode);
	else if (r->child.postcode_area[0])
		snprintf(out, 5, "%s", r->child.postcode_area);
	else if (r->pc4[0])
		snprintf(out, 5, "%s", r->pc4);
}

/* One clientMeasurements entry for an element, or nothing without values. */
static void measurements(struct bds_text *b, int *first, const struct bds_record *r, int n)
{
	int any = 0;
	for (int i = 0; i < r->nmeas; i++) {
		const struct measurement *m = &r->meas[i];
		int v = n == BDS_LENGTH ? m->length_mm : n == BDS_WEIGHT ? m->weight_g : m->head_mm;
		if (v <= 0 || m->measured_on.y == 0)
			continue;
		if (!any) {
			put_lit(b, *first ? "{\"bdsNumber\":" : ",{\"bdsNumber\":");
			*first = 0;
			put_int(b, n);
			put_lit(b, ",\"values\":[");
		}
		char date[9];
		ymd(m->measured_on, date);
		put_lit(b, any ? ",{\"date\":\"" : "{\"date\":\"");
		put(b, date, 8);
		put_lit(b, "\",\"value\":");
		put_int(b, v);
		put_lit(b, "}");
		any = 1;
	}
	if (any)
		put_lit(b, "]}");
}

int bds_record_text(const struct bds_record *r, enum bds_format f, int identity,
		    struct bds_text *b)
{
	const struct child *c = &r->child;
	b->len = 0;
	b->failed = 0;
	put_lit(b, "{\"Format\":\"");
	put_lit(b, bds_format_name(f));
	put_lit(b, "\"");
	if (r->reference[0]) {
		put_lit(b, ",\"reference\":");
		put_str(b, r->reference);
	}
	put_lit(b, ",\"clientDetails\":[");
	int first = 1;
	if (identity) {
		detail_str(b, &first, BDS_BSN, c->bsn);
		detail_str(b, &first, BDS_GIVEN, c->given_names);
		detail_str(b, &first, BDS_CALL, c->call_name);
		detail_str(b, &first, BDS_PREFIX, c->tussenvoegsel);
		detail_str(b, &first, BDS_FAMILY, c->family_name);
	}
	char pc4[5];
	pc4_of(r, pc4);
	detail_str(b, &first, BDS_POSTCODE, pc4);
	static const char *const SEX[] = {"0", "1", "2", "3"}; /* BDS 19 as a string */
	detail_str(b, &first, BDS_SEX, SEX[c->sex >= 0 && c->sex <= 3 ? c->sex : 0]);
	detail_date(b, &first, BDS_BIRTH, c->birth_date);
	detail_int(b, &first, BDS_GA, c->gestational_age_days);
	detail_int(b, &first, BDS_BW, c->birth_weight_g);
	detail_int(b, &first, BDS_HEIGHT_MOTHER, r->height_mother_mm);
	detail_int(b, &first, BDS_HEIGHT_FATHER, r->height_father_mm);
	put_lit(b, "],\"clientMeasurements\":[");
	first = 1;
	measurements(b, &first, r, BDS_LENGTH);
	measurements(b, &first, r, BDS_WEIGHT);
	measurements(b, &first, r, BDS_HEAD);
	put_lit(b, "],\"nestedDetails\":[");
	for (int i = 0; i < r->nparents; i++) {
		const struct parent *p = &r->parents[i].parent;
		put_lit(b, i ? ",{\"nestingBdsNumber\":" : "{\"nestingBdsNumber\":");
		put_int(b, BDS_RELATION);
		put_lit(b, ",\"nestingCode\":");
		put_str(b, r->parent_bds_code[i]);
		put_lit(b, ",\"clientDetails\":[");
		int pfirst = 1;
		detail_date(b, &pfirst, BDS_PARENT_BIRTH, p->birth_date);
		if (identity) {
			detail_str(b, &pfirst, BDS_GIVEN, p->given_names);
			detail_str(b, &pfirst, BDS_PREFIX, p->tussenvoegsel);
			detail_str(b, &pfirst, BDS_FAMILY, p->family_name);
		}
		put_lit(b, "]}");
	}
	put_lit(b, "]}");
	return b->failed ? -1 : 0;
}

void bds_text_free(struct bds_text *b)
{
	free(b->s);
	memset(b, 0, sizeof *b);
}

/* ---- reading JSON ----------------------------------------------------------------- */

/* Adds n to the list of elements not kept ("91, 471"), once. */
static void note_ignored(struct bds_record *r, long long n)
{
	char num[24];
	snprintf(num, sizeof num, "%lld", n);
	const char *p = r->ignored;
	size_t len = strlen(num);
	while ((p = strstr(p, num)) != NULL) {
		if ((p == r->ignored || p[-1] == ' ') && (p[len] == ',' || p[len] == '\0'))
			return;
		p += len;
	}
	size_t used = strlen(r->ignored);
	if (used + len + 3 < sizeof r->ignored)
		snprintf(r->ignored + used, sizeof r->ignored - used, "%s%s", used ? ", " : "", num);
}

/* The text of a value that must be a string. */
static enum gp_status want_string(json_t *v, long long n, const char **out, struct gp_err *e)
{
	*out = "";
	if (!json_is_string(v))
		return gp_fail(e, GP_EINPUT, _("BDS %lld: de waarde moet tekst zijn (tussen "
					       "aanhalingstekens)."), n);
	*out = json_string_value(v);
	return GP_OK;
}

/* A whole number, given as a number or as text of digits. */
static enum gp_status want_int(json_t *v, long long n, long long lo, long long hi,
			       long long *out, struct gp_err *e)
{
	*out = 0;
	double d = json_is_real(v) ? json_real_value(v) : 0.5;
	if (json_is_integer(v)) {
		*out = json_integer_value(v);
	} else if (json_is_real(v) && d > -1e15 && d < 1e15 && d == (double)(long long)d) {
		*out = (long long)d;
	} else if (json_is_string(v) && *json_string_value(v)) {
		char *end;
		*out = strtoll(json_string_value(v), &end, 10);
		if (*end)
			return gp_fail(e, GP_EINPUT, _("BDS %lld: '%s' is geen geheel getal."), n,
				       json_string_value(v));
	} else {
		return gp_fail(e, GP_EINPUT, _("BDS %lld: de waarde moet een geheel getal zijn."), n);
	}
	if (*out < lo || *out > hi)
		return gp_fail(e, GP_EINPUT, _("BDS %lld: %lld ligt buiten %lld–%lld."), n, *out, lo,
			       hi);
	return GP_OK;
}

/* A date written YYYYMMDD. */
static enum gp_status want_date(json_t *v, long long n, struct gp_date *out, struct gp_err *e)
{
	const char *s;
	*out = (struct gp_date){0, 0, 0};
	enum gp_status st = want_string(v, n, &s, e);
	if (st != GP_OK)
		return st;
	int ok = strlen(s) == 8;
	for (int i = 0; ok && i < 8; i++)
		ok = isdigit((unsigned char)s[i]);
	if (ok) {
		out->y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
		out->m = (s[4] - '0') * 10 + (s[5] - '0');
		out->d = (s[6] - '0') * 10 + (s[7] - '0');
		ok = date_valid(out->y, out->m, out->d);
	}
	if (!ok)
		return gp_fail(e, GP_EINPUT, _("BDS %lld: '%s' is geen datum JJJJMMDD."), n, s);
	return GP_OK;
}

/* The bdsNumber of an entry; entries with only a varName (3.1) give 0. */
static enum gp_status entry_number(json_t *o, long long *n, struct gp_err *e)
{
	*n = 0;
	if (!json_is_object(o))
		return gp_fail(e, GP_EINPUT, _("Een element is geen JSON-object."));
	json_t *num = json_object_get(o, "bdsNumber");
	if (!num)
		return json_object_get(o, "varName")
		       ? GP_OK
		       : gp_fail(e, GP_EINPUT, _("Een element heeft geen bdsNumber."));
	if (!json_is_integer(num))
		return gp_fail(e, GP_EINPUT, _("Een bdsNumber moet een geheel getal zijn."));
	*n = json_integer_value(num);
	return GP_OK;
}

static enum gp_status copy_text(json_t *v, long long n, char *out, size_t outsz,
				struct gp_err *e)
{
	const char *s;
	enum gp_status st = want_string(v, n, &s, e);
	if (st != GP_OK)
		return st;
	if (text_copy(out, outsz, s))
		return gp_fail(e, GP_EINPUT, _("BDS %lld: de tekst is te lang."), n);
	return GP_OK;
}

static enum gp_status parse_child_detail(struct bds_record *r, long long n, json_t *v,
					 struct gp_err *e)
{
	struct child *c = &r->child;
	long long x = 0;
	const char *s;
	enum gp_status st = GP_OK;
	switch (n) {
	case BDS_BSN:
		return copy_text(v, n, c->bsn, sizeof c->bsn, e);
	case BDS_GIVEN:
		return copy_text(v, n, c->given_names, sizeof c->given_names, e);
	case BDS_CALL:
		return copy_text(v, n, c->call_name, sizeof c->call_name, e);
	case BDS_PREFIX:
		return copy_text(v, n, c->tussenvoegsel, sizeof c->tussenvoegsel, e);
	case BDS_FAMILY:
		return copy_text(v, n, c->family_name, sizeof c->family_name, e);
	case BDS_POSTCODE:
		if ((st = want_string(v, n, &s, e)) != GP_OK)
			return st;
		if (strlen(s) != 4 || !isdigit((unsigned char)s[0]) || s[0] == '0' ||
		    !isdigit((unsigned char)s[1]) || !isdigit((unsigned char)s[2]) ||
		    !isdigit((unsigned char)s[3]))
			return gp_fail(e, GP_EINPUT, _("BDS 16: '%s' zijn geen 4 cijfers van een "
						       "postcode."), s);
		memcpy(r->pc4, s, 5);
		return GP_OK;
	case BDS_SEX:
		if ((st = want_string(v, n, &s, e)) != GP_OK)
			return st;
		if (strlen(s) != 1 || s[0] < '0' || s[0] > '3')
			return gp_fail(e, GP_EINPUT, _("BDS 19: '%s' is geen geslacht (0, 1, 2 of "
						       "3)."), s);
		c->sex = s[0] - '0';
		r->has_sex = 1;
		return GP_OK;
	case BDS_BIRTH:
		return want_date(v, n, &c->birth_date, e);
	case BDS_GA:
		st = want_int(v, n, 140, 315, &x, e);
		c->gestational_age_days = (int)x;
		return st;
	case BDS_BW:
		st = want_int(v, n, 200, 7000, &x, e);
		c->birth_weight_g = (int)x;
		return st;
	case BDS_HEIGHT_MOTHER:
	case BDS_HEIGHT_FATHER:
		st = want_int(v, n, 1000, 2300, &x, e);
		*(n == BDS_HEIGHT_MOTHER ? &r->height_mother_mm : &r->height_father_mm) = (int)x;
		return st;
	default:
		note_ignored(r, n);
		return GP_OK;
	}
}

static enum gp_status parse_details(struct bds_record *r, json_t *list, struct gp_err *e)
{
	size_t i;
	json_t *o;
	if (!json_is_array(list))
		return gp_fail(e, GP_EINPUT, _("clientDetails moet een lijst zijn."));
	json_array_foreach(list, i, o) {
		long long n = 0;
		enum gp_status st = entry_number(o, &n, e);
		if (st == GP_OK && n)
			st = parse_child_detail(r, n, json_object_get(o, "value")
						       ? json_object_get(o, "value") : json_null(), e);
		if (st != GP_OK)
			return st;
	}
	return GP_OK;
}

/* The measurement of date d in r (added when there is none, or when the
 * one there already has element n: two values on one day stay two rows). */
static struct measurement *meas_for(struct bds_record *r, struct gp_date d, int n, int *cap)
{
	for (int i = 0; i < r->nmeas; i++) {
		struct measurement *m = &r->meas[i];
		if (date_cmp(m->measured_on, d) != 0)
			continue;
		int taken = n == BDS_LENGTH ? m->length_mm : n == BDS_WEIGHT ? m->weight_g : m->head_mm;
		if (!taken)
			return m;
	}
	if (r->nmeas == *cap) {
		int ncap = *cap ? *cap * 2 : 16;
		struct measurement *m = realloc(r->meas, (size_t)ncap * sizeof *m);
		if (!m)
			return NULL;
		r->meas = m;
		*cap = ncap;
	}
	struct measurement *m = &r->meas[r->nmeas++];
	memset(m, 0, sizeof *m);
	m->measured_on = d;
	return m;
}

static int by_date(const void *a, const void *b)
{
	const struct measurement *x = a, *y = b;
	return date_cmp(x->measured_on, y->measured_on);
}

static enum gp_status parse_measurements(struct bds_record *r, json_t *list, struct gp_err *e)
{
	size_t i, j;
	json_t *o, *v;
	int cap = 0;
	if (!json_is_array(list))
		return gp_fail(e, GP_EINPUT, _("clientMeasurements moet een lijst zijn."));
	json_array_foreach(list, i, o) {
		long long n = 0;
		enum gp_status st = entry_number(o, &n, e);
		if (st != GP_OK)
			return st;
		if (n != BDS_LENGTH && n != BDS_WEIGHT && n != BDS_HEAD) {
			if (n)
				note_ignored(r, n);
			continue;
		}
		json_t *values = json_object_get(o, "values");
		if (!json_is_array(values))
			return gp_fail(e, GP_EINPUT, _("BDS %lld: 'values' moet een lijst zijn."), n);
		json_array_foreach(values, j, v) {
			struct gp_date d = {0, 0, 0};
			long long x = 0;
			json_t *val = json_object_get(v, "value");
			if (!json_is_object(v) || !json_object_get(v, "date"))
				return gp_fail(e, GP_EINPUT, _("BDS %lld: een meting zonder datum."), n);
			if ((st = want_date(json_object_get(v, "date"), n, &d, e)) != GP_OK)
				return st;
			if (!val || json_is_null(val) ||
			    (json_is_string(val) && !*json_string_value(val)))
				continue; /* bdsreader skips an empty value too */
			/* the ranges the database accepts (schema 001) */
			long long lo = 200, hi = n == BDS_LENGTH ? 2300 : n == BDS_WEIGHT ? 250000 : 700;
			if ((st = want_int(val, n, lo, hi, &x, e)) != GP_OK)
				return st;
			struct measurement *m = meas_for(r, d, (int)n, &cap);
			if (!m)
				return gp_fail(e, GP_EINTERNAL, _("Er is onvoldoende geheugen."));
			*(n == BDS_LENGTH ? &m->length_mm : n == BDS_WEIGHT ? &m->weight_g
									    : &m->head_mm) = (int)x;
		}
	}
	if (r->nmeas > 1)
		qsort(r->meas, (size_t)r->nmeas, sizeof *r->meas, by_date);
	return GP_OK;
}

static enum gp_status parse_parent(struct bds_record *r, json_t *g, struct gp_err *e)
{
	json_t *num = json_object_get(g, "nestingBdsNumber");
	json_t *code = json_object_get(g, "nestingCode");
	if (!json_is_integer(num) || !json_is_string(code))
		return gp_fail(e, GP_EINPUT, _("Een nestedDetails-groep heeft geen geldig "
					       "nestingBdsNumber en nestingCode."));
	if (json_integer_value(num) != BDS_RELATION) {
		note_ignored(r, json_integer_value(num));
		return GP_OK;
	}
	const char *ours = bds_relation_in(json_string_value(code));
	if (!ours)
		return gp_fail(e, GP_EINPUT, _("BDS 62: '%s' is geen bekende relatie (01–08 of "
					       "98)."), json_string_value(code));
	if (r->nparents == BDS_MAX_PARENTS)
		return gp_fail(e, GP_EINPUT, _("Meer dan %d ouders of verzorgers in één kind."),
			       BDS_MAX_PARENTS);
	struct family_member *m = &r->parents[r->nparents];
	memset(m, 0, sizeof *m);
	text_copy(m->relation, sizeof m->relation, ours);
	text_copy(r->parent_bds_code[r->nparents], sizeof r->parent_bds_code[0],
		  json_string_value(code));
	int bio = bds_relation_biological(ours);
	m->parent.sex = bio == 1 ? 2 : bio == 2 ? 1 : 0;
	json_t *list = json_object_get(g, "clientDetails");
	size_t i;
	json_t *o;
	if (list && !json_is_array(list))
		return gp_fail(e, GP_EINPUT, _("clientDetails moet een lijst zijn."));
	json_array_foreach(list, i, o) {
		long long n = 0;
		enum gp_status st = entry_number(o, &n, e);
		json_t *v = json_object_get(o, "value");
		if (st == GP_OK && n == BDS_PARENT_BIRTH)
			st = want_date(v ? v : json_null(), n, &m->parent.birth_date, e);
		else if (st == GP_OK && n == BDS_GIVEN)
			st = copy_text(v, n, m->parent.given_names, sizeof m->parent.given_names, e);
		else if (st == GP_OK && n == BDS_PREFIX)
			st = copy_text(v, n, m->parent.tussenvoegsel, sizeof m->parent.tussenvoegsel, e);
		else if (st == GP_OK && n == BDS_FAMILY)
			st = copy_text(v, n, m->parent.family_name, sizeof m->parent.family_name, e);
		else if (st == GP_OK && n)
			note_ignored(r, n);
		if (st != GP_OK)
			return st;
	}
	r->nparents++;
	return GP_OK;
}

/* The nestedDetails list (may be NULL). */
static enum gp_status parse_parents(struct bds_record *r, json_t *nd, struct gp_err *e)
{
	size_t i;
	json_t *g;
	if (!nd)
		return GP_OK;
	if (!json_is_array(nd))
		return gp_fail(e, GP_EINPUT, _("nestedDetails moet een lijst zijn."));
	json_array_foreach(nd, i, g) {
		if (!json_is_object(g))
			return gp_fail(e, GP_EINPUT, _("Een nestedDetails-groep is geen JSON-object."));
		enum gp_status st = parse_parent(r, g, e);
		if (st != GP_OK)
			return st;
	}
	return GP_OK;
}

enum gp_status bds_record_parse(json_t *root, struct bds_record *out, struct gp_err *e)
{
	memset(out, 0, sizeof *out);
	if (!json_is_object(root))
		return gp_fail(e, GP_EINPUT, _("Dit is geen BDS JSON-object."));
	json_t *fmt = json_object_get(root, "Format");
	if (!json_is_string(fmt))
		return gp_fail(e, GP_EINPUT, _("'Format' ontbreekt; een BDS JSON-bestand van JAMES "
					       "begint met \"Format\": \"3.0\"."));
	enum bds_format f;
	if (bds_format_parse(json_string_value(fmt), &f) != 0)
		return gp_fail(e, GP_EINPUT, _("Format '%s' kent groeipad niet; het leest 3.0 en 3.1."),
			       json_string_value(fmt));
	text_copy(out->format, sizeof out->format, bds_format_name(f));
	json_t *ref = json_object_get(root, "reference");
	if (json_is_string(ref))
		text_copy(out->reference, sizeof out->reference, json_string_value(ref));
	json_t *cd = json_object_get(root, "clientDetails");
	if (!cd)
		return gp_fail(e, GP_EINPUT, _("'clientDetails' ontbreekt."));
	enum gp_status st = parse_details(out, cd, e);
	json_t *cm = json_object_get(root, "clientMeasurements");
	if (st == GP_OK && cm)
		st = parse_measurements(out, cm, e);
	if (st == GP_OK)
		st = parse_parents(out, json_object_get(root, "nestedDetails"), e);
	if (st == GP_OK && out->child.birth_date.y == 0)
		st = gp_fail(e, GP_EINPUT, _("BDS 20 (geboortedatum) ontbreekt."));
	if (st == GP_OK && !out->has_sex)
		st = gp_fail(e, GP_EINPUT, _("BDS 19 (geslacht) ontbreekt."));
	if (st != GP_OK)
		bds_record_free(out);
	return st;
}
