#include "htmllinewriter.h"

namespace ub::html {

namespace {

/** Wide characters between which a source line break is no space (CSS Text: segment break transformation). */
bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           (u >= 0xAC00 && u <= 0xD7AF);
}

} // namespace

QString collapseWhitespace(const QString &raw)
{
    QString line;
    line.reserve(raw.size());
    qsizetype i = 0;
    const qsizetype n = raw.size();
    while (i < n) {
        const QChar c = raw.at(i);
        if (!c.isSpace()) {
            line += c;
            ++i;
            continue;
        }
        bool lineBreak = false;
        while (i < n && raw.at(i).isSpace()) {
            lineBreak = lineBreak || raw.at(i) == u'\n' || raw.at(i) == u'\r';
            ++i;
        }
        // Chinese source wrapped over several lines must not gain spaces between its characters.
        const bool joinWide =
            lineBreak && !line.isEmpty() && i < n && isWide(line.back()) && isWide(raw.at(i));
        if (!joinWide && !line.isEmpty() && i < n)
            line += u' ';
    }
    return line;
}

void LineWriter::text(const QString &text)
{
    if (m_inRow && !m_inCell)
        return;
    (m_inCell ? m_cell : m_line) += text;
}

void LineWriter::lineBreak()
{
    if (m_inRow)
        m_cell += u' '; // a row stays one line
    else
        finishLine();
}

void LineWriter::explicitBreak()
{
    if (m_inRow)
        m_cell += u' ';
    else if (collapseWhitespace(m_line).isEmpty())
        emptyLine();
    else
        finishLine();
}

void LineWriter::emptyLine()
{
    if (m_inRow)
        return;
    m_line.clear();
    if (!m_lines.isEmpty() && !m_lines.constLast().isEmpty())
        m_lines << QString();
}

void LineWriter::beginRow()
{
    finishLine();
    m_inRow = true;
    m_cells.clear();
}

void LineWriter::beginCell()
{
    if (m_inCell)
        endCell();
    m_inCell = true;
    m_cell.clear();
}

void LineWriter::endCell()
{
    if (!m_inCell)
        return;
    m_cells << collapseWhitespace(m_cell);
    m_inCell = false;
}

void LineWriter::endRow()
{
    endCell();
    QString row = m_cells.join(u'\t');
    while (!row.isEmpty() && row.back().isSpace())
        row.chop(1);
    if (!row.isEmpty())
        m_lines << row;
    m_inRow = false;
    m_cells.clear();
}

QStringList LineWriter::finish()
{
    if (m_inRow)
        endRow();
    finishLine();
    while (!m_lines.isEmpty() && m_lines.constLast().isEmpty())
        m_lines.removeLast();
    return m_lines;
}

void LineWriter::finishLine()
{
    const QString line = collapseWhitespace(m_line);
    if (!line.isEmpty())
        m_lines << line;
    m_line.clear();
}

} // namespace ub::html
