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

/* Documents for people outside the program — the kindoverzicht and the
 * parent's copy (afschrift) — have their own catalogue, in more languages
 * than the interface: po/doc/{en,tr,ar,pl}.po.  D_() marks their sentences;
 * DN_() a sentence with a number (plural forms differ per language). */
#define GP_DOC_DOMAIN "groeipad-doc"
#define D_(s) dgettext(GP_DOC_DOMAIN, s)
#define DN_(s, p, n) dngettext(GP_DOC_DOMAIN, s, p, n)
#define D_NOOP(s) (s) /* a document sentence in a static table, translated with D_() */

/* Selects the interface language: "nl" (default, whatever the locale) or
 * "en".  Catalogues come from locale/ next to the binary (a build tree) or
 * the installed GP_LOCALEDIR.  Returns 0, or -1 for an unknown language. */
int i18n_init(const char *lang);

/* The language in use: "nl" or "en". */
const char *i18n_lang(void);

/* The languages a document can be written in: "nl", "en", "tr", "ar", "pl"
 * (NULL-terminated).  Dutch needs no catalogue; the others come from
 * po/doc/. */
extern const char *const i18n_doc_langs[];

/* 1 when lang is one of i18n_doc_langs. */
int i18n_doc_known(const char *lang);

/* Writes the following D_() texts in `lang` (one of i18n_doc_langs) until
 * i18n_doc_end(); the interface's own texts (_()) are not used meanwhile.
 * Returns 0, or -1 for an unknown language (nothing changes). */
int i18n_doc_begin(const char *lang);
void i18n_doc_end(void);

/* The label of a code list entry (data/codes/LIST.tsv) in the document
 * language: `nl` is its Dutch label, `en` its English one; other languages
 * look the Dutch label up in the document catalogue (msgctxt LIST) and fall
 * back to Dutch. */
const char *i18n_doc_label(const char *list, const char *nl, const char *en);

#endif
