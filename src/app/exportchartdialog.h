// The export dialog: what to plot, one chart or a batch, slide size, resolution, words and file.
#pragma once

#include "chartdata.h"
#include "chartexportoptions.h"

#include <QDialog>
#include <QTimer>

#include <memory>

namespace Ui {
class ExportChartDialog;
}

namespace ub {

class Store;

/**
 * Modelled on LabPlot's export dialog: every choice on one page next to a live preview of the
 * slide, remembered for next time. Exports one chart, or one chart per city or per year into a
 * folder (file names from a template) or into one multi-page PDF.
 */
class ExportChartDialog final : public QDialog
{
    Q_OBJECT
public:
    ExportChartDialog(Store &store, const ChartRequest &request, QWidget *parent = nullptr);
    ~ExportChartDialog() override;

    ChartExportOptions options() const;
    /** The size, scale, background and footer last chosen: what Copy Chart uses without asking. */
    static ChartExportOptions rememberedOptions();
    ChartRequest request() const;
    /** Writes the files; false (after telling the user) when something failed. */
    bool exportCharts();

Q_SIGNALS:
    /** Files were written. */
    void chartsExported(const QStringList &paths);

public Q_SLOTS:
    void accept() override;

private:
    enum class Batch { None, PerCity, PerYear };
    Batch batch() const;
    ExportFormat format() const;
    void fillMeasures();
    void restoreChoices();
    void saveChoices() const;
    void updateControls();
    void suggestPath();
    void browse();
    void copyToClipboard();
    void renderPreview();
    /** The charts to export, built once per measure and batch: changing the size or the words
     *  redraws the preview without asking the store again. */
    const QList<ChartData> &charts(QString *error);

    std::unique_ptr<Ui::ExportChartDialog> m_ui;
    Store &m_store;
    ChartRequest m_request;
    QTimer m_previewTimer;
    bool m_pathEdited = false;
    QList<ChartData> m_charts;
    QString m_chartsKey;
    QString m_chartsError;
};

} // namespace ub
