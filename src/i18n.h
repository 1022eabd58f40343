/* i18n.h — translatable text.
 *
 * The message ids are the Dutch sentences themselves: Dutch is the interface
 * language whatever the locale, and needs no catalogue.  English comes from
 * po/en.po, chosen with --lang en or the config file (see i18n_init). */
#ifndef GP_I18N_H
#define GP_I18N_H

#include <libintl.h>

/* The conventional gettext marker; a macro so xgettext can find the strings. */
#define _(s) gettext(s)
#define N_(s) (s)

/* Selects the interface language: "nl" (default, whatever the locale) or
 * "en".  Catalogues come from locale/ next to the binary (a build tree) or
 * the installed GP_LOCALEDIR.  Returns 0, or -1 for an unknown language. */
int i18n_init(const char *lang);

/* The language in use: "nl" or "en". */
const char *i18n_lang(void);

#endif
