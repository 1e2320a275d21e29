#include "figurekeys.h"

#include "codepoints.h"
#include "figure.h"
#include "sha1.h"

#include <charconv>
#include <cstring>

namespace ub {

namespace {

/** The last kContext non-space characters before the figure and the first kContext after it. */
constexpr qsizetype kContext = 12;

} // namespace

int FigureKeys::write(const Figure &figure, char *out)
{
    const QString &sentence = figure.sentence;
    const qsizetype from = utf16IndexOfCodePoint(sentence, figure.start - figure.sentenceStart);
    const qsizetype to = utf16IndexOfCodePoint(sentence, figure.end - figure.sentenceStart);
    // Found by walking outwards from the figure: compacting the whole sentence first cost
    // O(sentence) per figure, the largest share of a dense one-line report's import (#8).
    char16_t before[kContext];
    qsizetype beforeCount = 0;
    const qsizetype beforeEnd = from < 0 || from > sentence.size() ? sentence.size() : from;
    for (qsizetype i = beforeEnd; i > 0 && beforeCount < kContext; --i) {
        if (!sentence.at(i - 1).isSpace())
            before[kContext - 1 - beforeCount++] = sentence.at(i - 1).unicode();
    }
    char16_t after[kContext];
    qsizetype afterCount = 0;
    for (qsizetype i = qMax<qsizetype>(to, 0); i < sentence.size() && afterCount < kContext; ++i) {
        if (!sentence.at(i).isSpace())
            after[afterCount++] = sentence.at(i).unicode();
    }

    // Hashed as the UTF-8 of before + '\x1f' + quote + '\x1f' + after, byte for byte what
    // QString::toUtf8() gives (appendUtf8 matches it, lone surrogates included).
    m_context.resize(3 * (2 * kContext + figure.quote.size()) + 2);
    char *end = appendUtf8(m_context.data(), QStringView(before + kContext - beforeCount, beforeCount));
    *end++ = '\x1f';
    end = appendUtf8(end, figure.quote);
    *end++ = '\x1f';
    end = appendUtf8(end, QStringView(after, afterCount));
    const Sha1Digest digest = sha1(QByteArrayView(m_context.constData(), end - m_context.constData()));

    static const char hex[] = "0123456789abcdef";
    constexpr int kBaseDigits = 20;
    for (int i = 0; i < kBaseDigits / 2; ++i) {
        const auto byte = static_cast<unsigned char>(digest[i]);
        out[2 * i] = hex[byte >> 4];
        out[2 * i + 1] = hex[byte & 0xf];
    }
    Base base{0, 0};
    std::memcpy(&base.high, digest.data(), sizeof base.high);
    std::memcpy(&base.low, digest.data() + sizeof base.high, sizeof base.low);
    const int occurrence = m_occurrences[base]++;
    out[kBaseDigits] = '#';
    const char *const numberEnd = std::to_chars(out + kBaseDigits + 1, out + kMaxLength, occurrence).ptr;
    return int(numberEnd - out);
}

QString FigureKeys::next(const Figure &figure)
{
    char key[kMaxLength];
    return QString::fromLatin1(key, write(figure, key));
}

} // namespace ub
