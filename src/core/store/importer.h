// Importing report files into the store: read, extract, and write each file in one transaction.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QVariant>
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

/** A document property staff may set over what the extractor found; it survives re-imports. */
enum class DocumentProperty { Title, Year, Region };
QString toKey(DocumentProperty property);
std::optional<DocumentProperty> documentPropertyFromKey(QStringView key);

/** A document taken out of the store, with all it takes to put it back as it was (its text is
 *  extracted again; its corrections and properties are restored with it). */
struct RemovedDocument
{
    qint64 id = 0; ///< its row id, given back on restore when no other document took it
    QString name;
    QString path;
    QString sha256;
    QString format;
    QString encoding;
    QString readMethod;
    qint64 invalidSequences = 0;
    int pageCount = 0;
    int ocrPages = 0;
    QString text;
    QByteArray confidence; ///< ReportFile::confidence of an OCR'd text, else empty
    QString declaredTitle;
    QString importedAt;
    QString importedBy;
    QList<QVariantList> corrections; ///< the corrections table's rows (id first, as kept)
    QList<QVariantList> properties;  ///< the document_properties table's rows
};

/** Hooks into the reading of one file, passed through to the PDF helper; either may be empty. */
struct ReadProgress
{
    /** A page of a PDF was read (1-based), by recognition when ocr is set; called on the importing thread. */
    std::function<void(const QString &file, int page, int pageCount, bool ocr)> pageRead;
    /** Polled while a PDF is read; true stops it (the file and the import end as cancelled). */
    std::function<bool()> cancelRequested;
};

/** What happened to one file. */
enum class ImportOutcome { Imported, Unchanged, Replaced, Rejected };
QString toKey(ImportOutcome outcome);

struct ImportFileResult
{
    QString file;
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString message; ///< for rejections: names the file and the reason
    int figureCount = 0;
    bool cancelled = false; ///< the reading was cancelled (Rejected, and the import stops)
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

    /** Properties every file this importer takes gets, as if staff had set them (`import --year
     *  --region`): stored with the document, so a re-import keeps them. Values as setProperty takes. */
    void setGivenProperties(const QList<QPair<DocumentProperty, QString>> &properties);
    /** Progress and cancellation while a file is read (OCR is slow); the hooks must outlive the import. */
    void setReadProgress(const ReadProgress &progress);

    /** Sets (or, with an empty value, clears) a property of the stored document `name` and
     *  extracts it again so its figures follow (a figure without a year of its own takes the
     *  document's), in one transaction; `author` is recorded. Year: 1949–2100; Region: a unit
     *  the gazetteer knows (canonical name); Title: any non-empty text. False with *error. */
    bool setProperty(const QString &name, DocumentProperty property, const QString &value, const QString &author,
                     QString *error);
    /** The properties set on a stored document (given at import or by staff), in property order. */
    QList<QPair<DocumentProperty, QString>> propertiesOf(const QString &name, QString *error);
    /** Takes a document out with its figures, corrections and properties, in one transaction;
     *  the result puts it back (restoreDocument). std::nullopt with *error when it failed. */
    std::optional<RemovedDocument> removeDocument(const QString &name, QString *error);
    /** Puts a removed document back as it was; refused when a document of that name was
     *  imported meanwhile. */
    bool restoreDocument(const RemovedDocument &removed, QString *error);
    /** Extracts a stored document again from its stored text (after an upgrade of the extractor),
     *  keeping its corrections and properties; Replaced, or Rejected with the reason. */
    ImportFileResult reextract(const QString &name);
    /** Writes a file already read and extracted (the second half of importFile: unchanged check,
     *  one transaction, corrections re-applied). For pipelines and benchmarks that time the
     *  stages apart. */
    ImportFileResult importExtracted(const ReportFile &report, const ExtractionResult &extraction);

    /** Imports each file; progress(done, total, file) is called before each; stops when cancel is set. */
    ImportSummary importFiles(const QStringList &files,
                              const std::function<void(int, int, const QString &)> &progress = {},
                              const std::atomic_bool *cancel = nullptr);

    /** The unit a Region property names, canonical (the prefecture-level unit the gazetteer rolls
     *  it up to), or empty when the gazetteer does not know it. */
    static QString canonicalRegion(const QString &name);

private:
    using Properties = QList<QPair<DocumentProperty, QString>>;
    /** Runs inside writeDocument's transaction, before the document is written. */
    using WriteStep = std::function<bool(QString *error)>;
    /** When and by whom a rewritten document (extracted again, restored) was first imported. */
    struct Origin
    {
        QString importedAt;
        QString importedBy;
        qint64 documentId = 0; ///< the id it had, kept where it is free
    };

    /** What the store holds under a file name: its checksum and figure count. */
    struct Stored
    {
        QString sha256;
        int figureCount = 0;
    };
    struct Prepared;
    /** How prepare() learns what the store holds: on the importing connection, or on the
     *  reading thread's own. */
    struct Lookup
    {
        std::function<std::optional<Stored>(const QString &)> version;
        std::function<Properties(const QString &)> properties; ///< sorted
    };
    /** Files read ahead of the one being written (each a document's text and figures in memory). */
    static constexpr qsizetype kPipelineDepth = 2;

    /** Reads, checks and extracts a file without writing: safe on another thread. */
    Prepared prepare(const QString &path, const Lookup &lookup) const;
    /** Writes a prepared file on the importing connection (or records its rejection). */
    ImportFileResult commit(Prepared &prepared);
    Properties mergedProperties(Properties stored) const;
    static std::optional<Stored> storedVersionIn(Store &store, const QString &name);
    static Properties propertiesIn(Store &store, const QString &name);

    ImportFileResult write(const QString &path, const ReportFile &report, const ExtractionResult &extraction,
                           bool replace, const WriteStep &step = {});
    /** One transaction: step, the document, its structure and figures, the summary, and outcome's log line. */
    bool writeDocument(const ImportFileResult &outcome, const ReportFile &report, const ExtractionResult &result,
                       bool replace, const WriteStep &step, QString *error);
    ExtractionResult extractReport(const ReportFile &report, const Properties &properties) const;
    /** A stored document's row with its corrections and properties (withHistory), for removal,
     *  re-extraction and property changes. */
    std::optional<RemovedDocument> readStored(const QString &name, bool withHistory, QString *error);
    static ReportFile reportOf(const RemovedDocument &stored);
    /** Writes a stored (or removed: !replace) document again from its stored text with these
     *  properties, its origin kept. */
    bool rewrite(const RemovedDocument &stored, const Properties &properties, const WriteStep &step, bool replace,
                 QString *error);
    /** The document's properties replaced by `properties` (inside a transaction). */
    bool storeProperties(const QString &name, const Properties &properties, const QString &author, QString *error);
    bool logEvent(const QString &file, const QString &outcome, const QString &message, QString *error);
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

    std::optional<Stored> storedVersion(const QString &name);
    void log(const ImportFileResult &result);

    struct Statements; ///< prepared statements reused across files
    Store &m_store;
    const Extractor &m_extractor;
    std::unique_ptr<Statements> m_statements;
    Properties m_given;
    ReadProgress m_readProgress;
    std::optional<Origin> m_origin;
};

} // namespace ub
