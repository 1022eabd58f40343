/* text.c — UTF-8 decoding, folding (via the iconv API's transliteration) and
 * sanitising for the terminal.  See text.h. */
#include <ctype.h>
#include <iconv.h>
#include <locale.h>
#include <string.h>

#include "text.h"

int utf8_decode(const char *str, size_t n, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (n == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	int len;
	uint32_t c, min;
	if ((s[0] & 0xE0) == 0xC0) {
		len = 2; c = s[0] & 0x1F; min = 0x80;
	} else if ((s[0] & 0xF0) == 0xE0) {
		len = 3; c = s[0] & 0x0F; min = 0x800;
	} else if ((s[0] & 0xF8) == 0xF0) {
		len = 4; c = s[0] & 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if ((size_t)len > n)
		return 0;
	for (int i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

int utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

int utf8_valid(const char *s)
{
	size_t n = strlen(s);
	uint32_t cp;
	while (n > 0) {
		int k = utf8_decode(s, n, &cp);
		if (k == 0)
			return 0;
		s += k;
		n -= (size_t)k;
	}
	return 1;
}

size_t utf8_chars(const char *s)
{
	size_t count = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			count++;
	return count;
}

int text_is_control(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
	       (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

/* Appends n bytes to out if they fit; returns 0 when out is full. */
static int put(char *out, size_t outsz, size_t *pos, const char *b, size_t n)
{
	if (*pos + n + 1 > outsz)
		return 0;
	memcpy(out + *pos, b, n);
	*pos += n;
	out[*pos] = '\0';
	return 1;
}

size_t text_translit(const char *ch, size_t len, char *out, size_t outsz)
{
	/* Opened once and kept: iconv_open loads conversion modules, too slow to
	 * repeat for every character of every search keystroke. */
	static locale_t cutf8;
	static iconv_t cd = (iconv_t)-1;
	if (!cutf8)
		cutf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	if (!cutf8 || len == 0 || len > 4 || outsz < 2)
		return 0;
	locale_t old = uselocale(cutf8);
	if (cd == (iconv_t)-1)
		cd = iconv_open("ASCII//TRANSLIT", "UTF-8");
	size_t written = 0;
	if (cd != (iconv_t)-1) {
		iconv(cd, NULL, NULL, NULL, NULL); /* back to the initial state */
		char in[8];
		memcpy(in, ch, len);
		char *ip = in, *op = out;
		size_t il = len, ol = outsz - 1;
		if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1 && il == 0) {
			*op = '\0';
			written = (size_t)(op - out);
			if (written == 0 || strchr(out, '?'))
				written = 0;
		}
	}
	uselocale(old);
	return written;
}

void text_fold(const char *s, char *out, size_t outsz)
{
	size_t pos = 0, n = strlen(s);
	if (outsz == 0)
		return;
	out[0] = '\0';
	while (n > 0) {
		uint32_t cp;
		int k = utf8_decode(s, n, &cp);
		if (k == 0) { /* invalid byte: skip it */
			s++;
			n--;
			continue;
		}
		char buf[16];
		size_t blen;
		if (cp < 0x80) {
			buf[0] = (char)tolower((unsigned char)cp);
			blen = 1;
		} else if ((blen = text_translit(s, (size_t)k, buf, sizeof buf)) > 0) {
			for (size_t i = 0; i < blen; i++)
				buf[i] = (char)tolower((unsigned char)buf[i]);
		} else {
			memcpy(buf, s, (size_t)k);
			blen = (size_t)k;
		}
		if (!put(out, outsz, &pos, buf, blen))
			return;
		s += k;
		n -= (size_t)k;
	}
}

void text_sanitize(const char *s, char *out, size_t outsz, int ascii)
{
	size_t pos = 0, n = strlen(s);
	if (outsz == 0)
		return;
	out[0] = '\0';
	while (n > 0) {
		uint32_t cp;
		int k = utf8_decode(s, n, &cp);
		char buf[16];
		size_t blen;
		if (k == 0) {
			k = 1;
			if (ascii) {
				buf[0] = '?';
				blen = 1;
			} else {
				blen = (size_t)utf8_encode(0xFFFD, buf);
			}
		} else if (text_is_control(cp)) {
			if (ascii) {
				buf[0] = '^';
				buf[1] = (char)(cp < 0x20 ? cp + '@' : '?');
				blen = 2;
			} else if (cp < 0x20) {
				blen = (size_t)utf8_encode(0x2400 + cp, buf); /* ␀…␟ */
			} else if (cp == 0x7F) {
				blen = (size_t)utf8_encode(0x2421, buf); /* ␡ */
			} else {
				blen = (size_t)utf8_encode(0xFFFD, buf);
			}
		} else if (ascii && cp >= 0x80) {
			blen = text_translit(s, (size_t)k, buf, sizeof buf);
			if (blen == 0) {
				buf[0] = '?';
				blen = 1;
			}
		} else {
			memcpy(buf, s, (size_t)k);
			blen = (size_t)k;
		}
		if (!put(out, outsz, &pos, buf, blen))
			return;
		s += k;
		n -= (size_t)k;
	}
}

int text_copy(char *out, size_t outsz, const char *s)
{
	size_t n = strlen(s);
	if (outsz == 0)
		return n > 0;
	if (n < outsz) {
		memcpy(out, s, n + 1);
		return 0;
	}
	n = outsz - 1;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	memcpy(out, s, n);
	out[n] = '\0';
	return 1;
}

void text_trim(char *s)
{
	size_t n = strlen(s), start = 0;
	while (start < n && isspace((unsigned char)s[start]))
		start++;
	while (n > start && isspace((unsigned char)s[n - 1]))
		n--;
	memmove(s, s + start, n - start);
	s[n - start] = '\0';
}
