#include "statistic.h"

#include <QByteArrayView>

#include <cmath>
#include <string>

namespace ub {

namespace {

/** writtenPrecision() over UTF-16 units or UTF-8 bytes: the digits, points and separators it
 *  reads are ASCII, and no byte of a multi-byte UTF-8 character is. */
template<typename Char> double precisionOf(const Char *quote, qsizetype size, double value)
{
    const auto digit = [](Char c) { return c >= Char('0') && c <= Char('9'); };
    // The first run of digits (a decimal point and spaced-out digits included) is the number.
    qsizetype start = 0;
    while (start < size && !digit(quote[start]))
        ++start;
    if (start == size)
        return value > 0 ? std::pow(10.0, std::floor(std::log10(value))) : 1; // 三万, 百名: its order
    std::string digits; // short enough to stay inside the string: no allocation per figure
    qsizetype end = start;
    while (end < size && (digit(quote[end]) || quote[end] == Char('.') || quote[end] == Char(' ') || quote[end] == Char(',')))
        ++end;
    for (qsizetype k = start; k < end; ++k) {
        if (quote[k] != Char(' ') && quote[k] != Char(','))
            digits.push_back(char(quote[k]));
    }
    const double number = QByteArrayView(digits.data(), qsizetype(digits.size())).toDouble();
    if (number <= 0)
        return 1;
    const double scale = value / number; // 万, 亿 and the like
    const std::size_t point = digits.find('.');
    if (point != std::string::npos)
        return scale * std::pow(10.0, -double(digits.size() - point - 1));
    int zeros = 0;
    for (std::size_t k = digits.size() - 1; k > 0 && digits[k] == '0'; --k)
        ++zeros;
    return scale * std::pow(10.0, zeros);
}

} // namespace

double writtenPrecision(const QString &quote, double value)
{
    return precisionOf(reinterpret_cast<const char16_t *>(quote.constData()), quote.size(), value);
}

double writtenPrecision(QUtf8StringView quote, double value)
{
    return precisionOf(quote.data(), quote.size(), value);
}

bool sameWrittenValue(double a, double precisionA, double b, double precisionB)
{
    const double tolerance = std::max(precisionA, precisionB) / 2;
    return std::fabs(a - b) <= tolerance + 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

} // namespace ub
