// The year panel: its headline indicators as cards, its 十大亮点 by report, an indicator by city.
#pragma once

#include "chartrequest.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>

namespace Ui {
class YearPanel;
}

namespace ub {

class ChartDataModel;
class FigureTableModel;
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
    /** The indicator the chart shows by city. */
    QString chartIndicator() const;
    void setChartIndicator(const QString &indicator);

    KpiModel *kpiModel() const { return m_kpis; }
    HighlightModel *highlightModel() const { return m_highlights; }
    ChartDataModel *byRegionModel() const { return m_byRegion; }
    FigureTableModel *itemFiguresModel() const { return m_itemFigures; }
    KpiCardsWidget *cards() const { return m_cards; }

    /** The request behind the panel's chart: what File ▸ Export Chart exports. */
    ChartRequest chartRequest() const;
    /** The panel's table and what it is filtered by, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

Q_SIGNALS:
    /** A chart's context menu asked to export or copy that chart. */
    void chartExportRequested(const ub::ChartRequest &request);
    void chartCopyRequested(const ub::ChartRequest &request);
    /** A city's bar was clicked: show its figures of the indicator. */
    void regionActivated(const QString &region, int year);
    /** A card (or a bar) was clicked: show exactly the figures behind its number. */
    void figuresRequested(const QList<qint64> &ids, const QString &caption);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showYear();
    void fillIndicators();
    void showChart();
    void showItemFigures();
    /** Pins (or unpins) the chart's indicator to the year's cards, for every year, remembered. */
    void setChartIndicatorPinned(bool pinned);

    std::unique_ptr<Ui::YearPanel> m_ui;
    Store &m_store;
    KpiModel *m_kpis;
    HighlightModel *m_highlights;
    ChartDataModel *m_byRegion;
    FigureTableModel *m_itemFigures;
    KpiCardsWidget *m_cards;
    ModelBarChartView *m_regionChart;
};

} // namespace ub
