-- scripts/user_functions.sql - used by make test (scripts/readme.pl check).
-- The functions a user calls by name: every function of the extension except
-- those reached through a type (I/O), an operator, an operator class or an
-- aggregate (support functions).  README's reference must name each one.
SELECT DISTINCT p.proname
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates'
WHERE NOT EXISTS (SELECT 1 FROM pg_type t WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
  AND NOT EXISTS (SELECT 1 FROM pg_operator o WHERE o.oprcode = p.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_amproc a WHERE a.amproc = p.oid)
  AND NOT EXISTS (SELECT 1 FROM pg_aggregate g
                  WHERE p.oid IN (g.aggtransfn, g.aggfinalfn, g.aggcombinefn, g.aggserialfn, g.aggdeserialfn))
ORDER BY 1;
