/*
 * currency_words.h - the words and signs that name a currency in English
 * and Russian text (plain C99, no PostgreSQL headers).  The Russian words,
 * in all their forms, are currency_words_ru.h's; cw_match_word looks a
 * word up in the table of its script.
 *
 * Three tables: currency names ("tenge", "somoni", "dollars", "pound
 * sterling"), countries, demonyms and their abbreviations ("Kazakhstan",
 * "Kazakh", "U.S.", "EU"), and currency signs ("$", "₸", "US$").  Codes
 * (KZT) are checked against the ISO 4217 table of currency.h.
 *
 * Ambiguities are settled once, here, for Central-Asian news: "$" is USD,
 * "¥" is CNY (the yuan; "JP¥" and "yen" are JPY), "manat" is TMT (write
 * "Azerbaijani manat" for AZN), "rupee" is INR, "dirham" is AED.  Names
 * that are also English words ("sum", "won", "pound", "rand", "dong")
 * count only right after an amount ("5,000 won") or a country word
 * ("Uzbek sum"); names shared by many countries ("franc", "peso", "dinar")
 * count only after a country word ("Swiss franc").
 */
#ifndef EXR_CURRENCY_WORDS_H
#define EXR_CURRENCY_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "currency.h"

typedef enum CurWordKind
{
	CW_NAME = 0,				/* a currency's own name, any case: tenge, dollars */
	CW_NAME_CAPS,				/* a name written in capitals only: RMB */
	CW_NAME_AFTER_AMOUNT,		/* also an English word: only after an amount (5,000 won) */
	CW_NAME_AFTER_COUNTRY,		/* shared by several currencies: only after a country word */
	CW_COUNTRY,					/* country, written with a capital: Kazakhstan */
	CW_DEMONYM,					/* its adjective, written with a capital: Kazakh */
	CW_COUNTRY_CAPS,			/* abbreviation, written in capitals: U.S., EU, UAE */
	CW_AREA,					/* a currency area, any case: euro area, eurozone */
	CW_ADJECTIVE,				/* a country's adjective, any case: казахстанский */
	CW_NOT_CURRENCY				/* a phrase that hides a country word: Latin America */
} CurWordKind;

typedef struct CurWord
{
	const char *word;			/* lower case UTF-8; ' ' matches any white space */
	const char *code;			/* "KZT" ("" for CW_NOT_CURRENCY) */
	CurWordKind kind;
} CurWord;

typedef struct CurSign
{
	const char *sign;			/* UTF-8: "$", "₸", "US$" */
	const char *code;
} CurSign;

/* A match in the text: s[start .. end). */
typedef struct CurMatch
{
	cur_code	currency;
	CurWordKind kind;			/* for words */
	size_t		start;
	size_t		end;
} CurMatch;

/* The tables, for the currency_words() listing and the tests. */
size_t		cw_word_count(void);
const CurWord *cw_word_at(size_t i);
size_t		cw_sign_count(void);
const CurSign *cw_sign_at(size_t i);

/*
 * The longest table phrase starting at s[pos], which must be the start of
 * a word (the caller checks the character before).  The phrase must end at
 * a word boundary and respect its kind's case rule.  Returns 1 and fills
 * *m, or 0 with m->end set to the end of the word at pos (where a scanner
 * goes on).  CW_NOT_CURRENCY matches are returned too (so the caller skips
 * the phrase).
 */
int			cw_match_word(const char *s, size_t len, size_t pos, CurMatch *m);

/*
 * A currency sign at s[pos] ("$", "€", "₸", ...), or a sign with its
 * letter prefix when s[pos] starts the prefix ("US$", "HK$", "CN¥").
 */
int			cw_match_sign(const char *s, size_t len, size_t pos, CurMatch *m);

/*
 * Three capital letters at s[pos] forming an active ISO 4217 code and not
 * followed by another letter.  Codes that are also English words (ALL,
 * TOP, CUP, PEN, TRY, ...) count only beside a number or in a pair such
 * as "TRY/USD".
 */
int			cw_match_code(const char *s, size_t len, size_t pos, CurMatch *m);

/*
 * Quick test: could a key start with this lower-case first word?  0 means
 * certainly not (for the tests; cw_match_word uses it).
 */
int			cw_first_word_may_match(const char *lower, size_t len);

/* Is the match a country word (country, demonym or abbreviation)? */
int			cw_is_country(CurWordKind kind);

/*
 * A currency name after a country word, at pos (past the white space):
 * "Kyrgyz som", "Hong Kong dollar", "Swiss franc".  Names that are also
 * English words need a demonym or abbreviation before them ("Uzbek sum",
 * "South Korean won", but not "Korea won").  *name receives the name.
 */
int			cw_match_qualified_name(const char *s, size_t len, size_t pos,
									CurWordKind country_kind, CurMatch *name);

/* Is the code one of those English-word codes (for the tests and docs)? */
int			cw_code_is_word(const char *three);

#endif
