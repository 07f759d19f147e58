/*
 * fuzz_mentions.c - the three mention extractors on any bytes.  Matches come
 * in text order without overlap, lie inside the text, start on a character
 * boundary counted right, and carry valid values (a known currency, an
 * amount in range).
 */
#include "fuzz.h"
#include "currency_mentions.h"
#include "money_mentions.h"
#include "percent_mentions.h"

static int
valid_value(dec v)
{
	return v.scale >= 0 && v.scale <= DEC_MAX_SCALE &&
		v.coef >= -DEC_MAX_COEF && v.coef <= DEC_MAX_COEF;
}

static void
check_span(const char *s, size_t size, size_t start, size_t end, size_t char_start,
		   size_t *prev_end)
{
	FUZZ_ASSERT(start < end && end <= size);
	FUZZ_ASSERT(start >= *prev_end);
	FUZZ_ASSERT(char_start >= 1 && char_start <= start + 1);
	/* a match never starts on a UTF-8 continuation byte */
	FUZZ_ASSERT(((unsigned char) s[start] & 0xC0) != 0x80);
	*prev_end = end;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *) data;
	size_t		prev_end;

	{
		CurrencyScanner scan;
		CurrencyMention m;

		prev_end = 0;
		currency_scan_init(&scan, s, size);
		while (currency_scan_next(&scan, &m))
		{
			check_span(s, size, m.start, m.end, m.char_start, &prev_end);
			FUZZ_ASSERT(cur_is_valid(m.currency));
			FUZZ_ASSERT(mention_via_name(m.via) != NULL);
		}
	}
	{
		MoneyScanner scan;
		MoneyMention m;

		prev_end = 0;
		money_scan_init(&scan, s, size);
		while (money_scan_next(&scan, &m))
		{
			check_span(s, size, m.start, m.end, m.char_start, &prev_end);
			FUZZ_ASSERT(cur_is_valid(m.currency));
			FUZZ_ASSERT(valid_value(m.amount));
		}
	}
	{
		PercentScanner scan;
		PercentMention m;

		prev_end = 0;
		percent_scan_init(&scan, s, size);
		while (percent_scan_next(&scan, &m))
		{
			check_span(s, size, m.start, m.end, m.char_start, &prev_end);
			FUZZ_ASSERT(valid_value(m.value));
		}
	}
	return 0;
}
