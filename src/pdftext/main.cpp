// unionboard-pdftext: writes the text of one PDF's pages to stdout (UTF-8, pages separated by '\f').
//
// Usage: unionboard-pdftext [--max-pages N] [--max-text-bytes N] [--] FILE.pdf
//
// It runs as a child of UnionBoard (ub::extractPdfText) under memory, CPU and wall-clock limits,
// so that a hostile PDF costs this process and one file, never the app. On failure it writes one
// Chinese line to stderr and exits with one of the codes below; ub::extractPdfText knows them too.
// Kangxi radicals in the text are folded to the ideographs they stand for (see foldRadicals).
//
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
#include "pdftextexit.h"

#include <poppler-qt6.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRectF>
#include <QStringList>

#include <cstdio>
#include <exception>
#include <limits>
#include <memory>
#include <new>

using namespace Qt::StringLiterals;

namespace {

using Exit = ub::PdfTextExit;

constexpr int kDefaultMaxPages = 2000;
constexpr qint64 kDefaultMaxTextBytes = 64ll * 1024 * 1024;
/** PDF 1.7 §7.5.2 lets readers accept the header anywhere in the first 1024 bytes, as poppler does. */
constexpr qint64 kHeaderWindow = 1024;

int fail(Exit code, const QString &message)
{
    const QByteArray line = message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    return int(code);
}

/**
 * Turns Kangxi radicals (U+2F00–U+2FD5) and the CJK radical supplements that have a compatibility
 * decomposition back into the unified ideographs they stand for (⼯ → 工, ⼈ → 人). CJK fonts such as
 * Noto Sans CJK draw both with one glyph, and PDF writers that build the ToUnicode map by walking
 * the code points upwards (Qt's QFontSubset::getReverseMap, many Office exports) record the radical.
 * A report never means the radical itself, and the store and search want 工会, not ⼯会.
 */
void foldRadicals(QString &text)
{
    for (QChar &character : text) {
        const char16_t unit = character.unicode();
        if (unit < 0x2E80 || unit > 0x2FDF)
            continue;
        const QString folded = QString(character).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            character = folded.front();
    }
}

/** Poppler reports every recoverable syntax problem; the parent wants one line, ours. */
void ignorePopplerMessage(const QString &, const QVariant &) {}

bool writeAll(const QByteArray &bytes)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
}

struct Options
{
    QString path;
    int maxPages = kDefaultMaxPages;
    qint64 maxTextBytes = kDefaultMaxTextBytes;
};

/** Returns an empty string on success, else what is wrong with the arguments. */
QString parseArguments(const QStringList &arguments, Options &options)
{
    bool optionsEnded = false;
    QStringList positional;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && (argument == u"--max-pages" || argument == u"--max-text-bytes")) {
            if (i + 1 >= arguments.size())
                return u"选项 %1 缺少数值"_s.arg(argument);
            bool ok = false;
            const qint64 value = arguments.at(++i).toLongLong(&ok);
            if (!ok || value <= 0)
                return u"选项 %1 的数值无效：%2"_s.arg(argument, arguments.at(i));
            if (argument == u"--max-pages")
                options.maxPages = int(qMin<qint64>(value, std::numeric_limits<int>::max()));
            else
                options.maxTextBytes = value;
        } else if (!optionsEnded && argument.startsWith(u'-') && argument.size() > 1) {
            return u"未知选项 %1"_s.arg(argument);
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1)
        return u"用法：unionboard-pdftext [--max-pages N] [--max-text-bytes N] [--] 文件.pdf"_s;
    options.path = positional.constFirst();
    return {};
}

int run(const Options &options)
{
    const QString &path = options.path;
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
    }

    Poppler::setDebugErrorFunction(ignorePopplerMessage, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document)
        return fail(Exit::Damaged, u"PDF 已损坏，无法解析"_s);
    if (document->isLocked())
        return fail(Exit::Encrypted, u"PDF 已加密，无法读取"_s);

    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(Exit::NoPages, u"PDF 没有页面"_s);
    if (pageCount > options.maxPages)
        return fail(Exit::TooManyPages,
                    u"页数过多（%1 页，上限 %2 页）"_s.arg(pageCount).arg(options.maxPages));

    qint64 written = 0;
    for (int index = 0; index < pageCount; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            return fail(Exit::Damaged, u"PDF 已损坏，第 %1 页无法读取"_s.arg(index + 1));
        QString text = page->text(QRectF());
        // '\f' separates pages on stdout, so it must not occur inside one.
        text.remove(QChar(u'\f'));
        foldRadicals(text);
        QByteArray bytes = text.toUtf8();
        if (index > 0)
            bytes.prepend('\f');
        // Checked before writing, so the parent never sees more than the cap from us.
        if (written + bytes.size() > options.maxTextBytes) {
            return fail(Exit::TextTooLarge,
                        u"PDF 文本过大（超过 %1 MB）"_s.arg(options.maxTextBytes / (1024 * 1024)));
        }
        if (!writeAll(bytes))
            return fail(Exit::WriteFailed, u"无法写出 PDF 文本"_s);
        written += bytes.size();
    }
    if (std::fflush(stdout) != 0)
        return fail(Exit::WriteFailed, u"无法写出 PDF 文本"_s);
    return int(Exit::Ok);
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
