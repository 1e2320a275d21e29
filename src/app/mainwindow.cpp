#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "figurequeries.h"
#include "figuretablemodel.h"
#include "importcontroller.h"
#include "labels.h"
#include "modelbarchartview.h"
#include "regioncountmodel.h"
#include "store.h"

#include "codepoints.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace ub {

MainWindow::MainWindow(Store &store, const QString &storeLocation, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_store(store)
    , m_figureModel(new FigureTableModel(store, this))
    , m_regionModel(new RegionCountModel(store, this))
    , m_chartView(new ModelBarChartView(this))
    , m_importController(new ImportController(storeLocation, this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/unionboard.svg"_s));

    m_ui->figureTable->setModel(m_figureModel);
    m_ui->figureTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->figureTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->figureTable->verticalHeader()->hide();
    m_ui->figureTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->figureTable->setTextElideMode(Qt::ElideMiddle);
    m_ui->figureTable->setColumnHidden(FigureTableModel::SubregionColumn, true);
    m_ui->figureTable->setColumnHidden(FigureTableModel::IndicatorColumn, true);

    m_ui->chartLayout->addWidget(m_chartView);
    m_chartView->setAccessibleName(tr("Figures per region chart"));
    m_chartView->setModel(m_regionModel, {tr("Figures per region"), tr("Figures"), RegionCountModel::RegionColumn,
                                          RegionCountModel::FigureCountColumn, true});
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->mainSplitter->setSizes({760, 500});
    m_ui->figuresLayout->setStretch(1, 1);

    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::chooseReportsToImport);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);
    connect(m_ui->figureTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showProvenance);
    connect(m_figureModel, &FigureTableModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_figureModel, &FigureTableModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    connect(m_importController, &ImportController::progressed, this, [this](int done, int total, const QString &file) {
        // setValue() on a modal dialog processes events, which may deliver importFinished and
        // close the dialog: everything else is set first, and the pointer is guarded.
        const QPointer<QProgressDialog> progress = m_progress;
        if (!progress)
            return;
        if (!file.isEmpty())
            progress->setLabelText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
        progress->setMaximum(total);
        progress->setValue(done);
    });
    connect(m_importController, &ImportController::importFinished, this, &MainWindow::showImportSummary);
    connect(m_importController, &ImportController::importFailed, this, [this](const QString &message) {
        closeProgress();
        QMessageBox::critical(this, tr("Import failed"), message);
    });

    reloadYears();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importController->isRunning() || paths.isEmpty())
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

void MainWindow::importSamplesIfEmpty(const QString &sampleDirectory)
{
    if (sampleDirectory.isEmpty() || FigureQueries(m_store).documentCount() > 0)
        return;
    m_quietImport = true;
    statusBar()->showMessage(tr("First start: importing the sample reports from %1").arg(sampleDirectory));
    importPaths({sampleDirectory});
}

void MainWindow::chooseReportsToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Reports"), QString(),
                                                            tr("Reports (*.txt *.pdf);;All files (*)"));
    importPaths(files);
}

void MainWindow::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    m_progress->deleteLater(); // it may be inside its own setValue() further up the stack
    m_progress = nullptr;
}

void MainWindow::showImportSummary(const ImportSummary &summary)
{
    closeProgress();
    m_figureModel->reload();
    m_regionModel->reload();
    reloadYears();
    const bool quiet = m_quietImport && !summary.hasRejections();
    m_quietImport = false;
    const QString text =
        tr("Imported %1, unchanged %2, replaced %3, rejected %4.")
            .arg(summary.count(ImportOutcome::Imported))
            .arg(summary.count(ImportOutcome::Unchanged))
            .arg(summary.count(ImportOutcome::Replaced))
            .arg(summary.count(ImportOutcome::Rejected));
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

void MainWindow::reloadYears()
{
    const QVariant current = m_ui->yearCombo->currentData();
    QSignalBlocker blocker(m_ui->yearCombo);
    m_ui->yearCombo->clear();
    m_ui->yearCombo->addItem(tr("All years"));
    for (int year : FigureQueries(m_store).years())
        m_ui->yearCombo->addItem(QString::number(year), year);
    const int index = m_ui->yearCombo->findData(current);
    m_ui->yearCombo->setCurrentIndex(index > 0 ? index : 0);
}

void MainWindow::applyFilters()
{
    FigureFilter filter;
    filter.text = m_ui->searchEdit->text().trimmed();
    if (const QVariant year = m_ui->yearCombo->currentData(); year.isValid())
        filter.year = year.toInt();
    m_figureModel->setFilter(filter);
    m_regionModel->setFilter(filter);
}

void MainWindow::showProvenance()
{
    const QModelIndex current = m_ui->figureTable->currentIndex();
    const FigureRecord *record = current.isValid() ? m_figureModel->record(current.row()) : nullptr;
    if (!record) {
        m_ui->provenanceView->clear();
        return;
    }
    const Figure &figure = record->figure;
    // The figure's span is in code points of the document; find it inside the sentence.
    const qint64 offset = figure.start - figure.sentenceStart;
    const QString &sentence = figure.sentence;
    const qsizetype from = utf16IndexOfCodePoint(sentence, offset);
    const qsizetype to = utf16IndexOfCodePoint(sentence, offset + (figure.end - figure.start));
    QString html;
    if (from >= 0 && to <= sentence.size() && sentence.mid(from, to - from) == figure.quote) {
        html = sentence.left(from).toHtmlEscaped() + u"<b style=\"background:#ffe08a\">"_s +
               sentence.mid(from, to - from).toHtmlEscaped() + u"</b>"_s + sentence.mid(to).toHtmlEscaped();
    } else {
        html = sentence.toHtmlEscaped();
    }
    html += u"<p style=\"color:#666\">"_s +
            tr("%1 · characters %2–%3").arg(record->documentName.toHtmlEscaped()).arg(figure.start).arg(figure.end);
    if (figure.page > 0)
        html += u" · "_s + tr("page %1").arg(figure.page);
    html += u"</p>"_s;
    m_ui->provenanceView->setHtml(html);
}

void MainWindow::updateStatus()
{
    statusBar()->showMessage(tr("%1 figures from %2 reports")
                                 .arg(Labels::number(m_figureModel->totalCount()))
                                 .arg(FigureQueries(m_store).documentCount()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About UnionBoard"),
                       tr("<h3>UnionBoard %1</h3><p>Figures from trade-union work reports, traced to their "
                          "sentences.</p><p>Store: %2</p>")
                           .arg(QCoreApplication::applicationVersion(), m_store.location().displayName()));
}

} // namespace ub
