// Reading one report file from disk into decoded text, with its checksum, ready for extraction:
// plain text in any of its encodings, PDF (text layer or recognised scan), Word .docx, saved web pages.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ub {

struct Figure;

/** A report's bytes turned into text; `error` names the file and the problem when it failed. */
struct ReportFile
{
    /** confidence's value for a character that was not recognised but read from a text. */
    static constexpr char kNotRecognised = char(255);

    QString path;
    QString name;   ///< file name, the document's identity in the store
    QString sha256; ///< of the file's bytes, hex
    QString format; ///< "txt", "pdf", "docx" or "html"
    QString text;   ///< decoded original; PDF pages joined by '\f'
    QString encoding;
    /** How the text was read: text, pdf (its text layer), ocr (every page recognised), pdf+ocr
     *  (some pages recognised), docx, html. */
    QString readMethod;
    qint64 invalidSequences = 0;
    int pageCount = 0;
    int ocrPages = 0; ///< pages read by recognition
    /** With ocrPages > 0: per UTF-16 code unit of text, the recogniser's confidence 0–100, or
     *  kNotRecognised where the text came from a text layer; else empty. */
    QByteArray confidence;
    /** The title the file declares of itself (a web page's <title>, a Word file's title), if any. */
    QString declaredTitle;
    bool cancelled = false; ///< the reading was cancelled (error says so)
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool isPaged() const { return format == u"pdf"; }
    /** Per figure (spans in code points, as Figure's), the least confidence of its characters,
     *  or -1 when none of them was recognised (all -1 unless the text was OCR'd). */
    QList<int> confidenceOf(const QList<Figure> &figures) const;
};

/** Hooks into the reading of a PDF; either may be empty. */
struct ReportReadHooks
{
    std::function<void(int page, int pageCount, bool ocr)> pageRead;
    std::function<bool()> cancelRequested;
};

/** Largest report file read; larger ones are rejected before they cost memory. */
inline constexpr qint64 kMaxReportBytes = 256ll * 1024 * 1024;

/** Reads and decodes a file. Only the checksum is computed when `checksumOnly` is set. */
ReportFile readReportFile(const QString &path, bool checksumOnly = false);
/** readReportFile without the checksum (sha256 stays empty), for readers that store nothing:
 *  hashing was an eighth of `extract`'s time (#19). */
ReportFile readReportText(const QString &path);
/** The checks and the bytes of readReportChecksum, without hashing them. */
ReportFile readReportBytes(const QString &path, QByteArray *bytes);
/** readReportFile in two halves, so an import reads and hashes a file once: the checks, the
 *  bytes (into *bytes) and the checksum; then the decoding of those bytes (`path` as given, for
 *  messages). decodeReportFile passes a failed report through unchanged. */
ReportFile readReportChecksum(const QString &path, QByteArray *bytes);
ReportFile decodeReportFile(ReportFile report, const QByteArray &bytes, const QString &path,
                            const ReportReadHooks *hooks = nullptr);

/** True for the file kinds an import takes from a folder: text, PDF, Word and web pages (an old
 *  .doc too, so that it is named and refused rather than skipped without a word). */
bool isReportFileName(const QString &fileName);
/** The same kinds as file-dialog patterns: *.txt *.pdf *.docx *.doc *.html *.htm. */
QStringList reportFilePatterns();

} // namespace ub
