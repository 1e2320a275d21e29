// Migrations: a store written by an older UnionBoard opens, is migrated, and keeps its data (#7).
#include "aggregatequeries.h"
#include "documentrows.h"
#include "extractor.h"
#include "importer.h"
#include "schema.h"
#include "statisticsbuilder.h"
#include "statisticsqueries.h"
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
        for (const QString &table :
             {u"document_properties"_s, u"statistics"_s, u"statistics_stale_documents"_s, u"statistics_stale_cells"_s, u"store_state"_s, u"figure_sources"_s, u"figure_summary"_s, u"sentences"_s,
              u"figures"_s, u"highlights"_s, u"blocks"_s, u"corrections"_s, u"import_log"_s, u"regions"_s,
              u"indicators"_s, u"documents"_s})
            ASSERT_TRUE(query.exec(u"DROP TABLE IF EXISTS "_s + table))
                << query.lastError().text().toStdString();
        if (!m_store->dialect().isSqlite()) {
            ASSERT_TRUE(query.exec(u"DELETE FROM schema_version"_s));
        }
        const ub::Migration &first = ub::migrations().constFirst();
        ASSERT_EQ(first.version, 1);
        for (const QString &statement : first.statements)
            ASSERT_TRUE(query.exec(m_store->dialect().schema(statement)))
                << query.lastError().text().toStdString();
        QString error;
        ASSERT_TRUE(m_store->dialect().setSchemaVersion(db, 1, &error)) << error.toStdString();
        ASSERT_TRUE(
            query.exec(u"INSERT INTO documents (id, name, path, sha256, format, encoding, kind, title, year, "
                       u"period, region, "
                       "figure_count, text, imported_at) VALUES (1, 'old.txt', '/old.txt', 'abc', 'txt', "
                       "'UTF-8', 'news', "
                       "'旧报告', 2019, '', '西安市', 1, '筹集资金2484.4万元。', '2024-01-01T00:00:00Z')"_s))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(query.exec(
            u"INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, value, "
            u"unit, "
            "unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, "
            "sentence_start, "
            "fact, is_primary) VALUES (1, 0, 'k#0', 4, 13, '2484.4万元', 24844000, 'cny', '万元', 'exact', "
            "'西安市', '', 2019, 'funds', 'funds_raised', '资金', '筹集资金2484.4万元。', 0, 0, 1)"_s))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(
            query.exec(u"INSERT INTO highlights (document_id, number, title, start_offset, end_offset) "
                       "VALUES (1, 1, '筹集资金', 0, 13)"_s))
            << query.lastError().text().toStdString();
        ASSERT_TRUE(
            query.exec(u"INSERT INTO blocks (document_id, ordinal, heading, region, subregion, speaker, "
                       "start_offset, end_offset) VALUES (1, 0, '西安', '西安市', '', '', 0, 13)"_s))
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
    EXPECT_GE(ub::currentSchemaVersion(), 3);

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

    // Version 3: the summary is built from the figures already stored, and the wide panel
    // indexes of version 2 are gone again.
    ASSERT_TRUE(
        query.exec(u"SELECT region, year, category, indicator, unit, is_primary, rejected, total, figures, "
                   "approximate FROM figure_summary"_s))
        << query.lastError().text().toStdString();
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"西安市"_s);
    EXPECT_EQ(query.value(1).toInt(), 2019);
    EXPECT_EQ(query.value(2).toString(), u"funds"_s);
    EXPECT_EQ(query.value(3).toString(), u"funds_raised"_s);
    EXPECT_EQ(query.value(4).toString(), u"cny"_s);
    EXPECT_EQ(query.value(5).toInt(), 1);
    EXPECT_EQ(query.value(6).toInt(), 0);
    EXPECT_DOUBLE_EQ(query.value(7).toDouble(), 24844000);
    EXPECT_EQ(query.value(8).toInt(), 1);
    EXPECT_EQ(query.value(9).toInt(), 0);
    EXPECT_FALSE(query.next());
    const QString indexQuery =
        store->dialect().isSqlite()
            ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'figures_panel_%'"_s
            : u"SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'figures_panel_%'"_s;
    ASSERT_TRUE(query.exec(indexQuery) && query.next()) << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toInt(), 0);

    // Version 4: highlights and blocks rebuilt on their keys with their rows, the figure's group
    // under its document, and no figures(region, year) index.
    ASSERT_TRUE(query.exec(u"SELECT h.title, b.heading, b.region FROM highlights h JOIN blocks b "
                           "ON b.document_id = h.document_id WHERE h.document_id = 1"_s) &&
                query.next())
        << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toString(), u"筹集资金"_s);
    EXPECT_EQ(query.value(1).toString(), u"西安"_s);
    EXPECT_EQ(query.value(2).toString(), u"西安市"_s);
    ASSERT_TRUE(query.exec(
        u"SELECT document_id, region, year, category, indicator, unit, figures FROM figure_sources"_s))
        << query.lastError().text().toStdString();
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    EXPECT_EQ(query.value(1).toString(), u"西安市"_s);
    EXPECT_EQ(query.value(2).toInt(), 2019);
    EXPECT_EQ(query.value(4).toString(), u"funds_raised"_s);
    EXPECT_EQ(query.value(6).toInt(), 1);
    EXPECT_FALSE(query.next());
    ASSERT_TRUE(
        query.exec(
            store->dialect().isSqlite()
                ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'figures_region'"_s
                : u"SELECT count(*) FROM pg_indexes WHERE indexname = 'figures_region'"_s) &&
        query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);

    // Version 5: the figure and its group renumbered inside the document's own id range, and
    // the figures(document_id, ordinal) index gone with the foreign keys of both tables.
    ASSERT_TRUE(query.exec(u"SELECT id FROM figures"_s) && query.next())
        << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toLongLong(), ub::firstRowId(1));
    ASSERT_TRUE(query.exec(u"SELECT id FROM figure_sources"_s) && query.next())
        << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toLongLong(), ub::firstRowId(1));
    ASSERT_TRUE(
        query.exec(store->dialect().isSqlite()
                       ? u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name IN "
                         "('figures', 'figure_sources') AND sql IS NOT NULL"_s
                       : u"SELECT count(*) FROM pg_indexes WHERE tablename IN ('figures', 'figure_sources') "
                         "AND indexname NOT LIKE '%pkey'"_s) &&
        query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    // Versions 6 and 7: every figure has a kind (a percentage a rate); the statistics are stale
    // until first read, then hold the migrated figure.
    ASSERT_TRUE(query.exec(u"SELECT kind, as_of FROM figures"_s) && query.next())
        << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toString(), u"flow"_s);
    EXPECT_EQ(query.value(1).toInt(), 0);
    query.finish();
    ub::StatisticsQueries statistics(*store);
    EXPECT_FALSE(ub::StatisticsBuilder(*store).isFresh());
    ub::StatisticsFilter migrated;
    migrated.indicator = u"funds_raised"_s;
    const QList<ub::Statistic> values = statistics.statistics(migrated);
    EXPECT_TRUE(ub::StatisticsBuilder(*store).isFresh());
    ASSERT_EQ(values.size(), 1);
    EXPECT_DOUBLE_EQ(values.first().value, 24844000);
    query.finish();

    // Version 8: the old document was read as text, by nobody known; its figure was not recognised.
    ASSERT_TRUE(query.exec(u"SELECT read_method, ocr_pages, imported_by, declared_title FROM documents"_s) &&
                query.next())
        << query.lastError().text().toStdString();
    EXPECT_EQ(query.value(0).toString(), u"text"_s);
    EXPECT_EQ(query.value(1).toInt(), 0);
    EXPECT_EQ(query.value(2).toString(), u""_s);
    query.finish();
    ASSERT_TRUE(query.exec(u"SELECT confidence FROM figures"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), -1);
    query.finish();

    // Imports and the panels carry on from the migrated summary. (The old document was written
    // with an explicit id, which PostgreSQL's sequence does not see; figure ids are the writer's.)
    if (!store->dialect().isSqlite()) {
        ASSERT_TRUE(query.exec(u"SELECT setval(pg_get_serial_sequence('documents', 'id'), 1)"_s))
            << query.lastError().text().toStdString();
        query.finish();
    }
    const ub::Extractor extractor;
    ub::Importer importer(*store, extractor);
    // Wording the catalogue gives funds_raised alone (筹集资金 by itself is mostly relief in reports).
    const QString path =
        writeFile(u"new.txt"_s, QStringLiteral("2019年，西安市总工会投入建设资金100万元。\n").toUtf8());
    const ub::ImportFileResult imported = importer.importFile(path);
    ASSERT_EQ(imported.outcome, ub::ImportOutcome::Imported) << imported.message.toStdString();
    ub::AggregateFilter filter;
    filter.regions = {u"西安市"_s};
    filter.indicator = u"funds_raised"_s;
    const QList<ub::AggregateRow> rows =
        ub::AggregateQueries(*store).aggregate(filter, {ub::GroupField::Year});
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().year, 2019);
    EXPECT_EQ(rows.first().figures, 2);
    EXPECT_DOUBLE_EQ(rows.first().sum, 24844000 + 1000000);
}

TEST_F(MigrationTest, FreshStoreIsAtTheCurrentVersion)
{
    QString error;
    EXPECT_EQ(m_store->dialect().schemaVersion(m_store->database(), &error), ub::currentSchemaVersion());
}

} // namespace
