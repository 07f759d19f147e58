/*
 * headings.h - headlines and sub-headings: the headline rule, and the
 * memory of the article's words that it consults (plain C99, no
 * PostgreSQL headers).
 *
 * A "heading" is a line that stands alone (the scanner of articles.h
 * checks that), has at most HEADING_MAX_WORDS words, starts with a capital
 * letter or a digit (Latin or Cyrillic, after opening quotes) and does not
 * end like a sentence (. , ; : ! …).  Whether it is a HEADLINE (it starts
 * an article) or a SUB-HEADING is decided in this order:
 *   1. a byline or a date line right after it: a headline;
 *   2. another heading right after it: a sub-heading, a section's label
 *      ("Business in Brief" over the first brief);
 *   3. no article open in the current date section: a headline;
 *   4. the open article is a news brief (a headline of at most four words,
 *      no byline, no sub-heading yet): a headline, the next brief;
 *   5. a question: a sub-heading when it has at most three words, or at
 *      most six in an article that asks (its headline or a sub-heading is a
 *      question), else a headline;
 *   6. a colon ("Opinion: ...", "Мнение: ..."): a headline;
 *   7. at most three words: a sub-heading ("Shifting Migration Trends",
 *      "Цена прозрачности");
 *   8. a label form -- it begins with The/A/An or a question word (What,
 *      How, Что, Как, Кто ...) or joins phrases with "and"/"&"/"и", forms
 *      the telegraphic style of headlines avoids: a sub-heading when it
 *      begins with The/A/An or joins phrases and has at most four words
 *      ("A Decade of Silence", "Sary-Tash and the Border"), or when it
 *      points back into the article: a pronoun ("it", "this", "это") or a
 *      word of the article so far (the same stem: first six letters, a
 *      Russian word without its ending; four letters or more; not a
 *      function word);
 *   9. everything else: a headline.
 * Capital letters alone decide nothing: Russian headlines (and some
 * English ones) are written in sentence case.  README ("How a page is
 * split") has the rule with examples.
 */
#ifndef EXR_HEADINGS_H
#define EXR_HEADINGS_H

#include <stddef.h>
#include <stdint.h>

#define HEADING_MAX_WORDS 20
#define HEADING_MAX_BYTES 300
/* A news brief's headline has at most this many words ("Tenge Hits Low"). */
#define HEADING_BRIEF_MAX_WORDS 4

/*
 * The words of the article so far, as a fixed-size Bloom filter of their
 * stems (first six characters, ASCII case folded): constant memory however
 * long the article.  A zeroed ArticleWords is empty.
 */
#define ARTICLE_WORDS_BITS 32768
#define ARTICLE_WORDS_TOUCHED 64	/* 64-bit words remembered for a cheap clear */

typedef struct ArticleWords
{
	uint64_t	bits[ARTICLE_WORDS_BITS / 64];	/* hashed word stems */
	uint16_t	touched[ARTICLE_WORDS_TOUCHED];	/* which words of it are non-zero ... */
	int			n_touched;		/* ... while there are few (> max: clear it all) */
} ArticleWords;

/* Forget every word (an article starts). */
void		article_words_clear(ArticleWords *words);

/* Remember the topic words of s[0..len). */
void		article_words_add(ArticleWords *words, const char *s, size_t len);

/*
 * Does a topic word of s[0..len) (four letters or more, not a function
 * word) occur in the article so far?  (A Bloom filter: a rare false "yes".)
 */
int			article_words_share(const ArticleWords *words, const char *s, size_t len);

/* What the headline rule looks at in a heading. */
typedef struct HeadingShape
{
	int			words;			/* white-space separated tokens with a letter or digit */
	int			question;		/* ends with "?" */
	int			colon;			/* a colon followed by white space ("Opinion: ...") */
	int			article_start;	/* begins with The/A/An */
	int			question_start;	/* begins with a question word (What, How, Что, Как ...) */
	int			conjunction;	/* contains the word "and", "&" or "и" */
	int			refers_back;	/* has a pronoun such as "it", "this", "это" */
} HeadingShape;

/*
 * Could s[0..len) (trimmed, non-empty) be a heading?  Short, starting with
 * a capital letter or a digit, not ending like a sentence.  Fills *shape.
 */
int			heading_shape(const char *s, size_t len, HeadingShape *shape);

/* What the headline rule knows about the page around a heading. */
typedef struct HeadingContext
{
	int			next_starts_article;	/* a byline or a date line follows */
	int			next_is_heading;	/* another heading follows */
	int			article_open;	/* a headline was seen in this date section */
	int			article_brief;	/* ... of at most four words, no byline, no sub-heading yet */
	int			article_asks;	/* ... that is a question, or has a question sub-heading */
	int			article_signed;	/* ... that has a byline */
	int			headline_words;	/* ... whose headline has this many words */
	const ArticleWords *words;	/* that article's words so far */
} HeadingContext;

/*
 * The headline rule above: is the heading s[0..len) (its shape from
 * heading_shape) a sub-heading rather than a headline?
 */
int			heading_is_subheading(const HeadingShape *shape, const HeadingContext *ctx,
								  const char *s, size_t len);

#endif
