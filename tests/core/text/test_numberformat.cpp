#include "numberformat.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(NumberFormat, CompactChinese)
{
    EXPECT_EQ(ub::formatCompactNumber(170000000, u"zh_CN"_s), u"1.7亿"_s);
    EXPECT_EQ(ub::formatCompactNumber(83000, u"zh_CN"_s), u"8.3万"_s);
}

TEST(NumberFormat, CompactEnglish)
{
    EXPECT_EQ(ub::formatCompactNumber(170000000, u"en"_s), u"170M"_s);
}

TEST(NumberFormat, FullWithGrouping)
{
    EXPECT_EQ(ub::formatFullNumber(24844000, u"en"_s), u"24,844,000"_s);
    EXPECT_EQ(ub::formatFullNumber(79.1, u"zh_CN"_s), u"79.1"_s);
}
