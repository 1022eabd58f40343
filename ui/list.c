/* list.c — see list.h. */
#include "list.h"

static void clamp(struct listpos *l)
{
	if (l->height < 1)
		l->height = 1;
	if (l->sel >= l->n)
		l->sel = l->n - 1;
	if (l->sel < 0)
		l->sel = 0;
	if (l->top > l->sel)
		l->top = l->sel;
	if (l->sel >= l->top + l->height)
		l->top = l->sel - l->height + 1;
	if (l->top > l->n - l->height)
		l->top = l->n - l->height;
	if (l->top < 0)
		l->top = 0;
}

void list_set_count(struct listpos *l, int n)
{
	l->n = n < 0 ? 0 : n;
	clamp(l);
}

void list_set_height(struct listpos *l, int height)
{
	l->height = height;
	clamp(l);
}

int list_key(struct listpos *l, enum action a)
{
	switch (a) {
	case ACT_UP:
		l->sel--;
		break;
	case ACT_DOWN:
		l->sel++;
		break;
	case ACT_PGUP:
		l->sel -= l->height;
		break;
	case ACT_PGDN:
		l->sel += l->height;
		break;
	case ACT_HOME:
		l->sel = 0;
		break;
	case ACT_END:
		l->sel = l->n - 1;
		break;
	default:
		return 0;
	}
	clamp(l);
	return 1;
}
