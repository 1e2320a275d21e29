// The word lists the extractor reads numbers with: measure words and qualifiers, from data/lexicon.
#pragma once

#include "figure.h"

#include <QHash>
#include <QString>
#include <QStringView>

namespace ub {

/** What a measure word says about the number before it. */
struct MeasureWord
{
    enum class Kind { Unit, NounPerson, Ordinal };
    QString text;
    Kind kind = Kind::Unit;
    Unit unit = Unit::Other;
    QString blockedFollowers; ///< 名单, 支持: the word is refused when one of these comes next
    bool digitsOnly = false;  ///< 10市1区: only after Arabic digits
};

/** A qualifier word and where it stands relative to the number. */
struct QualifierWord
{
    QString text;
    bool before = false;
    Qualifier qualifier = Qualifier::Exact;
};

/**
 * Measure words and qualifiers, loaded once from the embedded data/lexicon tables (normalised
 * text: NFKC and Simplified). Lookups are longest-match at a position and bounded by the longest
 * entry, so scanning a text with them stays linear.
 */
class Lexicon
{
public:
    static const Lexicon &instance();

    /** The longest measure word starting at pos that is not refused by its follower; nullptr if none. */
    const MeasureWord *measureAt(QStringView text, qsizetype pos, bool afterDigits) const;
    /** The longest qualifier ending exactly at end (for words before a number); nullptr if none. */
    const QualifierWord *qualifierBefore(QStringView text, qsizetype end) const;
    /** The longest qualifier starting at pos (for words after a number); nullptr if none. */
    const QualifierWord *qualifierAfter(QStringView text, qsizetype pos) const;

    /** Lines of an embedded data file without comments and blank lines, split at tabs. */
    static QList<QStringList> readTable(const QString &resourcePath);

private:
    Lexicon();
    QHash<QString, MeasureWord> m_measures;
    QHash<QString, QualifierWord> m_before;
    QHash<QString, QualifierWord> m_after;
    qsizetype m_longestMeasure = 1;
    qsizetype m_longestQualifier = 1;
};

} // namespace ub
