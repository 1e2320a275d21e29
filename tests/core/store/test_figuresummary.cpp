// figure_summary stays exact (#7): after imports, replacements, corrections and reverts, every
// summary-based answer equals the same question asked of the figures themselves, on both engines.
#include "aggregatequeries.h"
#include "correctionstore.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

/** The filter as conditions straight over figures (columns prefixed with `prefix`). */
QStringList directConditions(const AggregateFilter &filter, const QString &prefix, QVariantList *bound)
{
    QStringList conditions = {prefix + u"is_primary = 1"_s, prefix + u"rejected = 0"_s};
    if (!filter.regions.isEmpty()) {
        QStringList marks;
        for (const QString &region : filter.regions) {
            marks << u"?"_s;
            *bound << region;
        }
        conditions << prefix + u"region IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (filter.yearFrom) {
        conditions << prefix + u"year >= ?"_s;
        *bound << *filter.yearFrom;
    }
    if (filter.yearTo) {
        conditions << prefix + u"year <= ?"_s;
        *bound << *filter.yearTo;
    }
    if (filter.category) {
        conditions << prefix + u"category = ?"_s;
        *bound << toKey(*filter.category);
    }
    if (!filter.indicator.isEmpty()) {
        conditions << prefix + u"indicator = ?"_s;
        *bound << filter.indicator;
    }
    if (filter.unit) {
        conditions << prefix + u"unit = ?"_s;
        *bound << toKey(*filter.unit);
    }
    return conditions;
}

/** The documents behind an aggregate as version 3 found them, joining figures: the reference. */
QString directSourcesSql(const AggregateFilter &filter, QVariantList *bound)
{
    return u"SELECT d.name, d.title, d.year, count(*) FROM figures f JOIN documents d ON d.id = f.document_id "
           "WHERE "_s +
           directConditions(filter, u"f."_s, bound).join(u" AND "_s) +
           u" GROUP BY d.id, d.name, d.title, d.year ORDER BY count(*) DESC, d.name"_s;
}

/** Every remaining row of an executed query, its columns joined by '|'. */
QStringList rowsAsText(QSqlQuery &query)
{
    QStringList rows;
    while (query.next()) {
        QStringList parts;
        for (int i = 0; i < query.record().count(); ++i)
            parts << query.value(i).toString();
        rows << parts.join(u'|');
    }
    return rows;
}

QString mentionText(const QString &name, const QString &title, int year, int figures)
{
    return u"%1|%2|%3|%4"_s.arg(name, title).arg(year).arg(figures);
}

/** Document mentions (name, title, year, figures) from a query's rows or from the store's answer. */
QStringList mentionsOf(QSqlQuery &query)
{
    QStringList mentions;
    while (query.next())
        mentions << mentionText(query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                                query.value(3).toInt());
    return mentions;
}

QStringList mentionsOf(const QList<DocumentMention> &documents)
{
    QStringList mentions;
    for (const DocumentMention &document : documents)
        mentions << mentionText(document.name, document.title, document.year, document.figures);
    return mentions;
}

/** The aggregate as version 2 computed it, straight over figures: the reference answer. */
QString directAggregateSql(const AggregateFilter &filter, const QList<GroupField> &groupBy,
                           QVariantList *bound)
{
    const QStringList conditions = directConditions(filter, QString(), bound);
    QStringList columns;
    for (GroupField field : groupBy) {
        switch (field) {
        case GroupField::Region:
            columns << u"region"_s;
            break;
        case GroupField::Year:
            columns << u"year"_s;
            break;
        case GroupField::Category:
            columns << u"category"_s;
            break;
        case GroupField::Indicator:
            columns << u"indicator"_s;
            break;
        case GroupField::Unit:
            columns << u"unit"_s;
            break;
        }
    }
    const QString grouped = columns.join(u", "_s);
    return u"SELECT "_s + (grouped.isEmpty() ? QString() : grouped + u", "_s) +
           u"sum(value), count(*), sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures WHERE "_s +
           conditions.join(u" AND "_s) +
           (grouped.isEmpty() ? QString() : u" GROUP BY "_s + grouped + u" ORDER BY "_s + grouped);
}

/** One row as text (everything but the sum, compared with a tolerance for summation order). */
QString keyOf(const AggregateRow &row)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(row.region)
        .arg(row.year)
        .arg(toKey(row.category), row.indicator, toKey(row.unit))
        .arg(row.figures)
        .arg(row.approximate);
}

class FigureSummaryTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        test::StoreTest::SetUp();
        if (HasFatalFailure() || IsSkipped())
            return;
        QStringList problems;
        Importer importer(*m_store, m_extractor);
        const ImportSummary summary =
            importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
        ASSERT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
    }

    QList<AggregateRow> direct(const AggregateFilter &filter, const QList<GroupField> &groupBy)
    {
        QVariantList values;
        const QString sql = directAggregateSql(filter, groupBy, &values);
        QSqlQuery query(m_store->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QList<AggregateRow> rows;
        EXPECT_TRUE(query.exec()) << query.lastError().text().toStdString();
        while (query.next()) {
            AggregateRow row;
            int column = 0;
            for (GroupField field : groupBy) {
                const QVariant value = query.value(column++);
                switch (field) {
                case GroupField::Region:
                    row.region = value.toString();
                    break;
                case GroupField::Year:
                    row.year = value.toInt();
                    break;
                case GroupField::Category:
                    row.category = categoryFromKey(value.toString()).value_or(Category::Other);
                    break;
                case GroupField::Indicator:
                    row.indicator = value.toString();
                    break;
                case GroupField::Unit:
                    row.unit = unitFromKey(value.toString()).value_or(Unit::Other);
                    break;
                }
            }
            row.sum = query.value(column).toDouble();
            row.figures = query.value(column + 1).toInt();
            row.approximate = query.value(column + 2).toInt();
            if (row.figures > 0)
                rows << row;
        }
        return rows;
    }

    void expectSameAsFigures()
    {
        SCOPED_TRACE("");
        // The invariant itself: the summary equals a fresh GROUP BY over figures.
        const QString groups =
            u"region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s;
        QSqlQuery query(m_store->database());
        ASSERT_TRUE(
            query.exec(u"SELECT "_s + groups +
                       u", sum(value), count(*), sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) "
                       "FROM figures GROUP BY "_s +
                       groups + u" ORDER BY "_s + groups))
            << query.lastError().text().toStdString();
        QStringList fresh;
        QList<double> freshSums;
        while (query.next()) {
            QStringList parts;
            for (int i = 0; i < 7; ++i)
                parts << query.value(i).toString();
            parts << query.value(8).toString() << query.value(9).toString();
            fresh << parts.join(u'|');
            freshSums << query.value(7).toDouble();
        }
        ASSERT_TRUE(query.exec(
            u"SELECT region, year, category, indicator, unit, is_primary, rejected, total, figures, "
            "approximate FROM figure_summary ORDER BY region, year, category, indicator, unit, "
            "is_primary, rejected"_s))
            << query.lastError().text().toStdString();
        QStringList stored;
        QList<double> storedSums;
        while (query.next()) {
            QStringList parts;
            for (int i = 0; i < 7; ++i)
                parts << query.value(i).toString();
            parts << query.value(8).toString() << query.value(9).toString();
            stored << parts.join(u'|');
            storedSums << query.value(7).toDouble();
        }
        ASSERT_FALSE(fresh.isEmpty());
        ASSERT_EQ(stored, fresh);

        // figure_sources: the same groups per document, counted.
        const QString documentGroups = u"document_id, "_s + groups;
        ASSERT_TRUE(query.exec(u"SELECT "_s + documentGroups + u", count(*) FROM figures GROUP BY "_s +
                               documentGroups + u" ORDER BY "_s + documentGroups));
        const QStringList freshSources = rowsAsText(query);
        ASSERT_TRUE(query.exec(u"SELECT document_id, region, year, category, indicator, unit, is_primary, rejected, "
                               "figures FROM figure_sources ORDER BY document_id, region, year, category, indicator, "
                               "unit, is_primary, rejected"_s));
        EXPECT_EQ(rowsAsText(query), freshSources);
        for (qsizetype i = 0; i < fresh.size(); ++i)
            EXPECT_NEAR(storedSums.at(i), freshSums.at(i), 1e-9 * std::max(1.0, std::abs(freshSums.at(i))))
                << fresh.at(i).toStdString();

        // The panels' questions, answered from the summary and from figures.
        AggregateQueries aggregates(*m_store);
        const QStringList regions = aggregates.regions();
        ASSERT_FALSE(regions.isEmpty());
        const QList<int> years = FigureQueries(*m_store).years();
        ASSERT_FALSE(years.isEmpty());
        struct Case
        {
            AggregateFilter filter;
            QList<GroupField> groupBy;
        };
        QList<Case> cases;
        cases.append(Case{{}, {}});
        cases.append(Case{{}, {GroupField::Year}});
        cases.append(Case{{},
                          {GroupField::Region, GroupField::Year, GroupField::Category, GroupField::Indicator,
                           GroupField::Unit}});
        for (int year : years) {
            AggregateFilter filter;
            filter.yearFrom = year;
            filter.yearTo = year;
            cases.append(Case{filter, {GroupField::Category, GroupField::Unit}});
            cases.append(Case{filter, {GroupField::Region, GroupField::Category, GroupField::Unit}});
        }
        for (const QString &region : regions) {
            AggregateFilter filter;
            filter.regions = {region};
            cases.append(Case{filter, {GroupField::Year, GroupField::Category, GroupField::Unit}});
            cases.append(Case{filter, {GroupField::Year, GroupField::Indicator, GroupField::Unit}});
        }
        AggregateFilter compare;
        compare.regions = regions.mid(0, 5);
        compare.yearFrom = 2000;
        compare.yearTo = 2030;
        compare.unit = Unit::Person;
        cases.append(Case{compare, {GroupField::Region, GroupField::Year}});
        AggregateFilter onlyTo;
        onlyTo.yearTo = 2100; // an open range must still leave figures of unknown year out
        cases.append(Case{onlyTo, {GroupField::Year, GroupField::Unit}});
        AggregateFilter category;
        category.category = Category::Funds;
        cases.append(Case{category, {GroupField::Region}});

        for (const Case &c : cases) {
            const QList<AggregateRow> ours = aggregates.aggregate(c.filter, c.groupBy);
            const QList<AggregateRow> reference = direct(c.filter, c.groupBy);
            ASSERT_EQ(ours.size(), reference.size());
            for (qsizetype i = 0; i < ours.size(); ++i) {
                EXPECT_EQ(keyOf(ours.at(i)), keyOf(reference.at(i)));
                EXPECT_NEAR(ours.at(i).sum, reference.at(i).sum,
                            1e-9 * std::max(1.0, std::abs(reference.at(i).sum)));
            }
            // The chart footer's documents, from figure_sources and from a join over figures.
            QString error;
            const QList<DocumentMention> sources = aggregates.sources(c.filter, &error);
            ASSERT_TRUE(error.isEmpty()) << error.toStdString();
            QVariantList values;
            QSqlQuery query(m_store->database());
            ASSERT_TRUE(query.prepare(directSourcesSql(c.filter, &values)));
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
            EXPECT_EQ(mentionsOf(sources), mentionsOf(query));
        }

        // The city panel's document list, from figure_sources and from a join over figures.
        for (const QString &region : regions) {
            QSqlQuery query(m_store->database());
            ASSERT_TRUE(query.prepare(u"SELECT d.name, d.title, d.year, count(*) FROM figures f "
                                      "JOIN documents d ON d.id = f.document_id WHERE f.region = ? AND f.rejected = 0 "
                                      "GROUP BY d.id, d.name, d.title, d.year ORDER BY d.year DESC, d.name"_s));
            query.addBindValue(region);
            ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
            EXPECT_EQ(mentionsOf(aggregates.documentsFor(region)), mentionsOf(query)) << region.toStdString();
        }

        // The figure table's count and the per-region counts, with and without rejected figures.
        FigureQueries figures(*m_store);
        for (bool includeRejected : {false, true}) {
            for (bool primaryOnly : {false, true}) {
                FigureFilter filter;
                filter.includeRejected = includeRejected;
                filter.primaryOnly = primaryOnly;
                QSqlQuery count(m_store->database());
                QString where = u" WHERE 1 = 1"_s;
                if (!includeRejected)
                    where += u" AND rejected = 0"_s;
                if (primaryOnly)
                    where += u" AND is_primary = 1"_s;
                ASSERT_TRUE(count.exec(u"SELECT count(*) FROM figures"_s + where) && count.next());
                EXPECT_EQ(figures.countFigures(filter), count.value(0).toInt());
                filter.year = years.constLast();
                ASSERT_TRUE(count.exec(u"SELECT count(*) FROM figures"_s + where +
                                       u" AND year = %1"_s.arg(years.constLast())) &&
                            count.next());
                EXPECT_EQ(figures.countFigures(filter), count.value(0).toInt());
                ASSERT_TRUE(count.exec(
                    u"SELECT region, count(*), sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) "
                    "FROM figures"_s +
                    where +
                    u" AND year = %1 GROUP BY region "
                    "ORDER BY count(*) DESC, region"_s.arg(years.constLast())));
                const QList<RegionCount> perRegion = figures.countsByRegion(filter);
                for (const RegionCount &region : perRegion) {
                    ASSERT_TRUE(count.next());
                    EXPECT_EQ(region.region, count.value(0).toString());
                    EXPECT_EQ(region.figures, count.value(1).toInt());
                    EXPECT_EQ(region.approximate, count.value(2).toInt());
                }
                EXPECT_FALSE(count.next());
            }
        }
        QSqlQuery distinctYears(m_store->database());
        ASSERT_TRUE(
            distinctYears.exec(u"SELECT DISTINCT year FROM figures WHERE year IS NOT NULL ORDER BY year"_s));
        QList<int> expectedYears;
        while (distinctYears.next())
            expectedYears << distinctYears.value(0).toInt();
        EXPECT_EQ(figures.years(), expectedYears);
    }

    qint64 figureId(const QString &condition)
    {
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"SELECT min(id) FROM figures WHERE "_s + condition) && query.next())
            << query.lastError().text().toStdString();
        return query.value(0).toLongLong();
    }

    Extractor m_extractor;
};

} // namespace

TEST_F(FigureSummaryTest, MatchesFiguresAfterImport)
{
    expectSameAsFigures();
}

TEST_F(FigureSummaryTest, MatchesFiguresAfterCorrectionsAndReverts)
{
    CorrectionStore corrections(*m_store);
    QString error;
    const qint64 a = figureId(u"is_primary = 1 AND year IS NOT NULL"_s);
    const qint64 b = figureId(u"is_primary = 1 AND year IS NULL"_s);
    const qint64 c = figureId(u"is_primary = 0"_s);
    ASSERT_GT(a, 0);
    QList<qint64> made;
    auto correct = [&](qint64 id, CorrectableField field, const QVariant &value) {
        if (id <= 0)
            return;
        const qint64 correction = corrections.correct(id, field, value, u"test"_s, &error);
        ASSERT_GT(correction, 0) << error.toStdString();
        made << correction;
    };
    correct(a, CorrectableField::Value, 123.25);
    correct(a, CorrectableField::Region, u"宝鸡市"_s);
    correct(a, CorrectableField::Year, 2031);
    correct(a, CorrectableField::Category, toKey(Category::Funds));
    correct(a, CorrectableField::Indicator, u"funds_raised"_s);
    correct(b, CorrectableField::Year, 2019);
    correct(c, CorrectableField::Rejected, 1);
    correct(figureId(u"is_primary = 1 AND id > %1"_s.arg(a)), CorrectableField::Rejected, 1);
    correct(figureId(u"is_primary = 1 AND id > %1 AND year IS NOT NULL"_s.arg(a + 1)), CorrectableField::Year,
            0);
    if (HasFatalFailure())
        return;
    expectSameAsFigures();
    // Reverting half of them, newest first, brings back the groups they came from.
    for (qsizetype i = made.size() - 1; i >= made.size() / 2; --i)
        ASSERT_TRUE(corrections.revert(made.at(i), &error)) << error.toStdString();
    expectSameAsFigures();
}

TEST_F(FigureSummaryTest, MatchesFiguresAfterReplacementWithCorrectionsReapplied)
{
    // Correct one figure of a sample, then import a changed copy of that sample under its name:
    // the old version's groups are taken away, the new one's added with the correction re-applied.
    const QString sample =
        QDir(test::sampleReportsDir()).entryList({u"*.txt"_s}, QDir::Files, QDir::Name).constFirst();
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT min(f.id) FROM figures f JOIN documents d ON d.id = f.document_id "
                           "WHERE d.name = '%1' AND f.is_primary = 1"_s.arg(sample)) &&
                query.next());
    const qint64 id = query.value(0).toLongLong();
    ASSERT_GT(id, 0);
    QString error;
    ASSERT_GT(CorrectionStore(*m_store).correct(id, CorrectableField::Region, u"安康市"_s, u"test"_s, &error),
              0)
        << error.toStdString();
    query.finish();

    const QByteArray original = test::readFile(QDir(test::sampleReportsDir()).filePath(sample));
    const QString changed = writeFile(
        sample,
        original + QStringLiteral("\n另外，2021年全市建成职工书屋26家，筹集资金3.5万元。\n").toUtf8());
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(changed).outcome, ImportOutcome::Replaced);
    expectSameAsFigures();

    // Replacing it with the original again.
    const QString back = writeFile(u"again/"_s + sample, original);
    ASSERT_EQ(importer.importFile(back).outcome, ImportOutcome::Replaced);
    expectSameAsFigures();
}
