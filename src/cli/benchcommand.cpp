#include "benchcommand.h"

#include "aggregatequeries.h"
#include "chartdatabuilder.h"
#include "chartexporter.h"
#include "citystatisticsmodel.h"
#include "comparemodel.h"
#include "correctionstore.h"
#include "extractcommand.h"
#include "documentrows.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "kpimodel.h"
#include "reportfile.h"
#include "reportgenerator.h"
#include "statisticsbuilder.h"
#include "statisticsqueries.h"
#include "store.h"
#include "walwritecombiner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

constexpr int kQueryRuns = 15;

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    return samples.size() % 2 ? samples.at(middle) : (samples.at(middle - 1) + samples.at(middle)) / 2;
}

/** Median wall time of `runs` calls after one warm-up call, in milliseconds. */
double medianMs(const std::function<void()> &work, int runs = kQueryRuns)
{
    work();
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples << timer.nsecsElapsed() / 1e6;
    }
    return median(samples);
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

/** The same SQL, run through the sqlite3 C API with the same bound values, every row stepped and read. */
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~RawSqlite() { sqlite3_close(m_db); }
    bool isOpen() const { return m_db; }

    /** Rows returned, or -1. Prepares each time, as QSqlQuery::prepare does. */
    int run(const QString &sql, const QVariantList &values)
    {
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK)
            return -1;
        int index = 1;
        for (const QVariant &value : values) {
            if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
                sqlite3_bind_int64(statement, index++, value.toLongLong());
            } else {
                const QByteArray text = value.toString().toUtf8();
                sqlite3_bind_text(statement, index++, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            }
        }
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column)
                sqlite3_column_text(statement, column);
            ++rows;
        }
        sqlite3_finalize(statement);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
};

/**
 * The import's baseline: the same figure rows, one document per transaction, inserted with the
 * sqlite3 C API into a fresh file holding only a table like `figures` (its primary key, no other
 * index, no document, summary or sources), in WAL mode with synchronous=NORMAL as the store, and
 * checkpointed at the end. Rows are read from the bench store before each document's timer starts.
 */
class RawInsertBaseline
{
public:
    /** Figures per second, or 0 when the baseline could not run. */
    static double figuresPerSecond(const QString &storePath, const QString &scratchPath)
    {
        sqlite3 *source = nullptr;
        sqlite3 *target = nullptr;
        double rate = 0;
        if (sqlite3_open_v2(storePath.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK &&
            sqlite3_open(scratchPath.toUtf8().constData(), &target) == SQLITE_OK)
            rate = run(source, target);
        sqlite3_close(target);
        sqlite3_close(source);
        QFile::remove(scratchPath);
        QFile::remove(scratchPath + u"-wal"_s);
        QFile::remove(scratchPath + u"-shm"_s);
        return rate;
    }

private:
    static bool exec(sqlite3 *db, const QByteArray &sql)
    {
        return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }

    static double run(sqlite3 *source, sqlite3 *target)
    {
        QByteArray ddl;
        sqlite3_stmt *schema = nullptr;
        if (sqlite3_prepare_v2(source, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'figures'", -1,
                               &schema, nullptr) == SQLITE_OK &&
            sqlite3_step(schema) == SQLITE_ROW)
            ddl = reinterpret_cast<const char *>(sqlite3_column_text(schema, 0));
        sqlite3_finalize(schema);
        // The foreign key to documents names a table the baseline does not have.
        ddl.replace(QByteArrayLiteral("REFERENCES documents(id) ON DELETE CASCADE"), QByteArray());
        if (ddl.isEmpty() || !exec(target, "PRAGMA journal_mode=WAL") || !exec(target, "PRAGMA synchronous=NORMAL") ||
            !exec(target, ddl))
            return 0;

        sqlite3_stmt *documents = nullptr;
        sqlite3_stmt *rows = nullptr;
        sqlite3_stmt *insert = nullptr;
        int columns = 0;
        qint64 inserted = 0;
        qint64 elapsedNs = 0;
        bool ok = sqlite3_prepare_v2(source, "SELECT id FROM documents ORDER BY id", -1, &documents, nullptr) ==
                      SQLITE_OK &&
                  sqlite3_prepare_v2(source, "SELECT * FROM figures WHERE id BETWEEN ? AND ? ORDER BY id", -1, &rows,
                                     nullptr) == SQLITE_OK;
        if (ok) {
            columns = sqlite3_column_count(rows);
            QByteArray marks;
            for (int k = 0; k < columns; ++k)
                marks += k ? ",?" : "?";
            const QByteArray sql = QByteArrayLiteral("INSERT INTO figures VALUES (") + marks + ')';
            ok = sqlite3_prepare_v2(target, sql.constData(), -1, &insert, nullptr) == SQLITE_OK;
        }
        QList<sqlite3_value *> values;
        while (ok && sqlite3_step(documents) == SQLITE_ROW) {
            const qint64 document = sqlite3_column_int64(documents, 0);
            sqlite3_bind_int64(rows, 1, firstRowId(document));
            sqlite3_bind_int64(rows, 2, lastRowId(document));
            while (sqlite3_step(rows) == SQLITE_ROW) {
                for (int k = 0; k < columns; ++k)
                    values << sqlite3_value_dup(sqlite3_column_value(rows, k));
            }
            sqlite3_reset(rows);
            QElapsedTimer timer;
            timer.start();
            ok = exec(target, "BEGIN");
            for (qsizetype row = 0; ok && row < values.size(); row += columns) {
                for (int k = 0; k < columns; ++k)
                    sqlite3_bind_value(insert, k + 1, values.at(row + k));
                ok = sqlite3_step(insert) == SQLITE_DONE;
                sqlite3_reset(insert);
                ++inserted;
            }
            ok = ok && exec(target, "COMMIT");
            elapsedNs += timer.nsecsElapsed();
            for (sqlite3_value *value : std::as_const(values))
                sqlite3_value_free(value);
            values.clear();
        }
        if (ok) {
            QElapsedTimer timer;
            timer.start();
            ok = exec(target, "PRAGMA wal_checkpoint(TRUNCATE)");
            elapsedNs += timer.nsecsElapsed();
        }
        sqlite3_finalize(insert);
        sqlite3_finalize(rows);
        sqlite3_finalize(documents);
        return ok && elapsedNs > 0 ? inserted / (elapsedNs / 1e9) : 0;
    }
};

QString mostFrequent(Store &store, const QString &column)
{
    QSqlQuery query(store.database());
    // Only a fixed column name chosen in code is spliced.
    if (query.exec(u"SELECT %1 FROM figures WHERE %1 <> '' GROUP BY %1 ORDER BY count(*) DESC LIMIT 1"_s.arg(
            column)) &&
        query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

int runBenchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"在合成语料上测量提取、导入、查询与图表各环节的性能，输出一个 JSON 对象。"_s);
    parser.addHelpOption();
    const QCommandLineOption figuresOption(u"figures"_s, u"合成语料中大约的数字个数"_s, u"N"_s, u"10000"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"结果写入的 JSON 文件（- 为标准输出）"_s, u"FILE"_s,
                                        u"-"_s);
    const QCommandLineOption keepOption(u"keep-db"_s, u"保留数据库于此路径（供图形界面打开）"_s, u"PATH"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"生成语料的随机种子"_s, u"S"_s, u"1"_s);
    const QCommandLineOption corpusOption(u"corpus-dir"_s, u"语料写入此目录并保留（默认临时目录）"_s,
                                          u"DIR"_s);
    parser.addOptions({figuresOption, jsonOption, keepOption, seedOption, corpusOption});
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    bool ok = false;
    const qint64 wanted = parser.value(figuresOption).toLongLong(&ok);
    if (!ok || wanted <= 0) {
        err << u"bench: --figures 需要正整数\n"_s;
        return 2;
    }
    const quint64 seed = parser.value(seedOption).toULongLong();

    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err << u"bench: 无法创建临时目录\n"_s;
        return 1;
    }
    const QString corpusDir =
        parser.isSet(corpusOption) ? parser.value(corpusOption) : scratch.filePath(u"corpus"_s);
    QDir().mkpath(corpusDir);
    const QString dbPath =
        parser.isSet(keepOption) ? parser.value(keepOption) : scratch.filePath(u"bench.sqlite"_s);
    if (parser.isSet(keepOption)) {
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(dbPath + suffix);
    }

    // 1. The corpus, written to files as an import would find them.
    QElapsedTimer total;
    total.start();
    const ReportGenerator generator(seed);
    const qint64 reportCount = ReportGenerator::reportCountFor(wanted);
    QStringList files;
    qint64 corpusBytes = 0;
    qint64 planted = 0;
    for (qint64 i = 0; i < reportCount; ++i) {
        const SyntheticReport report = generator.report(i);
        const QString path = QDir(corpusDir).filePath(report.name);
        QFile file(path);
        const QByteArray bytes = report.text.toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            err << u"bench: 无法写入 %1\n"_s.arg(path);
            return 1;
        }
        corpusBytes += bytes.size();
        planted += report.plantedFigures;
        files << path;
    }
    const double generateSeconds = total.nsecsElapsed() / 1e9;

    // 2. An import as `import` runs it (Importer::importFiles into a store of its own): the next
    // files read and extracted on a second thread while this one writes, the statistics rebuilt
    // once at the end. First, in a process as fresh as the command's own: after the stages below
    // have filled and freed the heap with a million figures it measured 15-20 % slower than
    // `unionboard-cli import` itself on the same files (#19).
    double importCommandSeconds = 0;
    {
        QString ignored;
        const std::unique_ptr<Store> fresh = Store::open(scratch.filePath(u"import.sqlite"_s), &ignored);
        if (fresh) {
            const Extractor pipelineExtractor;
            Importer pipeline(*fresh, pipelineExtractor);
            QElapsedTimer timer;
            timer.start();
            pipeline.importFiles(files);
            importCommandSeconds = timer.nsecsElapsed() / 1e9;
        }
    }

    // 2b. The extractor over the files back to back, as `extract` and the import's reading thread
    // run it: nothing between two documents but reading the next (untimed). The per-file loop
    // below interleaves every extraction with an import, whose writes evict the extractor's
    // tables from the caches.
    qint64 backToBackNs = 0;
    {
        const Extractor warm;
        warm.extract(u"西安市总工会筹集资金1.5万元。"_s, u"warm-up"_s);
        for (const QString &path : std::as_const(files)) {
            const ReportFile report = readReportFile(path);
            QElapsedTimer timer;
            timer.start();
            const ExtractionResult extraction = warm.extract(report.text, report.name);
            backToBackNs += timer.nsecsElapsed();
        }
    }

    // 3. Extraction and import, file by file, each timed on its own: read+decode, extract,
    // write (one transaction per file, as Importer::importFile does).
    QString error;
    auto store = Store::open(dbPath, &error);
    if (!store) {
        err << u"bench: "_s << error << u'\n';
        return 1;
    }
    const Extractor extractor;
    extractor.extract(u"西安市总工会筹集资金1.5万元。"_s,
                      u"warm-up"_s); // one-time table loading, not per-MB cost
    Importer importer(*store, extractor);
    qint64 extractNs = 0, writeNs = 0, writeCpuNs = 0, readNs = 0, regexNs = 0;
    qint64 figures = 0;
    // The anchor: one plain regular expression for "number + measure word" over the same text.
    const QRegularExpression plain(u"[0-9０-９.]+[万亿]?(?:余|多)?[人名个家项次场期元户条%]"_s);
    const WalWriteStats walBefore = walWriteStats();
    for (const QString &path : std::as_const(files)) {
        QElapsedTimer timer;
        timer.start();
        const ReportFile report = readReportFile(path);
        readNs += timer.nsecsElapsed();
        timer.restart();
        const ExtractionResult extraction = extractor.extract(report.text, report.name);
        extractNs += timer.nsecsElapsed();
        timer.restart();
        qsizetype matches = 0;
        for (auto it = plain.globalMatch(report.text); it.hasNext(); it.next())
            ++matches;
        regexNs += timer.nsecsElapsed();
        timer.restart();
        timespec cpuBefore{}, cpuAfter{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuBefore);
        const ImportFileResult result = importer.importExtracted(report, extraction);
        writeNs += timer.nsecsElapsed();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuAfter);
        writeCpuNs +=
            (cpuAfter.tv_sec - cpuBefore.tv_sec) * 1000000000LL + (cpuAfter.tv_nsec - cpuBefore.tv_nsec);
        if (result.outcome == ImportOutcome::Rejected) {
            err << u"bench: "_s << result.message << u'\n';
            return 1;
        }
        figures += extraction.figures.size();
    }
    {
        // What the imports left in the WAL belongs to their cost: copying it into the database.
        QElapsedTimer timer;
        timer.start();
        store->checkpoint();
        writeNs += timer.nsecsElapsed();
    }
    // Counted now: the statistics' rebuild and the raw baseline below write WAL frames too.
    const qint64 importWalWrites = walWriteStats().framesWritten - walBefore.framesWritten;
    const double corpusMb = corpusBytes / 1e6;
    {
        QSqlQuery checkpoint(store->database());
        checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        checkpoint.exec(u"PRAGMA optimize"_s);
    }
    // The statistics rebuilt from the imported figures, once (what an import batch ends with).
    QElapsedTimer refreshTimer;
    refreshTimer.start();
    StatisticsBuilder(*store).refresh();
    const double statisticsRefreshSeconds = refreshTimer.nsecsElapsed() / 1e9;
    // A correction's cost at the next read: one figure rejected, its cells rebuilt, then restored.
    double correctionRefreshMs = 0;
    {
        QSqlQuery pick(store->database());
        pick.exec(u"SELECT id FROM figures WHERE indicator <> '' ORDER BY id LIMIT 1 OFFSET "_s +
                  QString::number(figures / 2));
        const qint64 figureId = pick.next() ? pick.value(0).toLongLong() : 0;
        pick.finish();
        CorrectionStore corrections(*store);
        QString correctionError;
        const qint64 correction =
            figureId ? corrections.correct(figureId, CorrectableField::Rejected, 1, u"bench"_s, &correctionError) : 0;
        if (correction > 0) {
            QElapsedTimer timer;
            timer.start();
            StatisticsBuilder(*store).refresh();
            correctionRefreshMs = timer.nsecsElapsed() / 1e6;
            corrections.revert(correction, &correctionError);
            StatisticsBuilder(*store).refresh();
        }
    }
    const double dbMb = (QFileInfo(dbPath).size() + QFileInfo(dbPath + u"-wal"_s).size()) / 1e6;
    const double rawInsertPerSecond =
        RawInsertBaseline::figuresPerSecond(dbPath, scratch.filePath(u"raw-insert.sqlite"_s));

    // 3b. The whole `extract` command (read, decode, extract on every core, JSON Lines streamed
    // to a file) against its baseline in the same run: reading the same files and writing their
    // bytes to a file. Interleaved, median of three each: the ratio moves far less than either
    // rate on a shared machine (#19).
    double extractCommandSeconds = 0;
    double copySeconds = 0;
    {
        QList<double> commandRuns, copyRuns;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            {
                QFile output(scratch.filePath(u"extract.jsonl"_s));
                QString messages;
                QTextStream quiet(&messages);
                if (output.open(QIODevice::WriteOnly | QIODevice::Truncate))
                    runExtractCommand(files, output, quiet);
            }
            commandRuns << timer.nsecsElapsed() / 1e9;
            timer.restart();
            {
                QFile output(scratch.filePath(u"copy.txt"_s));
                if (output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    for (const QString &path : std::as_const(files)) {
                        QFile input(path);
                        if (input.open(QIODevice::ReadOnly))
                            output.write(input.readAll());
                    }
                }
            }
            copyRuns << timer.nsecsElapsed() / 1e9;
        }
        std::sort(commandRuns.begin(), commandRuns.end());
        std::sort(copyRuns.begin(), copyRuns.end());
        extractCommandSeconds = commandRuns.at(1);
        copySeconds = copyRuns.at(1);
    }

    // 4. The queries the panels issue, with the values a user would pick.
    AggregateQueries aggregates(*store);
    FigureQueries figureQueries(*store);
    const QString city = mostFrequent(*store, u"region"_s);
    const QString indicator = mostFrequent(*store, u"indicator"_s);
    QString unitKey;
    {
        QSqlQuery query(store->database());
        query.prepare(
            u"SELECT unit FROM figures WHERE indicator = ? GROUP BY unit ORDER BY count(*) DESC LIMIT 1"_s);
        query.addBindValue(indicator);
        if (query.exec() && query.next())
            unitKey = query.value(0).toString();
    }
    const int year = 2015;
    AggregateFilter yearFilter;
    yearFilter.yearFrom = yearFilter.yearTo = year;
    AggregateFilter cityFilter;
    cityFilter.regions = {city};
    AggregateFilter compareFilter;
    compareFilter.regions = QStringList{u"西安市"_s, u"宝鸡市"_s, u"咸阳市"_s, u"渭南市"_s, u"延安市"_s};
    compareFilter.indicator = indicator;
    compareFilter.unit = unitFromKey(unitKey);
    compareFilter.yearFrom = 2000;
    compareFilter.yearTo = 2030;
    const QList<GroupField> byRegionYear = {GroupField::Region, GroupField::Year};
    qsizetype rowsSeen = 0;
    // What the panels ask (#16): the year's indicator cards (each aggregated by kind over its
    // figures, this year and last), its highlights reports and its indicator by city; the city's
    // indicators x years table and trend; cities compared on an indicator.
    ChartDataBuilder panelCharts(*store);
    const double yearPanelMs = medianMs([&] {
        KpiModel cards(*store);
        cards.setYear(year);
        rowsSeen += cards.rowCount();
        rowsSeen += aggregates.highlightReports(year).size();
        ChartRequest byCity;
        byCity.view = ChartView::Year;
        byCity.yearFrom = byCity.yearTo = year;
        byCity.measure.indicator = indicator;
        rowsSeen += panelCharts.build(byCity, nullptr, ChartDataBuilder::Sources::Skip).labels.size();
    });
    const double cityPanelMs = medianMs([&] {
        CityStatisticsModel table(*store);
        table.setRegion(city);
        rowsSeen += table.rowCount();
        ChartRequest trend;
        trend.view = ChartView::City;
        trend.regions = {city};
        trend.measure.indicator = indicator;
        rowsSeen += panelCharts.build(trend, nullptr, ChartDataBuilder::Sources::Skip).labels.size();
    });
    Comparison comparison;
    comparison.regions = compareFilter.regions;
    comparison.indicator = indicator;
    comparison.yearFrom = *compareFilter.yearFrom;
    comparison.yearTo = *compareFilter.yearTo;
    const double compareMs = medianMs([&] {
        CompareModel compare(*store);
        compare.setComparison(comparison);
        rowsSeen += compare.rowCount();
    });
    // The figure summary's compare (the panels' query before #16), against raw sqlite3 below.
    QList<AggregateRow> compareRows;
    const double summaryCompareMs =
        medianMs([&] { compareRows = aggregates.aggregate(compareFilter, byRegionYear); });
    const double firstPageMs = medianMs([&] {
        const FigureFilter all;
        rowsSeen += figureQueries.countFigures(all);
        rowsSeen += figureQueries.figures(all, 0, 500).size();
    });

    // The compare query's own SQL through the sqlite3 C API, interleaved with ours in the same run.
    double ratio = 0;
    double rawCompareMs = 0;
    {
        QVariantList values;
        const QString sql = AggregateQueries::aggregateSql(compareFilter, byRegionYear, &values);
        RawSqlite raw(dbPath);
        if (raw.isOpen()) {
            rawCompareMs = medianMs([&] { rowsSeen += raw.run(sql, values); });
            const double oursAgain =
                medianMs([&] { compareRows = aggregates.aggregate(compareFilter, byRegionYear); });
            ratio = rawCompareMs > 0 ? qMin(summaryCompareMs, oursAgain) / rawCompareMs : 0;
        }
    }

    // 5. The chart: the compare chart as the export draws it (ChartDataBuilder's queries, then
    // ChartSlide through ChartExporter onto a 1920×1080 image): one bar per region and year with
    // a figure, never thousands.
    ChartRequest compareChart;
    compareChart.view = ChartView::Compare;
    compareChart.regions = compareFilter.regions;
    compareChart.measure.indicator = indicator;
    compareChart.yearFrom = *compareFilter.yearFrom;
    compareChart.yearTo = *compareFilter.yearTo;
    ChartExportOptions slide;
    slide.size = {1920, 1080};
    const double chartMs = medianMs(
        [&] {
            const ChartData chart =
                ChartDataBuilder(*store).build(compareChart, nullptr, ChartDataBuilder::Sources::Skip);
            const QImage image = ChartExporter(slide).image(chart);
            Q_UNUSED(image);
        },
        5);
    // What an export adds: the documents behind those figures, for the slide's source footer.
    ChartData sourced =
        ChartDataBuilder(*store).build(compareChart, nullptr, ChartDataBuilder::Sources::Skip);
    const double chartSourcesMs = medianMs([&] { ChartDataBuilder(*store).addSources(sourced); }, 5);

    const double extractSeconds = extractNs / 1e9;
    const double writeSeconds = writeNs / 1e9;
    QJsonObject json;
    json[u"figures"_s] = double(figures);
    json[u"planted_figures"_s] = double(planted);
    json[u"documents"_s] = double(files.size());
    json[u"corpus_mb"_s] = corpusMb;
    json[u"generate_s"_s] = generateSeconds;
    json[u"extract_mb_per_s"_s] = extractSeconds > 0 ? corpusMb / extractSeconds : 0;
    json[u"extract_back_to_back_mb_per_s"_s] = backToBackNs > 0 ? corpusMb / (backToBackNs / 1e9) : 0;
    json[u"anchor_regex_mb_per_s"_s] = regexNs > 0 ? corpusMb / (regexNs / 1e9) : 0;
    json[u"extract_vs_anchor_regex_ratio"_s] =
        extractSeconds > 0 && regexNs > 0 ? (regexNs / 1e9) / extractSeconds : 0;
    json[u"extract_command_mb_per_s"_s] = extractCommandSeconds > 0 ? corpusMb / extractCommandSeconds : 0;
    json[u"extract_command_copy_mb_per_s"_s] = copySeconds > 0 ? corpusMb / copySeconds : 0;
    json[u"extract_command_vs_copy_ratio"_s] = extractCommandSeconds > 0 ? copySeconds / extractCommandSeconds : 0;
    json[u"read_decode_mb_per_s"_s] = readNs > 0 ? corpusMb / (readNs / 1e9) : 0;
    json[u"import_figures_per_s"_s] = writeSeconds > 0 ? figures / writeSeconds : 0;
    // The import thread's CPU time, steadier than the wall clock on a shared machine, and what
    // each file's commit wrote to the WAL (SQLite writes a frame as a header and a page).
    json[u"import_cpu_s"_s] = writeCpuNs / 1e9;
    json[u"import_wal_pages_per_file"_s] = files.isEmpty() ? 0.0 : double(importWalWrites) / 2 / files.size();
    json[u"import_raw_sqlite3_figures_per_s"_s] = rawInsertPerSecond;
    json[u"import_vs_raw_sqlite3_ratio"_s] =
        rawInsertPerSecond > 0 && writeSeconds > 0 ? (figures / writeSeconds) / rawInsertPerSecond : 0;
    json[u"import_end_to_end_figures_per_s"_s] = figures / ((readNs + extractNs + writeNs) / 1e9);
    json[u"import_command_figures_per_s"_s] = importCommandSeconds > 0 ? figures / importCommandSeconds : 0;
    json[u"db_mb"_s] = dbMb;
    json[u"statistics_refresh_s"_s] = statisticsRefreshSeconds;
    json[u"statistics_refresh_after_correction_ms"_s] = correctionRefreshMs;
    json[u"query_year_panel_ms"_s] = yearPanelMs;
    json[u"query_city_panel_ms"_s] = cityPanelMs;
    json[u"query_compare_ms"_s] = compareMs;
    json[u"query_summary_compare_ms"_s] = summaryCompareMs;
    json[u"query_compare_raw_sqlite3_ms"_s] = rawCompareMs;
    json[u"figure_table_first_page_ms"_s] = firstPageMs;
    json[u"chart_render_ms"_s] = chartMs;
    json[u"chart_sources_ms"_s] = chartSourcesMs;
    json[u"chart_bars"_s] = double(compareRows.size());
    json[u"query_vs_sqlite3_ratio"_s] = ratio;
    json[u"peak_rss_mb"_s] = peakRssMb();
    json[u"total_s"_s] = total.nsecsElapsed() / 1e9;
    const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented);

    const QString jsonPath = parser.value(jsonOption);
    if (jsonPath == u"-") {
        out << QString::fromUtf8(text);
    } else {
        // QSaveFile: a run that fails halfway leaves the previous results file whole.
        QSaveFile file(jsonPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            err << u"bench: 无法写入 %1\n"_s.arg(jsonPath);
            return 1;
        }
    }
    return 0;
}

} // namespace ub
