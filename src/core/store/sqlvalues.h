// Small conversions between Qt values and what the schema stores.
#pragma once

#include <QString>
#include <QVariant>

namespace ub {

/** Qt binds a null QString as SQL NULL; text columns store '' for "none". */
inline QString sqlText(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

/** Year columns hold NULL for "unknown" (0 in the value types). */
inline QVariant sqlYear(int year) { return year > 0 ? QVariant(year) : QVariant(QMetaType::fromType<int>()); }

} // namespace ub
