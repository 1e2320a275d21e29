// The city panel: one unit's indicators across the years, a trend of the selected one, its documents.
#pragma once

#include "chartrequest.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CityPanel;
}

namespace ub {

class ChartDataModel;
class CityStatisticsModel;
class DocumentMentionModel;
class ModelBarChartView;
class Store;

/** An indicators × years table of one region (stocks as of, flows summed, sources per cell), the
 *  selected indicator's trend, and the region's documents. */
class CityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CityPanel(Store &store, QWidget *parent = nullptr);
    ~CityPanel() override;

    void reload();
    void setRegion(const QString &region);
    QString region() const;
    /** The indicator whose trend the chart shows. */
    QString indicator() const;
    void setIndicator(const QString &indicator);

    CityStatisticsModel *tableModel() const { return m_table; }
    ChartDataModel *trendModel() const { return m_trend; }
    DocumentMentionModel *documentModel() const { return m_documents; }

    /** The request behind the panel's chart: what File ▸ Export Chart exports. */
    ChartRequest chartRequest() const;
    /** The panel's table and what it is filtered by, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

Q_SIGNALS:
    /** A chart's context menu asked to export or copy that chart. */
    void chartExportRequested(const ub::ChartRequest &request);
    void chartCopyRequested(const ub::ChartRequest &request);
    /** A document was opened from the list. */
    void documentActivated(const QString &documentName);
    /** A cell was opened: show exactly the figures behind its value. */
    void figuresRequested(const QList<qint64> &ids, const QString &caption);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRegion();
    void showTrend();

    std::unique_ptr<Ui::CityPanel> m_ui;
    Store &m_store;
    CityStatisticsModel *m_table;
    ChartDataModel *m_trend;
    DocumentMentionModel *m_documents;
    ModelBarChartView *m_chart;
    QString m_indicator;
};

} // namespace ub
