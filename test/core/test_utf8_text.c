/*
 * test_utf8_text.c - unit tests for the UTF-8 helpers: validation offsets,
 * decoding, stepping back, character positions and classes.
 */
#include <stdint.h>

#include "utf8_text.h"
#include "unit.h"

static void
check_valid(const char *s, size_t len, size_t want, const char *what)
{
	size_t		got = utf8t_validate(s, len);

	CHECK(got == want, "validate %s: first bad byte at %zu (got %zu)", what, want, got);
}

static void
test_validate(void)
{
	check_valid("", 0, 0, "empty");
	check_valid("plain ascii", 11, 11, "ASCII");
	check_valid("K\xc2\xa0\xe2\x80\x99\xf0\x9f\x98\x80", 10, 10, "NBSP, ’, emoji");
	check_valid("ab\xff", 3, 2, "0xFF");
	check_valid("ab\x80", 3, 2, "lone continuation byte");
	check_valid("a\xc0\xaf", 3, 1, "overlong 2-byte");
	check_valid("a\xe0\x80\xaf", 4, 1, "overlong 3-byte");
	check_valid("a\xf0\x80\x80\xaf", 5, 1, "overlong 4-byte");
	check_valid("a\xed\xa0\x80", 4, 1, "surrogate D800");
	check_valid("a\xf4\x90\x80\x80", 5, 1, "above U+10FFFF");
	check_valid("a\xe2\x80", 3, 1, "truncated at the end");
	check_valid("a\xe2\x28\xa1", 4, 1, "bad second byte");
	check_valid("a\0b", 3, 1, "NUL byte");
	check_valid("\xf4\x8f\xbf\xbf", 4, 4, "U+10FFFF is valid");
	check_valid("\xed\x9f\xbf", 3, 3, "U+D7FF is valid");
	check_valid("0123456789abcdef\xff", 17, 16, "bad byte after two clean 8-byte blocks");
	check_valid("0123456\xff" "89abcdef", 16, 7, "bad byte at the end of the first block");
	check_valid("0123\0" "56789abcdef", 16, 4, "NUL inside a block");
}

/* The first bad byte, found one character at a time (the reference). */
static size_t
slow_validate(const char *s, size_t len)
{
	size_t		pos = 0;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		n;

		if (s[pos] == 0)
			return pos;
		n = utf8t_decode(s, len, pos, &cp);
		if (cp == UTF8T_REPLACEMENT &&
			!(n == 3 && memcmp(s + pos, "\xef\xbf\xbd", 3) == 0))
			return pos;
		pos += n;
	}
	return len;
}

/* The 8-bytes-at-a-time path agrees with the reference everywhere. */
static void
test_validate_property(void)
{
	static const char *const pieces[] = {
		"a", "abcdefgh", "\xc2\xa0", "\xe2\x80\x99", "\xf0\x9f\x98\x80", "\xff", "\x80",
		"\xe2\x80", "\0", "\xef\xbf\xbd", "\xed\xa0\x80", "0123456789abcdef",
	};
	static const size_t lens[] = {1, 8, 2, 3, 4, 1, 1, 2, 1, 3, 3, 16};
	uint64_t	state = 42;
	int			ok = 1;

	for (int round = 0; round < 20000 && ok; round++)
	{
		char		buf[128];
		size_t		n = 0;

		while (n < sizeof(buf) - 16)
		{
			size_t		k;

			state = state * 6364136223846793005u + 1442695040888963407u;
			k = (size_t) (state >> 33) % 12;
			/* mostly clean ASCII, so the fast path runs */
			if ((state >> 20) % 4 != 0)
				k = (state >> 40) % 2 == 0 ? 1 : 11;
			memcpy(buf + n, pieces[k], lens[k]);
			n += lens[k];
			if ((state >> 50) % 25 == 0)
				break;
		}
		if (utf8t_validate(buf, n) != slow_validate(buf, n))
			ok = 0;
	}
	CHECK(ok, "20000 random texts: validation agrees with a character-by-character check");
}

static void
test_decode(void)
{
	uint32_t	cp;
	const char *s = "\xe2\x82\xb8" "x\xff";

	CHECK(utf8t_decode(s, 5, 0, &cp) == 3 && cp == 0x20B8, "decode ₸");
	CHECK(utf8t_decode(s, 5, 3, &cp) == 1 && cp == 'x', "decode x");
	CHECK(utf8t_decode(s, 5, 4, &cp) == 1 && cp == UTF8T_REPLACEMENT, "bad byte decodes as U+FFFD, length 1");
	CHECK(utf8t_decode(s, 2, 0, &cp) == 1 && cp == UTF8T_REPLACEMENT, "truncated sequence: length 1");
	CHECK(utf8t_prev(s, 3, &cp) == 0 && cp == 0x20B8, "prev over ₸");
	CHECK(utf8t_prev(s, 4, &cp) == 3 && cp == 'x', "prev over x");
	CHECK(utf8t_prev("\x80\x80\x80\x80\x80", 5, &cp) == 4 && cp == UTF8T_REPLACEMENT,
		  "prev over continuation bytes steps one byte");
}

static void
test_positions(void)
{
	const char *s = "Tajikistan\xe2\x80\x99s \xe2\x82\xb8" "70";	/* Tajikistan’s ₸70 */
	Utf8Cursor	c = {0, 0};

	CHECK(utf8t_count(s, 0, strlen(s)) == 16, "16 characters");
	CHECK(utf8t_char_pos(&c, s, 0) == 1, "byte 0 is character 1");
	CHECK(utf8t_char_pos(&c, s, 13) == 12, "after ’ (3 bytes) byte 13 is character 12");
	CHECK(utf8t_char_pos(&c, s, 15) == 14, "₸ (byte 15) is character 14");
	CHECK(utf8t_char_pos(&c, s, 18) == 15, "7 (byte 18) is character 15");
	CHECK(utf8t_char_pos(&c, s, 0) == 1, "going back restarts correctly");
}

static void
test_classes(void)
{
	CHECK(utf8t_is_space(0xA0) && utf8t_is_space(0x202F) && utf8t_is_space(' ') &&
		  utf8t_is_space(0x3000) && utf8t_is_space(0xFEFF), "NBSP, NNBSP, space, ideographic space, BOM are spaces");
	CHECK(!utf8t_is_space('x') && !utf8t_is_space(0x2013), "letters and dashes are not");
	CHECK(utf8t_is_word('a') && utf8t_is_word('7') && utf8t_is_word(0xFD) &&
		  utf8t_is_word(0x0416) && utf8t_is_word(0x4E2D), "ascii, ý, Ж, 中 are word characters");
	CHECK(!utf8t_is_word(0x2019) && !utf8t_is_word(0x2014) && !utf8t_is_word(0x20B8) &&
		  !utf8t_is_word(0xA0) && !utf8t_is_word('-') && !utf8t_is_word(0xFF05),
		  "’ — ₸ NBSP - ％ are not");
	CHECK(utf8t_is_upper('K') && utf8t_is_upper(0xDD) && utf8t_is_upper(0x160) &&
		  utf8t_is_upper(0x139) && utf8t_is_upper(0x416), "K Ý Š Ĺ Ж are capitals");
	CHECK(!utf8t_is_upper('k') && !utf8t_is_upper(0xFD) && !utf8t_is_upper(0x161) &&
		  !utf8t_is_upper(0x13A) && !utf8t_is_upper(0xD7), "k ý š ĺ × are not");
	CHECK(utf8t_is_apostrophe('\'') && utf8t_is_apostrophe(0x2019) && utf8t_is_apostrophe(0x2BB),
		  "apostrophes");
}

static void
test_validate_skip_trim(void)
{
	uint32_t	cp;

	CHECK(utf8t_validate("KGS \xE2\x80\xA2 \xC2\xB7 \xE2\x88\x92 \xC3\xA9", 14) == 14,
		  "a ticker's bullets, minus sign and accents are valid");
	CHECK(utf8t_validate("", 0) == 0, "the empty string is valid");
	CHECK(utf8t_validate("ab\xFF" "cd", 5) == 2, "0xFF is invalid, at offset 2");
	CHECK(utf8t_validate("a\xE2\x80", 3) == 1, "a truncated sequence is invalid");
	CHECK(utf8t_validate("\xC0\xAF", 2) == 0, "an overlong '/' is invalid");
	CHECK(utf8t_validate("\xED\xA0\x80", 3) == 0, "a surrogate is invalid");
	CHECK(utf8t_validate("\xF4\x90\x80\x80", 4) == 0, "above U+10FFFF is invalid");
	CHECK(utf8t_validate("\x80", 1) == 0, "a lone continuation byte is invalid");
	CHECK(utf8t_decode("\xE2\x88\x92", 3, 0, &cp) == 3 && cp == 0x2212, "U+2212 decodes");
	CHECK(utf8t_decode("\xE2\x88\x92", 2, 0, &cp) == 1 && cp == UTF8T_REPLACEMENT,
		  "decoding never reads past len");
	CHECK(utf8t_is_space(0xA0) && utf8t_is_space('\t') && utf8t_is_space(0x202F) &&
		  utf8t_is_space(0xFEFF) && !utf8t_is_space('x') && !utf8t_is_space(UTF8T_REPLACEMENT),
		  "NBSP, tab, narrow NBSP and BOM are space; letters and invalid bytes are not");
	CHECK(utf8t_skip_space("\xC2\xA0\t x", 5, 0) == 4, "skip NBSP, tab and space");
	CHECK(utf8t_skip_space("x  y", 4, 1) == 3 && utf8t_skip_space("x  ", 3, 1) == 3,
		  "skip from a position, up to len");
	CHECK(utf8t_trim_end("x \xC2\xA0\r", 5) == 1, "trim trailing space, NBSP and CR");
	CHECK(utf8t_trim_end("x\xC2", 2) == 2, "a truncated sequence at the end is not space");
	CHECK(utf8t_trim_end(" \t", 2) == 0, "all space trims to nothing");
	CHECK(utf8t_skip_space_back("x \xC2\xA0\t", 5) == 1, "skip back over tab, NBSP and space");
	CHECK(utf8t_skip_space_back("xy", 2) == 2 && utf8t_skip_space_back("  ", 2) == 0,
		  "skip back: nothing to skip, or all of it");
	CHECK(utf8t_is_word_at("a\xD0\x96-", 4, 1) && !utf8t_is_word_at("a\xD0\x96-", 4, 3) &&
		  !utf8t_is_word_at("a", 1, 1), "a word character at a position (Ж yes, - no, past the end no)");
	CHECK(utf8t_is_word_before("a\xD0\x96-", 3) && !utf8t_is_word_before("a\xD0\x96-", 4) &&
		  !utf8t_is_word_before("a", 0), "a word character before a position");
	CHECK(utf8t_is_closing('"') && utf8t_is_closing(')') && utf8t_is_closing(0x201D) &&
		  utf8t_is_closing(0x00BB) && !utf8t_is_closing('(') && !utf8t_is_closing(0x201C),
		  "closing quotes and brackets, not opening ones");
}

int
main(void)
{
	test_validate();
	test_validate_property();
	test_decode();
	test_positions();
	test_classes();
	test_validate_skip_trim();
	UNIT_DONE();
}
