-- The catalog contract: every function the extension owns is IMMUTABLE,
-- STRICT and PARALLEL SAFE unless it is listed below with the reason, and
-- every aggregate behaves as STRICT (skips rows with a NULL argument).
-- The test enumerates pg_proc through pg_depend, so functions added by later
-- versions are checked without editing this file.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS exchange_rates;

-- Deliberate exceptions: (function name, what differs, why).
CREATE TEMP TABLE contract_exceptions (proname name, not_strict bool, volatility "char", why text);
INSERT INTO contract_exceptions VALUES
	-- aggregate support functions that must see NULL states are not STRICT
	('snapshot_combine', true, 'i', 'combine handles NULL partial states'),
	('snapshot_transfn', true, 'i', 'first call gets a NULL state'),
	('snapshot_transfn_ts', true, 'i', 'first call gets a NULL state'),
	('snapshot_transfn_pos', true, 'i', 'first call gets a NULL state'),
	('candle_transfn_rate', true, 'i', 'first call gets a NULL state; NULL rows are skipped'),
	('candle_transfn_quote', true, 'i', 'first call gets a NULL state; NULL rows are skipped');

CREATE TEMP VIEW ext_functions AS
SELECT p.oid, p.proname, p.prokind, p.provolatile, p.proisstrict, p.proparallel,
	   p.oid::regprocedure::text AS signature
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates';

SELECT plan((SELECT 3 * count(*)::int + 4 FROM ext_functions));

SELECT ok((SELECT count(*) FROM ext_functions) > 0, 'the extension owns functions');
SELECT ok(NOT EXISTS (SELECT 1 FROM ext_functions f JOIN pg_proc p ON p.oid = f.oid WHERE p.prosecdef),
		  'no function is SECURITY DEFINER');
SELECT ok(NOT EXISTS (SELECT 1 FROM ext_functions f JOIN pg_proc p ON p.oid = f.oid
					  JOIN pg_language l ON l.oid = p.prolang
					  WHERE l.lanname NOT IN ('c', 'sql', 'internal')),
		  'every function is C, SQL or internal');
SELECT ok(EXISTS (SELECT 1 FROM pg_extension e WHERE e.extname = 'exchange_rates'),
		  'extension exchange_rates is installed');

-- Plain functions.  An aggregate's own pg_proc row always says IMMUTABLE
-- and not STRICT whatever it does (CREATE AGGREGATE sets neither), so
-- aggregates are checked by what they do, below.
SELECT is(f.provolatile::text,
		  coalesce((SELECT x.volatility FROM contract_exceptions x WHERE x.proname = f.proname), 'i')::text,
		  f.signature || ' is IMMUTABLE')
FROM ext_functions f WHERE f.prokind <> 'a' ORDER BY f.signature;

SELECT is(f.proisstrict,
		  NOT coalesce((SELECT x.not_strict FROM contract_exceptions x WHERE x.proname = f.proname), false),
		  f.signature || ' is STRICT')
FROM ext_functions f WHERE f.prokind <> 'a' ORDER BY f.signature;

-- Aggregates: a row with a NULL argument is skipped, as a STRICT transition
-- function would skip it, and all-NULL input gives NULL.  The aggregate runs
-- over sample values of its argument types (a new argument type needs a
-- sample here, or its check fails saying so).
CREATE TEMP TABLE arg_samples (type regtype PRIMARY KEY, sample text);
INSERT INTO arg_samples VALUES
	('fxamount', $$'12.50 USD'$$),
	('fxrate', $$'KGS/USD 0.01144'$$),
	('fxquote', $$'KGS/USD = 0.01144 0%'$$),
	('fxsnapshot', $$'{KGS/USD = 0.01144 0% x2 #1..6}'$$),
	('fxcandle', $$'KZT/USD open 0.00194 @2025-12-09T03:00:00Z high 0.00195 @2025-12-09T09:00:00Z low 0.00193 @2025-12-09T05:00:00Z close 0.00195 @2025-12-09T15:00:00Z n 6'$$),
	('timestamptz', $$'2025-12-09 08:00+05'$$),
	('bigint', '7');

-- agg over: 'nulls' three rows of NULL arguments; 'values' two rows of
-- samples; 'with_nulls' those two rows plus, for each argument, a row where
-- only that argument is NULL.  Returns the result as text.
CREATE FUNCTION pg_temp.aggregate_over(agg oid, input text) RETURNS text LANGUAGE plpgsql AS $fn$
DECLARE
	name text := (SELECT quote_ident(proname) FROM pg_proc WHERE oid = agg);
	types regtype[] := (SELECT proargtypes::regtype[] FROM pg_proc WHERE oid = agg);
	n int := array_length(types, 1);
	vals text[];
	nulls text[];
	rows_sql text[];
	cols text := (SELECT string_agg('a' || i, ', ') FROM generate_series(1, n) i);
	result text;
BEGIN
	SELECT array_agg(format('%s::%s', s.sample, u.t) ORDER BY u.i), array_agg(format('NULL::%s', u.t) ORDER BY u.i)
	INTO vals, nulls
	FROM unnest(types) WITH ORDINALITY AS u(t, i) JOIN arg_samples s ON s.type = u.t;
	IF coalesce(array_length(vals, 1), 0) <> n THEN
		RETURN 'no sample value in arg_samples for an argument type of ' || agg::regprocedure;
	END IF;
	IF input = 'nulls' THEN
		rows_sql := array_fill(array_to_string(nulls, ', '), ARRAY[3]);
	ELSE
		rows_sql := array_fill(array_to_string(vals, ', '), ARRAY[2]);
		IF input = 'with_nulls' THEN
			FOR i IN 1 .. n LOOP
				rows_sql := rows_sql || array_to_string(vals[1:i - 1] || nulls[i] || vals[i + 1:n], ', ');
			END LOOP;
		END IF;
	END IF;
	EXECUTE format('SELECT %s(%s)::text FROM (VALUES (%s)) AS v(%s)',
				   name, cols, array_to_string(rows_sql, '), ('), cols) INTO result;
	RETURN result;
END
$fn$;

SELECT is(pg_temp.aggregate_over(f.oid, 'nulls'), NULL, f.signature || ' gives NULL when every row is NULL')
FROM ext_functions f WHERE f.prokind = 'a' ORDER BY f.signature;

SELECT is(pg_temp.aggregate_over(f.oid, 'with_nulls'),
		  coalesce(pg_temp.aggregate_over(f.oid, 'values'), 'a result over the sample values'),
		  f.signature || ' skips a row with a NULL argument, as STRICT')
FROM ext_functions f WHERE f.prokind = 'a' ORDER BY f.signature;

SELECT is(f.proparallel::text, 's', f.signature || ' is PARALLEL SAFE')
FROM ext_functions f ORDER BY f.signature;

SELECT * FROM finish();
ROLLBACK;
