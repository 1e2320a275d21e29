#include "categoryclassifier.h"

#include "lexicon.h"

#include <array>

namespace ub {

namespace {

constexpr qsizetype kMaxWindow = 400; ///< longer sentences are cut around the figure, keeping it linear

QStringView clip(QStringView window) { return window.size() > kMaxWindow ? window.first(kMaxWindow) : window; }

/** Whether text holds term at a place not right after one of notAfter (县总工会组织职工 is no 工会组织). */
bool containsTerm(QStringView text, const QString &term, const QString &notAfter)
{
    for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (at == 0 || !notAfter.contains(text[at - 1]))
            return true;
    }
    return false;
}

int categoryIndex(Category category) { return static_cast<int>(category); }

/** When two categories weigh the same, the more specific record wins. */
int tieRank(Category category)
{
    switch (category) {
    case Category::Competitions: return 4;
    case Category::Members: return 3;
    case Category::Events: return 2;
    case Category::Other: return 1;
    case Category::Funds: return 0;
    }
    return 0;
}

} // namespace

CategoryClassifier::CategoryClassifier()
{
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/lexicon/category_terms.tsv"))) {
        if (row.size() < 3)
            continue;
        const auto category = categoryFromKey(row.at(1));
        if (!category)
            continue;
        m_terms.append({row.at(0), *category, row.at(2).toInt(), row.size() > 3 ? row.at(3) : QString()});
    }
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/indicators/indicators.tsv"))) {
        if (row.size() < 6)
            continue;
        Indicator indicator;
        indicator.key = row.at(0);
        indicator.zhName = row.at(1);
        indicator.enName = row.at(2);
        indicator.category = categoryFromKey(row.at(3)).value_or(Category::Other);
        if (row.at(4) != u"*") {
            for (const QString &unit : row.at(4).split(u',', Qt::SkipEmptyParts)) {
                if (const auto u = unitFromKey(unit))
                    indicator.units.append(*u);
            }
        }
        indicator.triggers = row.at(5).split(u'|', Qt::SkipEmptyParts);
        m_indicators.append(indicator);
    }
}

const CategoryClassifier &CategoryClassifier::instance()
{
    static const CategoryClassifier classifier;
    return classifier;
}

Classification CategoryClassifier::classify(const CategoryContext &context) const
{
    Classification result;

    // The indicator: the trigger nearest the number, in the narrowest scope that has one.
    const std::array<QStringView, 3> scopes = {clip(context.segment), clip(context.part), clip(context.sentence)};
    for (std::size_t s = 0; s < scopes.size() && !result.indicator; ++s) {
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (const Indicator &indicator : m_indicators) {
            if (!indicator.units.isEmpty() && !indicator.units.contains(context.unit))
                continue;
            for (const QString &trigger : indicator.triggers) {
                const qsizetype at = scopes[s].indexOf(trigger);
                if (at < 0)
                    continue;
                const qsizetype distance = s == 0 ? qAbs(at - context.positionInSegment) : 1000;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    result.indicator = &indicator;
                }
            }
        }
    }

    if (context.unit == Unit::Cny) {
        result.category = Category::Funds;
        return result;
    }

    // Weights: the clause holding the number decides most; a 十大亮点 item title outweighs the
    // generic words (活动, 参加) of the clause but not its typical ones.
    struct Scope
    {
        QStringView text;
        double weight;
        int narrowness; ///< breaks ties: evidence nearer the number wins
    };
    const std::array<Scope, 4> weighted = {Scope{clip(context.segment), 5, 3}, Scope{clip(context.part), 3, 2},
                                           Scope{clip(context.sentence), 2, 1},
                                           Scope{clip(context.itemTitle), 2.5, 0}};
    std::array<double, 5> score = {0, 0, 0, 0, 0};
    std::array<int, 5> narrowness = {0, 0, 0, 0, 0};
    for (const Term &term : m_terms) {
        for (const Scope &scope : weighted) {
            if (!containsTerm(scope.text, term.text, term.notAfter))
                continue;
            const int index = categoryIndex(term.category);
            const double value = term.strength * scope.weight;
            if (value > score[index] || (value == score[index] && scope.narrowness > narrowness[index])) {
                score[index] = value;
                narrowness[index] = scope.narrowness;
            }
            break; // scopes are nested: the narrowest one that holds the term counts
        }
    }
    result.category = Category::Other;
    double bestScore = 0;
    int bestNarrowness = -1;
    for (Category category : allCategories()) {
        const int index = categoryIndex(category);
        const double value = score[index];
        if (value <= 0)
            continue;
        const bool better = value > bestScore
                            || (value == bestScore
                                && (narrowness[index] > bestNarrowness
                                    || (narrowness[index] == bestNarrowness
                                        && tieRank(category) > tieRank(result.category))));
        if (better) {
            bestScore = value;
            bestNarrowness = narrowness[index];
            result.category = category;
        }
    }
    return result;
}

} // namespace ub
