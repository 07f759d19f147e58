-- test/load/memory.sql - the backend's peak memory (VmHWM) after one big
-- aggregate or extraction, for :rows quote rows / :mb MB of article text.
-- Run once per size in a fresh backend; the shell script compares them.
DROP TABLE IF EXISTS mem_quotes, mem_text;
CREATE UNLOGGED TABLE mem_quotes AS
SELECT (ARRAY['KGS/USD = 0.01144 0%', 'KZT/USD = 0.00194 -0%', 'TJS/USD = 0.10844 -0.46%',
			  'UZS/USD = 0.00008 0%', 'TMT/USD = 0.28571 0.28%'])[1 + i % 5]::fxquote AS quote,
	   i::bigint AS pos
FROM generate_series(1, :rows) AS i;
CREATE UNLOGGED TABLE mem_text AS
SELECT string_agg(format('On day %s the tenge slipped %s%% while $%s million in remittances arrived from Russia. ', i, i % 7, i % 900), '')
	AS body
FROM generate_series(1, (:mb * 1024 * 1024 / 90)::int) AS i;
