#include "codepoints.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(CodePoints, CountsSurrogatePairsOnce)
{
    const QString text = u"a𠀀b"_s; // U+20000 is a surrogate pair in UTF-16
    EXPECT_EQ(text.size(), 4);
    EXPECT_EQ(ub::codePointCount(text), 3);
    EXPECT_EQ(ub::utf16IndexOfCodePoint(text, 2), 3);
    EXPECT_EQ(ub::codePointOffsetOfUtf16(text, 3), 2);
    EXPECT_EQ(ub::utf16IndexOfCodePoint(text, 10), text.size());
}

TEST(CodePoints, IndexMatchesLinearFunctions)
{
    const QString text = u"陕西𠀀省𠀁总工会x"_s;
    const ub::CodePointIndex index(text);
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i].isLowSurrogate())
            continue;
        EXPECT_EQ(index.codePointOffset(i), ub::codePointOffsetOfUtf16(text, i)) << i;
    }
}

TEST(CodePoints, IndexIsIdentityWithoutSurrogates)
{
    const QString text = u"发展会员8.3万人"_s;
    const ub::CodePointIndex index(text);
    EXPECT_EQ(index.codePointOffset(5), 5);
}
