/* i18n.c — choosing the interface language; see i18n.h.
 *
 * gettext picks a catalogue from $LANGUAGE only when the message locale is
 * not plain "C", so for English we make sure LC_MESSAGES is a UTF-8 locale
 * (C.UTF-8 is always there on glibc). */
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"

static char current[8] = "nl";

static const char *locale_dir(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		struct stat sb;
		if (slash) {
			static char dir[PATH_MAX];
			*slash = '\0';
			snprintf(dir, sizeof dir, "%.*s/locale", (int)(sizeof dir - 8), exe);
			if (stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
				return dir;
		}
	}
	return GP_LOCALEDIR;
}

int i18n_init(const char *lang)
{
	if (!lang || !*lang)
		lang = "nl";
	if (strcmp(lang, "nl") != 0 && strcmp(lang, "en") != 0)
		return -1;
	snprintf(current, sizeof current, "%s", lang);
	setenv("LANGUAGE", lang, 1);
	const char *msg = setlocale(LC_MESSAGES, NULL);
	if (!msg || strcmp(msg, "C") == 0 || strcmp(msg, "POSIX") == 0)
		setlocale(LC_MESSAGES, "C.UTF-8");
	bindtextdomain("groeipad", locale_dir());
	bind_textdomain_codeset("groeipad", "UTF-8");
	textdomain("groeipad");
	return 0;
}

const char *i18n_lang(void)
{
	return current;
}
