/* config.h — the user's settings file $XDG_CONFIG_HOME/groeipad/config
 * (or ~/.config/groeipad/config): lines "key = value", '#' comments.
 * Keys: lang (nl|en), lock_minutes (idle time before the screen locks,
 * 0–1440), and when a step of a warm handover counts as late
 * (docs/product.md §6): handover_receipt_workdays (receipt not confirmed,
 * default 5 working days after sending), handover_conversation_days (no
 * first conversation planned, default 20 days after sending) and
 * handover_feedback_days (the feedback date a new handover proposes,
 * default 42 days ahead; late after the date agreed); sync_warn_days (a
 * workstation that exchanges with a hub and has not for longer says so on
 * Vandaag; default 2); hub (the libpq connection string of the organisation's
 * hub for an exchange started on the screen, e.g. "service=groeipad"; never
 * a password — it is refused — and `--hub` on the command line wins).  Only
 * a regular file
 * of at most 64 KB is read; anything else (a FIFO, a device, a link to
 * /dev/zero) is ignored, so a bad file can never make a command hang. */
#ifndef GP_CONFIG_H
#define GP_CONFIG_H

#include <stddef.h>

struct config {
	char lang[8];     /* "" (default Dutch), "nl" or "en" */
	int lock_minutes; /* screen lock after this many idle minutes; default 5, 0 = never */
	int handover_receipt_workdays;  /* default 5 */
	int handover_conversation_days; /* default 20 */
	int handover_feedback_days;     /* default 42 */
	int sync_warn_days;             /* default 2 */
	char hub[256];                  /* the hub's CONNINFO, "" when none */
};

/* The defaults: Dutch, lock after 5 minutes, handover steps late after 5
 * working days, 20 days and 42 days. */
void config_defaults(struct config *cfg);

/* Fills cfg with defaults, then with what the file says.  A missing file is
 * not an error; unknown keys and bad values are ignored. */
void config_load(struct config *cfg);

/* Applies the settings in text (len bytes, need not end in NUL) to cfg;
 * the parser behind config_load (and its fuzz target). */
void config_parse(struct config *cfg, const char *text, size_t len);

#endif
