--
-- The extension installs, and every operator class it ships is valid.
--
CREATE EXTENSION exchange_rates;

-- amvalidate checks each opclass's operators and support functions.
SELECT opc.opcname, am.amname, amvalidate(opc.oid) AS valid
FROM pg_opclass opc
JOIN pg_am am ON am.oid = opc.opcmethod
JOIN pg_depend d ON d.classid = 'pg_opclass'::regclass AND d.objid = opc.oid
	AND d.refclassid = 'pg_extension'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates'
ORDER BY am.amname, opc.opcname;

-- Every function is C or SQL; none is SECURITY DEFINER (safe for trusted = true).
SELECT count(*) AS security_definer_functions
FROM pg_proc p
JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	AND d.refclassid = 'pg_extension'::regclass
JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'exchange_rates'
WHERE p.prosecdef;
