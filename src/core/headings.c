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

/* The same for Russian (words of four letters or more, as written). */
static const char *const ru_function_words[] = {
	"более", "будет", "были", "было", "быть", "всего", "если", "есть", "когда",
	"которая", "которые", "который", "также", "между", "может", "могут", "около",
	"очень", "после", "почти", "пока", "тоже", "только", "через", "чтобы", "этого",
	"этом", "этот", "этой", "этих", "свой", "своих", "свои", "своей", "самый", "стал",
	"стала", "стали", "теперь", "уже", "себя", "сейчас", "того", "том", "тем",
	NULL
};

/* Russian endings, longest first: "кассы" and "кассу" share the stem "касс". */
static const char *const ru_endings[] = {
	"ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "иях", "ах", "ях", "ов",
	"ев", "ей", "ой", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом",
	"ем", "ам", "ям", "ым", "им", "ых", "их", "а", "я", "ы", "и", "у", "ю", "е", "о", "ь",
	NULL
};

/* Is the word s[0..n) one of the lower-case words of list, in any case (Cyrillic too)? */
static int
word_folds_in(const char *s, size_t n, const char *const *list)
{
	return utf8t_word_in_folded(s, n, list);
}

/* One word of a text, and the hash of its stem. */
typedef struct WordStem
{
	size_t		start;
	size_t		end;
	uint64_t	hash;			/* 0: too short or all digits to say anything about a topic */
} WordStem;


static int
is_cyrillic(uint32_t cp)
{
	return cp >= 0x400 && cp <= 0x52F;
}

/* The Russian endings as code points, built from ru_endings at first use. */
#define RU_ENDINGS_MAX 64
#define RU_ENDING_MAX_CHARS 3

static uint32_t ending_cps[RU_ENDINGS_MAX][RU_ENDING_MAX_CHARS];
static uint8_t ending_len[RU_ENDINGS_MAX];
static int	n_endings = -1;

static void
build_endings(void)
{
	int			n = 0;

	for (const char *const *e = ru_endings; *e != NULL && n < RU_ENDINGS_MAX; e++, n++)
	{
		size_t		elen = strlen(*e);
		uint8_t		k = 0;

		for (size_t pos = 0; pos < elen && k < RU_ENDING_MAX_CHARS;)
			pos += utf8t_decode(*e, elen, pos, &ending_cps[n][k++]);
		ending_len[n] = k;
	}
	n_endings = n;
}

/*
 * A Cyrillic word's stem: without the longest Russian ending that leaves at
 * least three letters (cps[0..*n), folded to small letters).  Only a word
 * short enough for the ending to reach into the first STEM_CHARS letters
 * needs it.
 */
static void
strip_russian_ending(const uint32_t *cps, size_t *n)
{
	if (*n >= STEM_CHARS + RU_ENDING_MAX_CHARS)
		return;
	if (n_endings < 0)
		build_endings();
	for (int e = 0; e < n_endings; e++)
	{
		size_t		k = ending_len[e];

		if (*n >= k + 3 && cps[*n - 1] == ending_cps[e][k - 1] &&
			(k < 2 || cps[*n - 2] == ending_cps[e][k - 2]) &&
			(k < 3 || cps[*n - 3] == ending_cps[e][k - 3]))
		{
			*n -= k;
			return;
		}
	}
}

/*
 * The next word (maximal run of letters and digits) of s[0..len) from *pos,
 * with the hash of its stem: its first STEM_CHARS characters, folded to
 * small letters (Cyrillic too; a Russian word loses its ending first, so
 * that "кассы" and "кассу" meet).  Apostrophes split words, so
 * "Kyrgyzstan’s" gives "Kyrgyzstan" and "s".  Returns 0 when no word is
 * left.
 */
static int
next_word(const char *s, size_t len, size_t *pos, WordStem *w)
{
	size_t		i = *pos;
	uint32_t	cp;
	size_t		n;
	uint32_t	cps[STEM_CHARS + RU_ENDING_MAX_CHARS];	/* what a stem can need */
	size_t		chars = 0;
	int			letters = 0;
	int			cyrillic = 0;
	uint64_t	stem = 0;

	/* to the word: ASCII inline, the rest through the decoder */
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			if (ascii_is_alnum(c))
				break;
			i++;
			continue;
		}
		n = utf8t_decode(s, len, i, &cp);
		if (utf8t_is_word(cp))
			break;
		i += n;
	}
	if (i >= len)
	{
		*pos = len;
		return 0;
	}
	w->start = i;
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (c < 0x80)
		{
			if (!ascii_is_alnum(c))
				break;
			cp = (uint32_t) ascii_lower(c);
			letters |= !ascii_is_digit(c);
			i++;
		}
		else
		{
			n = utf8t_decode(s, len, i, &cp);
			if (!utf8t_is_word(cp))
				break;
			cyrillic |= is_cyrillic(cp);
			cp = utf8t_lower(cp);
			letters = 1;
			i += n;
		}
		if (chars < STEM_CHARS + RU_ENDING_MAX_CHARS)
			cps[chars] = cp;
		chars++;
	}
	w->end = i;
	*pos = i;
	if (chars < STEM_MIN_CHARS || !letters)
	{
		w->hash = 0;
		return 1;
	}
	n = chars;
	if (cyrillic)
		strip_russian_ending(cps, &n);	/* a no-op for words of nine letters or more */
	if (n > STEM_CHARS)
		n = STEM_CHARS;
	for (size_t k = 0; k < n; k++)
		stem = (stem ^ cps[k]) * UINT64_C(0x100000001B3);
	/* A multiplicative mix of the stem: the bloom takes 2 x 15 bits of it. */
	stem = (stem ^ (stem >> 29)) * UINT64_C(0xBF58476D1CE4E5B9);
	stem ^= stem >> 32;
	w->hash = stem | 1;
	return 1;
}

/* A function word (English or Russian) says nothing about a topic. */
static int
is_function_word(const char *s, size_t n)
{
	return ascii_word_in(s, n, function_words) || word_folds_in(s, n, ru_function_words);
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
		if (w.hash != 0 && !is_function_word(s + w.start, w.end - w.start) &&
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
/* A label form this short needs no shared word ("A Decade of Silence"). */
#define LABEL_FORM_MAX_WORDS 4
/* A question this short is a section of an article that asks ("Who Sets the Rate?"). */
#define QUESTION_LABEL_MAX_WORDS 6
/* In a signed article, a heading of at most half its headline's words, and this many, is a section. */
#define LONGFORM_LABEL_MAX_WORDS 6

/* Articles: "A Decade of Silence", "The Price of Transparency". */
static const char *const article_words[] = {"the", "a", "an", NULL};

/* Question words: "What Comes Next", "Кого это не коснётся". */
static const char *const question_words[] = {
	"what", "where", "why", "how", "when", "who", "which",
	"что", "как", "почему", "где", "когда", "кто", "кого", "кому", "чем", "зачем",
	"откуда", "куда", "сколько", "какой", "какая", "какие", "каким", "чего", "а",
	NULL
};

/*
 * Pronouns that point back into the article: "Can It Last?", "Кого это не
 * коснётся".  Not possessives ("their", "его"), which point inside the
 * heading itself as often ("How Herders Price Their Sheep").
 */
static const char *const pronouns[] = {
	"it", "this", "these", "those", "they", "them",
	"это", "этого", "этому", "этом", "этим", "эти", "этих", "он", "она", "оно", "они",
	"ему", "ей", "им", "него", "неё", "нему", "них",
	NULL
};

/* Joining words: "Khorog and Beyond", "Сары-Таш и граница". */
static const char *const conjunctions[] = {"and", "и", NULL};

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
		if (word_folds_in(s + wstart, wend - wstart, conjunctions))
			shape->conjunction = 1;
		if (word_folds_in(s + wstart, wend - wstart, pronouns))
			shape->refers_back = 1;
		if (shape->words == 0 && word_folds_in(s + wstart, wend - wstart, article_words))
			shape->article_start = 1;
		if (shape->words == 0 && word_folds_in(s + wstart, wend - wstart, question_words))
			shape->question_start = 1;
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
heading_is_subheading(const HeadingShape *shape, const HeadingContext *ctx,
					  const char *s, size_t len)
{
	if (ctx->next_starts_article)
		return 0;				/* a byline or a date line follows: a headline */
	if (ctx->next_is_heading)
		return 1;				/* a heading over a heading labels a section */
	if (!ctx->article_open)
		return 0;				/* the first heading of a date section opens an article */
	if (ctx->article_brief)
		return 0;				/* a heading after a news brief is the next brief */
	if (shape->question)
		return shape->words <= LABEL_MAX_WORDS ||
			(ctx->article_asks && shape->words <= QUESTION_LABEL_MAX_WORDS);
	if (shape->colon)
		return 0;				/* a headline form */
	if (shape->words <= LABEL_MAX_WORDS)
		return 1;				/* a short label */
	if (ctx->article_signed && shape->words <= LONGFORM_LABEL_MAX_WORDS &&
		2 * shape->words <= ctx->headline_words)
		return 1;				/* a section of a signed article */
	if ((shape->article_start || shape->conjunction) && shape->words <= LABEL_FORM_MAX_WORDS)
		return 1;				/* "A Decade of Silence", "Sary-Tash and the Border" */
	if (shape->article_start || shape->question_start || shape->conjunction)
		return shape->refers_back || article_words_share(ctx->words, s, len);
	return 0;
}
