#include "sqldialect.h"

#include "chinesecollation.h"
#include "sqlitehandle.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ub {

QString SqlDialect::driverName() const { return isSqlite() ? u"QSQLITE"_s : u"QPSQL"_s; }

QString SqlDialect::schema(QString statement) const
{
    if (isSqlite()) {
        statement.replace(u"%ID%"_s, u"INTEGER PRIMARY KEY"_s);
        statement.replace(u"%ASSIGNED_ID%"_s, u"INTEGER PRIMARY KEY"_s);
        statement.replace(u"%REAL%"_s, u"REAL"_s);
        statement.replace(u"%BIGINT%"_s, u"INTEGER"_s);
        statement.replace(u"%WITHOUT_ROWID%"_s, u" WITHOUT ROWID"_s);
    } else {
        statement.replace(u"%ID%"_s, u"BIGSERIAL PRIMARY KEY"_s);
        statement.replace(u"%ASSIGNED_ID%"_s, u"BIGINT PRIMARY KEY"_s); // the writer gives every id
        statement.replace(u"%REAL%"_s, u"DOUBLE PRECISION"_s);
        statement.replace(u"%BIGINT%"_s, u"BIGINT"_s);
        statement.replace(u"%WITHOUT_ROWID%"_s, QString()); // PostgreSQL tables are heaps either way
    }
    return statement;
}

static bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

namespace {

int comparePinyin(void *, int lengthA, const void *a, int lengthB, const void *b)
{
    return compareChinese(QStringView(static_cast<const char16_t *>(a), lengthA / 2),
                          QStringView(static_cast<const char16_t *>(b), lengthB / 2));
}

/** Teaches this SQLite connection the PINYIN collation (ICU's Chinese order). */
bool registerPinyinCollation(QSqlDatabase &db, QString *error)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection) {
        *error = QStringLiteral("no SQLite handle");
        return false;
    }
    if (sqlite3_create_collation(connection, "PINYIN", SQLITE_UTF16, nullptr, comparePinyin) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(connection));
    return false;
}

} // namespace

QString SqlDialect::pinyinCollation() const
{
    // PostgreSQL built with ICU (Debian's is) has the zh collation under this name.
    return isSqlite() ? u" COLLATE PINYIN"_s : u" COLLATE \"zh-x-icu\""_s;
}

bool SqlDialect::configureConnection(QSqlDatabase &db, QString *error) const
{
    if (!isSqlite())
        return exec(db, u"SET client_min_messages TO WARNING"_s, error);
    if (!registerPinyinCollation(db, error))
        return false;
    // WAL keeps readers (the GUI) going while an import writes; NORMAL is durable at each
    // checkpoint and crash-consistent, which is what an import transaction needs.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s, u"PRAGMA busy_timeout=10000"_s,
                                  u"PRAGMA temp_store=MEMORY"_s}) {
        if (!exec(db, pragma, error))
            return false;
    }
    return true;
}

int SqlDialect::schemaVersion(QSqlDatabase &db, QString *error) const
{
    QSqlQuery query(db);
    if (isSqlite()) {
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
            *error = query.lastError().text();
            return -1;
        }
        return query.value(0).toInt();
    }
    // Created only when missing: a viewer may not create tables, even one that exists.
    if (!query.exec(u"SELECT to_regclass('schema_version') IS NULL"_s) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    const bool missing = query.value(0).toBool();
    query.finish();
    if (missing && !query.exec(u"CREATE TABLE schema_version (version INTEGER NOT NULL)"_s)) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.exec(u"SELECT max(version) FROM schema_version"_s) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    return query.value(0).toInt();
}

bool SqlDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *error) const
{
    if (isSqlite())
        return exec(db, u"PRAGMA user_version = %1"_s.arg(version), error);
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO schema_version (version) VALUES (?)"_s);
    query.addBindValue(version);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

QString SqlDialect::insertReturningId(const QString &insert) const
{
    // Both engines understand RETURNING (SQLite since 3.35), which avoids lastInsertId()'s
    // driver differences.
    return insert + u" RETURNING id"_s;
}

} // namespace ub
