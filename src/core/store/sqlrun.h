// Running a prepared statement with bound values: the one way the store's read queries execute SQL.
#pragma once

#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

namespace ub {

/** "?, ?, ?": count placeholders for an IN list. */
inline QString placeholders(qsizetype count)
{
    QString list;
    for (qsizetype k = 0; k < count; ++k)
        list += k ? QStringLiteral(", ?") : QStringLiteral("?");
    return list;
}

/** Prepares sql forward-only, binds values in order and executes; false with *error (if given) on failure. */
inline bool runBound(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (query.prepare(sql)) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
    }
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace ub
