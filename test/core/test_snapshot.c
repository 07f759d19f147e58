/*
 * test_snapshot.c - unit tests for the deduplicated snapshot: the reference
 * page's facts, conflicts, the text and binary forms, and property tests
 * showing that any order and any split of the rows give the same snapshot.
 */
#include <stdlib.h>

#include "snapshot.h"
#include "ticker.h"
#include "utctime.h"
#include "unit.h"

/* ---- plumbing ---------------------------------------------------------- */

static void *
heap_resize(void *ctx, void *ptr, size_t old_size, size_t new_size)
{
	(void) ctx;
	(void) old_size;
	return realloc(ptr, new_size);
}

static void
heap_release(void *ctx, void *ptr)
{
	(void) ctx;
	free(ptr);
}

static const SnapAllocator heap = {heap_resize, heap_release, NULL};

static uint64_t rng = 20251209;

static uint32_t
next_random(uint32_t bound)
{
	rng = rng * 6364136223846793005u + 1442695040888963407u;
	return (uint32_t) ((rng >> 33) % bound);
}

typedef struct Row
{
	FxQuote		quote;
	int64_t		key;
} Row;

static FxQuote
quote(const char *text)
{
	FxQuote		q;

	if (fxq_parse(text, strlen(text), &q, NULL) != FXQ_OK)
	{
		printf("# cannot parse %s\n", text);
		exit(2);
	}
	return q;
}

/* The text of a snapshot (sorted first), in a static buffer. */
static const char *
text_of(FxSnapshot *s)
{
	static char buf[1 << 16];
	SnapPair   *pairs = malloc((s->n + 1) * sizeof(SnapPair));
	uint32_t	np;

	snap_sort(s);
	np = snap_pairs(s, pairs);
	snap_format(s, pairs, np, buf, sizeof(buf));
	free(pairs);
	return buf;
}

static size_t
flat_of(FxSnapshot *s, uint8_t **out)
{
	size_t		n;

	snap_sort(s);
	n = snap_flat_size(s);
	*out = malloc(n);
	snap_flatten(s, *out);
	return n;
}

/* Rows of the sample page, keyed by line number. */
static int
page_rows(const char *path, Row *rows, int max)
{
	FILE	   *f = fopen(path, "rb");
	static char page[1 << 20];
	size_t		len;
	TickerLines it;
	const char *line;
	size_t		n;
	int			count = 0;

	if (f == NULL)
		return -1;
	len = fread(page, 1, sizeof(page), f);
	fclose(f);
	ticker_lines_init(&it, page, len);
	while (ticker_lines_next(&it, &line, &n) && count < max)
		if (ticker_parse_line(line, n, &rows[count].quote, NULL) == TICKER_QUOTE)
			rows[count++].key = it.line_no;
	return count;
}

static void
build(FxSnapshot *s, const Row *rows, int n, SnapKeyKind kind)
{
	snap_init(s, &heap);
	for (int i = 0; i < n; i++)
		if (snap_add(s, &rows[i].quote, kind, rows[i].key) != SNAP_OK)
			printf("# snap_add failed\n");
}

/* ---- utctime -------------------------------------------------------------- */

static void
test_utctime(void)
{
	char		buf[UTCTIME_FORMAT_MAX];
	int64_t		t;
	const char *good[] = {
		"2000-01-01T00:00:00Z", "2025-12-09T03:00:00Z", "2025-12-09T03:00:00.25Z",
		"1999-12-31T23:59:59.999999Z", "2024-02-29T12:00:00Z", "0000-01-01T00:00:00Z",
		"-4713-11-24T00:00:00Z", "294276-12-31T23:59:59.999999Z", "infinity", "-infinity",
	};
	const char *bad[] = {
		"2025-12-09 03:00:00Z", "2025-12-09T03:00:00", "2025-02-29T00:00:00Z",
		"2025-13-01T00:00:00Z", "2025-12-09T24:00:00Z", "2025-12-09T03:00:00.Z",
		"2025-12-09T03:00:00.1234567Z", "25-12-09T03:00:00Z", "-4713-11-23T23:59:59Z",
		"294277-01-01T00:00:00Z", "Infinity", "",
	};
	int			ok = 1;

	CHECK(utctime_parse("2000-01-01T00:00:00Z", 20, &t) && t == 0, "the epoch is 0");
	CHECK(utctime_parse("2025-12-09T03:00:00Z", 20, &t) && t == INT64_C(818564400000000),
		  "2025-12-09 08:00+05 in microseconds");
	utctime_format(-1, buf);
	CHECK_STR(buf, "1999-12-31T23:59:59.999999Z", "one microsecond before the epoch");
	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
	{
		int			round = utctime_parse(good[i], strlen(good[i]), &t);

		utctime_format(t, buf);
		ok &= round && strcmp(buf, good[i]) == 0;
		if (!round || strcmp(buf, good[i]) != 0)
			printf("# %s -> %s\n", good[i], buf);
	}
	CHECK(ok, "valid timestamps round-trip through their text");
	ok = 1;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ok &= !utctime_parse(bad[i], strlen(bad[i]), &t);
	CHECK(ok, "malformed and out-of-range timestamps are refused");
	ok = 1;
	for (int i = 0; i < 100000; i++)
	{
		int64_t		x = (int64_t) (((uint64_t) next_random(1u << 31) << 32) | next_random(1u << 31))
			% UTCTIME_END;
		int64_t		back;

		if (next_random(2))
			x = -x % (-UTCTIME_MIN);
		utctime_format(x, buf);
		ok &= utctime_parse(buf, strlen(buf), &back) && back == x;
	}
	CHECK(ok, "100000 random timestamps round-trip");
}

/* ---- the reference page ---------------------------------------------------- */

static void
test_reference_page(void)
{
	Row			rows[64];
	int			n = page_rows("test/fixtures/sample_page.txt", rows, 64);
	FxSnapshot	keyed;
	FxSnapshot	plain;
	SnapPair	pairs[64];
	uint32_t	np;
	int			seen8 = 1;

	CHECK(n == 40, "the sample page has 40 ticker rows");
	build(&keyed, rows, n, SNAP_KEY_POSITION);
	build(&plain, rows, n, SNAP_KEY_NONE);
	snap_sort(&keyed);
	snap_sort(&plain);
	np = snap_pairs(&keyed, pairs);
	CHECK(np == 5 && keyed.n == 5, "keyed by line: 5 quotes, no conflicts");
	for (uint32_t i = 0; i < np; i++)
		seen8 &= pairs[i].seen == 8 && pairs[i].count == 1;
	CHECK(seen8, "each seen 8 times");
	CHECK(snap_duplicates(&keyed) == 35, "35 duplicates");
	CHECK_STR(text_of(&keyed),
			  "{KGS/USD = 0.01144 0% x8 #1..36; TJS/USD = 0.10844 -0.46% x8 #2..37; "
			  "TMT/USD = 0.28571 0.28% x8 #3..38; KZT/USD = 0.00194 -0% x8 #4..39; "
			  "UZS/USD = 0.00008 0% x8 #5..40}", "in the fixture ticker's order KGS, TJS, TMT, KZT, UZS");
	CHECK_STR(text_of(&plain),
			  "{KGS/USD = 0.01144 0% x8; KZT/USD = 0.00194 -0% x8; TJS/USD = 0.10844 -0.46% x8; "
			  "TMT/USD = 0.28571 0.28% x8; UZS/USD = 0.00008 0% x8}",
			  "without a key: by pair, KGS, KZT, TJS, TMT, UZS");
	CHECK(snap_cmp_kept(&keyed, &plain) == 0, "the two are equal: same quotes");
	snap_free(&keyed);
	snap_free(&plain);
}

/* ---- conflicts and keys ----------------------------------------------------- */

static void
test_conflicts(void)
{
	FxSnapshot	s;
	FxSnapshot	t;
	FxQuote		old = quote("KZT/USD = 0.00194 -0%");
	FxQuote		new = quote("KZT/USD = 0.00193 -0.52%");
	FxQuote		kgs = quote("KGS/USD = 0.01144 0%");
	SnapStatus	st;
	SnapStatus	st2;

	/* With a key the latest variant wins, however often the other was seen. */
	snap_init(&s, &heap);
	snap_add(&s, &old, SNAP_KEY_POSITION, 1);
	snap_add(&s, &old, SNAP_KEY_POSITION, 2);
	snap_add(&s, &old, SNAP_KEY_POSITION, 3);
	snap_add(&s, &new, SNAP_KEY_POSITION, 9);
	snap_add(&s, &kgs, SNAP_KEY_POSITION, 5);
	CHECK_STR(text_of(&s),
			  "{KZT/USD = 0.00193 -0.52% x1 #9 | KZT/USD = 0.00194 -0% x3 #1..3; "
			  "KGS/USD = 0.01144 0% x1 #5}",
			  "keyed: the latest variant is kept, pairs by first appearance");
	CHECK(snap_duplicates(&s) == 2, "conflicting variants are not duplicates");
	snap_free(&s);

	/* Without a key the most frequent variant wins; a tie goes to fxquote order. */
	snap_init(&s, &heap);
	snap_add(&s, &new, SNAP_KEY_NONE, 0);
	snap_add(&s, &old, SNAP_KEY_NONE, 0);
	snap_add(&s, &old, SNAP_KEY_NONE, 0);
	CHECK_STR(text_of(&s), "{KZT/USD = 0.00194 -0% x2 | KZT/USD = 0.00193 -0.52% x1}",
			  "unkeyed: the most frequent variant is kept");
	snap_add(&s, &new, SNAP_KEY_NONE, 0);
	CHECK_STR(text_of(&s), "{KZT/USD = 0.00193 -0.52% x2 | KZT/USD = 0.00194 -0% x2}",
			  "unkeyed tie: the first in fxquote order is kept");

	/* Kinds do not mix. */
	st = snap_add(&s, &kgs, SNAP_KEY_TIME, 0);
	CHECK(st == SNAP_KIND_MISMATCH, "a timestamp row does not go into an unkeyed snapshot");
	snap_init(&t, &heap);
	snap_add(&t, &kgs, SNAP_KEY_POSITION, 1);
	st = snap_merge(&s, &t);
	CHECK(st == SNAP_KIND_MISMATCH, "snapshots keyed differently do not merge");
	snap_free(&t);
	snap_init(&t, &heap);
	st = snap_merge(&s, &t);
	st2 = snap_merge(&t, &s);
	CHECK(st == SNAP_OK && st2 == SNAP_OK && t.n == 2, "an empty snapshot merges with any kind");
	snap_free(&t);
	snap_free(&s);

	/* Timestamps print as UTC ISO 8601. */
	snap_init(&s, &heap);
	snap_add(&s, &kgs, SNAP_KEY_TIME, INT64_C(818564400000000));
	snap_add(&s, &kgs, SNAP_KEY_TIME, INT64_C(818607600000000));
	CHECK_STR(text_of(&s), "{KGS/USD = 0.01144 0% x2 @2025-12-09T03:00:00Z..2025-12-09T15:00:00Z}",
			  "timestamp keys in the text");
	snap_free(&s);
}

/* ---- text form --------------------------------------------------------------- */

static const char *
parse_error(const char *text)
{
	static char buf[SNAP_DESCRIBE_MAX];
	FxSnapshot	s;
	SnapParseError err;

	snap_init(&s, &heap);
	if (snap_parse(text, strlen(text), &s, &err) == SNAP_SYN_OK)
		strcpy(buf, text_of(&s));
	else
		snap_describe(&err, text, strlen(text), buf);
	snap_free(&s);
	return buf;
}

static void
test_text(void)
{
	CHECK_STR(parse_error("{}"), "{}", "the empty snapshot");
	CHECK_STR(parse_error("  { }  "), "{}", "white space around");
	CHECK_STR(parse_error("{KZT/USD = 0.00194 -0% x2 #7..9; KGS/USD=0.01144 0% x1 #8}"),
			  "{KZT/USD = 0.00194 -0% x2 #7..9; KGS/USD = 0.01144 0% x1 #8}", "keyed text reads back");
	CHECK_STR(parse_error("{KZT/USD = 0.00193 -0.52% x1 | KZT/USD = 0.00194 -0% x3}"),
			  "{KZT/USD = 0.00194 -0% x3 | KZT/USD = 0.00193 -0.52% x1}",
			  "variants in any order: the state decides");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1 #-5..-1}"), "{KGS/USD = 0.01144 0% x1 #-5..-1}",
			  "negative positions");
	CHECK_STR(parse_error("KGS/USD = 0.01144 0% x1"), "a snapshot starts with \"{\"", "no brace");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1"), "quote 1: expected \";\", \"|\" or \"}\" after it",
			  "no closing brace");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1} x"),
			  "a snapshot ends with \"}\" and nothing after it", "text after the brace");
	CHECK_STR(parse_error("{KGS/USD = abc 0% x1}"), "quote 1: rate \"abc\" is not a number", "bad quote");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0%}"),
			  "quote 1: expected \"x\" and how often it was seen (1 or more)", "no count");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x0}"),
			  "quote 1: expected \"x\" and how often it was seen (1 or more)", "zero count");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x99999999999999999999}"),
			  "quote 1: expected \"x\" and how often it was seen (1 or more)", "count overflow");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1 #9..2}"),
			  "quote 1: its first key is after its last key", "keys backwards");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1 #a}"),
			  "quote 1: expected a key range such as #1..36 or "
			  "@2025-12-09T03:00:00Z..2025-12-09T15:00:00Z", "bad key");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1 @2025-12-09}"),
			  "quote 1: expected a key range such as #1..36 or "
			  "@2025-12-09T03:00:00Z..2025-12-09T15:00:00Z", "bad timestamp");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1 #1; KZT/USD = 0.00194 -0% x1}"),
			  "quote 2 is keyed differently from the quotes before it", "mixed keys");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1; KGS/USD = 0.01144 0% x2}"),
			  "quote 2 repeats an earlier quote", "duplicate");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x1;}"), "quote 2: \"}\" is not a currency pair such as KGS/USD", "dangling ';'");
	CHECK_STR(parse_error("{KGS/USD = 0.01144 0% x9223372036854775807; KZT/USD = 0.00194 -0% x1}"),
			  "quote 2: the counts add up to more than 9223372036854775807 rows", "total overflow");
}

/* ---- binary form -------------------------------------------------------------- */

static void
test_binary(void)
{
	Row			rows[64];
	int			n = page_rows("test/fixtures/sample_page.txt", rows, 64);
	FxSnapshot	s;
	FxSnapshot	back;
	uint8_t    *flat;
	uint8_t    *flat2;
	size_t		len;
	size_t		len2;
	int			survived = 0;
	int			ok = 1;
	SnapStatus	st;

	build(&s, rows, n, SNAP_KEY_POSITION);
	len = flat_of(&s, &flat);
	CHECK(flat[0] == SNAP_FORMAT_VERSION, "the binary form starts with its version byte");
	CHECK(len == 8 + 5 * 44, "keyed: 44 bytes a quote after an 8-byte header");
	snap_init(&back, &heap);
	st = snap_unflatten(flat, len, &back);
	CHECK(st == SNAP_OK, "it reads back");
	len2 = flat_of(&back, &flat2);
	CHECK(len2 == len && memcmp(flat, flat2, len) == 0, "to an identical state");
	snap_free(&back);
	free(flat2);

	/* Every corruption is refused or reads as a valid state that writes itself back. */
	for (int round = 0; round < 20000; round++)
	{
		uint8_t    *copy = malloc(len);
		size_t		cut = next_random(8) == 0 ? next_random((uint32_t) len) : len;

		memcpy(copy, flat, len);
		copy[next_random((uint32_t) len)] ^= (uint8_t) (1u << next_random(8));
		snap_init(&back, &heap);
		st = snap_unflatten(copy, cut, &back);
		if (st == SNAP_OK)
		{
			survived++;
			len2 = flat_of(&back, &flat2);
			ok &= len2 == cut && memcmp(copy, flat2, cut) == 0;
			free(flat2);
		}
		else
			ok &= st == SNAP_BAD_FORMAT;
		snap_free(&back);
		free(copy);
	}
	CHECK(ok, "20000 corrupted forms: refused, or valid and canonical (%d were)", survived);

	flat[0] = 2;
	snap_init(&back, &heap);
	st = snap_unflatten(flat, len, &back);
	CHECK(st == SNAP_BAD_FORMAT, "an unknown version is refused");
	snap_free(&back);
	free(flat);
	snap_free(&s);
}

/* ---- properties: any order, any split ---------------------------------------- */

/* Rows from a pool of quotes with conflicts, keyed by a random position. */
static int
random_rows(Row *rows, int max, int distinct)
{
	int			n = 0;

	while (n < max)
	{
		char		text[64];
		int			pair = (int) next_random((uint32_t) distinct);
		static const char *const codes[] = {"KGS", "KZT", "TJS", "UZS", "TMT", "EUR", "RUB", "CNY"};

		snprintf(text, sizeof(text), "%s/%s = 0.%05d %s%d%%",
				 codes[pair % 8], pair % 8 == 7 ? "EUR" : "USD",
				 1000 + (int) next_random(3) + pair, next_random(2) ? "-" : "", (int) next_random(2));
		rows[n].quote = quote(text);
		rows[n].key = (int64_t) next_random(1000) - 500;
		n++;
	}
	return n;
}

static void
shuffle(Row *rows, int n)
{
	for (int i = n - 1; i > 0; i--)
	{
		int			j = (int) next_random((uint32_t) i + 1);
		Row			t = rows[i];

		rows[i] = rows[j];
		rows[j] = t;
	}
}

/* Split rows into k parts, build each, merge them in a random order. */
static void
build_split(FxSnapshot *out, const Row *rows, int n, SnapKeyKind kind, int k)
{
	FxSnapshot	parts[8];
	int			order[8];

	for (int p = 0; p < k; p++)
	{
		snap_init(&parts[p], &heap);
		order[p] = p;
	}
	for (int i = 0; i < n; i++)
		snap_add(&parts[next_random((uint32_t) k)], &rows[i].quote, kind, rows[i].key);
	for (int p = k - 1; p > 0; p--)
	{
		int			j = (int) next_random((uint32_t) p + 1);
		int			t = order[p];

		order[p] = order[j];
		order[j] = t;
	}
	/* Merge as a random tree: sometimes into the accumulator, sometimes pairwise first. */
	snap_init(out, &heap);
	for (int p = 0; p < k; p++)
	{
		if (p + 1 < k && next_random(2))
		{
			snap_merge(&parts[order[p]], &parts[order[p + 1]]);
			snap_merge(out, &parts[order[p]]);
			p++;
		}
		else
			snap_merge(out, &parts[order[p]]);
	}
	for (int p = 0; p < k; p++)
		snap_free(&parts[p]);
}

static void
test_properties(void)
{
	static Row	rows[5000];
	int			same_text = 1;
	int			same_flat = 1;
	int			text_roundtrip = 1;

	for (int round = 0; round < 60; round++)
	{
		SnapKeyKind kind = (SnapKeyKind) (round % 3);
		int			n = random_rows(rows, 200 + (int) next_random(4800), 2 + round % 40);
		FxSnapshot	serial;
		FxSnapshot	other;
		FxSnapshot	back;
		SnapParseError err;
		uint8_t    *a;
		uint8_t    *b;
		size_t		la;
		size_t		lb;
		char	   *want;

		if (kind == SNAP_KEY_TIME)
			for (int i = 0; i < n; i++)
				rows[i].key *= INT64_C(1000000);
		build(&serial, rows, n, kind);
		want = malloc(strlen(text_of(&serial)) + 1);
		strcpy(want, text_of(&serial));
		la = flat_of(&serial, &a);

		shuffle(rows, n);
		build_split(&other, rows, n, kind, 1 + (int) next_random(8));
		same_text &= strcmp(want, text_of(&other)) == 0;
		lb = flat_of(&other, &b);
		same_flat &= la == lb && memcmp(a, b, la) == 0;
		free(b);

		snap_init(&back, &heap);
		text_roundtrip &= snap_parse(want, strlen(want), &back, &err) == SNAP_SYN_OK;
		lb = flat_of(&back, &b);
		text_roundtrip &= la == lb && memcmp(a, b, la) == 0 && strcmp(want, text_of(&back)) == 0;
		free(b);

		free(a);
		free(want);
		snap_free(&serial);
		snap_free(&other);
		snap_free(&back);
	}
	CHECK(same_text, "60 shuffled, split and merged inputs give the serial text");
	CHECK(same_flat, "and the same binary form");
	CHECK(text_roundtrip, "the text reads back to an identical state");
}

/*
 * snap_sort orders by fxquote however the variants arrived: up to
 * SNAP_LINEAR_MAX variants by insertion sort, more by qsort.  Quotes that
 * differ only in digits, zero signs or pair are included, so every step of
 * fxq_cmp decides somewhere.
 */
static void
test_sort_orders(void)
{
	static const char *const texts[] = {
		"TJS/USD = 0.10844 -0.46%", "KGS/USD = 0.01144 0%", "KGS/USD = 0.011440 0%",
		"KGS/USD = 0.01144 -0%", "KGS/USD = 0.01144 +0%", "KZT/USD = 0.00194 -0%",
		"KGS/EUR = 0.00980 0.1%", "KGS/USD = 0.01145 0.10%", "UZS/USD = 0.00008 0%",
		"KGS/USD = 0.01145 0.1%", "TMT/USD = 0.28571 0.28%", "KGS/USD = 0.01143 -1%",
	};
	enum { N = sizeof(texts) / sizeof(texts[0]) };
	static const uint32_t sizes[] = {1, 2, 5, SNAP_LINEAR_MAX, SNAP_LINEAR_MAX + 1, N};
	FxQuote		q[N];

	for (int i = 0; i < N; i++)
		q[i] = quote(texts[i]);
	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++)
	{
		uint32_t	n = sizes[k];
		int			ok = 1;

		for (int round = 0; round < 200; round++)
		{
			FxSnapshot	s;
			uint32_t	order[N];

			for (uint32_t i = 0; i < n; i++)
				order[i] = i;
			for (uint32_t i = n - 1; i > 0; i--)
			{
				uint32_t	j = next_random(i + 1);
				uint32_t	t = order[i];

				order[i] = order[j];
				order[j] = t;
			}
			snap_init(&s, &heap);
			for (uint32_t i = 0; i < n; i++)
				ok &= snap_add(&s, &q[order[i]], SNAP_KEY_NONE, 0) == SNAP_OK;
			snap_sort(&s);
			ok &= s.n == n;
			for (uint32_t i = 1; i < s.n; i++)
				ok &= fxq_cmp(&s.v[i - 1].quote, &s.v[i].quote) < 0;
			for (uint32_t i = 0; i < n; i++)
				ok &= snap_find(&s, &q[i]) >= 0;
			snap_free(&s);
		}
		CHECK(ok, "%u variants in 200 random orders sort into fxquote order (%s)", n,
			  n <= SNAP_LINEAR_MAX ? "insertion sort" : "qsort");
	}
}

/* Many distinct quotes go through the hash index; the result matches a linear count. */
static void
test_many_quotes(void)
{
	FxSnapshot	s;
	int			ok = 1;
	char		text[64];

	snap_init(&s, &heap);
	for (int round = 0; round < 3; round++)
		for (int i = 0; i < 20000; i++)
		{
			FxQuote		q;

			snprintf(text, sizeof(text), "KZT/USD = 0.%07d 0%%", 1000000 + i);
			q = quote(text);
			ok &= snap_add(&s, &q, SNAP_KEY_POSITION, round * 20000 + i) == SNAP_OK;
		}
	CHECK(ok && s.n == 20000 && s.total == 60000, "20000 distinct quotes seen 3 times each");
	snap_sort(&s);
	ok = 1;
	for (uint32_t i = 0; i < s.n; i++)
		ok &= s.v[i].seen == 3 && snap_find(&s, &s.v[i].quote) == (int64_t) i;
	CHECK(ok, "each found at its sorted place, seen 3 times");
	CHECK(snap_duplicates(&s) == 40000, "40000 duplicates");
	snap_free(&s);
}

/* Fixed storage (the aggregate's working state): SNAP_FULL, then a move to bigger arrays. */
static void
test_fixed_storage(void)
{
	SnapVariant small_v[8];
	SnapVariant *big_v = malloc(64 * sizeof(SnapVariant));
	uint32_t   *big_slots = calloc(snap_index_slots(64), sizeof(uint32_t));
	FxSnapshot	small;
	FxSnapshot	big;
	FxSnapshot	heap_built;
	SnapStatus	st = SNAP_OK;
	char		text[64];
	int			added = 0;

	CHECK(snap_index_slots(8) == 0 && snap_index_slots(9) == 32 && snap_index_slots(64) == 128,
		  "no index up to 8 quotes, then at least two slots a quote");
	snap_init_fixed(&small, small_v, 8, NULL, 0);
	snap_init(&heap_built, &heap);
	for (int i = 0; i < 20 && st == SNAP_OK; i++)
	{
		FxQuote		q;

		snprintf(text, sizeof(text), "KZT/USD = 0.%05d 0%%", 100 + i);
		q = quote(text);
		st = snap_add(&small, &q, SNAP_KEY_POSITION, i);
		if (st == SNAP_OK)
			added++;
	}
	for (int i = 0; i < 20; i++)
	{
		FxQuote		q;

		snprintf(text, sizeof(text), "KZT/USD = 0.%05d 0%%", 100 + i);
		q = quote(text);
		snap_add(&heap_built, &q, SNAP_KEY_POSITION, i);
	}
	CHECK(st == SNAP_FULL && added == 8 && small.n == 8, "the 9th quote does not fit in 8");
	snap_init_fixed(&big, big_v, 64, big_slots, snap_index_slots(64));
	st = snap_merge(&big, &small);
	CHECK(st == SNAP_OK && big.n == 8 && big.kind == SNAP_KEY_POSITION, "moved to bigger arrays");
	for (int i = 8; i < 20; i++)
	{
		FxQuote		q;

		snprintf(text, sizeof(text), "KZT/USD = 0.%05d 0%%", 100 + i);
		q = quote(text);
		snap_add(&big, &q, SNAP_KEY_POSITION, i);
	}
	CHECK(big.n == 20 && snap_find(&big, &big.v[13].quote) == 13, "the index finds every quote");
	{
		char	   *want = malloc(strlen(text_of(&heap_built)) + 1);

		strcpy(want, text_of(&heap_built));
		CHECK_STR(text_of(&big), want, "same snapshot as with an allocator");
		free(want);
	}
	{
		/* what the server's aggregate does between rows: keep the state, attach again */
		SnapState	saved = snap_state(&big);
		SnapState	bad = saved;
		FxSnapshot	again;
		char	   *want = malloc(strlen(text_of(&big)) + 1);

		strcpy(want, text_of(&big));
		CHECK(saved.n == 20 && saved.total == 20 && saved.kind == SNAP_KEY_POSITION,
			  "snap_state keeps n, rows and kind");
		st = snap_attach(&again, big_v, 64, big_slots, snap_index_slots(64), &saved);
		CHECK(st == SNAP_OK && again.n == 20 && snap_find(&again, &big_v[13].quote) == 13,
			  "snap_attach gives back the snapshot, index included");
		CHECK_STR(text_of(&again), want, "the attached snapshot reads as before");
		free(want);
		bad.n = 65;
		CHECK(snap_attach(&again, big_v, 64, big_slots, snap_index_slots(64), &bad) == SNAP_BAD_FORMAT &&
			  again.n == 0, "snap_attach refuses more variants than room, and leaves it empty");
		bad = saved;
		bad.total = 19;
		CHECK(snap_attach(&again, big_v, 64, big_slots, snap_index_slots(64), &bad) == SNAP_BAD_FORMAT,
			  "snap_attach refuses fewer rows than variants");
		bad = saved;
		bad.kind = (SnapKeyKind) 3;
		CHECK(snap_attach(&again, big_v, 64, big_slots, snap_index_slots(64), &bad) == SNAP_BAD_FORMAT,
			  "snap_attach refuses an unknown key kind");
	}
	snap_free(&big);			/* fixed storage: nothing to free, and no crash */
	snap_free(&heap_built);
	free(big_v);
	free(big_slots);
}

int
main(void)
{
	test_fixed_storage();
	test_utctime();
	test_reference_page();
	test_conflicts();
	test_text();
	test_binary();
	test_properties();
	test_many_quotes();
	test_sort_orders();
	UNIT_DONE();
}
