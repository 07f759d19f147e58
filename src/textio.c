/*
 * textio.c - text and numbers between the server and the core; see textio.h.
 */
#include "textio.h"

#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/numeric.h"

#include "core/utf8_text.h"

/*
 * Is the database's text already the core's UTF-8?  SQL_ASCII stores any
 * bytes unchecked: they are taken as UTF-8 and checked on the way in.
 */
static inline bool
database_is_utf8(void)
{
	int			enc = GetDatabaseEncoding();

	return enc == PG_UTF8 || enc == PG_SQL_ASCII;
}

/* ---- text in ---------------------------------------------------------------- */

static void
report_invalid_utf8(const char *s, size_t bad, const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
			 errmsg("invalid byte sequence for encoding \"UTF8\": 0x%02x",
					(unsigned char) s[bad]),
			 errdetail("The %s is read as UTF-8, and its character %zu is not valid UTF-8.",
					   what, utf8t_count(s, 0, bad) + 1),
			 errhint("Store text in a UTF8 database, or convert it with convert_from(bytes, encoding).")));
}

const char *
exr_chars_utf8(const char *s, size_t len, size_t *out_len, const char *what)
{
	int			enc = GetDatabaseEncoding();
	size_t		bad;

	*out_len = len;
	if (enc == PG_UTF8)
		return s;				/* the server has checked it */
	if (enc != PG_SQL_ASCII)
	{
		const char *utf8 = pg_server_to_any(s, (int) len, PG_UTF8);

		/* a conversion result is NUL-terminated (and text holds no NUL) */
		if (utf8 != s)
			*out_len = strlen(utf8);
		return utf8;
	}
	bad = utf8t_validate(s, len);
	if (bad < len)
		report_invalid_utf8(s, bad, what);
	return s;
}

const char *
exr_text_utf8(const text *t, size_t *len, const char *what)
{
	return exr_chars_utf8(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), len, what);
}

/* ---- text out --------------------------------------------------------------- */

Datum
exr_utf8_text(const char *s, size_t len)
{
	const char *server;

	/*
	 * The core's output is valid UTF-8 (slices of checked input, its own
	 * phrases): in a UTF-8 database it is stored as it is, without the
	 * check pg_any_to_server would repeat on every row.
	 */
	if (database_is_utf8())
		return PointerGetDatum(cstring_to_text_with_len(s, (int) len));
	server = pg_any_to_server(s, (int) len, PG_UTF8);
	return PointerGetDatum(cstring_to_text_with_len(server, server == s ? (int) len : (int) strlen(server)));
}

char *
exr_utf8_cstring(const char *s, size_t len)
{
	const char *server = database_is_utf8() ? s : pg_any_to_server(s, (int) len, PG_UTF8);

	return pnstrdup(server, server == s ? len : strlen(server));
}

char *
exr_detail(const char *phrase)
{
	char	   *s = psprintf("%s.", exr_utf8_cstring(phrase, strlen(phrase)));

	if (s[0] >= 'a' && s[0] <= 'z')
		s[0] = (char) (s[0] - 'a' + 'A');
	return s;
}

/* ---- numbers ------------------------------------------------------------------ */

Datum
exr_dec_to_numeric(dec v)
{
#if PG_VERSION_NUM >= 140000
	/* coef / 10^scale with display scale `scale`: exact, no text round trip */
	return NumericGetDatum(int64_div_fast_to_numeric(v.coef, v.scale));
#else
	char		buf[DEC_FORMAT_MAX];

	dec_format(v, buf);
	return DirectFunctionCall3(numeric_in, CStringGetDatum(buf),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
#endif
}

/* NaN, or (PostgreSQL 14 and later, where numeric has them) an infinity? */
static const char *
numeric_special_name(Numeric n)
{
	if (numeric_is_nan(n))
		return "NaN";
#if PG_VERSION_NUM >= 140000
	if (numeric_is_inf(n))
		return "infinity";
#endif
	return NULL;
}

dec
exr_numeric_to_dec(Datum num, const char *what)
{
	Numeric		n = DatumGetNumeric(num);
	const char *special = numeric_special_name(n);
	char	   *s;
	size_t		len;
	dec			v = {0, 0};
	DecStatus	st;

	if (special != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("cannot convert %s to %s", special, what)));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, num));
	len = strlen(s);
	st = dec_parse(s, len, &v);
	if (st == DEC_OVERFLOW && memchr(s, '.', len) != NULL)
	{
		/* Padding zeros of numeric arithmetic (0.011440000000) are not digits. */
		while (s[len - 1] == '0')
			len--;
		if (s[len - 1] == '.')
			len--;
		st = dec_parse(s, len, &v);
	}
	if (st != DEC_OK)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("value %s is out of range for %s", s, what),
				 errdetail("Exact fx arithmetic keeps at most %d significant digits and at most %d digits after the point, and never rounds its input.",
						   DEC_MAX_DIGITS, DEC_MAX_SCALE),
				 errhint("Round the value first, for example with round(value, 12).")));
	return v;
}
