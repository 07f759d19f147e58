
-- ---------------------------------------------------------------------------
-- articles: a scraped page as blocks and articles, and an article's counts
-- ---------------------------------------------------------------------------
CREATE FUNCTION page_blocks(page text, subheadings text[] DEFAULT '{}')
	RETURNS TABLE (line_no integer, kind text, content text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 100;
COMMENT ON FUNCTION page_blocks(text, text[]) IS
	'the lines of a page that carry text, each with its kind: ticker, date, headline, subheading, paragraph, list_item, byline, caption, boilerplate; lines given in subheadings are sub-headings, never headlines';

CREATE FUNCTION parse_articles(page text, subheadings text[] DEFAULT '{}')
	RETURNS TABLE (ord integer, published date, title text, body text, line_no integer, author text)
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION parse_articles(text, text[]) IS
	'the articles of a page: each headline starts one, dated by its date line, with its byline''s author; lines given in subheadings are sub-headings, never headlines';

CREATE FUNCTION article_stats(body text,
	OUT words integer, OUT sentences integer, OUT paragraphs integer, OUT reading_minutes numeric)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION article_stats(text) IS
	'word, sentence and paragraph counts, and minutes to read at 238 words a minute';
