// Reading one number as written in a Chinese report: 8.3万, 1.99亿, 12,345, 500余万, 一千二百, 近千万 → value.
#pragma once

#include <QStringView>

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

/** Chinese numerals: digits, 十百千 and the scales 万亿. Inline: the scanner asks it of every
 *  character (#7). */
inline bool isChineseNumeral(QChar c)
{
    switch (c.unicode()) {
    case u'零': case u'〇': case u'一': case u'二': case u'两': case u'三': case u'四': case u'五':
    case u'六': case u'七': case u'八': case u'九': case u'十': case u'百': case u'千': case u'万':
    case u'亿':
        return true;
    default:
        return false;
    }
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
