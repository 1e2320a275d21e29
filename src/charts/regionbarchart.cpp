#include "regionbarchart.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
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
    chart->setTitle(spec.title);
    chart->legend()->hide();
    chart->setAnimationOptions(spec.animated ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setMargins(QMargins(8, 8, 8, 8));

    auto *set = new QBarSet(spec.valueAxisTitle);
    set->setColor(QColor(0xc0, 0x39, 0x2b)); // union red, readable on light and dark slides
    set->setLabelColor(QColor(0x33, 0x33, 0x33));
    QStringList categories;
    double maximum = 0;
    // Horizontal bars keep Chinese place names readable; rows are added bottom-up so the
    // model's first row is the top bar.
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        categories << model.data(model.index(row, spec.labelColumn)).toString();
        const double value = model.data(model.index(row, spec.valueColumn)).toDouble();
        *set << value;
        maximum = std::max(maximum, value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(spec.valueAxisTitle);
    valueAxis->setLabelFormat(u"%.0f"_s);
    // Headroom above the tallest bar leaves space for its label.
    valueAxis->setRange(0, maximum > 0 ? std::ceil(maximum * 1.15) : 1);
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

} // namespace ub
