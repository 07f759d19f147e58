/*
 * utctime.c - ISO 8601 UTC text for PostgreSQL timestamps; see utctime.h.
 * Calendar arithmetic is the proleptic Gregorian calendar, as PostgreSQL's.
 */
#include "utctime.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "dates.h"

#define USECS_PER_DAY    INT64_C(86400000000)
#define USECS_PER_SEC    INT64_C(1000000)
#define DAYS_1970_TO_2000 10957
#define SECS_PER_HOUR    3600
#define SECS_PER_MINUTE  60

/*
 * H. Hinnant's civil-date algorithms count in eras of 400 years (the
 * Gregorian cycle) from 0000-03-01, so that a leap day ends its year.
 */
#define DAYS_PER_ERA     146097
#define DAYS_0000_03_01_TO_1970 719468

/* Days since 1970-01-01 of a civil date (H. Hinnant's algorithm). */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t		era;
	int64_t		yoe;
	int64_t		doy;
	int64_t		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * DAYS_PER_ERA + doe - DAYS_0000_03_01_TO_1970;
}

static void
civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
	int64_t		era;
	int64_t		doe;
	int64_t		yoe;
	int64_t		doy;
	int64_t		mp;

	z += DAYS_0000_03_01_TO_1970;
	era = (z >= 0 ? z : z - (DAYS_PER_ERA - 1)) / DAYS_PER_ERA;
	doe = z - era * DAYS_PER_ERA;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

int
utctime_is_valid(int64_t t)
{
	return t == UTCTIME_NEG_INF || t == UTCTIME_POS_INF ||
		(t >= UTCTIME_MIN && t < UTCTIME_END);
}

int
utctime_format(int64_t t, char *buf)
{
	int64_t		days;
	int64_t		rem;
	int64_t		y;
	int			m;
	int			d;
	int			n;
	int64_t		secs;
	int64_t		frac;

	if (t == UTCTIME_NEG_INF)
		return sprintf(buf, "-infinity");
	if (t == UTCTIME_POS_INF)
		return sprintf(buf, "infinity");
	days = t / USECS_PER_DAY;
	rem = t % USECS_PER_DAY;
	if (rem < 0)
	{
		days--;
		rem += USECS_PER_DAY;
	}
	civil_from_days(days + DAYS_1970_TO_2000, &y, &m, &d);
	secs = rem / USECS_PER_SEC;
	frac = rem % USECS_PER_SEC;
	n = sprintf(buf, "%s%04lld-%02d-%02dT%02d:%02d:%02d", y < 0 ? "-" : "",
				(long long) (y < 0 ? -y : y), m, d,
				(int) (secs / SECS_PER_HOUR), (int) (secs / SECS_PER_MINUTE % 60),
				(int) (secs % SECS_PER_MINUTE));
	if (frac != 0)
	{
		int			digits = 6;

		while (frac % 10 == 0)
		{
			frac /= 10;
			digits--;
		}
		n += sprintf(buf + n, ".%0*lld", digits, (long long) frac);
	}
	buf[n++] = 'Z';
	buf[n] = '\0';
	return n;
}

/* Exactly `count` digits at s[*at]; advances *at. */
static int
read_digits(const char *s, size_t len, size_t *at, int count, int64_t *out)
{
	int64_t		v = 0;

	if (len - *at < (size_t) count)
		return 0;
	for (int i = 0; i < count; i++)
	{
		char		c = s[*at + i];

		if (!ascii_is_digit(c))
			return 0;
		v = v * 10 + (c - '0');
	}
	*at += (size_t) count;
	*out = v;
	return 1;
}

static int
expect(const char *s, size_t len, size_t *at, char c)
{
	if (*at >= len || s[*at] != c)
		return 0;
	(*at)++;
	return 1;
}

int
utctime_parse(const char *s, size_t len, int64_t *out)
{
	size_t		at = 0;
	int			negative = 0;
	size_t		year_digits = 0;
	int64_t		y = 0;
	int64_t		mo, d, h, mi, sec;
	int64_t		frac = 0;
	__int128	t;

	if (len == strlen("infinity") && memcmp(s, "infinity", len) == 0)
	{
		*out = UTCTIME_POS_INF;
		return 1;
	}
	if (len == strlen("-infinity") && memcmp(s, "-infinity", len) == 0)
	{
		*out = UTCTIME_NEG_INF;
		return 1;
	}
	if (at < len && s[at] == '-')
	{
		negative = 1;
		at++;
	}
	while (at < len && ascii_is_digit(s[at]) && year_digits < 7)
	{
		y = y * 10 + (s[at++] - '0');
		year_digits++;
	}
	if (year_digits < 4 || year_digits > 6)
		return 0;
	if (negative)
		y = -y;
	if (!expect(s, len, &at, '-') || !read_digits(s, len, &at, 2, &mo) ||
		!expect(s, len, &at, '-') || !read_digits(s, len, &at, 2, &d) ||
		!expect(s, len, &at, 'T') || !read_digits(s, len, &at, 2, &h) ||
		!expect(s, len, &at, ':') || !read_digits(s, len, &at, 2, &mi) ||
		!expect(s, len, &at, ':') || !read_digits(s, len, &at, 2, &sec))
		return 0;
	if (at < len && s[at] == '.')
	{
		int			digits = 0;

		at++;
		while (at < len && ascii_is_digit(s[at]) && digits < 7)
		{
			frac = frac * 10 + (s[at++] - '0');
			digits++;
		}
		if (digits == 0 || digits > 6)
			return 0;
		for (; digits < 6; digits++)
			frac *= 10;
	}
	if (!expect(s, len, &at, 'Z') || at != len)
		return 0;
	if (mo < 1 || mo > 12 || d < 1 || d > date_days_in_month(y, (int) mo) ||
		h > 23 || mi > 59 || sec > 59)
		return 0;

	t = (__int128) (days_from_civil(y, (int) mo, (int) d) - DAYS_1970_TO_2000) * USECS_PER_DAY +
		(__int128) (h * SECS_PER_HOUR + mi * SECS_PER_MINUTE + sec) * USECS_PER_SEC + frac;
	if (t < UTCTIME_MIN || t >= UTCTIME_END)
		return 0;
	*out = (int64_t) t;
	return 1;
}
