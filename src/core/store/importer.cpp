#include "importer.h"

#include "codepoints.h"
#include "correctionstore.h"
#include "extractor.h"
#include "reportfile.h"
#include "sqlvalues.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

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

Importer::Importer(Store &store, const Extractor &extractor) : m_store(store), m_extractor(extractor) {}

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

static void logImport(Store &store, const ImportFileResult &result)
{
    QSqlQuery query(store.database());
    query.prepare(u"INSERT INTO import_log (at, file, outcome, message) VALUES (?, ?, ?, ?)"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(result.file);
    query.addBindValue(toKey(result.outcome));
    query.addBindValue(result.message);
    query.exec(); // the log is advisory: a failure to log never fails an import
}

ImportFileResult Importer::importFile(const QString &path)
{
    ImportFileResult result;
    result.file = path;
    const ReportFile checksum = readReportFile(path, /*checksumOnly=*/true);
    if (!checksum.ok()) {
        result.message = checksum.error;
        logImport(m_store, result);
        return result;
    }

    QSqlQuery existing(m_store.database());
    existing.prepare(u"SELECT sha256, figure_count FROM documents WHERE name = ?"_s);
    existing.addBindValue(checksum.name);
    bool replace = false;
    if (existing.exec() && existing.next()) {
        if (existing.value(0).toString() == checksum.sha256) {
            result.outcome = ImportOutcome::Unchanged;
            result.figureCount = existing.value(1).toInt();
            return result;
        }
        replace = true;
    }
    existing.finish();

    const ReportFile report = readReportFile(path);
    if (!report.ok()) {
        result.message = report.error;
        logImport(m_store, result);
        return result;
    }
    ExtractOptions options;
    options.paged = report.isPaged();
    const ExtractionResult extraction = m_extractor.extract(report.text, report.name, options);

    QString error;
    if (!writeDocument(report, extraction, replace, &error)) {
        // Another client may have imported the same file meanwhile; its version is as good as ours.
        QSqlQuery again(m_store.database());
        again.prepare(u"SELECT sha256, figure_count FROM documents WHERE name = ?"_s);
        again.addBindValue(report.name);
        if (again.exec() && again.next() && again.value(0).toString() == report.sha256) {
            result.outcome = ImportOutcome::Unchanged;
            result.figureCount = again.value(1).toInt();
            return result;
        }
        result.message = u"%1: 写入数据库失败：%2"_s.arg(path, error);
        logImport(m_store, result);
        return result;
    }
    result.outcome = replace ? ImportOutcome::Replaced : ImportOutcome::Imported;
    result.figureCount = int(extraction.figures.size());
    logImport(m_store, result);
    return result;
}

/** Identifies a figure across re-imports of a changed file: what it says, the words right around
 *  it, and which occurrence of that it is. Offsets and the rest of the sentence are left out on
 *  purpose: edits elsewhere move offsets, and a new heading can change where a sentence starts. */
static QString figureKey(const Figure &figure, QHash<QString, int> &occurrences)
{
    constexpr qsizetype kContext = 12;
    const QString &sentence = figure.sentence;
    const qsizetype from = utf16IndexOfCodePoint(sentence, figure.start - figure.sentenceStart);
    const qsizetype to = utf16IndexOfCodePoint(sentence, figure.end - figure.sentenceStart);
    auto compact = [](QStringView text) {
        QString out;
        for (QChar c : text) {
            if (!c.isSpace())
                out += c;
        }
        return out;
    };
    const QString before = compact(QStringView(sentence).left(from)).right(kContext);
    const QString after = compact(QStringView(sentence).mid(to)).left(kContext);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QString context = before + u'\x1f' + figure.quote + u'\x1f' + after;
    hash.addData(context.toUtf8());
    const QString base = QString::fromLatin1(hash.result().toHex().left(20));
    return base + u'#' + QString::number(occurrences[base]++);
}

bool Importer::writeDocument(const ReportFile &report, const ExtractionResult &result, bool replace, QString *error)
{
    if (!m_store.beginTransaction(error))
        return false;
    auto fail = [&](const QSqlQuery &query) {
        *error = query.lastError().text();
        m_store.rollback();
        return false;
    };
    QSqlDatabase &db = m_store.database();
    QSqlQuery query(db);
    if (replace) {
        // Children first: PostgreSQL and SQLite both cascade, but explicit deletes keep the
        // replacement correct even on a store whose foreign keys are off.
        for (const QString &table : {u"figures"_s, u"highlights"_s, u"blocks"_s}) {
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
    query.prepare(m_store.dialect().insertReturningId(
        u"INSERT INTO documents (name, path, sha256, format, encoding, invalid_sequences, kind, title, year, "
        "period, region, page_count, figure_count, text, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    query.addBindValue(report.name);
    query.addBindValue(report.path);
    query.addBindValue(report.sha256);
    query.addBindValue(report.format);
    query.addBindValue(sqlText(report.encoding));
    query.addBindValue(report.invalidSequences);
    query.addBindValue(toKey(structure.kind));
    query.addBindValue(sqlText(structure.title));
    query.addBindValue(sqlYear(structure.year));
    query.addBindValue(sqlText(structure.period));
    query.addBindValue(sqlText(structure.region));
    query.addBindValue(report.pageCount);
    query.addBindValue(int(result.figures.size()));
    query.addBindValue(report.text);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec() || !query.next())
        return fail(query);
    const qint64 documentId = query.value(0).toLongLong();
    query.finish();

    query.prepare(u"INSERT INTO highlights (document_id, number, title, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)"_s);
    for (const HighlightItem &item : structure.highlights) {
        query.addBindValue(documentId);
        query.addBindValue(item.number);
        query.addBindValue(sqlText(item.title));
        query.addBindValue(item.start);
        query.addBindValue(item.end);
        if (!query.exec())
            return fail(query);
    }
    query.prepare(u"INSERT INTO blocks (document_id, ordinal, heading, region, subregion, speaker, start_offset, "
                  "end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (int i = 0; i < structure.blocks.size(); ++i) {
        const Block &block = structure.blocks.at(i);
        query.addBindValue(documentId);
        query.addBindValue(i);
        query.addBindValue(sqlText(block.heading));
        query.addBindValue(sqlText(block.region));
        query.addBindValue(sqlText(block.subregion));
        query.addBindValue(sqlText(block.speaker));
        query.addBindValue(block.start);
        query.addBindValue(block.end);
        if (!query.exec())
            return fail(query);
    }

    query.prepare(
        u"INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, value, unit, "
        "unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, sentence_start, "
        "page, highlight_item, block, fact, is_primary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QHash<QString, int> occurrences;
    QHash<int, bool> factSeen;
    for (int i = 0; i < result.figures.size(); ++i) {
        const Figure &figure = result.figures.at(i);
        // A figure the extractor did not link is a fact of its own; ids past the linked ones keep
        // them apart.
        const int fact = figure.fact >= 0 ? figure.fact : int(result.figures.size()) + i;
        const bool primary = !factSeen.contains(fact);
        factSeen.insert(fact, true);
        query.addBindValue(documentId);
        query.addBindValue(i);
        query.addBindValue(figureKey(figure, occurrences));
        query.addBindValue(figure.start);
        query.addBindValue(figure.end);
        query.addBindValue(sqlText(figure.quote));
        query.addBindValue(figure.value);
        query.addBindValue(toKey(figure.unit));
        query.addBindValue(sqlText(figure.unitText));
        query.addBindValue(toKey(figure.qualifier));
        query.addBindValue(sqlText(figure.region));
        query.addBindValue(sqlText(figure.subregion));
        query.addBindValue(sqlYear(figure.year));
        query.addBindValue(toKey(figure.category));
        query.addBindValue(sqlText(figure.indicator));
        query.addBindValue(sqlText(figure.subject));
        query.addBindValue(sqlText(figure.sentence));
        query.addBindValue(figure.sentenceStart);
        query.addBindValue(figure.page);
        query.addBindValue(figure.highlightItem);
        query.addBindValue(figure.block);
        query.addBindValue(fact);
        query.addBindValue(primary ? 1 : 0);
        if (!query.exec())
            return fail(query);
    }
    if (!CorrectionStore(m_store).reapply(documentId, report.name, error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

} // namespace ub
