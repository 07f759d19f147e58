/*
 * test_dates.c - unit tests for the calendar and date lines (dates.h).
 */
#include <string.h>

#include "dates.h"
#include "unit.h"

/* ---- month lengths ---------------------------------------------------- */

static void
test_days_in_month(void)
{
	static const int common[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			all = 1;

	for (int m = 1; m <= 12; m++)
		if (date_days_in_month(2025, m) != common[m - 1])
			all = 0;
	CHECK(all, "2025: the twelve month lengths of a common year");
	CHECK(date_days_in_month(2024, 2) == 29, "2024 is a leap year");
	CHECK(date_days_in_month(1900, 2) == 28, "1900 is not (a century)");
	CHECK(date_days_in_month(2000, 2) == 29, "2000 is (every 400 years)");
	CHECK(date_days_in_month(0, 2) == 29, "year 0 (1 BC) is a leap year");
	CHECK(date_days_in_month(-4, 2) == 29, "year -4 (5 BC) is a leap year");
	CHECK(date_days_in_month(-1, 2) == 28, "year -1 (2 BC) is not");
	CHECK(date_days_in_month(-100, 2) == 28, "year -100 is not (a century)");
	CHECK(date_days_in_month(INT64_C(294276), 12) == 31, "the last year PostgreSQL holds");
}

/* ---- dates ------------------------------------------------------------ */

static void
check_date(const char *text, int ok, int y, int m, int d)
{
	CalendarDate	date = {0, 0, 0};
	int			got = date_parse_line(text, strlen(text), &date);

	if (ok)
		CHECK(got && date.year == y && date.month == m && date.day == d,
			  "date \"%s\" is %04d-%02d-%02d (got %d %04d-%02d-%02d)", text, y, m, d,
			  got, date.year, date.month, date.day);
	else
		CHECK(got <= 0, "\"%s\" is not a date", text);
}

static void
test_dates(void)
{
	check_date("09 December 2025", 1, 2025, 12, 9);
	check_date("9 December 2025", 1, 2025, 12, 9);
	check_date("December 9, 2025", 1, 2025, 12, 9);
	check_date("December 9 2025", 1, 2025, 12, 9);
	check_date("2025-12-09", 1, 2025, 12, 9);
	check_date("2025-1-9", 1, 2025, 1, 9);
	check_date("Tuesday, 09 December 2025", 1, 2025, 12, 9);
	check_date("Tue, Dec 9, 2025", 1, 2025, 12, 9);
	check_date("9 Dec. 2025", 1, 2025, 12, 9);
	check_date("Sept 30, 2025", 1, 2025, 9, 30);
	check_date("1st March 2024", 1, 2024, 3, 1);
	check_date("DECEMBER 09, 2025", 1, 2025, 12, 9);
	check_date("09\xc2\xa0" "December\xc2\xa0" "2025", 1, 2025, 12, 9);	/* NBSP */
	check_date("29 February 2024", 1, 2024, 2, 29);
	check_date("29 February 2025", 0, 0, 0, 0);
	CHECK(date_parse_line("29 February 2025", 16, &(CalendarDate) {0, 0, 0}) == -1,
		  "a date-shaped line outside the calendar is -1");
	CHECK(date_parse_line("February 2025", 13, &(CalendarDate) {0, 0, 0}) == 0,
		  "a line that is not shaped like a date is 0");
	check_date("29 February 1900", 0, 0, 0, 0);
	check_date("29 February 2000", 1, 2000, 2, 29);
	check_date("31 April 2025", 0, 0, 0, 0);
	check_date("2025-13-01", 0, 0, 0, 0);
	check_date("2025-12-00", 0, 0, 0, 0);
	check_date("0999-12-01", 0, 0, 0, 0);
	check_date("December 2025", 0, 0, 0, 0);
	check_date("09 December 2025 Markets", 0, 0, 0, 0);
	check_date("On 09 December 2025", 0, 0, 0, 0);
	check_date("9 Decembers 2025", 0, 0, 0, 0);
	check_date("9th", 0, 0, 0, 0);
	check_date("12/09/2025", 0, 0, 0, 0);
	check_date("", 0, 0, 0, 0);
	check_date("May 5, 20255", 0, 0, 0, 0);
	check_date("Tuesday", 0, 0, 0, 0);
	check_date("9xx December 2025", 0, 0, 0, 0);
	{
		char		spaced[DATE_LINE_MAX_BYTES + 2];

		memset(spaced, ' ', sizeof(spaced));
		memcpy(spaced, "09", 2);
		memcpy(spaced + sizeof(spaced) - 14, "December 2025", 14);	/* with its NUL */
		CHECK(date_parse_line(spaced, strlen(spaced), &(CalendarDate) {0, 0, 0}) == 0,
			  "a line longer than DATE_LINE_MAX_BYTES is no date (%zu bytes)", strlen(spaced));
		CHECK(date_parse_line(spaced + 2, strlen(spaced + 2), &(CalendarDate) {0, 0, 0}) == 0 &&
			  date_parse_line("09", 2, &(CalendarDate) {0, 0, 0}) == 0,
			  "(neither half is a date alone)");
	}
}

/* Russian date lines: every month in the genitive, "г.", numeric dates, weekdays. */
static void
test_russian_dates(void)
{
	static const char *const months[12] = {
		"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
		"сентября", "октября", "ноября", "декабря"
	};
	int			all = 1;

	for (int m = 0; m < 12; m++)
	{
		char		line[64];
		CalendarDate d = {0, 0, 0};

		snprintf(line, sizeof(line), "10 %s 2025", months[m]);
		if (date_parse_line(line, strlen(line), &d) != 1 || d.month != m + 1 || d.day != 10)
		{
			printf("# %s\n", line);
			all = 0;
		}
	}
	CHECK(all, "\"10 <month> 2025\" for every month in the genitive");
	check_date("10 декабря 2025", 1, 2025, 12, 10);
	check_date("10 декабря 2025 г.", 1, 2025, 12, 10);
	check_date("10 декабря 2025 года", 1, 2025, 12, 10);
	check_date("10 декабря 2025г.", 1, 2025, 12, 10);
	check_date("10 ДЕКАБРЯ 2025", 1, 2025, 12, 10);
	check_date("10 Декабря 2025 Г.", 1, 2025, 12, 10);
	check_date("10 дек. 2025", 1, 2025, 12, 10);
	check_date("3 сент. 2025 г.", 1, 2025, 9, 3);
	check_date("10.12.2025", 1, 2025, 12, 10);
	check_date("1.2.2025", 1, 2025, 2, 1);
	check_date("среда, 10 декабря 2025", 1, 2025, 12, 10);
	check_date("Среда, 10.12.2025", 1, 2025, 12, 10);
	check_date("ср, 10 декабря 2025 г.", 1, 2025, 12, 10);
	check_date("10\xc2\xa0декабря\xc2\xa0" "2025\xc2\xa0г.", 1, 2025, 12, 10);	/* NBSP */
	check_date("31 июня 2025 г.", 0, 0, 0, 0);
	CHECK(date_parse_line("31.06.2025", 10, &(CalendarDate) {0, 0, 0}) == -1,
		  "31.06.2025 is shaped like a date but not in the calendar (-1)");
	check_date("29.02.2024", 1, 2024, 2, 29);
	check_date("10.13.2025", 0, 0, 0, 0);
	check_date("10.12.25", 0, 0, 0, 0);
	check_date("10.12", 0, 0, 0, 0);
	check_date("декабря 10, 2025", 1, 2025, 12, 10);
	check_date("10 декабрь 2025", 0, 0, 0, 0);	/* the nominative is not a date form */
	check_date("10 декабря", 0, 0, 0, 0);
	check_date("в 2025 году", 0, 0, 0, 0);
	check_date("10 декабря 2025 года в Алматы", 0, 0, 0, 0);
	check_date("10 декабря 2025 гг.", 0, 0, 0, 0);
}

/* A time of day after the date belongs to the date line. */
static void
test_date_times(void)
{
	check_date("12 июля 2025, 14:35", 1, 2025, 7, 12);
	check_date("12 июля 2025 г., 14:35", 1, 2025, 7, 12);
	check_date("12 июля 2025 в 14:35", 1, 2025, 7, 12);
	check_date("10.12.2025 14:35", 1, 2025, 12, 10);
	check_date("10.12.2025 9:05:30", 1, 2025, 12, 10);
	check_date("10 December 2025, 14:35", 1, 2025, 12, 10);
	check_date("December 9, 2025 at 2:35 pm", 1, 2025, 12, 9);
	check_date("December 9, 2025 2:35pm", 1, 2025, 12, 9);
	check_date("December 9, 2025 at 2:35 p.m.", 1, 2025, 12, 9);
	check_date("2025-12-09 08:00", 1, 2025, 12, 9);
	check_date("10.12.2025 24:00", 0, 0, 0, 0);
	check_date("10.12.2025 14:60", 0, 0, 0, 0);
	check_date("10.12.2025 14:5", 0, 0, 0, 0);
	check_date("10.12.2025 14:35 MSK", 0, 0, 0, 0);
	check_date("December 9, 2025 at 14:35 pm", 0, 0, 0, 0);
	check_date("December 9, 2025 at", 0, 0, 0, 0);
	check_date("10 декабря 2025, в", 0, 0, 0, 0);
}

int
main(void)
{
	test_days_in_month();
	test_dates();
	test_russian_dates();
	test_date_times();
	UNIT_DONE();
}
