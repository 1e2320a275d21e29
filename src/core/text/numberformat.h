// Locale-aware number formatting with ICU: 1.7亿 for zh_CN, 170M for English.
#pragma once

#include <QString>

namespace ub {

/** Short form for cards and chart labels: 170000000 → "1.7亿" (zh_CN) or "170M" (en). */
QString formatCompactNumber(double value, const QString &localeName);
/** Full form with grouping: 24844000 → "24,844,000". */
QString formatFullNumber(double value, const QString &localeName);

} // namespace ub
