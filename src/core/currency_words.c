/*
 * currency_words.c - the currency vocabulary; see currency_words.h.
 *
 * Countries: every member of the United Nations, Kosovo, Taiwan, Hong Kong
 * and Macau, with the currency in use there (also where it is another
 * country's: Ecuador and El Salvador use USD, Montenegro and Kosovo EUR,
 * Kiribati AUD), their usual demonyms, and the European Union and euro
 * area (EUR).  Bulgaria is EUR from 2026-01-01, as in currency.c.
 *
 * The word table is kept in strcmp() order of its lower-case keys (the
 * tests check it): lookup is a binary search for the text's first word,
 * then a scan of the few phrases that begin with it.  A filter of first
 * words, built from the table at first use, turns most words of a text
 * away before the search.  Adding a word is adding its line, in order.
 */
#include "currency_words.h"

#include <string.h>

#include "ascii.h"
#include "currency_words_ru.h"
#include "utf8_text.h"

static const CurWord word_table[] = {
	{"afghan", "AFN", CW_DEMONYM},
	{"afghani", "AFN", CW_NAME},
	{"afghanis", "AFN", CW_NAME},
	{"afghanistan", "AFN", CW_COUNTRY},
	{"albania", "ALL", CW_COUNTRY},
	{"albanian", "ALL", CW_DEMONYM},
	{"algeria", "DZD", CW_COUNTRY},
	{"algerian", "DZD", CW_DEMONYM},
	{"america", "USD", CW_COUNTRY},
	{"american", "USD", CW_DEMONYM},
	{"andorra", "EUR", CW_COUNTRY},
	{"andorran", "EUR", CW_DEMONYM},
	{"angola", "AOA", CW_COUNTRY},
	{"angolan", "AOA", CW_DEMONYM},
	{"antigua and barbuda", "XCD", CW_COUNTRY},
	{"antiguan", "XCD", CW_DEMONYM},
	{"argentina", "ARS", CW_COUNTRY},
	{"argentine", "ARS", CW_DEMONYM},
	{"argentinian", "ARS", CW_DEMONYM},
	{"ariary", "MGA", CW_NAME},
	{"armenia", "AMD", CW_COUNTRY},
	{"armenian", "AMD", CW_DEMONYM},
	{"aussie", "AUD", CW_DEMONYM},
	{"australia", "AUD", CW_COUNTRY},
	{"australian", "AUD", CW_DEMONYM},
	{"austria", "EUR", CW_COUNTRY},
	{"austrian", "EUR", CW_DEMONYM},
	{"azerbaijan", "AZN", CW_COUNTRY},
	{"azerbaijani", "AZN", CW_DEMONYM},
	{"azeri", "AZN", CW_DEMONYM},
	{"bahamas", "BSD", CW_COUNTRY},
	{"bahamian", "BSD", CW_DEMONYM},
	{"bahrain", "BHD", CW_COUNTRY},
	{"bahraini", "BHD", CW_DEMONYM},
	{"baht", "THB", CW_NAME},
	{"balboa", "PAB", CW_NAME_AFTER_AMOUNT},
	{"balboas", "PAB", CW_NAME_AFTER_AMOUNT},
	{"bangladesh", "BDT", CW_COUNTRY},
	{"bangladeshi", "BDT", CW_DEMONYM},
	{"barbadian", "BBD", CW_DEMONYM},
	{"barbados", "BBD", CW_COUNTRY},
	{"basotho", "LSL", CW_DEMONYM},
	{"belarus", "BYN", CW_COUNTRY},
	{"belarusian", "BYN", CW_DEMONYM},
	{"belgian", "EUR", CW_DEMONYM},
	{"belgium", "EUR", CW_COUNTRY},
	{"belize", "BZD", CW_COUNTRY},
	{"belizean", "BZD", CW_DEMONYM},
	{"benin", "XOF", CW_COUNTRY},
	{"beninese", "XOF", CW_DEMONYM},
	{"bhutan", "BTN", CW_COUNTRY},
	{"bhutanese", "BTN", CW_DEMONYM},
	{"birr", "ETB", CW_NAME},
	{"birrs", "ETB", CW_NAME},
	{"bissau-guinean", "XOF", CW_DEMONYM},
	{"bolivar", "VES", CW_NAME_AFTER_AMOUNT},
	{"bolivars", "VES", CW_NAME_AFTER_AMOUNT},
	{"bolivia", "BOB", CW_COUNTRY},
	{"bolivian", "BOB", CW_DEMONYM},
	{"boliviano", "BOB", CW_NAME},
	{"bolivianos", "BOB", CW_NAME},
	{"bol\xc3\xad""var", "VES", CW_NAME_AFTER_AMOUNT},
	{"bol\xc3\xad""vares", "VES", CW_NAME_AFTER_AMOUNT},
	{"bosnia", "BAM", CW_COUNTRY},
	{"bosnia and herzegovina", "BAM", CW_COUNTRY},
	{"bosnian", "BAM", CW_DEMONYM},
	{"botswana", "BWP", CW_COUNTRY},
	{"botswanan", "BWP", CW_DEMONYM},
	{"brazil", "BRL", CW_COUNTRY},
	{"brazilian", "BRL", CW_DEMONYM},
	{"britain", "GBP", CW_COUNTRY},
	{"british", "GBP", CW_DEMONYM},
	{"brunei", "BND", CW_COUNTRY},
	{"bruneian", "BND", CW_DEMONYM},
	{"bulgaria", "EUR", CW_COUNTRY},
	{"bulgarian", "EUR", CW_DEMONYM},
	{"burkina faso", "XOF", CW_COUNTRY},
	{"burkinabe", "XOF", CW_DEMONYM},
	{"burma", "MMK", CW_COUNTRY},
	{"burmese", "MMK", CW_DEMONYM},
	{"burundi", "BIF", CW_COUNTRY},
	{"burundian", "BIF", CW_DEMONYM},
	{"cabo verde", "CVE", CW_COUNTRY},
	{"cambodia", "KHR", CW_COUNTRY},
	{"cambodian", "KHR", CW_DEMONYM},
	{"cameroon", "XAF", CW_COUNTRY},
	{"cameroonian", "XAF", CW_DEMONYM},
	{"canada", "CAD", CW_COUNTRY},
	{"canadian", "CAD", CW_DEMONYM},
	{"cape verde", "CVE", CW_COUNTRY},
	{"cape verdean", "CVE", CW_DEMONYM},
	{"cedi", "GHS", CW_NAME},
	{"cedis", "GHS", CW_NAME},
	{"central african republic", "XAF", CW_COUNTRY},
	{"central america", "", CW_NOT_CURRENCY},
	{"central american", "", CW_NOT_CURRENCY},
	{"cfa franc", "XOF", CW_NAME},
	{"cfa francs", "XOF", CW_NAME},
	{"chad", "XAF", CW_COUNTRY},
	{"chadian", "XAF", CW_DEMONYM},
	{"chile", "CLP", CW_COUNTRY},
	{"chilean", "CLP", CW_DEMONYM},
	{"china", "CNY", CW_COUNTRY},
	{"chinese", "CNY", CW_DEMONYM},
	{"colombia", "COP", CW_COUNTRY},
	{"colombian", "COP", CW_DEMONYM},
	{"colon", "CRC", CW_NAME_AFTER_AMOUNT},
	{"colones", "CRC", CW_NAME_AFTER_AMOUNT},
	{"col\xc3\xb3""n", "CRC", CW_NAME_AFTER_AMOUNT},
	{"comorian", "KMF", CW_DEMONYM},
	{"comoros", "KMF", CW_COUNTRY},
	{"congo", "CDF", CW_COUNTRY},
	{"congo-brazzaville", "XAF", CW_COUNTRY},
	{"congolese", "CDF", CW_DEMONYM},
	{"convertible mark", "BAM", CW_NAME},
	{"convertible marks", "BAM", CW_NAME},
	{"cordoba", "NIO", CW_NAME_AFTER_AMOUNT},
	{"cordobas", "NIO", CW_NAME_AFTER_AMOUNT},
	{"costa rica", "CRC", CW_COUNTRY},
	{"costa rican", "CRC", CW_DEMONYM},
	{"cote d'ivoire", "XOF", CW_COUNTRY},
	{"croatia", "EUR", CW_COUNTRY},
	{"croatian", "EUR", CW_DEMONYM},
	{"cuba", "CUP", CW_COUNTRY},
	{"cuban", "CUP", CW_DEMONYM},
	{"cypriot", "EUR", CW_DEMONYM},
	{"cyprus", "EUR", CW_COUNTRY},
	{"czech", "CZK", CW_DEMONYM},
	{"czech republic", "CZK", CW_COUNTRY},
	{"czechia", "CZK", CW_COUNTRY},
	{"c\xc3\xb3""rdoba", "NIO", CW_NAME_AFTER_AMOUNT},
	{"c\xc3\xb3""rdobas", "NIO", CW_NAME_AFTER_AMOUNT},
	{"c\xc3\xb4""te d'ivoire", "XOF", CW_COUNTRY},
	{"dalasi", "GMD", CW_NAME},
	{"dalasis", "GMD", CW_NAME},
	{"danish", "DKK", CW_DEMONYM},
	{"democratic republic of the congo", "CDF", CW_COUNTRY},
	{"denar", "MKD", CW_NAME},
	{"denari", "MKD", CW_NAME},
	{"denars", "MKD", CW_NAME},
	{"denmark", "DKK", CW_COUNTRY},
	{"dinar", "KWD", CW_NAME_AFTER_COUNTRY},
	{"dinars", "KWD", CW_NAME_AFTER_COUNTRY},
	{"dirham", "AED", CW_NAME},
	{"dirhams", "AED", CW_NAME},
	{"djibouti", "DJF", CW_COUNTRY},
	{"djiboutian", "DJF", CW_DEMONYM},
	{"dobra", "STN", CW_NAME},
	{"dobras", "STN", CW_NAME},
	{"dollar", "USD", CW_NAME},
	{"dollars", "USD", CW_NAME},
	{"dominica", "XCD", CW_COUNTRY},
	{"dominican", "DOP", CW_DEMONYM},
	{"dominican republic", "DOP", CW_COUNTRY},
	{"dong", "VND", CW_NAME_AFTER_AMOUNT},
	{"dr congo", "CDF", CW_COUNTRY},
	{"dram", "AMD", CW_NAME_AFTER_AMOUNT},
	{"drams", "AMD", CW_NAME_AFTER_AMOUNT},
	{"drc", "CDF", CW_COUNTRY_CAPS},
	{"dutch", "EUR", CW_DEMONYM},
	{"east caribbean dollar", "XCD", CW_NAME},
	{"east caribbean dollars", "XCD", CW_NAME},
	{"east timor", "USD", CW_COUNTRY},
	{"ecuador", "USD", CW_COUNTRY},
	{"ecuadorean", "USD", CW_DEMONYM},
	{"ecuadorian", "USD", CW_DEMONYM},
	{"egypt", "EGP", CW_COUNTRY},
	{"egyptian", "EGP", CW_DEMONYM},
	{"el salvador", "USD", CW_COUNTRY},
	{"emalangeni", "SZL", CW_NAME},
	{"emirates", "AED", CW_COUNTRY},
	{"emirati", "AED", CW_DEMONYM},
	{"england", "GBP", CW_COUNTRY},
	{"equatoguinean", "XAF", CW_DEMONYM},
	{"equatorial guinea", "XAF", CW_COUNTRY},
	{"eritrea", "ERN", CW_COUNTRY},
	{"eritrean", "ERN", CW_DEMONYM},
	{"escudo", "CVE", CW_NAME},
	{"escudos", "CVE", CW_NAME},
	{"estonia", "EUR", CW_COUNTRY},
	{"estonian", "EUR", CW_DEMONYM},
	{"eswatini", "SZL", CW_COUNTRY},
	{"ethiopia", "ETB", CW_COUNTRY},
	{"ethiopian", "ETB", CW_DEMONYM},
	{"eu", "EUR", CW_COUNTRY_CAPS},
	{"euro", "EUR", CW_NAME},
	{"euro area", "EUR", CW_AREA},
	{"euro zone", "EUR", CW_AREA},
	{"euro-area", "EUR", CW_AREA},
	{"european union", "EUR", CW_COUNTRY},
	{"euros", "EUR", CW_NAME},
	{"eurozone", "EUR", CW_AREA},
	{"fiji", "FJD", CW_COUNTRY},
	{"fijian", "FJD", CW_DEMONYM},
	{"filipino", "PHP", CW_DEMONYM},
	{"finland", "EUR", CW_COUNTRY},
	{"finnish", "EUR", CW_DEMONYM},
	{"florin", "AWG", CW_NAME_AFTER_COUNTRY},
	{"florins", "AWG", CW_NAME_AFTER_COUNTRY},
	{"forint", "HUF", CW_NAME},
	{"forints", "HUF", CW_NAME},
	{"franc", "CHF", CW_NAME_AFTER_COUNTRY},
	{"france", "EUR", CW_COUNTRY},
	{"francs", "CHF", CW_NAME_AFTER_COUNTRY},
	{"french", "EUR", CW_DEMONYM},
	{"gabon", "XAF", CW_COUNTRY},
	{"gabonese", "XAF", CW_DEMONYM},
	{"gambia", "GMD", CW_COUNTRY},
	{"gambian", "GMD", CW_DEMONYM},
	{"georgia", "GEL", CW_COUNTRY},
	{"georgian", "GEL", CW_DEMONYM},
	{"german", "EUR", CW_DEMONYM},
	{"germany", "EUR", CW_COUNTRY},
	{"ghana", "GHS", CW_COUNTRY},
	{"ghanaian", "GHS", CW_DEMONYM},
	{"gourde", "HTG", CW_NAME},
	{"gourdes", "HTG", CW_NAME},
	{"great britain", "GBP", CW_COUNTRY},
	{"greece", "EUR", CW_COUNTRY},
	{"greek", "EUR", CW_DEMONYM},
	{"greenback", "USD", CW_NAME},
	{"greenbacks", "USD", CW_NAME},
	{"grenada", "XCD", CW_COUNTRY},
	{"grenadian", "XCD", CW_DEMONYM},
	{"guarani", "PYG", CW_NAME_AFTER_AMOUNT},
	{"guaranis", "PYG", CW_NAME_AFTER_AMOUNT},
	{"guatemala", "GTQ", CW_COUNTRY},
	{"guatemalan", "GTQ", CW_DEMONYM},
	{"guinea", "GNF", CW_COUNTRY},
	{"guinea-bissau", "XOF", CW_COUNTRY},
	{"guinean", "GNF", CW_DEMONYM},
	{"guyana", "GYD", CW_COUNTRY},
	{"guyanese", "GYD", CW_DEMONYM},
	{"haiti", "HTG", CW_COUNTRY},
	{"haitian", "HTG", CW_DEMONYM},
	{"holland", "EUR", CW_COUNTRY},
	{"honduran", "HNL", CW_DEMONYM},
	{"honduras", "HNL", CW_COUNTRY},
	{"hong kong", "HKD", CW_COUNTRY},
	{"hryvnia", "UAH", CW_NAME},
	{"hryvnias", "UAH", CW_NAME},
	{"hryvnya", "UAH", CW_NAME},
	{"hryvnyas", "UAH", CW_NAME},
	{"hungarian", "HUF", CW_DEMONYM},
	{"hungary", "HUF", CW_COUNTRY},
	{"iceland", "ISK", CW_COUNTRY},
	{"icelandic", "ISK", CW_DEMONYM},
	{"india", "INR", CW_COUNTRY},
	{"indian", "INR", CW_DEMONYM},
	{"indonesia", "IDR", CW_COUNTRY},
	{"indonesian", "IDR", CW_DEMONYM},
	{"iran", "IRR", CW_COUNTRY},
	{"iranian", "IRR", CW_DEMONYM},
	{"iraq", "IQD", CW_COUNTRY},
	{"iraqi", "IQD", CW_DEMONYM},
	{"ireland", "EUR", CW_COUNTRY},
	{"irish", "EUR", CW_DEMONYM},
	{"israel", "ILS", CW_COUNTRY},
	{"israeli", "ILS", CW_DEMONYM},
	{"italian", "EUR", CW_DEMONYM},
	{"italy", "EUR", CW_COUNTRY},
	{"ivorian", "XOF", CW_DEMONYM},
	{"ivory coast", "XOF", CW_COUNTRY},
	{"jamaica", "JMD", CW_COUNTRY},
	{"jamaican", "JMD", CW_DEMONYM},
	{"japan", "JPY", CW_COUNTRY},
	{"japanese", "JPY", CW_DEMONYM},
	{"jordan", "JOD", CW_COUNTRY},
	{"jordanian", "JOD", CW_DEMONYM},
	{"kazakh", "KZT", CW_DEMONYM},
	{"kazakhstan", "KZT", CW_COUNTRY},
	{"kazakhstani", "KZT", CW_DEMONYM},
	{"kenya", "KES", CW_COUNTRY},
	{"kenyan", "KES", CW_DEMONYM},
	{"kina", "PGK", CW_NAME_AFTER_AMOUNT},
	{"kip", "LAK", CW_NAME_AFTER_AMOUNT},
	{"kirghiz", "KGS", CW_DEMONYM},
	{"kirghizia", "KGS", CW_COUNTRY},
	{"kiribati", "AUD", CW_COUNTRY},
	{"korea", "KRW", CW_COUNTRY},
	{"korean", "KRW", CW_DEMONYM},
	{"koruna", "CZK", CW_NAME},
	{"korunas", "CZK", CW_NAME},
	{"koruny", "CZK", CW_NAME},
	{"kosovar", "EUR", CW_DEMONYM},
	{"kosovo", "EUR", CW_COUNTRY},
	{"krona", "SEK", CW_NAME_AFTER_COUNTRY},
	{"krone", "DKK", CW_NAME_AFTER_COUNTRY},
	{"kroner", "DKK", CW_NAME_AFTER_COUNTRY},
	{"kronor", "SEK", CW_NAME_AFTER_COUNTRY},
	{"kuwait", "KWD", CW_COUNTRY},
	{"kuwaiti", "KWD", CW_DEMONYM},
	{"kwacha", "ZMW", CW_NAME_AFTER_COUNTRY},
	{"kwachas", "ZMW", CW_NAME_AFTER_COUNTRY},
	{"kwanza", "AOA", CW_NAME},
	{"kwanzas", "AOA", CW_NAME},
	{"kyat", "MMK", CW_NAME},
	{"kyats", "MMK", CW_NAME},
	{"kyrgyz", "KGS", CW_DEMONYM},
	{"kyrgyz republic", "KGS", CW_COUNTRY},
	{"kyrgyzstan", "KGS", CW_COUNTRY},
	{"kyrgyzstani", "KGS", CW_DEMONYM},
	{"lao", "LAK", CW_DEMONYM},
	{"laos", "LAK", CW_COUNTRY},
	{"laotian", "LAK", CW_DEMONYM},
	{"lari", "GEL", CW_NAME},
	{"laris", "GEL", CW_NAME},
	{"latin america", "", CW_NOT_CURRENCY},
	{"latin american", "", CW_NOT_CURRENCY},
	{"latvia", "EUR", CW_COUNTRY},
	{"latvian", "EUR", CW_DEMONYM},
	{"lebanese", "LBP", CW_DEMONYM},
	{"lebanon", "LBP", CW_COUNTRY},
	{"lei", "RON", CW_NAME_AFTER_AMOUNT},
	{"lek", "ALL", CW_NAME},
	{"leke", "ALL", CW_NAME},
	{"lempira", "HNL", CW_NAME},
	{"lempiras", "HNL", CW_NAME},
	{"leone", "SLE", CW_NAME_AFTER_AMOUNT},
	{"leones", "SLE", CW_NAME_AFTER_AMOUNT},
	{"lesotho", "LSL", CW_COUNTRY},
	{"leu", "RON", CW_NAME_AFTER_AMOUNT},
	{"liberia", "LRD", CW_COUNTRY},
	{"liberian", "LRD", CW_DEMONYM},
	{"libya", "LYD", CW_COUNTRY},
	{"libyan", "LYD", CW_DEMONYM},
	{"liechtenstein", "CHF", CW_COUNTRY},
	{"lilangeni", "SZL", CW_NAME},
	{"lira", "TRY", CW_NAME},
	{"liras", "TRY", CW_NAME},
	{"lire", "TRY", CW_NAME},
	{"lithuania", "EUR", CW_COUNTRY},
	{"lithuanian", "EUR", CW_DEMONYM},
	{"loti", "LSL", CW_NAME},
	{"luxembourg", "EUR", CW_COUNTRY},
	{"luxembourgish", "EUR", CW_DEMONYM},
	{"macanese", "MOP", CW_DEMONYM},
	{"macao", "MOP", CW_COUNTRY},
	{"macau", "MOP", CW_COUNTRY},
	{"macedonia", "MKD", CW_COUNTRY},
	{"macedonian", "MKD", CW_DEMONYM},
	{"madagascar", "MGA", CW_COUNTRY},
	{"mainland china", "CNY", CW_COUNTRY},
	{"malagasy", "MGA", CW_DEMONYM},
	{"malawi", "MWK", CW_COUNTRY},
	{"malawian", "MWK", CW_DEMONYM},
	{"malaysia", "MYR", CW_COUNTRY},
	{"malaysian", "MYR", CW_DEMONYM},
	{"maldives", "MVR", CW_COUNTRY},
	{"maldivian", "MVR", CW_DEMONYM},
	{"mali", "XOF", CW_COUNTRY},
	{"malian", "XOF", CW_DEMONYM},
	{"maloti", "LSL", CW_NAME},
	{"malta", "EUR", CW_COUNTRY},
	{"maltese", "EUR", CW_DEMONYM},
	{"manat", "TMT", CW_NAME},
	{"manats", "TMT", CW_NAME},
	{"marshall islands", "USD", CW_COUNTRY},
	{"marshallese", "USD", CW_DEMONYM},
	{"mauritania", "MRU", CW_COUNTRY},
	{"mauritanian", "MRU", CW_DEMONYM},
	{"mauritian", "MUR", CW_DEMONYM},
	{"mauritius", "MUR", CW_COUNTRY},
	{"meticais", "MZN", CW_NAME},
	{"metical", "MZN", CW_NAME},
	{"meticals", "MZN", CW_NAME},
	{"mexican", "MXN", CW_DEMONYM},
	{"mexico", "MXN", CW_COUNTRY},
	{"micronesia", "USD", CW_COUNTRY},
	{"micronesian", "USD", CW_DEMONYM},
	{"moldova", "MDL", CW_COUNTRY},
	{"moldovan", "MDL", CW_DEMONYM},
	{"monaco", "EUR", CW_COUNTRY},
	{"monegasque", "EUR", CW_DEMONYM},
	{"mongolia", "MNT", CW_COUNTRY},
	{"mongolian", "MNT", CW_DEMONYM},
	{"montenegrin", "EUR", CW_DEMONYM},
	{"montenegro", "EUR", CW_COUNTRY},
	{"moroccan", "MAD", CW_DEMONYM},
	{"morocco", "MAD", CW_COUNTRY},
	{"mozambican", "MZN", CW_DEMONYM},
	{"mozambique", "MZN", CW_COUNTRY},
	{"myanmar", "MMK", CW_COUNTRY},
	{"naira", "NGN", CW_NAME},
	{"nakfa", "ERN", CW_NAME},
	{"nakfas", "ERN", CW_NAME},
	{"namibia", "NAD", CW_COUNTRY},
	{"namibian", "NAD", CW_DEMONYM},
	{"nauru", "AUD", CW_COUNTRY},
	{"nauruan", "AUD", CW_DEMONYM},
	{"nepal", "NPR", CW_COUNTRY},
	{"nepalese", "NPR", CW_DEMONYM},
	{"nepali", "NPR", CW_DEMONYM},
	{"netherlands", "EUR", CW_COUNTRY},
	{"new zealand", "NZD", CW_COUNTRY},
	{"ngultrum", "BTN", CW_NAME},
	{"ngultrums", "BTN", CW_NAME},
	{"nicaragua", "NIO", CW_COUNTRY},
	{"nicaraguan", "NIO", CW_DEMONYM},
	{"niger", "XOF", CW_COUNTRY},
	{"nigeria", "NGN", CW_COUNTRY},
	{"nigerian", "NGN", CW_DEMONYM},
	{"nigerien", "XOF", CW_DEMONYM},
	{"north america", "", CW_NOT_CURRENCY},
	{"north american", "", CW_NOT_CURRENCY},
	{"north korea", "KPW", CW_COUNTRY},
	{"north korean", "KPW", CW_DEMONYM},
	{"north macedonia", "MKD", CW_COUNTRY},
	{"northern ireland", "GBP", CW_COUNTRY},
	{"norway", "NOK", CW_COUNTRY},
	{"norwegian", "NOK", CW_DEMONYM},
	{"oman", "OMR", CW_COUNTRY},
	{"omani", "OMR", CW_DEMONYM},
	{"ouguiya", "MRU", CW_NAME},
	{"ouguiyas", "MRU", CW_NAME},
	{"pa'anga", "TOP", CW_NAME},
	{"pakistan", "PKR", CW_COUNTRY},
	{"pakistani", "PKR", CW_DEMONYM},
	{"palau", "USD", CW_COUNTRY},
	{"palauan", "USD", CW_DEMONYM},
	{"panama", "PAB", CW_COUNTRY},
	{"panamanian", "PAB", CW_DEMONYM},
	{"papua new guinea", "PGK", CW_COUNTRY},
	{"papua new guinean", "PGK", CW_DEMONYM},
	{"paraguay", "PYG", CW_COUNTRY},
	{"paraguayan", "PYG", CW_DEMONYM},
	{"people's republic of china", "CNY", CW_COUNTRY},
	{"peru", "PEN", CW_COUNTRY},
	{"peruvian", "PEN", CW_DEMONYM},
	{"peso", "MXN", CW_NAME_AFTER_COUNTRY},
	{"pesos", "MXN", CW_NAME_AFTER_COUNTRY},
	{"philippine", "PHP", CW_DEMONYM},
	{"philippines", "PHP", CW_COUNTRY},
	{"poland", "PLN", CW_COUNTRY},
	{"polish", "PLN", CW_DEMONYM},
	{"portugal", "EUR", CW_COUNTRY},
	{"portuguese", "EUR", CW_DEMONYM},
	{"pound", "GBP", CW_NAME_AFTER_AMOUNT},
	{"pound sterling", "GBP", CW_NAME},
	{"pounds", "GBP", CW_NAME_AFTER_AMOUNT},
	{"prc", "CNY", CW_COUNTRY_CAPS},
	{"pula", "BWP", CW_NAME_AFTER_AMOUNT},
	{"qatar", "QAR", CW_COUNTRY},
	{"qatari", "QAR", CW_DEMONYM},
	{"quetzal", "GTQ", CW_NAME_AFTER_AMOUNT},
	{"quetzales", "GTQ", CW_NAME_AFTER_AMOUNT},
	{"quetzals", "GTQ", CW_NAME_AFTER_AMOUNT},
	{"rand", "ZAR", CW_NAME_AFTER_AMOUNT},
	{"rands", "ZAR", CW_NAME_AFTER_AMOUNT},
	{"reais", "BRL", CW_NAME},
	{"real", "BRL", CW_NAME_AFTER_COUNTRY},
	{"renminbi", "CNY", CW_NAME},
	{"republic of the congo", "XAF", CW_COUNTRY},
	{"rial", "IRR", CW_NAME_AFTER_COUNTRY},
	{"rials", "IRR", CW_NAME_AFTER_COUNTRY},
	{"riel", "KHR", CW_NAME},
	{"riels", "KHR", CW_NAME},
	{"ringgit", "MYR", CW_NAME},
	{"ringgits", "MYR", CW_NAME},
	{"riyal", "SAR", CW_NAME_AFTER_COUNTRY},
	{"riyals", "SAR", CW_NAME_AFTER_COUNTRY},
	{"rmb", "CNY", CW_NAME_CAPS},
	{"romania", "RON", CW_COUNTRY},
	{"romanian", "RON", CW_DEMONYM},
	{"rouble", "RUB", CW_NAME},
	{"roubles", "RUB", CW_NAME},
	{"ruble", "RUB", CW_NAME},
	{"rubles", "RUB", CW_NAME},
	{"rufiyaa", "MVR", CW_NAME},
	{"rupee", "INR", CW_NAME},
	{"rupees", "INR", CW_NAME},
	{"rupiah", "IDR", CW_NAME},
	{"rupiahs", "IDR", CW_NAME},
	{"russia", "RUB", CW_COUNTRY},
	{"russian", "RUB", CW_DEMONYM},
	{"russian federation", "RUB", CW_COUNTRY},
	{"rwanda", "RWF", CW_COUNTRY},
	{"rwandan", "RWF", CW_DEMONYM},
	{"saint kitts and nevis", "XCD", CW_COUNTRY},
	{"saint lucia", "XCD", CW_COUNTRY},
	{"saint vincent and the grenadines", "XCD", CW_COUNTRY},
	{"salvadoran", "USD", CW_DEMONYM},
	{"sammarinese", "EUR", CW_DEMONYM},
	{"samoa", "WST", CW_COUNTRY},
	{"samoan", "WST", CW_DEMONYM},
	{"san marino", "EUR", CW_COUNTRY},
	{"sao tome and principe", "STN", CW_COUNTRY},
	{"saudi", "SAR", CW_DEMONYM},
	{"saudi arabia", "SAR", CW_COUNTRY},
	{"scotland", "GBP", CW_COUNTRY},
	{"senegal", "XOF", CW_COUNTRY},
	{"senegalese", "XOF", CW_DEMONYM},
	{"serbia", "RSD", CW_COUNTRY},
	{"serbian", "RSD", CW_DEMONYM},
	{"seychelles", "SCR", CW_COUNTRY},
	{"seychellois", "SCR", CW_DEMONYM},
	{"shekel", "ILS", CW_NAME},
	{"shekels", "ILS", CW_NAME},
	{"sheqalim", "ILS", CW_NAME},
	{"sheqel", "ILS", CW_NAME},
	{"shilling", "KES", CW_NAME_AFTER_COUNTRY},
	{"shillings", "KES", CW_NAME_AFTER_COUNTRY},
	{"sierra leone", "SLE", CW_COUNTRY},
	{"sierra leonean", "SLE", CW_DEMONYM},
	{"singapore", "SGD", CW_COUNTRY},
	{"singaporean", "SGD", CW_DEMONYM},
	{"slovak", "EUR", CW_DEMONYM},
	{"slovakia", "EUR", CW_COUNTRY},
	{"slovene", "EUR", CW_DEMONYM},
	{"slovenia", "EUR", CW_COUNTRY},
	{"slovenian", "EUR", CW_DEMONYM},
	{"so'm", "UZS", CW_NAME},
	{"sol", "PEN", CW_NAME_AFTER_AMOUNT},
	{"soles", "PEN", CW_NAME_AFTER_AMOUNT},
	{"solomon islands", "SBD", CW_COUNTRY},
	{"som", "KGS", CW_NAME},
	{"somali", "SOS", CW_DEMONYM},
	{"somalia", "SOS", CW_COUNTRY},
	{"somoni", "TJS", CW_NAME},
	{"somonis", "TJS", CW_NAME},
	{"soms", "KGS", CW_NAME},
	{"soum", "UZS", CW_NAME},
	{"soums", "UZS", CW_NAME},
	{"south africa", "ZAR", CW_COUNTRY},
	{"south african", "ZAR", CW_DEMONYM},
	{"south america", "", CW_NOT_CURRENCY},
	{"south american", "", CW_NOT_CURRENCY},
	{"south korea", "KRW", CW_COUNTRY},
	{"south korean", "KRW", CW_DEMONYM},
	{"south sudan", "SSP", CW_COUNTRY},
	{"south sudanese", "SSP", CW_DEMONYM},
	{"spain", "EUR", CW_COUNTRY},
	{"spanish", "EUR", CW_DEMONYM},
	{"sri lanka", "LKR", CW_COUNTRY},
	{"sri lankan", "LKR", CW_DEMONYM},
	{"st lucia", "XCD", CW_COUNTRY},
	{"st. lucia", "XCD", CW_COUNTRY},
	{"sterling", "GBP", CW_NAME},
	{"sudan", "SDG", CW_COUNTRY},
	{"sudanese", "SDG", CW_DEMONYM},
	{"sum", "UZS", CW_NAME_AFTER_AMOUNT},
	{"sums", "UZS", CW_NAME_AFTER_AMOUNT},
	{"suriname", "SRD", CW_COUNTRY},
	{"surinamese", "SRD", CW_DEMONYM},
	{"swazi", "SZL", CW_DEMONYM},
	{"swaziland", "SZL", CW_COUNTRY},
	{"sweden", "SEK", CW_COUNTRY},
	{"swedish", "SEK", CW_DEMONYM},
	{"swiss", "CHF", CW_DEMONYM},
	{"switzerland", "CHF", CW_COUNTRY},
	{"syria", "SYP", CW_COUNTRY},
	{"syrian", "SYP", CW_DEMONYM},
	{"s\xc3\xa3""o tom\xc3\xa9"" and pr\xc3\xad""ncipe", "STN", CW_COUNTRY},
	{"taiwan", "TWD", CW_COUNTRY},
	{"taiwanese", "TWD", CW_DEMONYM},
	{"tajik", "TJS", CW_DEMONYM},
	{"tajikistan", "TJS", CW_COUNTRY},
	{"tajikistani", "TJS", CW_DEMONYM},
	{"taka", "BDT", CW_NAME},
	{"takas", "BDT", CW_NAME},
	{"tala", "WST", CW_NAME_AFTER_AMOUNT},
	{"tanzania", "TZS", CW_COUNTRY},
	{"tanzanian", "TZS", CW_DEMONYM},
	{"tenge", "KZT", CW_NAME},
	{"tenges", "KZT", CW_NAME},
	{"thai", "THB", CW_DEMONYM},
	{"thailand", "THB", CW_COUNTRY},
	{"timor-leste", "USD", CW_COUNTRY},
	{"timorese", "USD", CW_DEMONYM},
	{"togo", "XOF", CW_COUNTRY},
	{"togolese", "XOF", CW_DEMONYM},
	{"tonga", "TOP", CW_COUNTRY},
	{"tongan", "TOP", CW_DEMONYM},
	{"trinidad and tobago", "TTD", CW_COUNTRY},
	{"trinidadian", "TTD", CW_DEMONYM},
	{"tugrik", "MNT", CW_NAME},
	{"tugriks", "MNT", CW_NAME},
	{"tunisia", "TND", CW_COUNTRY},
	{"tunisian", "TND", CW_DEMONYM},
	{"turkey", "TRY", CW_COUNTRY},
	{"turkish", "TRY", CW_DEMONYM},
	{"turkiye", "TRY", CW_COUNTRY},
	{"turkmen", "TMT", CW_DEMONYM},
	{"turkmenistan", "TMT", CW_COUNTRY},
	{"tuvalu", "AUD", CW_COUNTRY},
	{"tuvaluan", "AUD", CW_DEMONYM},
	{"t\xc3\xb6""gr\xc3\xb6""g", "MNT", CW_NAME},
	{"t\xc3\xbc""rkiye", "TRY", CW_COUNTRY},
	{"u.k.", "GBP", CW_COUNTRY_CAPS},
	{"u.s.", "USD", CW_COUNTRY_CAPS},
	{"u.s.a.", "USD", CW_COUNTRY_CAPS},
	{"uae", "AED", CW_COUNTRY_CAPS},
	{"uganda", "UGX", CW_COUNTRY},
	{"ugandan", "UGX", CW_DEMONYM},
	{"uk", "GBP", CW_COUNTRY_CAPS},
	{"ukraine", "UAH", CW_COUNTRY},
	{"ukrainian", "UAH", CW_DEMONYM},
	{"united arab emirates", "AED", CW_COUNTRY},
	{"united kingdom", "GBP", CW_COUNTRY},
	{"united states", "USD", CW_COUNTRY},
	{"united states of america", "USD", CW_COUNTRY},
	{"uruguay", "UYU", CW_COUNTRY},
	{"uruguayan", "UYU", CW_DEMONYM},
	{"us", "USD", CW_COUNTRY_CAPS},
	{"usa", "USD", CW_COUNTRY_CAPS},
	{"uzbek", "UZS", CW_DEMONYM},
	{"uzbekistan", "UZS", CW_COUNTRY},
	{"uzbekistani", "UZS", CW_DEMONYM},
	{"vanuatu", "VUV", CW_COUNTRY},
	{"vatican", "EUR", CW_COUNTRY},
	{"vatican city", "EUR", CW_COUNTRY},
	{"vatu", "VUV", CW_NAME},
	{"venezuela", "VES", CW_COUNTRY},
	{"venezuelan", "VES", CW_DEMONYM},
	{"viet nam", "VND", CW_COUNTRY},
	{"vietnam", "VND", CW_COUNTRY},
	{"vietnamese", "VND", CW_DEMONYM},
	{"wales", "GBP", CW_COUNTRY},
	{"won", "KRW", CW_NAME_AFTER_AMOUNT},
	{"yemen", "YER", CW_COUNTRY},
	{"yemeni", "YER", CW_DEMONYM},
	{"yen", "JPY", CW_NAME},
	{"yuan", "CNY", CW_NAME},
	{"zambia", "ZMW", CW_COUNTRY},
	{"zambian", "ZMW", CW_DEMONYM},
	{"zimbabwe", "ZWG", CW_COUNTRY},
	{"zimbabwean", "ZWG", CW_DEMONYM},
	{"zloty", "PLN", CW_NAME},
	{"zlotych", "PLN", CW_NAME},
	{"zlotys", "PLN", CW_NAME},
};

#define WORD_COUNT (sizeof(word_table) / sizeof(word_table[0]))

static const CurSign sign_table[] = {
	/* letter prefixes first: the longest sign wins */
	{"US$", "USD"}, {"CA$", "CAD"}, {"AU$", "AUD"}, {"NZ$", "NZD"},
	{"HK$", "HKD"}, {"SG$", "SGD"}, {"NT$", "TWD"}, {"MX$", "MXN"},
	{"C$", "CAD"}, {"A$", "AUD"}, {"S$", "SGD"}, {"R$", "BRL"},
	{"CN\xc2\xa5", "CNY"}, {"JP\xc2\xa5", "JPY"},
	{"$", "USD"},
	{"\xe2\x82\xac", "EUR"},	/* € */
	{"\xc2\xa3", "GBP"},		/* £ */
	{"\xc2\xa5", "CNY"},		/* ¥ */
	{"\xe2\x82\xbd", "RUB"},	/* ₽ */
	{"\xe2\x82\xb8", "KZT"},	/* ₸ */
	{"\xe2\x82\xba", "TRY"},	/* ₺ */
	{"\xe2\x82\xb4", "UAH"},	/* ₴ */
	{"\xe2\x82\xb9", "INR"},	/* ₹ */
	{"\xe2\x82\xa9", "KRW"},	/* ₩ */
	{"\xe2\x82\xbc", "AZN"},	/* ₼ */
	{"\xe2\x82\xbe", "GEL"},	/* ₾ */
	{"\xe2\x82\xaa", "ILS"},	/* ₪ */
	{"\xe2\x82\xab", "VND"},	/* ₫ */
	{"\xe2\x82\xa6", "NGN"},	/* ₦ */
	{"\xe2\x82\xb1", "PHP"},	/* ₱ */
	{"\xe0\xb8\xbf", "THB"},	/* ฿ */
	{"\xe2\x82\xae", "MNT"},	/* ₮ */
	{"\xe2\x82\xad", "LAK"},	/* ₭ */
	{"\xe2\x82\xa1", "CRC"},	/* ₡ */
	{"\xe2\x82\xb2", "PYG"},	/* ₲ */
	{"\xe2\x82\xb5", "GHS"},	/* ₵ */
	{"\xe0\xa7\xb3", "BDT"},	/* ৳ */
	{"\xe1\x9f\x9b", "KHR"},	/* ៛ */
};

#define SIGN_COUNT (sizeof(sign_table) / sizeof(sign_table[0]))

/* ISO codes that are also English words: only beside a number or in a pair. */
static const char *const word_codes[] = {
	"ALL", "AMD", "BAM", "BOB", "CUP", "DOP", "GEL", "LAK", "MAD", "MOP",
	"PEN", "SAR", "SOS", "TOP", "TRY", NULL
};

size_t
cw_word_count(void)
{
	return WORD_COUNT;
}

const CurWord *
cw_word_at(size_t i)
{
	return i < WORD_COUNT ? &word_table[i] : NULL;
}

size_t
cw_sign_count(void)
{
	return SIGN_COUNT;
}

const CurSign *
cw_sign_at(size_t i)
{
	return i < SIGN_COUNT ? &sign_table[i] : NULL;
}

/* Characters that end the first word of a key: ' ', '\'', '-', '.'. */
static int
is_key_separator(char c)
{
	return c == ' ' || c == '\'' || c == '-' || c == '.' || c == '\0';
}

/*
 * Match key against the text at pos: letters ignoring ASCII case, ' '
 * against one or more white-space characters, '\'' against any apostrophe,
 * '-' against a hyphen.  Returns the end of the match or 0.
 */
static size_t
match_key(const char *key, const char *s, size_t len, size_t pos)
{
	size_t		k = 0;

	while (key[k] != '\0')
	{
		uint32_t	cp;
		size_t		n;

		if (pos >= len)
			return 0;
		n = utf8t_decode(s, len, pos, &cp);
		if (key[k] == ' ')
		{
			if (!utf8t_is_space(cp))
				return 0;
			while (pos < len && (n = utf8t_decode(s, len, pos, &cp), utf8t_is_space(cp)))
				pos += n;
			k++;
		}
		else if (key[k] == '\'')
		{
			if (!utf8t_is_apostrophe(cp))
				return 0;
			pos += n;
			k++;
		}
		else if (key[k] == '-')
		{
			if (cp != '-' && cp != 0x2010 && cp != 0x2011)
				return 0;
			pos += n;
			k++;
		}
		else
		{
			if (ascii_lower((unsigned char) s[pos]) != (unsigned char) key[k])
				return 0;
			pos++;
			k++;
		}
	}
	/* A word boundary after the phrase ("Kyrgyz" is not in "Kyrgyzstan"). */
	if (key[k - 1] != '.' && utf8t_is_word_at(s, len, pos))
		return 0;
	return pos;
}

/* Does the matched text obey the case rule of its kind? */
static int
case_ok(CurWordKind kind, const char *s, size_t start, size_t end)
{
	uint32_t	cp;

	switch (kind)
	{
		case CW_COUNTRY:
		case CW_DEMONYM:
		case CW_NOT_CURRENCY:
			utf8t_decode(s, end, start, &cp);
			return utf8t_is_upper(cp);
		case CW_COUNTRY_CAPS:
		case CW_NAME_CAPS:
			for (size_t i = start; i < end; i++)
				if (ascii_is_lower(s[i]))
					return 0;
			return 1;
		default:
			return 1;
	}
}

/* Index of the first key >= word (word: lower case, wlen bytes). */
static size_t
lower_bound(const char *word, size_t wlen)
{
	size_t		lo = 0;
	size_t		hi = WORD_COUNT;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		int			c = strncmp(word_table[mid].word, word, wlen);

		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Longest first word of a key, in bytes (the tests check every key matches itself). */
#define FIRST_WORD_MAX 32

/*
 * A quick "no" for most words of a text: bit (FNV-1a hash of the lower-case
 * first word of a key) mod FILTER_BITS is clear for every key of the table
 * and set where no key's first word falls.  It is built from the table at
 * first use, so adding a word is adding its line.  Zero-initialised, the
 * filter says "maybe" to every word, and the first "maybe" builds it: the
 * common "no" costs no test of whether it is built.  (A backend runs one
 * thread, as do the fuzzers and unit tests.)
 */
#define FILTER_BITS 8192
#define FNV1A_OFFSET UINT32_C(2166136261)
#define FNV1A_PRIME UINT32_C(16777619)

static uint64_t first_word_absent[FILTER_BITS / 64];
static int	first_word_filter_built = 0;

static uint32_t
fnv1a_step(uint32_t h, unsigned char byte)
{
	return (h ^ byte) * FNV1A_PRIME;
}

/* The length of a key's first word: up to ' ', '\'', '-' or '.'. */
static size_t
key_first_word_len(const char *key)
{
	size_t		n = 0;

	while (!is_key_separator(key[n]))
		n++;
	return n;
}

static void
build_first_word_filter(void)
{
	memset(first_word_absent, 0xFF, sizeof(first_word_absent));
	for (size_t k = 0; k < WORD_COUNT; k++)
	{
		const char *key = word_table[k].word;
		size_t		n = key_first_word_len(key);
		uint32_t	h = FNV1A_OFFSET;

		for (size_t i = 0; i < n; i++)
			h = fnv1a_step(h, (unsigned char) key[i]);
		h %= FILTER_BITS;
		first_word_absent[h / 64] &= ~(UINT64_C(1) << (h % 64));
	}
	first_word_filter_built = 1;
}

/* Is bit h (< FILTER_BITS) of the filter set: certainly no key? */
static inline int
filter_absent(uint32_t h)
{
	return (int) (first_word_absent[h / 64] >> (h % 64) & 1);
}

/* The first "maybe": build the filter, then answer. */
static int
filter_build_and_test(uint32_t h)
{
	build_first_word_filter();
	return !filter_absent(h);
}

/* May a key's first word have this FNV-1a hash? */
static inline int
filter_has(uint32_t h)
{
	h %= FILTER_BITS;
	if (filter_absent(h))
		return 0;
	return first_word_filter_built || filter_build_and_test(h);
}

int
cw_first_word_may_match(const char *lower, size_t len)
{
	uint32_t	h = FNV1A_OFFSET;

	for (size_t i = 0; i < len; i++)
		h = fnv1a_step(h, (unsigned char) lower[i]);
	return filter_has(h);
}

int
cw_match_word(const char *s, size_t len, size_t pos, CurMatch *m)
{
	char		first[FIRST_WORD_MAX];
	size_t		flen = 0;
	size_t		i = pos;
	size_t		best_end = 0;
	size_t		best = 0;
	uint32_t	h = FNV1A_OFFSET;

	/* A Cyrillic word (U+0400..U+052F): the Russian table. */
	if (pos < len && (unsigned char) s[pos] >= 0xD0 && (unsigned char) s[pos] <= 0xD4)
		return cwr_match_word(s, len, pos, m);

	/* The text's first word, ASCII folded to lower case, and its hash. */
	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		size_t		n = 1;

		if (c < 0x80)
		{
			if (!ascii_is_alnum(c))
				break;
		}
		else
		{
			uint32_t	cp;

			n = utf8t_decode(s, len, i, &cp);
			if (!utf8t_is_word(cp))
				break;
		}
		for (size_t k = 0; k < n; k++, flen++)
		{
			unsigned char b = (unsigned char) ascii_lower((unsigned char) s[i + k]);

			if (flen < FIRST_WORD_MAX)
				first[flen] = (char) b;
			h = fnv1a_step(h, b);
		}
		i += n;
	}
	m->end = i;
	/* Longer than any key, or certainly not the start of one. */
	if (flen == 0 || flen > FIRST_WORD_MAX || !filter_has(h))
		return 0;

	for (size_t k = lower_bound(first, flen); k < WORD_COUNT; k++)
	{
		const CurWord *w = &word_table[k];
		size_t		end;

		if (strncmp(w->word, first, flen) != 0 || !is_key_separator(w->word[flen]))
			break;
		end = match_key(w->word, s, len, pos);
		if (end > best_end && case_ok(w->kind, s, pos, end))
		{
			best_end = end;
			best = k;
		}
	}
	if (best_end == 0)
		return 0;				/* m->end: the end of the word */
	m->kind = word_table[best].kind;
	m->currency = m->kind == CW_NOT_CURRENCY ? CUR_CODE_INVALID : cur_pack(word_table[best].code);
	m->start = pos;
	m->end = best_end;
	return 1;
}

int
cw_match_sign(const char *s, size_t len, size_t pos, CurMatch *m)
{
	unsigned char c;

	/*
	 * Every sign starts with "$", a capital (a prefix), or the lead byte of
	 * its block: a quick test keeps quotes and dashes (E2 80 xx) cheap.
	 */
	if (pos >= len)
		return 0;
	c = (unsigned char) s[pos];
	if (!(c == '$' || ascii_is_upper(c) || c == 0xC2 || c == 0xE0 || c == 0xE1 ||
		  (c == 0xE2 && pos + 1 < len && (unsigned char) s[pos + 1] == 0x82)))
		return 0;
	if (ascii_is_upper(c))
	{
		/* A prefix is one or two capitals, then "$" or "¥". */
		size_t		i = pos + 1;

		if (i < len && ascii_is_upper(s[i]))
			i++;
		if (!(i < len && (s[i] == '$' || (unsigned char) s[i] == 0xC2)))
			return 0;
	}
	for (size_t k = 0; k < SIGN_COUNT; k++)
	{
		size_t		n = strlen(sign_table[k].sign);

		if (n <= len - pos && memcmp(s + pos, sign_table[k].sign, n) == 0)
		{
			m->currency = cur_pack(sign_table[k].code);
			m->kind = CW_NAME;
			m->start = pos;
			m->end = pos + n;
			return 1;
		}
	}
	return 0;
}

int
cw_is_country(CurWordKind kind)
{
	return kind == CW_COUNTRY || kind == CW_DEMONYM || kind == CW_COUNTRY_CAPS ||
		kind == CW_AREA || kind == CW_ADJECTIVE;
}

int
cw_match_qualified_name(const char *s, size_t len, size_t pos, CurWordKind country_kind,
						CurMatch *name)
{
	if (!cw_match_word(s, len, pos, name))
		return 0;
	switch (name->kind)
	{
		case CW_NAME:
		case CW_NAME_CAPS:
		case CW_NAME_AFTER_COUNTRY:
			return 1;
		case CW_NAME_AFTER_AMOUNT:
			return country_kind == CW_DEMONYM || country_kind == CW_COUNTRY_CAPS ||
				country_kind == CW_ADJECTIVE;
		default:
			return 0;
	}
}

int
cw_code_is_word(const char *three)
{
	for (const char *const *w = word_codes; *w != NULL; w++)
		if (memcmp(*w, three, 3) == 0)
			return 1;
	return 0;
}

/* The first non-space character before pos / at or after pos (0 if none). */
static uint32_t
neighbour_before(const char *s, size_t pos)
{
	uint32_t	cp = 0;

	pos = utf8t_skip_space_back(s, pos);
	if (pos > 0)
		utf8t_prev(s, pos, &cp);
	return cp;
}

static uint32_t
neighbour_after(const char *s, size_t len, size_t pos)
{
	uint32_t	cp = 0;

	pos = utf8t_skip_space(s, len, pos);
	if (pos < len)
		utf8t_decode(s, len, pos, &cp);
	return cp;
}

int
cw_match_code(const char *s, size_t len, size_t pos, CurMatch *m)
{
	cur_code	code;

	if (len - pos < 3)
		return 0;
	for (int i = 0; i < 3; i++)
		if (!ascii_is_upper(s[pos + i]))
			return 0;
	/* Not followed by another letter (digits are fine: "USD5m"). */
	if (pos + 3 < len && (ascii_is_letter(s[pos + 3]) || (unsigned char) s[pos + 3] >= 0x80))
	{
		uint32_t	cp;

		utf8t_decode(s, len, pos + 3, &cp);
		if (utf8t_is_word(cp))
			return 0;
	}
	/* Active codes only: withdrawn ones (DEM, ESP, SIT) are mostly words in today's prose. */
	code = cur_pack(s + pos);
	if (code == CUR_CODE_INVALID || !cur_is_active(code))
		return 0;
	if (cw_code_is_word(s + pos))
	{
		uint32_t	before = neighbour_before(s, pos);
		uint32_t	after = neighbour_after(s, len, pos + 3);

		if (!(before >= '0' && before <= '9') && !(after >= '0' && after <= '9') &&
			before != '/' && after != '/')
			return 0;
	}
	m->currency = code;
	m->kind = CW_NAME;
	m->start = pos;
	m->end = pos + 3;
	return 1;
}
