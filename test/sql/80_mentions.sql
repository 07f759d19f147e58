--
-- mentions: currency_mentions, money_mentions, percent_mentions, currency_words
--
SELECT current_database() AS regress_db \gset
\set sample `cat test/fixtures/sample_page.txt`
\set outline `cat test/fixtures/reference_outline.txt`

-- currencies by code, name, symbol and country; start is a 1-based
-- character position, as position() and substr() count
SELECT * FROM currency_mentions('KZT fell; the tenge and the som rose, the somoni held, $5 and ₸70 too.');
SELECT currency, matched, start, via,
	   substr(t, start, char_length(matched)) = matched AS substr_matches
FROM (VALUES ('Lipavský met the Czech minister in Türkiye — “U.S.-funded” ₽ and £.')) v(t),
	 currency_mentions(t);

-- word boundaries: summary, summit and sums are not currencies; Tajikistan’s
-- is Tajikistan; U.S.-funded is the U.S.; Kyrgyz is not found in Kyrgyzstan
SELECT * FROM currency_mentions('A summary of the summit: no sums, a lump sum.');
-- codes are active codes only: withdrawn ones (DEM, SIT, TMM) are words in today's prose
SELECT * FROM currency_mentions('The DEM caucus will SIT on Monday; TMM 5000 then became TMT 1.');
SELECT * FROM currency_mentions('Tajikistan’s economy, U.S.-funded NGOs, Kyrgyzstan and Kazakh-language radio');
-- names that are English words count after an amount or a demonym only
SELECT * FROM currency_mentions('It cost 5,000 sum, 2 million sums; the Uzbek sum; Korea won, 500 won');
-- a country word and a currency name make one name mention of that country's currency
SELECT * FROM currency_mentions('the Kyrgyz som, the Hong Kong dollar, the Azerbaijani manat, a Swiss franc');
-- the region's defaults: manat is TMT, ¥ is CNY (JP¥ and yen are JPY), $ is USD
SELECT * FROM currency_mentions('manat ¥ JP¥ yen $ US$ HK$');
-- codes that are English words need a number or a pair
SELECT * FROM currency_mentions('ALL of it, at the TOP. TRY 500 and TRY/USD');
-- country words need a capital; regions are not countries
SELECT * FROM currency_mentions('turkey and china plates, us and them, Latin America, North American');

-- on the sample page: mentions per currency and kind
SELECT currency, via, count(*) FROM currency_mentions(:'sample')
GROUP BY currency, via ORDER BY currency, via;
-- every EU member and euro-area country is EUR; every country has its currency
SELECT m.currency, string_agg(m.matched, ', ' ORDER BY m.start) AS words
FROM currency_mentions('Germany, France, Italy, Spain, Croatia, Bulgaria, the EU, the euro area, Montenegro, Ecuador, Zimbabwe, Côte d’Ivoire, Guinea-Bissau, Timor-Leste') m
GROUP BY m.currency ORDER BY m.currency;

-- amounts of money: a sign or code before, a name or code after, scaled exactly
SELECT * FROM money_mentions('accused of embezzling $10 billion, paid 70,000 tenge, USD 5 million, €3.5m, 1.2 trillion soums and KZT 1,500');
SELECT amount, amount_currency(amount), amount(amount), matched
FROM money_mentions('10 billion U.S. dollars, 5 million Kazakh tenge, US$5 mn, 500 ₽, 100₸, 2,000 KZT, 3bn rand, $3.50, $1.25 thousand');
-- not amounts: words without a number, years, plain counts, malformed numbers
SELECT count(*) FROM money_mentions('billions of dollars; in 2024; 600,000 Kyrgyz citizens; €1,5 million; a 10cc engine');
-- too large for an amount (more than 15 digits once scaled): skipped, never wrapped
SELECT * FROM money_mentions('$999999999999999 fits; $1000 trillion and $9999999999999999 do not');
-- the sample page's amounts, by article
SELECT a.ord, m.amount, m.matched FROM parse_articles(:'sample') a, money_mentions(a.body) m ORDER BY a.ord, m.start;
-- start is a character position: substr() finds the match there
SELECT bool_and(substr(t, start, char_length(matched)) = matched) AS substr_matches, count(*)
FROM (VALUES ('Ünïcödé ₸ 5 — “$7 billion” and 9 сом, 12 som')) v(t), money_mentions(t);

-- percentages, with signs and hedges
SELECT * FROM percent_mentions('24% of GDP, 0.46 percent, nearly 84%, -0.5%, −0% and +0.28%');
SELECT * FROM percent_mentions('10–15%, more than 50%, up to 30 per cent, 3 pct, 1,5% and COVID19%');
SELECT value, matched FROM percent_mentions(:'outline') ORDER BY start;

-- the vocabulary
SELECT via, counts, count(*) FROM currency_words() GROUP BY via, counts ORDER BY via, counts;
SELECT * FROM currency_words() WHERE word IN ('tenge', 'som', 'somoni', 'sum', 'soum', 'manat', 'kazakh', 'u.s.', '₸', 'franc') ORDER BY word;
SELECT count(DISTINCT currency) AS currencies_with_a_country FROM currency_words() WHERE via = 'country';

-- Russian text: names in all their forms, countries and their adjectives,
-- Cyrillic word boundaries (сомнение is no сом, сумма no сум), any case;
-- start counts characters
SELECT * FROM currency_mentions('Курс тенге к доллару США рос, сомы и сумов хватало; в сомнении о сумме — ТЕНГЕ');
SELECT * FROM currency_mentions('Казахстан, в Кыргызстане, Киргизии, кыргызский сом, Таджикистана, Узбекистаном, Туркмении; российских рублей, в США, американского доллара, Китаю, китайский юань, Турции, турецкая лира, ЕС, Евросоюзу, японская иена, в Южной Корее');
SELECT * FROM currency_mentions('казахстан, сша, Латинская Америка, фунт муки, вон там, крона дерева');
SELECT currency, matched, start, substr(t, start, char_length(matched)) = matched AS substr_matches
FROM (VALUES ('Ӯзбекистон: сум сомони, «Ёлка» и тенге')) v(t), currency_mentions(t);
-- Russian amounts: thousands separated by spaces (NBSP, narrow NBSP), decimal
-- commas, scale words, the sign before or the name after; years and counts
-- are not amounts
SELECT * FROM money_mentions(E'1 500 тенге, 1\u00a0500 тенге, 1\u202f500 тенге, €3,5 млн, 3,5 млн евро, $1,2 млрд, 1,2 млрд долларов США, 1,5 трлн сумов');
SELECT * FROM money_mentions('KZT 1 500, 1 500 KZT, 15 тыс. рублей, 2 миллиона сомони, 70 000 кыргызских сомов, 500 ₽');
SELECT count(*) AS not_amounts FROM money_mentions('в 2015 году 4 000 торговцев получили 12 000 писем; 1.500,00 €; миллиарды долларов');
-- Russian percentages
SELECT * FROM percent_mentions('0,52%, 16,5 процента, около 40 процентов, не менее 3 проц., до 30%, −0,46%');
-- a Russian page of the corpus: what its articles mention
\set ru_page `cat test/corpus/ru_01_news_page.txt`
SELECT a.ord, m.currency, m.via, count(*)
FROM parse_articles(:'ru_page') a, currency_mentions(a.title || E'\n\n' || a.body) m
GROUP BY a.ord, m.currency, m.via ORDER BY a.ord, m.currency, m.via;
SELECT a.ord, m.amount, m.matched FROM parse_articles(:'ru_page') a, money_mentions(a.body) m ORDER BY a.ord, m.start;
SELECT a.ord, p.value, p.matched FROM parse_articles(:'ru_page') a, percent_mentions(a.body) p ORDER BY a.ord, p.start;
-- the Russian vocabulary in currency_words(): dictionary forms, every form counts
SELECT * FROM currency_words() WHERE word IN ('тенге', 'сом', 'сум', 'доллар сша', 'рубль', 'казахстан', 'казахстанский', 'сша', 'южная корея', 'фунт', 'франк') ORDER BY word, currency;
SELECT count(*) > 300 AS many_russian_words FROM currency_words() WHERE word ~ '[а-я]';

-- empty text, no rows; NULL, no rows
SELECT count(*) FROM currency_mentions('');
SELECT count(*) FROM percent_mentions('');
SELECT count(*) FROM money_mentions('');
SELECT count(*) FROM currency_mentions(NULL);

-- 50 MB in bounded memory
SELECT count(*), count(DISTINCT currency), max(start)
FROM currency_mentions(repeat('The tenge moved little on a quiet day of trading. ', 1050000));
SELECT count(*), sum(value), max(start)
FROM percent_mentions(repeat('Growth of 2.5% a year was slower than forecast. ', 1100000));
SELECT count(*), sum(amount), max(start)
FROM money_mentions(repeat('The fund lent $2.5 million to farmers this week. ', 1050000));

-- invalid UTF-8 is SQLSTATE 22021: a SQL_ASCII database stores any bytes
CREATE DATABASE exr_sql_ascii ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c exr_sql_ascii
CREATE EXTENSION exchange_rates;
SELECT * FROM currency_mentions(E'tenge \xff');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM percent_mentions(E'5% \xe2\x82');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM money_mentions(E'$5 \x80');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM page_blocks(E'Headline\n\n\xc0\xaf');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM parse_articles(E'\xed\xa0\x80');
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM parse_articles('Headline', ARRAY['Sub', E'\xff heading']);
\echo :LAST_ERROR_SQLSTATE
SELECT * FROM article_stats(E'ok \xf4\x90\x80\x80');
\echo :LAST_ERROR_SQLSTATE
-- valid UTF-8 in a SQL_ASCII database works
SELECT currency, start, via FROM currency_mentions(E'\xe2\x82\xb8 and tenge');
\c :regress_db
DROP DATABASE exr_sql_ascii;

-- a LATIN1 database: text is converted to UTF-8 for the scanners and back
CREATE DATABASE exr_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c exr_latin1
\encoding UTF8
CREATE EXTENSION exchange_rates;
SELECT * FROM currency_mentions('Lipavský in Türkiye paid £5, about 2% of 250 Swiss francs');
SELECT * FROM percent_mentions('Lipavský: about 2%');
SELECT * FROM money_mentions('Lipavský paid £5 million');
SELECT line_no, kind, content FROM page_blocks(E'Café Owners in Türkiye Count Their Costs\n\nVoilà.');
\c :regress_db
DROP DATABASE exr_latin1;
