
-- ---------------------------------------------------------------------------
-- mentions: currencies, amounts of money and percentages named in text
-- ---------------------------------------------------------------------------
CREATE FUNCTION currency_mentions(body text)
	RETURNS TABLE (currency currency, matched text, start integer, via text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION currency_mentions(text) IS
	'currencies named in a text by code, name, symbol or country; start is a 1-based character position';

CREATE FUNCTION money_mentions(body text)
	RETURNS TABLE (amount fxamount, matched text, start integer)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION money_mentions(text) IS
	'amounts of money in a text ($10 billion, 70,000 tenge, KZT 1,500), scaled exactly; start is a 1-based character position';

CREATE FUNCTION percent_mentions(body text)
	RETURNS TABLE (value numeric, matched text, start integer)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION percent_mentions(text) IS
	'percentages in a text (24%, 0.46 percent, nearly 84%); start is a 1-based character position';

CREATE FUNCTION currency_words()
	RETURNS TABLE (word text, currency currency, via text, counts text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 700;
COMMENT ON FUNCTION currency_words() IS
	'the names, country words and symbols currency_mentions() and money_mentions() recognise';
