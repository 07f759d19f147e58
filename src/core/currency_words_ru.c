/*
 * currency_words_ru.c - the Russian currency vocabulary and its word
 * forms; see currency_words_ru.h.
 *
 * Russian nouns and adjectives change their endings by case and number:
 * "сом", "сома", "сомов"; "Казахстан", "Казахстана", "в Казахстане";
 * "казахстанский", "казахстанского".  Each entry is a stem with the class
 * of endings it takes (the dictionary form is the stem and the class's
 * first ending), so the table holds one line per word, not one per form:
 * adding a word is adding its line, in strcmp() order of the stems (the
 * tests check it).  A few entries are two words, each with its class
 * ("Южная Корея", "доллар США", "фунт стерлингов").
 *
 * A word of the text is folded to small letters and cut after each of
 * its last four characters: the candidate stems, looked up (behind a
 * filter of stem hashes, built from the table at first use) with the rest
 * as the ending.  Whole words only: "сомнение" is no "сом", "сумма" no
 * "сум", "Сомали" no "сом" (the ending must be one of the class's).
 */
#include "currency_words_ru.h"

#include <stdio.h>
#include <string.h>

#include "utf8_text.h"

/* Endings of each class, in small letters; the first makes the dictionary form. */
static const char *const ru_indecl[] = {"", NULL};
static const char *const ru_m[] = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", NULL};
static const char *const ru_m_sg[] = {"", "а", "у", "ом", "е", NULL};
static const char *const ru_m_oblique[] = {"а", "у", "ом", "е", NULL};
static const char *const ru_m_soft[] = {
	"ь", "я", "ю", "ем", "ём", "е", "и", "ей", "ям", "ями", "ях", NULL
};
static const char *const ru_m_soft_sg[] = {"ь", "я", "ю", "ем", "е", NULL};
static const char *const ru_m_j[] = {"й", "я", "ю", "ем", "е", "и", "ев", "ям", "ями", "ях", NULL};
static const char *const ru_f_a[] = {"а", "ы", "е", "у", "ой", "ою", "", "ам", "ами", "ах", NULL};
static const char *const ru_f_a_sg[] = {"а", "ы", "е", "у", "ой", "ою", NULL};
static const char *const ru_f_ak_sg[] = {"а", "и", "е", "у", "ой", "ою", NULL};
static const char *const ru_f_azh_sg[] = {"а", "и", "е", "у", "ей", "ею", NULL};
static const char *const ru_f_soft_sg[] = {"ь", "и", "ью", NULL};
static const char *const ru_f_iya[] = {"я", "и", "ю", "ей", "ею", "е", NULL};
static const char *const ru_f_iya_pl[] = {"я", "и", "ю", "ей", "ею", "е", "й", "ям", "ями", "ях", NULL};
static const char *const ru_pl[] = {"ы", "ов", "", "ам", "ами", "ах", NULL};
static const char *const ru_adj[] = {
	"ый", "ая", "ое", "ые", "ого", "ому", "ым", "ом", "ой", "ую", "ых", "ыми", "ою", NULL
};
static const char *const ru_adj_k[] = {
	"ий", "ая", "ое", "ие", "ого", "ому", "им", "ом", "ой", "ую", "их", "ими", "ою", NULL
};

static const char *const *const class_endings[RU_CLASS_COUNT] = {
	[RU_INDECL] = ru_indecl,
	[RU_M] = ru_m,
	[RU_M_SG] = ru_m_sg,
	[RU_M_OBLIQUE] = ru_m_oblique,
	[RU_M_SOFT] = ru_m_soft,
	[RU_M_SOFT_SG] = ru_m_soft_sg,
	[RU_M_J] = ru_m_j,
	[RU_F_A] = ru_f_a,
	[RU_F_A_SG] = ru_f_a_sg,
	[RU_F_AK_SG] = ru_f_ak_sg,
	[RU_F_AZH_SG] = ru_f_azh_sg,
	[RU_F_SOFT_SG] = ru_f_soft_sg,
	[RU_F_IYA] = ru_f_iya,
	[RU_F_IYA_PL] = ru_f_iya_pl,
	[RU_PL] = ru_pl,
	[RU_ADJ] = ru_adj,
	[RU_ADJ_K] = ru_adj_k,
};

/* The longest ending of any class, in characters. */
#define RU_ENDING_MAX_CHARS 3

static const RuWord ru_table[] = {
	{"австрали", RU_F_IYA, NULL, RU_INDECL, "AUD", CW_COUNTRY},
	{"австралийск", RU_ADJ_K, NULL, RU_INDECL, "AUD", CW_ADJECTIVE},
	{"австри", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"австрийск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"азербайджан", RU_M_SG, NULL, RU_INDECL, "AZN", CW_COUNTRY},
	{"азербайджанск", RU_ADJ_K, NULL, RU_INDECL, "AZN", CW_ADJECTIVE},
	{"албани", RU_F_IYA, NULL, RU_INDECL, "ALL", CW_COUNTRY},
	{"албанск", RU_ADJ_K, NULL, RU_INDECL, "ALL", CW_ADJECTIVE},
	{"алжир", RU_M_SG, NULL, RU_INDECL, "DZD", CW_COUNTRY},
	{"алжирск", RU_ADJ_K, NULL, RU_INDECL, "DZD", CW_ADJECTIVE},
	{"америк", RU_F_AK_SG, NULL, RU_INDECL, "USD", CW_COUNTRY},
	{"американск", RU_ADJ_K, NULL, RU_INDECL, "USD", CW_ADJECTIVE},
	{"англи", RU_F_IYA, NULL, RU_INDECL, "GBP", CW_COUNTRY},
	{"ангол", RU_F_A_SG, NULL, RU_INDECL, "AOA", CW_COUNTRY},
	{"андорр", RU_F_A_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"аргентин", RU_F_A_SG, NULL, RU_INDECL, "ARS", CW_COUNTRY},
	{"аргентинск", RU_ADJ_K, NULL, RU_INDECL, "ARS", CW_ADJECTIVE},
	{"армени", RU_F_IYA, NULL, RU_INDECL, "AMD", CW_COUNTRY},
	{"армянск", RU_ADJ_K, NULL, RU_INDECL, "AMD", CW_ADJECTIVE},
	{"афгани", RU_INDECL, NULL, RU_INDECL, "AFN", CW_NAME},
	{"афганистан", RU_M_SG, NULL, RU_INDECL, "AFN", CW_COUNTRY},
	{"афганск", RU_ADJ_K, NULL, RU_INDECL, "AFN", CW_ADJECTIVE},
	{"багам", RU_PL, NULL, RU_INDECL, "BSD", CW_COUNTRY},
	{"бангладеш", RU_INDECL, NULL, RU_INDECL, "BDT", CW_COUNTRY},
	{"бангладешск", RU_ADJ_K, NULL, RU_INDECL, "BDT", CW_ADJECTIVE},
	{"барбадос", RU_M_SG, NULL, RU_INDECL, "BBD", CW_COUNTRY},
	{"бат", RU_M, NULL, RU_INDECL, "THB", CW_NAME_AFTER_AMOUNT},
	{"бахрейн", RU_M_SG, NULL, RU_INDECL, "BHD", CW_COUNTRY},
	{"бахрейнск", RU_ADJ_K, NULL, RU_INDECL, "BHD", CW_ADJECTIVE},
	{"беларус", RU_F_SOFT_SG, NULL, RU_INDECL, "BYN", CW_COUNTRY},
	{"белиз", RU_M_SG, NULL, RU_INDECL, "BZD", CW_COUNTRY},
	{"белорусси", RU_F_IYA, NULL, RU_INDECL, "BYN", CW_COUNTRY},
	{"белорусск", RU_ADJ_K, NULL, RU_INDECL, "BYN", CW_ADJECTIVE},
	{"бельги", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"бельгийск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"бенин", RU_M_SG, NULL, RU_INDECL, "XOF", CW_COUNTRY},
	{"болгари", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"болгарск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"боливи", RU_F_IYA, NULL, RU_INDECL, "BOB", CW_COUNTRY},
	{"босни", RU_F_IYA, NULL, RU_INDECL, "BAM", CW_COUNTRY},
	{"боснийск", RU_ADJ_K, NULL, RU_INDECL, "BAM", CW_ADJECTIVE},
	{"ботсван", RU_F_A_SG, NULL, RU_INDECL, "BWP", CW_COUNTRY},
	{"бразили", RU_F_IYA, NULL, RU_INDECL, "BRL", CW_COUNTRY},
	{"бразильск", RU_ADJ_K, NULL, RU_INDECL, "BRL", CW_ADJECTIVE},
	{"британи", RU_F_IYA, NULL, RU_INDECL, "GBP", CW_COUNTRY},
	{"британск", RU_ADJ_K, NULL, RU_INDECL, "GBP", CW_ADJECTIVE},
	{"бруне", RU_M_J, NULL, RU_INDECL, "BND", CW_COUNTRY},
	{"буркина-фасо", RU_INDECL, NULL, RU_INDECL, "XOF", CW_COUNTRY},
	{"бурунди", RU_INDECL, NULL, RU_INDECL, "BIF", CW_COUNTRY},
	{"бутан", RU_M_SG, NULL, RU_INDECL, "BTN", CW_COUNTRY},
	{"ватикан", RU_M_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"великобритани", RU_F_IYA, NULL, RU_INDECL, "GBP", CW_COUNTRY},
	{"венгерск", RU_ADJ_K, NULL, RU_INDECL, "HUF", CW_ADJECTIVE},
	{"венгри", RU_F_IYA, NULL, RU_INDECL, "HUF", CW_COUNTRY},
	{"венесуэл", RU_F_A_SG, NULL, RU_INDECL, "VES", CW_COUNTRY},
	{"венесуэльск", RU_ADJ_K, NULL, RU_INDECL, "VES", CW_ADJECTIVE},
	{"вон", RU_F_A, NULL, RU_INDECL, "KRW", CW_NAME_AFTER_AMOUNT},
	{"вьетнам", RU_M_SG, NULL, RU_INDECL, "VND", CW_COUNTRY},
	{"вьетнамск", RU_ADJ_K, NULL, RU_INDECL, "VND", CW_ADJECTIVE},
	{"габон", RU_M_SG, NULL, RU_INDECL, "XAF", CW_COUNTRY},
	{"гаити", RU_INDECL, NULL, RU_INDECL, "HTG", CW_COUNTRY},
	{"гайан", RU_F_A_SG, NULL, RU_INDECL, "GYD", CW_COUNTRY},
	{"гамби", RU_F_IYA, NULL, RU_INDECL, "GMD", CW_COUNTRY},
	{"ган", RU_F_A_SG, NULL, RU_INDECL, "GHS", CW_COUNTRY},
	{"гватемал", RU_F_A_SG, NULL, RU_INDECL, "GTQ", CW_COUNTRY},
	{"гвине", RU_F_IYA, NULL, RU_INDECL, "GNF", CW_COUNTRY},
	{"германи", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"германск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"голланди", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"голландск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"гондурас", RU_M_SG, NULL, RU_INDECL, "HNL", CW_COUNTRY},
	{"гонконг", RU_M_SG, NULL, RU_INDECL, "HKD", CW_COUNTRY},
	{"гонконгск", RU_ADJ_K, NULL, RU_INDECL, "HKD", CW_ADJECTIVE},
	{"греци", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"греческ", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"гривен", RU_INDECL, NULL, RU_INDECL, "UAH", CW_NAME},
	{"гривн", RU_F_A, NULL, RU_INDECL, "UAH", CW_NAME},
	{"грузи", RU_F_IYA, NULL, RU_INDECL, "GEL", CW_COUNTRY},
	{"грузинск", RU_ADJ_K, NULL, RU_INDECL, "GEL", CW_ADJECTIVE},
	{"дани", RU_F_IYA, NULL, RU_INDECL, "DKK", CW_COUNTRY},
	{"датск", RU_ADJ_K, NULL, RU_INDECL, "DKK", CW_ADJECTIVE},
	{"джибути", RU_INDECL, NULL, RU_INDECL, "DJF", CW_COUNTRY},
	{"динар", RU_M, NULL, RU_INDECL, "KWD", CW_NAME_AFTER_COUNTRY},
	{"дирхам", RU_M, NULL, RU_INDECL, "AED", CW_NAME},
	{"доллар", RU_M, NULL, RU_INDECL, "USD", CW_NAME},
	{"доллар", RU_M, "сша", RU_INDECL, "USD", CW_NAME},
	{"донг", RU_M, NULL, RU_INDECL, "VND", CW_NAME_AFTER_AMOUNT},
	{"драм", RU_M, NULL, RU_INDECL, "AMD", CW_NAME_AFTER_AMOUNT},
	{"евро", RU_INDECL, NULL, RU_INDECL, "EUR", CW_NAME},
	{"еврозон", RU_F_A_SG, NULL, RU_INDECL, "EUR", CW_AREA},
	{"европейск", RU_ADJ_K, "союз", RU_M_SG, "EUR", CW_COUNTRY},
	{"евросоюз", RU_M_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"египет", RU_INDECL, NULL, RU_INDECL, "EGP", CW_COUNTRY},
	{"египетск", RU_ADJ_K, NULL, RU_INDECL, "EGP", CW_ADJECTIVE},
	{"египт", RU_M_OBLIQUE, NULL, RU_INDECL, "EGP", CW_COUNTRY},
	{"ес", RU_INDECL, NULL, RU_INDECL, "EUR", CW_COUNTRY_CAPS},
	{"жэньминьби", RU_INDECL, NULL, RU_INDECL, "CNY", CW_NAME},
	{"замби", RU_F_IYA, NULL, RU_INDECL, "ZMW", CW_COUNTRY},
	{"зимбабве", RU_INDECL, NULL, RU_INDECL, "ZWG", CW_COUNTRY},
	{"злот", RU_ADJ, NULL, RU_INDECL, "PLN", CW_NAME},
	{"зон", RU_F_A_SG, "евро", RU_INDECL, "EUR", CW_AREA},
	{"иен", RU_F_A, NULL, RU_INDECL, "JPY", CW_NAME},
	{"израил", RU_M_SOFT_SG, NULL, RU_INDECL, "ILS", CW_COUNTRY},
	{"израильск", RU_ADJ_K, NULL, RU_INDECL, "ILS", CW_ADJECTIVE},
	{"инди", RU_F_IYA, NULL, RU_INDECL, "INR", CW_COUNTRY},
	{"индийск", RU_ADJ_K, NULL, RU_INDECL, "INR", CW_ADJECTIVE},
	{"индонези", RU_F_IYA, NULL, RU_INDECL, "IDR", CW_COUNTRY},
	{"индонезийск", RU_ADJ_K, NULL, RU_INDECL, "IDR", CW_ADJECTIVE},
	{"иордани", RU_F_IYA, NULL, RU_INDECL, "JOD", CW_COUNTRY},
	{"иорданск", RU_ADJ_K, NULL, RU_INDECL, "JOD", CW_ADJECTIVE},
	{"ирак", RU_M_SG, NULL, RU_INDECL, "IQD", CW_COUNTRY},
	{"иракск", RU_ADJ_K, NULL, RU_INDECL, "IQD", CW_ADJECTIVE},
	{"иран", RU_M_SG, NULL, RU_INDECL, "IRR", CW_COUNTRY},
	{"иранск", RU_ADJ_K, NULL, RU_INDECL, "IRR", CW_ADJECTIVE},
	{"ирланди", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"ирландск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"исланди", RU_F_IYA, NULL, RU_INDECL, "ISK", CW_COUNTRY},
	{"исландск", RU_ADJ_K, NULL, RU_INDECL, "ISK", CW_ADJECTIVE},
	{"испани", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"испанск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"итали", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"итальянск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"йемен", RU_M_SG, NULL, RU_INDECL, "YER", CW_COUNTRY},
	{"йеменск", RU_ADJ_K, NULL, RU_INDECL, "YER", CW_ADJECTIVE},
	{"йен", RU_F_A, NULL, RU_INDECL, "JPY", CW_NAME},
	{"кабо-верде", RU_INDECL, NULL, RU_INDECL, "CVE", CW_COUNTRY},
	{"казахск", RU_ADJ_K, NULL, RU_INDECL, "KZT", CW_ADJECTIVE},
	{"казахстан", RU_M_SG, NULL, RU_INDECL, "KZT", CW_COUNTRY},
	{"казахстанск", RU_ADJ_K, NULL, RU_INDECL, "KZT", CW_ADJECTIVE},
	{"камбодж", RU_F_AZH_SG, NULL, RU_INDECL, "KHR", CW_COUNTRY},
	{"камбоджийск", RU_ADJ_K, NULL, RU_INDECL, "KHR", CW_ADJECTIVE},
	{"камерун", RU_M_SG, NULL, RU_INDECL, "XAF", CW_COUNTRY},
	{"канад", RU_F_A_SG, NULL, RU_INDECL, "CAD", CW_COUNTRY},
	{"канадск", RU_ADJ_K, NULL, RU_INDECL, "CAD", CW_ADJECTIVE},
	{"катар", RU_M_SG, NULL, RU_INDECL, "QAR", CW_COUNTRY},
	{"катарск", RU_ADJ_K, NULL, RU_INDECL, "QAR", CW_ADJECTIVE},
	{"кени", RU_F_IYA, NULL, RU_INDECL, "KES", CW_COUNTRY},
	{"кенийск", RU_ADJ_K, NULL, RU_INDECL, "KES", CW_ADJECTIVE},
	{"кипр", RU_M_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"кипрск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"киргизи", RU_F_IYA, NULL, RU_INDECL, "KGS", CW_COUNTRY},
	{"киргизск", RU_ADJ_K, NULL, RU_INDECL, "KGS", CW_ADJECTIVE},
	{"киргизстан", RU_M_SG, NULL, RU_INDECL, "KGS", CW_COUNTRY},
	{"кита", RU_M_J, NULL, RU_INDECL, "CNY", CW_COUNTRY},
	{"китайск", RU_ADJ_K, NULL, RU_INDECL, "CNY", CW_ADJECTIVE},
	{"кндр", RU_INDECL, NULL, RU_INDECL, "KPW", CW_COUNTRY_CAPS},
	{"кнр", RU_INDECL, NULL, RU_INDECL, "CNY", CW_COUNTRY_CAPS},
	{"колумби", RU_F_IYA, NULL, RU_INDECL, "COP", CW_COUNTRY},
	{"колумбийск", RU_ADJ_K, NULL, RU_INDECL, "COP", CW_ADJECTIVE},
	{"коморы", RU_INDECL, NULL, RU_INDECL, "KMF", CW_COUNTRY},
	{"конго", RU_INDECL, NULL, RU_INDECL, "CDF", CW_COUNTRY},
	{"коре", RU_F_IYA, NULL, RU_INDECL, "KRW", CW_COUNTRY},
	{"корейск", RU_ADJ_K, NULL, RU_INDECL, "KRW", CW_ADJECTIVE},
	{"косово", RU_INDECL, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"коста-рик", RU_F_AK_SG, NULL, RU_INDECL, "CRC", CW_COUNTRY},
	{"крон", RU_F_A, NULL, RU_INDECL, "SEK", CW_NAME_AFTER_COUNTRY},
	{"куб", RU_F_A_SG, NULL, RU_INDECL, "CUP", CW_COUNTRY},
	{"кубинск", RU_ADJ_K, NULL, RU_INDECL, "CUP", CW_ADJECTIVE},
	{"кувейт", RU_M_SG, NULL, RU_INDECL, "KWD", CW_COUNTRY},
	{"кувейтск", RU_ADJ_K, NULL, RU_INDECL, "KWD", CW_ADJECTIVE},
	{"кыргызск", RU_ADJ_K, NULL, RU_INDECL, "KGS", CW_ADJECTIVE},
	{"кыргызстан", RU_M_SG, NULL, RU_INDECL, "KGS", CW_COUNTRY},
	{"лаос", RU_M_SG, NULL, RU_INDECL, "LAK", CW_COUNTRY},
	{"лаосск", RU_ADJ_K, NULL, RU_INDECL, "LAK", CW_ADJECTIVE},
	{"лари", RU_INDECL, NULL, RU_INDECL, "GEL", CW_NAME},
	{"латви", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"латвийск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"латинск", RU_ADJ_K, "америк", RU_F_AK_SG, "", CW_NOT_CURRENCY},
	{"ле", RU_M_J, NULL, RU_INDECL, "RON", CW_NAME_AFTER_AMOUNT},
	{"лесото", RU_INDECL, NULL, RU_INDECL, "LSL", CW_COUNTRY},
	{"либери", RU_F_IYA, NULL, RU_INDECL, "LRD", CW_COUNTRY},
	{"ливан", RU_M_SG, NULL, RU_INDECL, "LBP", CW_COUNTRY},
	{"ливанск", RU_ADJ_K, NULL, RU_INDECL, "LBP", CW_ADJECTIVE},
	{"ливи", RU_F_IYA, NULL, RU_INDECL, "LYD", CW_COUNTRY},
	{"ливийск", RU_ADJ_K, NULL, RU_INDECL, "LYD", CW_ADJECTIVE},
	{"лир", RU_F_A, NULL, RU_INDECL, "TRY", CW_NAME},
	{"литв", RU_F_A_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"литовск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"лихтенштейн", RU_M_SG, NULL, RU_INDECL, "CHF", CW_COUNTRY},
	{"люксембург", RU_M_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"люксембургск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"мавритани", RU_F_IYA, NULL, RU_INDECL, "MRU", CW_COUNTRY},
	{"мадагаскар", RU_M_SG, NULL, RU_INDECL, "MGA", CW_COUNTRY},
	{"макао", RU_INDECL, NULL, RU_INDECL, "MOP", CW_COUNTRY},
	{"македони", RU_F_IYA, NULL, RU_INDECL, "MKD", CW_COUNTRY},
	{"македонск", RU_ADJ_K, NULL, RU_INDECL, "MKD", CW_ADJECTIVE},
	{"малави", RU_INDECL, NULL, RU_INDECL, "MWK", CW_COUNTRY},
	{"малайзи", RU_F_IYA, NULL, RU_INDECL, "MYR", CW_COUNTRY},
	{"малайзийск", RU_ADJ_K, NULL, RU_INDECL, "MYR", CW_ADJECTIVE},
	{"мали", RU_INDECL, NULL, RU_INDECL, "XOF", CW_COUNTRY},
	{"мальдив", RU_PL, NULL, RU_INDECL, "MVR", CW_COUNTRY},
	{"мальт", RU_F_A_SG, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"мальтийск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"манат", RU_M, NULL, RU_INDECL, "TMT", CW_NAME},
	{"марокканск", RU_ADJ_K, NULL, RU_INDECL, "MAD", CW_ADJECTIVE},
	{"марокко", RU_INDECL, NULL, RU_INDECL, "MAD", CW_COUNTRY},
	{"мексик", RU_F_AK_SG, NULL, RU_INDECL, "MXN", CW_COUNTRY},
	{"мексиканск", RU_ADJ_K, NULL, RU_INDECL, "MXN", CW_ADJECTIVE},
	{"мозамбик", RU_M_SG, NULL, RU_INDECL, "MZN", CW_COUNTRY},
	{"молдави", RU_F_IYA, NULL, RU_INDECL, "MDL", CW_COUNTRY},
	{"молдавск", RU_ADJ_K, NULL, RU_INDECL, "MDL", CW_ADJECTIVE},
	{"молдов", RU_F_A_SG, NULL, RU_INDECL, "MDL", CW_COUNTRY},
	{"монако", RU_INDECL, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"монголи", RU_F_IYA, NULL, RU_INDECL, "MNT", CW_COUNTRY},
	{"монгольск", RU_ADJ_K, NULL, RU_INDECL, "MNT", CW_ADJECTIVE},
	{"мьянм", RU_F_A_SG, NULL, RU_INDECL, "MMK", CW_COUNTRY},
	{"мьянманск", RU_ADJ_K, NULL, RU_INDECL, "MMK", CW_ADJECTIVE},
	{"намиби", RU_F_IYA, NULL, RU_INDECL, "NAD", CW_COUNTRY},
	{"немецк", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"непал", RU_M_SG, NULL, RU_INDECL, "NPR", CW_COUNTRY},
	{"непальск", RU_ADJ_K, NULL, RU_INDECL, "NPR", CW_ADJECTIVE},
	{"нигер", RU_M_SG, NULL, RU_INDECL, "XOF", CW_COUNTRY},
	{"нигери", RU_F_IYA, NULL, RU_INDECL, "NGN", CW_COUNTRY},
	{"нигерийск", RU_ADJ_K, NULL, RU_INDECL, "NGN", CW_ADJECTIVE},
	{"нидерланд", RU_PL, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"нидерландск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"никарагуа", RU_INDECL, NULL, RU_INDECL, "NIO", CW_COUNTRY},
	{"нов", RU_ADJ, "зеланди", RU_F_IYA, "NZD", CW_COUNTRY},
	{"новозеландск", RU_ADJ_K, NULL, RU_INDECL, "NZD", CW_ADJECTIVE},
	{"норвеги", RU_F_IYA, NULL, RU_INDECL, "NOK", CW_COUNTRY},
	{"норвежск", RU_ADJ_K, NULL, RU_INDECL, "NOK", CW_ADJECTIVE},
	{"оаэ", RU_INDECL, NULL, RU_INDECL, "AED", CW_COUNTRY_CAPS},
	{"оман", RU_M_SG, NULL, RU_INDECL, "OMR", CW_COUNTRY},
	{"оманск", RU_ADJ_K, NULL, RU_INDECL, "OMR", CW_ADJECTIVE},
	{"пакистан", RU_M_SG, NULL, RU_INDECL, "PKR", CW_COUNTRY},
	{"пакистанск", RU_ADJ_K, NULL, RU_INDECL, "PKR", CW_ADJECTIVE},
	{"панам", RU_F_A_SG, NULL, RU_INDECL, "PAB", CW_COUNTRY},
	{"парагва", RU_M_J, NULL, RU_INDECL, "PYG", CW_COUNTRY},
	{"перу", RU_INDECL, NULL, RU_INDECL, "PEN", CW_COUNTRY},
	{"перуанск", RU_ADJ_K, NULL, RU_INDECL, "PEN", CW_ADJECTIVE},
	{"песо", RU_INDECL, NULL, RU_INDECL, "MXN", CW_NAME_AFTER_COUNTRY},
	{"польск", RU_ADJ_K, NULL, RU_INDECL, "PLN", CW_ADJECTIVE},
	{"польш", RU_F_AZH_SG, NULL, RU_INDECL, "PLN", CW_COUNTRY},
	{"португали", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"португальск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"реал", RU_M, NULL, RU_INDECL, "BRL", CW_NAME_AFTER_COUNTRY},
	{"риал", RU_M, NULL, RU_INDECL, "IRR", CW_NAME_AFTER_COUNTRY},
	{"ринггит", RU_M, NULL, RU_INDECL, "MYR", CW_NAME},
	{"росси", RU_F_IYA, NULL, RU_INDECL, "RUB", CW_COUNTRY},
	{"российск", RU_ADJ_K, NULL, RU_INDECL, "RUB", CW_ADJECTIVE},
	{"руанд", RU_F_A_SG, NULL, RU_INDECL, "RWF", CW_COUNTRY},
	{"рубл", RU_M_SOFT, NULL, RU_INDECL, "RUB", CW_NAME},
	{"румыни", RU_F_IYA, NULL, RU_INDECL, "RON", CW_COUNTRY},
	{"румынск", RU_ADJ_K, NULL, RU_INDECL, "RON", CW_ADJECTIVE},
	{"рупи", RU_F_IYA_PL, NULL, RU_INDECL, "INR", CW_NAME},
	{"рф", RU_INDECL, NULL, RU_INDECL, "RUB", CW_COUNTRY_CAPS},
	{"рэнд", RU_M, NULL, RU_INDECL, "ZAR", CW_NAME},
	{"сальвадор", RU_M_SG, NULL, RU_INDECL, "USD", CW_COUNTRY},
	{"саудовск", RU_ADJ_K, NULL, RU_INDECL, "SAR", CW_ADJECTIVE},
	{"саудовск", RU_ADJ_K, "арави", RU_F_IYA, "SAR", CW_COUNTRY},
	{"северн", RU_ADJ, "америк", RU_F_AK_SG, "", CW_NOT_CURRENCY},
	{"северн", RU_ADJ, "коре", RU_F_IYA, "KPW", CW_COUNTRY},
	{"северокорейск", RU_ADJ_K, NULL, RU_INDECL, "KPW", CW_ADJECTIVE},
	{"сейшел", RU_PL, NULL, RU_INDECL, "SCR", CW_COUNTRY},
	{"сенегал", RU_M_SG, NULL, RU_INDECL, "XOF", CW_COUNTRY},
	{"серби", RU_F_IYA, NULL, RU_INDECL, "RSD", CW_COUNTRY},
	{"сербск", RU_ADJ_K, NULL, RU_INDECL, "RSD", CW_ADJECTIVE},
	{"сингапур", RU_M_SG, NULL, RU_INDECL, "SGD", CW_COUNTRY},
	{"сингапурск", RU_ADJ_K, NULL, RU_INDECL, "SGD", CW_ADJECTIVE},
	{"сири", RU_F_IYA, NULL, RU_INDECL, "SYP", CW_COUNTRY},
	{"сирийск", RU_ADJ_K, NULL, RU_INDECL, "SYP", CW_ADJECTIVE},
	{"словаки", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"словацк", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"словени", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"словенск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"соединенн", RU_ADJ, "штат", RU_PL, "USD", CW_COUNTRY},
	{"соединённ", RU_ADJ, "штат", RU_PL, "USD", CW_COUNTRY},
	{"сом", RU_M, NULL, RU_INDECL, "KGS", CW_NAME},
	{"сомали", RU_INDECL, NULL, RU_INDECL, "SOS", CW_COUNTRY},
	{"сомони", RU_INDECL, NULL, RU_INDECL, "TJS", CW_NAME},
	{"судан", RU_M_SG, NULL, RU_INDECL, "SDG", CW_COUNTRY},
	{"сум", RU_M, NULL, RU_INDECL, "UZS", CW_NAME},
	{"суринам", RU_M_SG, NULL, RU_INDECL, "SRD", CW_COUNTRY},
	{"сша", RU_INDECL, NULL, RU_INDECL, "USD", CW_COUNTRY_CAPS},
	{"сьерра-леоне", RU_INDECL, NULL, RU_INDECL, "SLE", CW_COUNTRY},
	{"таджикистан", RU_M_SG, NULL, RU_INDECL, "TJS", CW_COUNTRY},
	{"таджикск", RU_ADJ_K, NULL, RU_INDECL, "TJS", CW_ADJECTIVE},
	{"таиланд", RU_M_SG, NULL, RU_INDECL, "THB", CW_COUNTRY},
	{"таиландск", RU_ADJ_K, NULL, RU_INDECL, "THB", CW_ADJECTIVE},
	{"тайван", RU_M_SOFT_SG, NULL, RU_INDECL, "TWD", CW_COUNTRY},
	{"тайваньск", RU_ADJ_K, NULL, RU_INDECL, "TWD", CW_ADJECTIVE},
	{"тайск", RU_ADJ_K, NULL, RU_INDECL, "THB", CW_ADJECTIVE},
	{"танзани", RU_F_IYA, NULL, RU_INDECL, "TZS", CW_COUNTRY},
	{"тенге", RU_INDECL, NULL, RU_INDECL, "KZT", CW_NAME},
	{"тугрик", RU_M, NULL, RU_INDECL, "MNT", CW_NAME},
	{"тунис", RU_M_SG, NULL, RU_INDECL, "TND", CW_COUNTRY},
	{"тунисск", RU_ADJ_K, NULL, RU_INDECL, "TND", CW_ADJECTIVE},
	{"турецк", RU_ADJ_K, NULL, RU_INDECL, "TRY", CW_ADJECTIVE},
	{"туркмени", RU_F_IYA, NULL, RU_INDECL, "TMT", CW_COUNTRY},
	{"туркменистан", RU_M_SG, NULL, RU_INDECL, "TMT", CW_COUNTRY},
	{"туркменск", RU_ADJ_K, NULL, RU_INDECL, "TMT", CW_ADJECTIVE},
	{"турци", RU_F_IYA, NULL, RU_INDECL, "TRY", CW_COUNTRY},
	{"уганд", RU_F_A_SG, NULL, RU_INDECL, "UGX", CW_COUNTRY},
	{"узбекистан", RU_M_SG, NULL, RU_INDECL, "UZS", CW_COUNTRY},
	{"узбекск", RU_ADJ_K, NULL, RU_INDECL, "UZS", CW_ADJECTIVE},
	{"украин", RU_F_A_SG, NULL, RU_INDECL, "UAH", CW_COUNTRY},
	{"украинск", RU_ADJ_K, NULL, RU_INDECL, "UAH", CW_ADJECTIVE},
	{"уругва", RU_M_J, NULL, RU_INDECL, "UYU", CW_COUNTRY},
	{"фиджи", RU_INDECL, NULL, RU_INDECL, "FJD", CW_COUNTRY},
	{"филиппин", RU_PL, NULL, RU_INDECL, "PHP", CW_COUNTRY},
	{"филиппинск", RU_ADJ_K, NULL, RU_INDECL, "PHP", CW_ADJECTIVE},
	{"финлянди", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"финск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"форинт", RU_M, NULL, RU_INDECL, "HUF", CW_NAME},
	{"франк", RU_M, NULL, RU_INDECL, "CHF", CW_NAME_AFTER_COUNTRY},
	{"франци", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"французск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"фрг", RU_INDECL, NULL, RU_INDECL, "EUR", CW_COUNTRY_CAPS},
	{"фунт", RU_M, NULL, RU_INDECL, "GBP", CW_NAME_AFTER_AMOUNT},
	{"фунт", RU_M, "стерлингов", RU_INDECL, "GBP", CW_NAME},
	{"хорвати", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"хорватск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"цар", RU_INDECL, NULL, RU_INDECL, "XAF", CW_COUNTRY_CAPS},
	{"центральн", RU_ADJ, "америк", RU_F_AK_SG, "", CW_NOT_CURRENCY},
	{"чад", RU_M_SG, NULL, RU_INDECL, "XAF", CW_COUNTRY},
	{"черногори", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"чехи", RU_F_IYA, NULL, RU_INDECL, "CZK", CW_COUNTRY},
	{"чешск", RU_ADJ_K, NULL, RU_INDECL, "CZK", CW_ADJECTIVE},
	{"чили", RU_INDECL, NULL, RU_INDECL, "CLP", CW_COUNTRY},
	{"чилийск", RU_ADJ_K, NULL, RU_INDECL, "CLP", CW_ADJECTIVE},
	{"шведск", RU_ADJ_K, NULL, RU_INDECL, "SEK", CW_ADJECTIVE},
	{"швейцари", RU_F_IYA, NULL, RU_INDECL, "CHF", CW_COUNTRY},
	{"швейцарск", RU_ADJ_K, NULL, RU_INDECL, "CHF", CW_ADJECTIVE},
	{"швеци", RU_F_IYA, NULL, RU_INDECL, "SEK", CW_COUNTRY},
	{"шекел", RU_M_SOFT, NULL, RU_INDECL, "ILS", CW_NAME},
	{"шри-ланк", RU_F_AK_SG, NULL, RU_INDECL, "LKR", CW_COUNTRY},
	{"эквадор", RU_M_SG, NULL, RU_INDECL, "USD", CW_COUNTRY},
	{"эмират", RU_PL, NULL, RU_INDECL, "AED", CW_COUNTRY},
	{"эмиратск", RU_ADJ_K, NULL, RU_INDECL, "AED", CW_ADJECTIVE},
	{"эритре", RU_F_IYA, NULL, RU_INDECL, "ERN", CW_COUNTRY},
	{"эсватини", RU_INDECL, NULL, RU_INDECL, "SZL", CW_COUNTRY},
	{"эстони", RU_F_IYA, NULL, RU_INDECL, "EUR", CW_COUNTRY},
	{"эстонск", RU_ADJ_K, NULL, RU_INDECL, "EUR", CW_ADJECTIVE},
	{"эфиопи", RU_F_IYA, NULL, RU_INDECL, "ETB", CW_COUNTRY},
	{"эфиопск", RU_ADJ_K, NULL, RU_INDECL, "ETB", CW_ADJECTIVE},
	{"юан", RU_M_SOFT, NULL, RU_INDECL, "CNY", CW_NAME},
	{"юар", RU_INDECL, NULL, RU_INDECL, "ZAR", CW_COUNTRY_CAPS},
	{"южн", RU_ADJ, "америк", RU_F_AK_SG, "", CW_NOT_CURRENCY},
	{"южн", RU_ADJ, "африк", RU_F_AK_SG, "ZAR", CW_COUNTRY},
	{"южн", RU_ADJ, "коре", RU_F_IYA, "KRW", CW_COUNTRY},
	{"южноафриканск", RU_ADJ_K, NULL, RU_INDECL, "ZAR", CW_ADJECTIVE},
	{"южнокорейск", RU_ADJ_K, NULL, RU_INDECL, "KRW", CW_ADJECTIVE},
	{"ямайк", RU_F_AK_SG, NULL, RU_INDECL, "JMD", CW_COUNTRY},
	{"япони", RU_F_IYA, NULL, RU_INDECL, "JPY", CW_COUNTRY},
	{"японск", RU_ADJ_K, NULL, RU_INDECL, "JPY", CW_ADJECTIVE},
};

#define RU_WORD_COUNT (sizeof(ru_table) / sizeof(ru_table[0]))

size_t
cwr_word_count(void)
{
	return RU_WORD_COUNT;
}

const RuWord *
cwr_word_at(size_t i)
{
	return i < RU_WORD_COUNT ? &ru_table[i] : NULL;
}

size_t
cwr_word_form(const RuWord *w, char *buf, size_t cap)
{
	int			n;

	if (w->next_stem != NULL)
	{
		/* an adjective agrees with its noun: "южная корея", "соединённые штаты" */
		const char *first = class_endings[w->cls][0];

		if (w->cls == RU_ADJ || w->cls == RU_ADJ_K)
		{
			if (w->next_cls == RU_PL)
				first = w->cls == RU_ADJ ? "ые" : "ие";
			else if (w->next_cls >= RU_F_A && w->next_cls <= RU_F_IYA_PL)
				first = "ая";
		}
		n = snprintf(buf, cap, "%s%s %s%s", w->stem, first, w->next_stem,
					 class_endings[w->next_cls][0]);
	}
	else
		n = snprintf(buf, cap, "%s%s", w->stem, class_endings[w->cls][0]);
	return n < 0 ? 0 : (size_t) n < cap ? (size_t) n : cap - 1;
}

/* ---------------------------------------------------------------------
 * a word of the text, folded
 * ------------------------------------------------------------------- */

#define WORD_MAX_BYTES 96
#define WORD_MAX_CHARS 40

typedef struct FoldedWord
{
	char		buf[WORD_MAX_BYTES];	/* the word in small letters */
	size_t		bytes;
	size_t		chars;
	size_t		ends[WORD_MAX_CHARS + 1];	/* bytes of buf after each character */
	uint32_t	hashes[WORD_MAX_CHARS + 1];	/* FNV-1a of buf[0 .. ends[i]) */
	size_t		end;			/* where the word ends in the text */
	int			capital;		/* it starts with a capital */
	int			all_capitals;	/* it has no small letter */
	int			fits;			/* short enough to be folded whole */
} FoldedWord;

#define FNV1A_OFFSET UINT32_C(2166136261)
#define FNV1A_PRIME UINT32_C(16777619)

/*
 * The word at s[pos]: letters and digits, and hyphens between letters
 * ("Шри-Ланка", "Коста-Рика").
 */
static void
fold_word(const char *s, size_t len, size_t pos, FoldedWord *w)
{
	size_t		i = pos;
	uint32_t	h = FNV1A_OFFSET;
	uint32_t	cp;

	w->bytes = 0;
	w->chars = 0;
	w->ends[0] = 0;
	w->hashes[0] = h;
	w->capital = 0;
	w->all_capitals = 1;
	w->fits = 1;
	while (i < len)
	{
		size_t		n = utf8t_decode(s, len, i, &cp);
		char		enc[4];
		size_t		k;
		uint32_t	next;

		if (cp == '-' && i + 1 < len && w->chars > 0)
		{
			/* a hyphen between letters belongs to the word */
			utf8t_decode(s, len, i + 1, &next);
			if (!utf8t_is_word(next) || (next >= '0' && next <= '9'))
				break;
		}
		else if (!utf8t_is_word(cp))
			break;
		if (w->chars == 0)
			w->capital = utf8t_is_upper(cp);
		if (utf8t_lower(cp) == cp && cp != '-' && !(cp >= '0' && cp <= '9'))
			w->all_capitals = 0;	/* a small letter */
		k = utf8t_encode(enc, utf8t_lower(cp));
		if (w->chars >= WORD_MAX_CHARS || w->bytes + k > WORD_MAX_BYTES)
			w->fits = 0;
		else
		{
			memcpy(w->buf + w->bytes, enc, k);
			for (size_t b = 0; b < k; b++)
				h = (h ^ (unsigned char) enc[b]) * FNV1A_PRIME;
			w->bytes += k;
			w->chars++;
			w->ends[w->chars] = w->bytes;
			w->hashes[w->chars] = h;
		}
		i += n;
	}
	w->end = i;
}

/* ---------------------------------------------------------------------
 * the filter of stems and the lookup
 * ------------------------------------------------------------------- */

/*
 * Bit (hash of a stem) mod STEM_FILTER_BITS is clear for every stem of the
 * table: a set bit is a certain "no".  Built from the table at first use,
 * like currency_words.c's filter of first words (one thread per process).
 */
#define STEM_FILTER_BITS 4096

static uint64_t stem_absent[STEM_FILTER_BITS / 64];
static int	stem_filter_built = 0;

static uint32_t
hash_of(const char *s, size_t n)
{
	uint32_t	h = FNV1A_OFFSET;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char) s[i]) * FNV1A_PRIME;
	return h;
}

static void
build_stem_filter(void)
{
	memset(stem_absent, 0xFF, sizeof(stem_absent));
	for (size_t k = 0; k < RU_WORD_COUNT; k++)
	{
		uint32_t	h = hash_of(ru_table[k].stem, strlen(ru_table[k].stem)) % STEM_FILTER_BITS;

		stem_absent[h / 64] &= ~(UINT64_C(1) << (h % 64));
	}
	stem_filter_built = 1;
}

static int
stem_may_exist(uint32_t h)
{
	if (!stem_filter_built)
		build_stem_filter();
	h %= STEM_FILTER_BITS;
	return !(stem_absent[h / 64] >> (h % 64) & 1);
}

/* The first entry whose stem is s[0..n) exactly, or RU_WORD_COUNT. */
static size_t
first_with_stem(const char *s, size_t n)
{
	size_t		lo = 0,
				hi = RU_WORD_COUNT;

	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;
		const char *stem = ru_table[mid].stem;
		int			c = strncmp(stem, s, n);

		if (c == 0 && stem[n] != '\0')
			c = 1;				/* a longer stem sorts after */
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < RU_WORD_COUNT && strlen(ru_table[lo].stem) == n &&
		memcmp(ru_table[lo].stem, s, n) == 0)
		return lo;
	return RU_WORD_COUNT;
}

static int
is_ending(RuClass cls, const char *s, size_t n)
{
	for (const char *const *e = class_endings[cls]; *e != NULL; e++)
		if (strlen(*e) == n && memcmp(*e, s, n) == 0)
			return 1;
	return 0;
}

/* Is the folded word stem + an ending of cls? */
static int
word_is(const FoldedWord *w, const char *stem, RuClass cls)
{
	size_t		n = strlen(stem);

	return w->fits && w->bytes >= n && memcmp(w->buf, stem, n) == 0 &&
		is_ending(cls, w->buf + n, w->bytes - n);
}

static int
case_ok(CurWordKind kind, const FoldedWord *w)
{
	switch (kind)
	{
		case CW_COUNTRY:
		case CW_NOT_CURRENCY:
			return w->capital;
		case CW_COUNTRY_CAPS:
			return w->all_capitals && w->chars >= 2;
		default:
			return 1;
	}
}

/* The end of the entry's second word after the first ending at first_end, or 0. */
static size_t
second_word_end(const RuWord *e, const char *s, size_t len, size_t first_end)
{
	size_t		at = utf8t_skip_space(s, len, first_end);
	FoldedWord	next;

	if (at == first_end || at >= len)
		return 0;
	fold_word(s, len, at, &next);
	return word_is(&next, e->next_stem, e->next_cls) ? next.end : 0;
}

int
cwr_match_word(const char *s, size_t len, size_t pos, CurMatch *m)
{
	FoldedWord	w;
	size_t		best_end = 0;
	const RuWord *best = NULL;

	fold_word(s, len, pos, &w);
	m->end = w.end;
	if (!w.fits || w.chars == 0)
		return 0;
	for (size_t k = 0; k <= RU_ENDING_MAX_CHARS && k < w.chars; k++)
	{
		size_t		stem_chars = w.chars - k;
		size_t		stem_bytes = w.ends[stem_chars];
		const char *ending = w.buf + stem_bytes;
		size_t		ending_bytes = w.bytes - stem_bytes;

		if (!stem_may_exist(w.hashes[stem_chars]))
			continue;
		for (size_t i = first_with_stem(w.buf, stem_bytes);
			 i < RU_WORD_COUNT && strlen(ru_table[i].stem) == stem_bytes &&
			 memcmp(ru_table[i].stem, w.buf, stem_bytes) == 0;
			 i++)
		{
			const RuWord *e = &ru_table[i];
			size_t		end = w.end;

			if (!is_ending(e->cls, ending, ending_bytes) || !case_ok(e->kind, &w))
				continue;
			if (e->next_stem != NULL && (end = second_word_end(e, s, len, w.end)) == 0)
				continue;
			if (end > best_end)
			{
				best_end = end;
				best = e;
			}
		}
	}
	if (best == NULL)
		return 0;
	m->kind = best->kind;
	m->currency = best->kind == CW_NOT_CURRENCY ? CUR_CODE_INVALID : cur_pack(best->code);
	m->start = pos;
	m->end = best_end;
	return 1;
}
