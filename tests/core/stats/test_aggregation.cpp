// Aggregation by kind on hand-made figures (#16): precision, bounds, kinds, counties.
#include "aggregation.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

FactMention mention(qint64 id, qint64 document, double value, const QString &quote,
                    FigureKind kind = FigureKind::Flow, Qualifier qualifier = Qualifier::Exact,
                    const QString &subregion = {}, int asOf = 0)
{
    FactMention m;
    m.figureId = id;
    m.documentId = document;
    m.fact = int(id);
    m.region = u"西安市"_s;
    m.subregion = subregion;
    m.year = 2020;
    m.value = value;
    m.unit = Unit::Person;
    m.qualifier = qualifier;
    m.kind = kind;
    m.asOf = asOf;
    m.quote = quote;
    return m;
}

} // namespace

TEST(Aggregation, PrecisionIsWhatTheQuoteWrites)
{
    EXPECT_DOUBLE_EQ(writtenPrecision(u"1.3万人"_s, 13000), 1000);
    EXPECT_DOUBLE_EQ(writtenPrecision(u"13000余人"_s, 13000), 1000);
    EXPECT_DOUBLE_EQ(writtenPrecision(u"2484.4万元"_s, 24844000), 1000);
    EXPECT_DOUBLE_EQ(writtenPrecision(u"386057人"_s, 386057), 1);
    EXPECT_DOUBLE_EQ(writtenPrecision(u"85%"_s, 85), 1);
    EXPECT_DOUBLE_EQ(writtenPrecision(u"三万人"_s, 30000), 10000);
    // The store gives quotes back in UTF-8: the same precision from the bytes.
    for (const auto &[quote, value] : std::initializer_list<std::pair<QString, double>>{
             {u"1.3万人"_s, 13000}, {u"13000余人"_s, 13000}, {u"2484.4万元"_s, 24844000},
             {u"1, 200人"_s, 1200}, {u"三万人"_s, 30000}, {u"85%"_s, 85}, {u"１２人"_s, 12}, {u"0人"_s, 0}})
        EXPECT_DOUBLE_EQ(writtenPrecision(QUtf8StringView(quote.toUtf8()), value), writtenPrecision(quote, value))
            << quote.toStdString();
    EXPECT_TRUE(sameWrittenValue(13000, 1000, 13200, 1));
    EXPECT_FALSE(sameWrittenValue(13000, 1000, 13600, 1));
    EXPECT_FALSE(sameWrittenValue(386057, 1, 386058, 1));
}

TEST(Aggregation, FactsOfOneDocumentAreNeverMerged)
{
    // Two different facts of one document with the same value stay two.
    const QList<Statistic> s =
        aggregateByKind(u"new_members"_s, FigureKind::Flow,
                        {mention(1, 10, 500, u"500人"_s), mention(2, 10, 500, u"500人"_s)});
    ASSERT_EQ(s.size(), 1);
    EXPECT_DOUBLE_EQ(s.first().value, 1000);
    EXPECT_EQ(s.first().facts, 2);
}

TEST(Aggregation, BoundsStayBounds)
{
    QList<Statistic> s =
        aggregateByKind(u"new_members"_s, FigureKind::Flow,
                        {mention(1, 10, 500, u"近500人"_s, FigureKind::Flow, Qualifier::Nearly),
                         mention(2, 11, 200, u"200人"_s)});
    EXPECT_EQ(s.first().qualifier, Qualifier::Nearly) << "a sum with a 近 figure is under its value";
    s = aggregateByKind(u"new_members"_s, FigureKind::Flow,
                        {mention(1, 10, 500, u"近500人"_s, FigureKind::Flow, Qualifier::Nearly),
                         mention(2, 11, 200, u"200余人"_s, FigureKind::Flow, Qualifier::AtLeast)});
    EXPECT_EQ(s.first().qualifier, Qualifier::About) << "both bounds: about";
    EXPECT_EQ(combinedBound(Qualifier::AtLeast, Qualifier::Exact), Qualifier::AtLeast);
}

TEST(Aggregation, ACellTakesTheUsualKindAndNeverMixesKinds)
{
    // 新建12个 (a flow) and 累计338个 (a stock) of one indicator: the usual kind wins, alone.
    const QList<Statistic> s =
        aggregateByKind(u"worker_libraries"_s, FigureKind::Flow,
                        {mention(1, 10, 12, u"12个"_s),
                         mention(2, 10, 338, u"338个"_s, FigureKind::Stock, Qualifier::Exact, {}, 20201231)});
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s.first().kind, FigureKind::Flow);
    EXPECT_DOUBLE_EQ(s.first().value, 12);
    const QList<Statistic> stocks =
        aggregateByKind(u"worker_libraries"_s, FigureKind::Flow,
                        {mention(2, 10, 338, u"338个"_s, FigureKind::Stock, Qualifier::Exact, {}, 20201231),
                         mention(3, 11, 300, u"300个"_s, FigureKind::Stock, Qualifier::Exact, {}, 20200630)});
    EXPECT_EQ(stocks.first().kind, FigureKind::Stock) << "without flows, the stocks' latest";
    EXPECT_DOUBLE_EQ(stocks.first().value, 338);
}

TEST(Aggregation, CountyRatesAreNeverAPrefecturesRate)
{
    FactMention rate = mention(1, 10, 90, u"90%"_s, FigureKind::Rate, Qualifier::Exact, u"陈仓区"_s);
    rate.unit = Unit::Percent;
    EXPECT_TRUE(aggregateByKind(u"collective_contract_coverage"_s, FigureKind::Rate, {rate}).isEmpty());
    // Counties' stocks add up (each county's latest first), marked partial.
    const QList<Statistic> s = aggregateByKind(
        u"members_total"_s, FigureKind::Stock,
        {mention(1, 10, 100, u"100人"_s, FigureKind::Stock, Qualifier::Exact, u"陈仓区"_s, 20200630),
         mention(2, 11, 120, u"120人"_s, FigureKind::Stock, Qualifier::Exact, u"陈仓区"_s, 20201231),
         mention(3, 11, 50, u"50人"_s, FigureKind::Stock, Qualifier::Exact, u"凤翔区"_s, 20201231)});
    ASSERT_EQ(s.size(), 1);
    EXPECT_DOUBLE_EQ(s.first().value, 170);
    EXPECT_TRUE(s.first().partial);
}

namespace {

Statistic cityValue(const QString &region, int year, double value, FigureKind kind = FigureKind::Flow,
                    Unit unit = Unit::Person, Qualifier qualifier = Qualifier::Exact)
{
    Statistic s;
    s.indicator = u"new_members"_s;
    s.region = region;
    s.year = year;
    s.value = value;
    s.unit = unit;
    s.kind = kind;
    s.qualifier = qualifier;
    s.facts = 1;
    s.figures = {qint64(value)};
    s.documents = {qint64(year)};
    return s;
}

} // namespace

TEST(Aggregation, TheProvinceSpeaksForItselfOrItsCitiesAddUpAsAPartialSum)
{
    const QList<Statistic> cities = {
        cityValue(u"西安市"_s, 2020, 1200),
        cityValue(u"宝鸡市"_s, 2020, 800, FigureKind::Flow, Unit::Person, Qualifier::AtLeast),
        cityValue(u"延安市"_s, 2020, 5, FigureKind::Flow, Unit::Count), cityValue(u"汉中市"_s, 2019, 300)};
    std::optional<Statistic> total = provinceValue(cities, 2020, FigureKind::Flow, Unit::Person);
    ASSERT_TRUE(total);
    EXPECT_DOUBLE_EQ(total->value, 2000) << "the unit most cities use; another year never joins";
    EXPECT_TRUE(total->partial);
    EXPECT_EQ(total->qualifier, Qualifier::AtLeast);
    EXPECT_EQ(total->region, u"陕西省"_s);
    EXPECT_EQ(total->figures.size(), 2);

    QList<Statistic> withProvince = cities;
    withProvince << cityValue(u"陕西省"_s, 2020, 9000);
    total = provinceValue(withProvince, 2020, FigureKind::Flow, Unit::Person);
    ASSERT_TRUE(total);
    EXPECT_DOUBLE_EQ(total->value, 9000) << "the province's own figure stands for it";
    EXPECT_FALSE(total->partial);

    const QList<Statistic> rates = {cityValue(u"西安市"_s, 2020, 92, FigureKind::Rate, Unit::Percent),
                                    cityValue(u"宝鸡市"_s, 2020, 95, FigureKind::Rate, Unit::Percent)};
    EXPECT_FALSE(provinceValue(rates, 2020, FigureKind::Rate, Unit::Percent)) << "rates are never summed";
}

TEST(Aggregation, TheCommonestUnitWinsAndATieGoesToTheCataloguesUnit)
{
    const QList<Statistic> tie = {cityValue(u"西安市"_s, 2020, 1, FigureKind::Flow, Unit::PersonTime),
                                  cityValue(u"宝鸡市"_s, 2020, 1, FigureKind::Flow, Unit::Person)};
    EXPECT_EQ(commonestUnit(tie, Unit::Person), Unit::Person);
    EXPECT_EQ(commonestUnit(tie, Unit::PersonTime), Unit::PersonTime);
    EXPECT_EQ(commonestUnit(tie, Unit::Cny), Unit::Person)
        << "neither preferred: the lower, whatever the order";
    QList<Statistic> reversed = tie;
    std::reverse(reversed.begin(), reversed.end());
    EXPECT_EQ(commonestUnit(reversed, Unit::Cny), Unit::Person);
    QList<Statistic> more = tie;
    more << cityValue(u"延安市"_s, 2020, 1, FigureKind::Flow, Unit::PersonTime);
    EXPECT_EQ(commonestUnit(more, Unit::Person), Unit::PersonTime);
}
