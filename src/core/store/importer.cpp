#include "importer.h"

#include "correctionstore.h"
#include "documentrows.h"
#include "extractor.h"
#include "figurekeys.h"
#include "figuresummary.h"
#include "gazetteer.h"
#include "reportfile.h"
#include "sqlitefigurewriter.h"
#include "sqlitehandle.h"
#include "sqlvalues.h"
#include "statisticsbuilder.h"
#include "store.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>
#include <vector>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace ub {

QString toKey(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported: return u"imported"_s;
    case ImportOutcome::Unchanged: return u"unchanged"_s;
    case ImportOutcome::Replaced: return u"replaced"_s;
    case ImportOutcome::Rejected: return u"rejected"_s;
    }
    return {};
}

QString toKey(DocumentProperty property)
{
    switch (property) {
    case DocumentProperty::Title: return u"title"_s;
    case DocumentProperty::Year: return u"year"_s;
    case DocumentProperty::Region: return u"region"_s;
    }
    return {};
}

std::optional<DocumentProperty> documentPropertyFromKey(QStringView key)
{
    for (DocumentProperty property : {DocumentProperty::Title, DocumentProperty::Year, DocumentProperty::Region}) {
        if (key == toKey(property))
            return property;
    }
    return std::nullopt;
}

int ImportSummary::count(ImportOutcome outcome) const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [outcome](const ImportFileResult &r) { return r.outcome == outcome; }));
}

QString ImportSummary::toText() const
{
    QString text = u"导入 %1 个，未变 %2 个，替换 %3 个，拒绝 %4 个"_s.arg(count(ImportOutcome::Imported))
                       .arg(count(ImportOutcome::Unchanged))
                       .arg(count(ImportOutcome::Replaced))
                       .arg(count(ImportOutcome::Rejected));
    if (cancelled)
        text += u"（已取消）"_s;
    for (const ImportFileResult &result : files) {
        if (result.outcome == ImportOutcome::Rejected)
            text += u"\n拒绝 "_s + result.message;
    }
    return text;
}

/** Figures go in multi-row INSERTs of up to this many rows: one statement execution per batch
 *  instead of per row. Kept small on purpose: Qt's SQLite driver looks up every parameter's name
 *  on each exec, which is quadratic in the number of placeholders (64 rows were slower). */
constexpr int kFigureBatch = 8;
constexpr int kFigureColumns = 28;

struct Importer::Statements
{
    Statements(Store &store) : store(store), db(store.database()), summary(store) {}
    Store &store;
    QSqlDatabase &db;
    /** Everything below is prepared on first use and kept for every later file. */
    FigureSummary summary;
    SqliteFigureWriter *figureWriter()
    {
        if (!sqliteFigures)
            sqliteFigures = std::make_unique<SqliteFigureWriter>(store);
        return sqliteFigures.get();
    }
    std::unique_ptr<SqliteFigureWriter> sqliteFigures;

    /** The figure INSERT for n rows, prepared once per connection and reused for every file. */
    QSqlQuery *figures(int rows)
    {
        auto it = batches.find(rows);
        if (it != batches.end())
            return it->second.get();
        QString sql = u"INSERT INTO figures (id, document_id, ordinal, figure_key, start_offset, end_offset, quote, "
                      "value, unit, unit_text, qualifier, region, subregion, year, category, indicator, subject, "
                      "sentence, sentence_start, page, highlight_item, block, fact, is_primary, sentence_id, kind, "
                      "as_of, confidence) VALUES "_s;
        const QString row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        sql.reserve(sql.size() + rows * (row.size() + 1));
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u',';
            sql += row;
        }
        auto query = std::make_unique<QSqlQuery>(db);
        if (!query->prepare(sql))
            return nullptr;
        QSqlQuery *raw = query.get();
        batches.emplace(rows, std::move(query));
        return raw;
    }
    std::map<int, std::unique_ptr<QSqlQuery>> batches;

    /** Runs one of the import's other statements with `values` bound in order; `row`, when given,
     *  receives the first row's columns (a SELECT, or an INSERT's RETURNING id). Each is prepared
     *  once per connection: parsing the dozen small statements of every file again showed in the
     *  profile of a 100-figure file (#7). On SQLite through the C API, texts bound as UTF-8 (the
     *  document's text is the largest value of an import); elsewhere through Qt Sql, whose driver
     *  finalises its statements itself when the connection closes. */
    bool exec(const QString &sql, const QVariantList &values, QString *error, QVariantList *row = nullptr,
              QList<QVariantList> *rows = nullptr)
    {
        if (row)
            row->clear();
        if (rows)
            rows->clear();
        if (sqlite3 *connection = sqliteHandle(db))
            return execSqlite(connection, sql, values, error, row, rows);
        auto it = bySql.find(sql);
        if (it == bySql.end()) {
            auto query = std::make_unique<QSqlQuery>(db);
            if (!query->prepare(sql)) {
                *error = query->lastError().text();
                return false;
            }
            it = bySql.emplace(sql, std::move(query)).first;
        }
        QSqlQuery &query = *it->second;
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        if (row && query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                row->append(query.value(i));
        }
        while (rows && query.next()) {
            QVariantList next;
            for (int i = 0; i < query.record().count(); ++i)
                next.append(query.value(i));
            rows->append(next);
        }
        query.finish(); // a reused SELECT must not keep its read open between files
        return true;
    }
    std::map<QString, std::unique_ptr<QSqlQuery>> bySql;
    QHash<QString, sqlite3_stmt *> sqliteBySql;

    bool execSqlite(sqlite3 *connection, const QString &sql, const QVariantList &values, QString *error,
                    QVariantList *row, QList<QVariantList> *rows)
    {
        sqlite3_stmt *&statement = sqliteBySql[sql]; // owned by the store
        if (!statement)
            statement = store.sqliteStatement(sql.toUtf8(), error);
        if (!statement)
            return false;
        bindVariants(statement, values, texts);
        int rc = sqlite3_step(statement);
        if (row && rc == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(statement); ++i)
                row->append(columnVariant(statement, i));
        }
        while (rc == SQLITE_ROW) {
            if (rows) {
                QVariantList next;
                for (int i = 0; i < sqlite3_column_count(statement); ++i)
                    next.append(columnVariant(statement, i));
                rows->append(next);
            }
            rc = sqlite3_step(statement);
        }
        sqlite3_reset(statement);
        if (rc == SQLITE_DONE)
            return true;
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    Utf8RowBinder texts;
};

Importer::Importer(Store &store, const Extractor &extractor)
    : m_store(store), m_extractor(extractor), m_statements(std::make_unique<Statements>(store))
{
    if (store.dialect().isSqlite()) {
        // 64 MB of page cache on the importing connection: the figure indexes of a large store
        // stay in memory between the per-file transactions instead of being re-read.
        QSqlQuery pragma(store.database());
        pragma.exec(u"PRAGMA cache_size = -65536"_s);
        store.checkpointInBackground();
    }
}

Importer::~Importer() = default;

QStringList Importer::collectReportFiles(const QStringList &paths, QStringList *problems)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (isReportFileName(file))
                    found << file;
            }
            found.sort();
            files << found;
        } else if (info.exists()) {
            files << path;
        } else {
            problems->append(u"%1: 文件不存在"_s.arg(path));
        }
    }
    return files;
}

/** A file read, decoded and extracted, ready to be written by the importing connection; or
 *  already decided (rejected before anything was written, or unchanged). */
struct Importer::Prepared
{
    ImportFileResult result;
    bool decided = false;
    bool logged = false; ///< a decided rejection to record in import_log
    ReportFile report;
    ExtractionResult extraction;
    Properties merged; ///< the properties it is extracted with: stored ones, the import's over them
};

ImportSummary Importer::importFiles(const QStringList &files,
                                    const std::function<void(int, int, const QString &)> &progress,
                                    const std::atomic_bool *cancel)
{
    ImportSummary summary;
    // The next files are read, decoded and extracted on a thread of their own, with a connection
    // of their own for the unchanged check, while this one writes: one transaction per file, in
    // the files' order, as before (#19). A store that cannot be opened twice is imported file by file.
    std::vector<std::optional<Prepared>> prepared(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype written = 0;
    bool stop = false;
    bool producerEnded = files.size() < 2; // then every file is read here
    std::thread producer;
    if (!producerEnded) {
        producer = std::thread([&] {
            // Qt Sql connections belong to the thread that opens them: this one opens its own.
            QString ignored;
            const std::unique_ptr<Store> reader = Store::open(m_store.location(), &ignored);
            if (reader) {
                const Lookup lookup{[&reader](const QString &name) { return storedVersionIn(*reader, name); },
                                    [&reader](const QString &name) { return propertiesIn(*reader, name); }};
                for (qsizetype i = 0; i < files.size(); ++i) {
                    {
                        std::unique_lock lock(mutex);
                        changed.wait(lock, [&] { return stop || i < written + kPipelineDepth; });
                        if (stop)
                            break;
                    }
                    if (cancel && cancel->load())
                        break;
                    Prepared next = prepare(files.at(i), lookup);
                    {
                        const std::lock_guard lock(mutex);
                        prepared[size_t(i)] = std::move(next);
                    }
                    changed.notify_all();
                }
            }
            {
                const std::lock_guard lock(mutex);
                producerEnded = true;
            }
            changed.notify_all();
        });
    }
    for (int i = 0; i < files.size(); ++i) {
        if (progress)
            progress(i, int(files.size()), files.at(i));
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        std::optional<Prepared> file;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return prepared[size_t(i)].has_value() || producerEnded; });
            file = std::move(prepared[size_t(i)]);
            prepared[size_t(i)].reset();
            written = i + 1;
        }
        changed.notify_all();
        // A file the reading thread did not get to (it could not connect, or saw the cancel
        // first) is read here.
        summary.files << (file ? commit(*file) : importFile(files.at(i)));
        if (summary.files.constLast().cancelled) {
            summary.cancelled = true;
            break;
        }
    }
    {
        const std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    if (producer.joinable())
        producer.join();
    if (progress && !summary.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    // The statistics the panels read, rebuilt once for the batch rather than at the first read.
    QString ignored; // a store this login may not rebuild computes them per read instead
    StatisticsBuilder(m_store).refresh(&ignored);
    return summary;
}

std::optional<Importer::Stored> Importer::storedVersionIn(Store &store, const QString &name)
{
    QSqlQuery query(store.database());
    query.prepare(u"SELECT sha256, figure_count FROM documents WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Stored{query.value(0).toString(), query.value(1).toInt()};
}

Importer::Properties Importer::propertiesIn(Store &store, const QString &name)
{
    Properties properties;
    QSqlQuery query(store.database());
    query.prepare(u"SELECT field, value FROM document_properties WHERE document_name = ?"_s);
    query.addBindValue(name);
    if (!query.exec())
        return properties;
    while (query.next()) {
        if (const auto property = documentPropertyFromKey(query.value(0).toString()))
            properties.append({*property, query.value(1).toString()});
    }
    std::sort(properties.begin(), properties.end());
    return properties;
}

/** Rejections are logged on their own; an import's line goes into its own transaction. */
void Importer::log(const ImportFileResult &result)
{
    QString ignored; // the log is advisory: a failure to log never fails an import
    logEvent(result.file, toKey(result.outcome), result.message, &ignored);
}

std::optional<Importer::Stored> Importer::storedVersion(const QString &name)
{
    QVariantList row;
    QString error;
    if (!m_statements->exec(u"SELECT sha256, figure_count FROM documents WHERE name = ?"_s, {name}, &error, &row) ||
        row.size() < 2)
        return std::nullopt;
    return Stored{row.at(0).toString(), row.at(1).toInt()};
}

Importer::Prepared Importer::prepare(const QString &path, const Lookup &lookup) const
{
    Prepared prepared;
    ImportFileResult &result = prepared.result;
    result.file = path;
    prepared.decided = true;
    QString refused;
    if (!m_store.require(StoreRole::Editor, u"导入报告"_s, &refused)) { // nothing is read, nothing written
        result.message = u"%1: %2"_s.arg(path, refused);
        return prepared;
    }
    // One read and one SHA-256 per file: the unchanged check needs only the checksum, and a
    // changed file is decoded from the same bytes (#8: an 8 MB report was read and hashed twice).
    QByteArray bytes;
    ReportFile checksum = readReportChecksum(path, &bytes);
    if (!checksum.ok()) {
        result.message = checksum.error;
        prepared.logged = true;
        return prepared;
    }

    const std::optional<Stored> existing = lookup.version(checksum.name);
    // What staff set on an earlier version holds for this one, unless the import gives its own.
    const Properties stored = existing ? lookup.properties(checksum.name) : Properties();
    prepared.merged = mergedProperties(stored);
    if (existing && existing->sha256 == checksum.sha256 && prepared.merged == stored) {
        result.outcome = ImportOutcome::Unchanged;
        result.figureCount = existing->figureCount;
        return prepared;
    }

    ReportReadHooks hooks;
    if (m_readProgress.pageRead) {
        hooks.pageRead = [this, path](int page, int pageCount, bool ocr) {
            m_readProgress.pageRead(path, page, pageCount, ocr);
        };
    }
    hooks.cancelRequested = m_readProgress.cancelRequested;
    prepared.report = decodeReportFile(std::move(checksum), bytes, path, &hooks);
    bytes.clear();
    if (!prepared.report.ok()) {
        result.message = prepared.report.error;
        result.cancelled = prepared.report.cancelled;
        prepared.logged = !result.cancelled; // a cancellation is the user's, not a fault of the file
        return prepared;
    }
    prepared.extraction = extractReport(prepared.report, prepared.merged);
    prepared.decided = false;
    return prepared;
}

Importer::Properties Importer::mergedProperties(Properties stored) const
{
    Properties merged = stored;
    for (const auto &given : m_given) {
        merged.removeIf([&given](const auto &p) { return p.first == given.first; });
        merged.append(given);
    }
    std::sort(merged.begin(), merged.end());
    return merged;
}

ImportFileResult Importer::commit(Prepared &prepared)
{
    if (prepared.decided) {
        if (prepared.logged)
            log(prepared.result);
        return prepared.result;
    }
    const ReportFile &report = prepared.report;
    // Asked again on this connection: the file may have been read on another one, before an
    // earlier file of the same import (or another client) stored this name.
    const std::optional<Stored> existing = storedVersion(report.name);
    if (existing && existing->sha256 == report.sha256) {
        QString error;
        if (prepared.merged == propertiesOf(report.name, &error)) {
            ImportFileResult result = prepared.result;
            result.outcome = ImportOutcome::Unchanged;
            result.figureCount = existing->figureCount;
            return result;
        }
    }
    WriteStep step;
    if (!m_given.isEmpty()) {
        const QString author = m_store.userName();
        step = [this, name = report.name, merged = prepared.merged, author](QString *error) {
            return storeProperties(name, merged, author, error);
        };
    }
    return write(prepared.result.file, report, prepared.extraction, existing.has_value(), step);
}

ImportFileResult Importer::importFile(const QString &path)
{
    const Lookup lookup{[this](const QString &name) { return storedVersion(name); },
                        [this](const QString &name) {
                            QString error;
                            return propertiesOf(name, &error);
                        }};
    Prepared prepared = prepare(path, lookup);
    return commit(prepared);
}

ExtractionResult Importer::extractReport(const ReportFile &report, const Properties &properties) const
{
    ExtractOptions options;
    options.paged = report.isPaged();
    options.document.declaredTitle = report.declaredTitle;
    for (const auto &[property, value] : properties) {
        switch (property) {
        case DocumentProperty::Title: options.document.title = value; break;
        case DocumentProperty::Year: options.document.year = value.toInt(); break;
        case DocumentProperty::Region: options.document.region = value; break;
        }
    }
    ExtractionResult result = m_extractor.extract(report.text, report.name, options);
    if (report.format == u"html"_s && result.structure.kind == DocumentKind::Other)
        result.structure.kind = DocumentKind::WebPage;
    return result;
}

void Importer::setGivenProperties(const QList<QPair<DocumentProperty, QString>> &properties)
{
    m_given = properties;
}

void Importer::setReadProgress(const ReadProgress &progress) { m_readProgress = progress; }

QString Importer::canonicalRegion(const QString &name)
{
    const RegionEntry *entry = Gazetteer::shaanxi().find(name.trimmed());
    return entry ? entry->prefecture : QString();
}

ImportFileResult Importer::importExtracted(const ReportFile &report, const ExtractionResult &extraction)
{
    const std::optional<Stored> existing = storedVersion(report.name);
    if (existing && existing->sha256 == report.sha256) {
        ImportFileResult result;
        result.file = report.path;
        result.outcome = ImportOutcome::Unchanged;
        result.figureCount = existing->figureCount;
        return result;
    }
    return write(report.path, report, extraction, existing.has_value());
}

ImportFileResult Importer::write(const QString &path, const ReportFile &report, const ExtractionResult &extraction,
                                 bool replace, const WriteStep &step)
{
    ImportFileResult result;
    result.file = path;
    result.outcome = replace ? ImportOutcome::Replaced : ImportOutcome::Imported;
    result.figureCount = int(extraction.figures.size());
    QString error;
    if (!writeDocument(result, report, extraction, replace, step, &error)) { // logs result in its transaction
        // Another client may have imported the same file meanwhile; its version is as good as ours.
        const std::optional<Stored> again = m_origin ? std::nullopt : storedVersion(report.name);
        if (again && again->sha256 == report.sha256) {
            result.outcome = ImportOutcome::Unchanged;
            result.figureCount = again->figureCount;
            return result;
        }
        result.outcome = ImportOutcome::Rejected;
        result.figureCount = 0;
        result.message = u"%1: 写入数据库失败：%2"_s.arg(path, error);
        log(result);
        return result;
    }
    return result;
}

/** What the importer decides per figure before writing it: its fact, whether it is the fact's
 *  first statement (the one the aggregates count), and its shared sentence row (0: inline). */
struct Importer::FigureRows
{
    QList<int> facts;
    QList<bool> primary;
    QList<qint64> sentenceIds;
    QList<int> confidences; ///< OCR confidence per figure, -1 when read from text
};

/** Which fact each figure states and whether it is the fact's first statement (the one the
 *  aggregates count). A figure the extractor did not link is a fact of its own; ids past the
 *  linked ones keep them apart. */
static void assignFacts(const QList<Figure> &figures, QList<int> *facts, QList<bool> *primary)
{
    const qsizetype count = figures.size();
    facts->resize(count);
    primary->resize(count);
    QSet<int> factSeen;
    for (qsizetype i = 0; i < count; ++i) {
        const Figure &figure = figures.at(i);
        const int fact = figure.fact >= 0 ? figure.fact : int(count + i);
        (*facts)[i] = fact;
        (*primary)[i] = !factSeen.contains(fact);
        factSeen.insert(fact);
    }
}

/** Sentences at least this long (UTF-16 units) are stored once per document in `sentences`;
 *  shorter ones stay in the figure row, where they cost less than a second row would. */
constexpr qsizetype kSharedSentenceLength = 100;

bool Importer::writeSharedSentences(qint64 documentId, const ExtractionResult &result, QList<qint64> *ids,
                                    QString *error)
{
    ids->fill(0, result.figures.size());
    QHash<QString, qint64> stored;
    const QString insert =
        m_store.dialect().insertReturningId(u"INSERT INTO sentences (document_id, text) VALUES (?, ?)"_s);
    QVariantList row;
    for (qsizetype i = 0; i < result.figures.size(); ++i) {
        const QString &sentence = result.figures.at(i).sentence;
        if (sentence.size() < kSharedSentenceLength)
            continue;
        auto it = stored.constFind(sentence);
        if (it == stored.constEnd()) {
            if (!m_statements->exec(insert, {documentId, sentence}, error, &row))
                return false;
            if (row.isEmpty()) {
                *error = u"no id returned for a sentence"_s;
                return false;
            }
            it = stored.insert(sentence, row.first().toLongLong());
        }
        (*ids)[i] = *it;
    }
    return true;
}

bool Importer::writeFiguresSqlite(qint64 documentId, const ExtractionResult &result, const FigureRows &rows,
                                  QString *error)
{
    SqliteFigureWriter &writer = *m_statements->figureWriter();
    FigureKeys keys;
    constexpr int kBatch = SqliteFigureWriter::kBatch;
    char keyText[kBatch][FigureKeys::kMaxLength];
    FigureRow batch[kBatch];
    const qsizetype count = result.figures.size();
    for (qsizetype first = 0; first < count; first += kBatch) {
        const int size = int(qMin<qsizetype>(kBatch, count - first));
        for (int j = 0; j < size; ++j) {
            const qsizetype i = first + j;
            const Figure &figure = result.figures.at(i);
            batch[j] = FigureRow{&figure, int(i), QLatin1StringView(keyText[j], keys.write(figure, keyText[j])),
                                 rows.facts.at(i), rows.primary.at(i), rows.sentenceIds.at(i),
                                 rows.confidences.at(i)};
        }
        if (!writer.insert(documentId, batch, size)) {
            *error = writer.error();
            return false;
        }
    }
    return true;
}

bool Importer::writeFiguresQt(qint64 documentId, const ExtractionResult &result, const FigureRows &rows,
                              QString *error)
{
    FigureKeys keys;
    const qsizetype count = result.figures.size();
    for (qsizetype first = 0; first < count; first += kFigureBatch) {
        const int batch = int(qMin<qsizetype>(kFigureBatch, count - first));
        QSqlQuery *insert = m_statements->figures(batch);
        if (!insert) {
            *error = u"无法准备插入语句"_s;
            return false;
        }
        int column = 0;
        auto bind = [&](const QVariant &value) { insert->bindValue(column++, value); };
        for (qsizetype i = first; i < first + batch; ++i) {
            const Figure &figure = result.figures.at(i);
            bind(firstRowId(documentId) + i);
            bind(documentId);
            bind(int(i));
            bind(keys.next(figure));
            bind(figure.start);
            bind(figure.end);
            bind(sqlText(figure.quote));
            bind(figure.value);
            bind(toKey(figure.unit));
            bind(sqlText(figure.unitText));
            bind(toKey(figure.qualifier));
            bind(sqlText(figure.region));
            bind(sqlText(figure.subregion));
            bind(sqlYear(figure.year));
            bind(toKey(figure.category));
            bind(sqlText(figure.indicator));
            bind(sqlText(figure.subject));
            bind(rows.sentenceIds.at(i) > 0 ? QString(u""_s) : sqlText(figure.sentence));
            bind(figure.sentenceStart);
            bind(figure.page);
            bind(figure.highlightItem);
            bind(figure.block);
            bind(rows.facts.at(i));
            bind(rows.primary.at(i) ? 1 : 0);
            bind(rows.sentenceIds.at(i) > 0 ? QVariant(rows.sentenceIds.at(i))
                                            : QVariant(QMetaType::fromType<qint64>()));
            bind(toKey(figure.kind));
            bind(figure.asOf);
            bind(rows.confidences.at(i));
        }
        Q_ASSERT(column == batch * kFigureColumns);
        if (!insert->exec()) {
            *error = insert->lastError().text();
            return false;
        }
    }
    return true;
}

bool Importer::deleteDocument(qint64 documentId, QString *error)
{
    const QVariantList range = {firstRowId(documentId), lastRowId(documentId)};
    if (!m_statements->summary.remove(inBoundDocumentRows(u"id"_s), range, error) ||
        !m_statements->exec(u"DELETE FROM figures WHERE "_s + inBoundDocumentRows(u"id"_s), range, error))
        return false;
    // The other children cascade on both engines; deleted explicitly all the same, so that a
    // store whose foreign keys are off is replaced just as correctly.
    for (const QString &table : {u"sentences"_s, u"highlights"_s, u"blocks"_s}) {
        if (!m_statements->exec(u"DELETE FROM %1 WHERE document_id = ?"_s.arg(table), {documentId}, error))
            return false;
    }
    return m_statements->exec(u"DELETE FROM documents WHERE id = ?"_s, {documentId}, error);
}

bool Importer::writeDocument(const ImportFileResult &outcome, const ReportFile &report, const ExtractionResult &result,
                             bool replace, const WriteStep &step, QString *error)
{
    if (!m_store.beginTransaction(error))
        return false;
    auto failed = [&] {
        m_store.rollback();
        return false;
    };
    if (step && !step(error))
        return failed();
    if (result.figures.size() >= kRowsPerDocument) {
        *error = u"报告中的数字多于 %1 个，超出单个文件的上限"_s.arg(kRowsPerDocument - 1);
        return failed();
    }
    FigureSummary &summary = m_statements->summary;
    QVariantList row;
    // A document written again from its own text (a property set, extracted again, restored)
    // keeps its id, and so its figures keep theirs: the window's undo steps name figures by id.
    qint64 keptId = 0;
    if (replace) {
        if (!m_statements->exec(u"SELECT id FROM documents WHERE name = ?"_s, {report.name}, error, &row))
            return failed();
        if (!row.isEmpty() && !deleteDocument(row.first().toLongLong(), error))
            return failed();
        if (!row.isEmpty() && m_origin)
            keptId = row.first().toLongLong();
    } else if (m_origin && m_origin->documentId > 0) {
        if (!m_statements->exec(u"SELECT count(*) FROM documents WHERE id = ?"_s, {m_origin->documentId}, error, &row))
            return failed();
        if (!row.isEmpty() && row.first().toInt() == 0)
            keptId = m_origin->documentId;
    }

    const DocumentStructure &structure = result.structure;
    const QString columns = u"name, path, sha256, format, encoding, invalid_sequences, kind, title, year, period, "
                            "region, page_count, figure_count, text, imported_at, date, read_method, ocr_pages, "
                            "ocr_confidence, declared_title, imported_by"_s;
    const QString values = u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"_s;
    QVariantList documentRow = {report.name, report.path, report.sha256, report.format, sqlText(report.encoding),
             report.invalidSequences, toKey(structure.kind), sqlText(structure.title), sqlYear(structure.year),
             sqlText(structure.period), sqlText(structure.region), report.pageCount, int(result.figures.size()),
             sqlText(report.text),
             m_origin ? m_origin->importedAt : QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
             structure.date, sqlText(report.readMethod), report.ocrPages,
             report.confidence.isEmpty() ? u""_s : QString::fromLatin1(qCompress(report.confidence).toBase64()),
             sqlText(report.declaredTitle), m_origin ? m_origin->importedBy : m_store.userName()};
    if (keptId > 0)
        documentRow.prepend(keptId);
    if (!m_statements->exec(m_store.dialect().insertReturningId(
                                keptId > 0 ? u"INSERT INTO documents (id, %1) VALUES (?, %2)"_s.arg(columns, values)
                                           : u"INSERT INTO documents (%1) VALUES (%2)"_s.arg(columns, values)),
                            documentRow, error, &row))
        return failed();
    if (row.isEmpty()) {
        *error = u"no id returned for the document"_s;
        return failed();
    }
    const qint64 documentId = row.first().toLongLong();

    for (const HighlightItem &item : structure.highlights) {
        if (!m_statements->exec(
                u"INSERT INTO highlights (document_id, number, title, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)"_s,
                {documentId, item.number, sqlText(item.title), item.start, item.end}, error))
            return failed();
    }
    for (int i = 0; i < structure.blocks.size(); ++i) {
        const Block &block = structure.blocks.at(i);
        if (!m_statements->exec(u"INSERT INTO blocks (document_id, ordinal, heading, region, subregion, speaker, "
                                "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                {documentId, i, sqlText(block.heading), sqlText(block.region),
                                 sqlText(block.subregion), sqlText(block.speaker), block.start, block.end},
                                error))
            return failed();
    }

    FigureRows rows;
    assignFacts(result.figures, &rows.facts, &rows.primary);
    rows.confidences = report.confidenceOf(result.figures);
    if (!writeSharedSentences(documentId, result, &rows.sentenceIds, error) ||
        !(m_store.dialect().isSqlite() ? writeFiguresSqlite(documentId, result, rows, error)
                                       : writeFiguresQt(documentId, result, rows, error)))
        return failed();
    // Counted after the corrections, so the summary sees the figures as they are stored: from
    // memory when no correction touched them (the usual case), else read back. Most files have
    // none, which one indexed look-up tells more cheaply than CorrectionStore's full read.
    int corrected = 0;
    if (!m_statements->exec(u"SELECT 1 FROM corrections WHERE document_name = ? AND active = 1 LIMIT 1"_s,
                            {report.name}, error, &row))
        return failed();
    if (!row.isEmpty() && !CorrectionStore(m_store).reapply(documentId, report.name, error, &corrected))
        return failed();
    if (!(corrected == 0 ? summary.add(documentId, FigureSummary::groupsOf(result.figures, rows.primary), error)
                         : summary.add(inBoundDocumentRows(u"id"_s), {firstRowId(documentId), lastRowId(documentId)},
                                       error)))
        return failed();
    // In the file's own transaction: a second commit per file just for its log line cost as
    // much as a quarter of the figures' writing (#7).
    log(outcome);
    if (!m_store.announceChange(m_origin ? u"document"_s : u"import"_s, error))
        return failed();
    return m_store.commit(error);
}

QList<QPair<DocumentProperty, QString>> Importer::propertiesOf(const QString &name, QString *error)
{
    QList<QVariantList> rows;
    Properties properties;
    if (!m_statements->exec(u"SELECT field, value FROM document_properties WHERE document_name = ?"_s, {name},
                            error, nullptr, &rows))
        return properties;
    for (const QVariantList &row : std::as_const(rows)) {
        if (const auto property = documentPropertyFromKey(row.at(0).toString()))
            properties.append({*property, row.at(1).toString()});
    }
    std::sort(properties.begin(), properties.end());
    return properties;
}

bool Importer::storeProperties(const QString &name, const Properties &properties, const QString &author,
                               QString *error)
{
    // Unchanged properties keep who set them and when.
    error->clear();
    QHash<QString, QString> stored;
    for (const auto &[property, value] : propertiesOf(name, error))
        stored.insert(toKey(property), value);
    if (!error->isEmpty())
        return false;
    QSet<QString> kept;
    for (const auto &[property, value] : properties) {
        const QString field = toKey(property);
        kept.insert(field);
        if (stored.contains(field) && stored.value(field) == value)
            continue;
        if (!m_statements->exec(u"DELETE FROM document_properties WHERE document_name = ? AND field = ?"_s,
                                {name, field}, error) ||
            !m_statements->exec(u"INSERT INTO document_properties (document_name, field, value, author, created_at) "
                                "VALUES (?, ?, ?, ?, ?)"_s,
                                {name, field, value, author, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                error))
            return false;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!kept.contains(it.key()) &&
            !m_statements->exec(u"DELETE FROM document_properties WHERE document_name = ? AND field = ?"_s,
                                {name, it.key()}, error))
            return false;
    }
    return true;
}

bool Importer::logEvent(const QString &file, const QString &outcome, const QString &message, QString *error)
{
    // A clean import has no message; a null QString would bind NULL into the NOT NULL column.
    return m_statements->exec(u"INSERT INTO import_log (at, file, outcome, message) VALUES (?, ?, ?, ?)"_s,
                              {QDateTime::currentDateTimeUtc().toString(Qt::ISODate), file, outcome, sqlText(message)},
                              error);
}

std::optional<RemovedDocument> Importer::readStored(const QString &name, bool withHistory, QString *error)
{
    QVariantList row;
    if (!m_statements->exec(u"SELECT path, sha256, format, encoding, invalid_sequences, page_count, text, read_method, "
                            "ocr_pages, ocr_confidence, declared_title, imported_at, imported_by, id FROM documents "
                            "WHERE name = ?"_s,
                            {name}, error, &row))
        return std::nullopt;
    if (row.isEmpty()) {
        *error = u"%1: 数据库中没有这份报告"_s.arg(name);
        return std::nullopt;
    }
    RemovedDocument stored;
    stored.name = name;
    stored.id = row.at(13).toLongLong();
    stored.path = row.at(0).toString();
    stored.sha256 = row.at(1).toString();
    stored.format = row.at(2).toString();
    stored.encoding = row.at(3).toString();
    stored.invalidSequences = row.at(4).toLongLong();
    stored.pageCount = row.at(5).toInt();
    stored.text = row.at(6).toString();
    stored.readMethod = row.at(7).toString();
    stored.ocrPages = row.at(8).toInt();
    const QByteArray packed = row.at(9).toString().toLatin1();
    if (!packed.isEmpty())
        stored.confidence = qUncompress(QByteArray::fromBase64(packed));
    stored.declaredTitle = row.at(10).toString();
    stored.importedAt = row.at(11).toString();
    stored.importedBy = row.at(12).toString();
    if (withHistory &&
        (!m_statements->exec(u"SELECT id, document_name, figure_key, field, old_value, new_value, author, created_at, "
                             "active FROM corrections WHERE document_name = ? ORDER BY id"_s,
                             {name}, error, nullptr, &stored.corrections) ||
         !m_statements->exec(u"SELECT document_name, field, value, author, created_at FROM document_properties "
                             "WHERE document_name = ?"_s,
                             {name}, error, nullptr, &stored.properties)))
        return std::nullopt;
    return stored;
}

ReportFile Importer::reportOf(const RemovedDocument &stored)
{
    ReportFile report;
    report.path = stored.path;
    report.name = stored.name;
    report.sha256 = stored.sha256;
    report.format = stored.format;
    report.text = stored.text;
    report.encoding = stored.encoding;
    report.readMethod = stored.readMethod;
    report.invalidSequences = stored.invalidSequences;
    report.pageCount = stored.pageCount;
    report.ocrPages = stored.ocrPages;
    if (stored.confidence.size() == stored.text.size()) // else the figures are read as text
        report.confidence = stored.confidence;
    report.declaredTitle = stored.declaredTitle;
    return report;
}

bool Importer::rewrite(const RemovedDocument &stored, const Properties &properties, const WriteStep &step,
                       bool replace, QString *error)
{
    const ReportFile report = reportOf(stored);
    m_origin = Origin{stored.importedAt, stored.importedBy, stored.id};
    const ImportFileResult result = write(stored.path, report, extractReport(report, properties), replace, step);
    m_origin.reset();
    if (result.outcome == ImportOutcome::Rejected) {
        *error = result.message;
        return false;
    }
    QString ignored; // the statistics catch up at the next read if they cannot now
    StatisticsBuilder(m_store).refresh(&ignored);
    return true;
}

bool Importer::setProperty(const QString &name, DocumentProperty property, const QString &value,
                           const QString &author, QString *error)
{
    if (!m_store.require(StoreRole::Editor, u"更正报告的属性"_s, error))
        return false;
    QString checked = value.trimmed();
    if (!checked.isEmpty()) {
        switch (property) {
        case DocumentProperty::Title: break;
        case DocumentProperty::Year: {
            bool ok = false;
            const int year = checked.toInt(&ok);
            if (!ok || year < 1949 || year > 2100) {
                *error = u"年份须在 1949 至 2100 之间：%1"_s.arg(value);
                return false;
            }
            checked = QString::number(year);
            break;
        }
        case DocumentProperty::Region:
            checked = canonicalRegion(checked);
            if (checked.isEmpty()) {
                *error = u"不认识的单位：%1"_s.arg(value);
                return false;
            }
            break;
        }
    }
    const std::optional<RemovedDocument> stored = readStored(name, false, error);
    if (!stored)
        return false;
    Properties properties = propertiesOf(name, error);
    properties.removeIf([property](const auto &p) { return p.first == property; });
    if (!checked.isEmpty())
        properties.append({property, checked});
    return rewrite(
        *stored, properties,
        [this, name, properties, author](QString *stepError) { return storeProperties(name, properties, author, stepError); },
        true, error);
}

ImportFileResult Importer::reextract(const QString &name)
{
    ImportFileResult result;
    result.file = name;
    QString error;
    if (!m_store.require(StoreRole::Editor, u"重新提取报告"_s, &error)) {
        result.message = error;
        return result;
    }
    const std::optional<RemovedDocument> stored = readStored(name, false, &error);
    if (!stored || !rewrite(*stored, propertiesOf(name, &error), {}, true, &error)) {
        result.message = error;
        return result;
    }
    result.file = stored->path;
    result.outcome = ImportOutcome::Replaced;
    const std::optional<Stored> now = storedVersion(name);
    result.figureCount = now ? now->figureCount : 0;
    return result;
}

std::optional<RemovedDocument> Importer::removeDocument(const QString &name, QString *error)
{
    if (!m_store.require(StoreRole::Editor, u"移除报告"_s, error) || !m_store.beginTransaction(error))
        return std::nullopt;
    auto failed = [&]() -> std::optional<RemovedDocument> {
        m_store.rollback();
        return std::nullopt;
    };
    std::optional<RemovedDocument> removed = readStored(name, true, error);
    if (!removed || !deleteDocument(removed->id, error) ||
        !m_statements->exec(u"DELETE FROM corrections WHERE document_name = ?"_s, {name}, error) ||
        !m_statements->exec(u"DELETE FROM document_properties WHERE document_name = ?"_s, {name}, error) ||
        !logEvent(removed->path, u"removed"_s, QString(), error) ||
        !m_store.announceChange(u"document"_s, error) || !m_store.commit(error))
        return failed();
    QString ignored;
    StatisticsBuilder(m_store).refresh(&ignored);
    return removed;
}

bool Importer::restoreDocument(const RemovedDocument &removed, QString *error)
{
    if (!m_store.require(StoreRole::Editor, u"恢复报告"_s, error))
        return false;
    if (storedVersion(removed.name)) {
        *error = u"%1: 已有同名报告导入，无法恢复"_s.arg(removed.name);
        return false;
    }
    Properties properties;
    for (const QVariantList &row : removed.properties) {
        if (const auto property = documentPropertyFromKey(row.at(1).toString()))
            properties.append({*property, row.at(2).toString()});
    }
    // The corrections and properties go back first, so the figures are written with them applied.
    const WriteStep step = [this, &removed](QString *stepError) {
        for (const QVariantList &row : removed.corrections) {
            if (!m_statements->exec(u"INSERT INTO corrections (id, document_name, figure_key, field, old_value, "
                                    "new_value, author, created_at, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                    row, stepError))
                return false;
        }
        for (const QVariantList &row : removed.properties) {
            if (!m_statements->exec(u"INSERT INTO document_properties (document_name, field, value, author, "
                                    "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                                    row, stepError))
                return false;
        }
        return true;
    };
    return rewrite(removed, properties, step, false, error);
}

} // namespace ub
