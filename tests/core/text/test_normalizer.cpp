#include "normalizer.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(Normalizer, FullWidthDigitsAndPunctuation)
{
    const ub::MappedText n = ub::normalizeForMatching(u"２４８４．４万元（次）％，１２，３４５"_s);
    EXPECT_EQ(n.text, u"2484.4万元(次)%,12,345"_s);
}

TEST(Normalizer, TraditionalToSimplified)
{
    const ub::MappedText n = ub::normalizeForMatching(u"陝西省總工會發展會員8.3萬人"_s);
    EXPECT_EQ(n.text, u"陕西省总工会发展会员8.3万人"_s);
}

TEST(Normalizer, OffsetsPointIntoTheOriginal)
{
    const QString original = u"發展１２萬人"_s;
    const ub::MappedText n = ub::normalizeForMatching(original);
    ASSERT_EQ(n.text.size(), n.origin.size());
    const qsizetype at = n.text.indexOf(u"12万"_s);
    ASSERT_GE(at, 0);
    EXPECT_EQ(n.originalStart(at), 2);
    EXPECT_EQ(n.originalEnd(at + 3, original), 5);
}

TEST(Normalizer, ExpandingCompatibilityCharactersKeepTheMap)
{
    const QString original = u"面积5㎡左右"_s; // ㎡ → m2 under NFKC
    const ub::MappedText n = ub::normalizeForMatching(original);
    EXPECT_EQ(n.text, u"面积5m2左右"_s);
    EXPECT_EQ(n.originalStart(4), 3);
    EXPECT_EQ(n.originalEnd(5, original), 4);
}

TEST(Normalizer, CompactDropsLayoutButKeepsDigitRunsApart)
{
    const QString original = u"近 1.6\n万家，第\n\n12\n3个"_s;
    const ub::MappedText compact = ub::compactForMatching(ub::normalizeForMatching(original));
    EXPECT_EQ(compact.text, u"近1.6万家,第12 3个"_s);
    const qsizetype at = compact.text.indexOf(u"万"_s);
    EXPECT_EQ(original.at(compact.originalStart(at)), u'万');
}

TEST(Normalizer, CompactDropsMarkdownBold)
{
    const ub::MappedText compact = ub::compactForMatching(ub::normalizeForMatching(u"肯定**6**次"_s));
    EXPECT_EQ(compact.text, u"肯定6次"_s);
}

TEST(Normalizer, CompactDropsInlinePinyinAndJoinsSpacedDigits) // #15
{
    const QString text = u"63萬(wàn)人次，會(huì)員1 0 6 4 人，12 3个"_s;
    const ub::MappedText compact = ub::compactForMatching(ub::normalizeForMatching(text));
    EXPECT_EQ(compact.text, u"63万人次,会员1064人,12 3个"_s);
    // The map still points into the original: 次 after the annotation of 萬.
    const qsizetype ci = compact.text.indexOf(u'次');
    EXPECT_EQ(text[compact.originalStart(ci)], u'次');
    EXPECT_EQ(ub::compactForMatching(ub::normalizeForMatching(u"工会(A)组"_s)).text, u"工会(A)组"_s)
        << "capital letters are no pinyin";
    EXPECT_EQ(ub::normalizeForMatching(u"陜西"_s).text, u"陕西"_s) << "a variant ICU leaves alone";
}

TEST(Normalizer, SurrogatePairsSurvive)
{
    const QString original = u"𠀀12人"_s;
    const ub::MappedText n = ub::normalizeForMatching(original);
    EXPECT_EQ(n.text, original);
    EXPECT_EQ(n.originalStart(2), 2);
}

TEST(Normalizer, HostileInputStaysLinear)
{
    const QString longLine = QString(2'000'000, u'万');
    const ub::MappedText n = ub::normalizeForMatching(longLine);
    EXPECT_EQ(n.text.size(), longLine.size());
    const QString nuls(1000, QChar(0));
    EXPECT_EQ(ub::normalizeForMatching(nuls).text.size(), 1000);
}

TEST(Normalizer, ReusedBuffersGiveTheSameResult) // #7
{
    // The extractor normalises document after document into the same MappedText: a shorter text
    // after a longer one must leave nothing of the first behind.
    const QString longer = u"陝西省總工會發展會員８．３萬人，面积5㎡左右𠀀12人"_s;
    const QString shorter = u"近 1.6\n万家"_s;
    ub::MappedText normalized;
    ub::MappedText compact;
    for (const QString &text : {longer, shorter, longer}) {
        ub::normalizeForMatching(text, normalized);
        ub::compactForMatching(normalized, compact);
        const ub::MappedText expected = ub::normalizeForMatching(text);
        EXPECT_EQ(normalized.text, expected.text);
        EXPECT_EQ(normalized.origin, expected.origin);
        const ub::MappedText expectedCompact = ub::compactForMatching(expected);
        EXPECT_EQ(compact.text, expectedCompact.text);
        EXPECT_EQ(compact.origin, expectedCompact.origin);
    }
}

TEST(Normalizer, EveryCharacterKeepsItsFormInContext) // #7
{
    // The per-character table must give what normalising each character alone gives, whatever
    // surrounds it: every BMP unit (surrogates excepted) between two ASCII letters.
    QString text;
    for (char32_t c = 0x80; c <= 0xFFFF; ++c) {
        if (QChar::isSurrogate(c))
            continue;
        text.append(u'a');
        text.append(QChar(char16_t(c)));
    }
    const ub::MappedText all = ub::normalizeForMatching(text);
    qsizetype at = 0;
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const ub::MappedText alone = ub::normalizeForMatching(QStringView(text).sliced(i + 1, 1));
        ASSERT_EQ(all.text.at(at), u'a');
        ASSERT_EQ(QStringView(all.text).sliced(at + 1, alone.text.size()), alone.text) << int(text.at(i + 1).unicode());
        at += 1 + alone.text.size();
    }
    EXPECT_EQ(at, all.text.size());
}
