// Reading one number as written in a Chinese report: 8.3万, 1.99亿, 12,345, 500余万, 一千二百, 近千万 → value.
#pragma once

#include <QStringView>

#include <cstddef>

namespace ub {

/** A number read at one position of the normalised matching text. */
struct NumberToken
{
    qsizetype start = 0;
    qsizetype end = 0;    ///< one past the last character read; == start when nothing was read
    double value = 0;     ///< scaled: 8.3万 → 83000, 500余万 → 5000000, 百万 → 1000000
    bool valid = false;   ///< false for runs too long to be a quantity (they are skipped whole)
    bool chinese = false; ///< written with Chinese numerals (二十, 两, 百万)
    bool bare = false;    ///< a bare round numeral without leading digit: 百, 千万, 万
    bool hasScale = false; ///< 万/亿 (or 百/千 after Arabic digits) scaled the value
    QChar lastScale;      ///< the last scale character read (万 or 亿), for unit_text of money
    qsizetype lastScalePos = -1; ///< where lastScale stands in the text
    bool atLeast = false; ///< 余/多 inside the number: 500余万, 20多万, 1000万余, 十余
};

namespace numerals {
/** One bit per UTF-16 unit: set for the Chinese numerals. */
struct NumeralBits
{
    quint64 words[0x10000 / 64] = {};
    constexpr NumeralBits()
    {
        constexpr char16_t numerals[] = u"零〇一二两三四五六七八九十百千万亿";
        for (std::size_t k = 0; k + 1 < sizeof numerals / sizeof numerals[0]; ++k)
            words[numerals[k] >> 6] |= quint64(1) << (numerals[k] & 63);
    }
};
inline constexpr NumeralBits kNumeralBits;
} // namespace numerals

/** Chinese numerals: digits, 十百千 and the scales 万亿. Inline, and one bit test: the scanner asks
 *  it of every character (#7, #19). */
inline bool isChineseNumeral(QChar c)
{
    const char16_t unit = c.unicode();
    return (numerals::kNumeralBits.words[unit >> 6] >> (unit & 63)) & 1;
}

/** Characters that may start a number: ASCII digits and Chinese numerals. */
inline bool isNumberStart(QChar c)
{
    return (c.unicode() >= u'0' && c.unicode() <= u'9') || isChineseNumeral(c);
}

/**
 * Reads the number starting exactly at pos (digits with ',' groups and '.' decimals, or Chinese
 * numerals, then 万/亿 scales and 余/多). Bounded: digit runs over 15 and Chinese numeral runs over
 * 12 characters are not quantities; the token is then invalid and end is past the whole run, so a
 * scanner stays linear on hostile input (100,000 digits, 万 repeated 50,000 times).
 */
NumberToken parseNumberAt(QStringView text, qsizetype pos);

} // namespace ub
