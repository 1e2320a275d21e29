// Text of a web page written out by lines and table rows, with whitespace collapsed as a browser shows it.
#pragma once

#include <QString>
#include <QStringList>

namespace ub::html {

/**
 * Collapses whitespace as a browser shows it and trims: runs become one space, except a source line
 * break between two Chinese characters, which is nothing (CSS Text's segment break transformation).
 */
QString collapseWhitespace(const QString &raw);

/**
 * Collects a page's text, fed in document order, into lines: blocks end lines, a table row is one
 * line with its cells joined by '\t', empty lines come only from the author (see emptyLine()).
 */
class LineWriter
{
public:
    /** Text as the page has it; whitespace between a row's cells is ignored. */
    void text(const QString &text);
    /** The end or start of a block: the line so far ends, if it has anything. */
    void lineBreak();
    /** <br>: ends the line; on a line with nothing yet, it is a visible empty line. */
    void explicitBreak();
    /**
     * An empty line the author made (<p>&nbsp;</p>, <br><br>), kept like an empty paragraph of a Word
     * file: reports mark their paragraphs and speakers' blocks that way. Never two in a row.
     */
    void emptyLine();
    void beginRow();
    void beginCell();
    void endCell();
    void endRow();

    int lineCount() const { return int(m_lines.size()); }
    /** The lines, without empty ones at the end. */
    QStringList finish();

private:
    void finishLine();

    QStringList m_lines;
    QString m_line;
    bool m_inRow = false;
    bool m_inCell = false;
    QString m_cell;
    QStringList m_cells;
};

} // namespace ub::html
