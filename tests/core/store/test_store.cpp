// Opening stores: creation, migration, refusing newer or foreign files, location parsing.
#include "schema.h"
#include "storefixture.h"
#include "storelocation.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using ub::Store;
using ub::StoreLocation;

class StoreOpen : public ub::test::StoreTest {};

TEST_F(StoreOpen, NewStoreHasCurrentSchemaAndFixedTables)
{
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(isPostgres() ? u"SELECT max(version) FROM schema_version"_s : u"PRAGMA user_version"_s) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), ub::currentSchemaVersion());
    for (const QString &table : {u"documents"_s, u"figures"_s, u"corrections"_s, u"import_log"_s}) {
        QSqlQuery check(m_store->database());
        check.prepare(isPostgres()
                          ? u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ?"_s
                          : u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"_s);
        check.addBindValue(table);
        ASSERT_TRUE(check.exec() && check.next());
        EXPECT_EQ(check.value(0).toInt(), 1) << table.toStdString();
    }
}

TEST_F(StoreOpen, UsesWriteAheadLog)
{
    if (isPostgres())
        GTEST_SKIP() << "SQLite journal mode";
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"PRAGMA journal_mode"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"wal"_s);
}

TEST_F(StoreOpen, ReopeningKeepsData)
{
    QSqlQuery insert(m_store->database());
    ASSERT_TRUE(insert.exec(u"INSERT INTO import_log (at, file, outcome, message) VALUES ('t', 'f', 'imported', '')"_s));
    m_store.reset();
    QString error;
    auto reopened = Store::open(m_location, &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    QSqlQuery count(reopened->database());
    ASSERT_TRUE(count.exec(u"SELECT count(*) FROM import_log"_s) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 1);
}

TEST_F(StoreOpen, RefusesStoreFromNewerVersion)
{
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(isPostgres() ? u"INSERT INTO schema_version (version) VALUES (999)"_s
                                        : u"PRAGMA user_version = 999"_s));
    m_store.reset();
    QString error;
    EXPECT_EQ(Store::open(m_location, &error), nullptr);
    EXPECT_TRUE(error.contains(u"更新版本"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"999"_s)) << error.toStdString();
}

TEST_F(StoreOpen, ForeignFileGivesMessageNamingIt)
{
    if (isPostgres())
        GTEST_SKIP() << "a foreign file is a SQLite matter";
    const QString path = writeFile(u"not-a-db.sqlite"_s, QByteArray(4096, 'x'));
    QString error;
    EXPECT_EQ(Store::open(path, &error), nullptr);
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
}

TEST(StoreLocationParse, SqlitePathAndPostgresUrl)
{
    QString error;
    const StoreLocation file = StoreLocation::parse(u"/tmp/x.sqlite"_s, &error);
    EXPECT_TRUE(error.isEmpty());
    EXPECT_EQ(file.engine, StoreLocation::Engine::Sqlite);
    EXPECT_EQ(file.path, u"/tmp/x.sqlite"_s);

    const StoreLocation pg = StoreLocation::parse(u"postgresql://ub:secret@127.0.0.1:55432/unionboard"_s, &error);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(pg.engine, StoreLocation::Engine::Postgres);
    EXPECT_EQ(pg.host, u"127.0.0.1"_s);
    EXPECT_EQ(pg.port, 55432);
    EXPECT_EQ(pg.user, u"ub"_s);
    EXPECT_EQ(pg.password, u"secret"_s);
    EXPECT_EQ(pg.database, u"unionboard"_s);
    EXPECT_FALSE(pg.displayName().contains(u"secret"_s));

    StoreLocation::parse(u"postgresql://host-without-db"_s, &error);
    EXPECT_FALSE(error.isEmpty());
}
