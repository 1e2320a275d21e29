// The KPI cards of a year: one row per category with its headline amount.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractListModel>

namespace ub {

class Store;

/**
 * One row per category users name (members, events, funds, competitions). A category's headline
 * is the sum in one unit (funds in yuan, members in people, events in sessions, competitions in
 * person-times), since adding people to yuan means nothing; approximate figures in the sum make
 * it "at least" (≥).
 */
class KpiModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { CategoryRole = Qt::UserRole + 1, HeadlineRole, SumRole, UnitRole, FiguresRole, ApproximateRole };

    explicit KpiModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /** The filter's categories and units are ignored: every category gets its row. */
    void setFilter(const AggregateFilter &filter);
    void reload();

private:
    struct Card
    {
        Category category;
        Unit unit = Unit::Other;
        double sum = 0;
        int figures = 0;      ///< all figures of the category, any unit
        int unitFigures = 0;  ///< those in the headline's unit
        int approximate = 0;  ///< approximate figures in the headline's sum
    };

    Store &m_store;
    AggregateFilter m_filter;
    QList<Card> m_cards;
};

} // namespace ub
