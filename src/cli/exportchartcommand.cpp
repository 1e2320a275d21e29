#include "exportchartcommand.h"

#include "chartbatch.h"
#include "chartexporter.h"
#include "figurescommand.h"
#include "store.h"
#include "translations.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

struct Invocation
{
    QString storeLocation;
    ChartRequest request;
    ChartExportOptions options;
    QString outPath;
    QString outDirectory;
    QString nameTemplate = ChartBatch::kDefaultTemplate;
    std::optional<ChartBatch::Per> per;
};

/** "2023" or "2019-2023"; false for anything else. */
bool parseYears(const QString &text, int *from, int *to)
{
    const QStringList parts = text.split(u'-');
    if (parts.size() > 2)
        return false;
    bool okFrom = false;
    bool okTo = false;
    *from = parts.first().trimmed().toInt(&okFrom);
    *to = parts.size() == 2 ? parts.last().trimmed().toInt(&okTo) : *from;
    if (parts.size() == 1)
        okTo = okFrom;
    return okFrom && okTo && *from >= 1900 && *to <= 2100 && *from <= *to;
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, Invocation *run, QString *error)
{
    const QCommandLineOption db(u"db"_s, u"数据库：SQLite 文件路径或 postgresql:// 地址"_s, u"DB"_s);
    const QCommandLineOption view(u"view"_s, u"图表：year（某年各地区）、categories（某年各类别）、city（某市历年）、compare（各市对比）"_s,
                                  u"VIEW"_s, u"year"_s);
    const QCommandLineOption year(u"year"_s, u"年份 Y，或年份范围 Y1-Y2；缺省时取有数据的最近一年（city：全部年份）"_s, u"Y"_s);
    const QCommandLineOption region(u"region"_s, u"地区，逗号分隔，如 西安市,宝鸡；city 视图取第一个"_s, u"R[,R...]"_s);
    const QCommandLineOption category(u"category"_s, u"类别：members、events、funds、competitions、other"_s, u"C"_s);
    const QCommandLineOption indicator(u"indicator"_s, u"指标键，如 new_members；缺省时统计数字条数"_s, u"I"_s);
    const QCommandLineOption size(u"size"_s, u"幻灯片尺寸 WxH（像素），或 slide_1080、slide_720、slide_4_3、half_slide"_s,
                                  u"WxH"_s, u"1920x1080"_s);
    const QCommandLineOption scale(u"scale"_s, u"PNG 的像素倍数：1、2 或 3"_s, u"N"_s, u"1"_s);
    const QCommandLineOption title(u"title"_s, u"标题（缺省为自动生成）"_s, u"T"_s);
    const QCommandLineOption subtitle(u"subtitle"_s, u"副标题（缺省为年份和单位）"_s, u"S"_s);
    const QCommandLineOption noFooter(u"no-footer"_s, u"不印来源脚注"_s);
    const QCommandLineOption transparent(u"transparent"_s, u"透明背景（PNG、SVG）"_s);
    const QCommandLineOption out(u"out"_s, u"输出文件：.png、.svg 或 .pdf（批量时 .pdf 为多页文件）"_s, u"FILE"_s);
    const QCommandLineOption per(u"per"_s, u"批量：每个城市（city）或每年（year）一张图"_s, u"city|year"_s);
    const QCommandLineOption outDir(u"out-dir"_s, u"批量输出目录"_s, u"DIR"_s);
    const QCommandLineOption nameTemplate(u"name-template"_s,
                                          u"批量文件名模板：{year}、{city}、{indicator}、{view}、{n}；扩展名决定格式"_s,
                                          u"T"_s, ChartBatch::kDefaultTemplate);
    const QCommandLineOption language(u"lang"_s, u"图表文字的语言：zh_CN（默认）或 en"_s, u"LANG"_s, u"zh_CN"_s);
    parser.setApplicationDescription(u"把仪表盘的图表导出为幻灯片用的 PNG、SVG 或 PDF（带来源脚注）；格式由扩展名决定。"_s);
    parser.addOptions({db, view, year, region, category, indicator, size, scale, title, subtitle, noFooter, transparent,
                       out, per, outDir, nameTemplate, language});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(u"help"_s))
        return true;
    if (!parser.positionalArguments().isEmpty()) {
        *error = u"多余的参数：%1"_s.arg(parser.positionalArguments().join(u' '));
        return false;
    }

    if (!parser.isSet(db)) {
        *error = u"需要 --db DB"_s;
        return false;
    }
    run->storeLocation = parser.value(db);
    const std::optional<ChartView> chartView = chartViewFromKey(parser.value(view));
    if (!chartView) {
        *error = u"--view: 应为 year、categories、city 或 compare，而不是 %1"_s.arg(parser.value(view));
        return false;
    }
    run->request.view = *chartView;
    if (parser.isSet(year) && !parseYears(parser.value(year), &run->request.yearFrom, &run->request.yearTo)) {
        *error = u"--year: 应为年份 Y 或范围 Y1-Y2（1900–2100），而不是 %1"_s.arg(parser.value(year));
        return false;
    }
    if (parser.isSet(region)) {
        for (const QString &name : parser.value(region).split(u',', Qt::SkipEmptyParts)) {
            const QString canonical = canonicalRegion(name.trimmed());
            if (!canonical.isEmpty() && !run->request.regions.contains(canonical))
                run->request.regions << canonical;
        }
        if (run->request.regions.isEmpty()) {
            *error = u"--region: 没有地区名"_s;
            return false;
        }
    }
    if (parser.isSet(category) && parser.isSet(indicator)) {
        *error = u"--category 和 --indicator 只能选一个"_s;
        return false;
    }
    if (parser.isSet(category) || parser.isSet(indicator)) {
        const QString key = parser.isSet(category) ? parser.value(category) : parser.value(indicator);
        const std::optional<ChartMeasure> measure = ChartMeasure::fromKey(key);
        const bool kindMatches = measure && (parser.isSet(category) ? measure->category.has_value()
                                                                    : !measure->indicator.isEmpty());
        if (!kindMatches) {
            *error = parser.isSet(category)
                         ? u"--category: 应为 members、events、funds、competitions 或 other，而不是 %1"_s.arg(key)
                         : u"--indicator: 没有这个指标：%1（见 data/indicators/indicators.tsv）"_s.arg(key);
            return false;
        }
        run->request.measure = *measure;
    }

    std::optional<QSize> slideSize;
    for (const SizePreset &preset : sizePresets()) {
        if (preset.key == parser.value(size))
            slideSize = preset.size;
    }
    if (!slideSize)
        slideSize = ChartExportOptions::parseSize(parser.value(size));
    if (!slideSize) {
        *error = u"--size: 应为 WxH（如 1920x1080）或预设名，而不是 %1"_s.arg(parser.value(size));
        return false;
    }
    run->options.size = *slideSize;
    bool scaleOk = false;
    run->options.scale = parser.value(scale).toInt(&scaleOk);
    QString invalid;
    if (!scaleOk || !run->options.isValid(&invalid)) {
        *error = scaleOk ? invalid : u"--scale: 应为 1、2 或 3，而不是 %1"_s.arg(parser.value(scale));
        return false;
    }
    run->options.title = parser.value(title);
    run->options.subtitle = parser.value(subtitle);
    run->options.footer = !parser.isSet(noFooter);
    run->options.transparent = parser.isSet(transparent);

    if (parser.isSet(per)) {
        run->per = ChartBatch::perFromKey(parser.value(per));
        if (!run->per) {
            *error = u"--per: 应为 city 或 year，而不是 %1"_s.arg(parser.value(per));
            return false;
        }
    }
    run->outPath = parser.value(out);
    run->outDirectory = parser.value(outDir);
    run->nameTemplate = parser.value(nameTemplate);
    if (run->outPath.isEmpty() == run->outDirectory.isEmpty()) {
        *error = u"需要 --out FILE 或（批量时）--out-dir DIR，二者选一"_s;
        return false;
    }
    if (!run->outDirectory.isEmpty() && !run->per) {
        *error = u"--out-dir 用于批量导出，需要 --per city 或 --per year"_s;
        return false;
    }
    if (!run->outPath.isEmpty()) {
        const std::optional<ExportFormat> format = exportFormatForPath(run->outPath);
        if (!format) {
            *error = u"--out: 文件扩展名应为 .png、.svg 或 .pdf：%1"_s.arg(run->outPath);
            return false;
        }
        if (run->per && *format != ExportFormat::Pdf) {
            *error = u"批量导出写入 --out-dir 目录，或用 --out FILE.pdf 写成一个多页 PDF"_s;
            return false;
        }
    }
    if (!run->outDirectory.isEmpty() && !ChartBatch::templateFormat(run->nameTemplate)) {
        *error = u"--name-template: 扩展名应为 .png、.svg 或 .pdf：%1"_s.arg(run->nameTemplate);
        return false;
    }
    if (run->per == ChartBatch::Per::Year && run->request.view == ChartView::City) {
        *error = u"--per year 用于 year、categories 或 compare 视图；city 视图本身就是历年图"_s;
        return false;
    }
    Translations::setLanguage(parser.value(language));
    return true;
}

} // namespace

int runExportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    Invocation run;
    QString error;
    if (!parse(parser, arguments, &run, &error)) {
        err << u"export-chart: "_s << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }

    const std::unique_ptr<Store> store = Store::open(run.storeLocation, &error);
    if (!store) {
        err << u"export-chart: "_s << error << Qt::endl;
        return 1;
    }
    ChartDataBuilder builder(*store);
    QList<ChartRequest> requests = {run.request};
    if (run.per) {
        requests = ChartBatch::expand(builder, run.request, *run.per, &error);
        if (!error.isEmpty()) {
            err << u"export-chart: "_s << error << Qt::endl;
            return 2;
        }
    }
    QList<ChartData> charts;
    for (const ChartRequest &request : std::as_const(requests)) {
        ChartData chart = builder.build(request, &error);
        if (!error.isEmpty()) {
            err << u"export-chart: "_s << run.storeLocation << u": "_s << error << Qt::endl;
            return 1;
        }
        // A batch skips what has nothing to show; a single chart with nothing is a mistake to report.
        if (chart.hasValues())
            charts << chart;
    }
    if (charts.isEmpty()) {
        err << u"export-chart: 没有符合条件的数字（视图 %1、年份 %2、地区 %3、指标 %4），没有写文件"_s.arg(
                   toKey(run.request.view),
                   run.request.yearFrom > 0 ? ChartDataBuilder::period(run.request.yearFrom, run.request.yearTo)
                                            : u"自动"_s,
                   run.request.regions.isEmpty() ? u"默认"_s : run.request.regions.join(u'、'),
                   run.request.measure.key())
            << Qt::endl;
        return 1;
    }

    const ChartExporter exporter(run.options);
    QStringList written;
    bool ok = false;
    if (!run.outDirectory.isEmpty()) {
        ok = ChartBatch::writeFiles(exporter, charts, run.outDirectory, run.nameTemplate,
                                    *ChartBatch::templateFormat(run.nameTemplate), &written, &error);
    } else if (run.per || exportFormatForPath(run.outPath) == ExportFormat::Pdf) {
        ok = exporter.writePdf(charts, run.outPath, &error);
        written << run.outPath;
    } else {
        ok = exporter.write(charts.first(), run.outPath, &error);
        written << run.outPath;
    }
    if (!ok) {
        err << u"export-chart: "_s << error << Qt::endl;
        return 1;
    }
    for (const QString &path : std::as_const(written))
        out << path << Qt::endl;
    if (run.per && charts.size() < requests.size())
        err << u"export-chart: %1 张图没有数字，已跳过"_s.arg(requests.size() - charts.size()) << Qt::endl;
    return 0;
}

} // namespace ub
