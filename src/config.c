/* config.c — see config.h. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "text.h"

void config_load(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->lock_minutes = 5;
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
		}
	}
	fclose(f);
}
