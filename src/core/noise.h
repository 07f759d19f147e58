/*
 * noise.h - the lines of a scraped page that are not an article's text:
 * bylines, photo captions and boilerplate, in English and Russian (plain
 * C99, no PostgreSQL headers).
 *
 *   byline       "By Nurlan Asanov, Bishkek", "Reporting by Merdan Ataev",
 *                "Автор: Мадина Рахимова", "Текст: Фаррух Назаров, Елена Ким",
 *                "Беседовала Айгерим Султанова": a lead-in, then names (the
 *                words before the first comma are capitalised, or "and"/"и"),
 *                no sentence end.  "By the time ...", "Автор — экономист ..."
 *                are prose.
 *   caption      "Photo: ...", "Фото: ...", "Illustration: ...", or a line
 *                that ends in a credit after a sentence ("Cotton bales near
 *                Bokhtar. Photo: Farrukh Nazarov", "... (Фото: ТАСС)").
 *   boilerplate  "Advertisement", "Реклама", "Read more: <a title>",
 *                "Читайте также: ...", share, subscribe and follow lines,
 *                copyright lines, and box labels ("Most read", "Самое
 *                читаемое") whose list of other articles' titles follows.
 *
 * Words match in any case (Cyrillic included).  Every text is a trimmed
 * line; nothing here allocates or reads past len.
 */
#ifndef EXR_NOISE_H
#define EXR_NOISE_H

#include <stddef.h>

typedef enum NoiseKind
{
	NOISE_NONE = 0,
	NOISE_BYLINE,
	NOISE_CAPTION,
	NOISE_BOILERPLATE,
	NOISE_BOX_LABEL				/* boilerplate that heads a list of links */
} NoiseKind;

/*
 * What s[0..len) is.  For a byline, s[*name_at .. *name_at + *name_len) is
 * the byline without its lead-in ("Nurlan Asanov, Bishkek"); name_at and
 * name_len may be NULL.
 */
NoiseKind	noise_classify(const char *s, size_t len, size_t *name_at, size_t *name_len);

#endif
