/* config.h — the user's settings file $XDG_CONFIG_HOME/groeipad/config
 * (or ~/.config/groeipad/config): lines "key = value", '#' comments.
 * Keys: lang (nl|en), lock_minutes (idle time before the screen locks). */
#ifndef GP_CONFIG_H
#define GP_CONFIG_H

struct config {
	char lang[8];     /* "" (default Dutch), "nl" or "en" */
	int lock_minutes; /* screen lock after this many idle minutes; default 5, 0 = never */
};

/* Fills cfg with defaults, then with what the file says.  A missing file is
 * not an error; unknown keys and bad values are ignored. */
void config_load(struct config *cfg);

#endif
