
-- ---------------------------------------------------------------------------
-- conversion: rates and conversions at a snapshot, with their paths, error
-- bounds and (for snapshots keyed by time) staleness checks
-- ---------------------------------------------------------------------------
CREATE FUNCTION snapshot_rate(snap fxsnapshot, base currency, quote currency) RETURNS fxrate
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate(fxsnapshot, currency, currency) IS 'the rate of base in quote at a snapshot: as quoted, else inverted, else through one currency quoted against both (USD, then EUR, then code order), at full precision';
CREATE FUNCTION snapshot_rate(snap fxsnapshot, base currency, quote currency,
	as_of timestamptz, max_age interval) RETURNS fxrate
	AS 'MODULE_PATHNAME', 'snapshot_rate_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate(fxsnapshot, currency, currency, timestamptz, interval) IS 'snapshot_rate, refusing a quote first seen after as_of or last seen more than max_age before it (snapshots keyed by time)';
CREATE FUNCTION snapshot_rate_path(snap fxsnapshot, base currency, quote currency) RETURNS text[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate_path(fxsnapshot, currency, currency) IS 'the quoted pairs snapshot_rate uses, in order, such as {KZT/USD,KGS/USD}';
CREATE FUNCTION snapshot_rates(snap fxsnapshot,
	OUT base currency, OUT quote currency, OUT rate fxrate, OUT path text[])
	RETURNS SETOF record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 30;
COMMENT ON FUNCTION snapshot_rates(fxsnapshot) IS 'every pair the snapshot implies, by base then quote, with its rate and path';
CREATE FUNCTION snapshot_rate_error_bound(snap fxsnapshot, base currency, quote currency) RETURNS numeric
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION snapshot_rate_error_bound(fxsnapshot, currency, currency) IS 'relative error bound of the rate: to first order the sum of rate_error_bound over the quotes it rests on';
CREATE FUNCTION convert(amount fxamount, "to" currency, snap fxsnapshot) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert(fxamount, currency, fxsnapshot) IS 'the amount in another currency at a snapshot: amount * snapshot_rate, rounded as fxamount * fxrate is; an amount already in it comes back unchanged';
CREATE FUNCTION convert(amount fxamount, "to" currency, snap fxsnapshot,
	as_of timestamptz, max_age interval) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert_as_of' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert(fxamount, currency, fxsnapshot, timestamptz, interval) IS 'convert, refusing a quote first seen after as_of or last seen more than max_age before it (snapshots keyed by time)';
CREATE FUNCTION convert_error_bound(amount fxamount, "to" currency, snap fxsnapshot) RETURNS fxamount
	AS 'MODULE_PATHNAME', 'snapshot_convert_error_bound' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION convert_error_bound(fxamount, currency, fxsnapshot) IS 'how far off the converted amount may be, in the target currency: |convert(...)| * snapshot_rate_error_bound';
