#include "citystatisticsmodel.h"

#include "indicatorcatalogue.h"
#include "labels.h"
#include "statisticsqueries.h"

#include <algorithm>

namespace ub {

CityStatisticsModel::CityStatisticsModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

int CityStatisticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CityStatisticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_years.size());
}

std::optional<Statistic> CityStatisticsModel::statistic(int row, int year) const
{
    if (row < 0 || row >= m_lines.size())
        return std::nullopt;
    const auto it = m_lines.at(row).byYear.constFind(year);
    return it == m_lines.at(row).byYear.constEnd() ? std::nullopt : std::optional<Statistic>(*it);
}

QString CityStatisticsModel::indicatorOf(int row) const
{
    return row >= 0 && row < m_lines.size() ? m_lines.at(row).indicator : QString();
}

int CityStatisticsModel::rowOf(const QString &indicator) const
{
    for (qsizetype k = 0; k < m_lines.size(); ++k) {
        if (m_lines.at(k).indicator == indicator)
            return int(k);
    }
    return -1;
}

QVariant CityStatisticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Line &line = m_lines.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return line.label;
        case Qt::ToolTipRole:
            return line.indicator;
        case IndicatorRole:
            return line.indicator;
        case UnitRole:
            return int(line.unit);
        }
        return {};
    }
    const int year = m_years.at(index.column() - 1);
    const std::optional<Statistic> s = statistic(index.row(), year);
    switch (role) {
    case Qt::DisplayRole:
        if (!s)
            return Labels::missing();
        return QString(Labels::qualifierSymbol(s->qualifier) + Labels::compactAmount(s->value, s->unit) +
                       (s->partial ? QStringLiteral("*") : QString()) +
                       QStringLiteral(" (%1)").arg(s->documents.size()));
    case Qt::ToolTipRole:
        if (!s)
            return tr("No figure for %1").arg(year);
        return QString(
            tr("%1 %2: %3 (%4), %n report(s)", nullptr, int(s->documents.size()))
                .arg(Labels::indicator(line.indicator))
                .arg(year)
                .arg(Labels::number(s->value))
                .arg(s->kind == FigureKind::Flow    ? tr("sum of %n fact(s)", nullptr, s->facts)
                     : s->kind == FigureKind::Stock ? tr("level as of %1").arg(s->asOf)
                                                    : tr("rate as stated")) +
            (s->partial ? QStringLiteral("\n") + tr("* the sum of its counties: the city states none itself")
                        : QString()));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case IndicatorRole:
        return line.indicator;
    case YearRole:
        return year;
    case ValueRole:
        return s ? QVariant(s->value) : QVariant();
    case SourcesRole:
        return s ? int(s->documents.size()) : 0;
    case UnitRole:
        return int(line.unit);
    case FigureIdsRole: {
        if (!s)
            return {};
        QVariantList ids;
        for (const qint64 id : s->figures)
            ids << id;
        return ids;
    }
    }
    return {};
}

QVariant CityStatisticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole && section >= 0 && section < m_lines.size())
        return m_lines.at(section).label; // stays in sight when the years scroll
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Indicator");
    return QString::number(m_years.value(section - 1));
}

void CityStatisticsModel::setRegion(const QString &region)
{
    m_region = region;
    reload();
}

void CityStatisticsModel::reload()
{
    QList<Line> lines;
    QList<int> years;
    if (!m_region.isEmpty()) {
        for (const Statistic &s : StatisticsQueries(m_store).forRegion(m_region)) {
            if (s.year <= 0)
                continue;
            if (!years.contains(s.year))
                years << s.year;
            auto line = std::find_if(lines.begin(), lines.end(), [&](const Line &l) {
                return l.indicator == s.indicator && l.unit == s.unit;
            });
            if (line == lines.end()) {
                lines.append({s.indicator, s.unit, {}, {}});
                line = lines.end() - 1;
            }
            line->byYear.insert(s.year, s);
        }
    }
    std::sort(years.begin(), years.end());
    // By category (members, events, funds, competitions, other), then the catalogue's order.
    const IndicatorCatalogue &catalogue = IndicatorCatalogue::instance();
    auto rank = [&](const Line &line) {
        const Indicator *indicator = catalogue.find(line.indicator);
        return std::make_pair(indicator ? int(indicator->category) : 99, catalogue.indexOf(line.indicator));
    };
    std::stable_sort(lines.begin(), lines.end(),
                     [&](const Line &a, const Line &b) { return rank(a) < rank(b); });
    QHash<QString, int> unitsOf;
    for (const Line &line : std::as_const(lines))
        ++unitsOf[line.indicator];
    for (Line &line : lines) {
        line.label = Labels::indicator(line.indicator);
        if (unitsOf.value(line.indicator) > 1) // 活动参与人数 in 人 and in 人次 are two rows
            line.label += tr(" (%1)", "the unit after an indicator's name").arg(Labels::unit(line.unit));
    }
    beginResetModel();
    m_lines = lines;
    m_years = years;
    endResetModel();
}

} // namespace ub
