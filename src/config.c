/* config.c — see config.h. */
#include <ctype.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "text.h"

/* The handover keys: a whole number of days from 1 to 365; anything else
 * keeps the default. */
static void days_key(struct config *cfg, const char *key, const char *value)
{
	static const struct {
		const char *key;
		size_t off;
	} keys[] = {
		{"handover_receipt_workdays", offsetof(struct config, handover_receipt_workdays)},
		{"handover_conversation_days", offsetof(struct config, handover_conversation_days)},
		{"handover_feedback_days", offsetof(struct config, handover_feedback_days)},
		{"sync_warn_days", offsetof(struct config, sync_warn_days)},
	};
	char *end;
	long v = strtol(value, &end, 10);
	if (!isdigit((unsigned char)value[0]) || *end || v < 1 || v > 365)
		return;
	for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
		if (strcmp(key, keys[i].key) == 0)
			memcpy((char *)cfg + keys[i].off, &(int){(int)v}, sizeof(int));
}

void config_load(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->lock_minutes = 5;
	cfg->handover_receipt_workdays = 5;
	cfg->handover_conversation_days = 20;
	cfg->handover_feedback_days = 42;
	cfg->sync_warn_days = 2;
	char path[PATH_MAX];
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(path, sizeof path, "%s/groeipad/config", xdg);
	else if (home && *home)
		snprintf(path, sizeof path, "%s/.config/groeipad/config", home);
	else
		return;
	FILE *f = fopen(path, "r");
	if (!f)
		return;
	char line[256];
	while (fgets(line, sizeof line, f)) {
		char *eq = strchr(line, '=');
		if (line[0] == '#' || !eq)
			continue;
		*eq = '\0';
		char *key = line, *value = eq + 1;
		text_trim(key);
		text_trim(value);
		if (strcmp(key, "lang") == 0 && (strcmp(value, "nl") == 0 || strcmp(value, "en") == 0))
			text_copy(cfg->lang, sizeof cfg->lang, value);
		else if (strcmp(key, "lock_minutes") == 0 && isdigit((unsigned char)value[0])) {
			long minutes = strtol(value, NULL, 10);
			if (minutes <= INT_MAX)
				cfg->lock_minutes = (int)minutes;
		} else {
			days_key(cfg, key, value);
		}
	}
	fclose(f);
}
