#include "normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <string>

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

/** The matching form of one code point at or above U+0080, appended to out: NFKC of the code point
 *  alone, each unit then Hant→Hans. Context-free, which is what lets BmpTable cache it. */
/** Variant characters that ICU's Hant-Hans leaves alone but pages write for the common form
 *  (陜西 on Traditional mirrors of Shaanxi papers is 陕西). */
char32_t commonVariant(char32_t c)
{
    switch (c) {
    case U'陜': return U'陕';
    case U'爲': return U'为';
    case U'衞': return U'卫';
    case U'啓': return U'启';
    case U'羣': return U'群';
    case U'峯': return U'峰';
    case U'綫': return U'线';
    case U'粧': return U'妆';
    case U'畧': return U'略';
    case U'敎': return U'教';
    case U'眞': return U'真';
    case U'揹': return U'背';
    default: return c;
    }
}

void appendMatchingForm(char32_t c, std::u16string &out)
{
    c = commonVariant(c);
    const icu::Normalizer2 *normalizer = nfkc();
    const SimplifiedTable &table = simplifiedTable();
    if (normalizer && !normalizer->isInert(static_cast<UChar32>(c))) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString source(static_cast<UChar32>(c));
        const icu::UnicodeString normalized = normalizer->normalize(source, status);
        if (U_SUCCESS(status)) {
            for (int32_t k = 0; k < normalized.length(); ++k) {
                char16_t unit = normalized.charAt(k);
                if (const char16_t s = table.map(unit))
                    unit = s;
                out.push_back(unit);
            }
            return;
        }
    }
    if (const char16_t s = table.map(c)) {
        out.push_back(s);
        return;
    }
    if (c > 0xFFFF) {
        out.push_back(QChar::highSurrogate(c));
        out.push_back(QChar::lowSurrogate(c));
    } else {
        out.push_back(static_cast<char16_t>(c));
    }
}

/** appendMatchingForm() of every BMP unit, computed once: an array read per character instead of
 *  an ICU call (#7). Units whose form is not exactly one unit (㎡ → m2), and surrogates, are
 *  marked kComputed and still go through appendMatchingForm(). */
class BmpTable
{
public:
    static constexpr char16_t kComputed = 0xFFFF; ///< U+FFFF is a noncharacter: never a real form

    BmpTable()
    {
        std::u16string form;
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (c < 0x80) {
                m_form[c] = static_cast<char16_t>(c);
                continue;
            }
            if (QChar::isSurrogate(c) || c == kComputed) {
                m_form[c] = kComputed;
                continue;
            }
            form.clear();
            appendMatchingForm(c, form);
            m_form[c] = form.size() == 1 && form[0] != kComputed ? form[0] : kComputed;
        }
        m_changed.fill(0);
        for (char32_t c = 0; c <= 0xFFFF; ++c) {
            if (m_form[c] != c)
                m_changed[c >> 6] |= quint64(1) << (c & 63);
        }
    }
    /** Whether the unit has another form. An 8 KB bitmap that stays in cache: the 128 KB table is
     *  read only for the few characters that change (full-width forms, Traditional ones). */
    bool changes(char16_t unit) const { return (m_changed[unit >> 6] >> (unit & 63)) & 1; }
    char16_t form(char16_t unit) const { return m_form[unit]; }

private:
    std::array<char16_t, 0x10000> m_form;
    std::array<quint64, 0x10000 / 64> m_changed;
};

const BmpTable &bmpTable()
{
    static const BmpTable table;
    return table;
}

bool isLayoutSpace(char16_t c)
{
    if (c > 0x3000 && c != 0xFEFF)
        return false; // ideographs and most text: one test instead of thirteen (#7)
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == u'\v' || c == 0x00A0
           || c == 0x3000 || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0x200B || c == u'*';
}

bool isAsciiDigit(char16_t c) { return c >= u'0' && c <= u'9'; }

/** Whether the line ending at the line break at `end` is a title or heading: a short line without
 *  clause or sentence punctuation. */
bool endsTitleLine(const char16_t *text, qsizetype end)
{
    constexpr qsizetype kTitleChars = 50;
    qsizetype chars = 0;
    for (qsizetype k = end - 1; k >= 0 && text[k] != u'\n'; --k) {
        switch (text[k]) {
        case u',': case u'.': case u';': case u':': case u'!': case u'?': case u'。': case u'、':
            return false;
        default:
            break;
        }
        if (++chars > kTitleChars)
            return false;
    }
    return chars > 0;
}

bool isHan(char16_t c) { return c >= 0x3400 && c <= 0x9FFF; }

/** A pinyin syllable's letters: ASCII lower case and the tone-marked vowels. */
bool isPinyinLetter(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return true;
    static constexpr char16_t toned[] = u"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    for (char16_t t : toned) {
        if (t && c == t)
            return true;
    }
    return false;
}

/** The index of the ')' closing a pinyin annotation opened at in[open] ("(wàn)"), or -1. */
qsizetype pinyinAnnotationEnd(const char16_t *in, qsizetype open, qsizetype size)
{
    constexpr qsizetype kLongestSyllable = 6; // zhuang, shuang
    qsizetype k = open + 1;
    while (k < size && k - open - 1 < kLongestSyllable && isPinyinLetter(in[k]))
        ++k;
    return k > open + 1 && k < size && in[k] == u')' ? k : -1;
}

/** Whether the space at in[i] stands inside a spaced-out number: between single digits (or a
 *  decimal point and a digit) on both sides. */
bool isSpacedDigit(const char16_t *in, qsizetype i, qsizetype size)
{
    auto isNumberChar = [](char16_t c) { return isAsciiDigit(c) || c == u'.'; };
    qsizetype before = 0;
    while (i - before - 1 >= 0 && isNumberChar(in[i - before - 1]))
        ++before;
    qsizetype after = 0;
    while (i + after + 1 < size && isNumberChar(in[i + after + 1]))
        ++after;
    if (before == 0 || after == 0 || before > 2 || after > 2)
        return false;
    const bool singleBefore = before == 1 ? isAsciiDigit(in[i - 1]) : in[i - 2] == u'.' && isAsciiDigit(in[i - 1]);
    const bool singleAfter = after == 1 ? isAsciiDigit(in[i + 1])
                                        : (in[i + 1] == u'.' && isAsciiDigit(in[i + 2]))
                                              || (isAsciiDigit(in[i + 1]) && in[i + 2] == u'.');
    return singleBefore && singleAfter;
}

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
    normalizeForMatching(original, out);
    return out;
}

void normalizeForMatching(QStringView original, MappedText &out)
{
    const BmpTable &table = bmpTable();
    const qsizetype size = original.size();
    // Written through raw pointers: QString::append and QList::append per character cost more
    // than the table look-up. Forms are one unit but for rare expansions (㎡ → m2), so the
    // buffers start at the input's size and grow only for those.
    qsizetype capacity = size;
    out.text.resize(capacity);
    out.origin.resize(capacity);
    char16_t *text = reinterpret_cast<char16_t *>(out.text.data());
    qint32 *origin = out.origin.data();
    const char16_t *in = original.utf16();
    qsizetype written = 0;
    std::u16string form;
    auto put = [&](char16_t unit, qsizetype start) {
        if (written == capacity) {
            capacity = capacity * 2 + 16;
            out.text.resize(capacity);
            out.origin.resize(capacity);
            text = reinterpret_cast<char16_t *>(out.text.data());
            origin = out.origin.data();
        }
        text[written] = unit;
        origin[written] = static_cast<qint32>(start);
        ++written;
    };
    for (qsizetype i = 0; i < size;) {
        const qsizetype start = i;
        const char16_t unit = in[i];
        const char16_t mapped = table.changes(unit) ? table.form(unit) : unit;
        if (mapped != BmpTable::kComputed) {
            ++i;
            if (written < capacity) {
                text[written] = mapped;
                origin[written] = static_cast<qint32>(start);
                ++written;
            } else {
                put(mapped, start);
            }
            continue;
        }
        char32_t c = unit;
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(in[i + 1])) {
            c = QChar::surrogateToUcs4(in[i], in[i + 1]);
            i += 2;
        } else {
            ++i;
        }
        form.clear();
        appendMatchingForm(c, form);
        for (char16_t formUnit : form)
            put(formUnit, start);
    }
    out.text.resize(written);
    out.origin.resize(written);
}

MappedText compactForMatching(const MappedText &normalized)
{
    MappedText out;
    compactForMatching(normalized, out);
    return out;
}

void compactForMatching(const MappedText &normalized, MappedText &out)
{
    const qsizetype size = normalized.text.size();
    // Never longer than its input: written through raw pointers, then cut to length.
    out.text.resize(size);
    out.origin.resize(size);
    const char16_t *in = reinterpret_cast<const char16_t *>(normalized.text.utf16());
    const qint32 *inOrigin = normalized.origin.constData();
    char16_t *text = reinterpret_cast<char16_t *>(out.text.data());
    qint32 *origin = out.origin.data();
    qsizetype written = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = in[i];
        if (!isLayoutSpace(c)) {
            // Inline pinyin after a character ("萬(wàn)", "會(huì)", from pages that annotate their
            // Traditional text) is not text: dropped for matching, so 63萬(wàn)人次 reads as 63万人次
            // while the quote, taken from the original, stays as written (#15).
            if (c == u'(' && written > 0 && isHan(text[written - 1])) {
                const qsizetype close = pinyinAnnotationEnd(in, i, size);
                if (close > i) {
                    i = close;
                    continue;
                }
            }
            text[written] = c;
            origin[written] = inOrigin[i];
            ++written;
            continue;
        }
        // A blank line after a title or heading (a short line without punctuation) ends it: one
        // line break stays, so that the title is never the start of the sentence under it (its
        // place would become the subject of that sentence's first clause, and its words part of
        // the figure's sentence). Elsewhere a blank line may fall inside a sentence (PDF text:
        // 消费扶\n\n贫携手行) and is layout like any other.
        if (c == u'\n' && written > 0 && endsTitleLine(in, i)) {
            qsizetype j = i + 1;
            int breaks = 1;
            while (j < size && isLayoutSpace(in[j]) && in[j] != u'*') {
                breaks += in[j] == u'\n';
                ++j;
            }
            if (breaks >= 2) {
                if (text[written - 1] != u'\n') {
                    text[written] = u'\n';
                    origin[written] = inOrigin[i];
                    ++written;
                }
                i = j - 1;
                continue;
            }
        }
        // A page that spaces out its digits ("1 0 6 4 萬元", "7 .7 9 万名"): one space between
        // single digits joins them; longer groups stay apart ("12 3个" is two numbers).
        if (c == u' ' && written > 0 && isSpacedDigit(in, i, size))
            continue;
        // Keep one space between two digits (page numbers, columns) so "12\n3个" never reads as 123个.
        if (written > 0 && isAsciiDigit(text[written - 1]) && c != u'*') {
            qsizetype j = i + 1;
            while (j < size && isLayoutSpace(in[j]))
                ++j;
            if (j < size && isAsciiDigit(in[j])) {
                text[written] = u' ';
                origin[written] = inOrigin[i];
                ++written;
            }
            i = j - 1;
        }
    }
    out.text.resize(written);
    out.origin.resize(written);
}

QString toSimplified(QStringView text)
{
    return normalizeForMatching(text).text;
}

} // namespace ub
