// ChartDataBuilder: the numbers, rows, years, units and sources behind each chart view.
#include "chartdatabuilder.h"
#include "labels.h"
#include "modelfixture.h"
#include "regionorder.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace ub;

class ChartDataBuilderTest : public test::SampleStoreTest
{
protected:
    void SetUp() override
    {
        SampleStoreTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        importPaths({writeFile(u"a.txt"_s, QStringLiteral("2019年，西安市新增会员1.2万人。\n2020年，西安市新增会员2万人。\n"
                                                          "2020年，宝鸡市新增会员约3万人。\n"
                                                          "2020年，宝鸡市筹集资金500万元。\n")
                                               .toUtf8())});
    }
    void TearDown() override
    {
        QLocale::setDefault(QLocale::c());
        SampleStoreTest::TearDown();
    }

    static std::optional<double> valueOf(const ChartData &data, const QString &label, int series = 0)
    {
        const qsizetype row = data.labels.indexOf(label);
        return row < 0 ? std::nullopt : data.series.at(series).values.at(row);
    }
};

TEST_F(ChartDataBuilderTest, YearViewOfAnIndicatorHasOneRowPerCityInStandardOrder)
{
    ChartRequest request;
    request.view = ChartView::Year;
    request.measure.indicator = u"new_members"_s;
    const ChartData data = ChartDataBuilder(*m_store).build(request);
    EXPECT_EQ(data.request.yearFrom, 2020) << "the latest year with figures";
    EXPECT_EQ(data.labels, standardRegions().mid(1)) << "values: the province is not a peer of its cities";
    ASSERT_EQ(data.series.size(), 1);
    EXPECT_EQ(valueOf(data, u"西安市"_s), 20000.0);
    EXPECT_EQ(valueOf(data, u"宝鸡市"_s), 30000.0);
    EXPECT_FALSE(valueOf(data, u"汉中市"_s).has_value()) << "no figure is no bar, never 0";
    EXPECT_TRUE(data.rowIsApproximate(int(data.labels.indexOf(u"宝鸡市"_s))));
    EXPECT_FALSE(data.rowIsApproximate(int(data.labels.indexOf(u"西安市"_s))));
    EXPECT_EQ(data.divisor, 1e4);
    EXPECT_EQ(data.valueUnit, u"万"_s + Labels::unitWord(Unit::Person));
    EXPECT_EQ(data.approximateFigures, 1);
    ASSERT_EQ(data.sources.size(), 1);
    EXPECT_EQ(data.sources.first().name, u"a.txt"_s);
}

TEST_F(ChartDataBuilderTest, CityViewRunsOverTheYearsWithFigures)
{
    ChartRequest request;
    request.view = ChartView::City;
    request.regions = {u"西安市"_s, u"宝鸡市"_s};
    request.measure.indicator = u"new_members"_s;
    const ChartData data = ChartDataBuilder(*m_store).build(request);
    EXPECT_EQ(data.request.regions, QStringList{u"西安市"_s}) << "a city chart is one city";
    EXPECT_EQ(data.labels, (QStringList{u"2019"_s, u"2020"_s}));
    EXPECT_EQ(valueOf(data, u"2019"_s), 12000.0);
    EXPECT_EQ(data.request.yearFrom, 2019);
    EXPECT_EQ(data.request.yearTo, 2020);
    EXPECT_TRUE(data.title.contains(u"西安市"_s));
    EXPECT_EQ(data.regionKey(), u"西安市"_s);
    EXPECT_EQ(data.yearKey(), u"2019-2020"_s);
}

TEST_F(ChartDataBuilderTest, CompareKeepsOnlyYearsSomeCityStates)
{
    ChartRequest request;
    request.view = ChartView::Compare;
    request.regions = {u"西安市"_s, u"宝鸡市"_s};
    request.measure.category = Category::Members;
    request.yearFrom = 2018;
    request.yearTo = 2020;
    const ChartData data = ChartDataBuilder(*m_store).build(request);
    ASSERT_EQ(data.series.size(), 2) << "2018 has no figure anywhere";
    EXPECT_EQ(data.series.at(0).name, u"2019"_s);
    EXPECT_EQ(valueOf(data, u"西安市"_s, 1), 20000.0);
    EXPECT_FALSE(valueOf(data, u"宝鸡市"_s, 0).has_value());
}

TEST_F(ChartDataBuilderTest, FigureCountsAndCategories)
{
    ChartRequest request;
    request.view = ChartView::Categories;
    request.yearFrom = 2020;
    const ChartData data = ChartDataBuilder(*m_store).build(request);
    EXPECT_EQ(data.labels.size(), allCategories().size());
    EXPECT_EQ(valueOf(data, Labels::category(Category::Members)), 2.0);
    EXPECT_EQ(valueOf(data, Labels::category(Category::Funds)), 1.0);
    EXPECT_EQ(data.figures, 3);
    EXPECT_EQ(data.approximateFigures, 0) << "a count is exact even when the figures are not";
}

TEST_F(ChartDataBuilderTest, NothingMatchingGivesAChartWithoutValues)
{
    ChartRequest request;
    request.view = ChartView::Year;
    request.yearFrom = 1999;
    request.measure.indicator = u"new_members"_s;
    const ChartData data = ChartDataBuilder(*m_store).build(request);
    EXPECT_FALSE(data.hasValues());
    EXPECT_TRUE(data.sources.isEmpty());
}

TEST_F(ChartDataBuilderTest, YearsForABatch)
{
    ChartRequest request;
    request.view = ChartView::Year;
    request.measure.indicator = u"new_members"_s;
    EXPECT_EQ(ChartDataBuilder(*m_store).years(request), (QList<int>{2019, 2020}));
}

TEST(ChartMeasure, KeysRoundTrip)
{
    EXPECT_TRUE(ChartMeasure::fromKey(u"figures"_s)->countsFigures());
    EXPECT_EQ(ChartMeasure::fromKey(u"funds"_s)->category, Category::Funds);
    EXPECT_EQ(ChartMeasure::fromKey(u"new_members"_s)->indicator, u"new_members"_s);
    EXPECT_FALSE(ChartMeasure::fromKey(u"no_such_thing"_s).has_value());
    EXPECT_EQ(ChartMeasure::fromKey(u"new_members"_s)->key(), u"new_members"_s);
    EXPECT_EQ(chartViewFromKey(u"compare"_s), ChartView::Compare);
    EXPECT_FALSE(chartViewFromKey(u"pie"_s).has_value());
}

TEST(ValueScale, WanAndYiInChineseThousandsAndMillionsInEnglish)
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    EXPECT_EQ(Labels::valueScale(8300, u"人"_s).divisor, 1);
    EXPECT_EQ(Labels::valueScale(83000, u"人"_s).unitText, u"万人"_s);
    EXPECT_EQ(Labels::valueScale(2.5e9, u"元"_s).unitText, u"亿元"_s);
    EXPECT_EQ(Labels::valueScale(2.5e9, u"%"_s).divisor, 1);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    EXPECT_EQ(Labels::valueScale(2.5e7, QString()).divisor, 1e6);
    EXPECT_EQ(Labels::valueScale(2.5e7, QString()).unitText, u"million"_s);
    QLocale::setDefault(QLocale::c());
}
