#include "unitchoice.h"

#include <climits>

namespace ub {

Unit naturalUnit(Category category)
{
    switch (category) {
    case Category::Members: return Unit::Person;
    case Category::Events: return Unit::Session;
    case Category::Funds: return Unit::Cny;
    case Category::Competitions: return Unit::PersonTime;
    case Category::Other: break;
    }
    return Unit::Count;
}

std::optional<Unit> dominantUnit(const QList<AggregateRow> &rows, Unit preferred)
{
    std::optional<Unit> best;
    int bestWeight = -1;
    QHash<int, int> figuresPerUnit;
    for (const AggregateRow &row : rows)
        figuresPerUnit[int(row.unit)] += row.figures;
    for (auto it = figuresPerUnit.cbegin(); it != figuresPerUnit.cend(); ++it) {
        const int weight = it.key() == int(preferred) ? INT_MAX : it.value();
        if (weight > bestWeight || (weight == bestWeight && it.key() < int(*best))) {
            bestWeight = weight;
            best = Unit(it.key());
        }
    }
    return best;
}

} // namespace ub
