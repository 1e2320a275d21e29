// The looks a chart can take in the app (exports use their own slide theme).
#pragma once

#include <QString>

namespace ub {

enum class ChartTheme { Light, Dark, HighContrast };

/** Stable keys for settings: "light", "dark", "high_contrast". */
QString toKey(ChartTheme theme);
ChartTheme chartThemeFromKey(const QString &key);

} // namespace ub
