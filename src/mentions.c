/*
 * mentions.c - what articles talk about, as rows: currency_mentions(),
 * percent_mentions(), money_mentions() and the currency_words() listing.
 * The scanning is in core/currency_mentions.c, core/percent_mentions.c and
 * core/money_mentions.c.
 *
 * `start` is the 1-based character position of the match, as position()
 * and substr() count: substr(body, start, char_length(matched)) = matched.
 */
#include "compat.h"

#include "utils/builtins.h"

#include "currency.h"
#include "fxamount.h"
#include "srf.h"
#include "textio.h"
#include "core/currency_mentions.h"
#include "core/currency_words.h"
#include "core/currency_words_ru.h"
#include "core/money_mentions.h"
#include "core/percent_mentions.h"

PG_FUNCTION_INFO_V1(currency_mentions);
PG_FUNCTION_INFO_V1(percent_mentions);
PG_FUNCTION_INFO_V1(money_mentions);
PG_FUNCTION_INFO_V1(currency_words);

/* currency_mentions(body text) -> TABLE(currency currency, matched text, start int, via text) */
Datum
currency_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of currency_mentions()");
	ExrRows		rows;
	CurrencyScanner scan;
	CurrencyMention m;
	Datum		via[VIA_COUNTRY + 1];

	/* the four via values, made once per call rather than once per row */
	for (int v = VIA_CODE; v <= VIA_COUNTRY; v++)
		via[v] = CStringGetTextDatum(mention_via_name((MentionVia) v));
	exr_rows_start(&rows, fcinfo);
	currency_scan_init(&scan, body, len);
	while (currency_scan_next(&scan, &m))
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		exr_row_begin(&rows);
		values[0] = CurrencyGetDatum(m.currency);
		values[1] = exr_utf8_text(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		values[3] = via[m.via];
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* percent_mentions(body text) -> TABLE(value numeric, matched text, start int) */
Datum
percent_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of percent_mentions()");
	ExrRows		rows;
	PercentScanner scan;
	PercentMention m;

	exr_rows_start(&rows, fcinfo);
	percent_scan_init(&scan, body, len);
	while (percent_scan_next(&scan, &m))
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		exr_row_begin(&rows);
		values[0] = exr_dec_to_numeric(m.value);
		values[1] = exr_utf8_text(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

/* money_mentions(body text) -> TABLE(amount fxamount, matched text, start int) */
Datum
money_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "argument of money_mentions()");
	ExrRows		rows;
	MoneyScanner scan;
	MoneyMention m;

	exr_rows_start(&rows, fcinfo);
	money_scan_init(&scan, body, len);
	while (money_scan_next(&scan, &m))
	{
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		FxAmount	amount;

		/* the scanner gives a known currency and an in-range value */
		if (fxa_make(m.currency, m.amount, &amount) != FX_OK)
			elog(ERROR, "money_mentions found an amount that is not an fxamount");
		exr_row_begin(&rows);
		values[0] = FxAmountGetDatum(&amount);
		values[1] = exr_utf8_text(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		exr_row_end(&rows, values, nulls);
	}
	exr_rows_done(&rows);
	return (Datum) 0;
}

static const char *
word_rule(CurWordKind kind)
{
	switch (kind)
	{
		case CW_NAME:
		case CW_COUNTRY:
		case CW_DEMONYM:
		case CW_AREA:
		case CW_ADJECTIVE:
			return "always";
		case CW_NAME_CAPS:
		case CW_COUNTRY_CAPS:
			return "in capitals";
		case CW_NAME_AFTER_AMOUNT:
			return "after an amount or a demonym";
		case CW_NAME_AFTER_COUNTRY:
			return "after a country word";
		case CW_NOT_CURRENCY:
			break;
	}
	return "never";
}

static void
put_word_row(ExrRows *rows, const char *word, const char *code, const char *via, const char *rule)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	exr_row_begin(rows);
	values[0] = exr_utf8_text(word, strlen(word));
	values[1] = CurrencyGetDatum(cur_pack(code));
	values[2] = CStringGetTextDatum(via);
	values[3] = CStringGetTextDatum(rule);
	exr_row_end(rows, values, nulls);
}

/*
 * currency_words() -> TABLE(word text, currency currency, via text, counts text):
 * the vocabulary of currency_mentions() and money_mentions() (codes are
 * those of currencies()).
 */
Datum
currency_words(PG_FUNCTION_ARGS)
{
	ExrRows		rows;

	exr_rows_start(&rows, fcinfo);
	for (size_t i = 0; i < cw_word_count(); i++)
	{
		const CurWord *w = cw_word_at(i);
		bool		country = cw_is_country(w->kind);

		if (w->kind == CW_NOT_CURRENCY)
			continue;
		put_word_row(&rows, w->word, w->code, country ? "country" : "name", word_rule(w->kind));
	}
	/* Russian words: the dictionary form; every case and number counts too */
	for (size_t i = 0; i < cwr_word_count(); i++)
	{
		const RuWord *w = cwr_word_at(i);
		char		form[128];
		char		rule[96];

		if (w->kind == CW_NOT_CURRENCY)
			continue;
		cwr_word_form(w, form, sizeof(form));
		snprintf(rule, sizeof(rule), "%s, in every form", word_rule(w->kind));
		put_word_row(&rows, form, w->code, cw_is_country(w->kind) ? "country" : "name", rule);
	}
	for (size_t i = 0; i < cw_sign_count(); i++)
		put_word_row(&rows, cw_sign_at(i)->sign, cw_sign_at(i)->code, "symbol", "always");
	exr_rows_done(&rows);
	return (Datum) 0;
}
