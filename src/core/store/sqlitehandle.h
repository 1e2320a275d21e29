// The sqlite3 connection under a Qt QSQLITE connection, prepared statements and text binding, for the few places that use the C API.
#pragma once

#include "codepoints.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QStringView>
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

/** A statement prepared once for a connection's lifetime and finalised with its owner, who must
 *  go before the connection does (Qt's driver cannot close a connection with a statement of ours
 *  still prepared on it). */
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** Prepares sql once; later calls return the same statement. nullptr (and error) on failure. */
    sqlite3_stmt *prepare(sqlite3 *connection, const char *sql, QString *error)
    {
        if (m_statement)
            return m_statement;
        if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
        return m_statement;
    }

private:
    sqlite3_stmt *m_statement = nullptr;
};

/** Binds one row's texts as UTF-8 (SQLITE_STATIC) from a buffer reused row after row. The store
 *  keeps UTF-8, so text bound as UTF-16 was translated, in an allocation of its own, per value. */
class Utf8RowBinder
{
public:
    /** Makes room for texts of up to `units` UTF-16 units in all; call before each row. */
    void startRow(qsizetype units)
    {
        if (m_buffer.size() < 3 * units)
            m_buffer.resize(3 * units);
        m_end = m_buffer.data();
    }
    /** '' for a null string, never NULL, as the schema stores text. */
    void bind(sqlite3_stmt *statement, int column, QStringView text)
    {
        char *const start = m_end;
        m_end = appendUtf8(m_end, text);
        sqlite3_bind_text(statement, column, start, int(m_end - start), SQLITE_STATIC);
    }

private:
    QByteArray m_buffer;
    char *m_end = nullptr;
};

} // namespace ub
