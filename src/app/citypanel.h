// The city panel: one prefecture-level unit (or the province) across the years.
#pragma once

#include "chartrequest.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>


class QSortFilterProxyModel;

namespace Ui {
class CityPanel;
}

namespace ub {

class AggregateModel;
class DocumentMentionModel;
class ModelBarChartView;
class Store;

/** Figures of one region by year and category or indicator, a chart over the years, its documents. */
class CityPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CityPanel(Store &store, QWidget *parent = nullptr);
    ~CityPanel() override;

    void reload();
    void setRegion(const QString &region);
    QString region() const;

    AggregateModel *tableModel() const { return m_table; }
    AggregateModel *byYearModel() const { return m_byYear; }
    DocumentMentionModel *documentModel() const { return m_documents; }

    /** The request behind the panel's main chart: what File ▸ Export Chart exports. */
    ChartRequest chartRequest() const;
    /** The panel's table and what it is filtered by, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

Q_SIGNALS:
    /** A chart's context menu asked to export or copy that chart. */
    void chartExportRequested(const ub::ChartRequest &request);
    void chartCopyRequested(const ub::ChartRequest &request);
    /** A document was opened from the list. */
    void documentActivated(const QString &documentName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showRegion();

    std::unique_ptr<Ui::CityPanel> m_ui;
    Store &m_store;
    AggregateModel *m_table;
    QSortFilterProxyModel *m_sorted;
    AggregateModel *m_byYear;
    DocumentMentionModel *m_documents;
    ModelBarChartView *m_chart;
};

} // namespace ub
