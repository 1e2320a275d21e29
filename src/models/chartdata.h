// The numbers and words of one chart, detached from the store: what the chart exporter draws.
#pragma once

#include "aggregatequeries.h"
#include "chartrequest.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ub {

/** One set of bars: a value per row, or nothing where the row has no figure. */
struct ChartSeries
{
    QString name;
    QList<std::optional<double>> values;
    QList<bool> approximate; ///< the value adds up at least one 余/近/约 figure
};

/** A chart ready to draw: rows top to bottom, one or more series, and where the numbers came from. */
struct ChartData
{
    ChartRequest request; ///< with the years and regions resolved
    QString title;        ///< the automatic title; an export may replace it
    QString subtitle;     ///< period and unit
    QString measureName;
    QString period;       ///< "2023" or "2019–2023", in the UI's language
    QStringList labels;
    QList<ChartSeries> series;
    /** The values are drawn divided by this, in valueUnit ("万人", "million yuan"). */
    double divisor = 1;
    QString valueUnit;
    std::optional<Unit> unit; ///< the unit the values add up in; none when figures are counted
    QList<DocumentMention> sources;
    int figures = 0;
    int approximateFigures = 0;

    bool hasValues() const;
    /** Whether any value of the row is approximate. */
    bool rowIsApproximate(int row) const;
    /** File-name fields: {year}, {city}, {indicator}, {view}. */
    QString yearKey() const;
    QString regionKey() const;
};

} // namespace ub
