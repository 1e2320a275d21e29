// Page images for the recogniser: a cheap look at whether a page holds anything, and the render to read.
#pragma once

#include <QImage>

namespace Poppler {
class Page;
}

namespace ub::pdftext {

/**
 * True when the page shows nothing worth recognising: rendered at a coarse resolution, it has less
 * ink than a few characters would leave. A scanned blank page costs one small render this way
 * instead of seconds of recognition, which is what lets a PDF of hundreds of empty scans finish fast.
 */
bool looksBlank(const Poppler::Page &page);

/** A page rendered for recognition, and the resolution it was rendered at. */
struct RecognitionImage
{
    QImage image; ///< Format_Grayscale8; null when rendering failed
    int dpi = 0;
};

/** Renders the page in grayscale at the recogniser's resolution (lower for oversized pages). */
RecognitionImage renderForRecognition(const Poppler::Page &page);

} // namespace ub::pdftext
