/* hub_int.h — what the hub modules (hub.c, hub_check.c) share and nothing
 * else sees: the connection and libpq's errors in words. */
#ifndef GP_HUB_INT_H
#define GP_HUB_INT_H

#include <stddef.h>

#include "pq.h"

#include "err.h"

struct hub {
	PGconn *c; /* open, checked for TLS by hub_connect */
};

/* libpq's message on one line, harmless on a terminal. */
void hub_pq_message(const char *msg, char *out, size_t outsz);

/* A failed statement in words (r may be NULL; it is cleared); `what` names
 * the action. */
enum gp_status hub_pq_fail(PGresult *r, struct hub *h, const char *what, struct gp_err *e);

#endif
