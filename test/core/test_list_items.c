/*
 * test_list_items.c - unit tests for list items (list_items.h).
 */
#include <string.h>

#include "list_items.h"
#include "unit.h"

static void
check_item(const char *line, int want)
{
	CHECK(list_is_item(line, strlen(line)) == want, "\"%s\" is %sa list item", line,
		  want ? "" : "not ");
}

static void
check_dialogue(const char *line, int want)
{
	CHECK(list_may_be_dialogue(line, strlen(line)) == want, "\"%s\" %s be dialogue", line,
		  want ? "may" : "cannot");
}

int
main(void)
{
	/* dialogue: a dash, then a sentence */
	check_dialogue("\xe2\x80\x94 Почему кредиты так дороги?", 1);
	check_dialogue("\xe2\x80\x94 Потому что депозиты дорогие.", 1);
	check_dialogue("\xe2\x80\x93 Я бы разделил так:", 1);
	check_dialogue("\xe2\x80\x94 \xc2\xab Не знаю \xc2\xbb", 1);
	check_dialogue("\xe2\x80\x94 НДС снижается с 15 до 14%", 0);
	check_dialogue("\xe2\x80\x94 половина в сомах,", 0);
	check_dialogue("- a hyphen item.", 0);	/* only dashes open dialogue */
	check_dialogue("\xe2\x80\xa2 a bullet item.", 0);
	check_dialogue("Plain text.", 0);
	/* bullets */
	check_item("\xe2\x80\xa2 Kazakhstan \xe2\x80\x93 close to 70,000", 1);	/* • */
	check_item("- a dash", 1);
	check_item("* a star", 1);
	check_item("+ a plus", 1);
	check_item("\xc2\xb7 a middle dot", 1);
	check_item("\xe2\x80\x93 KGS/USD = 0.01144 0%", 1);	/* – : prose, not a ticker */
	check_item("\xe2\x80\x94 an em dash", 1);
	check_item("\xe2\x97\x8f a black circle", 1);
	check_item("\xe2\x80\xa2\xc2\xa0" "after NBSP", 1);
	check_item("\xe2\x80\xa2\tafter a tab", 1);
	/* numbers */
	check_item("1. first", 1);
	check_item("2) second", 1);
	check_item("999. last", 1);
	check_item("1000. a figure", 0);
	check_item("1.5 million", 0);
	check_item("2025 was a year", 0);
	/* a marker alone, or glued to its text */
	check_item("-dash", 0);
	check_item("1.first", 0);
	check_item("\xe2\x80\xa2", 0);
	check_item("1.", 0);
	check_item("-", 0);
	check_item("", 0);
	/* not markers */
	check_item("# a hash", 0);
	check_item("> a quote", 0);
	check_item("Plain text", 0);
	UNIT_DONE();
}
