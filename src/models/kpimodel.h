// The cards of a year: its headline indicators, each with its value aggregated by kind.
#pragma once

#include "statistic.h"

#include <QAbstractListModel>
#include <QStringList>

#include <optional>

namespace ub {

class Store;

/**
 * One card per headline indicator of a year: the pinned ones first, then those most regions
 * report (then the most figures), up to maximumCards(). A card's value is the province's own
 * statistic where it states one, else its cities' statistics of the indicator's usual kind summed
 * (a partial, "各市合计"); a rate has no sum, so without a provincial rate its card shows the
 * range of the cities'. Each card has the change against the previous year where both exist.
 */
class KpiModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IndicatorRole = Qt::UserRole + 1, ///< the indicator key
        HeadlineRole,                     ///< the value as shown: ≥1.3万人
        ValueRole,                        ///< the number, or null
        UnitRole,
        KindRole,
        PartialRole,        ///< the sum of the cities, not the province's own
        ChangeRole,         ///< the change against the previous year as shown (+12%), or empty
        SourcesRole,        ///< how many documents are behind it
        FiguresRole,        ///< how many figures
        RegionsRole,        ///< how many regions report it this year
        DetailRole          ///< one line under the value: 各市合计 · 3 份报告
    };

    explicit KpiModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setYear(int year);
    int year() const { return m_year; }
    /** Indicators shown first whatever their reach (the panel's pinned cards). */
    void setPinned(const QStringList &indicators);
    void reload();
    static constexpr int maximumCards() { return 4; }

private:
    struct Card
    {
        QString indicator;
        std::optional<Statistic> value;
        std::optional<double> rangeLow; ///< a rate without the province's: the cities' lowest and highest
        std::optional<double> rangeHigh;
        std::optional<double> previous;
        int regions = 0;
    };
    Card card(const QString &indicator, int regions) const;

    Store &m_store;
    int m_year = 0;
    QStringList m_pinned;
    QList<Card> m_cards;
};

} // namespace ub
