#include "comparemodel.h"

#include "chartdatabuilder.h"
#include "indicatorcatalogue.h"
#include "labels.h"
#include "statisticsqueries.h"

using namespace Qt::StringLiterals;

namespace ub {

CompareModel::CompareModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

QList<int> CompareModel::years() const
{
    QList<int> years;
    if (m_comparison.yearFrom <= 0 || m_comparison.yearTo < m_comparison.yearFrom)
        return years;
    for (int year = m_comparison.yearFrom; year <= m_comparison.yearTo; ++year)
        years << year;
    return years;
}

int CompareModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(years().size()) + 4;
}

std::optional<double> CompareModel::value(int row, int year) const
{
    const auto &values = m_lines.at(row).values;
    const auto it = values.constFind(year);
    return it == values.cend() ? std::nullopt : std::optional<double>(*it);
}

QList<qint64> CompareModel::figures(int row, int year) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).figures.value(year) : QList<qint64>();
}

std::optional<int> CompareModel::rank(int row) const
{
    const int last = m_comparison.yearTo;
    const std::optional<double> mine = value(row, last);
    if (!mine)
        return std::nullopt;
    int rank = 1;
    for (int other = 0; other < m_lines.size(); ++other) {
        if (const auto theirs = value(other, last); theirs && *theirs > *mine)
            ++rank;
    }
    return rank;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == RegionRole)
        return line.region;
    if (role == Qt::TextAlignmentRole)
        return column == 0 ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ValueRole)
        return {};
    if (column == 0)
        return line.region;
    const QList<int> years = this->years();
    // The change over the range: both ends must have a value.
    const auto ends = [&]() -> std::optional<std::pair<double, double>> {
        if (years.size() < 2)
            return std::nullopt;
        const std::optional<double> first = value(index.row(), years.first());
        const std::optional<double> last = value(index.row(), years.last());
        if (!first || !last)
            return std::nullopt;
        return std::make_pair(*first, *last);
    };
    std::optional<double> number;
    QString sign;
    QString star;
    if (column < changeColumn()) {
        const int year = years.at(column - firstYearColumn());
        number = value(index.row(), year);
        sign = Labels::qualifierSymbol(line.qualifiers.value(year, Qualifier::Exact));
        if (line.partial.value(year))
            star = u"*"_s;
    } else if (column == changeColumn()) {
        if (const auto range = ends())
            number = range->second - range->first;
    } else if (column == percentColumn()) {
        const auto range = ends();
        if (range && range->first != 0) {
            const double percent = (range->second - range->first) / range->first * 100.0;
            return role == ValueRole ? QVariant(percent) : QVariant(QString::number(percent, 'f', 1) + u'%');
        }
    } else if (column == rankColumn()) {
        const std::optional<int> place = rank(index.row());
        if (place)
            return role == ValueRole ? QVariant(*place) : QVariant(QString::number(*place));
    }
    if (role == ValueRole)
        return number ? QVariant(*number) : QVariant();
    // A bound's sign before the number, a sum of counties' star after it: "≥1,200*".
    return number ? QVariant(sign + Labels::number(*number) + star) : QVariant(Labels::missing());
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Region");
    if (section < changeColumn())
        return QString::number(years().at(section - firstYearColumn()));
    if (section == changeColumn())
        return tr("Change");
    if (section == percentColumn())
        return tr("% change");
    if (section == rankColumn())
        return tr("Rank");
    return {};
}

void CompareModel::setComparison(const Comparison &comparison)
{
    m_comparison = comparison;
    reload();
}

void CompareModel::reload()
{
    // Statistics of one indicator, aggregated by kind; a category is not a measure, so a
    // comparison asked for a category compares its headline indicator (#16).
    QString indicator = m_comparison.indicator;
    if (indicator.isEmpty() && m_comparison.category) {
        ChartRequest request;
        request.regions = m_comparison.regions;
        request.yearFrom = m_comparison.yearFrom;
        request.yearTo = m_comparison.yearTo;
        indicator = ChartDataBuilder(m_store).headlineIndicator(*m_comparison.category, request);
    }
    m_indicator = indicator;
    QList<Statistic> statistics;
    if (!indicator.isEmpty()) {
        StatisticsFilter filter;
        filter.indicator = indicator;
        filter.regions = m_comparison.regions;
        if (m_comparison.yearFrom > 0)
            filter.yearFrom = m_comparison.yearFrom;
        if (m_comparison.yearTo > 0)
            filter.yearTo = m_comparison.yearTo;
        statistics = StatisticsQueries(m_store).statistics(filter);
    }
    if (m_comparison.unit) {
        m_unit = *m_comparison.unit;
    } else {
        // The unit most cells are in (the indicator's first unit on a tie).
        const Indicator *entry = IndicatorCatalogue::instance().find(indicator);
        m_unit = entry && !entry->units.isEmpty() ? entry->units.first() : Unit::Other;
        QHash<int, int> cells;
        for (const Statistic &s : std::as_const(statistics))
            ++cells[int(s.unit)];
        for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
            if (it.value() > cells.value(int(m_unit)))
                m_unit = Unit(it.key());
        }
    }
    beginResetModel();
    m_lines.clear();
    for (const QString &region : m_comparison.regions) {
        Line line;
        line.region = region;
        for (const Statistic &s : std::as_const(statistics)) {
            if (s.region == region && s.unit == m_unit) {
                line.values.insert(s.year, s.value);
                line.qualifiers.insert(s.year, s.qualifier);
                line.partial.insert(s.year, s.partial);
                line.figures.insert(s.year, s.figures);
            }
        }
        m_lines << line;
    }
    endResetModel();
}

} // namespace ub
