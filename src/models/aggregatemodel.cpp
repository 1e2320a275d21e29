#include "aggregatemodel.h"

#include "labels.h"
#include "regionorder.h"

#include <algorithm>

namespace ub {

AggregateModel::AggregateModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

int AggregateModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AggregateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groupBy.size()) + 3;
}

QVariant AggregateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AggregateRow &row = m_rows.at(index.row());
    switch (role) {
    case RegionRole: return row.region;
    case YearRole: return row.year;
    case CategoryRole: return int(row.category);
    case IndicatorRole: return row.indicator;
    case UnitRole: return int(row.unit);
    default: break;
    }
    if (role != Qt::DisplayRole && role != SortValueRole && role != Qt::TextAlignmentRole)
        return {};
    const int column = index.column();
    if (column < m_groupBy.size()) {
        if (role == Qt::TextAlignmentRole)
            return {};
        switch (m_groupBy.at(column)) {
        case GroupField::Region: return row.region;
        case GroupField::Year: return role == SortValueRole ? QVariant(row.year) : QVariant(QString::number(row.year));
        case GroupField::Category: return Labels::category(row.category);
        case GroupField::Indicator: return Labels::indicator(row.indicator);
        case GroupField::Unit: return Labels::unit(row.unit);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == figuresColumn())
        return row.figures;
    if (column == sumColumn())
        return role == SortValueRole ? QVariant(row.sum) : QVariant(Labels::number(row.sum));
    if (column == approximateColumn())
        return row.approximate;
    return {};
}

QVariant AggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < m_groupBy.size()) {
        switch (m_groupBy.at(section)) {
        case GroupField::Region: return tr("Region");
        case GroupField::Year: return tr("Year");
        case GroupField::Category: return tr("Category");
        case GroupField::Indicator: return tr("Indicator");
        case GroupField::Unit: return tr("Unit");
        }
    }
    if (section == figuresColumn())
        return tr("Figures");
    if (section == sumColumn())
        return tr("Total");
    if (section == approximateColumn())
        return tr("Approximate");
    return {};
}

void AggregateModel::setQuery(const AggregateFilter &filter, const QList<GroupField> &groupBy)
{
    m_filter = filter;
    if (groupBy != m_groupBy) {
        // The column set changes with the grouping: a reset tells views to re-read the header.
        beginResetModel();
        m_groupBy = groupBy;
        m_rows.clear();
        endResetModel();
    }
    reload();
}

void AggregateModel::reload()
{
    beginResetModel();
    m_rows = AggregateQueries(m_store).aggregate(m_filter, m_groupBy);
    if (m_groupBy.contains(GroupField::Region)) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const AggregateRow &a, const AggregateRow &b) {
            return regionRank(a.region) < regionRank(b.region);
        });
    }
    endResetModel();
}

} // namespace ub
