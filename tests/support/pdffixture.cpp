#include "pdffixture.h"

#include <QBuffer>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace ub::test {

static const QString kFontFamily = u"Noto Sans CJK SC"_s;

/**
 * A PDF with the same line drawn linesPerPage times on each page. The font is named explicitly so
 * that Qt embeds a CJK subset with a ToUnicode map, which is what lets poppler turn the glyphs back
 * into text. That map records ⼯ (U+2F2F) for the glyph of 工, because Qt keeps the lowest code
 * point per glyph and Noto draws the Kangxi radical and the ideograph alike; the helper folds it
 * back, and ReadsChinesePagesInOrder checks that it does.
 */
QByteArray makePdf(const QStringList &pages, int linesPerPage)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        writer.setCreator(u"UnionBoard tests"_s);
        QPainter painter(&writer);
        QFont font(kFontFamily);
        font.setPointSize(10);
        painter.setFont(font);
        const int lineHeight = painter.fontMetrics().height();
        for (qsizetype index = 0; index < pages.size(); ++index) {
            if (index > 0)
                writer.newPage();
            for (int line = 0; line < linesPerPage; ++line)
                painter.drawText(QPointF(36, 48 + line * lineHeight), pages.at(index));
        }
    }
    return buffer.data();
}

/** An A4 page in pixels at dpi. */
static QSize a4Pixels(int dpi)
{
    const QSizeF inches = QPageSize(QPageSize::A4).size(QPageSize::Inch);
    return QSize(qRound(inches.width() * dpi), qRound(inches.height() * dpi));
}

/** The font of the test pages: 10.5 pt (五号, the size of report body text) at dpi. The TC font draws
 *  the glyph forms of Taiwan and Hong Kong prints, which a traditional report would be set in. */
static QFont pageFont(int dpi, Script script)
{
    QFont font(script == Script::Traditional ? u"Noto Sans CJK TC"_s : kFontFamily);
    // Pixel size, not point size: to QPainter an image's resolution is only metadata.
    font.setPixelSize(qRound(10.5 * dpi / 72.0));
    return font;
}

/** Draws lines top-down from a 2.5 cm margin at 1.5 line spacing, wrapping long lines. */
static void drawLines(QPainter &painter, const QSize &page, int dpi, const QStringList &lines,
                      Script script = Script::Simplified)
{
    painter.setFont(pageFont(dpi, script));
    painter.setPen(Qt::black);
    const int margin = qRound(2.5 / 2.54 * dpi);
    const int lineHeight = painter.fontMetrics().height();
    const int gap = lineHeight / 2;
    QRect free(margin, margin, page.width() - 2 * margin, page.height() - 2 * margin);
    for (const QString &line : lines) {
        QRect used;
        painter.drawText(free, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, line, &used);
        free.setTop(free.top() + qMax(used.height(), lineHeight) + gap);
    }
}

QImage renderTextPage(const QStringList &lines, int dpi, Script script)
{
    QImage image(a4Pixels(dpi), QImage::Format_Grayscale8);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    drawLines(painter, image.size(), dpi, lines, script);
    return image;
}

QByteArray makeMixedPdf(const QList<FixturePage> &pages, int dpi)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF());
        writer.setResolution(dpi);
        writer.setCreator(u"UnionBoard tests"_s);
        QPainter painter(&writer);
        // One image object for every blank scan: QPdfWriter writes an image once per cacheKey().
        const QImage blank = renderTextPage({}, dpi);
        for (qsizetype index = 0; index < pages.size(); ++index) {
            if (index > 0)
                writer.newPage();
            const FixturePage &page = pages.at(index);
            if (page.kind == FixturePage::Kind::Text)
                drawLines(painter, a4Pixels(dpi), dpi, page.lines, page.script);
            else if (page.lines.isEmpty())
                painter.drawImage(QPoint(0, 0), blank);
            else
                painter.drawImage(QPoint(0, 0), renderTextPage(page.lines, dpi, page.script));
        }
    }
    return buffer.data();
}

QByteArray makeImagePdf(const QList<QStringList> &pages, int dpi, Script script)
{
    QList<FixturePage> scans;
    for (const QStringList &lines : pages)
        scans.append({FixturePage::Kind::Scan, lines, script});
    return makeMixedPdf(scans, dpi);
}

QByteArray makeBlankPdf(int pageCount)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto addObject = [&pdf, &offsets](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    addObject("<< /Type /Catalog /Pages 2 0 R >>");
    QByteArray kids;
    for (int page = 0; page < pageCount; ++page)
        kids += QByteArray::number(page + 3) + " 0 R ";
    addObject("<< /Type /Pages /Count " + QByteArray::number(pageCount) + " /Kids [" + kids + "] >>");
    for (int page = 0; page < pageCount; ++page)
        addObject("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : std::as_const(offsets))
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace ub::test
