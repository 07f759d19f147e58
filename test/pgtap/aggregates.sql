-- Every aggregate the extension owns can run in parallel and be pushed down
-- by Citus: it has a combine function and a state type that is not a
-- pseudo-type (Citus ships partial states as text through the type's I/O;
-- it cannot ship internal).
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS exchange_rates;

CREATE TEMP VIEW ext_aggregates AS
SELECT a.*, p.oid::regprocedure::text AS signature, p.proname
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates';

SELECT plan(1 + (SELECT 2 * count(*)::int FROM ext_aggregates)
			  + (SELECT count(*)::int FROM ext_aggregates WHERE proname IN ('snapshot_agg', 'candle')));

-- The aggregates README documents are among those found, so the checks
-- below look at them (a broken enumeration would check nothing).
SELECT set_has('SELECT signature FROM ext_aggregates',
			   $$VALUES ('sum(fxamount)'), ('avg(fxamount)'), ('min(fxamount)'), ('max(fxamount)'),
						('snapshot_agg(fxquote)'), ('snapshot_agg(fxquote,timestamp with time zone)'),
						('snapshot_agg(fxquote,bigint)'), ('snapshot_agg(fxsnapshot)')$$,
			   'the contract sees every documented aggregate');

SELECT ok(aggcombinefn <> 0, signature || ' has a combine function')
FROM ext_aggregates ORDER BY signature;

SELECT is((SELECT typtype FROM pg_type WHERE oid = aggtranstype)::text, 'b',
		  signature || ' keeps its state in a real type, ' || aggtranstype::regtype::text || ' (Citus)')
FROM ext_aggregates ORDER BY signature;

SELECT is(aggtranstype::regtype::text, 'fxsnapshot', signature || ' keeps its state in the fxsnapshot type (Citus)')
FROM ext_aggregates WHERE proname = 'snapshot_agg' ORDER BY signature;

SELECT is(aggtranstype::regtype::text, 'fxcandle', signature || ' keeps its state in the fxcandle type (Citus)')
FROM ext_aggregates WHERE proname = 'candle' ORDER BY signature;

SELECT * FROM finish();
ROLLBACK;
