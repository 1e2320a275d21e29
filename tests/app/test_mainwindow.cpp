// The main window: first-start import of the samples, table and chart filled, provenance shown.
#include "figuretablemodel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "modelbarchartview.h"
#include "regioncountmodel.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace ub;

class MainWindowTest : public test::StoreTest {};

TEST_F(MainWindowTest, FirstStartImportsSamplesAndFillsTableAndChart)
{
    MainWindow window(*m_store, m_location);
    window.show();
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    window.importSamplesIfEmpty(test::sampleReportsDir());
    ASSERT_TRUE(completed.wait(60000));
    EXPECT_GT(window.figureModel()->totalCount(), 100);
    EXPECT_GT(window.figureModel()->rowCount(), 0);
    EXPECT_EQ(window.chartView()->barCount(), window.regionCountModel()->rowCount());
    EXPECT_GE(window.chartView()->barCount(), 5);

    // A second start does not import again.
    QSignalSpy again(&window, &MainWindow::importCompleted);
    window.importSamplesIfEmpty(test::sampleReportsDir());
    EXPECT_FALSE(window.importController()->isRunning());
}

TEST_F(MainWindowTest, SelectingAFigureShowsItsSentenceWithTheNumberHighlighted)
{
    MainWindow window(*m_store, m_location);
    QSignalSpy completed(&window, &MainWindow::importCompleted);
    const QString report = writeFile(u"r.txt"_s, QStringLiteral("2020年，铜川市建成母婴关爱室25家、爱心驿站100家。\n").toUtf8());
    window.importSamplesIfEmpty(QFileInfo(report).absolutePath());
    ASSERT_TRUE(completed.wait(30000));
    auto *table = window.findChild<QTableView *>(u"figureTable"_s);
    auto *provenance = window.findChild<QTextBrowser *>(u"provenanceView"_s);
    ASSERT_TRUE(table && provenance);
    ASSERT_GE(window.figureModel()->rowCount(), 2);
    table->setCurrentIndex(window.figureModel()->index(0, FigureTableModel::QuoteColumn));
    const QString html = provenance->toHtml();
    EXPECT_TRUE(provenance->toPlainText().contains(u"母婴关爱室"_s));
    EXPECT_TRUE(html.contains(u"25家"_s));
    EXPECT_TRUE(provenance->toPlainText().contains(u"r.txt"_s));
}

TEST_F(MainWindowTest, ProgressArrivingWithTheSummaryDoesNotCrash) // regression: the dialog was deleted inside its own setValue()
{
    MainWindow window(*m_store, m_location);
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
