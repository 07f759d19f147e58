/* exchange_rates install script, assembled by `make` from sql/parts/ */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION exchange_rates" to load this file. \quit

