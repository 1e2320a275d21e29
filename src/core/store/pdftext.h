// The text of a PDF report, read page by page by the unionboard-pdftext helper in a limited child process.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ub {

/** What one PDF may cost: the child is killed past the wall-clock time or the output size, and
 *  its address space is capped. A value <= 0 switches that limit off.
 *
 *  Time: timeoutMs covers reading the text layers, and the CPU time limit (RLIMIT_CPU) starts at
 *  it; each page the helper starts to recognise adds ocrPageTimeoutMs to both (<= 0: nothing),
 *  up to maxTotalTimeoutMs in all. Recognition is slow (1–3 s a page here) and its cost grows
 *  with the pages to recognise, which only the helper learns; a fixed limit would either kill long
 *  scans or let a hung text PDF run for hours. The CPU hard limit is the most these limits can
 *  allow (timeoutMs + maxOcrPages × ocrPageTimeoutMs, within maxTotalTimeoutMs).
 *
 *  Memory: recognising an A4 page at 250 DPI peaks at about 130 MB resident and 200 MB of address
 *  space (measured; the helper runs even under 256 MB), and the largest page it renders (36
 *  megapixels) at about 255 MB resident, so the 1 GiB cap stays as it was. */
struct PdfLimits
{
    int timeoutMs = 60000;
    qint64 memoryBytes = 1024ll * 1024 * 1024;
    qint64 maxOutputBytes = 64ll * 1024 * 1024;
    /** Recognise pages without a text layer (scans) with Tesseract. */
    bool ocr = true;
    /** A PDF with more pages to recognise is refused before any recognition (<= 0: no cap). */
    int maxOcrPages = 300;
    int ocrPageTimeoutMs = 60000;
    int maxTotalTimeoutMs = 2 * 60 * 60 * 1000;
};

/** A PDF's text: pages.at(i) is page i + 1. On failure pages is empty and error names the file
 *  and the problem, in Chinese. */
struct PdfText
{
    QStringList pages;
    /** Per page: empty when the page's text came from its text layer; else one confidence 0–100
     *  per UTF-16 code unit of pages.at(i) (whitespace and line breaks get 100; a recognised page
     *  without a single character has none either). Sized like pages. */
    QList<QByteArray> confidences;
    int ocrPageCount = 0; ///< pages read by recognition
    bool cancelled = false;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/** Hooks into a running extraction; either may be empty. */
struct PdfProgress
{
    /** Called on the calling thread as each page is done, in page order (1-based page). */
    std::function<void(int page, int pageCount, bool ocr)> pageDone;
    /** Polled at least every 100 ms; true kills the child, and the result is cancelled with the
     *  error "<path>: 已取消". */
    std::function<bool()> cancelRequested;
};

/** Runs unionboard-pdftext on path in a child process with an address-space limit (RLIMIT_AS),
 *  a CPU limit (RLIMIT_CPU) and a wall-clock timeout (kill on expiry), both extended per page the
 *  helper recognises, reading its output incrementally and killing it past limits.maxOutputBytes;
 *  error names the file and the reason. Blocks until the child ends: call it off the GUI thread. */
PdfText extractPdfText(const QString &path, const PdfLimits &limits = {},
                       const PdfProgress *progress = nullptr);

/** Where the helper executable is: $UB_PDFTEXT if set, else next to the running executable
 *  (QCoreApplication::applicationDirPath()), else the build tree's bin dir (UB_BUILD_BIN_DIR).
 *  Empty when none of these holds it. */
QString pdfTextHelperPath();

} // namespace ub
