// A chart's data as a table model, so a panel draws exactly what an export of it would.
#pragma once

#include "chartdata.h"

#include <QAbstractTableModel>

namespace ub {

/**
 * Column 0 holds the row labels, one column per series follows. DisplayRole shows a value as the
 * panels write numbers (≥ for approximate sums, — where a row has none); ValueRole gives the
 * number divided by the chart's divisor, or null, for the bar chart.
 */
class ChartDataModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, RawValueRole, ApproximateRole };

    explicit ChartDataModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setChartData(const ChartData &data);
    const ChartData &chartData() const { return m_data; }
    QList<int> valueColumns() const;

private:
    ChartData m_data;
};

} // namespace ub
