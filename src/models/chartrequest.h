// What an exported (or shown) chart plots: the view, the years, the regions and the measure.
#pragma once

#include "figure.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace ub {

/** The charts the panels draw: a year across regions, a year across categories, a city across
 *  years, and cities side by side over a range of years. */
enum class ChartView { Year, Categories, City, Compare };

/** Stable keys for the CLI and settings: "year", "categories", "city", "compare". */
QString toKey(ChartView view);
std::optional<ChartView> chartViewFromKey(QStringView key);

/** The number of figures stated, or the values of one category or one indicator. */
struct ChartMeasure
{
    std::optional<Category> category;
    QString indicator; ///< wins over category when set

    bool countsFigures() const { return !category && indicator.isEmpty(); }
    /** "figures", the indicator key or the category key: for file names and settings. */
    QString key() const;
    /** The measure named by key(); an unknown key gives nothing. */
    static std::optional<ChartMeasure> fromKey(const QString &key);
    bool operator==(const ChartMeasure &other) const
    {
        return category == other.category && indicator == other.indicator;
    }
};

/** One chart. Zero years mean "chosen from the data" (see ChartDataBuilder). */
struct ChartRequest
{
    ChartView view = ChartView::Year;
    int yearFrom = 0;
    int yearTo = 0;
    /** City: the one region. Year and compare: the regions shown (empty: the standard ones). */
    QStringList regions;
    ChartMeasure measure;
};

} // namespace ub

Q_DECLARE_METATYPE(ub::ChartRequest)
