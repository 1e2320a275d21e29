#include "numeralparser.h"

#include <QString>

#include <charconv>
#include <cmath>
#include <system_error>

namespace ub {

namespace {

constexpr qsizetype kMaxDigits = 15;
constexpr qsizetype kMaxChineseRun = 12;

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

double smallUnit(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    default: return 0;
    }
}

double bigUnit(QChar c)
{
    switch (c.unicode()) {
    case u'万': return 1e4;
    case u'亿': return 1e8;
    default: return 0;
    }
}

bool isApproxMark(QChar c) { return c == u'余' || c == u'多'; }

} // namespace

NumberToken parseNumberAt(QStringView text, qsizetype pos)
{
    NumberToken token;
    token.start = token.end = pos;
    const qsizetype size = text.size();
    if (pos >= size)
        return token;
    qsizetype i = pos;

    if (isDigit(text[i])) {
        // Integer part, with optional thousands groups: 12,345 (never 1,2 or 12,3456).
        qsizetype digits = 0;
        while (i < size && isDigit(text[i])) {
            ++digits;
            ++i;
        }
        if (digits > kMaxDigits) {
            while (i < size && (isDigit(text[i]) || text[i] == u'.' || text[i] == u','))
                ++i;
            token.end = i;
            return token;
        }
        // The digits go to a stack buffer, read by std::from_chars (correctly rounded, like
        // QString::toDouble) instead of a QString per number (#7). At most 15 + 3 + 1 + 6 chars.
        char number[32];
        qsizetype length = 0;
        for (qsizetype k = pos; k < i; ++k)
            number[length++] = char(text[k].unicode());
        bool fraction = false;
        while (digits <= 3 && i + 3 < size && text[i] == u',' && isDigit(text[i + 1]) && isDigit(text[i + 2])
               && isDigit(text[i + 3]) && (i + 4 >= size || !isDigit(text[i + 4]))) {
            for (qsizetype k = i + 1; k < i + 4; ++k)
                number[length++] = char(text[k].unicode());
            i += 4;
            if (length > kMaxDigits)
                break;
        }
        if (i + 1 < size && text[i] == u'.' && isDigit(text[i + 1])) {
            qsizetype j = i + 1;
            while (j < size && isDigit(text[j]))
                ++j;
            if (j - i - 1 > 6) {
                token.end = j;
                return token;
            }
            for (qsizetype k = i; k < j; ++k)
                number[length++] = char(text[k].unicode());
            fraction = true;
            i = j;
        }
        double value = 0;
        if (!fraction && length <= kMaxDigits) {
            // Below 10^15 every integer is exact in a double: no conversion needed.
            qint64 integer = 0;
            for (qsizetype k = 0; k < length; ++k)
                integer = integer * 10 + (number[k] - '0');
            value = double(integer);
        } else {
            const auto [end, error] = std::from_chars(number, number + length, value);
            if (error != std::errc() || end != number + length)
                return token;
        }
        if (i < size && isApproxMark(text[i]) && i + 1 < size && bigUnit(text[i + 1]) > 0) {
            token.atLeast = true;
            ++i;
        }
        // Scales after digits: 万, 亿, 万亿, and the rarer 百万/千万 written with digits (3千万).
        int scales = 0;
        while (i < size && scales < 3) {
            const double big = bigUnit(text[i]);
            const double small = smallUnit(text[i]);
            if (big > 0) {
                value *= big;
                token.lastScale = text[i];
                token.lastScalePos = i;
            } else if (small >= 100 && i + 1 < size && bigUnit(text[i + 1]) > 0) {
                value *= small;
            } else {
                break;
            }
            token.hasScale = true;
            ++scales;
            ++i;
        }
        if (token.hasScale && i < size && isApproxMark(text[i])) {
            token.atLeast = true;
            ++i;
        }
        token.value = value;
        token.end = i;
        token.valid = std::isfinite(value);
        return token;
    }

    if (!isChineseNumeral(text[i]))
        return token;
    qsizetype runEnd = i;
    while (runEnd < size && (isChineseNumeral(text[runEnd]) || isApproxMark(text[runEnd]))
           && runEnd - i <= kMaxChineseRun)
        ++runEnd;
    if (runEnd - i > kMaxChineseRun) {
        while (runEnd < size && (isChineseNumeral(text[runEnd]) || isApproxMark(text[runEnd])))
            ++runEnd;
        token.end = runEnd;
        return token;
    }
    token.chinese = true;
    token.bare = smallUnit(text[i]) >= 100 || bigUnit(text[i]) > 0;
    double total = 0;
    double section = 0;
    int digit = -1;
    bool any = false;
    for (; i < runEnd; ++i) {
        const QChar c = text[i];
        if (isApproxMark(c)) {
            // 十余, 二十多万: only after a unit character, never after a bare digit (三多?).
            if (token.atLeast || digit >= 0 || !any)
                break;
            token.atLeast = true;
            continue;
        }
        const int d = chineseDigit(c);
        if (d >= 0) {
            if (digit >= 0 && d != 0 && digit != 0)
                break; // 三四 (an estimate) or 一二: not one number
            digit = d;
            any = true;
            if (token.atLeast)
                break;
            continue;
        }
        const double small = smallUnit(c);
        if (small > 0) {
            if (token.atLeast)
                break;
            section += (digit > 0 ? digit : (digit == 0 ? 0 : 1)) * small;
            digit = -1;
            any = true;
            continue;
        }
        const double big = bigUnit(c);
        double current = section + (digit > 0 ? digit : 0);
        if (current == 0 && total == 0)
            current = 1;
        if (big == 1e8)
            total = (total + current) * big;
        else
            total += current * big;
        section = 0;
        digit = -1;
        any = true;
        token.hasScale = true;
        token.lastScale = c;
        token.lastScalePos = i;
    }
    if (!any)
        return token;
    // A trailing 余 that was not followed by anything still belongs to the number (十余种).
    token.value = total + section + (digit > 0 ? digit : 0);
    token.end = i;
    token.valid = token.value > 0;
    return token;
}

} // namespace ub
