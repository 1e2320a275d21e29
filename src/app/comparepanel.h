// The compare panel: 2–11 cities side by side on one indicator or category over a year range.
#pragma once

#include "chartrequest.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>


class QStandardItemModel;

namespace Ui {
class ComparePanel;
}

namespace ub {

class CompareModel;
class ModelBarChartView;
class Store;
struct Comparison;

/** Grouped bars sharing one axis and the side-by-side table; a clicked bar names its city. */
class ComparePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePanel(Store &store, QWidget *parent = nullptr);
    ~ComparePanel() override;

    void reload();
    /** Chooses cities, a measure ("indicator:KEY" or "category:KEY") and years, as a user would. */
    void compare(const QStringList &regions, const QString &measure, int yearFrom, int yearTo);

    CompareModel *model() const { return m_model; }
    ModelBarChartView *chartView() const { return m_chart; }

    /** The request behind the panel's main chart: what File ▸ Export Chart exports. */
    ChartRequest chartRequest() const;
    /** The panel's table and what it is filtered by, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

Q_SIGNALS:
    /** A chart's context menu asked to export or copy that chart. */
    void chartExportRequested(const ub::ChartRequest &request);
    void chartCopyRequested(const ub::ChartRequest &request);
    /** A city's bar or row was chosen: show its figures elsewhere. */
    void regionActivated(const QString &region, int year);
    /** A city's value was opened: show exactly the figures behind it. */
    void figuresRequested(const QList<qint64> &ids, const QString &caption);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMeasures();
    QString mostReportedIndicator(int year) const;
    void update();
    Comparison currentComparison() const;

    std::unique_ptr<Ui::ComparePanel> m_ui;
    Store &m_store;
    QStandardItemModel *m_regions;
    CompareModel *m_model;
    ModelBarChartView *m_chart;
};

} // namespace ub
