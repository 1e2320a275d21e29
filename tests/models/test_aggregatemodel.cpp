// AggregateModel: model contract, grouping columns, standard region order, facts counted once.
#include "aggregatemodel.h"
#include "modelfixture.h"
#include "regionorder.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ub;

class AggregateModelTest : public test::SampleStoreTest {};

TEST_F(AggregateModelTest, GroupsByRegionInStandardOrderUnderTester)
{
    importSamples();
    AggregateModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({}, {GroupField::Region});
    ASSERT_GE(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), 4);
    int previous = -1;
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int rank = regionRank(model.index(row, 0).data().toString());
        EXPECT_GE(rank, previous);
        previous = rank;
        total += model.index(row, model.figuresColumn()).data().toInt();
    }
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM figures WHERE is_primary = 1 AND rejected = 0"_s) && query.next());
    EXPECT_EQ(total, query.value(0).toInt());
}

TEST_F(AggregateModelTest, RegroupingChangesColumnsAndFiltersNarrow)
{
    importSamples();
    AggregateModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery({}, {GroupField::Year, GroupField::Category, GroupField::Unit});
    EXPECT_EQ(model.columnCount(), 6);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), model.tr("Year"));
    AggregateFilter funds;
    funds.category = Category::Funds;
    funds.unit = Unit::Cny;
    model.setQuery(funds, {GroupField::Year});
    ASSERT_GE(model.rowCount(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_GT(model.index(row, model.sumColumn()).data(AggregateModel::SortValueRole).toDouble(), 10000);
}

TEST_F(AggregateModelTest, RepeatedFactCountsOnce)
{
    importPaths({writeFile(u"r.txt"_s, QStringLiteral("2020年铜川市总工会工作总结\n\n全市建成爱心驿站100家。\n\n"
                                                       "一年来，全市建成爱心驿站100家，服务职工。\n").toUtf8())});
    AggregateModel model(*m_store);
    AggregateFilter filter;
    filter.unit = Unit::Count;
    model.setQuery(filter, {GroupField::Region});
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, model.figuresColumn()).data().toInt(), 1);
    EXPECT_DOUBLE_EQ(model.index(0, model.sumColumn()).data(AggregateModel::SortValueRole).toDouble(), 100);
}

TEST(RegionOrder, ProvinceFirstThenElevenUnits)
{
    EXPECT_EQ(standardRegions().size(), 12);
    EXPECT_EQ(regionRank(u"陕西省"_s), 0);
    EXPECT_LT(regionRank(u"西安市"_s), regionRank(u"杨凌示范区"_s));
    EXPECT_EQ(regionRank(u"湖北省"_s), 12);
}
