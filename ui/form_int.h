/* form_int.h — what the form engine's files (form.c, form_bind.c,
 * form_draw.c) share and nothing else needs. */
#ifndef GP_FORM_INT_H
#define GP_FORM_INT_H

#include "form.h"

int form_is_text(enum form_type t);
int form_blank(const char *s);
const char *form_field_value(const struct form_field *fl);
int form_decimals(int d);
long long form_pow10(int n);
/* "-12,5" or "12.5" as value × 10^decimals; 0, or -1 (a sentence in err
 * when err is not NULL). */
int form_parse_number(const char *s, int decimals, long long *scaled, char *err,
		      size_t errsz);
void form_format_scaled(long long scaled, int decimals, char *out, size_t outsz);
/* Makes the group of definition d have at least `rows` rows. */
int form_ensure_rows(struct form *f, size_t d, int rows);
/* The heading above field i (a section, or "Vaccinatie 2"), or NULL. */
const char *form_heading(const struct form *f, size_t i, char *buf, size_t n);

/* Sets *dst to a copy of s; -1 when memory runs out (nothing changed). */
int form_set_string(char **dst, const char *s);
/* The user changed field fl's value (not a text edit): prefilled no more,
 * error cleared, remembered values and spare rows follow. */
void form_edited(struct form *f, struct form_field *fl);
/* The pick list (form_pick.c): open it on the focused field (first_key: a
 * typed character that starts the filter, or 0), recompute what matches
 * the filter, and an action while it is open. */
void form_pick_open(struct form *f, int first_key);
void form_pick_filter(struct form *f);
enum form_result form_pick_do(struct form *f, enum action act, int ch);

#endif
