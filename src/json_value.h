/* json_value.h — the values every JSON writer of groeipad shares: an empty
 * text, an unknown date and an empty code are null; a code is written as
 * its Dutch label from data/codes (or the code itself without the lists). */
#ifndef GP_JSON_VALUE_H
#define GP_JSON_VALUE_H

#include <jansson.h>

#include "date.h"
#include "refdata.h"

/* s, or null when NULL or empty. */
json_t *json_str_or_null(const char *s);

/* d as YYYY-MM-DD, or null when unknown (year 0). */
json_t *json_date_or_null(struct gp_date d);

/* The label of code in list, or null for an empty code; codes NULL: the
 * code itself. */
json_t *json_label(const struct refdata *codes, const char *list, const char *code);

#endif
