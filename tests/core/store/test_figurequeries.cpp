// Read queries: filters, per-region counts that count a repeated fact once, bound values only.
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class QueriesTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        test::StoreTest::SetUp();
        Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList problems;
        const ImportSummary summary = importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
        ASSERT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
    }
};

} // namespace

TEST_F(QueriesTest, PagesCoverEveryFigureOnce)
{
    FigureQueries queries(*m_store);
    const int total = queries.countFigures({});
    ASSERT_GT(total, 100);
    QSet<qint64> ids;
    for (int offset = 0; offset < total; offset += 50) {
        for (const FigureRecord &record : queries.figures({}, offset, 50))
            ids.insert(record.id);
    }
    EXPECT_EQ(ids.size(), total);
}

TEST_F(QueriesTest, YearAndRegionFiltersAgreeWithCounts)
{
    FigureQueries queries(*m_store);
    const QList<int> years = queries.years();
    ASSERT_FALSE(years.isEmpty());
    FigureFilter filter;
    filter.year = years.first();
    const QList<FigureRecord> records = queries.figures(filter, 0, 100000);
    ASSERT_FALSE(records.isEmpty());
    for (const FigureRecord &record : records)
        EXPECT_EQ(record.figure.year, years.first());

    FigureFilter all;
    all.primaryOnly = true;
    int sum = 0;
    for (const RegionCount &count : queries.countsByRegion(all)) {
        FigureFilter region = all;
        region.region = count.region;
        EXPECT_EQ(queries.countFigures(region), count.figures) << count.region.toStdString();
        sum += count.figures;
    }
    EXPECT_EQ(sum, queries.countFigures(all));
}

TEST_F(QueriesTest, TextFilterMatchesSentencesAndEscapesWildcards)
{
    FigureQueries queries(*m_store);
    FigureFilter filter;
    filter.text = u"会员"_s;
    const QList<FigureRecord> records = queries.figures(filter, 0, 1000);
    ASSERT_FALSE(records.isEmpty());
    for (const FigureRecord &record : records) {
        EXPECT_TRUE(record.figure.sentence.contains(u"会员"_s) || record.figure.subject.contains(u"会员"_s) ||
                    record.figure.quote.contains(u"会员"_s));
    }
    filter.text = u"%"_s; // a literal percent sign, not "everything"
    EXPECT_LT(queries.countFigures(filter), queries.countFigures({}));
}

TEST_F(QueriesTest, InjectionInEveryFilterMatchesNothingAndKeepsSchema)
{
    FigureQueries queries(*m_store);
    for (const QString &hostile : {u"' OR 1=1 --"_s, u"'; DROP TABLE figures; --"_s}) {
        FigureFilter filter;
        filter.region = hostile;
        EXPECT_EQ(queries.countFigures(filter), 0);
        filter = {};
        filter.indicator = hostile;
        EXPECT_EQ(queries.countFigures(filter), 0);
        filter = {};
        filter.text = hostile;
        EXPECT_EQ(queries.countFigures(filter), 0);
        EXPECT_FALSE(queries.document(hostile).has_value());
    }
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM figures"_s) && query.next());
    EXPECT_GT(query.value(0).toInt(), 0);
}

TEST_F(QueriesTest, DocumentKeepsDecodedTextForProvenance)
{
    FigureQueries queries(*m_store);
    const QList<FigureRecord> records = queries.figures({}, 0, 20);
    ASSERT_FALSE(records.isEmpty());
    for (const FigureRecord &record : records) {
        const auto document = queries.document(record.documentName);
        ASSERT_TRUE(document.has_value());
        // Offsets are code points; the samples are all in the BMP, so they index QString directly.
        EXPECT_EQ(document->text.mid(record.figure.start, record.figure.end - record.figure.start),
                  record.figure.quote);
    }
}

class SortTest : public test::StoreTest {};

TEST_F(SortTest, RegionsSortByPinyinNotCodePoint)
{
    // 西 (xi) comes before 延 (yan) in pinyin, after it in code points (U+897F > U+5EF6).
    const QString path = writeFile(u"r.txt"_s, QStringLiteral("2020年，延安市建成职工书屋26家。\n2020年，西安市建成职工书屋30家。\n"
                                                              "2020年，安康市建成职工书屋12家。\n").toUtf8());
    Extractor extractor;
    Importer importer(*m_store, extractor);
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    FigureFilter filter;
    filter.order = FigureOrder::Region;
    QStringList regions;
    for (const FigureRecord &record : FigureQueries(*m_store).figures(filter, 0, 10))
        regions << record.figure.region;
    EXPECT_EQ(regions, (QStringList{u"安康市"_s, u"西安市"_s, u"延安市"_s}));
    filter.descending = true;
    regions.clear();
    for (const FigureRecord &record : FigureQueries(*m_store).figures(filter, 0, 10))
        regions << record.figure.region;
    EXPECT_EQ(regions, (QStringList{u"延安市"_s, u"西安市"_s, u"安康市"_s}));

    filter = {};
    filter.order = FigureOrder::Value;
    filter.unit = Unit::Count;
    filter.qualifier = Qualifier::Exact;
    QList<double> values;
    for (const FigureRecord &record : FigureQueries(*m_store).figures(filter, 0, 10))
        values << record.figure.value;
    EXPECT_EQ(values, (QList<double>{12, 26, 30}));
    filter.qualifier = Qualifier::About;
    EXPECT_EQ(FigureQueries(*m_store).countFigures(filter), 0);
}
