#include "regionbarchart.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

QChart *buildBarChart(const QAbstractItemModel &model, const BarChartSpec &spec)
{
    auto *chart = new QChart;
    // The theme first: it resets colours, and the bars keep the palette below on every theme.
    chart->setTheme(spec.theme == ChartTheme::Dark           ? QChart::ChartThemeDark
                    : spec.theme == ChartTheme::HighContrast ? QChart::ChartThemeHighContrast
                                                             : QChart::ChartThemeLight);
    chart->setTitle(spec.title);
    chart->setAnimationOptions(spec.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));

    static const QList<QColor> palette = {QColor(0xc0, 0x39, 0x2b), QColor(0x2c, 0x6f, 0xbb), QColor(0xe6, 0x9f, 0x00),
                                          QColor(0x2a, 0x9d, 0x8f), QColor(0x7b, 0x5e, 0xa7), QColor(0x6c, 0x75, 0x7d)};
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
    const double rounding = largest >= 10 ? 10 : 100;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int column = columns.at(i);
        auto *set = new QBarSet(columns.size() > 1 ? model.headerData(column, Qt::Horizontal).toString()
                                                   : spec.valueAxisTitle);
        set->setColor(palette.at(i % palette.size()));
        set->setLabelColor(spec.theme == ChartTheme::Light ? QColor(0x33, 0x33, 0x33) : QColor(0xee, 0xee, 0xee));
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

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(spec.valueAxisTitle);
    // Headroom above the tallest bar leaves space for its label.
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
    valueAxis->setLabelFormat(maximum >= 1e9 ? u"%.3g"_s : u"%.*f"_s.replace(u"*"_s, QString::number(decimals)));
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace ub
