// Labels: numbers formatted for the locale with ICU, qualifier symbols.
#include "labels.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ub;

TEST(Labels, CompactNumbersFollowTheLocale)
{
    QLocale::setDefault(QLocale(u"zh_CN"_s));
    EXPECT_EQ(Labels::compactNumber(170000000), u"1.7亿"_s);
    EXPECT_EQ(Labels::compactNumber(83000), u"8.3万"_s);
    QLocale::setDefault(QLocale(u"en_US"_s));
    EXPECT_EQ(Labels::compactNumber(170000000), u"170M"_s);
    EXPECT_EQ(Labels::number(24844000), u"24,844,000"_s);
    QLocale::setDefault(QLocale::c());
}

TEST(Labels, QualifierSymbolsMarkApproximations)
{
    EXPECT_TRUE(Labels::qualifierSymbol(Qualifier::Exact).isEmpty());
    EXPECT_EQ(Labels::qualifierSymbol(Qualifier::AtLeast), u"≥"_s);
    EXPECT_EQ(Labels::qualifierSymbol(Qualifier::About), u"≈"_s);
    EXPECT_NE(Labels::qualifierSymbol(Qualifier::Nearly), Labels::qualifierSymbol(Qualifier::About));
}
