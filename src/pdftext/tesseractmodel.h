// One Tesseract model (a TessBaseAPI for one language) that reads page images into OcrPages.
#pragma once

#include "ocrlayout.h"

#include <QImage>
#include <QString>

#include <memory>
#include <optional>

namespace tesseract {
class TessBaseAPI;
}

namespace ub::pdftext {

/**
 * A Tesseract LSTM model for one language, set up the way the helper reads report pages: automatic
 * page segmentation, interword spaces left to our layout, diagnostics silenced. Loading costs
 * tens of megabytes and a few hundred milliseconds, so a model is loaded once and reads many pages.
 */
class TesseractModel
{
public:
    explicit TesseractModel(QString language);
    ~TesseractModel();
    TesseractModel(const TesseractModel &) = delete;
    TesseractModel &operator=(const TesseractModel &) = delete;

    /** The Tesseract language code, such as chi_sim. */
    const QString &language() const { return m_language; }
    bool isLoaded() const { return bool(m_api); }

    /** Loads <directory>/<language>.traineddata unless loaded; false if Tesseract refused it. */
    bool load(const QString &directory);

    /** Reads a Format_Grayscale8 page image rendered at dpi; nullopt if not loaded or Tesseract failed. */
    std::optional<OcrPage> read(const QImage &image, int dpi);

private:
    QString m_language;
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace ub::pdftext
