#include "yearresolver.h"

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
        if (candidate >= 1949 && candidate <= 2100)
            year = candidate;
    }
    return year;
}

} // namespace ub
