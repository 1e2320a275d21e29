// The helper's side of its output protocol: pages on stdout, progress lines on stderr (see main.cpp).
#pragma once

#include "pagetext.h"

#include <QByteArray>

namespace ub::pdftext {

/** How a page's text was obtained, as the progress lines name it. */
enum class PageSource { TextLayer, Recognised, Blank };

/**
 * Writes pages to stdout in order, separated by '\f'; a recognised page's text is followed by
 * U+001E and its confidences in base64 when the parent asked for them. Refuses to write past
 * maxBytes in total, so the parent never receives more than that from us.
 */
class PageOutput
{
public:
    enum class Status { Written, TooLarge, WriteFailed };

    PageOutput(qint64 maxBytes, bool withConfidences);

    Status write(const PageText &page);
    /** Flushes stdout; false if that failed. */
    bool finish();

    /** "progress <page> <pageCount> <text|ocr|blank>" on stderr, after a page is written. */
    static void reportProgress(int page, int pageCount, PageSource source);
    /** "ocr <page>" on stderr, before the recogniser starts on a page: the parent extends its
     *  deadlines by one page's allowance. */
    static void reportRecognitionStart(int page);

private:
    QByteArray frame(const PageText &page) const;

    qint64 m_maxBytes;
    qint64 m_written = 0;
    bool m_withConfidences;
    bool m_firstPage = true;
};

} // namespace ub::pdftext
