/*
 * headings.c - the headline rule and the article's word memory; see
 * headings.h.
 */
#include "headings.h"

#include <string.h>

#include "ascii.h"
#include "utf8_text.h"

/* ---------------------------------------------------------------------
 * words of the current article: a fixed-size hashed set of word stems
 * ------------------------------------------------------------------- */

#define STEM_CHARS 6
#define STEM_MIN_CHARS 4

/* Function words that say nothing about a topic (lower case, 4+ letters). */
static const char *const function_words[] = {
	"about", "after", "against", "also", "among", "because", "been", "before",
	"being", "between", "both", "could", "does", "during", "each", "even",
	"from", "have", "here", "into", "just", "like", "made", "make", "many",
	"more", "most", "much", "only", "over", "said", "says", "should", "some",
	"such", "than", "that", "their", "them", "then", "there", "these", "they",
	"this", "those", "through", "under", "very", "were", "what", "when",
	"where", "which", "while", "whose", "will", "with", "within", "without",
	"would", "your",
	NULL
};

/* One word of a text, and the hash of its stem. */
typedef struct WordStem
{
	size_t		start;
	size_t		end;
	uint64_t	hash;			/* 0: too short or all digits to say anything about a topic */
} WordStem;

/*
 * The next word (maximal run of letters and digits) of s[0..len) from *pos,
 * with the hash of its stem: its first STEM_CHARS characters, ASCII folded
 * to lower case.  Apostrophes split words, so "Kyrgyzstan’s" gives
 * "Kyrgyzstan" and "s".  Returns 0 when no word is left.
 */
static int
next_word(const char *s, size_t len, size_t *pos, WordStem *w)
{
	size_t		i = *pos;
	uint32_t	cp;
	size_t		n;
	uint64_t	stem = 0;		/* the stem's bytes, packed (the first 8 of them) */
	size_t		stem_bytes = 0;
	size_t		chars = 0;
	int			letters = 0;

	while (i < len && (n = utf8t_decode(s, len, i, &cp), !utf8t_is_word(cp)))
		i += n;
	if (i >= len)
	{
		*pos = len;
		return 0;
	}
	w->start = i;
	while (i < len && (n = utf8t_decode(s, len, i, &cp), utf8t_is_word(cp)))
	{
		if (chars < STEM_CHARS)
		{
			for (size_t k = 0; k < n && stem_bytes < 8; k++, stem_bytes++)
				stem = stem << 8 | (unsigned char) ascii_lower((unsigned char) s[i + k]);
		}
		letters |= !(cp >= '0' && cp <= '9');
		chars++;
		i += n;
	}
	w->end = i;
	/* A multiplicative mix of the packed stem: the bloom takes 2 x 15 bits of it. */
	stem = (stem ^ (stem >> 29)) * UINT64_C(0xBF58476D1CE4E5B9);
	stem ^= stem >> 32;
	w->hash = (chars >= STEM_MIN_CHARS && letters) ? (stem | 1) : 0;
	*pos = i;
	return 1;
}

static void
bloom_positions(uint64_t h, uint32_t *a, uint32_t *b)
{
	*a = (uint32_t) (h % ARTICLE_WORDS_BITS);
	*b = (uint32_t) ((h >> 32) % ARTICLE_WORDS_BITS);
}

/*
 * Set one bit, remembering which 64-bit words were touched while they are
 * few, so that starting the next article clears only those (a page of
 * nothing but one-line articles stays linear).
 */
static void
bloom_set(ArticleWords *words, uint32_t bit)
{
	uint64_t   *word = &words->bits[bit / 64];

	if (*word == 0 && words->n_touched <= ARTICLE_WORDS_TOUCHED)
	{
		if (words->n_touched < ARTICLE_WORDS_TOUCHED)
			words->touched[words->n_touched] = (uint16_t) (bit / 64);
		words->n_touched++;
	}
	*word |= UINT64_C(1) << (bit % 64);
}

static void
bloom_add(ArticleWords *words, uint64_t h)
{
	uint32_t	a,
				b;

	bloom_positions(h, &a, &b);
	bloom_set(words, a);
	bloom_set(words, b);
}

void
article_words_clear(ArticleWords *words)
{
	if (words->n_touched > ARTICLE_WORDS_TOUCHED)
		memset(words->bits, 0, sizeof(words->bits));
	else
		for (int i = 0; i < words->n_touched; i++)
			words->bits[words->touched[i]] = 0;
	words->n_touched = 0;
}

static int
bloom_has(const ArticleWords *words, uint64_t h)
{
	uint32_t	a,
				b;

	bloom_positions(h, &a, &b);
	return (words->bits[a / 64] >> (a % 64) & 1) &&
		(words->bits[b / 64] >> (b % 64) & 1);
}

void
article_words_add(ArticleWords *words, const char *s, size_t len)
{
	size_t		pos = 0;
	WordStem	w;

	while (next_word(s, len, &pos, &w))
		if (w.hash != 0)
			bloom_add(words, w.hash);
}

int
article_words_share(const ArticleWords *words, const char *s, size_t len)
{
	size_t		pos = 0;
	WordStem	w;

	while (next_word(s, len, &pos, &w))
	{
		if (w.hash != 0 && !ascii_word_in(s + w.start, w.end - w.start, function_words) &&
			bloom_has(words, w.hash))
			return 1;
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * headings
 * ------------------------------------------------------------------- */

/* A heading this short is a section label ("Shifting Migration Trends"). */
#define LABEL_MAX_WORDS 3

static const char *const label_first_words[] = {
	"the", "a", "an", "what", "where", "why", "how", "when", "who", "which", NULL
};

static int
is_opening_mark(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
		cp == 0x201C || cp == 0x2018 || cp == 0x00AB;
}

/* Sentence-ending or clause punctuation that a heading never ends with. */
static int
is_sentence_end(uint32_t cp)
{
	return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' ||
		cp == 0x2026 || cp == 0xFF0C || cp == 0xFF1A || cp == 0x3002;
}

/* Word counts, first word and the "and" test, in one pass over the tokens. */
static void
heading_tokens(const char *s, size_t len, HeadingShape *shape)
{
	size_t		pos = 0;

	while (pos < len)
	{
		uint32_t	cp;
		size_t		start,
					wstart = 0,
					wend = 0;
		int			has_word = 0;

		while (pos < len && (utf8t_decode(s, len, pos, &cp), utf8t_is_space(cp)))
			pos += utf8t_decode(s, len, pos, &cp);
		start = pos;
		while (pos < len)
		{
			size_t		n = utf8t_decode(s, len, pos, &cp);

			if (utf8t_is_space(cp))
				break;
			if (cp == ':' && pos + n < len)
				shape->colon = 1;	/* a colon followed by more text */
			if (utf8t_is_word(cp))
			{
				if (!has_word)
					wstart = pos;
				has_word = 1;
				wend = pos + n;
			}
			pos += n;
		}
		if (pos == start)
			break;
		if (pos - start == 1 && s[start] == '&')
			shape->conjunction = 1;
		if (!has_word)
			continue;
		if (ascii_word_is(s + wstart, wend - wstart, "and"))
			shape->conjunction = 1;
		if (shape->words == 0 && ascii_word_in(s + wstart, wend - wstart, label_first_words))
			shape->label_start = 1;
		shape->words++;
	}
}

int
heading_shape(const char *s, size_t len, HeadingShape *shape)
{
	uint32_t	cp = 0;
	size_t		pos = 0;
	size_t		end = len;

	memset(shape, 0, sizeof(*shape));
	if (len > HEADING_MAX_BYTES)
		return 0;

	/* First character after opening quotes: a capital or a digit. */
	while (pos < len)
	{
		pos += utf8t_decode(s, len, pos, &cp);
		if (!is_opening_mark(cp))
			break;
	}
	if (!utf8t_is_upper(cp) && !(cp >= '0' && cp <= '9'))
		return 0;

	/* Last character before closing quotes: not a sentence end. */
	while (end > 0)
	{
		end = utf8t_prev(s, end, &cp);
		if (!utf8t_is_closing(cp))
			break;
	}
	if (is_sentence_end(cp))
		return 0;
	shape->question = (cp == '?' || cp == 0xFF1F);

	heading_tokens(s, len, shape);
	return shape->words >= 1 && shape->words <= HEADING_MAX_WORDS;
}

/* The headline rule of headings.h. */
int
heading_is_subheading(const HeadingShape *shape, int article_open,
					  const ArticleWords *words, const char *s, size_t len)
{
	if (!article_open)
		return 0;				/* the first heading of a date section opens an article */
	if (shape->question || shape->colon)
		return 0;				/* headline forms */
	if (shape->words <= LABEL_MAX_WORDS)
		return 1;				/* a short label */
	if (shape->label_start || shape->conjunction)
		return article_words_share(words, s, len);
	return 0;
}
