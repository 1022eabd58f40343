/* config.h — the user's settings file $XDG_CONFIG_HOME/groeipad/config
 * (or ~/.config/groeipad/config): lines "key = value", '#' comments.
 * Keys: lang (nl|en), lock_minutes (idle time before the screen locks), and
 * when a step of a warm handover counts as late (docs/product.md §6):
 * handover_receipt_workdays (receipt not confirmed, default 5 working days
 * after sending), handover_conversation_days (no first conversation
 * planned, default 20 days after sending) and handover_feedback_days (the
 * feedback date a new handover proposes, default 42 days ahead; late after
 * the date agreed); sync_warn_days (a workstation that exchanges with a hub
 * and has not for longer says so on Vandaag; default 2). */
#ifndef GP_CONFIG_H
#define GP_CONFIG_H

struct config {
	char lang[8];     /* "" (default Dutch), "nl" or "en" */
	int lock_minutes; /* screen lock after this many idle minutes; default 5, 0 = never */
	int handover_receipt_workdays;  /* default 5 */
	int handover_conversation_days; /* default 20 */
	int handover_feedback_days;     /* default 42 */
	int sync_warn_days;             /* default 2 */
};

/* Fills cfg with defaults, then with what the file says.  A missing file is
 * not an error; unknown keys and bad values are ignored. */
void config_load(struct config *cfg);

#endif
