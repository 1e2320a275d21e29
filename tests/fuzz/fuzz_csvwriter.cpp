// libFuzzer target for ub::CsvWriter: cells split from the input (on 0x1f) are written as one row;
// parsed back with RFC 4180 rules, every cell is the input's defanged text and none starts with a
// character a spreadsheet would run as a formula (= + - @, tab, CR).
#include "csvwriter.h"

#include <QBuffer>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstdint>
#include <cstdlib>

namespace {

/** Parses one CRLF-terminated CSV row (which may hold quoted newlines); false when malformed. */
bool parseRow(const QString &line, QStringList *cells)
{
    QString cell;
    qsizetype i = 0;
    const qsizetype n = line.size();
    if (n < 2 || line.at(n - 2) != u'\r' || line.at(n - 1) != u'\n')
        return false;
    const qsizetype end = n - 2;
    while (true) {
        cell.clear();
        if (i < end && line.at(i) == u'"') {
            ++i;
            while (true) {
                if (i >= end)
                    return false; // unterminated quote
                if (line.at(i) == u'"') {
                    if (i + 1 < end && line.at(i + 1) == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += line.at(i++);
            }
            if (i < end && line.at(i) != u',')
                return false; // text after the closing quote
        } else {
            while (i < end && line.at(i) != u',') {
                const QChar c = line.at(i);
                if (c == u'"' || c == u'\r' || c == u'\n')
                    return false; // must have been quoted
                cell += c;
                ++i;
            }
        }
        cells->append(cell);
        if (i >= end)
            return true;
        ++i; // the comma
    }
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList texts = input.split(QChar(0x1f));
    QVariantList cells;
    for (const QString &text : texts)
        cells << QVariant(text);
    cells << QVariant(qint64(size)) << QVariant(double(size) / 7.0);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ub::CsvWriter writer(buffer);
    writer.writeRow(cells);
    if (writer.hasError())
        std::abort();

    QStringList parsed;
    if (!parseRow(QString::fromUtf8(bytes), &parsed) || parsed.size() != cells.size())
        std::abort();
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (parsed.at(i) != ub::CsvWriter::defang(texts.at(i)))
            std::abort();
        if (!parsed.at(i).isEmpty() && isFormulaStart(parsed.at(i).front()))
            std::abort();
    }
    // Numbers stay numbers: written bare, not defanged, even when negative.
    if (parsed.at(texts.size()) != QString::number(qint64(size)))
        std::abort();
    bool ok = false;
    parsed.at(texts.size() + 1).toDouble(&ok);
    if (!ok)
        std::abort();
    return 0;
}
