// unionboard-pdftext: writes the text of one PDF's pages to stdout (UTF-8, pages separated by '\f'),
// reading pages without a text layer (scans) with Tesseract.
//
// Usage: unionboard-pdftext [--max-pages N] [--max-text-bytes N] [--no-ocr] [--max-ocr-pages N]
//                           [--confidences] [--] FILE.pdf
//
// It runs as a child of UnionBoard (ub::extractPdfText) under memory, CPU and wall-clock limits,
// so that a hostile PDF costs this process and one file, never the app. On failure it writes one
// Chinese line to stderr and exits with one of the codes below; ub::extractPdfText knows them too.
// Kangxi radicals in the text are folded to the ideographs they stand for (see foldRadicals).
//
// Scanned pages. A page whose text layer has fewer than 6 characters besides whitespace (none, or
// a page number) is rendered at 36 DPI first; if it shows less ink than a few characters, it is
// blank and left empty. Otherwise it is rendered at 250 DPI in grayscale and recognised with
// Tesseract (chi_sim, and chi_tra too where chi_sim reads it poorly, see pagerecognizer.h; the
// models from $TESSDATA_PREFIX or Debian's tessdata), and the result replaces the text layer. --no-ocr keeps every page's text layer as it
// is; --max-ocr-pages (default 300) refuses, before any recognition, a PDF with more pages to read.
// Set OMP_THREAD_LIMIT=1 in our environment (the parent does) so that Tesseract stays on one core
// and its CPU time matches the wall-clock time the parent allows.
//
// Output protocol.
//   stdout  the pages in order, separated by U+000C. With --confidences, a recognised page's text
//           is followed by U+001E and the base64 of one byte per UTF-16 code unit of that text: the
//           recogniser's confidence 0–100 (100 for the spaces and line breaks of the layout). A page
//           from its text layer has no U+001E. Neither separator occurs inside page text. The total
//           never exceeds --max-text-bytes.
//   stderr  "ocr <page>" when recognition of 1-based page <page> starts, and
//           "progress <page> <pageCount> <text|ocr|blank>" after each page is written; then, on
//           failure only, one Chinese line saying why. Every line ends with '\n' and is flushed.
//
// Exit codes:
//   0  success: every page's text on stdout, pages separated by U+000C
//   1  internal error (unexpected exception)
//   2  usage error (bad arguments)
//   3  无法打开 PDF: the file is missing or unreadable
//   4  文件为空: the file has no bytes
//   5  不是 PDF 文件: no "%PDF-" header in the first 1024 bytes
//   6  PDF 已损坏: poppler cannot load the document, or a page
//   7  PDF 已加密: the document needs a password
//   8  页数过多: more pages than --max-pages (default 2000)
//   9  PDF 没有页面
//  10  文本过大: the text would exceed --max-text-bytes (default 64 MiB)
//  11  内存不足: an allocation failed (the parent caps the address space)
//  12  写出失败: stdout could not be written
//  13  PDF 中没有可识别的文字: no page has text, in its text layer or recognised (not with --no-ocr)
//  14  无法识别扫描页: the Tesseract models are missing or do not load
//  15  扫描页过多: more pages to recognise than --max-ocr-pages
//  16  文字识别失败: a page could not be rendered or Tesseract failed on it
#include "pdftextexit.h"
#include "ocrlayout.h"
#include "pageimage.h"
#include "pageoutput.h"
#include "pagerecognizer.h"
#include "pagetext.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRectF>
#include <QStringList>

#include <cstdio>
#include <exception>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace ub::pdftext;

namespace {

using Exit = ub::PdfTextExit;

constexpr int kDefaultMaxPages = 2000;
constexpr qint64 kDefaultMaxTextBytes = 64ll * 1024 * 1024;
/** Recognition takes seconds a page: a few hundred pages is a long report, more is a book. */
constexpr int kDefaultMaxOcrPages = 300;
/** PDF 1.7 §7.5.2 lets readers accept the header anywhere in the first 1024 bytes, as poppler does. */
constexpr qint64 kHeaderWindow = 1024;
/** A text layer with fewer visible characters than this is a scan's page number or stray mark. */
constexpr qsizetype kMinTextLayerCharacters = 6;

int fail(Exit code, const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return int(code);
}

/** Poppler reports every recoverable syntax problem; the parent wants one line, ours. */
void ignorePopplerMessage(const QString &, const QVariant &) {}

struct Options
{
    QString path;
    int maxPages = kDefaultMaxPages;
    qint64 maxTextBytes = kDefaultMaxTextBytes;
    bool ocr = true;
    int maxOcrPages = kDefaultMaxOcrPages;
    bool confidences = false;
};

const QString kUsage = u"用法：unionboard-pdftext [--max-pages N] [--max-text-bytes N] [--no-ocr] "
                       u"[--max-ocr-pages N] [--confidences] [--] 文件.pdf"_s;

bool takesNumber(const QString &argument)
{
    return argument == u"--max-pages" || argument == u"--max-text-bytes" || argument == u"--max-ocr-pages";
}

void setNumber(Options &options, const QString &argument, qint64 value)
{
    const int asInt = int(qMin<qint64>(value, std::numeric_limits<int>::max()));
    if (argument == u"--max-pages")
        options.maxPages = asInt;
    else if (argument == u"--max-ocr-pages")
        options.maxOcrPages = asInt;
    else
        options.maxTextBytes = value;
}

/** Returns an empty string on success, else what is wrong with the arguments. */
QString parseArguments(const QStringList &arguments, Options &options)
{
    bool optionsEnded = false;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && argument == u"--no-ocr") {
            options.ocr = false;
        } else if (!optionsEnded && argument == u"--confidences") {
            options.confidences = true;
        } else if (!optionsEnded && takesNumber(argument)) {
            if (i + 1 >= arguments.size())
                return u"选项 %1 缺少数值"_s.arg(argument);
            bool ok = false;
            const qint64 value = arguments.at(++i).toLongLong(&ok);
            if (!ok || value <= 0)
                return u"选项 %1 的数值无效：%2"_s.arg(argument, arguments.at(i));
            setNumber(options, argument, value);
        } else if (!optionsEnded && argument.startsWith(u'-') && argument.size() > 1) {
            return u"未知选项 %1"_s.arg(argument);
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1)
        return kUsage;
    options.path = positional.constFirst();
    return {};
}

/** Returns 0 when path looks like a PDF we may open, else the exit code after saying why. */
int checkFile(const QString &path)
{
    if (!QFileInfo::exists(path))
        return fail(Exit::CannotOpen, u"无法打开 PDF：文件不存在"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Exit::CannotOpen, u"无法打开 PDF：%1"_s.arg(file.errorString()));
    if (file.size() == 0)
        return fail(Exit::Empty, u"文件为空，不是 PDF"_s);
    if (!file.read(kHeaderWindow).contains("%PDF-"))
        return fail(Exit::NotPdf, u"不是 PDF 文件（缺少 %PDF- 文件头）"_s);
    return int(Exit::Ok);
}

int textTooLarge(const Options &options)
{
    return fail(Exit::TextTooLarge,
                u"PDF 文本过大（超过 %1 MB）"_s.arg(options.maxTextBytes / (1024 * 1024)));
}

int damagedPage(int index)
{
    return fail(Exit::Damaged, u"PDF 已损坏，第 %1 页无法读取"_s.arg(index + 1));
}

/** What the first pass learned about a page: its text layer, and where its text will come from. */
struct PagePlan
{
    QString textLayer;
    PageSource source = PageSource::TextLayer;
};

/** Where a page's text comes from. Only pages without a usable text layer are looked at. */
PageSource sourceOf(const Poppler::Page &page, const QString &textLayer, const Options &options)
{
    if (!options.ocr || visibleCharacterCount(textLayer) >= kMinTextLayerCharacters)
        return PageSource::TextLayer;
    return looksBlank(page) ? PageSource::Blank : PageSource::Recognised;
}

/**
 * The first pass: every page's text layer and source. It is cheap (no recognition), so a PDF with
 * too many pages to recognise is refused before minutes of work rather than after.
 */
int planPages(const Poppler::Document &document, const Options &options, QList<PagePlan> &plans)
{
    const int pageCount = document.numPages();
    plans.reserve(pageCount);
    // UTF-16 units never outnumber UTF-8 bytes, so this lower bound of the output size may stop a
    // huge text layer before it is all in memory.
    qint64 textUnits = 0;
    int toRecognise = 0;
    for (int index = 0; index < pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document.page(index);
        if (!page)
            return damagedPage(index);
        PagePlan plan;
        plan.textLayer = page->text(QRectF());
        textUnits += plan.textLayer.size();
        if (textUnits > options.maxTextBytes)
            return textTooLarge(options);
        plan.source = sourceOf(*page, plan.textLayer, options);
        if (plan.source == PageSource::Recognised)
            ++toRecognise;
        plans.append(std::move(plan));
    }
    if (toRecognise > options.maxOcrPages) {
        return fail(Exit::TooManyOcrPages,
                    u"扫描页过多（%1 页需要文字识别，上限 %2 页）"_s.arg(toRecognise).arg(options.maxOcrPages));
    }
    return int(Exit::Ok);
}

/** Renders and recognises one page into text. */
int recognisePage(const Poppler::Page &page, int index, PageRecognizer &recognizer, PageText &text)
{
    const QString loadError = recognizer.load();
    if (!loadError.isEmpty())
        return fail(Exit::OcrUnavailable, u"无法识别扫描页：%1"_s.arg(loadError));
    const RecognitionImage image = renderForRecognition(page);
    if (image.image.isNull())
        return fail(Exit::OcrFailed, u"第 %1 页无法渲染，文字识别失败"_s.arg(index + 1));
    const std::optional<Recognition> recognised = recognizer.recognize(image.image, image.dpi);
    if (!recognised)
        return fail(Exit::OcrFailed, u"第 %1 页文字识别失败"_s.arg(index + 1));
    text = layOutOcrPage(recognised->page);
    return int(Exit::Ok);
}

PageText fromTextLayer(QString textLayer)
{
    PageText text;
    text.text = std::move(textLayer);
    foldRadicals(text.text);
    removeSeparators(text);
    return text;
}

/** The second pass: each page's text, recognised where planned, written and reported in order. */
int writePages(const Poppler::Document &document, const Options &options, QList<PagePlan> &plans)
{
    PageOutput output(options.maxTextBytes, options.confidences);
    PageRecognizer recognizer;
    bool anyText = false;
    const int pageCount = int(plans.size());
    for (int index = 0; index < pageCount; ++index) {
        PagePlan &plan = plans[index];
        PageText text;
        if (plan.source == PageSource::Recognised) {
            const std::unique_ptr<Poppler::Page> page = document.page(index);
            if (!page)
                return damagedPage(index);
            PageOutput::reportRecognitionStart(index + 1);
            const int code = recognisePage(*page, index, recognizer, text);
            if (code != int(Exit::Ok))
                return code;
        } else {
            text = fromTextLayer(std::exchange(plan.textLayer, QString()));
        }
        switch (output.write(text)) {
        case PageOutput::Status::Written:
            break;
        case PageOutput::Status::TooLarge:
            return textTooLarge(options);
        case PageOutput::Status::WriteFailed:
            return fail(Exit::WriteFailed, u"无法写出 PDF 文本"_s);
        }
        anyText = anyText || visibleCharacterCount(text.text) > 0;
        PageOutput::reportProgress(index + 1, pageCount, plan.source);
    }
    if (!output.finish())
        return fail(Exit::WriteFailed, u"无法写出 PDF 文本"_s);
    // With recognition on, a PDF that yields no character at all is a scan of nothing or a scan we
    // cannot read; importing it as an empty report would hide that.
    if (options.ocr && !anyText)
        return fail(Exit::NoText, u"PDF 中没有可识别的文字"_s);
    return int(Exit::Ok);
}

int run(const Options &options)
{
    const int fileCheck = checkFile(options.path);
    if (fileCheck != int(Exit::Ok))
        return fileCheck;

    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(options.path);
    if (!document)
        return fail(Exit::Damaged, u"PDF 已损坏，无法解析"_s);
    if (document->isLocked())
        return fail(Exit::Encrypted, u"PDF 已加密，无法读取"_s);
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);

    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(Exit::NoPages, u"PDF 没有页面"_s);
    if (pageCount > options.maxPages)
        return fail(Exit::TooManyPages,
                    u"页数过多（%1 页，上限 %2 页）"_s.arg(pageCount).arg(options.maxPages));

    QList<PagePlan> plans;
    const int planned = planPages(*document, options, plans);
    if (planned != int(Exit::Ok))
        return planned;
    return writePages(*document, options, plans);
}

} // namespace

int main(int argc, char **argv)
{
    try {
        QCoreApplication app(argc, argv);
        Options options;
        const QString usageError = parseArguments(QCoreApplication::arguments(), options);
        if (!usageError.isEmpty())
            return fail(Exit::Usage, usageError);
        return run(options);
    } catch (const std::bad_alloc &) {
        // No QString here: the next allocation may fail as well.
        std::fputs("解析 PDF 时内存不足\n", stderr);
        return int(Exit::OutOfMemory);
    } catch (const std::exception &exception) {
        return fail(Exit::Internal,
                    u"解析 PDF 时出现内部错误：%1"_s.arg(QString::fromUtf8(exception.what())));
    } catch (...) {
        return fail(Exit::Internal, u"解析 PDF 时出现内部错误"_s);
    }
}
