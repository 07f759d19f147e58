/*
 * dates.c - month lengths and date lines; see dates.h.
 */
#include "dates.h"

#include "ascii.h"
#include "utf8_text.h"

int
date_days_in_month(int64_t year, int month)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int			leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

	return month == 2 && leap ? 29 : days[month - 1];
}

/* ---------------------------------------------------------------------
 * date lines
 * ------------------------------------------------------------------- */

typedef struct DateCursor
{
	const char *s;
	size_t		len;
	size_t		pos;
} DateCursor;

/* Each month's spellings, full name first (only abbreviations may end in "."). */
#define MONTH_SPELLINGS 3

static const char *const month_names[12][MONTH_SPELLINGS] = {
	{"january", "jan", NULL}, {"february", "feb", NULL}, {"march", "mar", NULL},
	{"april", "apr", NULL}, {"may", NULL, NULL}, {"june", "jun", NULL},
	{"july", "jul", NULL}, {"august", "aug", NULL}, {"september", "sep", "sept"},
	{"october", "oct", NULL}, {"november", "nov", NULL}, {"december", "dec", NULL}
};

static const char *const weekday_names[] = {
	"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday",
	"thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
	NULL
};

static const char *const ordinal_suffixes[] = {"st", "nd", "rd", "th", NULL};

/* Skip white space and at most one comma; return whether anything was skipped. */
static int
date_separator(DateCursor *c)
{
	size_t		before = c->pos;
	int			commas = 0;

	while (c->pos < c->len)
	{
		uint32_t	cp;
		size_t		n = utf8t_decode(c->s, c->len, c->pos, &cp);

		if (cp == ',' && commas == 0)
			commas++;
		else if (!utf8t_is_space(cp))
			break;
		c->pos += n;
	}
	return c->pos > before;
}

/* A run of min..max ASCII digits; *value receives it. */
static int
date_number(DateCursor *c, int min, int max, int *value)
{
	int			n = 0;
	int			v = 0;

	while (c->pos < c->len && ascii_is_digit(c->s[c->pos]))
	{
		if (++n > max)
			return 0;
		v = v * 10 + (c->s[c->pos] - '0');
		c->pos++;
	}
	*value = v;
	return n >= min;
}

/* A run of ASCII letters: its start and length (0 if none). */
static size_t
date_letters(DateCursor *c, size_t *start)
{
	*start = c->pos;
	while (c->pos < c->len && ascii_is_letter(c->s[c->pos]))
		c->pos++;
	return c->pos - *start;
}

/* An English month name or abbreviation (an abbreviation may end in "."). */
static int
date_month(DateCursor *c, int *month)
{
	size_t		start;
	size_t		n = date_letters(c, &start);

	for (int m = 0; m < 12 && n > 0; m++)
	{
		for (int k = 0; k < MONTH_SPELLINGS && month_names[m][k] != NULL; k++)
		{
			if (ascii_word_is(c->s + start, n, month_names[m][k]))
			{
				if (k > 0 && c->pos < c->len && c->s[c->pos] == '.')
					c->pos++;
				*month = m + 1;
				return 1;
			}
		}
	}
	return 0;
}

/* A day of the month, with an optional ordinal suffix (9th, 1st). */
static int
date_day(DateCursor *c, int *day)
{
	size_t		start;
	size_t		n;

	if (!date_number(c, 1, 2, day))
		return 0;
	n = date_letters(c, &start);
	return n == 0 || ascii_word_in(c->s + start, n, ordinal_suffixes);
}

/* 1: a date; -1: shaped like one but not in the calendar; 0: not a date. */
static int
date_finish(DateCursor *c, int year, int month, int day, CalendarDate *out)
{
	if (c->pos != c->len)
		return 0;
	if (year < 1000 || month < 1 || month > 12 || day < 1 || day > date_days_in_month(year, month))
		return -1;
	out->year = year;
	out->month = month;
	out->day = day;
	return 1;
}

/* "Tuesday, " before a date: skipped if present. */
static void
date_weekday(DateCursor *c)
{
	size_t		save = c->pos;
	size_t		start;
	size_t		n = date_letters(c, &start);

	if (n > 0 && ascii_word_in(c->s + start, n, weekday_names) && date_separator(c))
		return;
	c->pos = save;
}

int
date_parse_line(const char *s, size_t len, CalendarDate *out)
{
	DateCursor	c = {s, len, 0};
	int			year,
				month,
				day;

	if (len > DATE_LINE_MAX_BYTES)
		return 0;

	date_weekday(&c);
	if (c.pos < len && ascii_is_digit(s[c.pos]))
	{
		size_t		save = c.pos;

		/* 2025-12-09 */
		if (date_number(&c, 4, 4, &year) && c.pos < len && s[c.pos] == '-')
		{
			c.pos++;
			if (!date_number(&c, 1, 2, &month) || c.pos >= len || s[c.pos] != '-')
				return 0;
			c.pos++;
			if (!date_number(&c, 1, 2, &day))
				return 0;
			return date_finish(&c, year, month, day, out);
		}
		/* 09 December 2025 */
		c.pos = save;
		if (!(date_day(&c, &day) && date_separator(&c) && date_month(&c, &month) &&
			  date_separator(&c) && date_number(&c, 4, 4, &year)))
			return 0;
		return date_finish(&c, year, month, day, out);
	}
	/* December 9, 2025 */
	if (!(date_month(&c, &month) && date_separator(&c) && date_day(&c, &day) &&
		  date_separator(&c) && date_number(&c, 4, 4, &year)))
		return 0;
	return date_finish(&c, year, month, day, out);
}
