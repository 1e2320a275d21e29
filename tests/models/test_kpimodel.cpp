// KpiModel: the year's headline indicators, each aggregated by kind, the province's own or its cities' sum.
#include "kpimodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace Qt::StringLiterals;
using namespace ub;

class KpiModelTest : public test::SampleStoreTest {};

TEST_F(KpiModelTest, CardsAreTheMostReportedIndicatorsWithTheirValuesAndChange)
{
    importPaths({writeFile(u"xian.txt"_s, QStringLiteral("西安市总工会2020年工作总结\n\n"
                                                          "2020年，西安市总工会新发展会员1287人，筹集送温暖资金2484.4万元。\n").toUtf8()),
                 writeFile(u"baoji.txt"_s, QStringLiteral("宝鸡市总工会2020年工作总结\n\n"
                                                           "2020年，宝鸡市总工会新发展会员900余人。\n").toUtf8()),
                 writeFile(u"baoji2019.txt"_s, QStringLiteral("宝鸡市总工会2019年工作总结\n\n"
                                                               "2019年，宝鸡市总工会新发展会员1000人。"
                                                               "2019年，西安市总工会新发展会员1000人。\n").toUtf8())});
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    KpiModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setYear(2020);
    ASSERT_GE(model.rowCount(), 1);
    // new_members: reported by two cities, so first; no provincial figure, so the cities' sum.
    const QModelIndex members = model.index(0);
    EXPECT_EQ(members.data(KpiModel::IndicatorRole).toString(), u"new_members"_s);
    EXPECT_DOUBLE_EQ(members.data(KpiModel::ValueRole).toDouble(), 1287 + 900);
    EXPECT_TRUE(members.data(KpiModel::PartialRole).toBool());
    EXPECT_TRUE(members.data(KpiModel::HeadlineRole).toString().startsWith(u"≥"_s)) << "900余人 is a floor";
    EXPECT_EQ(members.data(KpiModel::RegionsRole).toInt(), 2);
    EXPECT_EQ(members.data(KpiModel::ChangeRole).toString().left(4), u"+9.3"_s) << "2187 against 2000 in 2019";
    EXPECT_EQ(members.data(KpiModel::FiguresRole).toInt(), 2);
    // Never a card that adds different indicators: each card is one indicator.
    QStringList indicators;
    for (int row = 0; row < model.rowCount(); ++row)
        indicators << model.index(row).data(KpiModel::IndicatorRole).toString();
    EXPECT_EQ(indicators.removeDuplicates(), 0);

    model.setYear(1999);
    EXPECT_EQ(model.rowCount(), 0) << "a year without figures has no cards";
    model.setPinned({u"relief_funds"_s});
    model.setYear(2020);
    EXPECT_EQ(model.index(0).data(KpiModel::IndicatorRole).toString(), u"relief_funds"_s) << "pinned first";
    QLocale::setDefault(QLocale::c());
}
