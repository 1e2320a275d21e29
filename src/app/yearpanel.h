// The year panel: a year's highlights in order, KPI cards per category, figures by city and by category.
#pragma once

#include "chartrequest.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>


namespace Ui {
class YearPanel;
}

namespace ub {

class AggregateModel;
class HighlightModel;
class KpiCardsWidget;
class KpiModel;
class ModelBarChartView;
class Store;

/** Shows one year. The models query the store; this widget only wires them to views. */
class YearPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit YearPanel(Store &store, QWidget *parent = nullptr);
    ~YearPanel() override;

    /** Re-reads the years offered and every model (after an import or a correction). */
    void reload();
    void setYear(int year);
    int year() const;

    KpiModel *kpiModel() const { return m_kpis; }
    HighlightModel *highlightModel() const { return m_highlights; }
    AggregateModel *byRegionModel() const { return m_byRegion; }
    AggregateModel *byCategoryModel() const { return m_byCategory; }
    KpiCardsWidget *cards() const { return m_cards; }

    /** The request behind the panel's main chart: what File ▸ Export Chart exports. */
    ChartRequest chartRequest() const;
    /** The request behind the figures-by-category chart. */
    ChartRequest categoryChartRequest() const;
    /** The panel's table and what it is filtered by, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

Q_SIGNALS:
    /** A chart's context menu asked to export or copy that chart. */
    void chartExportRequested(const ub::ChartRequest &request);
    void chartCopyRequested(const ub::ChartRequest &request);
    /** A city's bar was clicked: show its figures. */
    void regionActivated(const QString &region, int year);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showYear();

    std::unique_ptr<Ui::YearPanel> m_ui;
    Store &m_store;
    KpiModel *m_kpis;
    HighlightModel *m_highlights;
    AggregateModel *m_byRegion;
    AggregateModel *m_byCategory;
    KpiCardsWidget *m_cards;
    ModelBarChartView *m_regionChart;
    ModelBarChartView *m_categoryChart;
};

} // namespace ub
