// What a document says about itself: when it was written, which year it reports on, whose work it is.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ub {

class Gazetteer;
struct RegionMention;

/** A date as written; day or month may be 0 when the text leaves them out. */
struct TextDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    qsizetype start = -1; ///< where it stands in the searched text, -1 when there is none

    bool isValid() const { return year > 0; }
    /** yyyymmdd, with 0 for a missing month or day. */
    int toInt() const { return year * 10000 + month * 100 + day; }
};

/**
 * The document's own date: a dateline near its top ("2018-03-30 13:52:43", "2023年10月05日",
 * "2020/11/09", "发布时间：…"), the first full date of the first kHeaderChars characters of the
 * compact text; else the first full date of its last lines (a page footer's "2016-01-26"). A
 * year and month alone ("2019年12月") count only in the header. Dates inside 《》 or “” do not.
 */
TextDate documentDate(QStringView compact);

/**
 * The year the document reports on when its title names none: its date's year (a year earlier
 * when it looks back: 去年, 一年来, or 全年 in a January or February item); without a date, the year
 * its text names most often as "2019年" (ties: the later), leaving out years inside 《》 and “” and
 * targets ("力争到2025年"). 0 when the text gives neither. A figure's own sentence may still name
 * another year (yearresolver.h).
 */
int reportedYear(QStringView compact, const TextDate &date);

/**
 * The unit a document is by or about, for figures whose own clause names none: the prefecture
 * (or 陕西省 for the province) whose union acts in it. Every Shaanxi place the text names votes for
 * its prefecture (a county for the prefecture it belongs to), more when it opens the text (the
 * title and opening sentence), more when its union acts ("宝鸡市总工会…", "清涧县总工会…"); the
 * province gets the votes of 全省, 我省, 省总工会 and 陕西省. A prefecture wins when it outvotes the
 * province and every other prefecture by a clear margin; else the document is the province's
 * (a provincial round-up that names several cities). mentions: the gazetteer's mentions in compact.
 */
QString documentUnit(QStringView compact, const QList<RegionMention> &mentions, const QString &titleUnit);

/** Whether a year written at position in text is a target or plan, not a fact ("力争到2025年"). */
bool isTargetYear(QStringView text, qsizetype yearStart);

} // namespace ub
