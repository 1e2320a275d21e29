// CityStatisticsModel: one unit's indicators x years, each cell a statistic with its sources.
#include "citystatisticsmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace ub;

class CityStatisticsModelTest : public test::SampleStoreTest
{
};

TEST_F(CityStatisticsModelTest, IndicatorsByYearWithTheirSourcesAndTheirUnitWhereTwo)
{
    importPaths(
        {writeFile(u"a.txt"_s, u"汉中市总工会2021年工作总结\n2021年，汉中市总工会新发展会员1200人，"
                               "开展职工文体活动，参与职工3万人，参与职工达5万人次。\n"_s.toUtf8()),
         writeFile(u"b.txt"_s,
                   u"汉中市总工会2022年工作总结\n2022年，汉中市总工会新发展会员1500余人。\n"_s.toUtf8())});
    CityStatisticsModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRegion(u"汉中市"_s);
    ASSERT_EQ(model.years(), (QList<int>{2021, 2022}));
    int members = -1;
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.headerData(row, Qt::Vertical).toString(), model.index(row, 0).data().toString())
            << "the row header names the row's indicator";
        names << model.headerData(row, Qt::Vertical).toString();
        if (model.indicatorOf(row) == u"new_members"_s)
            members = row;
    }
    ASSERT_GE(members, 0) << names.join(u", "_s).toStdString();
    EXPECT_DOUBLE_EQ(model.index(members, 1).data(CityStatisticsModel::ValueRole).toDouble(), 1200);
    EXPECT_DOUBLE_EQ(model.index(members, 2).data(CityStatisticsModel::ValueRole).toDouble(), 1500);
    EXPECT_FALSE(model.index(members, 1).data().toString().startsWith(u"≥"_s));
    EXPECT_TRUE(model.index(members, 2).data().toString().startsWith(u"≥"_s)) << "a bound keeps its sign";
    EXPECT_TRUE(model.index(members, 2).data().toString().endsWith(u" (1)"_s)) << "and names its sources";
    EXPECT_EQ(model.index(members, 2).data(CityStatisticsModel::SourcesRole).toInt(), 1);
    EXPECT_EQ(model.index(members, 2).data(CityStatisticsModel::FigureIdsRole).toList().size(), 1);
    // No two rows read the same: an indicator stated in two units names the unit.
    EXPECT_TRUE(
        std::any_of(names.cbegin(), names.cend(), [](const QString &name) { return name.contains(u'('); }))
        << "participants in people and in person-times: " << names.join(u", "_s).toStdString();
    QStringList unique = names;
    unique.removeDuplicates();
    EXPECT_EQ(unique.size(), names.size()) << names.join(u", "_s).toStdString();
}
