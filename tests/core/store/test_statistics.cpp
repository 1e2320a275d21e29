// Statistics by kind over reports written for the test (#16): facts counted once, flows summed,
// stocks as of their latest date, rates never summed, counties only where their prefecture is silent.
#include "aggregation.h"
#include "correctionstore.h"
#include "factmentionreader.h"
#include "extractor.h"
#include "importer.h"
#include "statisticsbuilder.h"
#include "statisticsqueries.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QDir>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class StatisticsTest : public test::StoreTest
{
protected:
    void import(const QString &name, const QString &text)
    {
        Extractor extractor;
        Importer importer(*m_store, extractor);
        const ImportFileResult result = importer.importFile(writeFile(name, text.toUtf8()));
        ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    }

    /** Imports the sample reports in one batch, as `import` does, and returns their paths. */
    QStringList importSampleReports()
    {
        Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList files;
        for (const QFileInfo &file :
             QDir(test::sampleReportsDir()).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name))
            files << file.filePath();
        importer.importFiles(files);
        return files;
    }

    QList<Statistic> statistics(const QString &indicator, const QStringList &regions = {})
    {
        StatisticsFilter filter;
        filter.indicator = indicator;
        filter.regions = regions;
        QString error;
        const QList<Statistic> result = StatisticsQueries(*m_store).statistics(filter, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return result;
    }

    /** The one statistic of a region and year. */
    std::optional<Statistic> cell(const QString &indicator, const QString &region, int year)
    {
        std::optional<Statistic> found;
        for (const Statistic &s : statistics(indicator, {region})) {
            if (s.year == year) {
                EXPECT_FALSE(found) << "one value per region, year and unit";
                found = s;
            }
        }
        return found;
    }
};

} // namespace

TEST_F(StatisticsTest, AFactRestatedInASecondReportCountsOnceWithBothSources)
{
    import(u"summary.txt"_s, u"西安市总工会2020年工作总结\n2020年，西安市总工会新发展会员1.3万人。\n"_s);
    import(u"speech.txt"_s,
           u"西安市总工会主席在年度会议上的讲话\n2020年，西安市总工会新发展会员13000余人。\n"_s);
    const std::optional<Statistic> members = cell(u"new_members"_s, u"西安市"_s, 2020);
    ASSERT_TRUE(members);
    EXPECT_DOUBLE_EQ(members->value, 13000);
    EXPECT_EQ(members->facts, 1);
    EXPECT_EQ(members->figures.size(), 2);
    EXPECT_EQ(members->documents.size(), 2) << "both reports are its sources";
    EXPECT_EQ(members->kind, FigureKind::Flow);
}

TEST_F(StatisticsTest, TwoDistinctFlowsOfOneCityAddUp)
{
    import(u"spring.txt"_s,
           u"宝鸡市总工会2021年上半年工作总结\n2021年上半年，宝鸡市总工会新发展会员1200人。\n"_s);
    import(u"autumn.txt"_s,
           u"宝鸡市总工会2021年下半年工作总结\n2021年下半年，宝鸡市总工会新发展会员900余人。\n"_s);
    const std::optional<Statistic> members = cell(u"new_members"_s, u"宝鸡市"_s, 2021);
    ASSERT_TRUE(members);
    EXPECT_DOUBLE_EQ(members->value, 2100);
    EXPECT_EQ(members->facts, 2);
    EXPECT_EQ(members->qualifier, Qualifier::AtLeast) << "a sum with a 余 figure is at least its value";
}

TEST_F(StatisticsTest, AStockTakesItsLatestValueAndIsNeverAdded)
{
    import(u"june.txt"_s,
           u"延安市总工会2020年上半年工作总结\n截至2020年6月底，延安市共有工会会员380000人。\n"_s);
    import(
        u"december.txt"_s,
        u"延安市总工会2020年工作总结\n截至2020年12月底，延安市共有工会会员386057人。2020年，延安市总工会新发展会员13000人。\n"_s);
    const std::optional<Statistic> total = cell(u"members_total"_s, u"延安市"_s, 2020);
    ASSERT_TRUE(total);
    EXPECT_EQ(total->kind, FigureKind::Stock);
    EXPECT_DOUBLE_EQ(total->value, 386057) << "the latest as-of value, not 380000 + 386057";
    EXPECT_EQ(total->asOf, 20201231);
    const std::optional<Statistic> joined = cell(u"new_members"_s, u"延安市"_s, 2020);
    ASSERT_TRUE(joined);
    EXPECT_DOUBLE_EQ(joined->value, 13000) << "the flow stands apart from the stock";
}

TEST_F(StatisticsTest, ARateIsNeverSummed)
{
    import(u"a.txt"_s, u"渭南市总工会2022年工作总结\n2022年，渭南市集体合同签订率达92%。\n"_s);
    import(u"b.txt"_s,
           u"渭南市总工会2022年第四季度工作总结\n截至2022年12月底，渭南市集体合同签订率达95%。\n"_s);
    const std::optional<Statistic> rate = cell(u"collective_contract_coverage"_s, u"渭南市"_s, 2022);
    ASSERT_TRUE(rate);
    EXPECT_EQ(rate->kind, FigureKind::Rate);
    EXPECT_DOUBLE_EQ(rate->value, 95);
    EXPECT_EQ(rate->unit, Unit::Percent);
}

TEST_F(StatisticsTest, ACountyRollsUpOnlyWhereItsPrefectureIsSilent)
{
    import(u"counties.txt"_s, u"宝鸡市各县区工会2023年工作简报\n2023年，陈仓区总工会新建职工书屋5家。"
                              "2023年，凤翔区总工会新建职工书屋7家。\n"_s);
    std::optional<Statistic> books = cell(u"worker_libraries"_s, u"宝鸡市"_s, 2023);
    ASSERT_TRUE(books);
    EXPECT_DOUBLE_EQ(books->value, 12);
    EXPECT_TRUE(books->partial) << "the counties' sum, marked partial";
    import(u"city.txt"_s, u"宝鸡市总工会2023年工作总结\n2023年，宝鸡市总工会新建职工书屋20家。\n"_s);
    books = cell(u"worker_libraries"_s, u"宝鸡市"_s, 2023);
    ASSERT_TRUE(books);
    EXPECT_DOUBLE_EQ(books->value, 20) << "the prefecture's own figure stands for it";
    EXPECT_FALSE(books->partial);
}

TEST_F(StatisticsTest, ACorrectionChangesTheStatisticAtItsNextRead)
{
    import(u"spring.txt"_s,
           u"汉中市总工会2021年上半年工作总结\n2021年上半年，汉中市总工会新发展会员1200人。\n"_s);
    import(u"autumn.txt"_s,
           u"汉中市总工会2021年下半年工作总结\n2021年下半年，汉中市总工会新发展会员900人。\n"_s);
    std::optional<Statistic> members = cell(u"new_members"_s, u"汉中市"_s, 2021);
    ASSERT_TRUE(members);
    ASSERT_EQ(members->figures.size(), 2);
    ASSERT_DOUBLE_EQ(members->value, 2100);
    QString error;
    ASSERT_TRUE(StatisticsBuilder(*m_store).isFresh(&error)) << "the import rebuilt them";
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT id FROM figures WHERE indicator = 'new_members' AND value = 900"_s));
    ASSERT_TRUE(query.next());
    const qint64 autumn = query.value(0).toLongLong();
    query.finish();
    ASSERT_GT(CorrectionStore(*m_store).correct(autumn, CorrectableField::Rejected, 1, u"审核员"_s, &error),
              0)
        << error.toStdString();
    EXPECT_FALSE(StatisticsBuilder(*m_store).isFresh(&error));
    members = cell(u"new_members"_s, u"汉中市"_s, 2021);
    ASSERT_TRUE(members);
    EXPECT_EQ(members->figures, QList<qint64>{members->figures.constFirst()});
    EXPECT_NE(members->figures.constFirst(), autumn) << "a rejected figure never counts";
    EXPECT_DOUBLE_EQ(members->value, 1200);
}

namespace {

/** The statistics table, row by row in key order, as text. */
QStringList statisticsRows(Store &store)
{
    QSqlQuery query(store.database());
    EXPECT_TRUE(
        query.exec(u"SELECT region, indicator, year, unit, kind, value, qualifier, partial, as_of, facts, "
                   "figure_ids FROM statistics ORDER BY region, indicator, year, unit"_s));
    QStringList rows;
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < 11; ++column)
            row << query.value(column).toString();
        rows << row.join(u'|');
    }
    return rows;
}

} // namespace

TEST_F(StatisticsTest, CellsRebuiltAfterChangesEqualAFullRebuild)
{
    const QStringList files = importSampleReports();
    ASSERT_GE(files.size(), 3);
    Extractor extractor;
    Importer importer(*m_store, extractor);
    ASSERT_TRUE(StatisticsBuilder(*m_store).isFresh());
    ASSERT_GT(statisticsRows(*m_store).size(), 20);

    // Corrections of every field a statistic depends on, on figures spread over the store.
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT id FROM figures WHERE indicator <> '' AND rejected = 0 ORDER BY id"_s));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    query.finish();
    ASSERT_GT(ids.size(), 40);
    CorrectionStore corrections(*m_store);
    QString error;
    const QList<QPair<CorrectableField, QVariant>> changes = {
        {CorrectableField::Rejected, 1},
        {CorrectableField::Value, 123456.0},
        {CorrectableField::Region, u"商洛市"_s},
        {CorrectableField::Year, 2017},
        {CorrectableField::Indicator, u"new_members"_s}};
    for (qsizetype k = 0; k < changes.size(); ++k) {
        const qint64 id = ids.at((k + 1) * ids.size() / (changes.size() + 2));
        ASSERT_GT(corrections.correct(id, changes.at(k).first, changes.at(k).second, u"审核员"_s, &error), 0)
            << error.toStdString();
    }
    // A report replaced by a new version, and a new one beside it.
    const QString replaced = writeFile(QFileInfo(files.first()).fileName(),
                                       u"西安市总工会2019年工作总结\n2019年，西安市总工会新发展会员8000人，"
                                       "新建职工书屋12家。\n"_s.toUtf8());
    ASSERT_EQ(importer.importFile(replaced).outcome, ImportOutcome::Replaced);
    ASSERT_EQ(importer
                  .importFile(writeFile(u"new.txt"_s, u"宝鸡市总工会2019年工作简报\n2019年，宝鸡市总工会"
                                                      "新发展会员900人。\n"_s.toUtf8()))
                  .outcome,
              ImportOutcome::Imported);
    ASSERT_FALSE(StatisticsBuilder(*m_store).isFresh());
    ASSERT_TRUE(StatisticsBuilder(*m_store).refresh(&error)) << error.toStdString();
    const QStringList incremental = statisticsRows(*m_store);

    ASSERT_TRUE(query.exec(u"UPDATE store_state SET value = 2 WHERE key = 'statistics_stale'"_s));
    ASSERT_TRUE(StatisticsBuilder(*m_store).refresh(&error)) << error.toStdString();
    EXPECT_EQ(incremental, statisticsRows(*m_store));
}

namespace {

QString describe(const FactMention &m)
{
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(m.figureId)
        .arg(m.documentId)
        .arg(m.region, m.subregion)
        .arg(m.year)
        .arg(m.value, 0, 'g', 17)
        .arg(m.precision, 0, 'g', 17)
        .arg(int(m.unit) * 100 + int(m.qualifier) * 10 + int(m.kind))
        .arg(u"%1/%2/%3"_s.arg(m.fact).arg(m.asOf).arg(m.documentDate));
}

QStringList describe(const MentionsByIndicator &mentions)
{
    QStringList keys = mentions.keys();
    keys.sort();
    QStringList lines;
    for (const QString &key : std::as_const(keys)) {
        for (const FactMention &m : mentions.value(key))
            lines << key + u' ' + describe(m);
    }
    return lines;
}

QString describe(const Statistic &s)
{
    QStringList ids;
    for (const qint64 id : s.figures)
        ids << QString::number(id);
    QStringList documents;
    for (const qint64 id : s.documents)
        documents << QString::number(id);
    return u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(s.indicator, s.region)
        .arg(s.year)
        .arg(int(s.unit) * 10 + int(s.kind))
        .arg(s.value, 0, 'g', 17)
        .arg(int(s.qualifier) * 10 + (s.partial ? 1 : 0))
        .arg(u"%1/%2"_s.arg(s.asOf).arg(s.facts))
        .arg(ids.join(u','), documents.join(u','));
}

} // namespace

TEST_F(StatisticsTest, EveryFigureReadInTwoHalvesAtOnceIsEveryFigureReadInOne)
{
    importSampleReports();
    QString error;
    MentionsByIndicator whole;
    ASSERT_TRUE(FactMentionReader(*m_store).read(u"1 = 1"_s, {}, &whole, &error)) << error.toStdString();
    const QStringList expected = describe(whole);
    ASSERT_GT(expected.size(), 100);

    // As a full rebuild of a large store reads them: told it is large, the reader splits.
    MentionsByIndicator halves;
    int readers = 0;
    ASSERT_TRUE(m_store->beginTransaction(&error)) << error.toStdString(); // the rebuild's write lock
    ASSERT_TRUE(FactMentionReader(*m_store).readAll(FactMentionReader::kSplitRows + 1, &halves, &error, &readers))
        << error.toStdString();
    m_store->rollback();
    EXPECT_EQ(readers, isPostgres() ? 1 : 2) << "a SQLite file is read by a second connection too";
    EXPECT_EQ(describe(halves), expected);
}

TEST(AggregateMentions, ManyMentionsAggregatedOnEveryCoreEqualOneIndicatorAfterAnother)
{
    // More mentions than the parallel threshold, over indicators of every kind and of very
    // different sizes; the same facts restated in other documents, as a rebuild meets them.
    const QStringList regions = {u"西安市"_s, u"宝鸡市"_s, u"咸阳市"_s, u"延安市"_s, u"榆林市"_s};
    const QList<QPair<QString, FigureKind>> indicators = {{u"new_members"_s, FigureKind::Flow},
                                                          {u"members_total"_s, FigureKind::Stock},
                                                          {u"funds_raised"_s, FigureKind::Flow},
                                                          {u"membership_rate"_s, FigureKind::Rate},
                                                          {u"workers_assisted"_s, FigureKind::Flow}};
    MentionsByIndicator mentions;
    qint64 id = 0;
    for (qsizetype k = 0; k < indicators.size(); ++k) {
        QList<FactMention> &list = mentions[indicators.at(k).first];
        const qsizetype count = 60000 / (k + 1);
        for (qsizetype n = 0; n < count; ++n) {
            FactMention m;
            m.figureId = ++id;
            m.documentId = n / 10 + 1;
            m.fact = int(n % 7);
            m.region = regions.at(n % regions.size());
            m.year = 2010 + int(n % 13);
            m.value = double((n * 37) % 1000 + 1);
            m.precision = 1;
            m.kind = indicators.at(k).second;
            m.unit = m.kind == FigureKind::Rate ? Unit::Percent : Unit::Person;
            m.asOf = m.kind == FigureKind::Flow ? 0 : (m.year * 10000 + 1231);
            m.documentDate = m.year * 10000 + 101 + int(n % 12) * 100;
            list.append(m);
        }
    }
    QStringList sequential;
    QStringList keys = mentions.keys();
    keys.sort();
    for (qsizetype k = 0; k < keys.size(); ++k) {
        FigureKind usual = FigureKind::Flow;
        for (const auto &indicator : indicators) {
            if (indicator.first == keys.at(k))
                usual = indicator.second;
        }
        for (const Statistic &s : aggregateByKind(keys.at(k), usual, mentions.value(keys.at(k))))
            sequential << describe(s);
    }
    QStringList parallel;
    for (const Statistic &s : aggregateMentions(mentions))
        parallel << describe(s);
    ASSERT_GT(sequential.size(), 100);
    EXPECT_EQ(parallel, sequential);
}
