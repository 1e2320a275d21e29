// A connection to the figure store (SQLite file or PostgreSQL server), migrated to this build's schema.
#pragma once

#include "sqldialect.h"
#include "storelocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ub {

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

    bool beginTransaction(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    Store(const StoreLocation &location, QSqlDatabase db);
    bool migrate(QString *error);

    /** BEGIN IMMEDIATE, COMMIT, ROLLBACK on SQLite: prepared once, run a few thousand times an
     *  import. Finalised before the connection closes. */
    bool runTransactionStatement(int which, QString *error);
    struct TransactionStatements;

    StoreLocation m_location;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    std::unique_ptr<TransactionStatements> m_transactionStatements;
};

} // namespace ub
