#include "kpimodel.h"

#include "labels.h"
#include "unitchoice.h"

#include <climits>

namespace ub {

KpiModel::KpiModel(Store &store, QObject *parent) : QAbstractListModel(parent), m_store(store) {}

int KpiModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_cards.size()); }

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Card &card = m_cards.at(index.row());
    const QString headline = card.figures == 0
                                 ? Labels::missing()
                                 : (card.approximate > 0 ? QStringLiteral("≥") : QString()) +
                                       Labels::compactAmount(card.sum, card.unit);
    switch (role) {
    case Qt::DisplayRole: return Labels::category(card.category);
    case Qt::ToolTipRole:
        return tr("%1: %2 from %n figure(s)", nullptr, card.unitFigures).arg(Labels::category(card.category), headline);
    case CategoryRole: return int(card.category);
    case HeadlineRole: return headline;
    case SumRole: return card.sum;
    case UnitRole: return int(card.unit);
    case FiguresRole: return card.figures;
    case ApproximateRole: return card.approximate;
    }
    return {};
}

void KpiModel::setFilter(const AggregateFilter &filter)
{
    m_filter = filter;
    m_filter.category.reset();
    m_filter.unit.reset();
    m_filter.indicator.clear();
    reload();
}

void KpiModel::reload()
{
    const QList<AggregateRow> rows =
        AggregateQueries(m_store).aggregate(m_filter, {GroupField::Category, GroupField::Unit});
    beginResetModel();
    m_cards.clear();
    for (Category category : {Category::Members, Category::Events, Category::Funds, Category::Competitions}) {
        Card card{category};
        // Each card has the unit its readers expect (money, people, sessions); a year without
        // such figures falls back to the unit most of its figures use.
        auto weight = [category](const AggregateRow &row) {
            return row.unit == naturalUnit(category) ? INT_MAX : row.figures;
        };
        const AggregateRow *headline = nullptr;
        for (const AggregateRow &row : rows) {
            if (row.category != category)
                continue;
            card.figures += row.figures;
            if (!headline || weight(row) > weight(*headline))
                headline = &row;
        }
        if (headline) {
            card.unit = headline->unit;
            card.sum = headline->sum;
            card.unitFigures = headline->figures;
            card.approximate = headline->approximate;
        }
        m_cards << card;
    }
    endResetModel();
}

} // namespace ub
