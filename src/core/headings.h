/*
 * headings.h - headlines and sub-headings: the headline rule, and the
 * memory of the article's words that it consults (plain C99, no
 * PostgreSQL headers).
 *
 * A "heading" is a line that stands alone between blank lines (the
 * scanner of articles.h checks that), has at most HEADING_MAX_WORDS words,
 * starts with a capital letter or a digit and does not end like a sentence
 * (. , ; : ! …).  A heading is a HEADLINE (it starts an article) unless an
 * article is already open in the current date section and the heading
 * reads like a section label:
 *   - it is not a question (no final "?") and has no colon ("Opinion: ..."),
 *     the two forms news headlines use and section labels avoid; and
 *   - it has at most three words ("Shifting Migration Trends"), or
 *   - it begins with The/A/An or a question word (What, Where, Why, How,
 *     When, Who, Which) or joins phrases with "and"/"&" -- forms the
 *     telegraphic style of headlines avoids -- AND it repeats a word of the
 *     article so far (same first six letters, four letters or more, not a
 *     function word): a section continues its article's topic.
 * Everything else is a headline.  README ("How a page is split") has the
 * rule with examples.
 */
#ifndef EXR_HEADINGS_H
#define EXR_HEADINGS_H

#include <stddef.h>
#include <stdint.h>

#define HEADING_MAX_WORDS 20
#define HEADING_MAX_BYTES 300

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
	int			label_start;	/* begins with The/A/An or a question word */
	int			conjunction;	/* contains the word "and" or "&" */
} HeadingShape;

/*
 * Could s[0..len) (trimmed, non-empty) be a heading?  Short, starting with
 * a capital letter or a digit, not ending like a sentence.  Fills *shape.
 */
int			heading_shape(const char *s, size_t len, HeadingShape *shape);

/*
 * The headline rule: is the heading s[0..len) (its shape from
 * heading_shape) a sub-heading of the open article rather than a headline?
 * article_open: a headline was seen in this date section; words: that
 * article's words so far.
 */
int			heading_is_subheading(const HeadingShape *shape, int article_open,
								  const ArticleWords *words, const char *s, size_t len);

#endif
