// GoogleTest prints QStrings as text (Chinese included) instead of as arrays of UTF-16 units.
#pragma once

#include <QString>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}
