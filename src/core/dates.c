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

/* Russian months in the genitive ("10 декабря"), then abbreviations ("10 дек."). */
#define RU_MONTH_SPELLINGS 3

static const char *const ru_month_names[12][RU_MONTH_SPELLINGS] = {
	{"января", "янв", NULL}, {"февраля", "фев", "февр"}, {"марта", "мар", NULL},
	{"апреля", "апр", NULL}, {"мая", NULL, NULL}, {"июня", "июн", NULL},
	{"июля", "июл", NULL}, {"августа", "авг", NULL}, {"сентября", "сен", "сент"},
	{"октября", "окт", NULL}, {"ноября", "ноя", "нояб"}, {"декабря", "дек", NULL}
};

static const char *const weekday_names[] = {
	"monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday",
	"thu", "thur", "thurs", "friday", "fri", "saturday", "sat", "sunday", "sun",
	NULL
};

static const char *const ru_weekday_names[] = {
	"понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
	"пн", "вт", "ср", "чт", "пт", "сб", "вс",
	NULL
};

/* After the year: "г." or "года" ("10 декабря 2025 г."). */
static const char *const ru_year_words[] = {"г", "года", NULL};

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

/* A run of letters (ASCII or not, digits excluded): its start and length in bytes (0 if none). */
static size_t
date_letters(DateCursor *c, size_t *start)
{
	*start = c->pos;
	while (c->pos < c->len)
	{
		uint32_t	cp;
		size_t		n = utf8t_decode(c->s, c->len, c->pos, &cp);

		if (!utf8t_is_word(cp) || ascii_is_digit((unsigned char) c->s[c->pos]))
			break;
		c->pos += n;
	}
	return c->pos - *start;
}

/* Is the word s[0..n) exactly `lower` (UTF-8 small letters), ignoring case? */
static int
word_folds_to(const char *s, size_t n, const char *lower)
{
	return utf8t_match_folded(s, n, 0, lower) == n;
}

static int
word_folds_in(const char *s, size_t n, const char *const *list)
{
	return utf8t_word_in_folded(s, n, list);
}

/* Which spelling of which month is the word s[0..n)?  k: 0 the full name. */
static int
month_of_word(const char *s, size_t n, int *month, int *k)
{
	for (int m = 0; m < 12; m++)
	{
		for (int i = 0; i < MONTH_SPELLINGS && month_names[m][i] != NULL; i++)
			if (ascii_word_is(s, n, month_names[m][i]))
			{
				*month = m + 1;
				*k = i;
				return 1;
			}
		for (int i = 0; i < RU_MONTH_SPELLINGS && ru_month_names[m][i] != NULL; i++)
			if (word_folds_to(s, n, ru_month_names[m][i]))
			{
				*month = m + 1;
				*k = i;
				return 1;
			}
	}
	return 0;
}

/* A month name or abbreviation, English or Russian (an abbreviation may end in "."). */
static int
date_month(DateCursor *c, int *month)
{
	size_t		start;
	size_t		n = date_letters(c, &start);
	int			k;

	if (n == 0 || !month_of_word(c->s + start, n, month, &k))
		return 0;
	if (k > 0 && c->pos < c->len && c->s[c->pos] == '.')
		c->pos++;
	return 1;
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

/* "г." or "года" after the year, if there. */
static void
date_year_word(DateCursor *c)
{
	size_t		save = c->pos;
	size_t		start;
	size_t		n;

	date_separator(c);
	n = date_letters(c, &start);
	if (n > 0 && word_folds_in(c->s + start, n, ru_year_words))
	{
		if (c->pos < c->len && c->s[c->pos] == '.')
			c->pos++;
		return;
	}
	c->pos = save;
}

/*
 * A time of day after the date, if there: "14:35", "9:05:30", "2:35 pm",
 * after white space, a comma, "at" or "в" ("12 июля 2025, 14:35",
 * "December 9, 2025 at 2:35 p.m.").
 */
static void
date_time(DateCursor *c)
{
	size_t		save = c->pos;
	size_t		start;
	size_t		n;
	int			hour,
				minute,
				second;

	if (!date_separator(c))
		return;
	n = date_letters(c, &start);
	if (n > 0)
	{
		if (!(ascii_word_is(c->s + start, n, "at") || word_folds_to(c->s + start, n, "в")) ||
			!date_separator(c))
		{
			c->pos = save;
			return;
		}
	}
	if (!date_number(c, 1, 2, &hour) || hour > 23 || c->pos >= c->len || c->s[c->pos] != ':')
	{
		c->pos = save;
		return;
	}
	c->pos++;
	if (!date_number(c, 2, 2, &minute) || minute > 59)
	{
		c->pos = save;
		return;
	}
	if (c->pos < c->len && c->s[c->pos] == ':')
	{
		c->pos++;
		if (!date_number(c, 2, 2, &second) || second > 59)
		{
			c->pos = save;
			return;
		}
	}
	save = c->pos;
	if (date_separator(c) || c->pos == save)
	{
		static const char *const meridiem[] = {"am", "pm", "a.m.", "p.m.", NULL};
		size_t		end = c->pos;

		while (end < c->len && (ascii_is_letter((unsigned char) c->s[end]) || c->s[end] == '.'))
			end++;
		if (end > c->pos && hour <= 12 && ascii_word_in(c->s + c->pos, end - c->pos, meridiem))
			c->pos = end;
		else
			c->pos = save;
	}
}

/* 1: a date; -1: shaped like one but not in the calendar; 0: not a date. */
static int
date_finish(DateCursor *c, int year, int month, int day, CalendarDate *out)
{
	date_year_word(c);
	date_time(c);
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

	if (n > 0 && (ascii_word_in(c->s + start, n, weekday_names) ||
				  word_folds_in(c->s + start, n, ru_weekday_names)) &&
		date_separator(c))
		return;
	c->pos = save;
}

/* Are there four ASCII digits in a row in s[0..len)? */
static int
has_four_digits(const char *s, size_t len)
{
	int			run = 0;

	for (size_t i = 0; i < len; i++)
	{
		run = ascii_is_digit(s[i]) ? run + 1 : 0;
		if (run == 4)
			return 1;
	}
	return 0;
}

int
date_parse_line(const char *s, size_t len, CalendarDate *out)
{
	DateCursor	c = {s, len, 0};
	int			year,
				month,
				day;

	if (len > DATE_LINE_MAX_BYTES || !has_four_digits(s, len))
		return 0;				/* every date line has a year of four digits */

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
		/* 10.12.2025 */
		c.pos = save;
		if (date_number(&c, 1, 2, &day) && c.pos < len && s[c.pos] == '.' &&
			c.pos + 1 < len && ascii_is_digit(s[c.pos + 1]))
		{
			c.pos++;
			if (!date_number(&c, 1, 2, &month) || c.pos >= len || s[c.pos] != '.')
				return 0;
			c.pos++;
			if (!date_number(&c, 4, 4, &year))
				return 0;
			return date_finish(&c, year, month, day, out);
		}
		/* 09 December 2025, 10 декабря 2025 */
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
