/*
 * test_headings.c - unit tests for the headline rule and the article's
 * word memory (headings.h).  test_articles.c tests the rule on pages.
 */
#include <stdio.h>
#include <string.h>

#include "headings.h"
#include "unit.h"

static ArticleWords words;		/* static: zeroed, and too big for a small stack */

static int
shape_of(const char *s, HeadingShape *shape)
{
	return heading_shape(s, strlen(s), shape);
}

static void
test_shape(void)
{
	HeadingShape sh;
	char		long_line[HEADING_MAX_BYTES + 2];

	CHECK(shape_of("Grain Prices Climb", &sh) && sh.words == 3 && !sh.question && !sh.colon,
		  "a short capitalised line is a heading of three words");
	CHECK(shape_of("2025 Harvest Beats Forecasts", &sh), "a heading may start with a digit");
	CHECK(!shape_of("grain prices climb", &sh), "a heading starts with a capital");
	CHECK(!shape_of("Prices climb again.", &sh), "a heading does not end with a full stop");
	CHECK(!shape_of("Prices climb again,", &sh), "nor with a comma");
	CHECK(shape_of("\xe2\x80\x9cQuoted Headline Here\xe2\x80\x9d", &sh),
		  "quotes around a heading are looked through");
	CHECK(shape_of("Why Now?", &sh) && sh.question, "a final ? is a question");
	CHECK(shape_of("Analysis: Wheat Traders Look East", &sh) && sh.colon,
		  "a colon followed by text");
	CHECK(shape_of("The Role of Wheat Exports", &sh) && sh.article_start && !sh.question_start &&
		  !sh.conjunction, "The starts a label");
	CHECK(shape_of("What Millers Pay", &sh) && sh.question_start && !sh.article_start,
		  "a question word starts a label");
	CHECK(shape_of("Demand and Supply Meet", &sh) && sh.conjunction && !sh.article_start,
		  "and joins phrases");
	CHECK(shape_of("Цена прозрачности", &sh) && sh.words == 2,
		  "a Cyrillic capital starts a heading (sentence case)");
	CHECK(!shape_of("цена прозрачности", &sh), "a small Cyrillic letter does not");
	CHECK(shape_of("Өмүр Токтогулов", &sh), "nor do Kyrgyz capitals (Ө)");
	CHECK(shape_of("Как делят общую кассу", &sh) && sh.question_start, "Как is a question word");
	CHECK(shape_of("Сары-Таш и граница", &sh) && sh.conjunction && sh.words == 3, "и joins phrases");
	CHECK(shape_of("Кого это не коснётся", &sh) && sh.refers_back, "это points back");
	CHECK(shape_of("Can It Last Long", &sh) && sh.refers_back, "it points back");
	CHECK(shape_of("Item Prices Rise", &sh) && !sh.refers_back, "a word is not a pronoun inside another");
	CHECK(shape_of("Traders & Millers Compare Notes", &sh) && sh.conjunction && sh.words == 4,
		  "& joins phrases and is no word");
	CHECK(shape_of("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
				   "Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty", &sh) &&
		  sh.words == HEADING_MAX_WORDS, "HEADING_MAX_WORDS words are a heading");
	CHECK(!shape_of("One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve "
					"Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen Twenty "
					"Twentyone", &sh), "one more is not");
	memset(long_line, 'A', sizeof(long_line) - 1);
	long_line[sizeof(long_line) - 1] = '\0';
	CHECK(!shape_of(long_line, &sh), "more than HEADING_MAX_BYTES bytes is not a heading");
}

static int
share(const char *s)
{
	return article_words_share(&words, s, strlen(s));
}

static void
test_words(void)
{
	const char *first = "Wheat traders in Kostanay report steady demand from exporters.";

	CHECK(!share("Demand Holds"), "an empty memory shares nothing");
	article_words_add(&words, first, strlen(first));
	CHECK(share("Demand Holds"), "a word of the article is shared (demand)");
	CHECK(share("Exports Rise"), "the same first six letters are the same stem (export)");
	CHECK(!share("Trade Rises"), "a different stem is not (trade / trader)");
	CHECK(!share("From Steppe"), "a function word (from) is no topic word");
	CHECK(!share("Its Way"), "nor are words of under four letters");
	{
		const char *ru = "Женщины возродили кассу взаимопомощи в Худжанде.";

		article_words_add(&words, ru, strlen(ru));
		CHECK(share("Как делят общие кассы"), "a Russian word without its ending (кассу, кассы)");
		CHECK(share("ХУДЖАНДА"), "in any case (Cyrillic folded)");
		CHECK(!share("Когда можно"), "a Russian function word (когда) is no topic word");
	}
	article_words_clear(&words);
	CHECK(!share("Demand Holds"), "clearing forgets the article");

	/* Many words: more 64-bit words touched than remembered, so a full clear. */
	for (int i = 0; i < 500; i++)
	{
		char		w[32];

		snprintf(w, sizeof(w), "w%03dtopic", i);	/* distinct stems: w000to, w001to ... */
		article_words_add(&words, w, strlen(w));
	}
	article_words_add(&words, first, strlen(first));
	CHECK(share("Demand Holds") && words.n_touched > ARTICLE_WORDS_TOUCHED,
		  "a long article touches more than ARTICLE_WORDS_TOUCHED words");
	article_words_clear(&words);
	{
		int			empty = 1;

		for (size_t i = 0; i < ARTICLE_WORDS_BITS / 64; i++)
			if (words.bits[i] != 0)
				empty = 0;
		CHECK(empty && words.n_touched == 0, "and clearing it empties the whole filter");
	}
}

/* The rule for heading s in an open article or not (other context: none). */
static int
rule(const char *s, const HeadingContext *given)
{
	HeadingShape sh;
	HeadingContext ctx = *given;

	if (!shape_of(s, &sh))
		return -1;
	ctx.words = &words;
	return heading_is_subheading(&sh, &ctx, s, strlen(s));
}

static int
subheading(const char *s, int article_open)
{
	HeadingContext ctx = {0};

	ctx.article_open = article_open;
	ctx.headline_words = 8;
	return rule(s, &ctx);
}

static void
test_rule(void)
{
	const char *first = "Wheat traders in Kostanay report steady demand from millers.";

	article_words_clear(&words);
	article_words_add(&words, first, strlen(first));
	CHECK(subheading("Looking Ahead", 0) == 0, "no article open: every heading is a headline");
	CHECK(subheading("Looking Ahead", 1) == 1, "a label of three words or fewer");
	CHECK(subheading("Why Now?", 1) == 1, "a question of three words or fewer is a label");
	CHECK(subheading("Will Millers Pay More Next Year?", 1) == 0, "a longer question is a headline");
	CHECK(subheading("Note: Prices", 1) == 0, "a colon makes a headline");
	CHECK(subheading("What Millers Are Paying Now", 1) == 1, "a wh-start with a shared word");
	CHECK(subheading("What Parliament Decided on Pensions", 1) == 0,
		  "a wh-start without one is a headline");
	CHECK(subheading("Where It Goes From Here", 1) == 1, "a wh-start with a pronoun points back");
	CHECK(subheading("Demand and Supply on Regional Markets", 1) == 1, "and + a shared word");
	CHECK(subheading("Wheat Traders in Kostanay Expect Steady Demand", 1) == 0,
		  "no label form: a headline even with shared words");
	CHECK(subheading("A Decade of Silence", 1) == 1, "A + four words: a label without a shared word");
	CHECK(subheading("A Parliament Vote on Pensions Today", 1) == 0, "A + six words needs one");
	CHECK(subheading("Osh and the Border", 1) == 1, "and + four words: a label");
	CHECK(subheading("Цена прозрачности", 1) == 1, "a Russian label of two words");
	CHECK(subheading("Кого это не коснётся", 1) == 1, "a Russian question word and a pronoun");
	CHECK(subheading("Куда вложены пенсии казахстанцев", 1) == 0,
		  "a Russian question word alone is a headline form");
	CHECK(subheading("В обменниках Шымкента закончились доллары", 1) == 0, "a Russian headline");
	{
		HeadingContext ctx = {0};

		ctx.article_open = 1;
		ctx.headline_words = 8;
		ctx.next_starts_article = 1;
		CHECK(rule("Looking Ahead", &ctx) == 0, "a byline or date after it: a headline");
		ctx.next_starts_article = 0;
		ctx.next_is_heading = 1;
		ctx.article_open = 0;
		CHECK(rule("Business in Brief", &ctx) == 1, "a heading over a heading is a section label");
		ctx.next_is_heading = 0;
		ctx.article_open = 1;
		ctx.article_brief = 1;
		CHECK(rule("Gold Prices Climb", &ctx) == 0, "after a brief, the next brief");
		ctx.article_brief = 0;
		ctx.article_asks = 1;
		CHECK(rule("Where Do the Dollars Come From?", &ctx) == 1,
			  "in an article that asks, a question of six words is a section");
		CHECK(rule("Will Kazakhstan Follow Its Neighbour's Example Next Year?", &ctx) == 0,
			  "a longer one is a headline");
		ctx.article_asks = 0;
		ctx.article_signed = 1;
		ctx.headline_words = 11;
		CHECK(rule("Brick Houses Replace Mud Walls", &ctx) == 1,
			  "in a signed article, a heading of half its headline's words is a section");
		ctx.headline_words = 9;
		CHECK(rule("Brick Houses Replace Mud Walls", &ctx) == 0, "more than half is a headline");
	}
}

int
main(void)
{
	test_shape();
	test_words();
	test_rule();
	UNIT_DONE();
}
