/*
 * currency.c - the ISO 4217 table and packed-code helpers; see currency.h.
 *
 * Source: ISO 4217 List One (current currency & funds), as published by the
 * SIX maintenance agency, as amended up to amendment 179 (2025) -- the
 * amendment number is from memory and was not re-checked against the
 * published list.  Transcribed by hand on 2026-11-27, with these changes
 * known by then applied:
 *   - XCG (Caribbean Guilder, 532) replaces ANG, withdrawn 2025;
 *   - BGN withdrawn: Bulgaria adopted the euro on 2026-01-01;
 *   - ZWG (Zimbabwe Gold, 924) replaces ZWL;
 *   - SLE is current, SLL withdrawn; MRU and STN replace MRO and STD;
 *   - CUC, HRK (2023), BYR, LTL, VEF and other withdrawn codes are absent.
 *
 * Every active alphabetic code of List One is here: national currencies,
 * fund codes (BOV CHE CHW CLF COU MXV USN UYI UYW), precious metals, the SDR
 * and the bond-market units.  Two List One codes are deliberately left out
 * because they are not currencies: XTS (reserved for testing) and XXX
 * (transactions where no currency is involved).
 *
 * Each row: alphabetic code, numeric code, minor units (-1 where ISO says
 * N.A.), and ISO's English name.  Names are UTF-8; the only non-ASCII
 * characters are in "Pa\u2019anga" (TOP) and "Bol\u00edvar Soberano"
 * (VED, VES), written as byte escapes.
 *
 * The table must stay sorted by code (cur_at lists it in that order).
 * Lookups go through an index from packed code to row, built on first use:
 * the text -> currency cast and every rate and amount check a code per row.
 */
#include "currency.h"

#include "ascii.h"

static const CurrencyInfo currency_table[] = {
	{"AED", 784, 2, "UAE Dirham"},
	{"AFN", 971, 2, "Afghani"},
	{"ALL", 8, 2, "Lek"},
	{"AMD", 51, 2, "Armenian Dram"},
	{"AOA", 973, 2, "Kwanza"},
	{"ARS", 32, 2, "Argentine Peso"},
	{"AUD", 36, 2, "Australian Dollar"},
	{"AWG", 533, 2, "Aruban Florin"},
	{"AZN", 944, 2, "Azerbaijan Manat"},
	{"BAM", 977, 2, "Convertible Mark"},
	{"BBD", 52, 2, "Barbados Dollar"},
	{"BDT", 50, 2, "Taka"},
	{"BHD", 48, 3, "Bahraini Dinar"},
	{"BIF", 108, 0, "Burundi Franc"},
	{"BMD", 60, 2, "Bermudian Dollar"},
	{"BND", 96, 2, "Brunei Dollar"},
	{"BOB", 68, 2, "Boliviano"},
	{"BOV", 984, 2, "Mvdol"},
	{"BRL", 986, 2, "Brazilian Real"},
	{"BSD", 44, 2, "Bahamian Dollar"},
	{"BTN", 64, 2, "Ngultrum"},
	{"BWP", 72, 2, "Pula"},
	{"BYN", 933, 2, "Belarusian Ruble"},
	{"BZD", 84, 2, "Belize Dollar"},
	{"CAD", 124, 2, "Canadian Dollar"},
	{"CDF", 976, 2, "Congolese Franc"},
	{"CHE", 947, 2, "WIR Euro"},
	{"CHF", 756, 2, "Swiss Franc"},
	{"CHW", 948, 2, "WIR Franc"},
	{"CLF", 990, 4, "Unidad de Fomento"},
	{"CLP", 152, 0, "Chilean Peso"},
	{"CNY", 156, 2, "Yuan Renminbi"},
	{"COP", 170, 2, "Colombian Peso"},
	{"COU", 970, 2, "Unidad de Valor Real"},
	{"CRC", 188, 2, "Costa Rican Colon"},
	{"CUP", 192, 2, "Cuban Peso"},
	{"CVE", 132, 2, "Cabo Verde Escudo"},
	{"CZK", 203, 2, "Czech Koruna"},
	{"DJF", 262, 0, "Djibouti Franc"},
	{"DKK", 208, 2, "Danish Krone"},
	{"DOP", 214, 2, "Dominican Peso"},
	{"DZD", 12, 2, "Algerian Dinar"},
	{"EGP", 818, 2, "Egyptian Pound"},
	{"ERN", 232, 2, "Nakfa"},
	{"ETB", 230, 2, "Ethiopian Birr"},
	{"EUR", 978, 2, "Euro"},
	{"FJD", 242, 2, "Fiji Dollar"},
	{"FKP", 238, 2, "Falkland Islands Pound"},
	{"GBP", 826, 2, "Pound Sterling"},
	{"GEL", 981, 2, "Lari"},
	{"GHS", 936, 2, "Ghana Cedi"},
	{"GIP", 292, 2, "Gibraltar Pound"},
	{"GMD", 270, 2, "Dalasi"},
	{"GNF", 324, 0, "Guinean Franc"},
	{"GTQ", 320, 2, "Quetzal"},
	{"GYD", 328, 2, "Guyana Dollar"},
	{"HKD", 344, 2, "Hong Kong Dollar"},
	{"HNL", 340, 2, "Lempira"},
	{"HTG", 332, 2, "Gourde"},
	{"HUF", 348, 2, "Forint"},
	{"IDR", 360, 2, "Rupiah"},
	{"ILS", 376, 2, "New Israeli Sheqel"},
	{"INR", 356, 2, "Indian Rupee"},
	{"IQD", 368, 3, "Iraqi Dinar"},
	{"IRR", 364, 2, "Iranian Rial"},
	{"ISK", 352, 0, "Iceland Krona"},
	{"JMD", 388, 2, "Jamaican Dollar"},
	{"JOD", 400, 3, "Jordanian Dinar"},
	{"JPY", 392, 0, "Yen"},
	{"KES", 404, 2, "Kenyan Shilling"},
	{"KGS", 417, 2, "Som"},
	{"KHR", 116, 2, "Riel"},
	{"KMF", 174, 0, "Comorian Franc"},
	{"KPW", 408, 2, "North Korean Won"},
	{"KRW", 410, 0, "Won"},
	{"KWD", 414, 3, "Kuwaiti Dinar"},
	{"KYD", 136, 2, "Cayman Islands Dollar"},
	{"KZT", 398, 2, "Tenge"},
	{"LAK", 418, 2, "Lao Kip"},
	{"LBP", 422, 2, "Lebanese Pound"},
	{"LKR", 144, 2, "Sri Lanka Rupee"},
	{"LRD", 430, 2, "Liberian Dollar"},
	{"LSL", 426, 2, "Loti"},
	{"LYD", 434, 3, "Libyan Dinar"},
	{"MAD", 504, 2, "Moroccan Dirham"},
	{"MDL", 498, 2, "Moldovan Leu"},
	{"MGA", 969, 2, "Malagasy Ariary"},
	{"MKD", 807, 2, "Denar"},
	{"MMK", 104, 2, "Kyat"},
	{"MNT", 496, 2, "Tugrik"},
	{"MOP", 446, 2, "Pataca"},
	{"MRU", 929, 2, "Ouguiya"},
	{"MUR", 480, 2, "Mauritius Rupee"},
	{"MVR", 462, 2, "Rufiyaa"},
	{"MWK", 454, 2, "Malawi Kwacha"},
	{"MXN", 484, 2, "Mexican Peso"},
	{"MXV", 979, 2, "Mexican Unidad de Inversion (UDI)"},
	{"MYR", 458, 2, "Malaysian Ringgit"},
	{"MZN", 943, 2, "Mozambique Metical"},
	{"NAD", 516, 2, "Namibia Dollar"},
	{"NGN", 566, 2, "Naira"},
	{"NIO", 558, 2, "Cordoba Oro"},
	{"NOK", 578, 2, "Norwegian Krone"},
	{"NPR", 524, 2, "Nepalese Rupee"},
	{"NZD", 554, 2, "New Zealand Dollar"},
	{"OMR", 512, 3, "Rial Omani"},
	{"PAB", 590, 2, "Balboa"},
	{"PEN", 604, 2, "Sol"},
	{"PGK", 598, 2, "Kina"},
	{"PHP", 608, 2, "Philippine Peso"},
	{"PKR", 586, 2, "Pakistan Rupee"},
	{"PLN", 985, 2, "Zloty"},
	{"PYG", 600, 0, "Guarani"},
	{"QAR", 634, 2, "Qatari Rial"},
	{"RON", 946, 2, "Romanian Leu"},
	{"RSD", 941, 2, "Serbian Dinar"},
	{"RUB", 643, 2, "Russian Ruble"},
	{"RWF", 646, 0, "Rwanda Franc"},
	{"SAR", 682, 2, "Saudi Riyal"},
	{"SBD", 90, 2, "Solomon Islands Dollar"},
	{"SCR", 690, 2, "Seychelles Rupee"},
	{"SDG", 938, 2, "Sudanese Pound"},
	{"SEK", 752, 2, "Swedish Krona"},
	{"SGD", 702, 2, "Singapore Dollar"},
	{"SHP", 654, 2, "Saint Helena Pound"},
	{"SLE", 925, 2, "Leone"},
	{"SOS", 706, 2, "Somali Shilling"},
	{"SRD", 968, 2, "Surinam Dollar"},
	{"SSP", 728, 2, "South Sudanese Pound"},
	{"STN", 930, 2, "Dobra"},
	{"SVC", 222, 2, "El Salvador Colon"},
	{"SYP", 760, 2, "Syrian Pound"},
	{"SZL", 748, 2, "Lilangeni"},
	{"THB", 764, 2, "Baht"},
	{"TJS", 972, 2, "Somoni"},
	{"TMT", 934, 2, "Turkmenistan New Manat"},
	{"TND", 788, 3, "Tunisian Dinar"},
	{"TOP", 776, 2, "Pa\xE2\x80\x99" "anga"},
	{"TRY", 949, 2, "Turkish Lira"},
	{"TTD", 780, 2, "Trinidad and Tobago Dollar"},
	{"TWD", 901, 2, "New Taiwan Dollar"},
	{"TZS", 834, 2, "Tanzanian Shilling"},
	{"UAH", 980, 2, "Hryvnia"},
	{"UGX", 800, 0, "Uganda Shilling"},
	{"USD", 840, 2, "US Dollar"},
	{"USN", 997, 2, "US Dollar (Next day)"},
	{"UYI", 940, 0, "Uruguay Peso en Unidades Indexadas (UI)"},
	{"UYU", 858, 2, "Peso Uruguayo"},
	{"UYW", 927, 4, "Unidad Previsional"},
	{"UZS", 860, 2, "Uzbekistan Sum"},
	{"VED", 926, 2, "Bol\xC3\xAD" "var Soberano"},
	{"VES", 928, 2, "Bol\xC3\xAD" "var Soberano"},
	{"VND", 704, 0, "Dong"},
	{"VUV", 548, 0, "Vatu"},
	{"WST", 882, 2, "Tala"},
	{"XAF", 950, 0, "CFA Franc BEAC"},
	{"XAG", 961, -1, "Silver"},
	{"XAU", 959, -1, "Gold"},
	{"XBA", 955, -1, "Bond Markets Unit European Composite Unit (EURCO)"},
	{"XBB", 956, -1, "Bond Markets Unit European Monetary Unit (E.M.U.-6)"},
	{"XBC", 957, -1, "Bond Markets Unit European Unit of Account 9 (E.U.A.-9)"},
	{"XBD", 958, -1, "Bond Markets Unit European Unit of Account 17 (E.U.A.-17)"},
	{"XCD", 951, 2, "East Caribbean Dollar"},
	{"XCG", 532, 2, "Caribbean Guilder"},
	{"XDR", 960, -1, "SDR (Special Drawing Right)"},
	{"XOF", 952, 0, "CFA Franc BCEAO"},
	{"XPD", 964, -1, "Palladium"},
	{"XPF", 953, 0, "CFP Franc"},
	{"XPT", 962, -1, "Platinum"},
	{"XSU", 994, -1, "Sucre"},
	{"XUA", 965, -1, "ADB Unit of Account"},
	{"YER", 886, 2, "Yemeni Rial"},
	{"ZAR", 710, 2, "Rand"},
	{"ZMW", 967, 2, "Zambian Kwacha"},
	{"ZWG", 924, 2, "Zimbabwe Gold"},
};

#define CURRENCY_COUNT (sizeof(currency_table) / sizeof(currency_table[0]))

/* A code packs as a number in base 26, one digit per letter. */
#define LETTERS 26

/* 0..25 for an ASCII letter of either case, -1 otherwise. */
static int
letter_index(char c)
{
	if (ascii_is_upper(c))
		return c - 'A';
	if (ascii_is_lower(c))
		return c - 'a';
	return -1;
}

cur_code
cur_pack(const char *three)
{
	int			packed = 0;
	int			i;

	/* Stops at the first non-letter, so a short string is never overread. */
	for (i = 0; i < 3; i++)
	{
		int			d = letter_index(three[i]);

		if (d < 0)
			return CUR_CODE_INVALID;
		packed = packed * LETTERS + d;
	}
	return (cur_code) packed;
}

/* Out-of-range codes unpack as "???" so a bug never prints garbage. */
void
cur_unpack(cur_code code, char out[4])
{
	if (code > CUR_CODE_MAX)
	{
		out[0] = out[1] = out[2] = '?';
	}
	else
	{
		out[0] = (char) ('A' + code / (LETTERS * LETTERS));
		out[1] = (char) ('A' + code / LETTERS % LETTERS);
		out[2] = (char) ('A' + code % LETTERS);
	}
	out[3] = '\0';
}

CurParseStatus
cur_parse(const char *s, size_t len, cur_code *out)
{
	size_t		start = 0;
	size_t		end = len;
	cur_code	code;

	ascii_trim(s, &start, &end);
	if (end - start != 3)
		return CUR_BAD_SYNTAX;
	code = cur_pack(s + start);
	if (code == CUR_CODE_INVALID)
		return CUR_BAD_SYNTAX;
	if (!cur_is_valid(code))
		return CUR_UNKNOWN;
	*out = code;
	return CUR_OK;
}

/*
 * Packed code -> row of currency_table + 1 (0: not a currency), built on
 * first use.  A backend (or fuzzer) is single-threaded; building twice
 * writes the same values.
 */
static uint8_t row_by_code[CUR_CODE_MAX + 1];
static int	row_by_code_built = 0;

static void
build_row_index(void)
{
	for (size_t i = 0; i < CURRENCY_COUNT; i++)
		row_by_code[cur_pack(currency_table[i].code)] = (uint8_t) (i + 1);
	row_by_code_built = 1;
}

const CurrencyInfo *
cur_info(cur_code code)
{
	if (!row_by_code_built)
		build_row_index();
	if (code > CUR_CODE_MAX || row_by_code[code] == 0)
		return NULL;
	return &currency_table[row_by_code[code] - 1];
}

int
cur_is_valid(cur_code code)
{
	return cur_info(code) != NULL;
}

size_t
cur_count(void)
{
	return CURRENCY_COUNT;
}

const CurrencyInfo *
cur_at(size_t i)
{
	return i < CURRENCY_COUNT ? &currency_table[i] : NULL;
}

/* ---- storage ids ----------------------------------------------------------- */

/*
 * The storage id of a code is its position in this list.  Stored values
 * (fxamount) hold the id, so the list is frozen: never reorder or remove an
 * entry; a code ISO adds later is appended, and a withdrawn code keeps its
 * id (it only leaves currency_table).  Version 1.0 numbered the 175 codes of
 * its table in alphabetical order.  At most CUR_STORAGE_ID_MAX + 1 ids.
 */
static const char storage_codes[][4] = {
	"AED", "AFN", "ALL", "AMD", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
	"BHD", "BIF", "BMD", "BND", "BOB", "BOV", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD",
	"CAD", "CDF", "CHE", "CHF", "CHW", "CLF", "CLP", "CNY", "COP", "COU", "CRC", "CUP",
	"CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP",
	"GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF",
	"IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR",
	"KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD",
	"MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN",
	"MXV", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
	"PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD",
	"SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP",
	"SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX",
	"USD", "USN", "UYI", "UYU", "UYW", "UZS", "VED", "VES", "VND", "VUV", "WST", "XAF",
	"XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XCD", "XCG", "XDR", "XOF", "XPD", "XPF",
	"XPT", "XSU", "XUA", "YER", "ZAR", "ZMW", "ZWG",
};

#define STORAGE_COUNT (sizeof(storage_codes) / sizeof(storage_codes[0]))

/* Both directions (see currency.h), built on first use like row_by_code. */
uint8_t		cur_id_by_code[CUR_CODE_MAX + 1];	/* storage id + 1; 0: none */
cur_code	cur_code_by_id[CUR_STORAGE_ID_MAX + 1];
int			cur_storage_index_built = 0;

void
cur_build_storage_index(void)
{
	for (size_t i = 0; i <= CUR_STORAGE_ID_MAX; i++)
		cur_code_by_id[i] = CUR_CODE_INVALID;
	for (size_t i = 0; i < STORAGE_COUNT; i++)
	{
		cur_code_by_id[i] = cur_pack(storage_codes[i]);
		cur_id_by_code[cur_code_by_id[i]] = (uint8_t) (i + 1);
	}
	cur_storage_index_built = 1;
}

/* The indexes above hold row and id + 1 in a uint8_t. */
typedef char currency_table_fits_index[CURRENCY_COUNT < 255 ? 1 : -1];
typedef char storage_codes_fit_ids[STORAGE_COUNT <= CUR_STORAGE_ID_MAX + 1 ? 1 : -1];
