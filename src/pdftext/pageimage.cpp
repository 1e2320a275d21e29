#include "pageimage.h"

#include <poppler-qt6.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace ub::pdftext {

namespace {

/** 250 DPI draws a 10.5 pt ideograph about 30 px high (36 px em). Measured on scans of a sample
 *  report, chi_sim read 200–250 DPI renders as well as or better than 300 and 400 DPI ones (98–99 %
 *  of characters against 95–98 %), and each step down saves time and memory (250: 1.3–2.2 s and
 *  130 MB resident a page; 300: 1.5–2.6 s and 154 MB). */
constexpr double kRecognitionDpi = 250;
/** A4 at 250 DPI is 6 million pixels; a page larger than about A2 is rendered at a lower
 *  resolution so that a hostile MediaBox cannot ask for gigabytes. */
constexpr double kMaxRecognitionPixels = 36e6;
/** A 10.5 pt ideograph is about 5 px high at this resolution: still visible as ink, and the
 *  render takes a millisecond or two (a scanned page's image must be decoded all the same). */
constexpr double kBlankCheckDpi = 36;
constexpr double kMaxBlankCheckPixels = 1e6;
/** Scanners leave shadows and punch holes at the edges; the check looks inside this margin. */
constexpr double kBlankCheckMargin = 0.04;
/** Differences from the paper below this are paper texture, JPEG noise or a faint show-through. */
constexpr int kInkNoiseFloor = 40;
/** How much ink (in fully black pixels) a page must hold not to be blank: at 36 DPI one ideograph
 *  leaves about 5, so this is three or four characters. */
constexpr double kMinInk = 20;

constexpr double kPointsPerInch = 72;

/** The resolution to render the page at: dpi, or less if the image would exceed maxPixels. */
double resolutionFor(const Poppler::Page &page, double dpi, double maxPixels)
{
    const QSizeF points = page.pageSizeF();
    const double squareInches = (points.width() / kPointsPerInch) * (points.height() / kPointsPerInch);
    if (squareInches <= 0)
        return dpi;
    return std::min(dpi, std::sqrt(maxPixels / squareInches));
}

QImage renderGray(const Poppler::Page &page, double dpi)
{
    const QImage rendered = page.renderToImage(dpi, dpi);
    if (rendered.isNull())
        return {};
    return rendered.convertToFormat(QImage::Format_Grayscale8);
}

/** The paper's shade: the commonest gray level in the brighter half (a scan is rarely pure white). */
int paperLevel(const std::array<qint64, 256> &histogram)
{
    const auto brightest = std::max_element(histogram.begin() + 128, histogram.end());
    return int(brightest - histogram.begin());
}

} // namespace

bool looksBlank(const Poppler::Page &page)
{
    const QImage image = renderGray(page, resolutionFor(page, kBlankCheckDpi, kMaxBlankCheckPixels));
    if (image.isNull())
        return false; // let the recogniser's render try, and fail with a message if it must
    const int left = int(image.width() * kBlankCheckMargin);
    const int top = int(image.height() * kBlankCheckMargin);
    const int right = image.width() - left;
    const int bottom = image.height() - top;

    std::array<qint64, 256> histogram{};
    for (int y = top; y < bottom; ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = left; x < right; ++x)
            ++histogram[row[x]];
    }
    const int paper = paperLevel(histogram);
    double ink = 0;
    for (int level = 0; level < paper - kInkNoiseFloor; ++level)
        ink += double(histogram[level]) * (paper - level) / paper;
    return ink < kMinInk;
}

RecognitionImage renderForRecognition(const Poppler::Page &page)
{
    const double dpi = resolutionFor(page, kRecognitionDpi, kMaxRecognitionPixels);
    return {renderGray(page, dpi), int(std::lround(dpi))};
}

} // namespace ub::pdftext
