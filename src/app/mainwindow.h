// The main window: the year, city, compare, figures and reports panels, menus, import and review.
#pragma once

#include "chartrequest.h"

#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>

#include <QSet>

#include <memory>
#include <optional>

class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace ub {

class CityPanel;
class ComparePanel;
class FiguresPanel;
class ImportController;
class ReportsPanel;
class ReviewController;
class Store;
class StoreStatusLabel;
class StoreWatcher;
class YearPanel;
struct ImportSummary;

/**
 * Wires panels, import and review together over one store connection; holds no SQL and no
 * figures itself. It shows the store in its title and the login's role in the status bar,
 * disables what the role may not do, and refreshes its panels when another client changes the
 * store (#18). Switching stores is the WindowManager's: the window only asks for it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    Store &store() const { return m_store; }

    /** Imports files or folders on the worker thread with a cancellable progress dialog. */
    void importPaths(const QStringList &paths);
    /** First start: imports the sample reports when the store holds no document. */
    /** Starts importing the samples when the store holds no document; says whether it did. */
    bool importSamplesIfEmpty(const QString &sampleDirectory);

    YearPanel *yearPanel() const { return m_yearPanel; }
    CityPanel *cityPanel() const { return m_cityPanel; }
    ComparePanel *comparePanel() const { return m_comparePanel; }
    FiguresPanel *figuresPanel() const { return m_figuresPanel; }
    ReportsPanel *reportsPanel() const { return m_reportsPanel; }
    ImportController *importController() const { return m_importController; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /** Brings a panel to the front by name: year, city, compare, figures or reports; false if unknown. */
    bool showPanel(const QString &name);
    /** The name showPanel() takes for the panel in front. */
    QString currentPanelName() const;
    StoreStatusLabel *storeStatus() const { return m_storeStatus; }
    StoreWatcher *storeWatcher() const { return m_watcher; }
    /** Shows a region's figures in the figures panel (the cross-filter of the charts). */
    void showRegionFigures(const QString &region, int year);
    void showFiguresBehind(const QList<qint64> &ids, const QString &caption);
    /** Shows every figure of one report in the figures panel. */
    void showDocumentFigures(const QString &documentName, const QString &caption);

Q_SIGNALS:
    /** An import ended and the panels show its figures. */
    void importCompleted(const ub::ImportSummary &summary);
    /** An import could not run at all (the store could not be opened for it, say). */
    void importFailed(const QString &message);
    /** The panels re-read the store after another client changed it. */
    void refreshedAfterOtherClient();
    /** File ▸ Open Store…, Connect to Server…, a recent store, New Window: for the WindowManager. */
    void openStoreRequested();
    void connectRequested();
    void recentStoreRequested(const QString &location);
    void newWindowRequested();
    /** The window was closed (its settings saved, its import cancelled). */
    void closed();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseReportsToImport();
    void chooseFolderToImport();
    void showImportSummary(const ub::ImportSummary &summary);
    void closeProgress();
    /** Every panel re-reads the store (after an import). */
    void reloadPanels();
    /** The panels of figures re-read, after a report was edited, removed or extracted again. */
    void reloadFigurePanels();
    void showPageRead(const QString &file, int page, int pageCount, bool ocr);
    void updateStatus();
    void showPreferences();
    /** Disables, with a tool tip naming the role needed, what this login may not do. */
    void applyEditPermission();
    /** Another client changed the store: the panel in front re-reads now, the others when shown. */
    void refreshAfterOtherClient();
    void reloadPanel(QWidget *panel);
    void reloadIfStale(int index);
    void fillRecentMenu();
    void updateTitle();
    void showAbout();
    /** The main chart of the panel in front; nothing for the figures panel. */
    std::optional<ChartRequest> currentChartRequest() const;
    void exportChart(const ub::ChartRequest &request);
    void copyChart(const ub::ChartRequest &request);
    void exportTable();
    void updateExportActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Store &m_store;
    QUndoStack *m_undoStack;
    ReviewController *m_review;
    YearPanel *m_yearPanel;
    CityPanel *m_cityPanel;
    ComparePanel *m_comparePanel;
    FiguresPanel *m_figuresPanel;
    ReportsPanel *m_reportsPanel;
    ImportController *m_importController;
    StoreWatcher *m_watcher;
    StoreStatusLabel *m_storeStatus;
    /** Panels that have not re-read the store since another client changed it. */
    QSet<QWidget *> m_stale;
    QPointer<QProgressDialog> m_progress;
    /** Calls of the import dialog's setValue() on the stack, and a dialog closed during one. */
    int m_progressUpdates = 0;
    QPointer<QProgressDialog> m_closedProgress;
    bool m_quietImport = false;
};

} // namespace ub
