/* keycodes.h — key presses as the pure widgets (line editor, form engine,
 * lists) see them, without curses.  A key is an int: values below
 * GK_BASE are Unicode code points (text, or control characters such as
 * Ctrl-U = 0x15), values from GK_BASE on are named keys.  ui/input.c maps
 * curses' KEY_* codes onto these. */
#ifndef GP_KEYCODES_H
#define GP_KEYCODES_H

enum {
	GK_BASE = 0x110000,
	GK_LEFT,
	GK_RIGHT,
	GK_UP,
	GK_DOWN,
	GK_HOME,
	GK_END,
	GK_PGUP,
	GK_PGDN,
	GK_BACKSPACE,
	GK_DELETE,
	GK_ENTER,
	GK_TAB,
	GK_BTAB,  /* Shift-Tab */
	GK_ESC,
	GK_F1,
	GK_F2,
	GK_F3,
	GK_F4,
	GK_F5,
	GK_F6,
	GK_F7,
	GK_F8,
	GK_F9,
	GK_F10,
	GK_F11,
	GK_F12,
	GK_RESIZE,
	GK_CTRL_LEFT,
	GK_CTRL_RIGHT,
	GK_PASTE_START, /* bracketed paste begins (the terminal's \e[200~) */
	GK_PASTE_END,   /* … and ends (\e[201~) */
	GK_PASTE        /* text was pasted: the app hands it over whole */
};

/* Control characters the widgets act on (they arrive as code points). */
enum {
	GK_CTRL_A = 0x01,
	GK_CTRL_E = 0x05,
	GK_CTRL_K = 0x0B,
	GK_CTRL_L = 0x0C,
	GK_CTRL_N = 0x0E,
	GK_CTRL_S = 0x13,
	GK_CTRL_U = 0x15,
	GK_CTRL_W = 0x17
};

#endif
