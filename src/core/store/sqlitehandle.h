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
    void bind(sqlite3_stmt *statement, int column, QStringView text) { bind(statement, column, encode(text)); }
    /** The UTF-8 of text in the row's buffer, to bind to more than one statement. */
    QByteArrayView encode(QStringView text)
    {
        char *const start = m_end;
        m_end = appendUtf8(m_end, text);
        return QByteArrayView(start, m_end - start);
    }
    static void bind(sqlite3_stmt *statement, int column, QByteArrayView utf8)
    {
        sqlite3_bind_text(statement, column, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    }

private:
    QByteArray m_buffer;
    char *m_end = nullptr;
};

/** Binds values in order (parameter 1 onwards) as Qt's SQLite driver would: a null value or null
 *  string as NULL, integers and booleans as integers, doubles as reals, everything else as text
 *  (UTF-8, through texts). */
inline void bindVariants(sqlite3_stmt *statement, const QVariantList &values, Utf8RowBinder &texts)
{
    qsizetype units = 0;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            units += static_cast<const QString *>(value.constData())->size();
    }
    texts.startRow(units);
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        const int column = i + 1;
        if (value.isNull()) {
            sqlite3_bind_null(statement, column);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QString: {
            // Qt 6's QVariant is not null for a null QString it holds; the driver binds NULL.
            const auto *text = static_cast<const QString *>(value.constData());
            if (text->isNull())
                sqlite3_bind_null(statement, column);
            else
                texts.bind(statement, column, *text);
            break;
        }
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            sqlite3_bind_int64(statement, column, value.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(statement, column, value.toDouble());
            break;
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(statement, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        }
    }
}

/** A result column as Qt's driver reads it: integers as qlonglong, reals as double, text as QString. */
inline QVariant columnVariant(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER: return QVariant(qlonglong(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT: return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_NULL: return QVariant();
    default:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                          sqlite3_column_bytes(statement, column)));
    }
}

} // namespace ub
