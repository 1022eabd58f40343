/* err.c — filling in struct gp_err; see err.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "err.h"

static void vfill(struct gp_err *e, enum gp_status code, const char *field, int row,
		  const char *fmt, va_list ap)
{
	vsnprintf(e->msg, sizeof e->msg, fmt, ap);
	snprintf(e->field, sizeof e->field, "%s", field ? field : "");
	e->row = row;
	e->kind = GP_REFUSED;
	e->code = code;
}

enum gp_status gp_fail(struct gp_err *e, enum gp_status code, const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vfill(e, code, NULL, 0, fmt, ap);
		va_end(ap);
	}
	return code;
}

enum gp_status gp_fail_at(struct gp_err *e, enum gp_status code, const char *field, int row,
			  const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vfill(e, code, field, row, fmt, ap);
		va_end(ap);
	}
	return code;
}

void gp_err_within(struct gp_err *e, const char *part)
{
	char f[GP_FIELD_LEN];
	size_t pl, fl;
	if (!e || !e->field[0])
		return;
	pl = strlen(part);
	fl = strlen(e->field);
	if (pl + 1 + fl >= sizeof f)
		return; /* cannot happen with the member names used */
	memcpy(f, part, pl);
	f[pl] = '.';
	memcpy(f + pl + 1, e->field, fl + 1);
	memcpy(e->field, f, sizeof f);
}

void gp_err_confirmable(struct gp_err *e)
{
	if (e)
		e->kind = GP_CONFIRM;
}

void gp_err_clear(struct gp_err *e)
{
	if (e) {
		e->code = GP_OK;
		e->kind = GP_REFUSED;
		e->field[0] = '\0';
		e->row = 0;
		e->msg[0] = '\0';
	}
}

int gp_exit_code(enum gp_status code)
{
	switch (code) {
	case GP_OK:
		return 0;
	case GP_ECORRUPT:
	case GP_EINTERNAL:
		return 3;
	default:
		return 1;
	}
}
