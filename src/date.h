/* date.h — calendar dates: the Dutch dd-mm-jjjj form people type, the ISO
 * form stored in the database, day arithmetic, ages, and "today" (which
 * GROEIPAD_TODAY=YYYY-MM-DD fixes for tests and demos). */
#ifndef GP_DATE_H
#define GP_DATE_H

struct gp_date {
	int y; /* year, e.g. 2026 */
	int m; /* month 1–12 */
	int d; /* day 1–31 */
};

/* 1 when y-m-d is a real calendar date between the years 1900 and 2199. */
int date_valid(int y, int m, int d);
int date_is_leap(int y);
int date_days_in_month(int y, int m);

/* Days since 1970-01-01 and back (proleptic Gregorian). */
long date_to_days(struct gp_date d);
struct gp_date date_from_days(long days);

/* Negative, zero or positive like strcmp. */
int date_cmp(struct gp_date a, struct gp_date b);

/* Adds months, clamping the day to the end of the month (31-01 + 1 m = 28/29-02). */
struct gp_date date_add_months(struct gp_date d, int months);

/* Parses what a person types in a date field: "dd-mm-jjjj", "d-m-jjjj",
 * "ddmmjjjj", "t" (today), and offsets from today "+3w", "-2d", "+1m",
 * "+1j" (d days, w weeks, m months, j years).  Returns 0 and fills out, or
 * -1 and points *why at a Dutch sentence (translated) explaining the problem. */
int date_parse_nl(const char *s, struct gp_date today, struct gp_date *out, const char **why);

/* Parses "YYYY-MM-DD" exactly; 0 or -1. */
int date_parse_iso(const char *s, struct gp_date *out);

/* "dd-mm-jjjj" and "YYYY-MM-DD"; buf needs 11 bytes. */
void date_fmt_nl(struct gp_date d, char *buf);
void date_fmt_iso(struct gp_date d, char *buf);

/* Completed years and months between birth and `on` (0,0 if on < birth). */
void date_age(struct gp_date birth, struct gp_date on, int *years, int *months);

/* Today: GROEIPAD_TODAY when set and valid, otherwise the local date. */
struct gp_date date_today(void);

/* The current moment as "YYYY-MM-DDTHH:MM:SS" local time; with GROEIPAD_TODAY
 * set, the date part is that day (the clock time stays real). buf: 20 bytes. */
void date_now_iso(char *buf);

enum { DATE_STAMP_LEN = 26 };

/* The current moment in UTC with its offset, "YYYY-MM-DDTHH:MM:SS+00:00"
 * (RFC 3339), as the audit log stores it; with GROEIPAD_TODAY set, the
 * date part is that day.  buf: DATE_STAMP_LEN bytes. */
void date_now_utc(char *buf);

/* A stored moment for people, "dd-mm-jjjj HH:MM" in local time: a stamp
 * with an offset ("…+00:00", "…Z", "…+01:00") is converted; one without
 * (written before the offset was kept) is shown as it is.  buf: 17 bytes;
 * "-" when s is not a time stamp. */
void date_stamp_local(const char *s, char *buf);

/* Seconds since 1970 (UTC) of a stored moment as date_stamp_local reads
 * it (no offset: taken as local time); -1 when s is not a time stamp. */
long long date_stamp_epoch(const char *s);

#endif
