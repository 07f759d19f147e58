-- The loaded library says what it is: from PostgreSQL 18 on, the magic
-- block (PG_MODULE_MAGIC_EXT in src/exchange_rates.c) names the module and
-- its version, and pg_get_loaded_modules() reports both.  Earlier servers
-- have no such function: the test is skipped there.
BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
CREATE EXTENSION IF NOT EXISTS exchange_rates;
SELECT plan(2);

-- pg_get_loaded_modules() is only named inside EXECUTE: before 18 it does not exist.
CREATE FUNCTION pg_temp.loaded_module() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	found text;
BEGIN
	EXECUTE $q$SELECT string_agg(module_name || ' ' || version, ', ') FROM pg_get_loaded_modules()
		WHERE file_name LIKE 'exchange_rates%'$q$ INTO found;
	RETURN found;
END
$$;

SELECT is('USD'::currency::text, 'USD', 'the library is loaded');

SELECT CASE WHEN current_setting('server_version_num')::int >= 180000 THEN
	is(pg_temp.loaded_module(),
	   'exchange_rates ' || (SELECT default_version FROM pg_available_extensions WHERE name = 'exchange_rates'),
	   'pg_get_loaded_modules() names the module and its version')
ELSE
	skip('pg_get_loaded_modules() arrived in PostgreSQL 18', 1)
END;

SELECT * FROM finish();
ROLLBACK;
