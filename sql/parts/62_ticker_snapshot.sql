
-- ---------------------------------------------------------------------------
-- ticker_snapshot: a page's snapshot in one call
-- ---------------------------------------------------------------------------
CREATE FUNCTION ticker_snapshot(page text, strict boolean DEFAULT false) RETURNS fxsnapshot
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ticker_snapshot(text, boolean) IS 'the page''s snapshot keyed by line number, as snapshot_agg(quote, line_no) over parse_ticker(page, strict) builds it, in one pass; NULL for a page without quotes';
