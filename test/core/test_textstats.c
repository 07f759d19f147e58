/*
 * test_textstats.c - unit tests for word, sentence and paragraph counts and
 * the reading time.
 */
#include <stdint.h>

#include "textstats.h"
#include "unit.h"

static void
check_stats(const char *text, int64_t words, int64_t sentences, int64_t paragraphs,
			const char *what)
{
	TextStats	st;

	text_stats(text, strlen(text), &st);
	CHECK(st.words == words && st.sentences == sentences && st.paragraphs == paragraphs,
		  "%s: %lld words, %lld sentences, %lld paragraphs (got %lld, %lld, %lld)", what,
		  (long long) words, (long long) sentences, (long long) paragraphs,
		  (long long) st.words, (long long) st.sentences, (long long) st.paragraphs);
}

static void
check_minutes(int64_t words, const char *want)
{
	char		buf[DEC_FORMAT_MAX];

	dec_format(text_reading_minutes(words), buf);
	CHECK_STR(buf, want, "%lld words read in %s minutes at 238 a minute", (long long) words, want);
}

static void
test_counts(void)
{
	check_stats("", 0, 0, 0, "empty");
	check_stats(" \n\xc2\xa0\n\t", 0, 0, 0, "white space only");
	check_stats("One two three.", 3, 1, 1, "one sentence");
	check_stats("One. Two! Three? Four…", 4, 4, 1, "four terminators");
	check_stats("He said “it is over.” Then he left.", 8, 2, 1, "terminator inside closing quotes");
	check_stats("The U.S. President met Mr. Smith on Jan. 5 in Washington.", 11, 1, 1,
				"initials and abbreviations do not end sentences");
	check_stats("It rose 3.5% in 2024. Then it fell.", 8, 2, 1, "decimal points do not");
	check_stats("Wait... what?", 2, 2, 1, "an ellipsis ends a sentence");
	check_stats("First paragraph.\n\nSecond paragraph.\n\xc2\xa0\nThird.", 5, 3, 3,
				"paragraphs split by blank and NBSP-only lines");
	check_stats("A line\nwrapped inside one paragraph.", 6, 1, 1, "wrapped lines: one paragraph");
	check_stats("Shifting Migration Trends\n\nWorkers leave.", 5, 2, 2,
				"a heading without a full stop counts as a sentence");
	check_stats("Kassym-Jomart — 14–15 $10 “quoted”", 4, 1, 1,
				"hyphenated words, ranges and amounts are one word; a lone dash is none");
	check_stats("Intro:\n• Kazakhstan – 70,000\n• Turkey – 32,000", 5, 1, 1,
				"a list under its intro is one paragraph, one sentence");
	check_stats("\r\nWindows line.\r\n\r\nEnds.\r\n", 3, 2, 2, "CRLF");
}

static void
test_minutes(void)
{
	check_minutes(0, "0.0");
	check_minutes(11, "0.0");
	check_minutes(12, "0.1");	/* 0.0504 → 0.1 (half up at 11.9 words) */
	check_minutes(238, "1.0");
	check_minutes(845, "3.6");
	check_minutes(2380, "10.0");
	check_minutes(INT64_C(1000000000), "4201680.7");
}

int
main(void)
{
	test_counts();
	test_minutes();
	UNIT_DONE();
}
