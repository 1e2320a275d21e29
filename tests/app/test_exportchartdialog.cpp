// The export dialog and the charts' context menus: files as chosen, batches, remembered choices.
#include "chartdatabuilder.h"
#include "chartrequest.h"
#include "comparepanel.h"
#include "exportchartdialog.h"
#include "extractor.h"
#include "importer.h"
#include "modelbarchartview.h"
#include "storefixture.h"
#include "testpaths.h"
#include "yearpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QImage>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class ExportChartDialogTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        // A settings file of this test's own: ctest runs the others in parallel, and they save
        // and clear the export choices too.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QSettings().remove(u"export"_s);
        Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList problems;
        importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    }

    static ChartRequest compareFunds()
    {
        ChartRequest request;
        request.view = ChartView::Compare;
        request.measure.category = Category::Funds;
        request.yearFrom = 2020;
        request.yearTo = 2020;
        return request;
    }

    static void choose(QDialog &dialog, const char *combo, const QVariant &data)
    {
        auto *box = dialog.findChild<QComboBox *>(QLatin1StringView(combo));
        ASSERT_NE(box, nullptr) << combo;
        const int index = box->findData(data);
        ASSERT_GE(index, 0) << combo;
        box->setCurrentIndex(index);
    }
};

} // namespace

TEST_F(ExportChartDialogTest, ExportsTheChosenSizeAndRemembersTheChoices)
{
    const QString path = m_dir.filePath(u"funds.png"_s);
    {
        ExportChartDialog dialog(*m_store, compareFunds());
        choose(dialog, "sizeCombo", u"slide_720"_s);
        choose(dialog, "scaleCombo", 3);
        choose(dialog, "formatCombo", u"png"_s);
        dialog.findChild<QLineEdit *>(u"pathEdit"_s)->setText(path);
        QSignalSpy exported(&dialog, &ExportChartDialog::chartsExported);
        ASSERT_TRUE(dialog.exportCharts());
        ASSERT_EQ(exported.count(), 1);
        EXPECT_EQ(exported.first().first().toStringList(), QStringList{path});
    }
    EXPECT_EQ(QImage(path).size(), QSize(3840, 2160));

    ExportChartDialog again(*m_store, compareFunds());
    EXPECT_EQ(again.options().size, QSize(1280, 720)) << "the dialog remembers the size";
    EXPECT_EQ(again.options().scale, 3);
    EXPECT_EQ(ExportChartDialog::rememberedOptions().scale, 3) << "Copy Chart uses the same choices";
    EXPECT_EQ(again.request().measure.category, Category::Funds) << "it opens on the chart it was asked for";
}

TEST_F(ExportChartDialogTest, BatchPerCityFillsAFolderByTheTemplate)
{
    ExportChartDialog dialog(*m_store, compareFunds());
    choose(dialog, "batchCombo", 1); // one chart per city
    choose(dialog, "formatCombo", u"svg"_s);
    const QString folder = m_dir.filePath(u"cities"_s);
    dialog.findChild<QLineEdit *>(u"pathEdit"_s)->setText(folder);
    dialog.findChild<QLineEdit *>(u"templateEdit"_s)->setText(u"{city}_{indicator}"_s);
    QSignalSpy exported(&dialog, &ExportChartDialog::chartsExported);
    ASSERT_TRUE(dialog.exportCharts());
    const QStringList files = QDir(folder).entryList(QDir::Files);
    EXPECT_GE(files.size(), 2);
    // A category stands for its headline indicator, one for the whole batch.
    ChartRequest request = compareFunds();
    request.regions = {};
    const QString indicator = ChartDataBuilder(*m_store).headlineIndicator(Category::Funds, request);
    ASSERT_FALSE(indicator.isEmpty());
    EXPECT_TRUE(files.contains(u"西安市_%1.svg"_s.arg(indicator))) << files.join(u' ').toStdString();
    for (const QString &file : files)
        EXPECT_TRUE(file.endsWith(u"_%1.svg"_s.arg(indicator))) << file.toStdString();
    EXPECT_EQ(exported.first().first().toStringList().size(), files.size());
}

TEST_F(ExportChartDialogTest, ChartContextMenusAskForTheirOwnChart)
{
    YearPanel year(*m_store);
    QSignalSpy asked(&year, &YearPanel::chartExportRequested);
    const QList<ModelBarChartView *> charts = year.findChildren<ModelBarChartView *>();
    ASSERT_EQ(charts.size(), 1);
    ASSERT_EQ(charts.first()->actions().size(), 2);
    charts.first()->actions().first()->trigger();
    ASSERT_EQ(asked.count(), 1);
    const ChartRequest yearRequest = asked.first().first().value<ChartRequest>();
    EXPECT_EQ(yearRequest.view, ChartView::Year);
    EXPECT_EQ(yearRequest.measure.indicator, year.chartIndicator()) << "the indicator the chart shows";

    ComparePanel compare(*m_store);
    QSignalSpy copied(&compare, &ComparePanel::chartCopyRequested);
    compare.findChild<ModelBarChartView *>()->actions().last()->trigger();
    ASSERT_EQ(copied.count(), 1);
    const ChartRequest request = copied.first().first().value<ChartRequest>();
    EXPECT_EQ(request.view, ChartView::Compare);
    EXPECT_EQ(request.regions, compare.chartRequest().regions);
}

TEST_F(ExportChartDialogTest, FirstExportOnAFreshAccountCreatesItsFolder) // #14
{
    // A new account on a minimal desktop: no ~/Pictures, no ~/Documents, no remembered folder.
    const QString home = m_dir.filePath(u"fresh-home"_s);
    ASSERT_TRUE(QDir().mkpath(home));
    const QByteArray savedHome = qgetenv("HOME");
    const QByteArray savedXdgConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home));
    qunsetenv("XDG_CONFIG_HOME"); // so no user-dirs.dirs names a folder elsewhere
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", savedHome);
        if (!savedXdgConfig.isNull())
            qputenv("XDG_CONFIG_HOME", savedXdgConfig);
    });
    ASSERT_FALSE(QDir(home).exists(u"Pictures"_s));

    ExportChartDialog dialog(*m_store, compareFunds());
    const QString suggested = dialog.findChild<QLineEdit *>(u"pathEdit"_s)->text();
    ASSERT_TRUE(suggested.startsWith(home)) << suggested.toStdString();
    QSignalSpy exported(&dialog, &ExportChartDialog::chartsExported);
    ASSERT_TRUE(dialog.exportCharts()) << "the default target's folder is created";
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(QFileInfo(suggested).isFile()) << suggested.toStdString();
    EXPECT_FALSE(QImage(suggested).isNull());
}
