// Importing report files into the store: read, extract, and write each file in one transaction.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ub {

class Extractor;
class Store;
struct ExtractionResult;
struct ReportFile;

/** What happened to one file. */
enum class ImportOutcome { Imported, Unchanged, Replaced, Rejected };
QString toKey(ImportOutcome outcome);

struct ImportFileResult
{
    QString file;
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString message; ///< for rejections: names the file and the reason
    int figureCount = 0;
};

/** The outcome of importing several files. */
struct ImportSummary
{
    QList<ImportFileResult> files;
    bool cancelled = false;

    int count(ImportOutcome outcome) const;
    bool hasRejections() const { return count(ImportOutcome::Rejected) > 0; }
    /** One line per outcome kind, then the reasons for rejections; Chinese, for the CLI and dialogs. */
    QString toText() const;
};

/**
 * Takes files into the store. Each file is its own transaction: a crash or kill at any moment
 * leaves every document either complete or absent, and a rejected file leaves the store as it was.
 */
class Importer
{
public:
    Importer(Store &store, const Extractor &extractor);
    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    /** Expands folders to the *.txt and *.pdf files below them (sorted); missing paths are reported. */
    static QStringList collectReportFiles(const QStringList &paths, QStringList *problems);

    ImportFileResult importFile(const QString &path);
    /** Writes a file already read and extracted (the second half of importFile: unchanged check,
     *  one transaction, corrections re-applied). For pipelines and benchmarks that time the
     *  stages apart. */
    ImportFileResult importExtracted(const ReportFile &report, const ExtractionResult &extraction);

    /** Imports each file; progress(done, total, file) is called before each; stops when cancel is set. */
    ImportSummary importFiles(const QStringList &files,
                              const std::function<void(int, int, const QString &)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

private:
    ImportFileResult write(const QString &path, const ReportFile &report, const ExtractionResult &extraction, bool replace);
    /** One transaction: the document, its structure and figures, the summary, and outcome's log line. */
    bool writeDocument(const ImportFileResult &outcome, const ReportFile &report, const ExtractionResult &result,
                       bool replace, QString *error);
    /** Deletes a stored document and everything of it, its summary contributions taken away,
     *  inside writeDocument's transaction (a replacement's first step). */
    bool deleteDocument(qint64 documentId, QString *error);
    struct FigureRows; ///< per figure: fact, primary, shared sentence
    /** The document's figures, inside writeDocument's transaction: through the sqlite3 C API on
     *  SQLite, through Qt Sql's batched INSERTs on PostgreSQL. */
    bool writeFiguresSqlite(qint64 documentId, const ExtractionResult &result, const FigureRows &rows,
                            QString *error);
    bool writeFiguresQt(qint64 documentId, const ExtractionResult &result, const FigureRows &rows, QString *error);
    /** Stores each distinct long sentence of the document once; (*ids)[i] is figure i's
     *  sentence row, or 0 when its sentence stays in the figure row. */
    bool writeSharedSentences(qint64 documentId, const ExtractionResult &result, QList<qint64> *ids, QString *error);

    /** What the store holds under a file name: its checksum and figure count. */
    struct Stored
    {
        QString sha256;
        int figureCount = 0;
    };
    std::optional<Stored> storedVersion(const QString &name);
    void log(const ImportFileResult &result);

    struct Statements; ///< prepared statements reused across files
    Store &m_store;
    const Extractor &m_extractor;
    std::unique_ptr<Statements> m_statements;
};

} // namespace ub
