// A widget showing a bar chart of a table model, rebuilt whenever the model changes.
#pragma once

#include "regionbarchart.h"

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QChart;
class QAction;
class QChartView;

namespace ub {

/** Keeps a bar chart in step with a (label, value) table model; the app never touches Qt Charts. */
class ModelBarChartView final : public QWidget
{
    Q_OBJECT
public:
    explicit ModelBarChartView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, const BarChartSpec &spec);
    /** Every view in the app draws with this theme; views rebuild when it changes. */
    static void setTheme(ChartTheme theme);
    static ChartTheme theme();
    /** The chart now shown (owned by the view). */
    QChart *chart() const;
    /** Number of bars in the chart now shown. */
    int barCount() const;

Q_SIGNALS:
    void chartRebuilt();
    /** A bar was clicked; row is the model row it shows. */
    void barClicked(int row);
    /** The user asked, from the chart's context menu, to export the chart or to copy it. */
    void exportRequested();
    void copyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QChartView *m_view;
    QAction *m_exportAction;
    QAction *m_copyAction;
    QPointer<QAbstractItemModel> m_model;
    BarChartSpec m_spec;
};

} // namespace ub
