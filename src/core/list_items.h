/*
 * list_items.h - list items of a page: a line that starts with a bullet
 * ("• text", "- text") or a number ("1. text", "2) text") (plain C99, no
 * PostgreSQL headers).
 *
 * The ticker's carousel bullets (ticker.c: • * - ·) are a narrower set:
 * "– KGS/USD = 0.01144 0%" is a list item here, not a ticker quote.
 */
#ifndef EXR_LIST_ITEMS_H
#define EXR_LIST_ITEMS_H

#include <stddef.h>

/*
 * Is s[0..len) (already trimmed) a list item: a bullet (- * + · – — • ‣ ⁃
 * ■ ▪ ● ◦), or one to three digits and "." or ")", then white space and
 * the item's text?
 */
int			list_is_item(const char *s, size_t len);

/*
 * Could the list item s[0..len) be a line of dialogue instead ("— Почему
 * кредиты так дороги?", "— Потому что депозиты дорогие.")?  It opens with a
 * dash (— or –) and ends like a sentence (. ? ! … : or a closing quote).
 * The scanner decides with the lines around it: after a list item on the
 * line before, or after a line ending in ':', it is a list item still.
 */
int			list_may_be_dialogue(const char *s, size_t len);

#endif
