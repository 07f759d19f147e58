
-- ---------------------------------------------------------------------------
-- ticker: the quotes of a scraped page's currency carousel
-- ---------------------------------------------------------------------------
CREATE FUNCTION parse_ticker(page text, strict boolean DEFAULT false,
	OUT line_no integer, OUT quote fxquote)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 40;
COMMENT ON FUNCTION parse_ticker(text, boolean) IS 'every ticker quote of a page, in page order, repeats included; strict raises 22P02 on the first malformed quote line';

CREATE FUNCTION ticker_rejects(page text,
	OUT line_no integer, OUT line text, OUT reason text)
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 1;
COMMENT ON FUNCTION ticker_rejects(text) IS 'the lines of a page that look like ticker quotes but do not parse, and why';
