// The word lists the extractor reads numbers with: measure words and qualifiers, from data/lexicon.
#pragma once

#include "figure.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

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
    Lexicon(const Lexicon &) = delete; // the edge indexes point into its own tables
    Lexicon &operator=(const Lexicon &) = delete;

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
    /** Words by one of their end characters, longest first, so that a look-up compares a few
     *  candidates in place instead of building and hashing a QString per length tried (#7). */
    template<typename Word> class EdgeIndex
    {
    public:
        void build(const QHash<QString, Word> &words, bool byLast);
        const std::vector<const Word *> *candidates(QChar edge) const
        {
            const quint16 slot = m_slot.empty() ? 0 : m_slot[edge.unicode()];
            return slot ? &m_lists[slot - 1] : nullptr;
        }

    private:
        std::vector<quint16> m_slot; ///< per UTF-16 unit: 1 + index into m_lists, or 0
        std::vector<std::vector<const Word *>> m_lists;
    };

    QHash<QString, MeasureWord> m_measures;
    QHash<QString, QualifierWord> m_before;
    QHash<QString, QualifierWord> m_after;
    EdgeIndex<MeasureWord> m_measuresByFirst;
    EdgeIndex<QualifierWord> m_beforeByLast;
    EdgeIndex<QualifierWord> m_afterByFirst;
    qsizetype m_longestMeasure = 1;
    qsizetype m_longestQualifier = 1;
};

} // namespace ub
