/* err.h — how the core reports a failure: a status, the field at fault, a
 * sentence in words, and whether the user may confirm it.
 *
 * Every core function that can fail takes a `struct gp_err *` as its last
 * argument and returns a `enum gp_status`.  The message is a whole sentence
 * (Dutch by default, English with --lang en) that says what went wrong and,
 * where possible, what to do next.  The core never prints and never exits.
 *
 * A refusal about one value of a record also names that value: `field` is
 * the member path in the struct the caller passed ("birth_date",
 * "contact.date", "measurement.weight_g"; for a repeating part such as the
 * vaccinations of a contact "vaccinations.batch" with `row` the index), so
 * a form puts the sentence on its field and the cursor there.  `kind` tells
 * a plain refusal from one the user may overrule by confirming (an
 * implausible measurement): the caller asks, and saves again confirmed. */
#ifndef GP_ERR_H
#define GP_ERR_H

enum gp_status {
	GP_OK = 0,
	GP_EINPUT,     /* the user's input is not acceptable (exit code 1) */
	GP_ENOTFOUND,  /* the record or file asked for does not exist (1) */
	GP_ESTALE,     /* someone else saved this record first (1) */
	GP_EDENIED,    /* wrong password, inactive account, no right (1) */
	GP_EBUSY,      /* the database is locked by another program (1) */
	GP_EIO,        /* reading or writing a file failed (1) */
	GP_ECORRUPT,   /* the data itself is damaged or not ours (3) */
	GP_EINTERNAL   /* a bug or an unexpected library answer (3) */
};

/* Whether a refused value can be saved after all. */
enum gp_err_kind {
	GP_REFUSED = 0, /* not acceptable: the user must change it */
	GP_CONFIRM      /* acceptable once the user confirms it (implausible value) */
};

enum { GP_FIELD_LEN = 48 };

struct gp_err {
	enum gp_status code;     /* GP_OK until something fails */
	char msg[512];           /* the sentence shown to the user */
	enum gp_err_kind kind;   /* GP_REFUSED, or GP_CONFIRM */
	char field[GP_FIELD_LEN]; /* member path of the value at fault, "" when none */
	int row;                 /* index in a repeating part named by field; else 0 */
};

/* Fills `e` (may be NULL) with a printf-style message and returns `code`;
 * no field, kind GP_REFUSED. */
enum gp_status gp_fail(struct gp_err *e, enum gp_status code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* The same about one value: `field` (see above) and `row`. */
enum gp_status gp_fail_at(struct gp_err *e, enum gp_status code, const char *field, int row,
			  const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* When a check of a part (struct parent) failed inside a bigger record
 * (struct family_member): puts the part's member name before the field,
 * "given_names" → "parent.given_names".  Nothing when no field is named. */
void gp_err_within(struct gp_err *e, const char *part);

/* Marks a filled-in error as one the user may confirm (GP_CONFIRM). */
void gp_err_confirmable(struct gp_err *e);

/* Clears `e` to GP_OK. */
void gp_err_clear(struct gp_err *e);

/* The process exit code of docs/product.md §9 for a status: 0, 1 or 3. */
int gp_exit_code(enum gp_status code);

#endif
