/* search.h — finding a child as people type: part of a name (without
 * diacritics or case: "zoe" finds Zoë, "gulsen" finds Gülşen), a BSN or
 * part of it, a birth date dd-mm-jjjj, or a postcode.  Backed by the FTS5
 * index children_fts (unicode61, remove_diacritics 2). */
#ifndef GP_SEARCH_H
#define GP_SEARCH_H

#include "child.h"

/* Fills hits (room for `max`) with the children matching every word of
 * query, sorted by family name then given names, ignoring tussenvoegsels.
 * *n is the number filled; *more is set when there were more than max. */
enum gp_status search_children(struct db *db, const char *query, struct child_summary *hits,
			       int max, int *n, int *more, struct gp_err *e);

/* Builds the FTS5 MATCH expression for a query (exposed for tests).
 * Returns 0, or -1 when the query has nothing to search for. */
int search_build_match(const char *query, char *out, size_t outsz);

#endif
