// PDFs made in tests with QPdfWriter, with Chinese text that poppler can read back.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QStringList>

namespace ub::test {

/** A PDF with one page per entry, the entry's text drawn linesPerPage times. Needs a QGuiApplication. */
QByteArray makePdf(const QStringList &pages, int linesPerPage = 1);

/** A valid PDF of blank pages, written by hand (QPdfWriter is slow for thousands of pages). */
QByteArray makeBlankPdf(int pageCount);

/** The script a page's lines are written in, which picks the glyph forms of its font: Noto Sans CJK
 *  SC or TC. The lines must already be in that script; the fixture draws them as they are. */
enum class Script { Simplified, Traditional };

/** A page of text lines as a scanner would see it: black on white, 10.5 pt Noto Sans CJK SC (TC for
 *  Traditional) on an A4 page in Format_Grayscale8 at dpi, with 2.5 cm margins; long lines wrap.
 *  Needs a QGuiApplication. */
QImage renderTextPage(const QStringList &lines, int dpi = 300, Script script = Script::Simplified);

/** One page of a test PDF: its lines, drawn as text (poppler reads them back) or as a scan. */
struct FixturePage
{
    enum class Kind { Text, Scan };
    Kind kind = Kind::Scan;
    QStringList lines;
    Script script = Script::Simplified;
};

/**
 * A PDF of A4 pages as listed. A scanned page is one image (renderTextPage) drawn over the whole
 * page, with no text layer; a scan without lines is a blank scan, and all blank scans share one
 * image, so hundreds of them stay small and quick to write. A text page draws its lines in the
 * same font, as text. Needs a QGuiApplication.
 */
QByteArray makeMixedPdf(const QList<FixturePage> &pages, int dpi = 300);

/** A PDF of scanned pages only: pages.at(i) holds page i + 1's lines (empty: a blank scan). */
QByteArray makeImagePdf(const QList<QStringList> &pages, int dpi = 300, Script script = Script::Simplified);

} // namespace ub::test
