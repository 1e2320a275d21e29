#include "statistic.h"

#include <cmath>

namespace ub {

namespace {

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

} // namespace

double writtenPrecision(const QString &quote, double value)
{
    // The first run of digits (a decimal point and spaced-out digits included) is the number.
    qsizetype start = 0;
    while (start < quote.size() && !isDigit(quote[start]))
        ++start;
    if (start == quote.size())
        return value > 0 ? std::pow(10.0, std::floor(std::log10(value))) : 1; // 三万, 百名: its order
    QString digits;
    qsizetype end = start;
    while (end < quote.size() && (isDigit(quote[end]) || quote[end] == u'.' || quote[end] == u' ' || quote[end] == u','))
        ++end;
    for (qsizetype k = start; k < end; ++k) {
        if (quote[k] != u' ' && quote[k] != u',')
            digits.append(quote[k]);
    }
    const double number = digits.toDouble();
    if (number <= 0)
        return 1;
    const double scale = value / number; // 万, 亿 and the like
    const qsizetype point = digits.indexOf(u'.');
    if (point >= 0)
        return scale * std::pow(10.0, -double(digits.size() - point - 1));
    int zeros = 0;
    for (qsizetype k = digits.size() - 1; k > 0 && digits[k] == u'0'; --k)
        ++zeros;
    return scale * std::pow(10.0, zeros);
}

bool sameWrittenValue(double a, double precisionA, double b, double precisionB)
{
    const double tolerance = std::max(precisionA, precisionB) / 2;
    return std::fabs(a - b) <= tolerance + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace ub
