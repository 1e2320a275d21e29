// Migrations: a store written by an older UnionBoard opens, is migrated, and keeps its data (#7).
#include "schema.h"
#include "storefixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

class MigrationTest : public ub::test::StoreTest
{
protected:
    /** Turns the test's store back into a version-1 store holding one document and one figure. */
    void makeVersionOneStore()
    {
        QSqlDatabase &db = m_store->database();
        QSqlQuery query(db);
        for (const QString &table : {u"figures"_s, u"highlights"_s, u"blocks"_s, u"corrections"_s, u"import_log"_s,
                                     u"regions"_s, u"indicators"_s, u"documents"_s})
            ASSERT_TRUE(query.exec(u"DROP TABLE IF EXISTS "_s + table)) << query.lastError().text().toStdString();
        if (!m_store->dialect().isSqlite())
            ASSERT_TRUE(query.exec(u"DELETE FROM schema_version"_s));
        const ub::Migration &first = ub::migrations().constFirst();
        ASSERT_EQ(first.version, 1);
        for (const QString &statement : first.statements)
            ASSERT_TRUE(query.exec(m_store->dialect().schema(statement))) << query.lastError().text().toStdString();
        QString error;
        ASSERT_TRUE(m_store->dialect().setSchemaVersion(db, 1, &error)) << error.toStdString();
        ASSERT_TRUE(query.exec(
            u"INSERT INTO documents (id, name, path, sha256, format, encoding, kind, title, year, period, region, "
            "figure_count, text, imported_at) VALUES (1, 'old.txt', '/old.txt', 'abc', 'txt', 'UTF-8', 'news', "
            "'旧报告', 2019, '', '西安市', 1, '筹集资金2484.4万元。', '2024-01-01T00:00:00Z')"_s))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(
            u"INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, value, unit, "
            "unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, sentence_start, "
            "fact, is_primary) VALUES (1, 0, 'k#0', 4, 13, '2484.4万元', 24844000, 'cny', '万元', 'exact', "
            "'西安市', '', 2019, 'funds', 'funds_raised', '资金', '筹集资金2484.4万元。', 0, 0, 1)"_s))
            << query.lastError().text().toStdString();
    }
};

TEST_F(MigrationTest, VersionOneStoreIsMigratedWithItsDataIntact)
{
    makeVersionOneStore();
    if (HasFatalFailure())
        return;
    m_store.reset();

    QString error;
    auto store = ub::Store::open(m_location, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->dialect().schemaVersion(store->database(), &error), ub::currentSchemaVersion());
    EXPECT_GE(ub::currentSchemaVersion(), 2);

    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(u"SELECT d.name, f.quote, f.value, f.region, f.year, f.indicator FROM figures f "
                           "JOIN documents d ON d.id = f.document_id"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"old.txt"_s);
    EXPECT_EQ(query.value(1).toString(), u"2484.4万元"_s);
    EXPECT_DOUBLE_EQ(query.value(2).toDouble(), 24844000);
    EXPECT_EQ(query.value(3).toString(), u"西安市"_s);
    EXPECT_EQ(query.value(4).toInt(), 2019);
    EXPECT_EQ(query.value(5).toString(), u"funds_raised"_s);
    EXPECT_FALSE(query.next());

    // The panel indexes of version 2 exist.
    const QString indexQuery = store->dialect().isSqlite()
                                   ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'figures_panel_%'"_s
                                   : u"SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'figures_panel_%'"_s;
    ASSERT_TRUE(query.exec(indexQuery) && query.next()) << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toInt(), 4);
}

TEST_F(MigrationTest, FreshStoreIsAtTheCurrentVersion)
{
    QString error;
    EXPECT_EQ(m_store->dialect().schemaVersion(m_store->database(), &error), ub::currentSchemaVersion());
}

} // namespace
