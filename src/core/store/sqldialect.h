// The one place where SQLite and PostgreSQL differ: column types, schema versioning, ids, pragmas.
#pragma once

#include "storelocation.h"

#include <QSqlDatabase>
#include <QString>

namespace ub {

/**
 * Knows how one engine spells what the store needs. Every other part of the store writes
 * portable SQL with `%ID%` (a generated id), `%ASSIGNED_ID%` (a 64-bit id the writer gives), `%REAL%`,
 * `%BIGINT%` and `%WITHOUT_ROWID%` placeholders expanded here.
 */
class SqlDialect
{
public:
    explicit SqlDialect(StoreLocation::Engine engine) : m_engine(engine) {}

    StoreLocation::Engine engine() const { return m_engine; }
    bool isSqlite() const { return m_engine == StoreLocation::Engine::Sqlite; }
    QString driverName() const;

    /** Expands the type placeholders of a schema statement for this engine. */
    QString schema(QString statement) const;
    /** Settings applied to every new connection (WAL, synchronous, foreign keys, …). */
    bool configureConnection(QSqlDatabase &db, QString *error) const;
    /** The schema version stored in the database; 0 for an empty store. */
    int schemaVersion(QSqlDatabase &db, QString *error) const;
    /** Records the schema version, inside the migration's transaction. */
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const;
    /** The COLLATE clause that orders Chinese text by pinyin on this engine. */
    QString pinyinCollation() const;
    /** An INSERT statement that yields the new row's id in a portable way. */
    QString insertReturningId(const QString &insert) const;

private:
    StoreLocation::Engine m_engine;
};

} // namespace ub
