#include "normalizer.h"
#include "sentencesegmenter.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QStringList sentencesOf(const QString &original)
{
    const ub::MappedText compact = ub::compactForMatching(ub::normalizeForMatching(original));
    QStringList out;
    for (const ub::TextSpan &span : ub::sentenceSpans(compact.text))
        out.append(compact.text.sliced(span.start, span.end - span.start));
    return out;
}

} // namespace

TEST(SentenceSegmenter, SplitsAtFullStops)
{
    const QStringList sentences = sentencesOf(u"建成母婴关爱室25家。发放读书卡11万张！好吗？"_s);
    ASSERT_EQ(sentences.size(), 3);
    EXPECT_EQ(sentences.at(0), u"建成母婴关爱室25家。"_s);
}

TEST(SentenceSegmenter, HardWrapsAndBlankLinesDoNotCut)
{
    const QStringList sentences = sentencesOf(u"在泰州举办了扶贫产品展销会，消费扶\n\n贫携手行，共发放\n救助金205万元。下一句。"_s);
    ASSERT_EQ(sentences.size(), 2);
    EXPECT_TRUE(sentences.at(0).contains(u"消费扶贫携手行"_s));
}

TEST(SentenceSegmenter, DecimalPointIsNotAStop)
{
    const QStringList sentences = sentencesOf(u"筹集资金2484.4万元. 完成。"_s);
    EXPECT_TRUE(sentences.at(0).contains(u"2484.4"_s));
}

TEST(SentenceSegmenter, SpansTileTheText)
{
    const QString text = u"一。二！三？四"_s;
    const QList<ub::TextSpan> spans = ub::sentenceSpans(text);
    qsizetype expected = 0;
    for (const ub::TextSpan &span : spans) {
        EXPECT_EQ(span.start, expected);
        expected = span.end;
    }
    EXPECT_EQ(expected, text.size());
}

TEST(SentenceSegmenter, EmptyText)
{
    EXPECT_TRUE(ub::sentenceSpans(QString()).isEmpty());
}

TEST(SentenceSegmenter, ReusedListGivesTheSameSpans) // #7
{
    const QString first = u"全年发展会员8.3万名。筹集资金2484.4万元！慰问职工1.2万人次？"_s;
    const QString second = u"一句话"_s;
    QList<ub::TextSpan> spans;
    for (const QString &text : {first, second, QString()}) {
        ub::sentenceSpans(text, spans);
        const QList<ub::TextSpan> expected = ub::sentenceSpans(text);
        ASSERT_EQ(spans.size(), expected.size());
        for (qsizetype k = 0; k < spans.size(); ++k) {
            EXPECT_EQ(spans.at(k).start, expected.at(k).start);
            EXPECT_EQ(spans.at(k).end, expected.at(k).end);
        }
    }
}
