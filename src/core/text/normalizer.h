// Normalising text for matching only (NFKC, Traditional → Simplified), with a map back to the original.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ub {

/**
 * A derived text used for matching, and for each of its UTF-16 units the UTF-16 index of the
 * original code point it came from. Every span found in text maps back into the original, so
 * provenance always points at what the user's file says.
 */
struct MappedText
{
    QString text;
    QList<qint32> origin; ///< origin[i]: UTF-16 index in the original of the code point behind text[i]

    /** Original UTF-16 start of the derived span starting at index. */
    qsizetype originalStart(qsizetype index) const;
    /** Original UTF-16 end (exclusive) of the derived span ending before index; needs the original. */
    qsizetype originalEnd(qsizetype index, QStringView original) const;
};

/**
 * NFKC (full-width digits and punctuation become ASCII: ２４８４．４ → 2484.4, （ → (, ， → ,)
 * and Traditional → Simplified (ICU Hant-Hans: 陝西省總工會 → 陕西省总工会), code point by code
 * point, so the line structure and the offset map are kept. Linear; thread-safe.
 */
MappedText normalizeForMatching(QStringView original);
/** The same into out, reusing its buffers: a caller that normalises document after document keeps
 *  its memory instead of allocating (and page-faulting) 6 bytes per character each time (#7). */
void normalizeForMatching(QStringView original, MappedText &out);

/**
 * The normalised text with layout removed: hard wraps, blank lines, spaces and markdown '*' are
 * dropped, except that one space is kept between two digits so separate numbers never merge (but
 * a spaced-out number, "1 0 6 4", is joined); inline pinyin annotations ("萬(wàn)") are dropped.
 */
MappedText compactForMatching(const MappedText &normalized);
/** The same into out, reusing its buffers (see normalizeForMatching). */
void compactForMatching(const MappedText &normalized, MappedText &out);

/** The matching form of one string: NFKC and Traditional → Simplified (cached per character). */
QString toSimplified(QStringView text);

} // namespace ub
