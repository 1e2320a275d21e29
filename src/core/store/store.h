// A connection to the figure store (SQLite file or PostgreSQL server), migrated to this build's schema.
#pragma once

#include "sqldialect.h"
#include "storelocation.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

struct sqlite3_stmt;

namespace ub {

class SqliteStatement;
class WalCheckpointer;

/**
 * Owns one database connection. Qt Sql connections belong to the thread that opened them, so a
 * worker thread opens its own Store on the same location. Opening migrates an older store in one
 * transaction and refuses a store written by a newer UnionBoard.
 */
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /** Opens (creating a SQLite file if needed) and migrates; nullptr with *error set on failure. */
    static std::unique_ptr<Store> open(const QString &location, QString *error);
    static std::unique_ptr<Store> open(const StoreLocation &location, QString *error);

    QSqlDatabase &database() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }

    /** Who writes through this connection, for the records of imports and corrections: the
     *  PostgreSQL login, else the operating system's user ("unknown" when neither is known). */
    QString userName() const;

    bool beginTransaction(QString *error);
    bool commit(QString *error);
    void rollback();

    /** SQLite: the statement for sql on this connection's own sqlite3 handle, prepared on first
     *  use and kept until the store closes (an import runs the same dozen statements thousands of
     *  times). nullptr with *error set if it cannot be prepared or the store is not SQLite. The
     *  store finalises them before closing: Qt's driver cannot close a connection with a
     *  statement of ours still prepared on it, whoever else still holds a pointer. */
    sqlite3_stmt *sqliteStatement(const QByteArray &sql, QString *error);

    /** SQLite in WAL mode: from now on this connection's commits leave checkpoints to a thread
     *  of their own (see WalCheckpointer). For bulk writers; a no-op elsewhere. */
    void checkpointInBackground();
    /** Copies everything committed so far from the WAL into the database file and waits. */
    void checkpoint();

private:
    Store(const StoreLocation &location, QSqlDatabase db);
    bool migrate(QString *error);
    bool runSqlite(const QByteArray &sql, QString *error);

    StoreLocation m_location;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    /** Released before the connection closes, in this order. */
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
};

} // namespace ub
