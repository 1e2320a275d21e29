// The sqlite3 connection under a Qt QSQLITE connection, and text binding, for the few places that use the C API.
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace ub {

/** The QSQLITE driver's own sqlite3 handle (the same shared library we link), or nullptr for
 *  another driver. */
inline sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/** Binds text as the schema stores it ('' for none, never NULL) straight from the QString's
 *  UTF-16. SQLITE_STATIC: the caller keeps the string alive until the statement has stepped. */
inline void bindText16(sqlite3_stmt *statement, int column, const QString &text)
{
    static const char16_t empty[] = u"";
    const void *data = text.isNull() ? static_cast<const void *>(empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(statement, column, data, int(text.size() * 2), SQLITE_STATIC);
}

} // namespace ub
