// Deciding the year a figure describes: an explicit year before it in its sentence, else its block's.
#pragma once

#include <QStringView>

namespace ub {

/**
 * The last year written as "2019年" (also "2019年底", "2021年7月16日", the second of "2018—2020年")
 * in sentence before position, outside 《》 titles and “” names and other than a target
 * ("力争到2025年"); 0 when there is none.
 */
int explicitYearBefore(QStringView sentence, qsizetype position);

/**
 * The year a relative word before position in sentence means, counted from the year the document
 * was written (dateYear): 去年/上年 → dateYear − 1, 前年 → − 2, 今年/本年/当年 → dateYear (the last
 * such word before the figure counts); 0 when there is none or the date is unknown.
 */
int relativeYearBefore(QStringView sentence, qsizetype position, int dateYear);

/**
 * The date a level stated before position stands at, as yyyymmdd: "截至2020年12月底" → 20201231,
 * "截至6月底" → the month's end in year, "截至2023年底" / "到年底" → year's 1231, "截至目前" →
 * documentDate; else documentDate when it falls in year, else year's 1231; 0 without a year.
 */
int asOfDateBefore(QStringView sentence, qsizetype position, int year, int documentDate);

} // namespace ub
