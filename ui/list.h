/* list.h — the cursor of a scrolling list (search results, users, parents):
 * which row is selected and which is at the top, moved by the list keys of
 * docs/product.md §3.  No curses here. */
#ifndef GP_LIST_H
#define GP_LIST_H

#include "keys.h"

struct listpos {
	int n;      /* rows in the list */
	int sel;    /* selected row, 0 … n-1 (0 when empty) */
	int top;    /* first row shown */
	int height; /* rows visible at once, at least 1 */
};

/* Sets the number of rows, keeping the selection inside the list. */
void list_set_count(struct listpos *l, int n);

/* Sets the visible height and scrolls so the selection stays in view. */
void list_set_height(struct listpos *l, int height);

/* Moves for UP, DOWN, PGUP, PGDN, HOME and END; returns 1 when the action
 * was one of those. */
int list_key(struct listpos *l, enum action a);

#endif
