// The text of a PDF report, read page by page by the unionboard-pdftext helper in a limited child process.
#pragma once

#include <QString>
#include <QStringList>

namespace ub {

/** What one PDF may cost: the child is killed past the wall-clock time or the output size, and
 *  its address space is capped. A value <= 0 switches that limit off. */
struct PdfLimits
{
    int timeoutMs = 60000;
    qint64 memoryBytes = 1024ll * 1024 * 1024;
    qint64 maxOutputBytes = 64ll * 1024 * 1024;
};

/** A PDF's text: pages.at(i) is page i + 1. On failure pages is empty and error names the file
 *  and the problem, in Chinese. */
struct PdfText
{
    QStringList pages;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/** Runs unionboard-pdftext on path in a child process with an address-space limit (RLIMIT_AS),
 *  a CPU limit (RLIMIT_CPU) and a wall-clock timeout (kill on expiry), reading its output
 *  incrementally and killing it past limits.maxOutputBytes; error names the file and the reason.
 *  Blocks until the child ends: call it off the GUI thread. */
PdfText extractPdfText(const QString &path, const PdfLimits &limits = {});

/** Where the helper executable is: $UB_PDFTEXT if set, else next to the running executable
 *  (QCoreApplication::applicationDirPath()), else the build tree's bin dir (UB_BUILD_BIN_DIR).
 *  Empty when none of these holds it. */
QString pdfTextHelperPath();

} // namespace ub
