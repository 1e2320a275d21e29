#include "yearresolver.h"

#include "documentprofile.h"

#include <QString>

namespace ub {

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

} // namespace

int explicitYearBefore(QStringView sentence, qsizetype position)
{
    int year = 0;
    int bookDepth = 0;
    bool inQuote = false;
    const qsizetype end = qMin(position, sentence.size());
    for (qsizetype k = 0; k < end; ++k) {
        const QChar c = sentence[k];
        if (c == u'《')
            ++bookDepth;
        else if (c == u'》')
            bookDepth = qMax(0, bookDepth - 1);
        else if (c == u'“')
            inQuote = true;
        else if (c == u'”')
            inQuote = false;
        if (bookDepth > 0 || inQuote || !isDigit(c) || (k > 0 && isDigit(sentence[k - 1])))
            continue;
        if (k + 4 >= sentence.size() || !isDigit(sentence[k + 1]) || !isDigit(sentence[k + 2])
            || !isDigit(sentence[k + 3]))
            continue;
        if (sentence[k + 4] != u'年')
            continue;
        const int candidate = sentence.sliced(k, 4).toInt();
        if (candidate >= 1949 && candidate <= 2100 && !isTargetYear(sentence, k))
            year = candidate;
    }
    return year;
}

int relativeYearBefore(QStringView sentence, qsizetype position, int dateYear)
{
    if (dateYear <= 0)
        return 0;
    // The last relative word before the figure counts (去年…，今年… speaks of this year): one
    // backward pass over the 年 before it.
    for (qsizetype k = qMin(position, sentence.size()) - 1; k > 0; --k) {
        if (sentence[k] != u'年')
            continue;
        switch (sentence[k - 1].unicode()) {
        case u'去': case u'上': return dateYear - 1;
        case u'前': return dateYear - 2;
        case u'今': case u'本': case u'当': return dateYear;
        default: break;
        }
    }
    return 0;
}

namespace {

int monthEnd(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return year * 10000 + month * 100 + (month == 2 && leap ? 29 : days[month - 1]);
}

/** The number of up to `digits` digits ending just before end in text, and where it starts. */
int numberBefore(QStringView text, qsizetype end, int digits, qsizetype *start)
{
    qsizetype k = end;
    while (k > 0 && end - k < digits && isDigit(text[k - 1]))
        --k;
    *start = k;
    return k < end ? text.sliced(k, end - k).toInt() : 0;
}

} // namespace

int asOfDateBefore(QStringView sentence, qsizetype position, int year, int documentDate)
{
    const QStringView before = sentence.first(qMin(position, sentence.size()));
    const qsizetype at = qMax(before.lastIndexOf(u"截至"), before.lastIndexOf(u"截止"));
    if (at >= 0) {
        const QStringView date = before.sliced(at + 2).first(qMin<qsizetype>(14, before.size() - at - 2));
        if (date.startsWith(u"目前") || date.startsWith(u"今天") || date.startsWith(u"发稿"))
            return documentDate;
        int dateYear = year;
        qsizetype cursor = 0;
        if (date.size() >= 5 && isDigit(date[0]) && date.indexOf(u'年') == 4) {
            dateYear = date.first(4).toInt();
            cursor = 5;
        } else if (date.startsWith(u"年底") || date.startsWith(u"年末")) {
            return dateYear > 0 ? dateYear * 10000 + 1231 : 0;
        }
        if (dateYear <= 0)
            return 0;
        const qsizetype monthMark = date.indexOf(u'月', cursor);
        if (monthMark > cursor && monthMark <= cursor + 2) {
            qsizetype start = 0;
            const int month = numberBefore(date, monthMark, 2, &start);
            if (month >= 1 && month <= 12 && start == cursor) {
                qsizetype dayStart = 0;
                const qsizetype dayMark = date.indexOf(u'日', monthMark);
                const int day = dayMark > monthMark ? numberBefore(date, dayMark, 2, &dayStart) : 0;
                if (day >= 1 && day <= 31 && dayStart == monthMark + 1)
                    return dateYear * 10000 + month * 100 + day;
                return monthEnd(dateYear, month);
            }
        }
        if (cursor == 5)
            return dateYear * 10000 + 1231; // 截至2023年底, 截至2023年
    }
    if (year <= 0)
        return 0;
    if (documentDate / 10000 == year)
        return documentDate % 100 ? documentDate : (documentDate % 10000 ? monthEnd(year, documentDate / 100 % 100) : year * 10000 + 1231);
    return year * 10000 + 1231;
}

} // namespace ub
