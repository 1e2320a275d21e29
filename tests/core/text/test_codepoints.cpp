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

TEST(CodePoints, AppendUtf8MatchesQtOnEveryKindOfUnit)
{
    // ASCII, two- and three-byte characters, a surrogate pair, and lone surrogates at the start,
    // in the middle and at the end (Qt writes '?' for those; figure keys hash these bytes).
    QString text = u"a\u00e9\u4e07\U0001F600元"_s;
    text.prepend(QChar(0xdc00));
    text.append(QChar(0xd800));
    text.append(u'x');
    text.append(QChar(0xdfff));
    text.append(QChar(0xd83d));
    for (qsizetype from = 0; from <= text.size(); ++from) {
        for (qsizetype length = 0; from + length <= text.size(); ++length) {
            const QStringView part = QStringView(text).mid(from, length);
            QByteArray out(part.size() * 3, '\0');
            out.truncate(ub::appendUtf8(out.data(), part) - out.data());
            EXPECT_EQ(out, part.toUtf8()) << from << ' ' << length;
        }
    }
}
