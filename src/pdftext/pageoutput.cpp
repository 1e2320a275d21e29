#include "pageoutput.h"

#include <cstdio>

namespace ub::pdftext {

namespace {

bool writeAll(const QByteArray &bytes, std::FILE *stream)
{
    return std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
}

/** One stderr line, flushed at once: the parent shows progress as it comes. */
void writeLine(const QByteArray &line)
{
    writeAll(line + '\n', stderr);
    std::fflush(stderr);
}

const char *sourceName(PageSource source)
{
    switch (source) {
    case PageSource::TextLayer:
        return "text";
    case PageSource::Recognised:
        return "ocr";
    case PageSource::Blank:
        return "blank";
    }
    return "text";
}

} // namespace

PageOutput::PageOutput(qint64 maxBytes, bool withConfidences)
    : m_maxBytes(maxBytes)
    , m_withConfidences(withConfidences)
{}

QByteArray PageOutput::frame(const PageText &page) const
{
    QByteArray bytes = page.text.toUtf8();
    if (!m_firstPage)
        bytes.prepend('\f');
    if (page.recognised && m_withConfidences)
        bytes += '\x1e' + page.confidences.toBase64();
    return bytes;
}

PageOutput::Status PageOutput::write(const PageText &page)
{
    const QByteArray bytes = frame(page);
    // Checked before writing, so the parent never sees more than the cap from us.
    if (m_written + bytes.size() > m_maxBytes)
        return Status::TooLarge;
    if (!writeAll(bytes, stdout))
        return Status::WriteFailed;
    m_written += bytes.size();
    m_firstPage = false;
    return Status::Written;
}

bool PageOutput::finish()
{
    return std::fflush(stdout) == 0;
}

void PageOutput::reportProgress(int page, int pageCount, PageSource source)
{
    writeLine("progress " + QByteArray::number(page) + ' ' + QByteArray::number(pageCount) + ' ' +
              sourceName(source));
}

void PageOutput::reportRecognitionStart(int page)
{
    writeLine("ocr " + QByteArray::number(page));
}

} // namespace ub::pdftext
