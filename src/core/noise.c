/*
 * noise.c - bylines, captions and boilerplate; see noise.h.
 */
#include "noise.h"

#include <string.h>

#include "utf8_text.h"

/* Boilerplate and bylines are short: a longer line is prose. */
#define NOISE_MAX_WORDS 25
#define BYLINE_MAX_WORDS 12
#define CREDIT_MAX_WORDS 6

/* ---------------------------------------------------------------------
 * the vocabulary (lower case; matched in any case)
 * ------------------------------------------------------------------- */

/* A byline's lead-in, and whether ':' or a dash must follow it ("Автор: ..."). */
typedef struct LeadIn
{
	const char *words;
	int			separator;
} LeadIn;

static const LeadIn byline_leads[] = {
	{"by", 0}, {"written by", 0}, {"reporting by", 0}, {"reported by", 0},
	{"story by", 0}, {"text by", 0}, {"words by", 0}, {"interview by", 0},
	{"author", 1}, {"authors", 1}, {"text", 1}, {"words", 1},
	{"автор", 1}, {"авторы", 1}, {"текст", 1},
	{"беседовал", 0}, {"беседовала", 0}, {"беседовали", 0},
	{"подготовил", 0}, {"подготовила", 0}, {"подготовили", 0},
	{NULL, 0}
};

/* Small words a list of names may hold: "Farrukh Nazarov and Elena Kim". */
static const char *const name_joiners[] = {
	"and", "&", "with", "de", "van", "von", "der", "al", "и", NULL
};

/* Words that open a caption or a credit ("Photo: ...", "Фото: ..."). */
static const char *const caption_words[] = {
	"photo", "photos", "photograph", "picture", "image", "illustration", "video",
	"graphic", "infographic",
	"фото", "фотография", "иллюстрация", "видео", "снимок", "инфографика", "коллаж",
	NULL
};

/* Whole lines of boilerplate. */
static const char *const boilerplate_lines[] = {
	"advertisement", "advertising", "sponsored", "sponsored content", "ad",
	"share", "share this", "share this article", "share this story", "share article",
	"comments", "leave a comment", "print", "loading",
	"реклама", "на правах рекламы", "поделиться", "поделитесь", "комментарии",
	"комментировать", "печать", "загрузка",
	NULL
};

/* Labels of boxes of links; with ':' and a title after them, one link. */
static const char *const box_labels[] = {
	"read more", "read also", "also read", "see also", "related", "related articles",
	"related stories", "related news", "more on this topic", "most read", "most popular",
	"popular", "trending", "top stories", "more stories", "recommended",
	"читайте также", "смотрите также", "читайте", "по теме", "ещё по теме", "еще по теме",
	"новости по теме", "материалы по теме", "самое читаемое", "самое популярное",
	"популярное", "рекомендуем", "подробнее",
	NULL
};

/* How share, subscribe and follow lines start. */
static const char *const boilerplate_starts[] = {
	"share on", "share via", "share to", "share with", "subscribe to", "subscribe for",
	"subscribe now", "sign up for", "sign up to", "follow us", "join us on", "join our",
	"download our app", "click here",
	"поделиться в", "поделиться на", "поделитесь в", "подписывайтесь на", "подпишитесь на",
	"подписаться на", "следите за нами", "присоединяйтесь к", "читайте нас в",
	"читайте нас на",
	NULL
};

/* Copyright lines contain one of these. */
static const char *const copyright_phrases[] = {
	"all rights reserved", "все права защищены", NULL
};

/* ---------------------------------------------------------------------
 * helpers
 * ------------------------------------------------------------------- */

static int
is_dash(uint32_t cp)
{
	return cp == '-' || cp == 0x2013 || cp == 0x2014;
}

/* Sentence-ending punctuation (a byline or a credit never ends with it). */
static int
is_sentence_end(uint32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == ';' || cp == ':' || cp == 0x2026;
}

/*
 * The first two characters of s at pos, folded and in UTF-8: a phrase
 * that does not begin with them (or with the first, for a phrase of one
 * character) cannot match there, and memcmp says so cheaply.
 */
typedef struct Prefix
{
	char		bytes[8];
	size_t		n;
} Prefix;

static void
prefix_at(const char *s, size_t len, size_t pos, Prefix *p)
{
	p->n = 0;
	for (int k = 0; k < 2 && pos < len; k++)
	{
		uint32_t	cp;

		pos += utf8t_decode(s, len, pos, &cp);
		if (cp >= 0x10000)
			break;
		p->n += utf8t_encode(p->bytes + p->n, utf8t_lower(cp));
	}
}

static inline int
prefix_may(const char *phrase, const Prefix *p)
{
	size_t		k = 0;

	if (p->n == 0 || phrase[0] != p->bytes[0])
		return p->n == 0;
	while (k < p->n && phrase[k] == p->bytes[k])
		k++;
	return k == p->n || phrase[k] == '\0';
}

/*
 * Does the phrase `lower` start s at pos, as whole words (the next
 * character, if any, is not a letter or digit)?  Its length in s, or 0.
 */
static size_t
phrase_at(const char *s, size_t len, size_t pos, const char *lower)
{
	size_t		n = utf8t_match_folded(s, len, pos, lower);
	uint32_t	cp;

	if (n == 0)
		return 0;
	if (pos + n < len && (utf8t_decode(s, len, pos + n, &cp), utf8t_is_word(cp)))
		return 0;
	return n;
}

/* The longest phrase of the list starting s at pos (its length), or 0. */
static size_t
phrase_in(const char *s, size_t len, size_t pos, const char *const *list)
{
	size_t		best = 0;
	Prefix		p;

	prefix_at(s, len, pos, &p);
	for (; *list != NULL; list++)
	{
		size_t		n;

		if (!prefix_may(*list, &p))
			continue;
		n = phrase_at(s, len, pos, *list);

		if (n > best)
			best = n;
	}
	return best;
}

/* Is s[0..len) exactly one of the phrases (ignoring case)? */
static int
line_is(const char *s, size_t len, const char *const *list)
{
	return len > 0 && phrase_in(s, len, 0, list) == len;
}

/* White-space separated tokens of s[from..to). */
static int
count_words(const char *s, size_t from, size_t to)
{
	int			words = 0;
	int			in_word = 0;

	while (from < to)
	{
		uint32_t	cp;

		from += utf8t_decode(s, to, from, &cp);
		if (utf8t_is_space(cp))
			in_word = 0;
		else if (!in_word)
		{
			in_word = 1;
			words++;
		}
	}
	return words;
}

/* Has s[0..len) more than max white-space separated tokens?  (Stops counting there.) */
static int
more_words_than(const char *s, size_t len, int max)
{
	int			words = 0;
	int			in_word = 0;

	for (size_t i = 0; i < len; i++)
	{
		unsigned char c = (unsigned char) s[i];

		/* ASCII white space separates; a multi-byte space is rare enough to count as a letter */
		if (c == ' ' || c == '\t')
			in_word = 0;
		else if (!in_word)
		{
			in_word = 1;
			if (++words > max)
				return 1;
		}
	}
	return 0;
}

/* The last character of s[0..len) (len > 0). */
static uint32_t
last_char(const char *s, size_t len)
{
	uint32_t	cp;

	utf8t_prev(s, len, &cp);
	return cp;
}

/* Skip white space and then one separator: ':' or a dash; 0 if there is none. */
static size_t
skip_separator(const char *s, size_t len, size_t pos)
{
	uint32_t	cp;
	size_t		at = utf8t_skip_space(s, len, pos);

	if (at >= len)
		return 0;
	at += utf8t_decode(s, len, at, &cp);
	if (cp != ':' && !is_dash(cp))
		return 0;
	return utf8t_skip_space(s, len, at);
}

/* ---------------------------------------------------------------------
 * bylines
 * ------------------------------------------------------------------- */

/*
 * Names: "Nurlan Asanov", "Farrukh Nazarov and Elena Kim", "Nurlan Asanov,
 * Bishkek".  Up to the first comma (or '|', '/', a dash) every word starts
 * with a capital or is a joiner, the first is a capital; after it, a place
 * or a role.  No sentence end, at most BYLINE_MAX_WORDS words.
 */
static int
looks_like_names(const char *s, size_t from, size_t to)
{
	size_t		pos = from;
	int			words = 0;

	if (from >= to || is_sentence_end(last_char(s + from, to - from)) ||
		count_words(s, from, to) > BYLINE_MAX_WORDS)
		return 0;
	while (pos < to)
	{
		uint32_t	cp;
		size_t		start = utf8t_skip_space(s, to, pos);
		size_t		end = start;

		if (start >= to)
			break;
		utf8t_decode(s, to, start, &cp);
		if (cp == ',' || cp == '|' || cp == '/' || is_dash(cp))
			break;				/* the names end here */
		while (end < to && (utf8t_decode(s, to, end, &cp), !utf8t_is_space(cp) && cp != ','))
			end += utf8t_decode(s, to, end, &cp);
		utf8t_decode(s, to, start, &cp);
		if (utf8t_is_upper(cp))
			words++;
		else if (words == 0 || phrase_in(s, end, start, name_joiners) != end - start)
			return 0;
		pos = end;
	}
	return words > 0;
}

static int
byline(const char *s, size_t len, size_t *name_at)
{
	Prefix		p;

	prefix_at(s, len, 0, &p);
	for (const LeadIn *lead = byline_leads; lead->words != NULL; lead++)
	{
		size_t		n;
		size_t		at;

		if (!prefix_may(lead->words, &p) || (n = phrase_at(s, len, 0, lead->words)) == 0)
			continue;
		at = skip_separator(s, len, n);
		if (at == 0)
		{
			if (lead->separator)
				continue;
			at = utf8t_skip_space(s, len, n);
			if (at == n)
				continue;		/* "Byline" is not "By line" */
		}
		if (looks_like_names(s, at, len))
		{
			*name_at = at;
			return 1;
		}
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * captions
 * ------------------------------------------------------------------- */

/* "Photo: ...", "Photo by ...", "Фото — ...", "Фото пресс-службы банка". */
static int
caption_start(const char *s, size_t len)
{
	size_t		at = 0;
	size_t		n;

	if (len > 0 && s[0] == '(')
		at = 1;
	n = phrase_in(s, len, at, caption_words);
	if (n == 0)
		return 0;
	at += n;
	if (skip_separator(s, len, at) != 0)
		return 1;
	at = utf8t_skip_space(s, len, at);
	if (phrase_at(s, len, at, "by") > 0)
		return 1;
	/* Russian credits often need no colon: "Фото пресс-службы Нацбанка". */
	return phrase_at(s, len, 0, "фото") > 0 && count_words(s, 0, len) <= 8 &&
		!is_sentence_end(last_char(s, len));
}

/*
 * "<a sentence>. Photo: Farrukh Nazarov", "... (Фото: ТАСС)": a caption
 * word and ':' after a sentence end or an opening mark, then a short credit.
 */
static int
caption_credit(const char *s, size_t len)
{
	const char *colon = s;

	while ((colon = memchr(colon, ':', len - (size_t) (colon - s))) != NULL)
	{
		size_t		c = (size_t) (colon - s);
		size_t		word_end = c;
		size_t		word_start = c;
		size_t		before;
		uint32_t	cp = 0;

		colon++;
		while (word_start > 0 && (utf8t_prev(s, word_start, &cp), utf8t_is_word(cp)))
			word_start = utf8t_prev(s, word_start, &cp);
		if (word_start == word_end || phrase_in(s, word_end, word_start, caption_words) == 0)
			continue;
		if (word_start == 0)
			continue;			/* at the start: caption_start's case */
		utf8t_prev(s, word_start, &cp);
		if (cp != '(' && cp != '[')
		{
			before = word_start;
			while (before > 0 && (utf8t_prev(s, before, &cp), utf8t_is_space(cp)))
				before = utf8t_prev(s, before, &cp);
			if (before == 0 || before == word_start)
				continue;		/* glued on to the word before */
			utf8t_prev(s, before, &cp);
			if (!(cp == '.' || cp == '!' || cp == '?' || cp == '(' || cp == '|' || cp == '/' ||
				  cp == 0x00BB || cp == '"' || cp == 0x201D || is_dash(cp)))
				continue;
		}
		{
			size_t		credit = utf8t_skip_space(s, len, c + 1);
			size_t		end = len;

			if (end > credit && s[end - 1] == ')')
				end--;
			if (credit < end && count_words(s, credit, end) <= CREDIT_MAX_WORDS &&
				!is_sentence_end(last_char(s + credit, end - credit)))
				return 1;
		}
	}
	return 0;
}

/* ---------------------------------------------------------------------
 * boilerplate
 * ------------------------------------------------------------------- */

/* s[0..len) without trailing ':', '.', '!', '…' and white space. */
static size_t
strip_end_marks(const char *s, size_t len)
{
	while (len > 0)
	{
		uint32_t	cp;
		size_t		start = utf8t_prev(s, len, &cp);

		if (!(utf8t_is_space(cp) || cp == ':' || cp == '.' || cp == '!' || cp == 0x2026))
			break;
		len = start;
	}
	return len;
}

/* Does a phrase of the list start a word of s (after a space)? */
static int
contains_phrase(const char *s, size_t len, const char *const *list)
{
	for (const char *sp = s; (sp = memchr(sp, ' ', len - (size_t) (sp - s))) != NULL;)
	{
		sp++;
		if (phrase_in(s, len, (size_t) (sp - s), list) > 0)
			return 1;
	}
	return phrase_in(s, len, 0, list) > 0;
}

static NoiseKind
boilerplate(const char *s, size_t len)
{
	size_t		bare = strip_end_marks(s, len);
	size_t		n;

	if (line_is(s, bare, boilerplate_lines))
		return NOISE_BOILERPLATE;
	if (line_is(s, bare, box_labels))
		return NOISE_BOX_LABEL;
	/* "Read more: <another article's title>" */
	if ((n = phrase_in(s, len, 0, box_labels)) > 0 && skip_separator(s, len, n) != 0)
		return NOISE_BOILERPLATE;
	if (more_words_than(s, len, NOISE_MAX_WORDS))
		return NOISE_NONE;
	if (phrase_in(s, len, 0, boilerplate_starts) > 0)
		return NOISE_BOILERPLATE;
	if ((len >= 2 && memcmp(s, "\xC2\xA9", 2) == 0) ||		/* © */
		phrase_at(s, len, 0, "(c)") > 0 || phrase_at(s, len, 0, "copyright") > 0 ||
		contains_phrase(s, len, copyright_phrases))
		return NOISE_BOILERPLATE;
	return NOISE_NONE;
}

/* ---------------------------------------------------------------------
 * the classifier
 * ------------------------------------------------------------------- */

/*
 * The first two letters (folded) of every lead-in, phrase and label above,
 * as Prefix keys, built at first use: a line that starts with none of them
 * can only be a caption that ends in a credit.  Most lines of a page are
 * turned away by this one test.
 */
#define PREFIXES_MAX 256

static Prefix prefixes[PREFIXES_MAX];
static int	n_prefixes = -1;

static void
add_prefix(const char *phrase)
{
	Prefix		p;

	prefix_at(phrase, strlen(phrase), 0, &p);
	for (int i = 0; i < n_prefixes; i++)
		if (prefixes[i].n == p.n && memcmp(prefixes[i].bytes, p.bytes, p.n) == 0)
			return;
	if (n_prefixes < PREFIXES_MAX)
		prefixes[n_prefixes++] = p;
}

static void
build_prefixes(void)
{
	static const char *const *const lists[] = {
		caption_words, boilerplate_lines, box_labels, boilerplate_starts
	};

	n_prefixes = 0;
	for (const LeadIn *lead = byline_leads; lead->words != NULL; lead++)
		add_prefix(lead->words);
	for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++)
		for (const char *const *p = lists[k]; *p != NULL; p++)
			add_prefix(*p);
	add_prefix("(p");			/* "(Photo: ...)", "(c)" */
	add_prefix("(c");
	add_prefix("(ф");
	add_prefix("\xC2\xA9");		/* © and what follows it */
	add_prefix("copyright");
}

static int
may_open_noise(const char *s, size_t len)
{
	Prefix		p;

	if (n_prefixes < 0)
		build_prefixes();
	prefix_at(s, len, 0, &p);
	for (int i = 0; i < n_prefixes; i++)
	{
		/* a prefix of one character ("©") matches any line it starts */
		size_t		k = prefixes[i].n < p.n ? prefixes[i].n : p.n;

		size_t		j = 0;

		if (prefixes[i].bytes[0] != p.bytes[0])
			continue;
		while (j < k && prefixes[i].bytes[j] == p.bytes[j])
			j++;
		if (j == k && (prefixes[i].n <= p.n || p.n == 0))
			return 1;
	}
	return 0;
}

NoiseKind
noise_classify(const char *s, size_t len, size_t *name_at, size_t *name_len)
{
	size_t		at;
	NoiseKind	kind;

	if (len == 0)
		return NOISE_NONE;
	if (!may_open_noise(s, len))
		return memchr(s, ':', len) != NULL && caption_credit(s, len) ? NOISE_CAPTION : NOISE_NONE;
	if (byline(s, len, &at))
	{
		if (name_at)
			*name_at = at;
		if (name_len)
			*name_len = len - at;
		return NOISE_BYLINE;
	}
	if (caption_start(s, len))
		return NOISE_CAPTION;
	if ((kind = boilerplate(s, len)) != NOISE_NONE)
		return kind;
	if (memchr(s, ':', len) != NULL && caption_credit(s, len))
		return NOISE_CAPTION;
	return NOISE_NONE;
}
