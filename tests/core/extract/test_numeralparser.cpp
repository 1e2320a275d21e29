// Table-driven tests of the numeral parser (#3): Arabic, separators, 万/亿, Chinese numerals, hostile runs.
#include "numeralparser.h"

#include <QString>
#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;

namespace {

struct NumeralCase
{
    const char16_t *text;
    double value;      ///< expected value when valid
    int length;        ///< characters read
    bool valid = true;
    bool atLeast = false;
    bool chinese = false;
    bool bare = false;
};

void PrintTo(const NumeralCase &c, std::ostream *os) { *os << QString::fromUtf16(c.text).toStdString(); }

class NumeralTable : public ::testing::TestWithParam<NumeralCase>
{
};

} // namespace

TEST_P(NumeralTable, Reads)
{
    const NumeralCase &c = GetParam();
    const QString text = QString::fromUtf16(c.text);
    const ub::NumberToken token = ub::parseNumberAt(text, 0);
    EXPECT_EQ(token.valid, c.valid);
    EXPECT_EQ(token.end - token.start, c.length);
    if (c.valid) {
        EXPECT_DOUBLE_EQ(token.value, c.value);
        EXPECT_EQ(token.atLeast, c.atLeast);
        EXPECT_EQ(token.chinese, c.chinese);
        EXPECT_EQ(token.bare, c.bare);
    }
}

// clang-format off
INSTANTIATE_TEST_SUITE_P(Arabic, NumeralTable, ::testing::Values(
    NumeralCase{u"0", 0, 1}, NumeralCase{u"7", 7, 1}, NumeralCase{u"10个", 10, 2}, NumeralCase{u"262家", 262, 3},
    NumeralCase{u"386057人", 386057, 6}, NumeralCase{u"12360人次", 12360, 5}, NumeralCase{u"79.1亩", 79.1, 4},
    NumeralCase{u"261.65万元", 2616500, 7}, NumeralCase{u"2484.4万元", 24844000, 7}, NumeralCase{u"8.3万名", 83000, 4},
    NumeralCase{u"1.99亿元", 199000000, 5}, NumeralCase{u"1.4亿次", 140000000, 4}, NumeralCase{u"11302万元", 113020000, 6},
    NumeralCase{u"1000万余元", 10000000, 6, true, true}, NumeralCase{u"500余万人次", 5000000, 5, true, true},
    NumeralCase{u"20多万名", 200000, 4, true, true}, NumeralCase{u"100多万名", 1000000, 5, true, true},
    NumeralCase{u"500多家", 500, 3}, NumeralCase{u"50余次", 50, 2}, NumeralCase{u"12,345人", 12345, 6},
    NumeralCase{u"1,234,567元", 1234567, 9}, NumeralCase{u"12,34人", 12, 2}, NumeralCase{u"1234,567", 1234, 4},
    NumeralCase{u"3.12亿元", 312000000, 5}, NumeralCase{u"1.2万亿元", 1.2e12, 5}, NumeralCase{u"3千万元", 3e7, 3},
    NumeralCase{u"5百万", 5e6, 3}, NumeralCase{u"5百人", 5, 1}, NumeralCase{u"85%以上", 85, 2},
    NumeralCase{u"103%", 103, 3}, NumeralCase{u"2019年", 2019, 4}, NumeralCase{u"0.5万", 5000, 4},
    NumeralCase{u"1.", 1, 1}, NumeralCase{u"1.2.3", 1.2, 3}, NumeralCase{u"007个", 7, 3},
    NumeralCase{u"29.66万人", 296600, 6}, NumeralCase{u"5.2万平方米", 52000, 4}, NumeralCase{u"6344个", 6344, 4},
    NumeralCase{u"999999999999999", 999999999999999, 15}, NumeralCase{u"1.1234567万", 0, 9, false},
    NumeralCase{u"1234567890123456", 0, 16, false}, NumeralCase{u"12万万", 1.2e9, 4}, NumeralCase{u"3万多", 30000, 3, true, true},
    NumeralCase{u"1万余", 10000, 3, true, true}, NumeralCase{u"18吨", 18, 2}, NumeralCase{u"60余期", 60, 2},
    NumeralCase{u"4200余人", 4200, 4}, NumeralCase{u"2000余人", 2000, 4}, NumeralCase{u"1.3万余字", 13000, 5, true, true}
));

INSTANTIATE_TEST_SUITE_P(Chinese, NumeralTable, ::testing::Values(
    NumeralCase{u"一", 1, 1, true, false, true}, NumeralCase{u"两个", 2, 1, true, false, true},
    NumeralCase{u"三位", 3, 1, true, false, true}, NumeralCase{u"十", 10, 1, true, false, true},
    NumeralCase{u"十余种", 10, 2, true, true, true}, NumeralCase{u"二十项", 20, 2, true, false, true},
    NumeralCase{u"二十五", 25, 3, true, false, true}, NumeralCase{u"一百", 100, 2, true, false, true},
    NumeralCase{u"一百零五", 105, 4, true, false, true}, NumeralCase{u"一千二百", 1200, 4, true, false, true},
    NumeralCase{u"三千", 3000, 2, true, false, true}, NumeralCase{u"五万", 50000, 2, true, false, true},
    NumeralCase{u"十万", 100000, 2, true, false, true}, NumeralCase{u"二十万", 200000, 3, true, false, true},
    NumeralCase{u"三十五万", 350000, 4, true, false, true}, NumeralCase{u"一亿", 1e8, 2, true, false, true},
    NumeralCase{u"两亿", 2e8, 2, true, false, true}, NumeralCase{u"百万", 1e6, 2, true, false, true, true},
    NumeralCase{u"千万元", 1e7, 2, true, false, true, true}, NumeralCase{u"万名", 1e4, 1, true, false, true, true},
    NumeralCase{u"百人", 100, 1, true, false, true, true}, NumeralCase{u"千户", 1000, 1, true, false, true, true},
    NumeralCase{u"亿元", 1e8, 1, true, false, true, true}, NumeralCase{u"二十余万", 200000, 4, true, true, true},
    NumeralCase{u"十多万", 100000, 3, true, true, true}, NumeralCase{u"十四五", 14, 2, true, false, true},
    NumeralCase{u"三四个", 3, 1, true, false, true}, NumeralCase{u"〇", 0, 1, false, false, true},
    NumeralCase{u"零", 0, 1, false, false, true}, NumeralCase{u"九十九", 99, 3, true, false, true},
    NumeralCase{u"一万二千", 12000, 4, true, false, true}, NumeralCase{u"八千万", 8e7, 3, true, false, true},
    NumeralCase{u"七项", 7, 1, true, false, true}, NumeralCase{u"八十周年", 80, 2, true, false, true},
    NumeralCase{u"十九届", 19, 2, true, false, true}, NumeralCase{u"两年", 2, 1, true, false, true},
    NumeralCase{u"五个扎实", 5, 1, true, false, true}, NumeralCase{u"一万", 10000, 2, true, false, true},
    NumeralCase{u"十一", 11, 2, true, false, true}, NumeralCase{u"二百五十", 250, 4, true, false, true},
    NumeralCase{u"三万五千", 35000, 4, true, false, true}, NumeralCase{u"一千万", 1e7, 3, true, false, true}
));

INSTANTIATE_TEST_SUITE_P(Hostile, NumeralTable, ::testing::Values(
    NumeralCase{u"万万万万万万万万万万万万万万万万万万万万", 0, 20, false, false, false},
    NumeralCase{u"一二三四五六七八九十一二三四五六七", 0, 17, false, false, false},
    NumeralCase{u"abc", 0, 0, false}, NumeralCase{u"", 0, 0, false}, NumeralCase{u"年", 0, 0, false},
    NumeralCase{u"多", 0, 0, false}, NumeralCase{u"余万", 0, 0, false},
    NumeralCase{u"99999999999999999999.5", 0, 22, false}, NumeralCase{u"1,2,3,4", 1, 1},
    NumeralCase{u"1 2", 1, 1}, NumeralCase{u"3.", 3, 1}, NumeralCase{u"12..5", 12, 2}
));
// clang-format on

TEST(NumeralParser, HundredThousandDigitsAreSkippedWholeAndFast)
{
    const QString digits = QString(100'000, u'9') + u"人"_s;
    const ub::NumberToken token = ub::parseNumberAt(digits, 0);
    EXPECT_FALSE(token.valid);
    EXPECT_EQ(token.end, 100'000);
}

TEST(NumeralParser, FiftyThousandWanAreSkippedWhole)
{
    const QString wan(50'000, u'万');
    const ub::NumberToken token = ub::parseNumberAt(wan, 0);
    EXPECT_FALSE(token.valid);
    EXPECT_EQ(token.end, wan.size());
}

TEST(NumeralParser, ReadsFromTheMiddle)
{
    const QString text = u"发展会员8.3万人"_s;
    const ub::NumberToken token = ub::parseNumberAt(text, 4);
    EXPECT_DOUBLE_EQ(token.value, 83000);
    EXPECT_EQ(token.lastScale, u'万');
    EXPECT_EQ(token.lastScalePos, 7);
}

TEST(NumeralParser, NumberStartCharacters)
{
    EXPECT_TRUE(ub::isNumberStart(u'5'));
    EXPECT_TRUE(ub::isNumberStart(u'两'));
    EXPECT_TRUE(ub::isNumberStart(u'万'));
    EXPECT_FALSE(ub::isNumberStart(u'余'));
    EXPECT_FALSE(ub::isNumberStart(u'a'));
}
