#include "kpimodel.h"

#include "aggregation.h"
#include "indicatorcatalogue.h"
#include "labels.h"
#include "statisticsqueries.h"

#include <algorithm>
#include <cmath>

namespace ub {

KpiModel::KpiModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Card &card = m_cards.at(index.row());
    const Statistic *value = card.value ? &*card.value : nullptr;
    auto headline = [&]() -> QString {
        if (value)
            return Labels::qualifierSymbol(value->qualifier) +
                   Labels::compactAmount(value->value, value->unit);
        if (card.rangeLow && card.rangeHigh)
            return Labels::compactNumber(*card.rangeLow) + QStringLiteral("–") +
                   Labels::compactNumber(*card.rangeHigh) + QStringLiteral("%");
        return Labels::missing();
    };
    auto change = [&]() -> QString {
        if (!value || !card.previous || *card.previous == 0 || value->kind == FigureKind::Rate)
            return {};
        const double percent = (value->value - *card.previous) / std::fabs(*card.previous) * 100;
        return tr("%1%2% on %3")
            .arg(percent >= 0 ? QStringLiteral("+") : QString(),
                 QString::number(percent, 'f', std::fabs(percent) < 10 ? 1 : 0))
            .arg(m_year - 1);
    };
    switch (role) {
    case Qt::DisplayRole:
        return Labels::indicator(card.indicator);
    case Qt::ToolTipRole: {
        QString text = Labels::indicator(card.indicator) + QStringLiteral(": ") + headline();
        if (value)
            text += QStringLiteral("\n") +
                    tr("%n fact(s) from %1 figure(s) in %2 document(s)", nullptr, value->facts)
                        .arg(value->figures.size())
                        .arg(value->documents.size());
        return text;
    }
    case IndicatorRole:
        return card.indicator;
    case HeadlineRole:
        return headline();
    case ValueRole:
        return value ? QVariant(value->value) : QVariant();
    case UnitRole:
        return value ? int(value->unit) : -1;
    case KindRole:
        return value ? int(value->kind) : -1;
    case PartialRole:
        return value && value->partial;
    case ChangeRole:
        return change();
    case SourcesRole:
        return value ? int(value->documents.size()) : 0;
    case FiguresRole:
        return value ? int(value->figures.size()) : 0;
    case RegionsRole:
        return card.regions;
    case DetailRole: {
        QStringList parts;
        if (value && value->partial)
            parts << tr("sum of the cities");
        else if (!value && card.rangeLow)
            parts << tr("range of the cities");
        if (value && value->kind == FigureKind::Stock && value->asOf > 0)
            parts << tr("as of %1")
                         .arg(QString::number(value->asOf / 10000) + QStringLiteral("-") +
                              QStringLiteral("%1").arg(value->asOf / 100 % 100, 2, 10, QLatin1Char('0')));
        parts << tr("%n report(s)", nullptr, value ? int(value->documents.size()) : 0);
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

void KpiModel::setYear(int year)
{
    m_year = year;
    reload();
}

void KpiModel::setPinned(const QStringList &indicators)
{
    m_pinned = indicators;
    reload();
}

KpiModel::Card KpiModel::card(const QString &indicator, int regions) const
{
    Card card;
    card.indicator = indicator;
    card.regions = regions;
    const Indicator *entry = IndicatorCatalogue::instance().find(indicator);
    const FigureKind usualKind = entry ? entry->kind : FigureKind::Flow;
    const Unit usualUnit = entry && !entry->units.isEmpty() ? entry->units.first() : Unit::Other;
    StatisticsFilter filter;
    filter.indicator = indicator;
    filter.yearFrom = m_year - 1;
    filter.yearTo = m_year;
    const QList<Statistic> statistics = StatisticsQueries(m_store).statistics(filter);
    card.value = provinceValue(statistics, m_year, usualKind, usualUnit);
    if (card.value) {
        const std::optional<Statistic> previous = provinceValue(statistics, m_year - 1, usualKind, usualUnit);
        if (previous && previous->unit == card.value->unit && previous->kind == card.value->kind &&
            previous->partial == card.value->partial)
            card.previous = previous->value;
    } else {
        for (const Statistic &s : statistics) {
            if (s.year != m_year || s.kind != FigureKind::Rate)
                continue;
            card.rangeLow = card.rangeLow ? std::min(*card.rangeLow, s.value) : s.value;
            card.rangeHigh = card.rangeHigh ? std::max(*card.rangeHigh, s.value) : s.value;
        }
    }
    return card;
}

void KpiModel::reload()
{
    QList<Card> cards;
    if (m_year > 0) {
        const QList<IndicatorCoverage> coverage = StatisticsQueries(m_store).coverage(m_year);
        QStringList candidates;
        for (const QString &pinned : std::as_const(m_pinned)) {
            if (IndicatorCatalogue::instance().find(pinned) && !candidates.contains(pinned))
                candidates << pinned;
        }
        for (const IndicatorCoverage &entry : coverage) {
            if (!candidates.contains(entry.indicator))
                candidates << entry.indicator;
        }
        for (const QString &indicator : std::as_const(candidates)) {
            if (cards.size() >= maximumCards())
                break;
            int regions = 0;
            for (const IndicatorCoverage &entry : coverage) {
                if (entry.indicator == indicator)
                    regions = entry.regions;
            }
            Card next = card(indicator, regions);
            if (next.value || next.rangeLow || m_pinned.contains(indicator))
                cards << next;
        }
    }
    beginResetModel();
    m_cards = cards;
    endResetModel();
}

} // namespace ub
