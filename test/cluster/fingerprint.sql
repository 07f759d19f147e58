-- test/cluster/fingerprint.sql - everything that defines the installed
-- extension, one sorted line per property, for test/cluster/upgrade.sh:
-- 1.0 + ALTER EXTENSION UPDATE must print exactly what a fresh install of
-- the default version prints.  OIDs never appear (they differ between
-- databases); objects are named through reg* casts and pg_describe_object,
-- so run it with the same search_path in the databases it compares.
-- Written for PostgreSQL 13 and later (no column newer than 13).
\pset format unaligned
\pset tuples_only on
WITH ext AS (SELECT oid, extversion, extrelocatable FROM pg_extension WHERE extname = 'exchange_rates'),
members AS (
	SELECT d.classid, d.objid, d.objsubid FROM pg_depend d, ext
	WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
member_procs AS (SELECT objid AS oid FROM members WHERE classid = 'pg_proc'::regclass),
member_families AS (SELECT objid AS oid FROM members WHERE classid = 'pg_opfamily'::regclass),
member_operators AS (SELECT objid AS oid FROM members WHERE classid = 'pg_operator'::regclass),
lines(line) AS (
	SELECT format('extension version %s relocatable %s schema %s', extversion, extrelocatable,
		(SELECT nspname FROM pg_namespace n JOIN pg_extension e ON e.extnamespace = n.oid
		 WHERE e.oid = ext.oid))
	FROM ext
UNION ALL
	-- every member, with its comment
	SELECT format('member %s | comment %s', pg_describe_object(classid, objid, objsubid),
		coalesce(quote_literal(obj_description(objid, classid::regclass::text)), 'none'))
	FROM members
UNION ALL
	-- functions and aggregates: signature, result, and every property that
	-- changes what a call does or how the planner treats it
	SELECT format('function %s args (%s) returns %s | kind %s volatile %s strict %s parallel %s '
			'leakproof %s secdef %s retset %s cost %s rows %s support %s config %s lang %s src %s bin %s acl %s',
		p.oid::regprocedure, pg_get_function_arguments(p.oid), pg_get_function_result(p.oid),
		p.prokind, p.provolatile, p.proisstrict, p.proparallel, p.proleakproof, p.prosecdef,
		p.proretset, p.procost, p.prorows, p.prosupport::regproc, p.proconfig, l.lanname,
		p.prosrc, p.probin, p.proacl)
	FROM pg_proc p JOIN member_procs m ON m.oid = p.oid JOIN pg_language l ON l.oid = p.prolang
UNION ALL
	SELECT format('aggregate %s | kind %s direct %s trans %s final %s combine %s serial %s deserial %s '
			'mtrans %s minvtrans %s mfinal %s finalextra %s mfinalextra %s finalmodify %s mfinalmodify %s '
			'sortop %s stype %s sspace %s mstype %s msspace %s init %s minit %s',
		a.aggfnoid::regprocedure, a.aggkind, a.aggnumdirectargs,
		a.aggtransfn::oid::regprocedure, a.aggfinalfn::oid::regprocedure, a.aggcombinefn::oid::regprocedure,
		a.aggserialfn::oid::regprocedure, a.aggdeserialfn::oid::regprocedure,
		a.aggmtransfn::oid::regprocedure, a.aggminvtransfn::oid::regprocedure, a.aggmfinalfn::oid::regprocedure,
		a.aggfinalextra, a.aggmfinalextra, a.aggfinalmodify, a.aggmfinalmodify,
		a.aggsortop::regoperator, a.aggtranstype::regtype, a.aggtransspace,
		a.aggmtranstype::regtype, a.aggmtransspace, a.agginitval, a.aggminitval)
	FROM pg_aggregate a JOIN member_procs m ON m.oid = a.aggfnoid
UNION ALL
	SELECT format('operator %s | code %s result %s commutator %s negator %s restrict %s join %s '
			'hashes %s merges %s',
		o.oid::regoperator, o.oprcode::oid::regprocedure, o.oprresult::regtype,
		o.oprcom::regoperator, o.oprnegate::regoperator,
		o.oprrest::oid::regprocedure, o.oprjoin::oid::regprocedure, o.oprcanhash, o.oprcanmerge)
	FROM pg_operator o JOIN member_operators m ON m.oid = o.oid
UNION ALL
	SELECT format('type %s | type %s len %s byval %s category %s preferred %s delim %s '
			'input %s output %s receive %s send %s typmodin %s typmodout %s analyze %s '
			'align %s storage %s notnull %s element %s array %s base %s collation %s default %s',
		t.oid::regtype, t.typtype, t.typlen, t.typbyval, t.typcategory, t.typispreferred, t.typdelim,
		t.typinput::oid::regprocedure, t.typoutput::oid::regprocedure,
		t.typreceive::oid::regprocedure, t.typsend::oid::regprocedure,
		t.typmodin::oid::regprocedure, t.typmodout::oid::regprocedure, t.typanalyze::oid::regprocedure,
		t.typalign, t.typstorage, t.typnotnull, t.typelem::regtype, t.typarray::regtype,
		t.typbasetype::regtype, t.typcollation, t.typdefault)
	FROM pg_type t JOIN members m ON m.classid = 'pg_type'::regclass AND m.objid = t.oid
UNION ALL
	SELECT format('cast %s -> %s | function %s context %s method %s',
		c.castsource::regtype, c.casttarget::regtype, c.castfunc::regprocedure, c.castcontext, c.castmethod)
	FROM pg_cast c JOIN members m ON m.classid = 'pg_cast'::regclass AND m.objid = c.oid
UNION ALL
	SELECT format('opclass %s %s | for %s default %s key %s family %s',
		am.amname, c.opcname, c.opcintype::regtype, c.opcdefault, c.opckeytype::regtype, f.opfname)
	FROM pg_opclass c JOIN members m ON m.classid = 'pg_opclass'::regclass AND m.objid = c.oid
	JOIN pg_am am ON am.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
UNION ALL
	-- the members of the operator families (theirs, or an extension operator
	-- added to another family)
	SELECT format('opfamily %s %s | operator %s (%s, %s) %s purpose %s sortfamily %s',
		am.amname, f.opfname, o.amopstrategy, o.amoplefttype::regtype, o.amoprighttype::regtype,
		o.amopopr::regoperator, o.amoppurpose, o.amopsortfamily)
	FROM pg_amop o JOIN pg_opfamily f ON f.oid = o.amopfamily JOIN pg_am am ON am.oid = f.opfmethod
	WHERE o.amopfamily IN (SELECT oid FROM member_families)
	   OR o.amopopr IN (SELECT oid FROM member_operators)
UNION ALL
	SELECT format('opfamily %s %s | function %s (%s, %s) %s',
		am.amname, f.opfname, p.amprocnum, p.amproclefttype::regtype, p.amprocrighttype::regtype,
		p.amproc::oid::regprocedure)
	FROM pg_amproc p JOIN pg_opfamily f ON f.oid = p.amprocfamily JOIN pg_am am ON am.oid = f.opfmethod
	WHERE p.amprocfamily IN (SELECT oid FROM member_families)
	   OR p.amproc IN (SELECT oid FROM member_procs)
)
SELECT line FROM lines ORDER BY line COLLATE "C";
