/* config.c — see config.h. */
#include <ctype.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "text.h"

enum { CONFIG_MAX_BYTES = 64 * 1024 };

void config_defaults(struct config *cfg)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->lock_minutes = 5;
	cfg->handover_receipt_workdays = 5;
	cfg->handover_conversation_days = 20;
	cfg->handover_feedback_days = 42;
	cfg->sync_warn_days = 2;
}

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

/* One "key = value" line (NUL-terminated, may be changed). */
static void parse_line(struct config *cfg, char *line)
{
	char *eq = strchr(line, '=');
	if (line[0] == '#' || !eq)
		return;
	*eq = '\0';
	char *key = line, *value = eq + 1;
	text_trim(key);
	text_trim(value);
	if (strcmp(key, "lang") == 0 && (strcmp(value, "nl") == 0 || strcmp(value, "en") == 0)) {
		text_copy(cfg->lang, sizeof cfg->lang, value);
	} else if (strcmp(key, "lock_minutes") == 0 && isdigit((unsigned char)value[0])) {
		char *end;
		long minutes = strtol(value, &end, 10);
		if (*end == '\0' && minutes >= 0 && minutes <= 24L * 60L)
			cfg->lock_minutes = (int)minutes;
	} else if (strcmp(key, "hub") == 0) {
		text_copy(cfg->hub, sizeof cfg->hub, value);
	} else {
		days_key(cfg, key, value);
	}
}

void config_parse(struct config *cfg, const char *text, size_t len)
{
	char line[256];
	size_t i = 0;
	while (i < len) {
		size_t end = i;
		while (end < len && text[end] != '\n')
			end++;
		size_t n = end - i < sizeof line - 1 ? end - i : sizeof line - 1;
		memcpy(line, text + i, n);
		line[n] = '\0';
		if (strlen(line) == n) /* a line with a NUL in it is not a setting */
			parse_line(cfg, line);
		i = end + 1;
	}
}

void config_load(struct config *cfg)
{
	config_defaults(cfg);
	char path[PATH_MAX];
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(path, sizeof path, "%s/groeipad/config", xdg);
	else if (home && *home)
		snprintf(path, sizeof path, "%s/.config/groeipad/config", home);
	else
		return;
	/* Never wait and never read without end: a FIFO, a device (a link to
	 * /dev/zero) or a huge file is not a settings file. */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
	if (fd < 0)
		return;
	struct stat sb;
	char *buf = NULL;
	ssize_t got = -1;
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size <= CONFIG_MAX_BYTES &&
	    (buf = malloc(CONFIG_MAX_BYTES)) != NULL)
		got = read(fd, buf, CONFIG_MAX_BYTES);
	close(fd);
	if (got > 0)
		config_parse(cfg, buf, (size_t)got);
	free(buf);
}
