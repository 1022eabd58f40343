/* date.c — see date.h.  Day numbers use the civil-from-days algorithm
 * (Howard Hinnant), valid far beyond the years we accept. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "date.h"
#include "i18n.h"

int date_is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int date_days_in_month(int y, int m)
{
	static const int dim[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m < 1 || m > 12)
		return 0;
	return m == 2 && date_is_leap(y) ? 29 : dim[m - 1];
}

int date_valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= date_days_in_month(y, m);
}

long date_to_days(struct gp_date d)
{
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

struct gp_date date_from_days(long days)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	struct gp_date r;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(yoe + era * 400 + (r.m <= 2));
	return r;
}

int date_cmp(struct gp_date a, struct gp_date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

struct gp_date date_add_months(struct gp_date d, int months)
{
	int total = d.y * 12 + (d.m - 1) + months;
	struct gp_date r = {total / 12, total % 12 + 1, d.d};
	int dim = date_days_in_month(r.y, r.m);
	if (r.d > dim)
		r.d = dim;
	return r;
}

/* Reads exactly `n` digits; -1 if any is not a digit. */
static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int parse_offset(const char *s, struct gp_date today, struct gp_date *out,
			const char **why)
{
	long sign = s[0] == '-' ? -1 : 1;
	char *end;
	long n = strtol(s + 1, &end, 10);
	if (end == s + 1 || n > 100L * 366 || end[0] == '\0' || end[1] != '\0') {
		*why = _("Een verschuiving schrijft u als +3w, -2d, +1m of +1j.");
		return -1;
	}
	struct gp_date r;
	switch (tolower((unsigned char)end[0])) {
	case 'd':
		r = date_from_days(date_to_days(today) + sign * n);
		break;
	case 'w':
		r = date_from_days(date_to_days(today) + sign * 7 * n);
		break;
	case 'm':
		r = date_add_months(today, (int)(sign * n));
		break;
	case 'j':
	case 'y':
		r = date_add_months(today, (int)(sign * 12 * n));
		break;
	default:
		*why = _("Gebruik d (dagen), w (weken), m (maanden) of j (jaren), bijvoorbeeld +3w.");
		return -1;
	}
	if (!date_valid(r.y, r.m, r.d)) {
		*why = _("Die datum valt buiten de jaren 1900–2199.");
		return -1;
	}
	*out = r;
	return 0;
}

int date_parse_nl(const char *s, struct gp_date today, struct gp_date *out, const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	while (isspace((unsigned char)*s))
		s++;
	size_t n = strlen(s);
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n == 0) {
		*why = _("Vul een datum in als dd-mm-jjjj.");
		return -1;
	}
	if (n == 1 && (s[0] == 't' || s[0] == 'T')) {
		*out = today;
		return 0;
	}
	char buf[32];
	if (n >= sizeof buf) {
		*why = _("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2024.");
		return -1;
	}
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (buf[0] == '+' || buf[0] == '-')
		return parse_offset(buf, today, out, why);

	int d = -1, m = -1, y = -1;
	if (n == 8 && digits(buf, 8) >= 0) {
		d = digits(buf, 2);
		m = digits(buf + 2, 2);
		y = digits(buf + 4, 4);
	} else {
		/* d-m-jjjj with '-', '/' or '.' between the parts */
		char *p = buf, *end;
		long parts[3];
		int i;
		for (i = 0; i < 3; i++) {
			if (!isdigit((unsigned char)*p))
				break;
			parts[i] = strtol(p, &end, 10);
			if (end - p > (i == 2 ? 4 : 2))
				break;
			if (i == 2 && end - p != 4)
				break;
			p = end;
			if (i < 2) {
				if (*p != '-' && *p != '/' && *p != '.')
					break;
				p++;
			}
		}
		if (i == 3 && *p == '\0') {
			d = (int)parts[0];
			m = (int)parts[1];
			y = (int)parts[2];
		}
	}
	if (y < 0) {
		*why = _("Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 05-03-2024.");
		return -1;
	}
	if (m < 1 || m > 12) {
		*why = _("Die maand bestaat niet: een maand loopt van 1 tot en met 12.");
		return -1;
	}
	if (y < 1900 || y > 2199) {
		*why = _("Dat jaar kan niet kloppen: kies een jaar tussen 1900 en 2199.");
		return -1;
	}
	if (d < 1 || d > date_days_in_month(y, m)) {
		*why = m == 2 && d == 29
			       ? _("Dat jaar is geen schrikkeljaar: februari heeft 28 dagen.")
			       : _("Die dag bestaat niet in die maand.");
		return -1;
	}
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int date_parse_iso(const char *s, struct gp_date *out)
{
	if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 0 || m < 0 || d < 0 || !date_valid(y, m, d))
		return -1;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

void date_fmt_nl(struct gp_date d, char *buf)
{
	char tmp[48];
	snprintf(tmp, sizeof tmp, "%02d-%02d-%04d", d.d, d.m, d.y);
	memcpy(buf, tmp, 10);
	buf[10] = '\0';
}

void date_fmt_iso(struct gp_date d, char *buf)
{
	if (d.y < 0 || d.y > 9999 || d.m < 0 || d.m > 99 || d.d < 0 || d.d > 99) {
		char tmp[48];
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", d.y, d.m, d.d);
		memcpy(buf, tmp, 10);
		buf[10] = '\0';
		return;
	}
	/* by hand: every date bound to a statement passes here, and snprintf
	 * took 3.6 % of the demo's instructions */
	const int v[] = {d.y / 1000, d.y / 100 % 10, d.y / 10 % 10, d.y % 10, -1,
			 d.m / 10,   d.m % 10,       -1,            d.d / 10, d.d % 10};
	for (int i = 0; i < 10; i++)
		buf[i] = (char)(v[i] < 0 ? '-' : '0' + v[i]);
	buf[10] = '\0';
}

void date_age(struct gp_date birth, struct gp_date on, int *years, int *months)
{
	int total = (on.y - birth.y) * 12 + (on.m - birth.m);
	if (on.d < birth.d)
		total--;
	if (total < 0)
		total = 0;
	*years = total / 12;
	*months = total % 12;
}

struct gp_date date_today(void)
{
	struct gp_date d;
	const char *env = getenv("GROEIPAD_TODAY");
	if (env && date_parse_iso(env, &d) == 0)
		return d;
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	d.y = tm.tm_year + 1900;
	d.m = tm.tm_mon + 1;
	d.d = tm.tm_mday;
	return d;
}

void date_now_iso(char *buf)
{
	time_t now = time(NULL);
	struct tm tm;
	localtime_r(&now, &tm);
	struct gp_date d = date_today();
	char tmp[96];
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d", d.y, d.m, d.d, tm.tm_hour,
		 tm.tm_min, tm.tm_sec);
	memcpy(buf, tmp, 19);
	buf[19] = '\0';
}

void date_now_utc(char *buf)
{
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	struct gp_date d = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
	const char *env = getenv("GROEIPAD_TODAY");
	struct gp_date fixed;
	if (env && date_parse_iso(env, &fixed) == 0)
		d = fixed;
	char tmp[96];
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02dT%02d:%02d:%02d+00:00", d.y, d.m, d.d,
		 tm.tm_hour, tm.tm_min, tm.tm_sec);
	memcpy(buf, tmp, DATE_STAMP_LEN - 1);
	buf[DATE_STAMP_LEN - 1] = '\0';
}

/* The number in the two digits at s, or -1. */
static int two_digits(const char *s)
{
	if (!isdigit((unsigned char)s[0]) || !isdigit((unsigned char)s[1]))
		return -1;
	return (s[0] - '0') * 10 + (s[1] - '0');
}

/* Reads "YYYY-MM-DDTHH:MM:SS" and an optional offset; the seconds since
 * 1970 of the wall-clock time (as if UTC) in *wall and the offset in
 * seconds in *off (*has_off 0 when there is none).  0 or -1. */
static int parse_stamp(const char *s, long long *wall, long *off, int *has_off)
{
	struct gp_date d;
	char day[11];
	if (!s || strlen(s) < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':')
		return -1;
	memcpy(day, s, 10);
	day[10] = '\0';
	long long hh = two_digits(s + 11), mm = two_digits(s + 14), ss = two_digits(s + 17);
	if (date_parse_iso(day, &d) != 0 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 ||
	    ss > 60)
		return -1;
	*wall = (long long)date_to_days(d) * 86400LL + hh * 3600LL + mm * 60LL + ss;
	const char *z = s + 19;
	*off = 0;
	*has_off = 0;
	if (*z == '\0')
		return 0;
	if (strcmp(z, "Z") == 0) {
		*has_off = 1;
		return 0;
	}
	if ((z[0] == '+' || z[0] == '-') && strlen(z) == 6 && z[3] == ':' &&
	    two_digits(z + 1) >= 0 && two_digits(z + 1) < 24 && two_digits(z + 4) >= 0 &&
	    two_digits(z + 4) < 60) {
		*off = (z[0] == '-' ? -1 : 1) * (two_digits(z + 1) * 3600L + two_digits(z + 4) * 60L);
		*has_off = 1;
		return 0;
	}
	return -1;
}

long long date_stamp_epoch(const char *s)
{
	long long wall;
	long off;
	int has_off;
	if (parse_stamp(s, &wall, &off, &has_off) != 0)
		return -1;
	if (has_off)
		return wall - off;
	struct tm tm = {0};
	time_t t = (time_t)wall;
	gmtime_r(&t, &tm);
	tm.tm_isdst = -1;
	return (long long)mktime(&tm);
}

void date_stamp_local(const char *s, char *buf)
{
	long long wall;
	long off;
	int has_off;
	char tmp[64];
	if (parse_stamp(s, &wall, &off, &has_off) != 0) {
		snprintf(buf, 17, "-");
		return;
	}
	struct tm tm;
	time_t t = (time_t)(has_off ? wall - off : wall);
	if (has_off)
		localtime_r(&t, &tm);
	else
		gmtime_r(&t, &tm);
	snprintf(tmp, sizeof tmp, "%02d-%02d-%04d %02d:%02d", tm.tm_mday, tm.tm_mon + 1,
		 tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
	memcpy(buf, tmp, 16);
	buf[16] = '\0';
}
