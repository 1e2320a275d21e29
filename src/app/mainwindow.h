// The main window: figures table with provenance on the left, figures-per-city chart on the right.
#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

#include <QProgressDialog>

namespace Ui {
class MainWindow;
}

namespace ub {

class FigureTableModel;
class ImportController;
class ModelBarChartView;
class RegionCountModel;
class Store;
struct ImportSummary;

/** Wires the panels to the models and the import controller; holds no SQL and no figures itself. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Store &store, const QString &storeLocation, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Imports files or folders on the worker thread with a cancellable progress dialog. */
    void importPaths(const QStringList &paths);
    /** First start: imports the sample reports when the store holds no document. */
    void importSamplesIfEmpty(const QString &sampleDirectory);

    FigureTableModel *figureModel() const { return m_figureModel; }
    RegionCountModel *regionCountModel() const { return m_regionModel; }
    ModelBarChartView *chartView() const { return m_chartView; }
    ImportController *importController() const { return m_importController; }

Q_SIGNALS:
    /** An import ended and the models show its figures. */
    void importCompleted(const ub::ImportSummary &summary);

private:
    void chooseReportsToImport();
    void showImportSummary(const ub::ImportSummary &summary);
    void closeProgress();
    void applyFilters();
    void reloadYears();
    void showProvenance();
    void updateStatus();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    FigureTableModel *m_figureModel;
    RegionCountModel *m_regionModel;
    ModelBarChartView *m_chartView;
    ImportController *m_importController;
    QPointer<QProgressDialog> m_progress;
    bool m_quietImport = false;
};

} // namespace ub
