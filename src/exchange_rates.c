/*
 * exchange_rates.c - the module's magic block.  Each concept has its own
 * glue file (currency.c, fxrate.c, ...); this file only identifies the
 * library to the server.  From PostgreSQL 18 on it also names the module
 * and its version, which pg_get_loaded_modules() reports (EXR_VERSION is
 * the control file's default_version, passed in by the Makefile).
 */
#include "compat.h"

#ifdef PG_MODULE_MAGIC_EXT
PG_MODULE_MAGIC_EXT(.name = "exchange_rates", .version = EXR_VERSION);
#else
PG_MODULE_MAGIC;
#endif
