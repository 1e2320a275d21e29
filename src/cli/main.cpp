// unionboard-cli: the headless front end. Parses a subcommand and its options, then runs it.
#include "benchcommand.h"
#include "exportchartcommand.h"
#include "extractcommand.h"
#include "statscommand.h"
#include "figurescommand.h"
#include "grantcommand.h"
#include "importcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kUsage = u"用法: unionboard-cli <命令> [选项]\n"
                       "命令:\n"
                       "  extract FILE...                     提取报告中的数字，每行输出一个 JSON 对象\n"
                       "  import --db DB [--year Y] [--region R] FILE_OR_DIR...\n"
                       "                                      导入报告（TXT、PDF 含扫描件、Word .docx、网页 .html，目录递归）\n"
                       "  figures --db DB [筛选] [--format csv|jsonl]  输出数据库中的数字\n"
                       "  stats --db DB --indicator KEY [--year Y|Y1-Y2] [--region R,...]  指标的统计值（按类型汇总）\n"
                       "  export-chart --db DB --view year|city|compare --out FILE.png|.svg|.pdf\n"
                       "                                      导出幻灯片用的图表（--per city|year --out-dir DIR 批量）\n"
                       "  bench --figures N --json FILE       在合成语料上测量各环节性能\n"
                       "  grant --db URL --user NAME --role viewer|editor|admin | --revoke | --list\n"
                       "                                      授予或收回共享服务器上登录的角色\n"
                       "运行 unionboard-cli <命令> --help 查看命令的选项。\n"_s;

} // namespace

/** Commands that draw (charts) get a QApplication, offscreen unless a display is asked for. */
static bool needsGui(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QByteArray command(argv[1]);
    return command == "bench" || command == "export-chart";
}

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(u"UnionBoard"_s);
    QCoreApplication::setApplicationName(u"unionboard-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(UB_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    if (command.isEmpty() || command == u"--help"_s || command == u"-h"_s || command == u"help"_s) {
        (command.isEmpty() ? err : out) << kUsage;
        return command.isEmpty() ? 2 : 0;
    }
    if (command == u"--version"_s) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    arguments.removeAt(1);

    QCommandLineParser parser;
    parser.addHelpOption();
    if (command == u"extract"_s) {
        parser.setApplicationDescription(u"提取报告中的每个数字，每行输出一个 JSON 对象（字段见 docs/）。"_s);
        parser.addPositionalArgument(u"FILE"_s, u"报告文件：TXT（UTF-8、GB18030 或 UTF-16）、PDF（含扫描件）、Word .docx、网页 .html"_s, u"FILE..."_s);
        const QCommandLineOption featuresOption(u"features"_s, u"同时输出每个数字的模型特征（供 scripts/train_figure_model.py 训练）"_s);
        const QCommandLineOption threadsOption(u"threads"_s, u"同时读取与提取的文件数（默认每个处理器核心一个）；输出顺序不变"_s, u"N"_s);
        parser.addOptions({featuresOption, threadsOption});
        parser.process(arguments);
        if (parser.positionalArguments().isEmpty()) {
            err << u"extract: 请指定至少一个报告文件\n"_s;
            return 2;
        }
        ub::ExtractCommandOptions options;
        options.features = parser.isSet(featuresOption);
        if (parser.isSet(threadsOption)) {
            bool ok = false;
            options.threads = parser.value(threadsOption).toInt(&ok);
            if (!ok || options.threads < 1) {
                err << u"extract: --threads 须为正整数\n"_s;
                return 2;
            }
        }
        // Straight to the file descriptor: the figures are bytes already, no text stream between.
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            err << u"extract: 无法写标准输出\n"_s;
            return 3;
        }
        return ub::runExtractCommand(parser.positionalArguments(), output, err, options);
    }
    if (command == u"import"_s) {
        parser.setApplicationDescription(u"导入报告到数据库；每个文件一个事务，重复导入未变的文件不会改变数据库。"_s);
        const QCommandLineOption dbOption(u"db"_s, u"数据库：SQLite 文件路径或 postgresql:// 地址"_s, u"DB"_s);
        const QCommandLineOption yearOption(u"year"_s, u"报告的年份（未写年份的数字取此年），如同在“报告”面板中设定"_s, u"Y"_s);
        const QCommandLineOption regionOption(u"region"_s, u"报告所属单位，如 宝鸡市、延安（区县归入所属市）"_s, u"R"_s);
        parser.addOptions({dbOption, yearOption, regionOption});
        parser.addPositionalArgument(u"FILE_OR_DIR"_s, u"报告文件或目录：*.txt、*.pdf、*.docx、*.html、*.htm"_s,
                                     u"FILE_OR_DIR..."_s);
        parser.process(arguments);
        if (!parser.isSet(dbOption) || parser.positionalArguments().isEmpty()) {
            err << u"import: 需要 --db DB 和至少一个文件或目录\n"_s;
            return 2;
        }
        ub::ImportCommandOptions options;
        options.storeLocation = parser.value(dbOption);
        options.paths = parser.positionalArguments();
        options.year = parser.value(yearOption);
        options.region = parser.value(regionOption);
        return ub::runImportCommand(options, out, err);
    }
    if (command == u"bench"_s)
        return ub::runBenchCommand(arguments, out, err);
    if (command == u"grant"_s)
        return ub::runGrantCommand(arguments, out, err);
    if (command == u"export-chart"_s)
        return ub::runExportChartCommand(arguments, out, err);
    if (command == u"figures"_s) {
        parser.setApplicationDescription(u"输出数据库中的数字：JSON Lines（默认）或 CSV（UTF-8 带 BOM，Excel/WPS 可直接打开）。"_s);
        const QCommandLineOption dbOption(u"db"_s, u"数据库：SQLite 文件路径或 postgresql:// 地址"_s, u"DB"_s);
        const QCommandLineOption regionOption(u"region"_s, u"地区，如 西安市、宝鸡、陈仓区（区县归入所属市）"_s, u"R"_s);
        const QCommandLineOption yearOption(u"year"_s, u"年份"_s, u"Y"_s);
        const QCommandLineOption categoryOption(u"category"_s, u"类别：members、events、funds、competitions、other"_s, u"C"_s);
        const QCommandLineOption indicatorOption(u"indicator"_s, u"指标键，如 new_members"_s, u"I"_s);
        const QCommandLineOption formatOption(u"format"_s, u"输出格式：jsonl（默认）或 csv"_s, u"FORMAT"_s, u"jsonl"_s);
        const QCommandLineOption outOption(u"out"_s, u"写入文件而不是标准输出"_s, u"FILE"_s);
        parser.addOptions({dbOption, regionOption, yearOption, categoryOption, indicatorOption, formatOption, outOption});
        parser.process(arguments);
        const QString format = parser.value(formatOption);
        if (!parser.isSet(dbOption) || (format != u"csv"_s && format != u"jsonl"_s)) {
            err << u"figures: 需要 --db DB；--format 只能是 csv 或 jsonl\n"_s;
            return 2;
        }
        ub::FiguresCommandOptions options;
        options.storeLocation = parser.value(dbOption);
        options.csv = format == u"csv"_s;
        options.outputPath = parser.value(outOption);
        QString error;
        if (!ub::parseFigureFilter(parser.value(regionOption), parser.value(yearOption), parser.value(categoryOption),
                                   parser.value(indicatorOption), &options.filter, &error)) {
            err << u"figures: "_s << error << Qt::endl;
            return 2;
        }
        return ub::runFiguresCommand(options, err);
    }
    if (command == u"stats"_s) {
        parser.setApplicationDescription(u"输出一个指标按地区和年份的统计值（按类型汇总：流量求和、存量取最新、比率不相加），与面板和图表导出一致。"_s);
        const QCommandLineOption dbOption(u"db"_s, u"数据库：SQLite 文件路径或 postgresql:// 地址"_s, u"DB"_s);
        const QCommandLineOption indicatorOption(u"indicator"_s, u"指标键，如 new_members（必填）"_s, u"KEY"_s);
        const QCommandLineOption yearOption(u"year"_s, u"年份（2020）或年份范围（2019-2023）"_s, u"Y"_s);
        const QCommandLineOption regionOption(u"region"_s, u"地区，逗号分隔，如 西安市,宝鸡（区县归入所属市）"_s, u"R"_s);
        const QCommandLineOption formatOption(u"format"_s, u"输出格式：jsonl（默认）或 csv"_s, u"FORMAT"_s, u"jsonl"_s);
        const QCommandLineOption outOption(u"out"_s, u"写入文件而不是标准输出"_s, u"FILE"_s);
        parser.addOptions({dbOption, indicatorOption, yearOption, regionOption, formatOption, outOption});
        parser.process(arguments);
        const QString format = parser.value(formatOption);
        if (!parser.isSet(dbOption) || !parser.isSet(indicatorOption) || (format != u"csv"_s && format != u"jsonl"_s)) {
            err << u"stats: 需要 --db DB 和 --indicator KEY；--format 只能是 csv 或 jsonl\n"_s;
            return 2;
        }
        ub::StatsCommandOptions options;
        options.storeLocation = parser.value(dbOption);
        options.indicator = parser.value(indicatorOption);
        options.years = parser.value(yearOption);
        options.regions = parser.value(regionOption);
        options.csv = format == u"csv"_s;
        options.outputPath = parser.value(outOption);
        return ub::runStatsCommand(options, err);
    }
    err << u"未知命令：%1\n"_s.arg(command) << kUsage;
    return 2;
}
