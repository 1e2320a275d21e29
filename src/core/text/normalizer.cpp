#include "normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace ub {

namespace {

constexpr char32_t kCjkFirst = 0x3400;
constexpr char32_t kCjkLast = 0x9FFF;

/** Hant→Hans for every BMP ideograph, computed once with ICU (single characters map one to one). */
class SimplifiedTable
{
public:
    SimplifiedTable()
    {
        m_map.fill(0);
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> translit(
            icu::Transliterator::createInstance(icu::UnicodeString(u"Hant-Hans"), UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !translit)
            return;
        icu::UnicodeString all;
        for (char32_t c = kCjkFirst; c <= kCjkLast; ++c) {
            all.append(static_cast<UChar>(c));
            all.append(static_cast<UChar>(u'\n'));
        }
        translit->transliterate(all);
        int32_t pos = 0;
        char32_t c = kCjkFirst;
        while (pos < all.length() && c <= kCjkLast) {
            const int32_t newline = all.indexOf(static_cast<UChar>(u'\n'), pos);
            if (newline < 0)
                break;
            if (newline - pos == 1) {
                const UChar simplified = all.charAt(pos);
                if (simplified != static_cast<UChar>(c))
                    m_map[c - kCjkFirst] = simplified;
            }
            pos = newline + 1;
            ++c;
        }
    }
    char16_t map(char32_t c) const
    {
        if (c < kCjkFirst || c > kCjkLast)
            return 0;
        return m_map[c - kCjkFirst];
    }

private:
    std::array<char16_t, kCjkLast - kCjkFirst + 1> m_map;
};

const SimplifiedTable &simplifiedTable()
{
    static const SimplifiedTable table;
    return table;
}

const icu::Normalizer2 *nfkc()
{
    static const icu::Normalizer2 *instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2 *n = icu::Normalizer2::getNFKCInstance(status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

bool isLayoutSpace(char16_t c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == u'\v' || c == 0x00A0
           || c == 0x3000 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0x200B || c == u'*';
}

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

} // namespace

qsizetype MappedText::originalStart(qsizetype index) const
{
    if (origin.isEmpty())
        return 0;
    return origin.at(qBound<qsizetype>(0, index, origin.size() - 1));
}

qsizetype MappedText::originalEnd(qsizetype index, QStringView original) const
{
    if (index <= 0 || origin.isEmpty())
        return 0;
    const qsizetype last = origin.at(qMin(index, origin.size()) - 1);
    if (last < original.size() && original[last].isHighSurrogate() && last + 1 < original.size()
        && original[last + 1].isLowSurrogate())
        return last + 2;
    return last + 1;
}

MappedText normalizeForMatching(QStringView original)
{
    MappedText out;
    out.text.reserve(original.size());
    out.origin.reserve(original.size());
    const icu::Normalizer2 *normalizer = nfkc();
    const SimplifiedTable &table = simplifiedTable();
    const qsizetype size = original.size();
    for (qsizetype i = 0; i < size;) {
        const qsizetype start = i;
        char32_t c = original[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && original[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(original[i], original[i + 1]);
            i += 2;
        } else {
            ++i;
        }
        if (c < 0x80) {
            out.text.append(QChar(static_cast<char16_t>(c)));
            out.origin.append(static_cast<qint32>(start));
            continue;
        }
        if (normalizer && !normalizer->isInert(static_cast<UChar32>(c))) {
            UErrorCode status = U_ZERO_ERROR;
            const icu::UnicodeString source(static_cast<UChar32>(c));
            const icu::UnicodeString normalized = normalizer->normalize(source, status);
            if (U_SUCCESS(status)) {
                for (int32_t k = 0; k < normalized.length(); ++k) {
                    char16_t unit = normalized.charAt(k);
                    if (const char16_t s = table.map(unit))
                        unit = s;
                    out.text.append(QChar(unit));
                    out.origin.append(static_cast<qint32>(start));
                }
                continue;
            }
        }
        if (const char16_t s = table.map(c)) {
            out.text.append(QChar(s));
            out.origin.append(static_cast<qint32>(start));
            continue;
        }
        for (qsizetype k = start; k < i; ++k) {
            out.text.append(original[k]);
            out.origin.append(static_cast<qint32>(start));
        }
    }
    return out;
}

MappedText compactForMatching(const MappedText &normalized)
{
    MappedText out;
    const QString &text = normalized.text;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (!isLayoutSpace(c)) {
            out.text.append(QChar(c));
            out.origin.append(normalized.origin.at(i));
            continue;
        }
        // Keep one space between two digits (page numbers, columns) so "12\n3个" never reads as 123个.
        if (!out.text.isEmpty() && isAsciiDigit(out.text.back().unicode()) && c != u'*') {
            qsizetype j = i + 1;
            while (j < size && isLayoutSpace(text[j].unicode()))
                ++j;
            if (j < size && isAsciiDigit(text[j].unicode())) {
                out.text.append(QLatin1Char(' '));
                out.origin.append(normalized.origin.at(i));
            }
            i = j - 1;
        }
    }
    return out;
}

QString toSimplified(QStringView text)
{
    return normalizeForMatching(text).text;
}

} // namespace ub
