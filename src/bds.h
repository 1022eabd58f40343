/* bds.h — BDS JSON: the Basisdataset JGZ in the JAMES/bdsreader format
 * (growthcharts/bdsreader, schemas bds_v3.0.json and bds_v3.1.json, copied
 * with their provenance into tests/bds-json/).  One record per child:
 *
 *   { "Format": "3.0", "reference": "<the child's id>",
 *     "clientDetails": [ {"bdsNumber": 19, "value": "2"}, … ],
 *     "clientMeasurements": [ {"bdsNumber": 235,
 *                              "values": [{"date": "20260822", "value": 498}, …]}, … ],
 *     "nestedDetails": [ {"nestingBdsNumber": 62, "nestingCode": "02",
 *                         "clientDetails": [{"bdsNumber": 63, "value": "19951126"}]}, … ] }
 *
 * What is written, and in which form (as bdsreader reads it):
 *   16  postcode: the 4 digits only (PC4), a string          clientDetails
 *   19  sex: "0"–"3", a string
 *   20  birth date: "YYYYMMDD", a string
 *   82  gestational age in days, a number
 *   110 birth weight in grams, a number
 *   238 height of the biological mother, 240 of the biological father, mm
 *   62  one nested group per parent, nestingCode = the relation code that
 *       bdsreader reads (bds_relation_out: 01 father, 02 mother), holding
 *   63  the parent's birth date "YYYYMMDD"
 *   235 length (mm), 245 weight (g), 252 head circumference (mm), each a
 *       list of dated values, oldest first               clientMeasurements
 * With `identity` also the child's 7 BSN, 6 given names, 5 call name,
 * 1 tussenvoegsel, 2 family name, and a parent's 6, 1, 2 inside its group
 * (the BDS person elements; their use inside group 62 is our reading).
 * Without it the file identifies nobody outside this organisation: the
 * reference is the child's internal id (privacy by default, AVG art. 25).
 *
 * Element numbers and code mappings live here and in bds.c only, so a
 * corrected code list is a one-line change. */
#ifndef GP_BDS_H
#define GP_BDS_H

#include <jansson.h>

#include "child.h"
#include "contact.h"
#include "db.h"

/* The Format versions groeipad writes and reads. */
enum bds_format { BDS_V30, BDS_V31 };

/* "3.0" or "3.1". */
const char *bds_format_name(enum bds_format f);
/* Parses "3.0"/"3.1" (also "3"); 0 or -1. */
int bds_format_parse(const char *s, enum bds_format *out);

/* BDS 62: the code bdsreader reads for one of groeipad's relation codes
 * (data/codes/relatie.tsv), and back.  NULL when there is none. */
const char *bds_relation_out(const char *ours);
const char *bds_relation_in(const char *bds);
/* 1 for the relation code (ours) of a biological mother, 2 of a biological
 * father, 0 otherwise (whose heights are 238 and 240). */
int bds_relation_biological(const char *ours);
/* Our relation code of the biological mother (bio 1) or father (bio 2). */
const char *bds_relation_of_biological(int bio);

enum { BDS_MAX_PARENTS = 6 };

/* One child as a BDS JSON record holds it. */
struct bds_record {
	char reference[64];            /* "reference", or "" */
	char format[8];                /* "Format" as written */
	struct child child;            /* identity and birth data; postcode empty */
	char pc4[5];                   /* BDS 16, "" when absent */
	int has_sex;                   /* 19 was present */
	struct family_member parents[BDS_MAX_PARENTS]; /* nested 62 groups; relation ours */
	char parent_bds_code[BDS_MAX_PARENTS][4];      /* their nestingCode as written */
	int nparents;
	int height_mother_mm, height_father_mm;        /* 238, 240; 0 absent */
	struct measurement *meas;      /* one per date, oldest first (malloc'ed) */
	int nmeas;
	char ignored[512];             /* elements groeipad does not keep, e.g. "91, 471" */
};

void bds_record_free(struct bds_record *r);

/* Builds the record of child c from the database (parents and
 * measurements).  Free with bds_record_free. */
enum gp_status bds_record_load(struct db *db, const struct child *c, struct bds_record *out,
			       struct gp_err *e);

/* A growing buffer for the text of records. */
struct bds_text {
	char *s;        /* the text, NUL-terminated (malloc'ed) */
	size_t len;     /* its length */
	size_t cap;     /* allocated bytes */
	int failed;     /* memory ran out */
};

/* The JSON of a record on one line (no newline), replacing what b held;
 * 0, or -1 when memory runs out.  Reuse b for the next record. */
int bds_record_text(const struct bds_record *r, enum bds_format f, int identity,
		    struct bds_text *b);
void bds_text_free(struct bds_text *b);

/* Reads one JSON object as a record.  On failure e says what is wrong with
 * which element ("BDS 20: '2026-08-22' is geen datum JJJJMMDD"). */
enum gp_status bds_record_parse(json_t *root, struct bds_record *out, struct gp_err *e);

/* ---- every child, streaming ------------------------------------------------ */

struct bds_stream;

/* Walks every child (in the order stored: by row number) with its parents
 * and measurements through three cursors read side by side, so memory stays
 * the same however many children there are.  `active_only`: only children
 * with status actief. */
enum gp_status bds_stream_open(struct db *db, int active_only, struct bds_stream **out,
			       struct gp_err *e);
/* The next child's record (valid until the next call): 1, 0 at the end, or
 * -1 with e set. */
int bds_stream_next(struct bds_stream *s, const struct bds_record **rec, struct gp_err *e);
void bds_stream_close(struct bds_stream *s);

#endif
