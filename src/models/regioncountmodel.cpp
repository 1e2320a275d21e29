#include "regioncountmodel.h"

#include "regionorder.h"

#include <algorithm>

namespace ub {

RegionCountModel::RegionCountModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_filter.primaryOnly = true;
    reload();
}

int RegionCountModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int RegionCountModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RegionCountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    const RegionCount &row = m_rows.at(index.row());
    switch (index.column()) {
    case RegionColumn: return row.region;
    case FigureCountColumn: return row.figures;
    case ApproximateColumn: return row.approximate;
    }
    return {};
}

QVariant RegionCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegionColumn: return tr("Region");
    case FigureCountColumn: return tr("Figures");
    case ApproximateColumn: return tr("Approximate");
    }
    return {};
}

void RegionCountModel::setFilter(const FigureFilter &filter)
{
    m_filter = filter;
    m_filter.primaryOnly = true;
    reload();
}

void RegionCountModel::reload()
{
    beginResetModel();
    m_rows = FigureQueries(m_store).countsByRegion(m_filter);
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const RegionCount &a, const RegionCount &b) {
        return regionRank(a.region) < regionRank(b.region);
    });
    endResetModel();
}

} // namespace ub
