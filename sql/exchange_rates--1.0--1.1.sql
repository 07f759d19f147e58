/* exchange_rates upgrade script 1.0 -> 1.1 (ALTER EXTENSION exchange_rates UPDATE) */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "ALTER EXTENSION exchange_rates UPDATE TO '1.1'" to load this file. \quit

-- Every change to the extension's SQL objects since 1.0 is made twice: in
-- sql/parts/ (what a fresh 1.1 install runs) and here (what an update from
-- 1.0 runs).  test/cluster/upgrade.sh proves the two give the same objects.
-- One section per concept, in the order of sql/parts/.
