#include "chartdatamodel.h"

#include "labels.h"

namespace ub {

ChartDataModel::ChartDataModel(QObject *parent) : QAbstractTableModel(parent) {}

int ChartDataModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_data.labels.size()); }

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_data.series.size());
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.column() == 0)
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(m_data.labels.at(index.row())) : QVariant();
    const ChartSeries &series = m_data.series.at(index.column() - 1);
    const std::optional<double> value = series.values.value(index.row());
    const bool approximate = series.approximate.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return Labels::missing();
        if (!m_data.unit)
            return Labels::number(*value);
        return QString((approximate ? QStringLiteral("≥") : QString()) + Labels::compactAmount(*value, *m_data.unit));
    case ValueRole: return value ? QVariant(*value / (m_data.divisor > 0 ? m_data.divisor : 1)) : QVariant();
    case RawValueRole: return value ? QVariant(*value) : QVariant();
    case ApproximateRole: return approximate;
    }
    return {};
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return {};
    return m_data.series.value(section - 1).name;
}

void ChartDataModel::setChartData(const ChartData &data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

QList<int> ChartDataModel::valueColumns() const
{
    QList<int> columns;
    for (int k = 1; k < columnCount(); ++k)
        columns << k;
    return columns;
}

} // namespace ub
