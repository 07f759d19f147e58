/*
 * compat.h - PostgreSQL version differences, in one place.
 *
 * Supported and tested: PostgreSQL 15 to 19 (README, "PostgreSQL versions");
 * 13 and 14 are kept compiling by construction.  Every glue file includes
 * this header first, instead of postgres.h, so a version guard is written
 * once here and not in each file.  (textio.c also guards numeric_is_inf,
 * which only exists from 14 on, next to its one use.)
 */
#ifndef EXR_COMPAT_H
#define EXR_COMPAT_H

#include "postgres.h"
#include "fmgr.h"
#include "funcapi.h"

/*
 * The varlena macros (VARDATA_ANY, SET_VARSIZE, ...) moved to varatt.h in
 * PostgreSQL 16; postgres.h still included it until 19, which includes less
 * transitively.  Likewise heap_form_tuple (access/htup_details.h).
 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif
#include "access/htup_details.h"

/*
 * Soft input errors (errsave/ereturn) arrived in PostgreSQL 16.  Before
 * that, an input error is simply an ERROR, as ip4r does it.
 */
#if PG_VERSION_NUM < 160000
#define ereturn(context, dummy_value, ...) \
	do { ereport(ERROR, __VA_ARGS__); return dummy_value; } while (0)
#define errsave(context, ...) ereport(ERROR, __VA_ARGS__)
#define EXR_ESCONTEXT(fcinfo) NULL
#else
#define EXR_ESCONTEXT(fcinfo) ((fcinfo)->context)
#endif

/*
 * The soft-error context a type input function passes on (fmgr's fmNodePtr
 * typedef is gone in PostgreSQL 19: struct Node * is what it always was).
 */
typedef struct Node *ExrErrorContext;

#endif
