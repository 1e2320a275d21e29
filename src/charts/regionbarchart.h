// Builds the figures-per-region bar chart from a model; the only code that knows Qt Charts.
#pragma once

#include "charttheme.h"

#include <QList>
#include <QString>
#include <Qt>

class QAbstractItemModel;
class QChart;

namespace ub {

/** What a bar chart over a two-column model (label, number) should look like. */
struct BarChartSpec
{
    QString title;
    QString valueAxisTitle;
    int labelColumn = 0;
    int valueColumn = 1;
    bool animated = true; ///< off for exports: an animated chart renders empty bars at first
    /** Several columns make grouped bars, one set per column named by its header; overrides valueColumn. */
    QList<int> valueColumns = {};
    /** The role holding the numbers; a null value is a missing figure, drawn as no bar. */
    int valueRole = Qt::DisplayRole;
    bool valueLabels = true;
    /** Horizontal bars (rows top to bottom) suit place names; vertical ones (rows left to right) years. */
    Qt::Orientation orientation = Qt::Horizontal;
    /** Bars show value / valueDivisor (10000 with an axis titled 万元), rounded to one decimal, or
     *  two when every value shown is under 10. */
    double valueDivisor = 1;
    ChartTheme theme = ChartTheme::Light;
    /** Rows of years drawn as a line over a year axis labelled every few years: a long trend,
     *  whose years would not fit under (or beside) their bars. */
    bool line = false;
};

/**
 * Turns a table model into a bar chart: one bar (or group) per row, labelled by the label
 * column; horizontal with the first row on top, or vertical with the first row on the left.
 * The chart is built from the model's current rows; rebuild it when the model resets.
 */
QChart *buildBarChart(const QAbstractItemModel &model, const BarChartSpec &spec);

} // namespace ub
