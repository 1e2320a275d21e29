// Sorting Chinese text the way readers expect: by pinyin (ICU's zh collation), not by code point.
#pragma once

#include <QStringView>

namespace ub {

/** <0, 0, >0 as a sorts before, with or after b in Chinese (pinyin) order. Thread-safe. */
int compareChinese(QStringView a, QStringView b);

} // namespace ub
