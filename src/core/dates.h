/*
 * dates.h - calendar dates: the Gregorian calendar's month lengths, and
 * date lines as news pages write them (plain C99, no PostgreSQL headers).
 *
 * The one home of calendar rules in the core: utctime.c checks its
 * timestamps' days with date_days_in_month, articles.c recognises a page's
 * date lines with date_parse_line.
 */
#ifndef EXR_DATES_H
#define EXR_DATES_H

#include <stddef.h>
#include <stdint.h>

typedef struct CalendarDate
{
	int			year;			/* 1000 .. 9999 */
	int			month;			/* 1 .. 12 */
	int			day;			/* 1 .. days in that month */
} CalendarDate;

/*
 * Days in month 1..12 of a year of the proleptic Gregorian calendar
 * (astronomical numbering, as PostgreSQL's: year 0 is 1 BC, a leap year).
 */
int			date_days_in_month(int64_t year, int month);

/* Longer than any date line ("воскресенье, 30 сентября 2025 г., 14:35" is 68 bytes). */
#define DATE_LINE_MAX_BYTES 96

/*
 * Is s[0..len) (already trimmed) exactly a date?  "09 December 2025",
 * "9 Dec. 2025", "December 9, 2025", "Dec 9th 2025", "2025-12-09",
 * "10 декабря 2025" (Russian months in the genitive, or abbreviated: "10
 * дек. 2025"), "10 декабря 2025 г." (or "года"), "10.12.2025"; each
 * optionally after a weekday ("Tuesday, 09 December 2025", "среда, 10
 * декабря 2025") and before a time of day ("12 июля 2025, 14:35",
 * "December 9, 2025 at 2:35 pm").  Month names in any case.  Returns 1 and
 * fills *out for a valid calendar date, -1 for a line shaped like a date
 * that is not in the calendar ("30 February 2025", "31.06.2025"), 0
 * otherwise (also for lines longer than DATE_LINE_MAX_BYTES).
 */
int			date_parse_line(const char *s, size_t len, CalendarDate *out);

#endif
