/*
 * currency.h - ISO 4217 currency codes (plain C99, no PostgreSQL headers).
 *
 * A code is packed into 15 bits as base-26 digits of its three letters:
 * (c0-'A')*676 + (c1-'A')*26 + (c2-'A').  Integer order of the packed value
 * is therefore alphabetical order of the code, and stays so whatever codes
 * are added to the table later.  Only codes present in the table are valid
 * ("known"): every active code of ISO 4217 and the withdrawn codes listed in
 * currency.c.  A known code stays known forever, so that stored values and
 * dumps always read back; when ISO withdraws a code, its row only gains the
 * year (withdrawn_in) and cur_is_active turns false.
 */
#ifndef EXR_CURRENCY_H
#define EXR_CURRENCY_H

#include <stddef.h>
#include <stdint.h>

typedef uint16_t cur_code;

#define CUR_CODE_INVALID ((cur_code) 0xFFFF)
#define CUR_CODE_MAX     ((cur_code) (26 * 26 * 26 - 1))

typedef struct CurrencyInfo
{
	const char *code;			/* "KZT" */
	uint16_t	numeric;		/* 398 */
	int8_t		minor_units;	/* 2; -1 where ISO says N.A. (XAU, XDR, ...) */
	const char *name;			/* "Tenge" (ISO 4217 English name) */
	int16_t		withdrawn_in;	/* 0 while active; the year ISO 4217 withdrew it */
} CurrencyInfo;

/* minor_units of the withdrawn codes: ISO's list of historic codes gives none. */
#define CUR_NO_MINOR_UNITS (-1)

typedef enum CurParseStatus
{
	CUR_OK = 0,
	CUR_BAD_SYNTAX,				/* not three ASCII letters after trimming */
	CUR_UNKNOWN					/* three letters, but not a known code */
} CurParseStatus;

/* Pack three ASCII letters (any case); CUR_CODE_INVALID if not letters. */
cur_code	cur_pack(const char *three);

/* Unpack into out[0..2] upper case and a NUL at out[3]. */
void		cur_unpack(cur_code code, char out[4]);

/*
 * Parse len bytes: surrounding ASCII white space is trimmed, letters are
 * case-insensitive.  On CUR_OK *out is set.
 */
CurParseStatus cur_parse(const char *s, size_t len, cur_code *out);

/* Table entry for a packed code, or NULL if not in the table. O(1). */
const CurrencyInfo *cur_info(cur_code code);

/* Is this packed code in the table (a known code, active or withdrawn)? */
int			cur_is_valid(cur_code code);

/* Is it a known code that ISO 4217 has not withdrawn? */
int			cur_is_active(cur_code code);

/* The whole table, sorted by code. */
size_t		cur_count(void);
const CurrencyInfo *cur_at(size_t i);

/*
 * Storage ids: a small, stable number per code (0 .. CUR_STORAGE_ID_MAX)
 * for types that store a currency in fewer bits than a packed code
 * (fxamount uses 8).  Ids never change between versions.  -1 (resp.
 * CUR_CODE_INVALID) when the code (resp. the id) has none.  Every active
 * code has one; a code keeps its id when ISO withdraws it; of the codes that
 * were already withdrawn when they joined the table, only those of the
 * former Soviet Union have one (see currency.c: the ids are few and
 * permanent, and every code ISO adds later needs one).
 */
#define CUR_STORAGE_ID_MAX 254

/*
 * The two lookups are inline (fxamount packs and unpacks once per row); the
 * tables behind them are built by the first call.
 */
extern uint8_t cur_id_by_code[CUR_CODE_MAX + 1];	/* storage id + 1; 0: none */
extern cur_code cur_code_by_id[CUR_STORAGE_ID_MAX + 1];
extern int	cur_storage_index_built;
void		cur_build_storage_index(void);

static inline int
cur_storage_id(cur_code code)
{
	if (!cur_storage_index_built)
		cur_build_storage_index();
	if (code > CUR_CODE_MAX || cur_id_by_code[code] == 0)
		return -1;
	return cur_id_by_code[code] - 1;
}

static inline cur_code
cur_from_storage_id(int id)
{
	if (!cur_storage_index_built)
		cur_build_storage_index();
	if (id < 0 || id > CUR_STORAGE_ID_MAX)
		return CUR_CODE_INVALID;
	return cur_code_by_id[id];
}

#endif
