// Deciding a figure's category (members, events, funds, competitions, other) and its indicator.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>
#include <QStringView>

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
    const QList<Indicator> &indicators() const { return m_indicators; }

private:
    CategoryClassifier();
    struct Term
    {
        QString text;
        Category category;
        int strength;
        QString notAfter; ///< characters that, right before the term, make it part of another phrase
    };
    QList<Term> m_terms;
    QList<Indicator> m_indicators;
};

} // namespace ub
