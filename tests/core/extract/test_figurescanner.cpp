// What the scanner reads as a figure and what it refuses (#3): units, qualifiers, not-figures.
#include "figurescanner.h"
#include "normalizer.h"

#include <QString>
#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;

namespace {

struct ScanCase
{
    const char16_t *text;
    const char16_t *quote; ///< expected quote of the single figure, or nullptr for "no figure"
    double value = 0;
    ub::Unit unit = ub::Unit::Other;
    ub::Qualifier qualifier = ub::Qualifier::Exact;
};

void PrintTo(const ScanCase &c, std::ostream *os) { *os << QString::fromUtf16(c.text).toStdString(); }

class ScanTable : public ::testing::TestWithParam<ScanCase>
{
};

QList<ub::FigureCandidate> scan(const QString &text, ub::MappedText *compactOut = nullptr)
{
    const ub::MappedText compact = ub::compactForMatching(ub::normalizeForMatching(text));
    if (compactOut)
        *compactOut = compact;
    return ub::scanFigures(compact.text);
}

} // namespace

TEST_P(ScanTable, FindsOrRefuses)
{
    const ScanCase &c = GetParam();
    const QString text = QString::fromUtf16(c.text);
    ub::MappedText compact;
    const QList<ub::FigureCandidate> figures = scan(text, &compact);
    if (!c.quote) {
        EXPECT_TRUE(figures.isEmpty()) << compact.text.sliced(figures.first().start, figures.first().end - figures.first().start).toStdString();
        return;
    }
    ASSERT_EQ(figures.size(), 1);
    const ub::FigureCandidate &f = figures.first();
    const qsizetype start = compact.originalStart(f.start);
    const qsizetype end = compact.originalEnd(f.end, text);
    EXPECT_EQ(text.sliced(start, end - start), QString::fromUtf16(c.quote));
    EXPECT_DOUBLE_EQ(f.value, c.value);
    EXPECT_EQ(f.unit, c.unit);
    EXPECT_EQ(f.qualifier, c.qualifier);
}

using U = ub::Unit;
using Q = ub::Qualifier;
// clang-format off
INSTANTIATE_TEST_SUITE_P(Units, ScanTable, ::testing::Values(
    ScanCase{u"发展会员8.3万名。", u"8.3万名", 83000, U::Person},
    ScanCase{u"预算资金 1.99亿元，", u"1.99亿元", 199000000, U::Cny},
    ScanCase{u"举办大合唱 2200多场（次），", u"2200多场（次）", 2200, U::Session, Q::AtLeast},
    ScanCase{u"观展职工 9000多人（次）。", u"9000多人（次）", 9000, U::PersonTime, Q::AtLeast},
    ScanCase{u"走访职工12360人次，", u"12360人次", 12360, U::PersonTime},
    ScanCase{u"建成母婴关爱室25家、", u"25家", 25, U::Count},
    ScanCase{u"集体合同覆盖率85%以上。", u"85%以上", 85, U::Percent, Q::AtLeast},
    ScanCase{u"捐赠蔬菜18吨、", u"18吨", 18, U::Other},
    ScanCase{u"用地79.1亩的", u"79.1亩", 79.1, U::Other},
    ScanCase{u"举办培训班1期，", u"1期", 1, U::Session},
    ScanCase{u"受理案件868件，", u"868件", 868, U::Count},
    ScanCase{u"组建了２４８４．４万元", u"２４８４．４万元", 24844000, U::Cny},
    ScanCase{u"共有１２，３４５人。", u"１２，３４５人", 12345, U::Person},
    ScanCase{u"發展會員8.3萬人，", u"8.3萬人", 83000, U::Person},
    ScanCase{u"全省 10市参加", u"10市", 10, U::Count},
    ScanCase{u"发布**6**次", u"6**次", 6, U::Session},
    ScanCase{u"收到互动留言 3.2万条。", u"3.2万条", 32000, U::Count},
    ScanCase{u"签订合同280余份，", u"280余份", 280, U::Count, Q::AtLeast},
    ScanCase{u"建成南北市区两个工人文化宫，", u"两个", 2, U::Count},
    ScanCase{u"细化分解为二十项具体任务，", u"二十项", 20, U::Count},
    ScanCase{u"发放了十余种物品，", u"十余种", 10, U::Count, Q::AtLeast},
    ScanCase{u"送去三位职工", u"三位", 3, U::Person},
    ScanCase{u"观看人数达到 875万，", u"875万", 8750000, U::Person},
    // #15: money in a bare round numeral is an amount; a counted noun may be followed by its members.
    ScanCase{u"咸阳市总工会筹资百万元“金秋助学”", u"百万元", 1000000, U::Cny},
    ScanCase{u"新发展20多万农民工会员。", u"20多万农民工", 200000, U::Person, Q::AtLeast}
));

INSTANTIATE_TEST_SUITE_P(Qualifiers, ScanTable, ::testing::Values(
    ScanCase{u"累计超过 120万职工参加；", u"超过 120万职工", 1200000, U::Person, Q::AtLeast},
    ScanCase{u"访问量突破 6000万次；", u"突破 6000万次", 60000000, U::Session, Q::AtLeast},
    ScanCase{u"队伍近 1600人参加，", u"近 1600人", 1600, U::Person, Q::Nearly},
    ScanCase{u"投入近千万元，", u"近千万元", 10000000, U::Cny, Q::Nearly},
    ScanCase{u"培训干部上万人（次），", u"上万人（次）", 10000, U::PersonTime, Q::AtLeast},
    ScanCase{u"入库近 1.6\n万家，", u"近 1.6\n万家", 16000, U::Count, Q::Nearly},
    ScanCase{u"参与职工达百万人。", u"百万人", 1000000, U::Person},
    ScanCase{u"首次突破百万元大关。", u"突破百万元", 1000000, U::Cny, Q::AtLeast},
    ScanCase{u"受益农民工近万名；", u"近万名", 10000, U::Person, Q::Nearly},
    ScanCase{u"约300人参加", u"约300人", 300, U::Person, Q::About},
    ScanCase{u"参加100人左右。", u"100人左右", 100, U::Person, Q::About},
    ScanCase{u"覆盖企业超 600 家，", u"超 600 家", 600, U::Count, Q::AtLeast},
    ScanCase{u"将近500名职工", u"将近500名", 500, U::Person, Q::Nearly},
    ScanCase{u"互助金额度达1000万余元；", u"1000万余元", 10000000, U::Cny, Q::AtLeast},
    ScanCase{u"参与职工达500余万人次，", u"500余万人次", 5000000, U::PersonTime, Q::AtLeast}
));

// #15: what real pages write and the scanner used to miss.
INSTANTIATE_TEST_SUITE_P(RealPages, ScanTable, ::testing::Values(
    ScanCase{u"外出務(wù)工人員達(dá)10.6萬(wàn)人", u"10.6萬(wàn)人", 106000, U::Person, Q::Exact},
    ScanCase{u"交易額達(dá)1 0 6 4 萬元", u"1 0 6 4 萬元", 10640000, U::Cny, Q::Exact},
    ScanCase{u"工會會員3 .4 萬名", u"3 .4 萬名", 34000, U::Person, Q::Exact},
    ScanCase{u"市中心医院、市人民医院各10万元", u"10万元", 100000, U::Cny, Q::Exact},
    ScanCase{u"西安市总今年继续为万名农民工免费体检", u"万名", 10000, U::Person, Q::Exact},
    ScanCase{u"“我们设计、发放问卷,收回590份,与货车司机面对面交谈", u"590份", 590, U::Count, Q::Exact},
    ScanCase{u"为亲子家庭送去200对暑期名额", u"200对", 200, U::Count, Q::Exact},
    ScanCase{u"参赛职工人数24600人", u"24600人", 24600, U::Person, Q::Exact}
));

INSTANTIATE_TEST_SUITE_P(NotFigures, ScanTable, ::testing::Values(
    ScanCase{u"2019年 11月 14日，在西安召开", nullptr},
    ScanCase{u"12 月 5 日是第 35 个国际志愿者日", nullptr},
    ScanCase{u"第五届陕西职工科技节", nullptr},
    ScanCase{u"省政府与省总工会第二十九次联席会议", nullptr},
    ScanCase{u"呈现出十大亮点。", nullptr},
    ScanCase{u"“三个百万”系列活动", nullptr},
    ScanCase{u"贯彻落实“五个扎实”", nullptr},
    ScanCase{u"做到“两个维护”。", nullptr},
    ScanCase{u"“百企进咸、投资兴业”八项工作措施", nullptr},
    ScanCase{u"被列为为民办十件实事之一。", nullptr},
    ScanCase{u"全省百万职工大合唱", nullptr},
    ScanCase{u"开展陕西工会百万职工消费扶贫行动", nullptr},
    ScanCase{u"百人以上企业工会专项活动", nullptr},
    ScanCase{u"前 100名报名者每人还获得了奖品", nullptr},
    ScanCase{u"开展为期4天的疗休养活动", nullptr},
    ScanCase{u"每个贫困县至少有 1家劳模单位", nullptr},
    ScanCase{u"采购金额应达到当年采购金额的 30%以上", nullptr},
    ScanCase{u"以《一台晚会一本册子引来百万职工热捧》为题", nullptr},
    ScanCase{u"召开市委五届八次全会", nullptr},
    ScanCase{u"省总十四届三次全会精神", nullptr},
    ScanCase{u"党的十九届五中全会", nullptr},
    ScanCase{u"涌现出一批产业扶贫劳模典型", nullptr},
    ScanCase{u"这四个方面为切入点", nullptr},
    ScanCase{u"“十四五”开局之年", nullptr},
    ScanCase{u"依托全国扶贫“832”消费平台", nullptr},
    ScanCase{u"下载“陕西工会”APP2次", nullptr},
    ScanCase{u"万众一心、千方百计", nullptr},
    ScanCase{u"近十多年来首次登上", nullptr},
    ScanCase{u"“访万职工、进千户企业、办百件事”活动", nullptr},
    ScanCase{u"一是在抓劳动竞赛上用足功", nullptr},
    ScanCase{u"包括李书娃在内的数十名农民工遭遇欠薪", nullptr},
    ScanCase{u"力争到2025年新建职工书屋100家", nullptr},
    ScanCase{u"预计全国铁路将发送旅客4.8亿人次", nullptr},
    ScanCase{u"还要为1000名农民工子女提供免费体检", nullptr},
    ScanCase{u"一类大赛12个工种", u"12个", 12, U::Count, Q::Exact},
    ScanCase{u"目前三期工程已封顶", nullptr},
    ScanCase{u"进驻平台以来,仅3个月销售额", nullptr}, // a duration, like 为期4天 (#15)
    ScanCase{u"进驻平台以来,仅3 個月销售额", nullptr}
));
// clang-format on

TEST(FigureScanner, FindsEveryFigureOfAListInOrder)
{
    const QList<ub::FigureCandidate> figures =
        scan(u"对164名困难职工进行临时救助，共发放救助金205万元；为37名退役军人发放慰问金7.4万元。"_s);
    ASSERT_EQ(figures.size(), 4);
    EXPECT_DOUBLE_EQ(figures.at(0).value, 164);
    EXPECT_DOUBLE_EQ(figures.at(1).value, 2050000);
    EXPECT_DOUBLE_EQ(figures.at(2).value, 37);
    EXPECT_DOUBLE_EQ(figures.at(3).value, 74000);
    EXPECT_LT(figures.at(0).end, figures.at(1).start);
}

TEST(FigureScanner, HostileInputsStayLinearAndSafe)
{
    EXPECT_TRUE(scan(QString(50'000, u'万')).isEmpty());
    EXPECT_TRUE(scan(QString(100'000, u'9') + u"人"_s).isEmpty());
    QString nul = u"发展会员"_s + QChar(0) + u"8.3万名"_s;
    EXPECT_EQ(scan(nul).size(), 1);
    QString line;
    for (int i = 0; i < 20'000; ++i)
        line += u"建成爱心驿站12家，"_s;
    EXPECT_EQ(scan(line).size(), 20'000);
}
