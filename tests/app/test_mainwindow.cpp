// The main window offscreen, driven as staff use it: first start, the three panels, provenance,
// review with undo, and import with cancel.
#include "appenvironment.h"
#include "appsettings.h"
#include "chartdatamodel.h"
#include "citystatisticsmodel.h"
#include "citypanel.h"
#include "comparemodel.h"
#include "comparepanel.h"
#include "documentdelegate.h"
#include "documentfiltermodel.h"
#include "documentmentionmodel.h"
#include "documenttablemodel.h"
#include "figurespanel.h"
#include "figuretablemodel.h"
#include "highlightmodel.h"
#include "importcontroller.h"
#include "kpicardswidget.h"
#include "kpimodel.h"
#include "mainwindow.h"
#include "modelbarchartview.h"
#include "reportspanel.h"
#include "reportviewerdialog.h"
#include "reviewcontroller.h"
#include "storefixture.h"
#include "tablecsv.h"
#include "testpaths.h"
#include "yearpanel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QChart>
#include <QComboBox>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTabWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QSpinBox>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class MainWindowTest : public test::StoreTest
{
protected:
    /** A window over the test store with the sample reports imported, as at a first start. */
    std::unique_ptr<MainWindow> windowWithSamples()
    {
        auto window = std::make_unique<MainWindow>(*m_store);
        window->show();
        QSignalSpy completed(window.get(), &MainWindow::importCompleted);
        window->importSamplesIfEmpty(test::sampleReportsDir());
        EXPECT_TRUE(completed.wait(60000));
        return window;
    }
};

int rowOfValue(const FigureTableModel &model, double value)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(FigureTableModel::ValueRole).toDouble() == value)
            return row;
    }
    return -1;
}

} // namespace

TEST_F(MainWindowTest, FirstStartFillsEveryPanel)
{
    auto window = windowWithSamples();
    FiguresPanel *figures = window->figuresPanel();
    EXPECT_GT(figures->model()->totalCount(), 100);
    EXPECT_GT(figures->model()->rowCount(), 0);

    YearPanel *year = window->yearPanel();
    year->setYear(2019);
    EXPECT_EQ(year->year(), 2019);
    EXPECT_EQ(year->kpiModel()->rowCount(), 4);
    EXPECT_EQ(year->cards()->headlines().size(), 4);
    // The year's highlights report, its ten items under its title.
    ASSERT_EQ(year->highlightModel()->rowCount(), 1);
    year->highlightModel()->fetchAll();
    EXPECT_EQ(year->highlightModel()->rowCount(year->highlightModel()->index(0, 0)), 10);
    EXPECT_TRUE(year->byRegionModel()->chartData().hasValues());
    EXPECT_FALSE(year->chartIndicator().isEmpty()) << "the chart shows one indicator by city";

    // A second start does not import again.
    window->importSamplesIfEmpty(test::sampleReportsDir());
    EXPECT_FALSE(window->importController()->isRunning());
}

TEST_F(MainWindowTest, AnIndicatorPinnedFromTheChartJoinsTheYearsCards)
{
    auto window = windowWithSamples();
    YearPanel *year = window->yearPanel();
    year->setYear(2019);
    auto *pin = year->findChild<QToolButton *>(u"pinButton"_s);
    ASSERT_TRUE(pin);
    auto *indicators = year->findChild<QComboBox *>(u"indicatorCombo"_s);
    ASSERT_TRUE(indicators);
    QStringList shown;
    for (int row = 0; row < year->kpiModel()->rowCount(); ++row)
        shown << year->kpiModel()->index(row).data(KpiModel::IndicatorRole).toString();
    // The year's least reported indicator, which no card shows.
    const QString rare = indicators->itemData(indicators->count() - 1).toString();
    ASSERT_FALSE(shown.contains(rare));
    year->setChartIndicator(rare);
    EXPECT_FALSE(pin->isChecked());
    pin->click();
    ASSERT_GT(year->kpiModel()->rowCount(), 0);
    EXPECT_EQ(year->kpiModel()->index(0).data(KpiModel::IndicatorRole).toString(), rare)
        << "pinned cards come first";
    EXPECT_TRUE(AppSettings().pinnedIndicators().contains(rare)) << "remembered for the next start";
    pin->click();
    EXPECT_NE(year->kpiModel()->index(0).data(KpiModel::IndicatorRole).toString(), rare);
    EXPECT_FALSE(AppSettings().pinnedIndicators().contains(rare));
}

TEST_F(MainWindowTest, CityPanelShowsOneCityAcrossYears)
{
    auto window = windowWithSamples();
    CityPanel *city = window->cityPanel();
    city->setRegion(u"延安市"_s);
    EXPECT_EQ(city->region(), u"延安市"_s);
    ASSERT_GT(city->tableModel()->rowCount(), 0);
    for (const int year : city->tableModel()->years())
        EXPECT_GT(year, 2000);
    EXPECT_FALSE(city->indicator().isEmpty());
    EXPECT_GE(city->trendModel()->rowCount(), 1);
    EXPECT_TRUE(city->trendModel()->chartData().hasValues());
    bool summary = false;
    for (int row = 0; row < city->documentModel()->rowCount(); ++row)
        summary |= city->documentModel()->index(row, 0).data(DocumentMentionModel::DocumentNameRole).toString() ==
                   u"004_e28d0ab1245c1101.txt"_s;
    EXPECT_TRUE(summary);
}

TEST_F(MainWindowTest, CompareShowsCitiesSideBySideAndClickingABarFiltersFigures)
{
    auto window = windowWithSamples();
    ComparePanel *compare = window->comparePanel();
    compare->compare({u"西安市"_s, u"咸阳市"_s, u"榆林市"_s}, u"indicator:epidemic_funds"_s, 2020, 2020);
    CompareModel *model = compare->model();
    ASSERT_EQ(model->rowCount(), 3);
    EXPECT_EQ(model->unit(), Unit::Cny);
    EXPECT_TRUE(model->index(0, 1).data(CompareModel::ValueRole).isValid()); // 西安 raised funds in 2020
    EXPECT_EQ(compare->chartView()->barCount(), 3);

    Q_EMIT compare->chartView()->barClicked(0); // 西安市
    FigureTableModel *figures = window->figuresPanel()->model();
    ASSERT_GT(figures->rowCount(), 0);
    EXPECT_EQ(figures->totalCount(), model->figures(0, 2020).size()) << "the list holds exactly the figures behind the bar";
    for (int row = 0; row < figures->rowCount(); ++row)
        EXPECT_EQ(figures->index(row, FigureTableModel::RegionColumn).data().toString(), u"西安市"_s);
}

TEST_F(MainWindowTest, SelectingAFigureShowsItsSentenceAndOpensTheReportThere)
{
    MainWindow window(*m_store);
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    const QString report = writeFile(u"r.txt"_s, QStringLiteral("2020年，铜川市建成母婴关爱室25家、爱心驿站100家。\n").toUtf8());
    window.importSamplesIfEmpty(QFileInfo(report).absolutePath());
    ASSERT_TRUE(completed.wait(30000));
    FiguresPanel *panel = window.figuresPanel();
    ASSERT_GE(panel->model()->rowCount(), 2);
    panel->selectRow(rowOfValue(*panel->model(), 25));
    auto *provenance = panel->findChild<QTextBrowser *>(u"provenanceView"_s);
    ASSERT_TRUE(provenance);
    EXPECT_TRUE(provenance->toPlainText().contains(u"母婴关爱室"_s));
    EXPECT_TRUE(provenance->toHtml().contains(u"25家"_s));
    EXPECT_TRUE(provenance->toPlainText().contains(u"r.txt"_s));

    panel->openCurrentInReport();
    auto *viewer = panel->findChild<ReportViewerDialog *>(u"reportViewer"_s);
    ASSERT_TRUE(viewer);
    EXPECT_EQ(viewer->selectedText(), u"25家"_s);
    viewer->close();
}

TEST_F(MainWindowTest, CorrectionsShowAsEditedAndUndo)
{
    MainWindow window(*m_store);
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    const QString report = writeFile(u"r.txt"_s, QStringLiteral("2020年，咸阳市总工会临时救助困难职工164名。\n").toUtf8());
    window.importSamplesIfEmpty(QFileInfo(report).absolutePath());
    ASSERT_TRUE(completed.wait(30000));
    FigureTableModel *model = window.figuresPanel()->model();
    ASSERT_EQ(model->rowCount(), 1);
    const qint64 id = model->index(0, 0).data(FigureTableModel::FigureIdRole).toLongLong();
    auto *review = window.findChild<ReviewController *>();
    ASSERT_TRUE(review);

    review->correct(id, {{CorrectableField::Region, u"宝鸡市"_s}, {CorrectableField::Value, 165.0}}, u"fix"_s);
    EXPECT_EQ(model->index(0, FigureTableModel::RegionColumn).data().toString(), u"宝鸡市"_s);
    EXPECT_EQ(model->index(0, 0).data(FigureTableModel::ValueRole).toDouble(), 165.0);
    EXPECT_TRUE(model->index(0, 0).data(FigureTableModel::EditedRole).toBool());

    window.undoStack()->undo();
    EXPECT_EQ(model->index(0, FigureTableModel::RegionColumn).data().toString(), u"咸阳市"_s);
    EXPECT_EQ(model->index(0, 0).data(FigureTableModel::ValueRole).toDouble(), 164.0);
    EXPECT_FALSE(model->index(0, 0).data(FigureTableModel::EditedRole).toBool());

    window.undoStack()->redo();
    EXPECT_EQ(model->index(0, FigureTableModel::RegionColumn).data().toString(), u"宝鸡市"_s);

    review->setRejected(id, true);
    EXPECT_TRUE(model->index(0, 0).data(FigureTableModel::RejectedRole).toBool());
    // Rejected figures stay listed (struck through) but leave every total.
    window.yearPanel()->setYear(2020);
    EXPECT_FALSE(window.yearPanel()->byRegionModel()->chartData().hasValues());
    window.undoStack()->undo();
    EXPECT_FALSE(model->index(0, 0).data(FigureTableModel::RejectedRole).toBool());
}

TEST_F(MainWindowTest, ImportCanBeCancelled)
{
    QStringList files;
    for (int i = 0; i < 40; ++i)
        files << writeFile(u"in/r%1.txt"_s.arg(i, 2, 10, QChar(u'0')),
                           QStringLiteral("2020年，西安市新发展会员%1名。\n").arg(100 + i).toUtf8());
    MainWindow window(*m_store);
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    window.importPaths({m_dir.filePath(u"in"_s)});
    window.importController()->cancel();
    ASSERT_TRUE(completed.wait(60000));
    const auto summary = completed.first().first().value<ImportSummary>();
    EXPECT_TRUE(summary.cancelled);
    EXPECT_LT(summary.files.size(), 40);
}

TEST_F(MainWindowTest, ProgressArrivingWithTheSummaryDoesNotCrash) // regression: the dialog was deleted inside its own setValue()
{
    MainWindow window(*m_store);
    window.show();
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    window.importPaths({test::sampleReportsDir()});
    ImportController *controller = window.importController();
    // As when the worker is faster than the GUI thread: progress and the end queued back to back.
    QMetaObject::invokeMethod(controller, [controller] { Q_EMIT controller->progressed(0, 2, u"a.txt"_s); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(controller, [controller] { Q_EMIT controller->importFinished(ImportSummary{}); }, Qt::QueuedConnection);
    QMetaObject::invokeMethod(controller, [controller] { Q_EMIT controller->progressed(1, 2, u"b.txt"_s); }, Qt::QueuedConnection);
    ASSERT_TRUE(completed.wait(60000));
    while (controller->isRunning())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    EXPECT_GE(completed.size(), 1);
}

TEST_F(MainWindowTest, FiguresTableSortsInTheStoreAndProxiesPassTheTester)
{
    auto window = windowWithSamples();
    FigureTableModel *model = window->figuresPanel()->model();
    auto *table = window->figuresPanel()->findChild<QTableView *>(u"figureTable"_s);
    ASSERT_TRUE(table);
    table->sortByColumn(FigureTableModel::ValueColumn, Qt::DescendingOrder);
    ASSERT_GT(model->rowCount(), 10);
    double previous = model->index(0, 0).data(FigureTableModel::ValueRole).toDouble();
    for (int row = 1; row < model->rowCount(); ++row) {
        const double value = model->index(row, 0).data(FigureTableModel::ValueRole).toDouble();
        EXPECT_LE(value, previous);
        previous = value;
    }
    // The largest figure of all the reports is on the first page, not just the largest fetched.
    double largest = 0;
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        largest = std::max(largest, model->index(row, 0).data(FigureTableModel::ValueRole).toDouble());
    EXPECT_EQ(model->index(0, 0).data(FigureTableModel::ValueRole).toDouble(), largest);

    auto *cityTable = window->cityPanel()->findChild<QTableView *>(u"figuresTable"_s);
    ASSERT_TRUE(cityTable);
    QAbstractItemModelTester tester(cityTable->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    window->cityPanel()->setRegion(u"西安市"_s);
    cityTable->sortByColumn(0, Qt::AscendingOrder);
    EXPECT_GT(cityTable->model()->rowCount(), 0);
}

TEST_F(MainWindowTest, LanguageAndChartThemeSwitchWhileRunning)
{
    auto window = windowWithSamples();
    auto *tabs = window->findChild<QTabWidget *>(u"panels"_s);
    ASSERT_TRUE(tabs);
    ASSERT_TRUE(AppEnvironment::setLanguage(u"zh_CN"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabs->tabText(0), u"年份"_s);
    EXPECT_EQ(window->figuresPanel()->model()->headerData(FigureTableModel::RegionColumn, Qt::Horizontal).toString(),
              u"地区"_s);
    ASSERT_TRUE(AppEnvironment::setLanguage(u"en"_s));
    QCoreApplication::processEvents();
    EXPECT_EQ(tabs->tabText(0), u"Year"_s);
    EXPECT_EQ(window->figuresPanel()->model()->headerData(FigureTableModel::RegionColumn, Qt::Horizontal).toString(),
              u"Region"_s);
    window->yearPanel()->setYear(2019);
    const QString headlines = window->yearPanel()->cards()->headlines().join(u' ');
    EXPECT_FALSE(headlines.contains(u"万"_s) || headlines.contains(u"人"_s) || headlines.contains(u"元"_s))
        << headlines.toStdString() << ": English numbers and units";

    ModelBarChartView::setTheme(ChartTheme::Dark);
    EXPECT_EQ(window->comparePanel()->chartView()->chart()->theme(), QChart::ChartThemeDark);
    ModelBarChartView::setTheme(ChartTheme::Light);
    EXPECT_EQ(window->comparePanel()->chartView()->chart()->theme(), QChart::ChartThemeLight);
    AppEnvironment::setLanguage(u"zh_CN"_s);
}

TEST_F(MainWindowTest, ReportsPanelIsTheFifthTab)
{
    auto window = windowWithSamples();
    auto *tabs = window->findChild<QTabWidget *>(u"panels"_s);
    ASSERT_TRUE(tabs);
    ASSERT_EQ(tabs->count(), 5);
    EXPECT_EQ(tabs->widget(4), window->reportsPanel());
    EXPECT_TRUE(window->showPanel(u"reports"_s));
    EXPECT_EQ(tabs->currentWidget(), window->reportsPanel());
    EXPECT_EQ(window->reportsPanel()->model()->rowCount(), 5);
    auto *table = window->reportsPanel()->findChild<QTableView *>(u"documentTable"_s);
    ASSERT_TRUE(table);
    EXPECT_EQ(table->model()->rowCount(), 5);
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    table->sortByColumn(DocumentTableModel::FiguresColumn, Qt::DescendingOrder);
    EXPECT_GE(table->model()->index(0, DocumentTableModel::FiguresColumn).data().toInt(),
              table->model()->index(4, DocumentTableModel::FiguresColumn).data().toInt());

    // File ▸ Export Table writes the rows as shown, how each was read in words.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    const ExportableTable exported = window->reportsPanel()->exportableTable();
    ASSERT_TRUE(writeTableCsv(*exported.model, exported.filters, exported.numberRole, csv));
    const QStringList lines = QString::fromUtf8(csv.data()).split(u'\n', Qt::SkipEmptyParts);
    EXPECT_EQ(lines.size(), 6) << "the header and five reports";
    EXPECT_TRUE(lines.value(1).contains(table->model()->index(0, DocumentTableModel::ReadAsColumn).data().toString()))
        << lines.value(1).toStdString();

    // Show Figures lists that report's figures, and only them.
    const QString name = table->model()->index(0, 0).data(DocumentTableModel::DocumentNameRole).toString();
    const int figures = table->model()->index(0, DocumentTableModel::FiguresColumn).data().toInt();
    ASSERT_TRUE(window->reportsPanel()->selectDocument(name));
    window->reportsPanel()->showFiguresOfCurrent();
    EXPECT_EQ(tabs->currentWidget(), window->figuresPanel());
    EXPECT_EQ(window->figuresPanel()->model()->totalCount(), figures);
    EXPECT_EQ(window->figuresPanel()->model()->index(0, 0).data(FigureTableModel::DocumentNameRole).toString(), name);
}

TEST_F(MainWindowTest, AYearEditedInTheReportsPanelIsUndone)
{
    auto window = windowWithSamples();
    ReportsPanel *panel = window->reportsPanel();
    DocumentTableModel *model = panel->model();
    const QString name = u"000_d6f6c8912e58501c.txt"_s;
    const int row = model->rowOfDocument(name);
    ASSERT_GE(row, 0);
    ASSERT_EQ(model->document(row)->year, 2019);

    // As staff do it: the year box of the cell, a new value, Enter.
    window->showPanel(u"reports"_s);
    auto *table = panel->findChild<QTableView *>(u"documentTable"_s);
    ASSERT_TRUE(table);
    const QModelIndex cell =
        panel->filterModel()->mapFromSource(model->index(row, DocumentTableModel::YearColumn));
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *spin = table->viewport()->findChild<QSpinBox *>();
    ASSERT_TRUE(spin) << "the year is edited in a spin box";
    EXPECT_EQ(spin->value(), 2019);
    spin->setValue(2016);
    Q_EMIT table->itemDelegate()->commitData(spin);
    Q_EMIT table->itemDelegate()->closeEditor(spin);
    EXPECT_EQ(model->document(model->rowOfDocument(name))->year, 2016);
    EXPECT_TRUE(cell.data(DocumentTableModel::GivenPropertyRole).toBool());
    EXPECT_EQ(window->undoStack()->count(), 1);

    window->undoStack()->undo();
    EXPECT_EQ(model->document(model->rowOfDocument(name))->year, 2019);
    EXPECT_FALSE(model->index(model->rowOfDocument(name), DocumentTableModel::YearColumn)
                     .data(DocumentTableModel::GivenPropertyRole)
                     .toBool())
        << "the year read from the report stands again";
    window->undoStack()->redo();
    EXPECT_EQ(model->document(model->rowOfDocument(name))->year, 2016);

    // A refused value leaves no undo step.
    panel->editProperty(name, DocumentProperty::Region, u"北京市"_s);
    EXPECT_EQ(window->undoStack()->count(), 1);
    EXPECT_TRUE(panel->findChild<QMessageBox *>(u"reportEditFailedBox"_s));
}

TEST_F(MainWindowTest, ARemovedReportComesBackWithUndo)
{
    auto window = windowWithSamples();
    ReportsPanel *panel = window->reportsPanel();
    DocumentTableModel *model = panel->model();
    QString question;
    panel->setConfirmation([&question](const QString &, const QString &text) {
        question = text;
        return true;
    });
    const QString name = u"004_e28d0ab1245c1101.txt"_s;
    const int figures = model->document(model->rowOfDocument(name))->figureCount;
    const int total = window->figuresPanel()->model()->totalCount();
    ASSERT_GT(figures, 0);

    ASSERT_TRUE(panel->selectDocument(name));
    panel->removeCurrent();
    EXPECT_TRUE(question.contains(name)) << question.toStdString();
    EXPECT_TRUE(question.contains(QString::number(figures))) << question.toStdString();
    EXPECT_EQ(model->rowOfDocument(name), -1);
    EXPECT_EQ(window->figuresPanel()->model()->totalCount(), total - figures) << "the figures panel re-read";

    window->undoStack()->undo();
    ASSERT_GE(model->rowOfDocument(name), 0);
    EXPECT_EQ(model->document(model->rowOfDocument(name))->figureCount, figures);
    EXPECT_EQ(window->figuresPanel()->model()->totalCount(), total);

    // Declining the question removes nothing.
    panel->setConfirmation([](const QString &, const QString &) { return false; });
    ASSERT_TRUE(panel->selectDocument(name));
    panel->removeCurrent();
    EXPECT_GE(model->rowOfDocument(name), 0);
}

TEST_F(MainWindowTest, ImportProgressNamesThePageBeingRecognised)
{
    MainWindow window(*m_store);
    window.show();
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    window.importPaths({test::sampleReportsDir()});
    auto *progress = window.findChild<QProgressDialog *>();
    ASSERT_TRUE(progress);
    Q_EMIT window.importController()->pageRead(u"/tmp/扫描件.pdf"_s, 3, 12, true);
    EXPECT_TRUE(progress->labelText().contains(u"扫描件.pdf"_s)) << progress->labelText().toStdString();
    EXPECT_TRUE(progress->labelText().contains(u"OCR"_s));
    EXPECT_TRUE(progress->labelText().contains(u"12"_s));
    ASSERT_TRUE(completed.wait(60000));
}
