/* json_value.c — see json_value.h. */
#include "json_value.h"

json_t *json_str_or_null(const char *s)
{
	return s && *s ? json_string(s) : json_null();
}

json_t *json_date_or_null(struct gp_date d)
{
	char iso[11];
	if (d.y == 0)
		return json_null();
	date_fmt_iso(d, iso);
	return json_string(iso);
}

json_t *json_label(const struct refdata *codes, const char *list, const char *code)
{
	if (!code || !*code)
		return json_null();
	return json_string(codes ? refdata_label(codes, list, code) : code);
}
