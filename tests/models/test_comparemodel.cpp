// CompareModel: values per year, change, % change, rank; a missing city shows a dash, never 0.
#include "comparemodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace ub;

class CompareModelTest : public test::SampleStoreTest
{
protected:
    void SetUp() override
    {
        SampleStoreTest::SetUp();
        importPaths({writeFile(u"a.txt"_s, QStringLiteral("2019年，西安市建成爱心驿站80家。\n2020年，西安市建成爱心驿站100家。\n"
                                                          "2020年，宝鸡市建成爱心驿站120家。\n").toUtf8())});
    }
};

TEST_F(CompareModelTest, SideBySideWithChangeAndRank)
{
    CompareModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Comparison comparison;
    comparison.regions = {u"西安市"_s, u"宝鸡市"_s, u"汉中市"_s};
    comparison.indicator = u"love_stations"_s;
    comparison.yearFrom = 2019;
    comparison.yearTo = 2020;
    model.setComparison(comparison);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 1 + 2 + 3);
    EXPECT_EQ(model.unit(), Unit::Count);
    EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), u"2019"_s);
    EXPECT_EQ(model.index(0, 1).data(CompareModel::ValueRole).toDouble(), 80);
    EXPECT_EQ(model.index(0, 2).data(CompareModel::ValueRole).toDouble(), 100);
    EXPECT_EQ(model.index(0, model.changeColumn()).data(CompareModel::ValueRole).toDouble(), 20);
    EXPECT_DOUBLE_EQ(model.index(0, model.percentColumn()).data(CompareModel::ValueRole).toDouble(), 25.0);
    EXPECT_EQ(model.index(1, model.rankColumn()).data().toString(), u"1"_s); // 宝鸡 120 leads 2020
    EXPECT_EQ(model.index(0, model.rankColumn()).data().toString(), u"2"_s);
    // 汉中 has no figure: dashes, no value, no rank.
    EXPECT_EQ(model.index(2, 2).data().toString(), u"—"_s);
    EXPECT_FALSE(model.index(2, 2).data(CompareModel::ValueRole).isValid());
    EXPECT_EQ(model.index(2, model.rankColumn()).data().toString(), u"—"_s);
    EXPECT_EQ(model.index(1, 1).data().toString(), u"—"_s); // 宝鸡 in 2019
}

TEST_F(CompareModelTest, ABoundShowsItsOwnSignAndACountiesSumItsStar)
{
    importPaths({writeFile(u"b.txt"_s, QStringLiteral("2021年，西安市建成爱心驿站近90家。\n"
                                                      "2021年，宝鸡市建成爱心驿站60余家。\n"
                                                      "2021年，汉中市勉县建成爱心驿站12家。\n")
                                           .toUtf8())});
    CompareModel model(*m_store);
    Comparison comparison;
    comparison.regions = {u"西安市"_s, u"宝鸡市"_s, u"汉中市"_s};
    comparison.indicator = u"love_stations"_s;
    comparison.yearFrom = comparison.yearTo = 2021;
    model.setComparison(comparison);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 1).data().toString(), u"<90"_s) << "近 is under its value, never ≥";
    EXPECT_EQ(model.index(1, 1).data().toString(), u"≥60"_s);
    EXPECT_EQ(model.index(2, 1).data().toString(), u"12*"_s) << "the county's figure stands in for its city";
    EXPECT_DOUBLE_EQ(model.index(2, 1).data(CompareModel::ValueRole).toDouble(), 12);
}
