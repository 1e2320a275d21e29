#include "pdffixture.h"

#include <QBuffer>
#include <QFont>
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
