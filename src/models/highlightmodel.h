// The 十大亮点 items of a year's highlights reports, in their numeric order.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractTableModel>

namespace ub {

class Store;

/** Number, title and figure count of each highlight item of the year. */
class HighlightModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, FiguresColumn, ColumnCount };
    enum Role { DocumentNameRole = Qt::UserRole + 1, NumberRole };

    explicit HighlightModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setYear(int year);

private:
    Store &m_store;
    QList<HighlightRecord> m_items;
};

} // namespace ub
