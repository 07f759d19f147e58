#!/usr/bin/env bash
# test/cluster/security.sh - trusted install by a non-superuser database
# owner, and a search_path attack on the install script.
set -u
source "$(dirname "$0")/tap.sh"

q -d postgres -c "DROP DATABASE IF EXISTS exr_sec" -c "DROP ROLE IF EXISTS exr_owner" -c "DROP ROLE IF EXISTS exr_attacker" >/dev/null
# pg_virtualenv's cluster asks for a password over TCP: give the test roles
# the one it gave us.
pw=${PGPASSWORD:-exr}
q -d postgres -c "CREATE ROLE exr_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$pw'" \
	-c "CREATE ROLE exr_attacker LOGIN NOSUPERUSER PASSWORD '$pw'" \
	-c "CREATE DATABASE exr_sec OWNER exr_owner" >/dev/null
ok $? "the roles exr_owner and exr_attacker and the database exr_sec are created"

# The attacker owns a schema that comes first in the owner's search_path and
# plants look-alikes of what an install script might name without a schema:
# the extension's type names and functions it could call.  (A non-superuser
# can only write SQL functions, which cannot take internal or cstring, so
# look-alikes of selectivity estimators or type input functions cannot be
# planted at all.)
q -d exr_sec -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC" \
	-c "CREATE SCHEMA hostile AUTHORIZATION exr_attacker" \
	-c "GRANT USAGE ON SCHEMA hostile TO PUBLIC" \
	-c "ALTER ROLE exr_owner IN DATABASE exr_sec SET search_path = hostile, public" >/dev/null
ok $? "the attacker's schema hostile is first in the owner's search_path"
q -d exr_sec -U exr_attacker -c "
	CREATE FUNCTION hostile.lower(text) RETURNS text LANGUAGE sql AS 'SELECT \$1';
	CREATE FUNCTION hostile.upper(text) RETURNS text LANGUAGE sql AS 'SELECT \$1';
	CREATE FUNCTION hostile.length(text) RETURNS integer LANGUAGE sql AS 'SELECT 0';
	CREATE FUNCTION hostile.abs(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
	CREATE TYPE hostile.currency AS (x int);
	CREATE TYPE hostile.fxrate AS (x int);
	CREATE TYPE hostile.fxamount AS (x int);
	CREATE TYPE hostile.fxquote AS (x int);
	CREATE TYPE hostile.fxsnapshot AS (x int);
" >/dev/null
ok $? "the attacker plants look-alikes in the schema hostile"

# The attack is in place as the owner will meet it; without it, every check
# below would pass having tested nothing.
is "$(q -d exr_sec -c "SELECT string_agg(p.oid::regprocedure::text, ' ' ORDER BY p.oid::regprocedure::text) FROM pg_proc p
						WHERE p.pronamespace = 'hostile'::regnamespace")" \
	"hostile.abs(numeric) hostile.length(text) hostile.lower(text) hostile.upper(text)" \
	"the hostile schema holds the look-alike functions"
is "$(q -d exr_sec -U exr_owner -c "SHOW search_path" \
	-c "SELECT string_agg(format('%s=%s', t, t::regtype::oid = ('hostile.' || t)::regtype::oid), ' ' ORDER BY t)
		FROM unnest('{currency,fxamount,fxquote,fxrate,fxsnapshot}'::text[]) t")" \
	"$(printf 'hostile, public\ncurrency=t fxamount=t fxquote=t fxrate=t fxsnapshot=t')" \
	"in the owner's sessions the extension's type names are the attacker's types"

# 1. A database owner without superuser can install the (trusted) extension.
q -d exr_sec -U exr_owner -c "CREATE EXTENSION exchange_rates SCHEMA public" >/dev/null 2>&1
ok $? "a non-superuser database owner can CREATE EXTENSION (trusted = true)"

is "$(q -d exr_sec -c "SELECT rolsuper FROM pg_roles r JOIN pg_extension e ON e.extowner = r.oid WHERE extname = 'exchange_rates'")" \
	"f" "the extension is owned by the non-superuser who created it"

# 2. Nothing the extension made depends on the attacker's objects.
is "$(q -d exr_sec -c "
	SELECT count(*) FROM pg_depend d
	JOIN pg_depend ext ON ext.classid = d.classid AND ext.objid = d.objid
		AND ext.refclassid = 'pg_extension'::regclass
		AND ext.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates')
	WHERE d.refobjid IN (SELECT p.oid FROM pg_proc p WHERE p.pronamespace = 'hostile'::regnamespace
						 UNION ALL SELECT t.oid FROM pg_type t WHERE t.typnamespace = 'hostile'::regnamespace)")" \
	"0" "no extension object depends on an object in the hostile schema"

is "$(q -d exr_sec -c "
	SELECT count(*) FROM pg_operator o
	JOIN pg_depend d ON d.classid = 'pg_operator'::regclass AND d.objid = o.oid AND d.deptype = 'e'
		AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates')
	JOIN pg_proc p ON p.oid IN (o.oprrest, o.oprjoin)
	WHERE p.pronamespace <> 'pg_catalog'::regnamespace")" \
	"0" "every operator's selectivity estimators are pg_catalog's"

# 3. The owner can use the extension with the hostile search_path in force.
is "$(q -d exr_sec -U exr_owner -c "SELECT ' kzt '::public.currency")" "KZT" \
	"the owner uses the types with the hostile schema first in search_path"

# 4. No function of the extension is SECURITY DEFINER, none is untrusted-language.
is "$(q -d exr_sec -c "
	SELECT count(*) FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid
	  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'exchange_rates')
	JOIN pg_language l ON l.oid = p.prolang
	WHERE p.prosecdef OR l.lanname NOT IN ('c', 'sql', 'internal')")" "0" \
	"no SECURITY DEFINER function and no other language than C, SQL, internal"

# 5. Another non-superuser can use it but cannot drop it.
q -d exr_sec -U exr_attacker -c "DROP EXTENSION exchange_rates" >/dev/null 2>&1
[ $? -ne 0 ]; ok $? "a role that does not own the extension cannot drop it"

q -d postgres -c "DROP DATABASE exr_sec" -c "DROP ROLE exr_owner" -c "DROP ROLE exr_attacker" >/dev/null
done_testing
