// KpiModel: four cards, the headline in the category's main unit, approximate sums marked.
#include "kpimodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace ub;

class KpiModelTest : public test::SampleStoreTest {};

TEST_F(KpiModelTest, FourCardsWithHeadlinesInTheirUnits)
{
    importPaths({writeFile(u"r.txt"_s, QStringLiteral("西安市总工会2020年工作总结\n\n"
                                                       "2020年，西安市总工会新发展会员1287人，筹集资金2484.4万元，"
                                                       "发放救助金200余万元，举办职工技能大赛20场次。\n").toUtf8())});
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    KpiModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AggregateFilter filter;
    filter.yearFrom = filter.yearTo = 2020;
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 4);
    QHash<int, QModelIndex> byCategory;
    for (int row = 0; row < 4; ++row)
        byCategory.insert(model.index(row).data(KpiModel::CategoryRole).toInt(), model.index(row));
    const QModelIndex funds = byCategory.value(int(Category::Funds));
    EXPECT_EQ(funds.data(KpiModel::UnitRole).toInt(), int(Unit::Cny));
    EXPECT_DOUBLE_EQ(funds.data(KpiModel::SumRole).toDouble(), 24844000 + 2000000);
    EXPECT_TRUE(funds.data(KpiModel::HeadlineRole).toString().startsWith(u"≥"_s)); // 200余万元 is a floor
    EXPECT_TRUE(funds.data(KpiModel::HeadlineRole).toString().contains(u"万"_s)); // ICU compact form for zh_CN
    const QModelIndex members = byCategory.value(int(Category::Members));
    EXPECT_EQ(members.data(KpiModel::UnitRole).toInt(), int(Unit::Person));
    EXPECT_DOUBLE_EQ(members.data(KpiModel::SumRole).toDouble(), 1287);

    filter.yearFrom = filter.yearTo = 1999;
    model.setFilter(filter);
    ASSERT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.index(0).data(KpiModel::HeadlineRole).toString(), u"—"_s); // nothing: a dash, never 0
    QLocale::setDefault(QLocale::c());
}
