#include "regionbarchart.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const QList<QColor> &palette()
{
    static const QList<QColor> colours = {QColor(0xc0, 0x39, 0x2b), QColor(0x2c, 0x6f, 0xbb),
                                          QColor(0xe6, 0x9f, 0x00), QColor(0x2a, 0x9d, 0x8f),
                                          QColor(0x7b, 0x5e, 0xa7), QColor(0x6c, 0x75, 0x7d)};
    return colours;
}

QChart *newChart(const BarChartSpec &spec)
{
    auto *chart = new QChart;
    // The theme first: it resets colours, and the series keep the palette on every theme.
    chart->setTheme(spec.theme == ChartTheme::Dark           ? QChart::ChartThemeDark
                    : spec.theme == ChartTheme::HighContrast ? QChart::ChartThemeHighContrast
                                                             : QChart::ChartThemeLight);
    chart->setTitle(spec.title);
    chart->setAnimationOptions(spec.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

/** The value axis from 0 to a little above maximum, which leaves room for the top label. */
QValueAxis *valueAxisUpTo(double maximum, const QString &title)
{
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(title);
    if (maximum > 0) {
        valueAxis->setRange(0, std::ceil(maximum * 1.15));
        valueAxis->applyNiceNumbers();
    } else {
        valueAxis->setRange(0, 1); // nothing to show: one clean interval, not 0,0,0,1,1,1
        valueAxis->setTickCount(2);
    }
    // As many decimals as the tick step needs, so no two tick labels read the same (0, 0.5, 1.0).
    const double step = (valueAxis->max() - valueAxis->min()) / std::max(1, valueAxis->tickCount() - 1);
    const int decimals = step <= 0 || step >= 1 ? 0 : std::min(4, int(std::ceil(-std::log10(step) - 1e-9)));
    valueAxis->setLabelFormat(maximum >= 1e9 ? u"%.3g"_s
                                             : u"%.*f"_s.replace(u"*"_s, QString::number(decimals)));
    return valueAxis;
}

/** The decimals every label of a chart gets: one, or two when every value shown is under 10. */
double roundingFor(double largest)
{
    return largest >= 10 ? 10 : 100;
}

/** A long run of years as a line, its axis labelled every 1, 2, 5, 10… years, at most five labels. */
QChart *buildLineChart(const QAbstractItemModel &model, const BarChartSpec &spec)
{
    QChart *chart = newChart(spec);
    auto *series = new QLineSeries;
    series->setName(spec.valueAxisTitle);
    series->setColor(palette().first());
    series->setPointsVisible(true);
    const double divisor = spec.valueDivisor > 0 ? spec.valueDivisor : 1;
    QList<QPointF> points;
    double largest = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant value = model.data(model.index(row, spec.valueColumn), spec.valueRole);
        bool isYear = false;
        const int year = model.data(model.index(row, spec.labelColumn)).toString().toInt(&isYear);
        if (!isYear || value.isNull())
            continue; // a missing figure is no point
        points.append(QPointF(year, value.toDouble() / divisor));
        largest = std::max(largest, std::fabs(points.constLast().y()));
    }
    const double rounding = roundingFor(largest);
    double maximum = 0;
    for (QPointF &point : points) {
        point.setY(std::round(point.y() * rounding) / rounding);
        maximum = std::max(maximum, point.y());
    }
    series->append(points);
    chart->addSeries(series);
    chart->legend()->setVisible(false);

    auto *yearAxis = new QValueAxis;
    const int first = points.isEmpty() ? 0 : int(points.constFirst().x());
    const int last = points.isEmpty() ? 1 : int(points.constLast().x());
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 50}) {
        step = candidate;
        if ((last - first) / candidate <= 4) // labels wide enough for a narrow panel
            break;
    }
    yearAxis->setRange(first, std::max(last, first + 1));
    yearAxis->setTickType(QValueAxis::TicksDynamic);
    yearAxis->setTickAnchor((first / step) * step);
    yearAxis->setTickInterval(step);
    yearAxis->setLabelFormat(u"%d"_s);
    yearAxis->setGridLineVisible(false);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    series->attachAxis(yearAxis);
    QValueAxis *valueAxis = valueAxisUpTo(maximum, spec.valueAxisTitle);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace

QChart *buildBarChart(const QAbstractItemModel &model, const BarChartSpec &spec)
{
    if (spec.line)
        return buildLineChart(model, spec);
    QChart *chart = newChart(spec);
    const QList<QColor> &palette = ::ub::palette();
    const QList<int> columns = spec.valueColumns.isEmpty() ? QList<int>{spec.valueColumn} : spec.valueColumns;
    const bool horizontal = spec.orientation == Qt::Horizontal;
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    // Horizontal bars are laid out bottom-up: rows go in reversed so the model's first row is on top.
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << (horizontal ? model.rowCount() - 1 - row : row);
    QStringList categories;
    double maximum = 0;
    double largest = 0; // of the values shown, for the decimals every bar's label gets
    for (int row : std::as_const(rows)) {
        categories << model.data(model.index(row, spec.labelColumn)).toString();
        for (const int column : columns) {
            const double shown = model.data(model.index(row, column), spec.valueRole).toDouble() /
                                 (spec.valueDivisor > 0 ? spec.valueDivisor : 1);
            largest = std::max(largest, std::fabs(shown));
        }
    }
    // One number of decimals for the whole chart: 192.2 and 162.2, never 192.19 beside 162.182.
    const double rounding = roundingFor(largest);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int column = columns.at(i);
        auto *set = new QBarSet(columns.size() > 1 ? model.headerData(column, Qt::Horizontal).toString()
                                                   : spec.valueAxisTitle);
        set->setColor(palette.at(i % palette.size()));
        set->setLabelColor(spec.theme == ChartTheme::Light ? QColor(0x33, 0x33, 0x33)
                                                           : QColor(0xee, 0xee, 0xee));
        for (int row : std::as_const(rows)) {
            double value = model.data(model.index(row, column), spec.valueRole).toDouble();
            if (spec.valueDivisor != 1 && spec.valueDivisor > 0)
                value /= spec.valueDivisor;
            value = std::round(value * rounding) / rounding;
            *set << value;
            maximum = std::max(maximum, value);
        }
        series->append(set);
    }
    chart->legend()->setVisible(columns.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // One or two rows would otherwise fill the chart with slabs.
    if (model.rowCount() <= 2)
        series->setBarWidth(0.3);
    series->setLabelsVisible(spec.valueLabels);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    QValueAxis *valueAxis = valueAxisUpTo(maximum, spec.valueAxisTitle);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace ub
