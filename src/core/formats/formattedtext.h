// The text of a document read from a container format (Word .docx, saved web page), as one value.
#pragma once

#include <QString>

namespace ub {

/** A document's text read from a container format; error names the file and the problem (Chinese), empty on
 * success. */
struct FormattedText
{
    QString text;  ///< plain text in reading order, paragraphs separated by '\n'
    QString title; ///< docx: core.xml dc:title or the first heading; html: <title> without the site suffix,
                   ///< or the h1
    QString dateline; ///< html: the publication date as written near the title; docx: dcterms:created as
                      ///< YYYY-MM-DD
    QString encoding; ///< "DOCX", "HTML (GB18030)", "HTML (UTF-8)", …
    QString error; ///< "报告.docx: 不是有效的 Word 文件（文件已损坏或不完整）" style; empty on success
    bool ok() const { return error.isEmpty(); }
};

} // namespace ub
