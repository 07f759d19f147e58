/*
 * exchange_rates.c - the module's magic block.  Each concept has its own
 * glue file (currency.c, fxrate.c, ...); this file only identifies the
 * library to the server.
 */
#include "postgres.h"
#include "fmgr.h"

PG_MODULE_MAGIC;
