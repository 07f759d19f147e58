/*
 * currency_words_ru.h - the words that name a currency in Russian text, in
 * all their forms (plain C99, no PostgreSQL headers): currency names
 * ("тенге", "сом", "сомов", "доллару", "доллар США", "рублей"), countries
 * ("Казахстан", "в Казахстане", "России", "США", "Южной Корее") and their
 * adjectives ("казахстанский", "кыргызского", "российских"), the Russian
 * half of currency_words.h's vocabulary, with the same kinds and the same
 * ambiguities settled the same way ("манат" is TMT, "сом" KGS).
 *
 * Case rules: country nouns need a capital ("Казахстан"), abbreviations
 * capitals only ("США", "ЕС", "ОАЭ"); names and adjectives count in any
 * case (Russian writes adjectives of countries in small letters:
 * "кыргызский сом").  An adjective before a currency name is one name
 * mention of that country's currency, as a demonym is in English.
 */
#ifndef EXR_CURRENCY_WORDS_RU_H
#define EXR_CURRENCY_WORDS_RU_H

#include <stddef.h>

#include "currency_words.h"

/* The classes of endings (see currency_words_ru.c for each list). */
typedef enum RuClass
{
	RU_INDECL = 0,				/* тенге, евро, сомони, США */
	RU_M,						/* сом, доллар: both numbers */
	RU_M_SG,					/* Казахстан: singular */
	RU_M_OBLIQUE,				/* Египт-а: the forms that drop a vowel */
	RU_M_SOFT,					/* рубль, юань */
	RU_M_SOFT_SG,				/* Израиль, Тайвань */
	RU_M_J,						/* Китай, лей */
	RU_F_A,						/* лира, гривна: both numbers */
	RU_F_A_SG,					/* Канада */
	RU_F_AK_SG,					/* Америка, Мексика (и after к) */
	RU_F_AZH_SG,				/* Польша (и, ей after ш, ж) */
	RU_F_SOFT_SG,				/* Беларусь */
	RU_F_IYA,					/* Россия, Корея */
	RU_F_IYA_PL,				/* рупия */
	RU_PL,						/* Нидерланды, Эмираты */
	RU_ADJ,						/* злотый, южный */
	RU_ADJ_K,					/* казахстанский (и after к) */
	RU_CLASS_COUNT
} RuClass;

typedef struct RuWord
{
	const char *stem;			/* small letters, UTF-8 */
	RuClass		cls;
	const char *next_stem;		/* a second word ("сша", "коре"), or NULL */
	RuClass		next_cls;
	const char *code;			/* "" for CW_NOT_CURRENCY */
	CurWordKind kind;
} RuWord;

/* The table, for the tests and the currency_words() listing. */
size_t		cwr_word_count(void);
const RuWord *cwr_word_at(size_t i);

/*
 * The dictionary form of an entry ("сом", "казахстанский", "Южная Корея"
 * in small letters: "южная корея") into buf (cap bytes); returns its length.
 */
size_t		cwr_word_form(const RuWord *w, char *buf, size_t cap);

/*
 * The longest entry matching at s[pos] (the start of a word), in any of its
 * forms and obeying its case rule: as cw_match_word (1 and *m filled, or 0
 * with m->end set to the end of the word at pos).
 */
int			cwr_match_word(const char *s, size_t len, size_t pos, CurMatch *m);

#endif
