#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "appsettings.h"
#include "chartdatabuilder.h"
#include "chartexporter.h"
#include "citypanel.h"
#include "comparepanel.h"
#include "documenttablemodel.h"
#include "editpermission.h"
#include "exportchartdialog.h"
#include "figureexport.h"
#include "figurequeries.h"
#include "figurespanel.h"
#include "figuretablemodel.h"
#include "importcontroller.h"
#include "labels.h"
#include "modelbarchartview.h"
#include "preferencesdialog.h"
#include "recentstores.h"
#include "reportfile.h"
#include "reportspanel.h"
#include "reviewcontroller.h"
#include "store.h"
#include "storestatuslabel.h"
#include "storewatcher.h"
#include "tablecsv.h"
#include "yearpanel.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ub {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_undoStack(new QUndoStack(this))
    , m_review(new ReviewController(store, *m_undoStack, this))
    , m_yearPanel(nullptr)
    , m_cityPanel(nullptr)
    , m_comparePanel(nullptr)
    , m_figuresPanel(nullptr)
    , m_reportsPanel(nullptr)
    , m_importController(new ImportController(store.location(), this))
    , m_watcher(new StoreWatcher(store, this))
    , m_storeStatus(new StoreStatusLabel(store, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/unionboard.svg"_s));
    m_yearPanel = new YearPanel(store, this);
    m_cityPanel = new CityPanel(store, this);
    m_comparePanel = new ComparePanel(store, this);
    m_figuresPanel = new FiguresPanel(store, *m_review, this);
    m_reportsPanel = new ReportsPanel(store, *m_undoStack, this);
    m_ui->panels->addTab(m_yearPanel, tr("Year"));
    m_ui->panels->addTab(m_cityPanel, tr("City"));
    m_ui->panels->addTab(m_comparePanel, tr("Compare"));
    m_ui->panels->addTab(m_figuresPanel, tr("Figures"));
    m_ui->panels->addTab(m_reportsPanel, tr("Reports"));

    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    m_ui->editMenu->insertActions(m_ui->correctAction, {undo, redo});
    m_ui->editMenu->insertSeparator(m_ui->correctAction);
    m_ui->quitAction->setShortcuts(QKeySequence::Quit);
    m_ui->preferencesAction->setShortcuts(QKeySequence::Preferences);

    connect(m_ui->openStoreAction, &QAction::triggered, this, &MainWindow::openStoreRequested);
    connect(m_ui->connectAction, &QAction::triggered, this, &MainWindow::connectRequested);
    connect(m_ui->newWindowAction, &QAction::triggered, this, &MainWindow::newWindowRequested);
    connect(m_ui->recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_ui->clearRecentAction, &QAction::triggered, this, [] { RecentStores().clear(); });
    fillRecentMenu(); // an empty list shows greyed, before the menu is ever opened
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::chooseReportsToImport);
    connect(m_ui->importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->correctAction, &QAction::triggered, this, [this] {
        // F2 in the reports table edits the report's cell, as it does in any table.
        if (m_ui->panels->currentWidget() == m_reportsPanel) {
            m_reportsPanel->editCurrent();
            return;
        }
        m_ui->panels->setCurrentWidget(m_figuresPanel);
        m_figuresPanel->correctCurrent();
    });
    connect(m_ui->rejectAction, &QAction::triggered, m_figuresPanel, &FiguresPanel::toggleRejectedCurrent);
    const QList<QPair<QAction *, QWidget *>> views = {{m_ui->yearViewAction, m_yearPanel},
                                                      {m_ui->cityViewAction, m_cityPanel},
                                                      {m_ui->compareViewAction, m_comparePanel},
                                                      {m_ui->figuresViewAction, m_figuresPanel},
                                                      {m_ui->reportsViewAction, m_reportsPanel}};
    for (const auto &[action, panel] : views)
        connect(action, &QAction::triggered, this, [this, panel = panel] { m_ui->panels->setCurrentWidget(panel); });

    connect(m_ui->exportChartAction, &QAction::triggered, this, [this] {
        if (const std::optional<ChartRequest> request = currentChartRequest())
            exportChart(*request);
    });
    connect(m_ui->copyChartAction, &QAction::triggered, this, [this] {
        if (const std::optional<ChartRequest> request = currentChartRequest())
            copyChart(*request);
    });
    connect(m_ui->exportTableAction, &QAction::triggered, this, &MainWindow::exportTable);
    connect(m_ui->panels, &QTabWidget::currentChanged, this, &MainWindow::updateExportActions);
    connect(m_ui->panels, &QTabWidget::currentChanged, this, &MainWindow::reloadIfStale);
    connect(m_yearPanel, &YearPanel::chartExportRequested, this, &MainWindow::exportChart);
    connect(m_yearPanel, &YearPanel::chartCopyRequested, this, &MainWindow::copyChart);
    connect(m_cityPanel, &CityPanel::chartExportRequested, this, &MainWindow::exportChart);
    connect(m_cityPanel, &CityPanel::chartCopyRequested, this, &MainWindow::copyChart);
    connect(m_comparePanel, &ComparePanel::chartExportRequested, this, &MainWindow::exportChart);
    connect(m_comparePanel, &ComparePanel::chartCopyRequested, this, &MainWindow::copyChart);

    connect(m_review, &ReviewController::figuresCorrected, this, &MainWindow::reloadPanels);
    connect(m_review, &ReviewController::correctionFailed, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Correction failed"), message); });
    connect(m_yearPanel, &YearPanel::regionActivated, this, &MainWindow::showRegionFigures);
    connect(m_comparePanel, &ComparePanel::regionActivated, this, &MainWindow::showRegionFigures);
    // A number opened anywhere lists exactly the figures behind it (#16).
    for (auto figuresRequested : {&YearPanel::figuresRequested})
        connect(m_yearPanel, figuresRequested, this, &MainWindow::showFiguresBehind);
    connect(m_cityPanel, &CityPanel::figuresRequested, this, &MainWindow::showFiguresBehind);
    connect(m_comparePanel, &ComparePanel::figuresRequested, this, &MainWindow::showFiguresBehind);
    connect(m_figuresPanel->model(), &FigureTableModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_reportsPanel, &ReportsPanel::figuresRequested, this, &MainWindow::showDocumentFigures);
    DocumentTableModel *documents = m_reportsPanel->model();
    for (auto changed : {&DocumentTableModel::documentChanged, &DocumentTableModel::documentRemoved,
                         &DocumentTableModel::documentRestored})
        connect(documents, changed, this, &MainWindow::reloadFigurePanels);
    connect(documents, &DocumentTableModel::documentsReextracted, this, [this](int count) {
        reloadFigurePanels();
        statusBar()->showMessage(tr("Extracted %n report(s) again.", nullptr, count), 8000);
    });

    connect(m_importController, &ImportController::progressed, this, [this](int done, int total, const QString &file) {
        // setValue() on a modal dialog processes events, which may deliver importFinished and
        // close the dialog: everything else is set first, the pointer is guarded, and the dialog
        // is only deleted once no setValue() of it is on the stack (a deleteLater() posted inside
        // that processEvents() runs in the same pass, while setValue() still uses the dialog).
        const QPointer<QProgressDialog> progress = m_progress;
        if (!progress)
            return;
        if (!file.isEmpty())
            progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
        progress->setMaximum(total);
        ++m_progressUpdates;
        progress->setValue(done);
        if (--m_progressUpdates == 0 && m_closedProgress) {
            m_closedProgress->deleteLater();
            m_closedProgress = nullptr;
        }
    });
    connect(m_importController, &ImportController::pageRead, this, &MainWindow::showPageRead);
    connect(m_importController, &ImportController::importFinished, this, &MainWindow::showImportSummary);
    connect(m_importController, &ImportController::importFailed, this, [this](const QString &message) {
        closeProgress();
        // open(), not exec(), as for the summary: the window, or a check waiting on it, goes on.
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Import failed"), message, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT importFailed(message);
    });

    // Other clients' imports, corrections and removals (#18); this connection's own are not reported.
    statusBar()->addPermanentWidget(m_storeStatus);
    connect(m_watcher, &StoreWatcher::storeChanged, this, &MainWindow::refreshAfterOtherClient);
    connect(m_watcher, &StoreWatcher::connectionLost, m_storeStatus, &StoreStatusLabel::showConnectionLost);
    connect(m_watcher, &StoreWatcher::connectionRestored, m_storeStatus, &StoreStatusLabel::showConnectionRestored);
    QString watchError;
    if (!m_watcher->start(&watchError))
        m_storeStatus->showWatchProblem(watchError);

    AppSettings settings;
    ModelBarChartView::setTheme(chartThemeFromKey(settings.chartTheme()));
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_ui->panels->setCurrentIndex(settings.currentPanel());
    updateTitle();
    applyEditPermission();
    updateExportActions();
    updateStatus();
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — UnionBoard").arg(m_store.location().displayName()));
}

void MainWindow::applyEditPermission()
{
    const EditPermission permission = EditPermission::of(m_store);
    for (QAction *action : {m_ui->importAction, m_ui->importFolderAction, m_ui->correctAction, m_ui->rejectAction}) {
        action->setEnabled(permission.allowed);
        // The menus show tool tips (below); the status tip says it again where the mouse is.
        action->setToolTip(permission.reason); // empty: the action's own text, as before
        action->setStatusTip(permission.reason);
    }
    m_ui->fileMenu->setToolTipsVisible(!permission.allowed);
    m_ui->editMenu->setToolTipsVisible(!permission.allowed);
    setAcceptDrops(permission.allowed);
    m_figuresPanel->setEditPermission(permission);
    m_reportsPanel->setEditPermission(permission);
}

void MainWindow::fillRecentMenu()
{
    QMenu *menu = m_ui->recentMenu;
    menu->clear();
    const QStringList entries = RecentStores().entries();
    const QString current = m_store.location().displayName();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString &entry = entries.at(i);
        // &1…&8 pick one from the keyboard; an ampersand in a path must not become a mnemonic.
        QAction *action = menu->addAction(u"&%1  %2"_s.arg(i + 1).arg(QString(entry).replace(u'&', u"&&"_s)));
        action->setData(entry);
        if (entry == current) {
            action->setCheckable(true);
            action->setChecked(true);
        }
        connect(action, &QAction::triggered, this, [this, entry] {
            if (entry != m_store.location().displayName())
                Q_EMIT recentStoreRequested(entry);
        });
    }
    if (!entries.isEmpty())
        menu->addSeparator();
    menu->addAction(m_ui->clearRecentAction);
    m_ui->clearRecentAction->setEnabled(!entries.isEmpty());
}

void MainWindow::refreshAfterOtherClient()
{
    // An import of our own is running: its end re-reads every panel anyway.
    if (m_importController->isRunning())
        return;
    for (QWidget *panel : {static_cast<QWidget *>(m_yearPanel), static_cast<QWidget *>(m_cityPanel),
                           static_cast<QWidget *>(m_comparePanel), static_cast<QWidget *>(m_figuresPanel),
                           static_cast<QWidget *>(m_reportsPanel)})
        m_stale.insert(panel);
    reloadPanel(m_ui->panels->currentWidget());
    updateStatus();
    Q_EMIT refreshedAfterOtherClient();
}

void MainWindow::reloadIfStale(int index)
{
    QWidget *panel = m_ui->panels->widget(index);
    if (m_stale.contains(panel))
        reloadPanel(panel);
}

void MainWindow::reloadPanel(QWidget *panel)
{
    m_stale.remove(panel);
    if (panel == m_yearPanel)
        m_yearPanel->reload();
    else if (panel == m_cityPanel)
        m_cityPanel->reload();
    else if (panel == m_comparePanel)
        m_comparePanel->reload();
    else if (panel == m_figuresPanel)
        m_figuresPanel->reload();
    else if (panel == m_reportsPanel)
        m_reportsPanel->reload();
}

std::optional<ChartRequest> MainWindow::currentChartRequest() const
{
    QWidget *panel = m_ui->panels->currentWidget();
    if (panel == m_yearPanel)
        return m_yearPanel->chartRequest();
    if (panel == m_cityPanel)
        return m_cityPanel->chartRequest();
    if (panel == m_comparePanel)
        return m_comparePanel->chartRequest();
    return std::nullopt;
}

void MainWindow::updateExportActions()
{
    const bool chart = currentChartRequest().has_value();
    m_ui->exportChartAction->setEnabled(chart);
    m_ui->copyChartAction->setEnabled(chart);
}

void MainWindow::exportChart(const ChartRequest &request)
{
    ExportChartDialog dialog(m_store, request, this);
    connect(&dialog, &ExportChartDialog::chartsExported, this, [this](const QStringList &paths) {
        statusBar()->showMessage(tr("Exported %n file(s): %1", nullptr, int(paths.size()))
                                     .arg(QDir::toNativeSeparators(paths.value(0))),
                                 8000);
    });
    dialog.exec();
}

void MainWindow::copyChart(const ChartRequest &request)
{
    const ChartData chart = ChartDataBuilder(m_store).build(request);
    QGuiApplication::clipboard()->setMimeData(ChartExporter(ExportChartDialog::rememberedOptions()).mimeData(chart));
    statusBar()->showMessage(tr("Chart copied: paste it into PowerPoint, WPS or a document."), 6000);
}

void MainWindow::exportTable()
{
    QWidget *panel = m_ui->panels->currentWidget();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(m_ui->panels->tabText(m_ui->panels->currentIndex()).remove(u'&') +
                                            u".csv"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Table as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    bool ok = false;
    if (panel == m_figuresPanel) {
        QSaveFile file(path);
        const FigureFilter &filter = m_figuresPanel->model()->filter();
        QList<QVariantList> preamble;
        for (const auto &[name, value] : m_figuresPanel->filterDescription())
            preamble << QVariantList{name, value};
        if (!preamble.isEmpty())
            preamble << QVariantList{}; // a blank row between the filters and the table
        ok = file.open(QIODevice::WriteOnly) &&
             exportFigures(m_store, filter, FigureFormat::Csv, file, &error, preamble) && file.commit();
        if (!ok && error.isEmpty())
            error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
    } else {
        const ExportableTable table = panel == m_yearPanel      ? m_yearPanel->exportableTable()
                                      : panel == m_cityPanel    ? m_cityPanel->exportableTable()
                                      : panel == m_reportsPanel ? m_reportsPanel->exportableTable()
                                                                : m_comparePanel->exportableTable();
        ok = exportTableCsv(*table.model, table.filters, table.numberRole, path, &error);
    }
    if (!ok) {
        QMessageBox::critical(this, tr("Export Failed"), error);
        return;
    }
    statusBar()->showMessage(tr("Table exported: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setCurrentPanel(m_ui->panels->currentIndex());
    m_importController->cancel();
    event->accept();
    Q_EMIT closed();
}

namespace {

/** The dropped files and folders an import can take: folders (searched for reports) and reports;
 *  a .doc stays in, so that the import says why it cannot read it. */
QStringList droppedReports(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir() || isReportFileName(path))
            paths << path;
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (acceptDrops() && !droppedReports(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = droppedReports(event->mimeData());
    if (paths.isEmpty())
        return;
    importPaths(paths);
    event->acceptProposedAction();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importController->isRunning() || paths.isEmpty() || !EditPermission::of(m_store).allowed)
        return;
    m_progress = new QProgressDialog(tr("Preparing import…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Importing reports"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_importController, &ImportController::cancel);
    m_progress->show();
    m_importController->start(paths);
}

bool MainWindow::importSamplesIfEmpty(const QString &sampleDirectory)
{
    // A viewer's store is someone else's to fill.
    if (sampleDirectory.isEmpty() || !EditPermission::of(m_store).allowed ||
        FigureQueries(m_store).documentCount() > 0)
        return false;
    m_quietImport = true;
    statusBar()->showMessage(tr("First start: importing the sample reports from %1").arg(sampleDirectory));
    importPaths({sampleDirectory});
    return true;
}

void MainWindow::chooseReportsToImport()
{
    importPaths(QFileDialog::getOpenFileNames(
        this, tr("Import Reports"), QString(),
        tr("Reports (%1)").arg(reportFilePatterns().join(u' ')) + u";;"_s + tr("All files (*)")));
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Reports"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    if (m_progressUpdates > 0)
        m_closedProgress = m_progress; // inside its own setValue() further up the stack: deleted after it
    else
        m_progress->deleteLater();
    m_progress = nullptr;
}

void MainWindow::showImportSummary(const ImportSummary &summary)
{
    closeProgress();
    reloadPanels();
    const bool quiet = m_quietImport && !summary.hasRejections();
    m_quietImport = false;
    const QString text = tr("Imported %1, unchanged %2, replaced %3, rejected %4.")
                             .arg(summary.count(ImportOutcome::Imported))
                             .arg(summary.count(ImportOutcome::Unchanged))
                             .arg(summary.count(ImportOutcome::Replaced))
                             .arg(summary.count(ImportOutcome::Rejected)) +
                         (summary.cancelled ? u" "_s + tr("(cancelled)") : QString());
    statusBar()->showMessage(text, 10000);
    if (!quiet) {
        QStringList rejected;
        for (const ImportFileResult &result : summary.files) {
            if (result.outcome == ImportOutcome::Rejected)
                rejected << result.message;
        }
        // open(), not exec(): the summary must not stop the window, or a test, from going on.
        auto *box = new QMessageBox(summary.hasRejections() ? QMessageBox::Warning : QMessageBox::Information,
                                    tr("Import finished"), text, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(u"importSummaryBox"_s);
        if (!rejected.isEmpty())
            box->setDetailedText(rejected.join(u'\n'));
        box->open();
    }
    Q_EMIT importCompleted(summary);
}

void MainWindow::reloadPanels()
{
    reloadFigurePanels();
    m_reportsPanel->reload();
    m_stale.clear();
}

void MainWindow::reloadFigurePanels()
{
    for (QWidget *panel : {static_cast<QWidget *>(m_yearPanel), static_cast<QWidget *>(m_cityPanel),
                           static_cast<QWidget *>(m_comparePanel), static_cast<QWidget *>(m_figuresPanel)})
        m_stale.remove(panel);
    m_yearPanel->reload();
    m_cityPanel->reload();
    m_comparePanel->reload();
    m_figuresPanel->reload();
}

void MainWindow::showPageRead(const QString &file, int page, int pageCount, bool ocr)
{
    if (!m_progress)
        return;
    const QString name = QFileInfo(file).fileName();
    m_progress->setLabelText(ocr ? tr("Recognising %1: page %2 of %3 (OCR)…").arg(name).arg(page).arg(pageCount)
                                 : tr("Reading %1: page %2 of %3…").arg(name).arg(page).arg(pageCount));
}

bool MainWindow::showPanel(const QString &name)
{
    const QList<QPair<QString, QWidget *>> panels = {{u"year"_s, m_yearPanel},
                                                     {u"city"_s, m_cityPanel},
                                                     {u"compare"_s, m_comparePanel},
                                                     {u"figures"_s, m_figuresPanel},
                                                     {u"reports"_s, m_reportsPanel}};
    for (const auto &[key, panel] : panels) {
        if (key == name) {
            m_ui->panels->setCurrentWidget(panel);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPanelName() const
{
    const QWidget *panel = m_ui->panels->currentWidget();
    return panel == m_yearPanel      ? u"year"_s
           : panel == m_cityPanel    ? u"city"_s
           : panel == m_comparePanel ? u"compare"_s
           : panel == m_figuresPanel ? u"figures"_s
                                     : u"reports"_s;
}

void MainWindow::showFiguresBehind(const QList<qint64> &ids, const QString &caption)
{
    m_figuresPanel->showFigures(ids, caption);
    m_ui->panels->setCurrentWidget(m_figuresPanel);
}

void MainWindow::showDocumentFigures(const QString &documentName, const QString &caption)
{
    m_figuresPanel->showDocument(documentName, caption);
    m_ui->panels->setCurrentWidget(m_figuresPanel);
}

void MainWindow::showRegionFigures(const QString &region, int year)
{
    m_figuresPanel->showRegion(region, year);
    m_ui->panels->setCurrentWidget(m_figuresPanel);
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%1 figures from %2 reports")
                                 .arg(Labels::number(m_figuresPanel->model()->totalCount()))
                                 .arg(FigureQueries(m_store).documentCount()));
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        const QStringList titles = {tr("Year"), tr("City"), tr("Compare"), tr("Figures"), tr("Reports")};
        for (int i = 0; i < titles.size(); ++i)
            m_ui->panels->setTabText(i, titles.at(i));
        updateTitle();
        applyEditPermission(); // retranslateUi() put back the actions' own tool tips
        updateStatus();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About UnionBoard"),
                       tr("<h3>UnionBoard %1</h3><p>Figures from trade-union work reports, traced to their "
                          "sentences.</p><p>Store: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_store.location().displayName()));
}

} // namespace ub
