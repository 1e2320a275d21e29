// The indicator dictionary (data/indicators/indicators.tsv): the comparable measures and their kinds.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ub {

/** One comparable measure of shared/docs/indicators.md; its key is a contract. */
struct Indicator
{
    QString key;
    QString zhName;
    QString enName;
    Category category = Category::Other; ///< the record it usually belongs to
    QList<Category> categories;          ///< every category one of its figures may have
    QList<Unit> units;                   ///< the units it is counted in
    FigureKind kind = FigureKind::Flow;  ///< its usual kind
    QStringList triggers;                ///< general terms that name it (normalised Simplified)
    QString categoryKey;                 ///< toKey(category) and toKey(kind), kept for the figure model
    QString kindKey;
    /** What a figure of its unit is for want of a more specific indicator (funds_raised: money
     *  "not one of the above"): a more specific one whose trigger stands near takes its place. */
    bool residual = false;

    bool countsIn(Unit unit) const { return units.contains(unit); }
};

/**
 * The indicators in file order, loaded once from the embedded table. Everything that names an
 * indicator (the extractor, the store's labels, the panels' pickers, `stats`) reads this one list.
 */
class IndicatorCatalogue
{
public:
    static const IndicatorCatalogue &instance();

    const QList<Indicator> &indicators() const { return m_indicators; }
    /** The indicator with this key, or nullptr. */
    const Indicator *find(QStringView key) const;
    /** Its position in indicators(), or -1. */
    int indexOf(QStringView key) const;

private:
    IndicatorCatalogue();
    QList<Indicator> m_indicators;
};

} // namespace ub
