/* validate.h — the rules a value must meet before it is stored: BSN
 * (elfproef), postcode, names, birth dates.  Each check returns 0 when the
 * value is acceptable, or -1 with *why pointing at a translated Dutch sentence
 * that tells the user what is wrong and how to write it instead. */
#ifndef GP_VALIDATE_H
#define GP_VALIDATE_H

#include "date.h"

/* Maximum lengths, in characters (not bytes), documented in docs/data-model.md. */
enum {
	NAME_MAX_CHARS = 100,     /* given names, family name */
	PREFIX_MAX_CHARS = 20,    /* tussenvoegsel: "van der", "de" */
	TEXT_MAX_CHARS = 200,     /* one-line fields: street, city, e-mail, … */
	SHORT_MAX_CHARS = 15,     /* house number with toevoeging, phone number */
	NOTE_MAX_CHARS = 10000,   /* multi-line notes and summaries */
	NAME_BUF = NAME_MAX_CHARS * 4 + 1,
	PREFIX_BUF = PREFIX_MAX_CHARS * 4 + 1,
	TEXT_BUF = TEXT_MAX_CHARS * 4 + 1
};

/* BSN: 9 digits, or 8 (an older number, given a leading zero), spaces and
 * dots allowed between digits; elfproef with weights 9…2,−1; all zeros is
 * invalid.  On success norm (10 bytes) holds the 9 digits. */
int valid_bsn(const char *s, char *norm, const char **why);

/* Postcode: 4 digits (first not 0), optional space, 2 letters, not SA, SD or
 * SS; lower case is accepted.  norm (8 bytes) gets "1234 AB". */
int valid_postcode(const char *s, char *norm, const char **why);

/* A name or other one-line text: valid UTF-8, no control characters, at most
 * max_chars characters.  `required`: empty is refused. */
int valid_text(const char *s, int max_chars, int required, const char **why);

/* Multi-line text: like valid_text, but newlines and tabs are allowed. */
int valid_note(const char *s, int max_chars, const char **why);

/* A birth date must not lie after today, nor more than 25 years before it
 * (youth health care follows children to 18; 25 leaves room for late
 * records). */
int valid_birth_date(struct gp_date d, struct gp_date today, const char **why);

#endif
