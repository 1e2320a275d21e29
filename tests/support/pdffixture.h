// PDFs made in tests with QPdfWriter, with Chinese text that poppler can read back.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace ub::test {

/** A PDF with one page per entry, the entry's text drawn linesPerPage times. Needs a QGuiApplication. */
QByteArray makePdf(const QStringList &pages, int linesPerPage = 1);

/** A valid PDF of blank pages, written by hand (QPdfWriter is slow for thousands of pages). */
QByteArray makeBlankPdf(int pageCount);

} // namespace ub::test
