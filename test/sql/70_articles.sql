--
-- articles: page_blocks, parse_articles, article_stats on fixture pages
-- written for these tests (test/fixtures/)
--
\set sample `cat test/fixtures/sample_page.txt`
\set outline `cat test/fixtures/reference_outline.txt`
\set two_days `cat test/fixtures/two_days_page.txt`
\set plain `cat test/fixtures/plain_page.txt`

-- the sample page: 40 ticker lines, a date, 3 headlines, 2 sub-headings, a list
SELECT kind, count(*), min(line_no), max(line_no)
FROM page_blocks(:'sample') GROUP BY kind ORDER BY min(line_no);
SELECT line_no, kind, content
FROM page_blocks(:'sample') WHERE kind NOT IN ('ticker', 'paragraph') ORDER BY line_no;
-- content is the line without surrounding white space (the ticker's indentation is gone)
SELECT line_no, content FROM page_blocks(:'sample') WHERE line_no IN (1, 2, 73);

SELECT ord, published, title, line_no, length(body) AS body_chars
FROM parse_articles(:'sample') ORDER BY ord;
-- a body keeps sub-headings and list items; blank lines collapse to one
SELECT body FROM parse_articles(:'sample') WHERE ord = 3;

-- the outline of the reference page (its titles and figures, our own words):
-- exactly 6 articles, all of 2025-12-09; the 4 sub-headings stay in bodies
SELECT ord, published, title FROM parse_articles(:'outline') ORDER BY ord;
SELECT a.ord, s.content AS subheading, position(s.content IN a.body) > 0 AS in_body
FROM page_blocks(:'outline') s
JOIN parse_articles(:'outline') a
  ON s.line_no > a.line_no
 AND s.line_no < coalesce((SELECT min(line_no) FROM parse_articles(:'outline') n WHERE n.ord > a.ord), 1000000)
WHERE s.kind = 'subheading' ORDER BY s.line_no;
-- the NBSP-only line before the last article is blank, not a block
SELECT count(*) AS nbsp_blocks FROM page_blocks(:'outline') WHERE content = '' OR content = E'\u00a0';

-- several dates in several forms, a question headline, a numbered list,
-- an article without sub-heading, an "Opinion:" headline
SELECT line_no, kind, content FROM page_blocks(:'two_days')
WHERE kind NOT IN ('paragraph') ORDER BY line_no;
SELECT ord, published, title, line_no,
	   (length(body) - length(replace(body, E'\n\n', ''))) / 2 + 1 AS blocks
FROM parse_articles(:'two_days') ORDER BY ord;

-- no ticker, no date (published is NULL), CRLF line ends, lines wrapped
-- inside a paragraph, an NBSP spacer; "How ..." shares no word with the
-- article before it (a headline), "The Price of Hay ..." shares "price"
-- with its article (a sub-heading)
SELECT line_no, kind, content FROM page_blocks(:'plain') ORDER BY line_no;
SELECT ord, published, title, body FROM parse_articles(:'plain') ORDER BY ord;
SELECT bool_and(position(E'\r' IN body) = 0) AS no_carriage_returns FROM parse_articles(:'plain');

-- edge cases: empty and blank pages give no rows; NULL gives no rows (STRICT)
SELECT count(*) FROM page_blocks('');
SELECT count(*) FROM parse_articles(E' \n\u00a0\n\t');
SELECT count(*) FROM parse_articles(NULL);
-- text before the first headline belongs to no article; a date line ends one
SELECT ord, published, title, body FROM parse_articles(
	E'an opening remark.\n\nFirst Story of the Day Here\n\nIts text.\n\n2025-02-30\n\nDecember 9, 2025\n\nSecond Story Starts Right Here\n\nMore.');
SELECT line_no, kind FROM page_blocks(E'2025-02-30\nDecember 9, 2025\n2024-02-29\n29 February 2023');

-- scrape noise and Russian pages (test/corpus/): bylines, captions and
-- boilerplate are blocks of their own, in no body; an article's author is
-- its first byline without the lead-in
\set en_noise `cat test/corpus/en_02_scrape_noise.txt`
\set ru_noise `cat test/corpus/ru_05_scrape_noise.txt`
SELECT line_no, kind, content FROM page_blocks(:'ru_noise') WHERE kind <> 'paragraph' ORDER BY line_no;
SELECT ord, published, title, author, line_no FROM parse_articles(:'en_noise') ORDER BY ord;
SELECT ord, published, title, author, line_no FROM parse_articles(:'ru_noise') ORDER BY ord;
SELECT count(*) AS articles,
	   bool_and(body !~ '(Advertisement|Photo:|Read more|Share |By |All rights)') AS en_bodies_clean
FROM parse_articles(:'en_noise');
SELECT bool_and(body !~ '(Реклама|Фото:|Читайте также|Поделиться|Автор:|Текст:)') AS ru_bodies_clean
FROM parse_articles(:'ru_noise');
-- Russian date lines: 10 декабря 2025 г., 10.12.2025, a weekday, a time;
-- "31 июня 2025 г." is not in the calendar: a paragraph
\set ru_dates `cat test/corpus/ru_07_dates.txt`
SELECT line_no, content FROM page_blocks(:'ru_dates') WHERE kind = 'date' ORDER BY line_no;
SELECT ord, published, title FROM parse_articles(:'ru_dates') ORDER BY ord;
SELECT kind FROM page_blocks(:'ru_dates') WHERE content = '31 июня 2025 г.';
-- a date line under a headline (with its byline) dates that article
\set under `cat test/corpus/en_12_date_after_headline.txt`
SELECT ord, published, author, title FROM parse_articles(:'under') ORDER BY ord;

-- subheadings => text[]: when the rule takes a sub-heading for a headline
-- (a sentence-case page: "Oil is the bigger risk"), name it; NULL and empty
-- elements match nothing, an array of any shape works
\set sentence_case `cat test/corpus/en_09_sentence_case.txt`
SELECT ord, title FROM parse_articles(:'sentence_case') ORDER BY ord;
SELECT ord, title, author, body FROM parse_articles(:'sentence_case',
	subheadings => ARRAY['Oil is the bigger risk', NULL, '', '  What traders expect ']) ORDER BY ord;
SELECT line_no, kind, content FROM page_blocks(:'sentence_case', ARRAY['Oil is the bigger risk'])
WHERE kind IN ('headline', 'subheading') ORDER BY line_no;
SELECT count(*) AS articles FROM parse_articles(:'sentence_case', '{{"Oil is the bigger risk"},{"Why now"}}');
SELECT count(*) AS articles FROM parse_articles(:'sentence_case', '{}');
-- STRICT: a NULL array gives no rows, as a NULL page does
SELECT count(*) AS articles FROM parse_articles(:'sentence_case', NULL);
SELECT count(*) AS blocks FROM page_blocks(:'sentence_case', NULL);

-- article_stats: words, sentences, paragraphs, minutes at 238 words a minute
SELECT a.ord, s.* FROM parse_articles(:'sample') a, article_stats(a.body) s ORDER BY a.ord;
SELECT * FROM article_stats('');
SELECT * FROM article_stats(E'The U.S. President met Mr. Smith. He left at 3.5 p.m. sharp!\n\nShifting Trends\n\n\u00a0\n\n“Done.”');
SELECT (article_stats(repeat('word ', 238))).reading_minutes AS one_minute,
	   (article_stats(repeat('word ', 2380))).reading_minutes AS ten_minutes,
	   (article_stats(repeat('word ', 12))).reading_minutes AS rounds_half_up;

-- full-text search on the articles, with PostgreSQL's own functions
SELECT ord, title,
	   round(ts_rank(to_tsvector('english', title || ' ' || body),
					 to_tsquery('english', 'worker | abroad')) :: numeric, 4) AS rank
FROM parse_articles(:'outline')
WHERE to_tsvector('english', title || ' ' || body) @@ to_tsquery('english', 'worker | abroad')
ORDER BY rank DESC, ord;

-- 50 MB works in bounded memory (rows are built one at a time)
SELECT count(*) AS blocks, max(line_no) AS last_line
FROM page_blocks(repeat(E'Headline Over a Paragraph\n\nA line of text.\n\n', 1200000));
SELECT ord, length(body) AS body_chars, line_no
FROM parse_articles('One Long Article Headline' || E'\n\n' || repeat(E'A sentence of the body.\n', 2200000));
SELECT * FROM article_stats(repeat(E'Three words here.\n\n', 2700000));
