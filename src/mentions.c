/*
 * mentions.c - what articles talk about, as rows: currency_mentions(),
 * percent_mentions(), money_mentions() and the currency_words() listing;
 * and the UTF-8 handling shared with articles.c (mentions.h).  The scanning is
 * in core/currency_mentions.c, core/percent_mentions.c and
 * core/money_mentions.c.
 *
 * `start` is the 1-based character position of the match, as position()
 * and substr() count: substr(body, start, char_length(matched)) = matched.
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "compat.h"
#include "currency.h"
#include "fxamount.h"
#include "mentions.h"
#include "core/currency_mentions.h"
#include "core/currency_words.h"
#include "core/money_mentions.h"
#include "core/percent_mentions.h"
#include "core/utf8_text.h"

PG_FUNCTION_INFO_V1(currency_mentions);
PG_FUNCTION_INFO_V1(percent_mentions);
PG_FUNCTION_INFO_V1(money_mentions);
PG_FUNCTION_INFO_V1(currency_words);

/* ---- UTF-8 in and out (mentions.h) ----------------------------------- */

/* Does the server's encoding need converting to reach UTF-8? */
static bool
server_is_utf8(void)
{
	int			enc = GetDatabaseEncoding();

	/* SQL_ASCII stores bytes unchecked: they are checked as UTF-8 below. */
	return enc == PG_UTF8 || enc == PG_SQL_ASCII;
}

const char *
exr_text_utf8(text *arg, size_t *len, const char *fn)
{
	const char *s = VARDATA_ANY(arg);
	size_t		n = VARSIZE_ANY_EXHDR(arg);
	size_t		bad;

	if (!server_is_utf8())
	{
		s = (const char *) pg_do_encoding_conversion((unsigned char *) s, (int) n,
													 GetDatabaseEncoding(), PG_UTF8);
		n = strlen(s);
	}
	bad = utf8t_validate(s, n);
	if (bad < n)
		ereport(ERROR,
				(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
				 errmsg("invalid byte sequence for encoding \"UTF8\": 0x%02x",
						(unsigned char) s[bad]),
				 errdetail("The argument of %s() is not valid UTF-8 from byte offset %zu on (the first byte is offset 0).",
						   fn, bad)));
	*len = n;
	return s;
}

Datum
exr_utf8_text_datum(const char *s, size_t len)
{
	if (!server_is_utf8())
	{
		char	   *converted = pg_any_to_server(s, (int) len, PG_UTF8);

		return PointerGetDatum(cstring_to_text(converted));
	}
	return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
}

Datum
exr_dec_numeric_datum(dec value)
{
	char		buf[DEC_FORMAT_MAX];

	dec_format(value, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/* ---- set-returning functions ----------------------------------------- */

/* A row context, reset after each row: memory does not grow with the text. */
#define row_context(name) \
	AllocSetContextCreate(CurrentMemoryContext, name, ALLOCSET_SMALL_SIZES)

/* currency_mentions(body text) -> TABLE(currency currency, matched text, start int, via text) */
Datum
currency_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "currency_mentions");
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	MemoryContext rowcxt = row_context("currency_mentions row");
	CurrencyScanner scan;
	CurrencyMention m;
	Datum		via[VIA_COUNTRY + 1];

	/* the four via values, made once per call rather than once per row */
	for (int v = VIA_CODE; v <= VIA_COUNTRY; v++)
		via[v] = CStringGetTextDatum(mention_via_name((MentionVia) v));
	currency_scan_init(&scan, body, len);
	while (currency_scan_next(&scan, &m))
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = CurrencyGetDatum(m.currency);
		values[1] = exr_utf8_text_datum(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		values[3] = via[m.via];
		tuplestore_putvalues(store, tupdesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

/* percent_mentions(body text) -> TABLE(value numeric, matched text, start int) */
Datum
percent_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "percent_mentions");
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	MemoryContext rowcxt = row_context("percent_mentions row");
	PercentScanner scan;
	PercentMention m;

	percent_scan_init(&scan, body, len);
	while (percent_scan_next(&scan, &m))
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = exr_dec_numeric_datum(m.value);
		values[1] = exr_utf8_text_datum(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		tuplestore_putvalues(store, tupdesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
	return (Datum) 0;
}

/* money_mentions(body text) -> TABLE(amount fxamount, matched text, start int) */
Datum
money_mentions(PG_FUNCTION_ARGS)
{
	size_t		len;
	const char *body = exr_text_utf8(PG_GETARG_TEXT_PP(0), &len, "money_mentions");
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);
	MemoryContext rowcxt = row_context("money_mentions row");
	MoneyScanner scan;
	MoneyMention m;

	money_scan_init(&scan, body, len);
	while (money_scan_next(&scan, &m))
	{
		MemoryContext old = MemoryContextSwitchTo(rowcxt);
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		FxAmount	amount;

		CHECK_FOR_INTERRUPTS();
		/* the scanner gives a known currency and an in-range value */
		if (fxa_make(m.currency, m.amount, &amount) != FX_OK)
			elog(ERROR, "money_mentions found an amount that is not an fxamount");
		values[0] = FxAmountGetDatum(&amount);
		values[1] = exr_utf8_text_datum(body + m.start, m.end - m.start);
		values[2] = Int32GetDatum((int32) m.char_start);
		tuplestore_putvalues(store, tupdesc, values, nulls);
		MemoryContextSwitchTo(old);
		MemoryContextReset(rowcxt);
	}
	MemoryContextDelete(rowcxt);
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
put_word_row(Tuplestorestate *store, TupleDesc tupdesc, const char *word, const char *code,
			 const char *via, const char *rule)
{
	Datum		values[4];
	bool		nulls[4] = {false, false, false, false};

	values[0] = exr_utf8_text_datum(word, strlen(word));
	values[1] = CurrencyGetDatum(cur_pack(code));
	values[2] = CStringGetTextDatum(via);
	values[3] = CStringGetTextDatum(rule);
	tuplestore_putvalues(store, tupdesc, values, nulls);
}

/*
 * currency_words() -> TABLE(word text, currency currency, via text, counts text):
 * the vocabulary of currency_mentions() and money_mentions() (codes are
 * those of currencies()).
 */
Datum
currency_words(PG_FUNCTION_ARGS)
{
	TupleDesc	tupdesc;
	Tuplestorestate *store = exr_srf_start(fcinfo, &tupdesc);

	for (size_t i = 0; i < cw_word_count(); i++)
	{
		const CurWord *w = cw_word_at(i);
		bool		country = cw_is_country(w->kind);

		if (w->kind == CW_NOT_CURRENCY)
			continue;
		put_word_row(store, tupdesc, w->word, w->code, country ? "country" : "name",
					 word_rule(w->kind));
	}
	for (size_t i = 0; i < cw_sign_count(); i++)
		put_word_row(store, tupdesc, cw_sign_at(i)->sign, cw_sign_at(i)->code, "symbol",
					 "always");
	return (Datum) 0;
}
