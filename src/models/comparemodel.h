// Cities side by side on one indicator: statistics per year, change, % change and rank.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractTableModel>

#include <optional>

namespace ub {

class Store;

/** What to compare: 2–11 regions, an indicator or a category, and a year range. */
struct Comparison
{
    QStringList regions;
    QString indicator;                 ///< wins over category when set
    std::optional<Category> category;
    int yearFrom = 0;
    int yearTo = 0;
    std::optional<Unit> unit;          ///< unset: the unit most of the matching figures use
};

/**
 * One row per region in the order asked, one column per year, then change, % change and rank
 * over the last year. A region without a figure shows "—", never 0, and takes no rank.
 */
class CompareModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, RegionRole };

    explicit CompareModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setComparison(const Comparison &comparison);
    void reload();

    const Comparison &comparison() const { return m_comparison; }
    /** The unit the values are in (chosen when the comparison left it open). */
    Unit unit() const { return m_unit; }
    /** The indicator compared: the comparison's, or its category's headline indicator. */
    QString indicator() const { return m_indicator; }
    QList<int> years() const;
    int firstYearColumn() const { return 1; }
    int changeColumn() const { return 1 + int(years().size()); }
    int percentColumn() const { return changeColumn() + 1; }
    int rankColumn() const { return changeColumn() + 2; }
    /** The value of a region in a year, or nothing. */
    std::optional<double> value(int row, int year) const;
    std::optional<int> rank(int row) const;
    /** The figures behind a region's value in a year. */
    QList<qint64> figures(int row, int year) const;

private:
    struct Line
    {
        QString region;
        QHash<int, double> values;
        QHash<int, Qualifier> qualifiers;
        QHash<int, bool> partial; ///< a sum of counties: the city states none itself
        QHash<int, QList<qint64>> figures;
    };

    Store &m_store;
    Comparison m_comparison;
    Unit m_unit = Unit::Other;
    QString m_indicator;
    QList<Line> m_lines;
};

} // namespace ub
