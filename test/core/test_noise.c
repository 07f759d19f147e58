/*
 * test_noise.c - unit tests for bylines, captions and boilerplate (noise.h),
 * English and Russian, and the prose that merely looks like them.
 */
#include <string.h>

#include "noise.h"
#include "unit.h"

static const char *const kind_names[] = {"none", "byline", "caption", "boilerplate", "box"};

static const char *
kind_of(const char *line)
{
	return kind_names[noise_classify(line, strlen(line), NULL, NULL)];
}

static void
check(const char *line, const char *want)
{
	CHECK_STR(kind_of(line), want, "\"%s\" is %s", line, want);
}

/* The byline without its lead-in. */
static void
check_author(const char *line, const char *want)
{
	size_t		at = 0,
				n = 0;
	char		got[128] = "";

	if (noise_classify(line, strlen(line), &at, &n) == NOISE_BYLINE && n < sizeof(got))
	{
		memcpy(got, line + at, n);
		got[n] = '\0';
	}
	CHECK_STR(got, want, "the author of \"%s\"", line);
}

static void
test_bylines(void)
{
	check("By Madina Rakhimova", "byline");
	check("BY MADINA RAKHIMOVA", "byline");
	check("By Nurlan Asanov, Bishkek", "byline");
	check("By Farrukh Nazarov and Elena Kim", "byline");
	check("By Nurlan Asanov, staff correspondent", "byline");
	check("Reporting by Merdan Ataev", "byline");
	check("Written by Dana Omarova", "byline");
	check("Author: Dana Omarova", "byline");
	check("Автор: Мадина Рахимова", "byline");
	check("АВТОР: МАДИНА РАХИМОВА", "byline");
	check("Автор — Мадина Рахимова", "byline");
	check("Текст: Фаррух Назаров, Елена Ким", "byline");
	check("Беседовала Айгерим Султанова", "byline");
	check("Подготовил Өмүр Токтогулов", "byline");
	/* prose that opens like a byline */
	check("By the time travellers reach Khorog, most have learned to carry small notes.", "none");
	check("By Friday, the bank said, deliveries would resume.", "none");
	check("By 2030 the fund should hold $10 billion", "none");
	check("By the End of the Year", "none");	/* a heading: "the" is no name */
	check("By Friday the banks will know more", "none");
	check("Автор — экономист из Ташкента", "none");
	check("Автор — экономист исследовательского института в Ташкенте.", "none");
	check("Автор статьи Мадина Рахимова", "none");	/* no ':' after Автор */
	check("Byline", "none");
	check("By", "none");
	check("By Madina Rakhimova.", "none");
	check("Bypassing the Rules", "none");
	check_author("By Nurlan Asanov, Bishkek", "Nurlan Asanov, Bishkek");
	check_author("Reporting by  Merdan Ataev", "Merdan Ataev");
	check_author("Автор: Мадина Рахимова", "Мадина Рахимова");
	check_author("Текст — Фаррух Назаров, Елена Ким", "Фаррух Назаров, Елена Ким");
	check_author("Беседовала Айгерим Султанова", "Айгерим Султанова");
}

static void
test_captions(void)
{
	check("Photo: Vendors at the Dordoi market in Bishkek, where card terminals are rare.", "caption");
	check("PHOTO: Reuters", "caption");
	check("Photo by Farrukh Nazarov", "caption");
	check("Illustration: Steppe Money Review", "caption");
	check("(Photo: AP)", "caption");
	check("Фото: продавцы на рынке «Дордой» в Бишкеке", "caption");
	check("Фото — пресс-служба Нацбанка", "caption");
	check("Фото пресс-службы Нацбанка", "caption");
	check("Cotton bales stacked near Bokhtar in November. Photo: Farrukh Nazarov", "caption");
	check("Тюки хлопка под Бохтаром в ноябре. Фото: Фаррух Назаров", "caption");
	check("The new terminal in Astana (Photo: Kazinform)", "caption");
	/* prose with a caption word */
	check("Photo opportunities were few at the summit.", "none");
	check("Фото, которые прислали читатели, мы публикуем ниже с их согласия и без изменений.", "none");
	check("The minister said one thing about the photo: it was not staged.", "none");
	check("He left. Photo: it showed the market at night, busy and loud, and full of people.", "none");
}

static void
test_boilerplate(void)
{
	check("Advertisement", "boilerplate");
	check("ADVERTISEMENT", "boilerplate");
	check("Реклама", "boilerplate");
	check("Share this article", "boilerplate");
	check("Share on Facebook", "boilerplate");
	check("Поделиться", "boilerplate");
	check("Поделиться в WhatsApp", "boilerplate");
	check("Subscribe to our newsletter", "boilerplate");
	check("Подписывайтесь на наш Telegram-канал", "boilerplate");
	check("Follow us on Telegram for the latest news from Central Asia", "boilerplate");
	check("Read more: Kyrgyz Banks Report Record Remittance Inflows", "boilerplate");
	check("Related: Turkmenistan Lifts Limits on Cash Withdrawals", "boilerplate");
	check("Читайте также: Кыргызские банки сообщили о рекордном притоке переводов", "boilerplate");
	check("Смотрите также — Туркменистан отменил лимиты", "boilerplate");
	check("\xc2\xa9 2025 Steppe Money Review. All rights reserved.", "boilerplate");
	check("Copyright 2025 Steppe Money Review", "boilerplate");
	check("© 2025 «Деньги степи». Все права защищены.", "boilerplate");
	/* box labels: the list that follows is links */
	check("Most read", "box");
	check("Related articles:", "box");
	check("Самое читаемое", "box");
	check("Читайте также", "box");
	/* prose and headings that share a word */
	check("Share prices rose by 3% on the Astana exchange.", "none");
	check("Shares in Halyk Bank Rise", "none");
	check("Advertising Revenue Falls at State Broadcaster", "none");
	check("Реклама на билбордах подорожала вдвое", "none");
	check("Popular Uprising Topples Government", "none");
	check("Related Parties Hold Most of the Bank's Loans", "none");
	check("Subscribe to the idea that the tenge will float freely and you will find that the "
		  "central bank has other plans for it this year, and for the year after, too.", "none");
	check("", "none");
}

int
main(void)
{
	test_bylines();
	test_captions();
	test_boilerplate();
	UNIT_DONE();
}
