// Bar charts from a (label, value) model: one bar per row, labels in order, rebuilt on reset.
#include "modelbarchartview.h"
#include "regionbarchart.h"

#include <QBarCategoryAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QStandardItemModel>
#include <QValueAxis>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

void fill(QStandardItemModel &model, const QList<QPair<QString, int>> &rows)
{
    model.clear();
    model.setColumnCount(2);
    for (const auto &[label, value] : rows) {
        auto *number = new QStandardItem;
        number->setData(value, Qt::DisplayRole);
        model.appendRow({new QStandardItem(label), number});
    }
}

QBarSet *onlyBarSet(QChart *chart)
{
    if (chart->series().size() != 1)
        return nullptr;
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    return series && series->count() == 1 ? series->barSets().first() : nullptr;
}

} // namespace

TEST(BarChart, OneBarPerRowFirstRowOnTop)
{
    QStandardItemModel model;
    fill(model, {{u"西安市"_s, 12}, {u"铜川市"_s, 15}, {u"延安市"_s, 39}});
    std::unique_ptr<QChart> chart(buildBarChart(model, {u"每市数字"_s, u"数字"_s, 0, 1, false}));
    QBarSet *set = onlyBarSet(chart.get());
    ASSERT_NE(set, nullptr);
    ASSERT_EQ(set->count(), 3);
    EXPECT_EQ(set->at(0), 39); // bottom-up: the model's last row is the first bar
    EXPECT_EQ(set->at(2), 12);
    const auto axes = chart->axes(Qt::Vertical);
    ASSERT_EQ(axes.size(), 1);
    auto *categories = qobject_cast<QBarCategoryAxis *>(axes.first());
    ASSERT_NE(categories, nullptr);
    EXPECT_EQ(categories->categories(), (QStringList{u"延安市"_s, u"铜川市"_s, u"西安市"_s}));
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).first());
    ASSERT_NE(values, nullptr);
    EXPECT_GE(values->max(), 39); // the tallest bar fits
    EXPECT_EQ(chart->animationOptions(), QChart::NoAnimation);
    EXPECT_EQ(chart->title(), u"每市数字"_s);
}

TEST(BarChart, EmptyModelGivesEmptyChartNotACrash)
{
    QStandardItemModel model;
    std::unique_ptr<QChart> chart(buildBarChart(model, {}));
    QBarSet *set = onlyBarSet(chart.get());
    ASSERT_NE(set, nullptr);
    EXPECT_EQ(set->count(), 0);
}

TEST(ModelBarChartView, RebuildsWhenTheModelChanges)
{
    QStandardItemModel model;
    fill(model, {{u"西安市"_s, 1}});
    ModelBarChartView view;
    int rebuilt = 0;
    QObject::connect(&view, &ModelBarChartView::chartRebuilt, &view, [&rebuilt] { ++rebuilt; });
    view.setModel(&model, {u"t"_s, u"v"_s, 0, 1, false});
    EXPECT_EQ(view.barCount(), 1);
    fill(model, {{u"西安市"_s, 1}, {u"宝鸡市"_s, 2}, {u"咸阳市"_s, 3}});
    EXPECT_EQ(view.barCount(), 3);
    EXPECT_GE(rebuilt, 2);
}
