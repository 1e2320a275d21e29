// Figure keys: stored with every figure and matched by corrections, so their bytes must never change.
#include "codepoints.h"
#include "figure.h"
#include "figurekeys.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ub::Figure;

namespace {

/** The key as the first stores computed it: compacted context strings, UTF-8, SHA-1, hex. */
QString referenceKey(const Figure &figure, QHash<QString, int> &occurrences)
{
    const QString &sentence = figure.sentence;
    const qsizetype from = ub::utf16IndexOfCodePoint(sentence, figure.start - figure.sentenceStart);
    const qsizetype to = ub::utf16IndexOfCodePoint(sentence, figure.end - figure.sentenceStart);
    QString before;
    for (qsizetype i = from; i > 0 && before.size() < 12; --i) {
        if (!sentence.at(i - 1).isSpace())
            before.prepend(sentence.at(i - 1));
    }
    QString after;
    for (qsizetype i = to; i < sentence.size() && after.size() < 12; ++i) {
        if (!sentence.at(i).isSpace())
            after += sentence.at(i);
    }
    const QString context = before + u'\x1f' + figure.quote + u'\x1f' + after;
    const QString base =
        QString::fromLatin1(QCryptographicHash::hash(context.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
    return base + u'#' + QString::number(occurrences[base]++);
}

Figure figureIn(const QString &sentence, const QString &quote, qint64 sentenceStart, int occurrence = 0)
{
    Figure figure;
    figure.sentence = sentence;
    figure.sentenceStart = sentenceStart;
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = sentence.indexOf(quote, at + 1);
    figure.start = sentenceStart + ub::codePointOffsetOfUtf16(sentence, at);
    figure.end = figure.start + ub::codePointCount(quote);
    figure.quote = quote;
    return figure;
}

} // namespace

TEST(FigureKeys, AreTheKeysEarlierStoresHold)
{
    QString lone = u"残缺"_s;
    lone.append(QChar(0xd800)); // a lone surrogate in the context
    lone += u"筹集资金2484.4万元"_s;
    const QList<Figure> figures = {
        figureIn(u"全市新增会员8.3万人，其中农民工3万人。"_s, u"8.3万人"_s, 100),
        figureIn(u"全市新增会员8.3万人，其中农民工3万人。"_s, u"3万人"_s, 100),
        figureIn(u"8.3万名职工加入工会"_s, u"8.3万名"_s, 0),
        figureIn(u"参与 职工 达 500余万人次 ， 覆盖\t全省 11 个市"_s, u"500余万人次"_s, 7),
        figureIn(u"𠀀𠀁筹集资金2484.4万元𠀂"_s, u"2484.4万元"_s, 40),
        figureIn(lone, u"2484.4万元"_s, 3),
        figureIn(u"资金1万元；资金1万元；资金1万元"_s, u"1万元"_s, 0, 0),
        figureIn(u"资金1万元；资金1万元；资金1万元"_s, u"1万元"_s, 0, 1),
        figureIn(u"资金1万元；资金1万元；资金1万元"_s, u"1万元"_s, 0, 2),
        figureIn(u"资金1万元；资金1万元；资金1万元"_s, u"1万元"_s, 0, 0), // the same again: occurrence #1
    };
    ub::FigureKeys keys;
    QHash<QString, int> occurrences;
    QSet<QString> seen;
    for (const Figure &figure : figures) {
        const QString expected = referenceKey(figure, occurrences);
        const QString key = keys.next(figure);
        EXPECT_EQ(key, expected) << figure.quote.toStdString();
        EXPECT_FALSE(seen.contains(key)) << key.toStdString();
        seen.insert(key);
    }
}
