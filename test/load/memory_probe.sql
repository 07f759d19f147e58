-- test/load/memory_probe.sql - run :query in a fresh backend and print its peak RSS.
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FROM (:query) AS q;
SELECT (regexp_match(pg_read_file('/proc/' || pg_backend_pid() || '/status'), 'VmHWM:\s*(\d+) kB'))[1]::int / 1024 AS peak_mb;
