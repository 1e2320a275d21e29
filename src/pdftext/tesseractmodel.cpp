#include "tesseractmodel.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QFile>

#include <clocale>
#include <cmath>
#include <utility>

namespace ub::pdftext {

namespace {

/** Tesseract hands out strings allocated with new[]. */
QString takeUtf8(char *text)
{
    const QString result = QString::fromUtf8(text);
    delete[] text;
    return result;
}

quint8 confidenceOf(float confidence)
{
    if (!(confidence > 0))
        return 0;
    return quint8(std::min(100L, std::lround(confidence)));
}

/** Walks the results symbol by symbol and groups them as paragraphs, lines and words. */
OcrPage collectPage(tesseract::ResultIterator &iterator)
{
    using tesseract::RIL_PARA;
    using tesseract::RIL_SYMBOL;
    using tesseract::RIL_TEXTLINE;
    using tesseract::RIL_WORD;
    OcrPage page;
    do {
        if (iterator.Empty(RIL_SYMBOL))
            continue;
        if (page.paragraphs.isEmpty() || iterator.IsAtBeginningOf(RIL_PARA))
            page.paragraphs.append(OcrParagraph());
        OcrParagraph &paragraph = page.paragraphs.last();
        if (paragraph.lines.isEmpty() || iterator.IsAtBeginningOf(RIL_TEXTLINE))
            paragraph.lines.append(OcrLine());
        OcrLine &line = paragraph.lines.last();
        if (line.words.isEmpty() || iterator.IsAtBeginningOf(RIL_WORD))
            line.words.append(OcrWord());
        const QString text = takeUtf8(iterator.GetUTF8Text(RIL_SYMBOL));
        if (!text.isEmpty())
            line.words.last().symbols.append(OcrSymbol{text, confidenceOf(iterator.Confidence(RIL_SYMBOL))});
    } while (iterator.Next(RIL_SYMBOL));
    return page;
}

} // namespace

TesseractModel::TesseractModel(QString language)
    : m_language(std::move(language))
{}

TesseractModel::~TesseractModel()
{
    if (m_api)
        m_api->End();
}

bool TesseractModel::load(const QString &directory)
{
    if (m_api)
        return true;
    // Tesseract parses its parameter files with the C library; a locale with a decimal comma would
    // misread them, and QCoreApplication has set the user's locale.
    std::setlocale(LC_NUMERIC, "C");
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    const QByteArray path = QFile::encodeName(directory);
    if (api->Init(path.constData(), m_language.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return false;
    // Reports are mostly one column, but tables, two-column news pages and side boxes occur;
    // PSM_SINGLE_COLUMN read the sample scans no better.
    api->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract's diagnostics would land between our progress lines on stderr.
    api->SetVariable("debug_file", "/dev/null");
    // The layout puts spaces back itself (ocrlayout.h); Tesseract must not squeeze them first.
    api->SetVariable("preserve_interword_spaces", "1");
    m_api = std::move(api);
    return true;
}

std::optional<OcrPage> TesseractModel::read(const QImage &image, int dpi)
{
    if (!m_api || image.isNull() || image.format() != QImage::Format_Grayscale8)
        return std::nullopt;
    m_api->SetImage(image.constBits(), image.width(), image.height(), 1, int(image.bytesPerLine()));
    m_api->SetSourceResolution(dpi);
    if (m_api->Recognize(nullptr) != 0) {
        m_api->Clear();
        return std::nullopt;
    }
    const std::unique_ptr<tesseract::ResultIterator> iterator(m_api->GetIterator());
    OcrPage page;
    if (iterator)
        page = collectPage(*iterator);
    // The image belongs to the caller and goes away after this page.
    m_api->Clear();
    return page;
}

} // namespace ub::pdftext
