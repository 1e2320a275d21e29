// Region resolver, year resolver and category classifier, table-driven (#3).
#include "categoryclassifier.h"
#include "gazetteer.h"
#include "regionresolver.h"
#include "yearresolver.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(YearResolver, ExplicitYearBeforeTheFigure)
{
    EXPECT_EQ(ub::explicitYearBefore(u"截至2023年底,全省新建企业达287家"_s, 18), 2023);
    EXPECT_EQ(ub::explicitYearBefore(u"2021年7月16日,规划占地79.1亩"_s, 17), 2021);
    EXPECT_EQ(ub::explicitYearBefore(u"市总表彰为2018—2020年省模范单位9家"_s, 18), 2020);
    EXPECT_EQ(ub::explicitYearBefore(u"被授予“2019年陕西省创新奖”,发放5万元"_s, 20), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"以《2019年工作》为题,发放5万元"_s, 15), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"建成25家,2020年"_s, 3), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"电话12345年"_s, 8), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"2019 年"_s, 7), 0);
}

TEST(RegionResolver, ClauseSubjectMovesTheFigure)
{
    const ub::Gazetteer &g = ub::Gazetteer::shaanxi();
    auto subjectOf = [&](const QString &text) {
        const qsizetype figure = text.indexOf(u'新');
        return ub::clauseSubject(text, g.findMentions(text), 0, figure);
    };
    ub::ClauseSubject s = subjectOf(u"甘泉县总工会新建工会组织12家"_s);
    EXPECT_EQ(s.region, u"延安市"_s);
    EXPECT_EQ(s.subregion, u"甘泉县"_s);
    s = subjectOf(u"宝鸡市陈仓区总工会新发展会员1287人"_s);
    EXPECT_EQ(s.region, u"宝鸡市"_s);
    EXPECT_EQ(s.subregion, u"陈仓区"_s);
    s = subjectOf(u"全国工会新发展会员300万人"_s);
    EXPECT_EQ(s.region, u"全国"_s);
    s = subjectOf(u"湖北省总工会新建工会组织12家"_s);
    EXPECT_EQ(s.region, u"外省"_s);
    s = subjectOf(u"向湖北省十堰市捐助新物资43.6万元"_s);
    EXPECT_TRUE(s.region.isEmpty()); // an object, not the subject
    s = subjectOf(u"陕西省总工会新建12家"_s);
    EXPECT_EQ(s.region, u"陕西省"_s);
}

namespace {

struct CategoryCase
{
    const char16_t *segment;
    const char16_t *sentence;
    const char16_t *title;
    ub::Unit unit;
    ub::Category category;
};

class CategoryTable : public ::testing::TestWithParam<CategoryCase>
{
};

} // namespace

TEST_P(CategoryTable, Classifies)
{
    const CategoryCase &c = GetParam();
    const QString segment = QString::fromUtf16(c.segment);
    const QString sentence = QString::fromUtf16(c.sentence);
    const QString title = QString::fromUtf16(c.title);
    ub::CategoryContext context;
    context.segment = segment;
    context.part = sentence;
    context.sentence = sentence;
    context.itemTitle = title;
    context.unit = c.unit;
    EXPECT_EQ(ub::CategoryClassifier::instance().classify(context).category, c.category) << segment.toStdString();
}

using C = ub::Category;
using U = ub::Unit;
// clang-format off
INSTANTIATE_TEST_SUITE_P(Categories, CategoryTable, ::testing::Values(
    CategoryCase{u"新增会员13000余人", u"新建工会组织280余家,新增会员13000余人", u"", U::Person, C::Members},
    CategoryCase{u"建成母婴关爱室25家", u"建成母婴关爱室25家、爱心驿站100家", u"", U::Count, C::Other},
    CategoryCase{u"筹集资金2484.4万元", u"筹集资金2484.4万元,统筹推进疫情防控", u"", U::Cny, C::Funds},
    CategoryCase{u"参与职工达百万人", u"开展主题劳动和技能竞赛,参与职工达百万人", u"", U::Person, C::Competitions},
    CategoryCase{u"举办工会干部培训班8期", u"举办工会干部培训班8期,表彰先进", u"", U::Session, C::Events},
    CategoryCase{u"提供就业岗位6344个", u"举办招聘会,提供就业岗位6344个", u"", U::Count, C::Other},
    CategoryCase{u"全省参加活动的各类企业500多家", u"全省参加活动的各类企业500多家", u"第五届陕西职工科技节", U::Count, C::Competitions},
    CategoryCase{u"推选全国劳动模范3人", u"推选全国劳动模范3人", u"开展劳动技能竞赛", U::Person, C::Other},
    CategoryCase{u"走访职工12360人次", u"走访职工12360人次", u"", U::PersonTime, C::Events},
    CategoryCase{u"组织职工在街头发放资料1000余册", u"商洛市丹凤县总工会组织职工发放资料1000余册", u"", U::Count, C::Other},
    CategoryCase{u"集体合同覆盖率85%以上", u"集体合同覆盖率85%以上", u"", U::Percent, C::Other}
));
// clang-format on

TEST(CategoryClassifier, IndicatorDictionaryIsLoadedAndConsistent)
{
    const auto &indicators = ub::CategoryClassifier::instance().indicators();
    ASSERT_GE(indicators.size(), 20);
    QStringList keys;
    for (const ub::Indicator &indicator : indicators) {
        EXPECT_FALSE(indicator.zhName.isEmpty());
        EXPECT_FALSE(indicator.enName.isEmpty());
        EXPECT_FALSE(indicator.triggers.isEmpty()) << indicator.key.toStdString();
        EXPECT_FALSE(keys.contains(indicator.key)) << indicator.key.toStdString();
        keys.append(indicator.key);
    }
    ub::CategoryContext context;
    const QString segment = u"建成母婴关爱室25家"_s;
    context.segment = segment;
    context.part = segment;
    context.sentence = segment;
    context.positionInSegment = 7;
    context.unit = ub::Unit::Count;
    const ub::Classification c = ub::CategoryClassifier::instance().classify(context);
    ASSERT_NE(c.indicator, nullptr);
    EXPECT_EQ(c.indicator->key, u"mother_baby_rooms"_s);
}
