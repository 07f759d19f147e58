-- The catalog contract: every function the extension owns is IMMUTABLE,
-- STRICT and PARALLEL SAFE unless it is listed below with the reason.
-- The test enumerates pg_proc through pg_depend, so functions added by later
-- versions are checked without editing this file.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS exchange_rates;

-- Deliberate exceptions: (function name, what differs, why).
CREATE TEMP TABLE contract_exceptions (proname name, not_strict bool, volatility "char", why text);
INSERT INTO contract_exceptions VALUES
	-- aggregate support functions that must see NULL states are not STRICT
	('fxamount_sum_trans', true, 'i', 'first call gets a NULL state (sum and avg)'),
	('fxamount_sum_combine', true, 'i', 'combine handles NULL partial states (sum and avg)'),
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

-- Aggregates are checked through pg_aggregate below; plain functions here.
SELECT is(f.provolatile::text,
		  coalesce((SELECT x.volatility FROM contract_exceptions x WHERE x.proname = f.proname), 'i')::text,
		  f.signature || ' is IMMUTABLE')
FROM ext_functions f ORDER BY f.signature;

SELECT is(f.proisstrict,
		  f.prokind <> 'a' AND NOT coalesce((SELECT x.not_strict FROM contract_exceptions x WHERE x.proname = f.proname), false),
		  f.signature || CASE WHEN f.prokind = 'a' THEN ' (aggregate)' ELSE ' is STRICT' END)
FROM ext_functions f ORDER BY f.signature;

SELECT is(f.proparallel::text, 's', f.signature || ' is PARALLEL SAFE')
FROM ext_functions f ORDER BY f.signature;

SELECT * FROM finish();
ROLLBACK;
