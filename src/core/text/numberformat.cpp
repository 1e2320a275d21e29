#include "numberformat.h"

#include <unicode/locid.h>
#include <unicode/numberformatter.h>

#include <cmath>

namespace ub {

namespace {

QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

icu::Locale icuLocale(const QString &localeName)
{
    const QByteArray name = localeName.isEmpty() ? QByteArrayLiteral("en") : localeName.toLatin1();
    return icu::Locale(name.constData());
}

} // namespace

QString formatCompactNumber(double value, const QString &localeName)
{
    if (!std::isfinite(value))
        return QString::number(value);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = icu::number::NumberFormatter::withLocale(icuLocale(localeName))
                                        .notation(icu::number::Notation::compactShort())
                                        .formatDouble(value, status)
                                        .toString(status);
    if (U_FAILURE(status))
        return QString::number(value, 'g', 6);
    return toQString(text);
}

QString formatFullNumber(double value, const QString &localeName)
{
    if (!std::isfinite(value))
        return QString::number(value);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = icu::number::NumberFormatter::withLocale(icuLocale(localeName))
                                        .precision(icu::number::Precision::maxFraction(6))
                                        .formatDouble(value, status)
                                        .toString(status);
    if (U_FAILURE(status))
        return QString::number(value, 'f', 0);
    return toQString(text);
}

} // namespace ub
