// Figures counted per region: the data behind the per-city bar chart.
#pragma once

#include "figurequeries.h"

#include <QAbstractTableModel>

namespace ub {

class Store;

/**
 * One row per region with the number of figures stated for it (a fact stated twice counts once),
 * prefecture-level units in the gazetteer's order first, then the province and others.
 */
class RegionCountModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RegionColumn, FigureCountColumn, ApproximateColumn, ColumnCount };

    explicit RegionCountModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const FigureFilter &filter);
    void reload();

private:
    Store &m_store;
    FigureFilter m_filter;
    QList<RegionCount> m_rows;
};

} // namespace ub
