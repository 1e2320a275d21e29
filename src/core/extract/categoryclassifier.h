// Deciding a figure's category (members, events, funds, competitions, other) and its indicator.
#pragma once

#include "figure.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace ub {

/** The text around one figure, from narrowest to widest (all in the compact matching text). */
struct CategoryContext
{
    QStringView segment;        ///< the clause holding the number (between , ; 。 :)
    qsizetype positionInSegment = 0; ///< where the figure starts in segment
    QStringView part;           ///< the sentence up to ；
    QStringView sentence;
    QStringView itemTitle;      ///< title of the 十大亮点 item holding the figure, or empty
    Unit unit = Unit::Other;
};

/** An entry of the indicator dictionary (data/indicators/indicators.tsv). */
struct Indicator
{
    QString key;
    QString zhName;
    QString enName;
    Category category = Category::Other;
    QList<Unit> units; ///< empty: any unit
    QStringList triggers;
    QList<int> triggerPatterns; ///< the classifier's pattern id of each trigger
};

class CategoryClassifier;

/**
 * Where every category term and indicator trigger occurs in one document's matching text, found
 * in a single left-to-right pass (a first-character table over the ~200 distinct patterns), so
 * classifying a figure looks only at the few occurrences inside its windows instead of searching
 * every term in every window (#7). Belongs to one extract() call; not thread-safe.
 */
class CategoryTermIndex
{
public:
    CategoryTermIndex(const CategoryClassifier &classifier, QStringView text);
    ~CategoryTermIndex();
    CategoryTermIndex(const CategoryTermIndex &) = delete;
    CategoryTermIndex &operator=(const CategoryTermIndex &) = delete;

private:
    friend class CategoryClassifier;
    struct Occurrence
    {
        qsizetype position;
        qsizetype end; ///< position + the pattern's length
        int pattern;
    };
    /** The occurrence storage of the thread's previous index, reused so that a document's
     *  occurrences do not need fresh memory (#7). */
    static std::vector<Occurrence> &spareOccurrences();
    QStringView m_text;
    std::vector<Occurrence> m_occurrences; ///< by position
    // Scratch reused by every classify() call.
    mutable std::vector<qsizetype> m_firstAt;    ///< per window and pattern: first occurrence in it
    mutable std::vector<int> m_touched;
    mutable std::array<std::vector<int>, 3> m_touchedIn; ///< per window: patterns with m_firstAt set
    mutable std::vector<unsigned char> m_termIn; ///< per term: bit s set when scope s holds it
    mutable std::vector<int> m_touchedTerms;     ///< terms whose m_termIn is set, to reset them
    mutable QHash<const QChar *, std::vector<unsigned char>> m_titleTerms; ///< per item title
};

struct Classification
{
    Category category = Category::Other;
    const Indicator *indicator = nullptr;
};

/**
 * Weighs category terms (data/lexicon/category_terms.tsv) by their strength and by how close they
 * stand to the figure (clause 5, sentence part 3, sentence 2, 十大亮点 item title 2.5), and picks the
 * nearest fitting indicator. Money is always funds. Data-driven: adding a term is editing a file.
 */
class CategoryClassifier
{
public:
    static const CategoryClassifier &instance();

    Classification classify(const CategoryContext &context) const;
    /** The same decision as classify(context), reading term occurrences from the document's
     *  index; segment, part and sentence must be views into the indexed text. */
    Classification classify(const CategoryContext &context, const CategoryTermIndex &index) const;
    const QList<Indicator> &indicators() const { return m_indicators; }

private:
    friend class CategoryTermIndex;
    CategoryClassifier();
    int patternId(const QString &text);
    Classification decide(const CategoryContext &context, const CategoryTermIndex *index) const;
    struct Term
    {
        QString text;
        Category category;
        int strength;
        QString notAfter; ///< characters that, right before the term, make it part of another phrase
        int pattern = -1;
    };
    QList<Term> m_terms;
    QList<Indicator> m_indicators;
    QStringList m_patterns;                 ///< distinct term and trigger texts
    QHash<QString, int> m_patternIds;
    std::vector<quint16> m_firstSlot;       ///< per UTF-16 unit: 1 + index into m_byFirst, or 0
    std::vector<quint64> m_isFirst;         ///< bit c: m_firstSlot[c] != 0; 8 KB that stay in cache
    std::vector<std::vector<int>> m_byFirst; ///< patterns by first unit
    std::vector<std::vector<int>> m_termsOfPattern;
    /** Per pattern: the indicators that have it as a trigger, in dictionary order. */
    std::vector<std::vector<int>> m_indicatorsOfPattern;
};

} // namespace ub
