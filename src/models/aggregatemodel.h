// A table of aggregates (sum, count, approximate count) grouped by region, year, category, indicator or unit.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractTableModel>

namespace ub {

class Store;

/**
 * Rows of AggregateQueries::aggregate() as a table: one column per grouping field, then the
 * figure count, the sum and the approximate count. Regions come in the standard order. Charts
 * and panel tables read it; it re-queries when its query changes or reload() is called.
 */
class AggregateModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortValueRole = Qt::UserRole + 1, RegionRole, YearRole, CategoryRole, IndicatorRole, UnitRole };

    explicit AggregateModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQuery(const AggregateFilter &filter, const QList<GroupField> &groupBy);
    void reload();

    /** Columns after the grouping fields. */
    int figuresColumn() const { return int(m_groupBy.size()); }
    int sumColumn() const { return int(m_groupBy.size()) + 1; }
    int approximateColumn() const { return int(m_groupBy.size()) + 2; }
    const QList<AggregateRow> &rows() const { return m_rows; }

private:
    Store &m_store;
    AggregateFilter m_filter;
    QList<GroupField> m_groupBy;
    QList<AggregateRow> m_rows;
};

} // namespace ub
