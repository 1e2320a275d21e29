// Chart export: PNG sizes and scale, SVG with text as text, PDF pages and embedded CJK fonts,
// backgrounds, atomic writes, and batches named by a template.
#include "chartbatch.h"
#include "chartexporter.h"
#include "chartslide.h"
#include "processrun.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

ChartData cityChart(const QString &region, int year)
{
    ChartData data;
    data.request.view = ChartView::Year;
    data.request.yearFrom = year;
    data.request.yearTo = year;
    data.request.measure.indicator = u"new_members"_s;
    data.title = u"%1年各市新增会员"_s.arg(year);
    data.subtitle = u"%1年 · 单位：万人"_s.arg(year);
    data.period = u"%1年"_s.arg(year);
    data.labels = {u"西安市"_s, region, u"汉中市"_s};
    data.series = {{u"新会员"_s, {83000.0, 12000.0, std::nullopt}, {false, true, false}}};
    data.divisor = 1e4;
    data.valueUnit = u"万人"_s;
    data.sources = {{u"a.txt"_s, u"2023年十大亮点"_s, year, 3}};
    data.figures = 2;
    data.approximateFigures = 1;
    return data;
}

QString run(const QString &program, const QStringList &arguments)
{
    return test::runProcess(program, arguments, 60000).out;
}

QStringList svgTexts(const QByteArray &svg, QString *title, QString *description)
{
    QXmlStreamReader xml(svg);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"text"_s)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == u"title"_s)
            *title = xml.readElementText();
        else if (xml.name() == u"desc"_s)
            *description = xml.readElementText();
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return texts;
}

} // namespace

TEST(ChartExport, PngHasTheSlideSizeTimesTheScale)
{
    QTemporaryDir dir;
    ChartExportOptions options;
    options.size = {1920, 1080};
    options.scale = 2;
    const QString path = dir.filePath(u"chart.png"_s);
    QString error;
    ASSERT_TRUE(ChartExporter(options).write(cityChart(u"宝鸡市"_s, 2023), path, &error)) << error.toStdString();
    const QImage image(path);
    EXPECT_EQ(image.size(), QSize(3840, 2160));
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white)) << "solid background";
    EXPECT_TRUE(image.text(u"Description"_s).contains(u"2023年十大亮点"_s)) << "the footer's words in the PNG";

    options.size = {1024, 768};
    options.scale = 1;
    options.transparent = true;
    ASSERT_TRUE(ChartExporter(options).write(cityChart(u"宝鸡市"_s, 2023), path, &error));
    const QImage clear(path);
    EXPECT_EQ(clear.size(), QSize(1024, 768));
    EXPECT_EQ(clear.pixelColor(2, 2).alpha(), 0) << "transparent background";
}

TEST(ChartExport, SvgKeepsTextAsTextWithTitleAndDescription)
{
    ChartExportOptions options;
    options.title = u"各市新增会员 <对比> & 排名"_s;
    const QByteArray svg = ChartExporter(options).svg(cityChart(u"宝鸡市"_s, 2023));
    QString title;
    QString description;
    const QStringList texts = svgTexts(svg, &title, &description).join(u'\n').split(u'\n');
    const QString all = texts.join(u' ');
    for (const QString &city : {u"西安市"_s, u"宝鸡市"_s, u"汉中市"_s})
        EXPECT_TRUE(all.contains(city)) << city.toStdString();
    EXPECT_TRUE(all.contains(u"8.3"_s)) << "the value label in 万";
    EXPECT_TRUE(all.contains(options.title)) << "the title, drawn as text";
    EXPECT_EQ(title, options.title);
    EXPECT_TRUE(description.contains(u"2023年十大亮点"_s));
    EXPECT_TRUE(all.contains(ChartSlide::approximateMark())) << "the approximate row is marked";
}

TEST(ChartExport, PdfHasOnePagePerChartAndEmbedsACjkFont)
{
    if (QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
        GTEST_SKIP() << "poppler-utils is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(u"charts.pdf"_s);
    ChartExportOptions options;
    QString error;
    ASSERT_TRUE(ChartExporter(options).writePdf(
        {cityChart(u"宝鸡市"_s, 2021), cityChart(u"咸阳市"_s, 2022), cityChart(u"渭南市"_s, 2023)}, path, &error))
        << error.toStdString();
    const QString info = run(u"pdfinfo"_s, {path});
    EXPECT_TRUE(info.contains(QRegularExpression(u"Pages:\\s+3\\b"_s))) << info.toStdString();
    EXPECT_TRUE(info.contains(u"2021年各市新增会员"_s)) << "PDF title";
    EXPECT_TRUE(info.contains(u"UnionBoard"_s)) << "PDF creator";
    EXPECT_TRUE(info.contains(u"1440 x 810 pts"_s)) << "a 16:9 page";
    const QStringList fonts = run(u"pdffonts"_s, {path}).split(u'\n');
    bool cjkEmbedded = false;
    for (const QString &line : fonts) {
        const QStringList columns = line.simplified().split(u' ');
        if (line.contains(u"CJK"_s) && columns.size() > 4 && columns.at(columns.size() - 5) == u"yes"_s)
            cjkEmbedded = true;
    }
    EXPECT_TRUE(cjkEmbedded) << fonts.join(u'\n').toStdString();
    const QString text = run(u"pdftotext"_s, {path, u"-"_s});
    EXPECT_TRUE(text.contains(u"咸阳市"_s)) << "text stays text in the PDF";
}

TEST(ChartExport, AFailedExportLeavesTheOldFileAlone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old slide");
    old.close();
    ChartExportOptions options;
    options.size = {10, 10};
    QString error;
    EXPECT_FALSE(ChartExporter(options).write(cityChart(u"宝鸡市"_s, 2023), path, &error));
    EXPECT_TRUE(error.contains(u"10"_s)) << error.toStdString();
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("old slide"));

    options.size = {1280, 720};
    error.clear();
    const QString missing = dir.filePath(u"no/such/folder/chart.svg"_s);
    EXPECT_FALSE(ChartExporter(options).write(cityChart(u"宝鸡市"_s, 2023), missing, &error));
    EXPECT_TRUE(error.contains(missing)) << "the message names the file: " << error.toStdString();
}

TEST(ChartExport, ClipboardDataHasAnImageAPngAndAnSvg)
{
    ChartExportOptions options;
    options.size = {1280, 720};
    options.scale = 2;
    const std::unique_ptr<QMimeData> mime(ChartExporter(options).mimeData(cityChart(u"宝鸡市"_s, 2023)));
    EXPECT_TRUE(mime->hasImage());
    EXPECT_EQ(qvariant_cast<QImage>(mime->imageData()).size(), QSize(2560, 1440));
    EXPECT_TRUE(mime->hasFormat(u"image/png"_s));
    EXPECT_TRUE(mime->data(u"image/svg+xml"_s).contains("<svg"));
}

TEST(ChartExport, SizesParseAndPresetsAreSlides)
{
    EXPECT_EQ(ChartExportOptions::parseSize(u"1920x1080"_s), QSize(1920, 1080));
    EXPECT_EQ(ChartExportOptions::parseSize(u" 1280 × 720 "_s), QSize(1280, 720));
    EXPECT_FALSE(ChartExportOptions::parseSize(u"big"_s).has_value());
    EXPECT_FALSE(ChartExportOptions::parseSize(u"-5x10"_s).has_value());
    ASSERT_EQ(sizePresets().size(), 4);
    EXPECT_EQ(sizePresets().first().size, QSize(1920, 1080));
    EXPECT_EQ(exportFormatForPath(u"a/b/Chart.SVG"_s), ExportFormat::Svg);
    EXPECT_FALSE(exportFormatForPath(u"chart.jpg"_s).has_value());
    ChartExportOptions options;
    options.scale = 4;
    EXPECT_FALSE(options.isValid());
}

TEST(ChartBatch, FileNamesFollowTheTemplateAndStayNames)
{
    ChartData chart = cityChart(u"宝鸡市"_s, 2023);
    chart.request.view = ChartView::City;
    chart.request.regions = {u"宝鸡市"_s};
    EXPECT_EQ(ChartBatch::fileName(ChartBatch::kDefaultTemplate, chart, 1, ExportFormat::Png),
              u"2023_宝鸡市_new_members.png"_s);
    EXPECT_EQ(ChartBatch::fileName(u"{n}-{view}.svg"_s, chart, 3, ExportFormat::Pdf), u"03-city.pdf"_s);
    EXPECT_EQ(ChartBatch::fileName(u"../{city}/x:y"_s, chart, 1, ExportFormat::Png), u"_宝鸡市_x_y.png"_s);
}

TEST(ChartBatch, WritesOneFilePerChartAndRefusesClashingNames)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"atlas"_s);
    ChartExportOptions options;
    options.size = {1280, 720};
    const ChartExporter exporter(options);
    QList<ChartData> charts;
    for (int year : {2021, 2022, 2023})
        charts << cityChart(u"宝鸡市"_s, year);
    QStringList written;
    QString error;
    ASSERT_TRUE(ChartBatch::writeFiles(exporter, charts, folder, u"{year}_{indicator}.png"_s, ExportFormat::Png,
                                       &written, &error))
        << error.toStdString();
    EXPECT_EQ(written.size(), 3);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(u"2022_new_members.png"_s)));

    const QString other = dir.filePath(u"clash"_s);
    EXPECT_FALSE(ChartBatch::writeFiles(exporter, charts, other, u"{indicator}.png"_s, ExportFormat::Png, nullptr,
                                        &error));
    EXPECT_TRUE(error.contains(u"{year}"_s)) << error.toStdString();
    EXPECT_FALSE(QDir(other).exists()) << "nothing written when names clash";
}
