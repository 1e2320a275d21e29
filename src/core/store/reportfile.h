// Reading one report file from disk into decoded text, with its checksum, ready for extraction.
#pragma once

#include <QString>

namespace ub {

/** A report's bytes turned into text; `error` names the file and the problem when it failed. */
struct ReportFile
{
    QString path;
    QString name;   ///< file name, the document's identity in the store
    QString sha256; ///< of the file's bytes, hex
    QString format; ///< "txt" or "pdf"
    QString text;   ///< decoded original; PDF pages joined by '\f'
    QString encoding;
    qint64 invalidSequences = 0;
    int pageCount = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
    bool isPaged() const { return format == u"pdf"; }
};

/** Largest report file read; larger ones are rejected before they cost memory. */
inline constexpr qint64 kMaxReportBytes = 256ll * 1024 * 1024;

/** Reads and decodes a file. Only the checksum is computed when `checksumOnly` is set. */
ReportFile readReportFile(const QString &path, bool checksumOnly = false);
/** readReportFile in two halves, so an import reads and hashes a file once: the checks, the
 *  bytes (into *bytes) and the checksum; then the decoding of those bytes (`path` as given, for
 *  messages). decodeReportFile passes a failed report through unchanged. */
ReportFile readReportChecksum(const QString &path, QByteArray *bytes);
ReportFile decodeReportFile(ReportFile report, const QByteArray &bytes, const QString &path);

/** True for the file kinds an import takes from a folder (*.txt, *.pdf). */
bool isReportFileName(const QString &fileName);

} // namespace ub
