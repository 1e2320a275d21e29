// Reading the text of Word files (.docx, Office Open XML) and recognising the old binary .doc format.
#pragma once

#include "formattedtext.h"

#include <QByteArray>
#include <QString>

namespace ub {

/**
 * Reads the body of a .docx file: paragraphs and headings one line each, table rows one line each
 * with their cells joined by '\t'. Deleted revisions, field instructions, footnotes, endnotes,
 * comments, headers and footers are left out. Hostile packages (zip bombs, truncated archives,
 * missing parts, malformed XML, encrypted or legacy files) end in an error naming @p path, within
 * a bounded amount of memory and time. @p path is only used in messages.
 */
FormattedText readDocx(const QByteArray &bytes, const QString &path);

/**
 * Whether @p bytes are the old binary Word format (an OLE2 compound file, magic D0 CF 11 E0 A1 B1 1A E1),
 * which callers reject with "旧版 Word 格式（.doc），请另存为 .docx 后再导入". A password-protected .docx is
 * also stored as a compound file; it is not a legacy file (readDocx() says it is encrypted).
 */
bool isLegacyWordFile(const QByteArray &bytes);

/** Whether @p bytes are an encrypted Office Open XML package (a compound file holding "EncryptedPackage"). */
bool isEncryptedOfficeFile(const QByteArray &bytes);

} // namespace ub
