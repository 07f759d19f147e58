-- test/bench/harness.sql - loaded first by scripts/bench.sh.
CREATE EXTENSION IF NOT EXISTS exchange_rates;
CREATE TABLE IF NOT EXISTS bench_cases (
	id serial PRIMARY KEY,
	name text NOT NULL,
	ours text NOT NULL,		-- the extension's way
	builtin text NOT NULL,	-- the built-in alternative it is compared with
	jit boolean NOT NULL DEFAULT false
);
CREATE OR REPLACE FUNCTION bench_case(name text, ours text, builtin text, jit boolean DEFAULT false)
RETURNS void LANGUAGE sql AS
$$ INSERT INTO bench_cases (name, ours, builtin, jit) VALUES (name, ours, builtin, jit) $$;
