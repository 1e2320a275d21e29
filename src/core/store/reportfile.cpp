#include "reportfile.h"

#include "documentformats.h"
#include "figure.h"
#include "pdftext.h"
#include "textdecoder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

QString formatOfSuffix(const QString &suffix)
{
    if (suffix == u"pdf"_s || suffix == u"docx"_s || suffix == u"doc"_s)
        return suffix;
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return u"html"_s;
    return u"txt"_s;
}

/** Whether `line` is already among the first lines of text (spaces aside): a Word file's title
 *  is usually its first paragraph, a web page's <title> its h1. */
bool opensWith(const QString &text, const QString &line)
{
    auto squeezed = [](QStringView s) {
        QString out;
        for (QChar c : s) {
            if (!c.isSpace())
                out += c;
        }
        return out;
    };
    return squeezed(QStringView(text).left(600)).contains(squeezed(line));
}

/** A container's text, with its declared title and dateline put before it when the text does not
 *  open with them: the extractor reads a document's title and date from its opening lines. */
QString withDeclaredHeading(const FormattedText &read)
{
    QString heading;
    if (!read.title.isEmpty() && !opensWith(read.text, read.title))
        heading += read.title + u'\n';
    if (!read.dateline.isEmpty() && !opensWith(read.text, read.dateline))
        heading += read.dateline + u'\n';
    return heading + read.text;
}

void readContainer(ReportFile &report, const QByteArray &bytes, const QString &path)
{
    FormattedText read = report.format == u"docx"_s ? readDocx(bytes, path) : readHtml(bytes, path);
    if (!read.ok()) {
        report.error = read.error;
        return;
    }
    report.readMethod = report.format;
    report.encoding = read.encoding;
    report.declaredTitle = read.title;
    report.text = withDeclaredHeading(read);
}

void readPdf(ReportFile &report, const ReportReadHooks *hooks)
{
    PdfProgress progress;
    if (hooks) {
        progress.pageDone = hooks->pageRead;
        progress.cancelRequested = hooks->cancelRequested;
    }
    // Poppler and Tesseract run in a child process with limits: a hostile PDF costs this file only.
    PdfText pdf = extractPdfText(report.path, PdfLimits{}, hooks ? &progress : nullptr);
    if (!pdf.ok()) {
        report.error = pdf.error;
        report.cancelled = pdf.cancelled;
        return;
    }
    report.pageCount = int(pdf.pages.size());
    report.ocrPages = pdf.ocrPageCount;
    report.text = pdf.pages.join(u'\f');
    report.encoding = u"PDF"_s;
    report.readMethod = pdf.ocrPageCount == 0                  ? u"pdf"_s
                        : pdf.ocrPageCount == report.pageCount ? u"ocr"_s
                                                               : u"pdf+ocr"_s;
    if (pdf.ocrPageCount == 0)
        return;
    report.confidence.reserve(report.text.size());
    for (qsizetype page = 0; page < pdf.pages.size(); ++page) {
        if (page > 0)
            report.confidence.append(ReportFile::kNotRecognised); // the '\f'
        const QByteArray &scores = page < pdf.confidences.size() ? pdf.confidences.at(page) : QByteArray();
        if (scores.size() == pdf.pages.at(page).size())
            report.confidence.append(scores);
        else
            report.confidence.append(pdf.pages.at(page).size(), ReportFile::kNotRecognised);
    }
}

} // namespace

QList<int> ReportFile::confidenceOf(const QList<Figure> &figures) const
{
    QList<int> least(figures.size(), -1);
    if (confidence.isEmpty())
        return least;
    // Figures count code points, the confidences UTF-16 units: one walk maps the one to the other.
    QList<qsizetype> unitOfCodePoint;
    unitOfCodePoint.reserve(text.size() + 1);
    for (qsizetype unit = 0; unit < text.size(); ++unit) {
        if (!text.at(unit).isLowSurrogate())
            unitOfCodePoint.append(unit);
    }
    unitOfCodePoint.append(text.size());
    auto unitAt = [&](qint64 codePoint) {
        return unitOfCodePoint.at(qBound<qint64>(0, codePoint, unitOfCodePoint.size() - 1));
    };
    for (qsizetype f = 0; f < figures.size(); ++f) {
        const qsizetype end = qMin(unitAt(figures.at(f).end), confidence.size());
        for (qsizetype i = unitAt(figures.at(f).start); i < end; ++i) {
            const int score = quint8(confidence.at(i));
            if (score != quint8(kNotRecognised) && (least[f] < 0 || score < least[f]))
                least[f] = score;
        }
    }
    return least;
}

bool isReportFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return suffix == u"txt"_s || suffix == u"pdf"_s || suffix == u"docx"_s || suffix == u"doc"_s ||
           suffix == u"html"_s || suffix == u"htm"_s;
}

QStringList reportFilePatterns()
{
    return {u"*.txt"_s, u"*.pdf"_s, u"*.docx"_s, u"*.doc"_s, u"*.html"_s, u"*.htm"_s};
}

ReportFile readReportChecksum(const QString &path, QByteArray *bytes)
{
    ReportFile report = readReportBytes(path, bytes);
    if (report.ok())
        report.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    return report;
}

ReportFile readReportBytes(const QString &path, QByteArray *bytes)
{
    ReportFile report;
    const QFileInfo info(path);
    report.path = info.absoluteFilePath();
    report.name = info.fileName();
    report.format = formatOfSuffix(info.suffix().toLower());

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
        report.error = u"%1: 文件过大（%2 MB，上限 %3 MB）"_s.arg(path)
                           .arg(info.size() >> 20)
                           .arg(kMaxReportBytes >> 20);
        return report;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = u"%1: 无法读取（%2）"_s.arg(path, file.errorString());
        return report;
    }
    *bytes = file.readAll();
    return report;
}

ReportFile decodeReportFile(ReportFile report, const QByteArray &bytes, const QString &path,
                            const ReportReadHooks *hooks)
{
    if (!report.ok())
        return report;
    // The bytes decide over the name where they are unambiguous: a Word file saved as .doc in the
    // new format is read, and an old binary Word file is named as such whatever it is called.
    if ((report.format == u"doc"_s || report.format == u"txt"_s) && bytes.startsWith("PK\x03\x04"))
        report.format = u"docx"_s; // a zip is no text: read as the Word file it most likely is
    if (isLegacyWordFile(bytes)) {
        report.error = u"%1: 旧版 Word 格式（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入"_s.arg(path);
        return report;
    }
    if (report.format == u"doc"_s) {
        report.error = u"%1: 不是 Word 文件（.doc），请另存为 .docx 后再导入"_s.arg(path);
        return report;
    }
    if (report.format == u"pdf"_s) {
        readPdf(report, hooks);
        return report;
    }
    if (report.format == u"docx"_s || report.format == u"html"_s) {
        readContainer(report, bytes, path);
        return report;
    }
    DecodeResult decoded = decodeText(bytes, report.name);
    if (!decoded.ok) {
        report.error = decoded.error.startsWith(report.name) ? path + decoded.error.mid(report.name.size())
                                                             : u"%1: %2"_s.arg(path, decoded.error);
        return report;
    }
    report.readMethod = u"text"_s;
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

ReportFile readReportText(const QString &path)
{
    QByteArray bytes;
    ReportFile report = readReportBytes(path, &bytes);
    return decodeReportFile(std::move(report), bytes, path);
}

} // namespace ub
