/* err.h — how the core reports a failure: a status and a sentence in words.
 *
 * Every core function that can fail takes a `struct gp_err *` as its last
 * argument and returns a `enum gp_status`.  The message is a whole sentence
 * (Dutch by default, English with --lang en) that says what went wrong and,
 * where possible, what to do next.  The core never prints and never exits. */
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

struct gp_err {
	enum gp_status code; /* GP_OK until something fails */
	char msg[512];       /* the sentence shown to the user */
};

/* Fills `e` (may be NULL) with a printf-style message and returns `code`. */
enum gp_status gp_fail(struct gp_err *e, enum gp_status code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Clears `e` to GP_OK. */
void gp_err_clear(struct gp_err *e);

/* The process exit code of PRODUCT §9 for a status: 0, 1 or 3. */
int gp_exit_code(enum gp_status code);

#endif
