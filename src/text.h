/* text.h — UTF-8 text: checking, folding for search and sort, and making any
 * string safe to show on a terminal.  No curses here: the UI measures and
 * draws, the core only decides what is acceptable. */
#ifndef GP_TEXT_H
#define GP_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one UTF-8 character at s (at most n bytes).  Returns its length in
 * bytes (1–4) and stores the code point, or returns 0 for an invalid or
 * truncated sequence (overlong forms and surrogates are invalid). */
int utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encodes cp into out (room for 4 bytes); returns the length. */
int utf8_encode(uint32_t cp, char *out);

/* 1 when s is entirely valid UTF-8. */
int utf8_valid(const char *s);

/* Number of characters (code points) in valid UTF-8 s. */
size_t utf8_chars(const char *s);

/* 1 for code points that must never reach a terminal or a record as-is:
 * C0 controls, DEL, C1 controls, and the bidirectional overrides that can
 * make text display as something else. */
int text_is_control(uint32_t cp);

/* Folds s for searching and sorting: lower case, diacritics removed
 * (Zoë → zoe, Gülşen → gulsen, Łukasz → lukasz, Straße → strasse).
 * Characters without a Latin equivalent (王) are kept as they are.
 * Always NUL-terminates out (truncating at a character boundary). */
void text_fold(const char *s, char *out, size_t outsz);

/* Transliterates one UTF-8 character (len bytes at ch) to ASCII with
 * glibc's tables of the C.UTF-8 locale, whatever the user's locale is
 * (ë → e, ß → ss, Ø → O).  Returns the length written to out (always
 * terminated), or 0 when there is no Latin equivalent (王). */
size_t text_translit(const char *ch, size_t len, char *out, size_t outsz);

/* Copies s to out so that it is harmless on a terminal: control characters
 * become visible placeholders (␛ for ESC, or ^[ when `ascii`), invalid bytes
 * become U+FFFD (or ?).  When `ascii` is set, every non-ASCII character is
 * folded or replaced by '?'.  Always NUL-terminates out. */
void text_sanitize(const char *s, char *out, size_t outsz, int ascii);

/* Copies at most outsz-1 bytes of s into out without splitting a UTF-8
 * character; always NUL-terminates.  Returns 1 if s was cut. */
int text_copy(char *out, size_t outsz, const char *s);

/* Removes leading and trailing ASCII white space in place. */
void text_trim(char *s);

#endif
