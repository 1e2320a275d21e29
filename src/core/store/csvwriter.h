// CSV that Excel and WPS open correctly (UTF-8 with BOM) and that cannot smuggle formulas.
#pragma once

#include <QString>
#include <QVariantList>

class QIODevice;

namespace ub {

/**
 * Writes RFC 4180 rows. Text cells that a spreadsheet would run as a formula (starting with
 * = + - @, tab or carriage return) get a leading apostrophe; numbers are written as numbers.
 */
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &device);

    /** The UTF-8 byte-order mark that tells Excel the file is UTF-8; write it first. */
    void writeByteOrderMark();
    void writeRow(const QVariantList &cells);
    bool hasError() const { return m_error; }

    /** The text as it will be written in a cell: defanged, quoted when needed. */
    static QString cellText(const QVariant &cell);
    /** The apostrophe-prefixed form of text a spreadsheet would take for a formula. */
    static QString defang(const QString &text);

private:
    QIODevice &m_device;
    bool m_error = false;
};

} // namespace ub
