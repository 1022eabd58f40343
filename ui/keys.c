/* keys.c — the key table generated from GP_ACTIONS (see keys.h), and the
 * look-ups the main loop, the function bar and the help screen make. */
#include <stdio.h>

#include "keys.h"

static const struct action_info table[ACT_COUNT] = {
	[ACT_NONE] = {"NONE", {0, 0, 0}, NULL, ""},
#define GP_ACTION_ROW(name, k1, k2, k3, lab, hlp) \
	[ACT_##name] = {#name, {k1, k2, k3}, lab, hlp},
	GP_ACTIONS(GP_ACTION_ROW)
#undef GP_ACTION_ROW
};

const struct action_info *keys_info(enum action a)
{
	if ((int)a < 0 || a >= ACT_COUNT)
		a = ACT_NONE;
	return &table[a];
}

static int is_printable(int key)
{
	return key >= 0x20 && key < GK_BASE && key != 0x7f;
}

enum action keys_lookup(const struct screen_key *keys, int typing, int key)
{
	if (!keys || key == 0 || (typing && is_printable(key)))
		return ACT_NONE;
	for (const struct screen_key *k = keys; k->act != ACT_NONE; k++)
		for (int i = 0; i < KEYS_PER_ACTION; i++)
			if (table[k->act].keys[i] == key)
				return k->act;
	return ACT_NONE;
}

void keys_name(int key, char *buf, size_t n)
{
	static const struct {
		int key;          /* a named key */
		const char *name; /* how it is written */
	} names[] = {
		{GK_LEFT, N_("Links")}, {GK_RIGHT, N_("Rechts")}, {GK_UP, N_("Omhoog")},
		{GK_DOWN, N_("Omlaag")}, {GK_HOME, "Home"}, {GK_END, "End"},
		{GK_PGUP, "PgUp"}, {GK_PGDN, "PgDn"}, {GK_BACKSPACE, "Backspace"},
		{GK_DELETE, "Delete"}, {GK_ENTER, "Enter"}, {GK_TAB, "Tab"},
		{GK_BTAB, "Shift-Tab"}, {GK_ESC, "Esc"}, {' ', N_("Spatie")},
		{GK_CTRL_LEFT, N_("Ctrl-Links")}, {GK_CTRL_RIGHT, N_("Ctrl-Rechts")},
	};
	if (key >= GK_F1 && key <= GK_F12) {
		snprintf(buf, n, "F%d", key - GK_F1 + 1);
		return;
	}
	for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
		if (names[i].key == key) {
			snprintf(buf, n, "%s", _(names[i].name));
			return;
		}
	}
	if (key > 0 && key < 0x20)
		snprintf(buf, n, "Ctrl-%c", key + '@');
	else if (key >= 0x20 && key < 0x7f)
		snprintf(buf, n, "%c", key);
	else
		snprintf(buf, n, "?");
}

const char *keys_label(const struct screen_key *k)
{
	const char *l = k->label ? k->label : table[k->act].label;
	return l ? _(l) : NULL;
}

const struct screen_key keys_global[] = {
	{ACT_HELP, NULL}, {ACT_SEARCH, NULL}, {ACT_QUIT, NULL}, {ACT_NONE, NULL},
};
