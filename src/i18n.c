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
/* While a document is written: its language, and LANGUAGE to restore. */
static char doc_lang[8];
static char saved_language[64];

/* glibc's counter of loaded catalogues; raising it makes gettext forget the
 * translations it cached, as the gettext manual says to do after changing
 * LANGUAGE while a program runs. */
extern int _nl_msg_cat_cntr; // NOLINT(bugprone-reserved-identifier,cert-dcl37-c): glibc's name

const char *const i18n_doc_langs[] = {"nl", "en", "tr", "ar", "pl", NULL};

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
	bindtextdomain(GP_DOC_DOMAIN, locale_dir());
	bind_textdomain_codeset(GP_DOC_DOMAIN, "UTF-8");
	textdomain("groeipad");
	++_nl_msg_cat_cntr;
	return 0;
}

const char *i18n_lang(void)
{
	return current;
}

int i18n_doc_known(const char *lang)
{
	for (int i = 0; lang && i18n_doc_langs[i]; i++)
		if (strcmp(lang, i18n_doc_langs[i]) == 0)
			return 1;
	return 0;
}

int i18n_doc_begin(const char *lang)
{
	if (!i18n_doc_known(lang))
		return -1;
	const char *now = getenv("LANGUAGE");
	snprintf(saved_language, sizeof saved_language, "%s", now ? now : current);
	snprintf(doc_lang, sizeof doc_lang, "%s", lang);
	setenv("LANGUAGE", lang, 1);
	++_nl_msg_cat_cntr;
	return 0;
}

void i18n_doc_end(void)
{
	if (!doc_lang[0])
		return;
	setenv("LANGUAGE", saved_language, 1);
	doc_lang[0] = '\0';
	++_nl_msg_cat_cntr;
}

const char *i18n_doc_label(const char *list, const char *nl, const char *en)
{
	const char *lang = doc_lang[0] ? doc_lang : current;
	if (strcmp(lang, "nl") == 0 || !nl || !*nl)
		return nl;
	if (strcmp(lang, "en") == 0 && en && *en)
		return en;
	/* msgctxt "LIST", msgid "nl": gettext keys such an entry as
	 * "LIST\004nl" (what pgettext does) */
	static char key[512];
	snprintf(key, sizeof key, "%s%c%s", list, 4, nl);
	const char *t = dgettext(GP_DOC_DOMAIN, key);
	return t == key || strcmp(t, key) == 0 ? nl : t;
}
