// One city's indicators across the years: stocks as of, flows summed, with the sources per cell.
#pragma once

#include "statistic.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace ub {

class Store;

/**
 * Rows are the indicators the region has statistics of (one row per indicator and unit), grouped
 * by category in the catalogue's order; column 0 names the indicator, then one column per year,
 * oldest first. A cell shows the statistic (≥ for a bound, * for a county sum) and how many
 * reports are behind it; "—" where the region states nothing. Values come from
 * StatisticsQueries::forRegion, aggregated by kind like everything else.
 */
class CityStatisticsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IndicatorRole = Qt::UserRole + 1, YearRole, ValueRole, FigureIdsRole, SourcesRole, UnitRole };

    explicit CityStatisticsModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRegion(const QString &region);
    const QString &region() const { return m_region; }
    void reload();
    const QList<int> &years() const { return m_years; }
    /** The statistic of a row in a year, if any. */
    std::optional<Statistic> statistic(int row, int year) const;
    QString indicatorOf(int row) const;
    int rowOf(const QString &indicator) const;

private:
    struct Line
    {
        QString indicator;
        Unit unit = Unit::Other;
        QHash<int, Statistic> byYear;
        QString label; ///< the indicator's name, with its unit where it has rows in two units
    };
    Store &m_store;
    QString m_region;
    QList<int> m_years;
    QList<Line> m_lines;
};

} // namespace ub
