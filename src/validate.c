/* validate.c — see validate.h.  The rules come from DOMAIN.md §6. */
#include <ctype.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "validate.h"

int valid_bsn(const char *s, char *norm, const char **why)
{
	char d[16];
	int n = 0;
	for (; *s; s++) {
		if (isdigit((unsigned char)*s)) {
			if (n >= 9) {
				*why = _("Een BSN heeft 9 cijfers; dit zijn er meer.");
				return -1;
			}
			d[n++] = *s;
		} else if (*s != ' ' && *s != '.') {
			*why = _("Een BSN bestaat alleen uit cijfers.");
			return -1;
		}
	}
	if (n < 8) {
		*why = n == 0 ? _("Vul een BSN in (9 cijfers).")
			      : _("Een BSN heeft 9 cijfers (een oud nummer van 8 cijfers mag ook).");
		return -1;
	}
	if (n == 8) { /* older numbers: a leading zero makes them 9 */
		memmove(d + 1, d, 8);
		d[0] = '0';
	}
	d[9] = '\0';
	int sum = 0, zeros = 1;
	for (int i = 0; i < 9; i++) {
		int digit = d[i] - '0';
		if (digit)
			zeros = 0;
		sum += i < 8 ? (9 - i) * digit : -digit;
	}
	if (zeros) {
		*why = _("Een BSN van alleen nullen bestaat niet.");
		return -1;
	}
	if (sum % 11 != 0) {
		*why = _("Dit BSN klopt niet (de elfproef faalt): controleer de cijfers.");
		return -1;
	}
	memcpy(norm, d, 10);
	return 0;
}

int valid_postcode(const char *s, char *norm, const char **why)
{
	char buf[16];
	int n = 0;
	for (; *s && n < 15; s++)
		if (*s != ' ')
			buf[n++] = (char)toupper((unsigned char)*s);
	buf[n] = '\0';
	if (*s || n != 6 || !isdigit((unsigned char)buf[0]) || buf[0] == '0' ||
	    !isdigit((unsigned char)buf[1]) || !isdigit((unsigned char)buf[2]) ||
	    !isdigit((unsigned char)buf[3]) || !isupper((unsigned char)buf[4]) ||
	    !isupper((unsigned char)buf[5]) || (unsigned char)buf[4] > 'Z' ||
	    (unsigned char)buf[5] > 'Z') {
		*why = _("Een postcode is 4 cijfers (niet met 0 beginnend) en 2 letters, bijvoorbeeld 1234 AB.");
		return -1;
	}
	if (buf[4] == 'S' && (buf[5] == 'A' || buf[5] == 'D' || buf[5] == 'S')) {
		*why = _("Postcodes met de letters SA, SD of SS worden niet uitgegeven.");
		return -1;
	}
	memcpy(norm, buf, 4);
	norm[4] = ' ';
	memcpy(norm + 5, buf + 4, 2);
	norm[7] = '\0';
	return 0;
}

static int check_chars(const char *s, int max_chars, int allow_newlines, const char **why)
{
	if (!utf8_valid(s)) {
		*why = _("Deze tekst bevat ongeldige tekens (geen geldige UTF-8).");
		return -1;
	}
	size_t n = strlen(s);
	uint32_t cp;
	for (size_t i = 0; i < n;) {
		int k = utf8_decode(s + i, n - i, &cp);
		if (text_is_control(cp) && !(allow_newlines && (cp == '\n' || cp == '\t'))) {
			*why = _("Deze tekst bevat een stuurteken; typ alleen gewone tekens.");
			return -1;
		}
		i += (size_t)k;
	}
	if (utf8_chars(s) > (size_t)max_chars) {
		*why = _("Deze tekst is te lang.");
		return -1;
	}
	return 0;
}

int valid_text(const char *s, int max_chars, int required, const char **why)
{
	if (required) {
		const char *p = s;
		while (*p == ' ')
			p++;
		if (*p == '\0') {
			*why = _("Dit veld is verplicht.");
			return -1;
		}
	}
	return check_chars(s, max_chars, 0, why);
}

int valid_note(const char *s, int max_chars, const char **why)
{
	return check_chars(s, max_chars, 1, why);
}

int valid_birth_date(struct gp_date d, struct gp_date today, const char **why)
{
	if (!date_valid(d.y, d.m, d.d)) {
		*why = _("Die datum bestaat niet.");
		return -1;
	}
	if (date_cmp(d, today) > 0) {
		*why = _("Een geboortedatum kan niet in de toekomst liggen.");
		return -1;
	}
	if (date_cmp(d, date_add_months(today, -25 * 12)) < 0) {
		*why = _("Deze geboortedatum ligt meer dan 25 jaar terug; controleer het jaar.");
		return -1;
	}
	return 0;
}
