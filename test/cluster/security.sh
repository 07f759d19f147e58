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

# The attacker owns a schema that comes first in the owner's search_path and
# plants look-alikes of what an install script might name without a schema.
q -d exr_sec -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC" \
	-c "CREATE SCHEMA hostile AUTHORIZATION exr_attacker" \
	-c "GRANT USAGE ON SCHEMA hostile TO PUBLIC" \
	-c "ALTER ROLE exr_owner IN DATABASE exr_sec SET search_path = hostile, public" >/dev/null
q -d exr_sec -U exr_attacker -c "
	CREATE FUNCTION hostile.eqsel(internal, oid, internal, integer) RETURNS float8
		LANGUAGE sql AS 'SELECT 0.5::float8';
	CREATE FUNCTION hostile.lower(text) RETURNS text LANGUAGE sql AS 'SELECT \$1';
	CREATE FUNCTION hostile.upper(text) RETURNS text LANGUAGE sql AS 'SELECT \$1';
	CREATE FUNCTION hostile.length(text) RETURNS integer LANGUAGE sql AS 'SELECT 0';
	CREATE FUNCTION hostile.numeric_in(cstring, oid, integer) RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
	CREATE TYPE hostile.currency AS (x int);
" >/dev/null 2>&1

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

is "$(q -d exr_sec -c "SELECT count(*) FROM pg_operator o JOIN pg_proc p ON p.oid = o.oprrest
						WHERE p.pronamespace = 'hostile'::regnamespace")" \
	"0" "no operator's selectivity estimator is the hostile eqsel"

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
