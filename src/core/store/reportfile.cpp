#include "reportfile.h"

#include "pdftext.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ub {

bool isReportFileName(const QString &fileName)
{
    return fileName.endsWith(u".txt"_s, Qt::CaseInsensitive) || fileName.endsWith(u".pdf"_s, Qt::CaseInsensitive);
}

ReportFile readReportChecksum(const QString &path, QByteArray *bytes)
{
    ReportFile report;
    const QFileInfo info(path);
    report.path = info.absoluteFilePath();
    report.name = info.fileName();
    report.format = info.suffix().toLower() == u"pdf"_s ? u"pdf"_s : u"txt"_s;

    QFile file(path);
    if (!info.exists()) {
        report.error = u"%1: 文件不存在"_s.arg(path);
        return report;
    }
    if (!info.isFile()) {
        report.error = u"%1: 不是普通文件"_s.arg(path);
        return report;
    }
    if (info.size() > kMaxReportBytes) {
        report.error = u"%1: 文件过大（%2 MB，上限 %3 MB）"_s.arg(path).arg(info.size() >> 20).arg(kMaxReportBytes >> 20);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = u"%1: 无法读取（%2）"_s.arg(path, file.errorString());
        return report;
    }
    *bytes = file.readAll();
    report.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    return report;
}

ReportFile decodeReportFile(ReportFile report, const QByteArray &bytes, const QString &path)
{
    if (!report.ok())
        return report;
    if (report.format == u"pdf"_s) {
        // Poppler runs in a child process with limits: a hostile PDF costs this file only.
        PdfText pdf = extractPdfText(report.path);
        if (!pdf.ok()) {
            report.error = pdf.error;
            return report;
        }
        report.pageCount = int(pdf.pages.size());
        report.text = pdf.pages.join(u'\f');
        report.encoding = u"PDF"_s;
        return report;
    }
    DecodeResult decoded = decodeText(bytes, report.name);
    if (!decoded.ok) {
        report.error = decoded.error.startsWith(report.name) ? path + decoded.error.mid(report.name.size())
                                                              : u"%1: %2"_s.arg(path, decoded.error);
        return report;
    }
    report.text = std::move(decoded.decoded.text);
    report.encoding = decoded.decoded.encoding;
    report.invalidSequences = decoded.decoded.invalidSequences;
    return report;
}

ReportFile readReportFile(const QString &path, bool checksumOnly)
{
    QByteArray bytes;
    ReportFile report = readReportChecksum(path, &bytes);
    return checksumOnly ? report : decodeReportFile(std::move(report), bytes, path);
}

} // namespace ub
