/* err.c — filling in struct gp_err; see err.h. */
#include <stdarg.h>
#include <stdio.h>

#include "err.h"

enum gp_status gp_fail(struct gp_err *e, enum gp_status code, const char *fmt, ...)
{
	if (e) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof e->msg, fmt, ap);
		va_end(ap);
		e->code = code;
	}
	return code;
}

void gp_err_clear(struct gp_err *e)
{
	if (e) {
		e->code = GP_OK;
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
