#include "importer.h"

#include "correctionstore.h"
#include "extractor.h"
#include "figurekeys.h"
#include "figuresummary.h"
#include "reportfile.h"
#include "sqlitefigurewriter.h"
#include "sqlvalues.h"
#include "store.h"
#include "walcheckpointer.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <map>
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
constexpr int kFigureColumns = 24;

struct Importer::Statements
{
    Statements(Store &store) : db(store.database()), checkpointer(store.database()), summary(store) {}
    QSqlDatabase &db;
    WalCheckpointer checkpointer;
    /** Everything below is prepared on first use and kept for every later file. */
    FigureSummary summary;
    SqliteFigureWriter *figureWriter()
    {
        if (!sqliteFigures)
            sqliteFigures = std::make_unique<SqliteFigureWriter>(db);
        return sqliteFigures.get();
    }
    std::unique_ptr<SqliteFigureWriter> sqliteFigures;

    /** The figure INSERT for n rows, prepared once per connection and reused for every file. */
    QSqlQuery *figures(int rows)
    {
        auto it = batches.find(rows);
        if (it != batches.end())
            return it->second.get();
        QString sql = u"INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, "
                      "value, unit, unit_text, qualifier, region, subregion, year, category, indicator, subject, "
                      "sentence, sentence_start, page, highlight_item, block, fact, is_primary, sentence_id) VALUES "_s;
        const QString row = u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
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

    /** Any other statement of an import, prepared once per connection: parsing the dozen small
     *  statements of every file again showed in the profile of a 100-figure file (#7). Qt's
     *  driver finalises them itself when the connection closes. */
    QSqlQuery *prepared(const QString &sql)
    {
        auto it = bySql.find(sql);
        if (it != bySql.end())
            return it->second.get();
        auto query = std::make_unique<QSqlQuery>(db);
        if (!query->prepare(sql))
            return nullptr;
        QSqlQuery *raw = query.get();
        bySql.emplace(sql, std::move(query));
        return raw;
    }
    std::map<QString, std::unique_ptr<QSqlQuery>> bySql;
};

Importer::Importer(Store &store, const Extractor &extractor)
    : m_store(store), m_extractor(extractor), m_statements(std::make_unique<Statements>(store))
{
    if (store.dialect().isSqlite()) {
        // 64 MB of page cache on the importing connection: the figure indexes of a large store
        // stay in memory between the per-file transactions instead of being re-read.
        QSqlQuery pragma(store.database());
        pragma.exec(u"PRAGMA cache_size = -65536"_s);
    }
}

Importer::~Importer() = default;

void Importer::checkpoint()
{
    if (m_statements->checkpointer.isActive())
        m_statements->checkpointer.checkpointNow();
    else if (m_store.dialect().isSqlite())
        QSqlQuery(m_store.database()).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

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

ImportSummary Importer::importFiles(const QStringList &files,
                                    const std::function<void(int, int, const QString &)> &progress,
                                    const std::atomic_bool *cancel)
{
    ImportSummary summary;
    for (int i = 0; i < files.size(); ++i) {
        if (progress)
            progress(i, int(files.size()), files.at(i));
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        summary.files << importFile(files.at(i));
    }
    if (progress && !summary.cancelled)
        progress(int(files.size()), int(files.size()), QString());
    return summary;
}

/** Rejections are logged on their own; an import's line goes into its own transaction. */
void Importer::log(const ImportFileResult &result)
{
    QSqlQuery *query = m_statements->prepared(u"INSERT INTO import_log (at, file, outcome, message) VALUES (?, ?, ?, ?)"_s);
    if (!query)
        return; // the log is advisory: a failure to log never fails an import
    query->bindValue(0, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query->bindValue(1, result.file);
    query->bindValue(2, toKey(result.outcome));
    // A clean import has no message; a null QString would bind NULL into the NOT NULL column.
    query->bindValue(3, result.message.isNull() ? QStringLiteral("") : result.message);
    query->exec();
}

std::optional<Importer::Stored> Importer::storedVersion(const QString &name)
{
    QSqlQuery *query = m_statements->prepared(u"SELECT sha256, figure_count FROM documents WHERE name = ?"_s);
    if (!query)
        return std::nullopt;
    query->bindValue(0, name);
    std::optional<Stored> stored;
    if (query->exec() && query->next())
        stored = Stored{query->value(0).toString(), query->value(1).toInt()};
    query->finish(); // a reused SELECT must not keep its read open between files
    return stored;
}

ImportFileResult Importer::importFile(const QString &path)
{
    ImportFileResult result;
    result.file = path;
    // One read and one SHA-256 per file: the unchanged check needs only the checksum, and a
    // changed file is decoded from the same bytes (#8: an 8 MB report was read and hashed twice).
    QByteArray bytes;
    ReportFile checksum = readReportChecksum(path, &bytes);
    if (!checksum.ok()) {
        result.message = checksum.error;
        log(result);
        return result;
    }

    const std::optional<Stored> existing = storedVersion(checksum.name);
    if (existing && existing->sha256 == checksum.sha256) {
        result.outcome = ImportOutcome::Unchanged;
        result.figureCount = existing->figureCount;
        return result;
    }
    const bool replace = existing.has_value();

    const ReportFile report = decodeReportFile(std::move(checksum), bytes, path);
    bytes.clear();
    if (!report.ok()) {
        result.message = report.error;
        log(result);
        return result;
    }
    ExtractOptions options;
    options.paged = report.isPaged();
    return write(path, report, m_extractor.extract(report.text, report.name, options), replace);
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
                                 bool replace)
{
    ImportFileResult result;
    result.file = path;
    result.outcome = replace ? ImportOutcome::Replaced : ImportOutcome::Imported;
    result.figureCount = int(extraction.figures.size());
    QString error;
    if (!writeDocument(result, report, extraction, replace, &error)) { // logs result in its transaction
        // Another client may have imported the same file meanwhile; its version is as good as ours.
        const std::optional<Stored> again = storedVersion(report.name);
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
    QSqlQuery insert(m_store.database());
    bool prepared = false;
    for (qsizetype i = 0; i < result.figures.size(); ++i) {
        const QString &sentence = result.figures.at(i).sentence;
        if (sentence.size() < kSharedSentenceLength)
            continue;
        auto it = stored.constFind(sentence);
        if (it == stored.constEnd()) {
            if (!prepared && !insert.prepare(m_store.dialect().insertReturningId(
                                 u"INSERT INTO sentences (document_id, text) VALUES (?, ?)"_s))) {
                *error = insert.lastError().text();
                return false;
            }
            prepared = true;
            insert.bindValue(0, documentId);
            insert.bindValue(1, sentence);
            if (!insert.exec() || !insert.next()) {
                *error = insert.lastError().text();
                return false;
            }
            it = stored.insert(sentence, insert.value(0).toLongLong());
            insert.finish();
        }
        (*ids)[i] = *it;
    }
    return true;
}

bool Importer::writeFiguresSqlite(qint64 documentId, const ExtractionResult &result, const FigureRows &rows,
                                  QString *error)
{
    SqliteFigureWriter &writer = *m_statements->figureWriter();
    if (!writer.isValid()) {
        *error = writer.error();
        return false;
    }
    FigureKeys keys;
    char key[FigureKeys::kMaxLength];
    for (qsizetype i = 0; i < result.figures.size(); ++i) {
        const Figure &figure = result.figures.at(i);
        const QLatin1StringView keyView(key, keys.write(figure, key));
        if (!writer.insert(documentId, int(i), figure, keyView, rows.facts.at(i), rows.primary.at(i),
                           rows.sentenceIds.at(i))) {
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
        }
        Q_ASSERT(column == batch * kFigureColumns);
        if (!insert->exec()) {
            *error = insert->lastError().text();
            return false;
        }
    }
    return true;
}

bool Importer::writeDocument(const ImportFileResult &outcome, const ReportFile &report, const ExtractionResult &result,
                             bool replace, QString *error)
{
    if (!m_store.beginTransaction(error))
        return false;
    auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        m_store.rollback();
        return false;
    };
    auto unprepared = [&] {
        *error = u"无法准备语句"_s;
        m_store.rollback();
        return false;
    };
    QSqlDatabase &db = m_store.database();
    QSqlQuery query(db);
    FigureSummary &summary = m_statements->summary;
    if (replace) {
        if (!summary.remove(u"document_id IN (SELECT id FROM documents WHERE name = ?)"_s, {report.name}, error)) {
            m_store.rollback();
            return false;
        }
        // Children first: PostgreSQL and SQLite both cascade, but explicit deletes keep the
        // replacement correct even on a store whose foreign keys are off.
        for (const QString &table : {u"figures"_s, u"sentences"_s, u"highlights"_s, u"blocks"_s}) {
            query.prepare(u"DELETE FROM %1 WHERE document_id IN (SELECT id FROM documents WHERE name = ?)"_s.arg(table));
            query.addBindValue(report.name);
            if (!query.exec())
                return fail(query);
        }
        query.prepare(u"DELETE FROM documents WHERE name = ?"_s);
        query.addBindValue(report.name);
        if (!query.exec())
            return fail(query);
    }

    const DocumentStructure &structure = result.structure;
    QSqlQuery *document = m_statements->prepared(m_store.dialect().insertReturningId(
        u"INSERT INTO documents (name, path, sha256, format, encoding, invalid_sequences, kind, title, year, "
        "period, region, page_count, figure_count, text, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    if (!document)
        return unprepared();
    int column = 0;
    for (const QVariant &value :
         {QVariant(report.name), QVariant(report.path), QVariant(report.sha256), QVariant(report.format),
          QVariant(sqlText(report.encoding)), QVariant(report.invalidSequences), QVariant(toKey(structure.kind)),
          QVariant(sqlText(structure.title)), sqlYear(structure.year), QVariant(sqlText(structure.period)),
          QVariant(sqlText(structure.region)), QVariant(report.pageCount), QVariant(int(result.figures.size())),
          QVariant(sqlText(report.text)), QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))})
        document->bindValue(column++, value);
    if (!document->exec() || !document->next())
        return fail(*document);
    const qint64 documentId = document->value(0).toLongLong();
    document->finish();

    if (!structure.highlights.isEmpty()) {
        QSqlQuery *highlight = m_statements->prepared(
            u"INSERT INTO highlights (document_id, number, title, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)"_s);
        if (!highlight)
            return unprepared();
        for (const HighlightItem &item : structure.highlights) {
            highlight->bindValue(0, documentId);
            highlight->bindValue(1, item.number);
            highlight->bindValue(2, sqlText(item.title));
            highlight->bindValue(3, item.start);
            highlight->bindValue(4, item.end);
            if (!highlight->exec())
                return fail(*highlight);
        }
    }
    if (!structure.blocks.isEmpty()) {
        QSqlQuery *insertBlock =
            m_statements->prepared(u"INSERT INTO blocks (document_id, ordinal, heading, region, subregion, speaker, "
                                   "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insertBlock)
            return unprepared();
        for (int i = 0; i < structure.blocks.size(); ++i) {
            const Block &block = structure.blocks.at(i);
            insertBlock->bindValue(0, documentId);
            insertBlock->bindValue(1, i);
            insertBlock->bindValue(2, sqlText(block.heading));
            insertBlock->bindValue(3, sqlText(block.region));
            insertBlock->bindValue(4, sqlText(block.subregion));
            insertBlock->bindValue(5, sqlText(block.speaker));
            insertBlock->bindValue(6, block.start);
            insertBlock->bindValue(7, block.end);
            if (!insertBlock->exec())
                return fail(*insertBlock);
        }
    }

    FigureRows rows;
    assignFacts(result.figures, &rows.facts, &rows.primary);
    if (!writeSharedSentences(documentId, result, &rows.sentenceIds, error) ||
        !(m_store.dialect().isSqlite() ? writeFiguresSqlite(documentId, result, rows, error)
                                       : writeFiguresQt(documentId, result, rows, error))) {
        m_store.rollback();
        return false;
    }
    // Counted after the corrections, so the summary sees the figures as they are stored: from
    // memory when no correction touched them (the usual case), else read back.
    int corrected = 0;
    if (!CorrectionStore(m_store).reapply(documentId, report.name, error, &corrected)) {
        m_store.rollback();
        return false;
    }
    if (!(corrected == 0 ? summary.add(FigureSummary::groupsOf(result.figures, rows.primary), error)
                         : summary.add(u"document_id = ?"_s, {documentId}, error))) {
        m_store.rollback();
        return false;
    }
    // In the file's own transaction: a second commit per file just for its log line cost as
    // much as a quarter of the figures' writing (#7).
    log(outcome);
    return m_store.commit(error);
}

} // namespace ub
