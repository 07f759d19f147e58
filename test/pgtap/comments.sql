-- Every user-facing object the extension owns has a comment: types,
-- functions, aggregates, operators and casts, so that \dT+, \df+, \da+, \do+
-- and \dC+ in psql say what each one is.  The objects are enumerated through
-- pg_depend, so objects added by later versions are checked without editing
-- this file: a new one without COMMENT fails here.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS exchange_rates;

CREATE TEMP VIEW ext_objects AS
SELECT d.classid::regclass AS catalog, pg_describe_object(d.classid, d.objid, 0) AS object,
	   (SELECT c.description FROM pg_description c
		WHERE c.classoid = d.classid AND c.objoid = d.objid AND c.objsubid = 0) AS comment
FROM pg_depend d
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates'
WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
  AND d.classid IN ('pg_type'::regclass, 'pg_proc'::regclass, 'pg_operator'::regclass, 'pg_cast'::regclass)
  -- PostgreSQL 18 records each type's implicit array type (currency[]) as a
  -- member too (15 does not); psql does not list those, nothing to comment
  AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE d.classid = 'pg_type'::regclass AND t.oid = d.objid
				  AND t.typcategory = 'A' AND t.typelem <> 0);

SELECT plan(4 + (SELECT count(*)::int FROM ext_objects));

-- The enumeration itself: if it found nothing of a kind, every check below
-- would pass having looked at nothing.
SELECT cmp_ok((SELECT count(*)::int FROM ext_objects WHERE catalog = 'pg_type'::regclass), '>=', 5,
			  'the extension''s types are enumerated (currency, fxrate, fxamount, fxquote, fxsnapshot)');
SELECT cmp_ok((SELECT count(*)::int FROM ext_objects WHERE catalog = 'pg_proc'::regclass), '>=', 100,
			  'the extension''s functions and aggregates are enumerated');
SELECT cmp_ok((SELECT count(*)::int FROM ext_objects WHERE catalog = 'pg_operator'::regclass), '>=', 30,
			  'the extension''s operators are enumerated');
SELECT cmp_ok((SELECT count(*)::int FROM ext_objects WHERE catalog = 'pg_cast'::regclass), '>=', 3,
			  'the extension''s casts are enumerated');

SELECT ok(coalesce(btrim(comment), '') <> '', object || ' has a comment')
FROM ext_objects ORDER BY catalog::text, object;

SELECT * FROM finish();
ROLLBACK;
