// Tesseract behind one class: reads a rendered page image into recognised lines and characters.
#pragma once

#include "ocrlayout.h"
#include "tesseractmodel.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

namespace ub::pdftext {

/** What recognising one page gave: the page as the kept model read it, and what that cost. */
struct Recognition
{
    OcrPage page;
    QString model;   ///< the language whose reading was kept: chi_sim or chi_tra
    int passes = 1;  ///< how many models read the page
};

/**
 * Recognises Chinese page images, simplified or traditional. Every page is read with Tesseract's
 * model for simplified Chinese (chi_sim); a page whose reading looks like traditional Chinese
 * (mayBeTraditional: more than 6 % of its symbols below confidence 95) is read again with chi_tra,
 * and the reading with the higher mean confidence is kept. Both models load on first use, so a PDF with a text layer never pays for either and a
 * simplified report never pays for chi_tra.
 *
 * The two are deliberately separate models, not one "chi_sim+chi_tra" Init: as a second language
 * Tesseract tries chi_tra line by line and, on simplified reports, took it for whole lines
 * (召开传达学习 → 召開傳達學習, with ASCII punctuation), while costing half as much time again on
 * every page. Read apart, a simplified page costs one pass as before; a traditional one two.
 * Traditional output is fine downstream: the extractor's normaliser folds it to simplified.
 */
class PageRecognizer
{
public:
    PageRecognizer();
    ~PageRecognizer();
    PageRecognizer(const PageRecognizer &) = delete;
    PageRecognizer &operator=(const PageRecognizer &) = delete;

    /** Loads chi_sim unless loaded; returns what is missing, in Chinese, or an empty string.
     *  chi_tra is optional: without it, traditional pages keep their chi_sim reading. */
    QString load();

    /** Reads a Format_Grayscale8 page image rendered at dpi; nullopt if Tesseract failed. */
    std::optional<Recognition> recognize(const QImage &image, int dpi);

private:
    /** chi_tra, loaded on the first page that needs it; null once it failed to load. */
    TesseractModel *traditionalModel();

    QString m_directory;
    TesseractModel m_simplified;
    std::unique_ptr<TesseractModel> m_traditional;
    bool m_traditionalTried = false;
};

/** Where the traineddata files are: $TESSDATA_PREFIX (the tessdata folder, or its parent, as
 *  Tesseract versions differ), else Debian's /usr/share/tesseract-ocr/5/tessdata. Empty if no
 *  candidate holds chi_sim.traineddata. */
QString tessdataDirectory();

} // namespace ub::pdftext
