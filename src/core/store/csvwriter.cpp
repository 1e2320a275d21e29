#include "csvwriter.h"

#include <QIODevice>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

CsvWriter::CsvWriter(QIODevice &device) : m_device(device) {}

void CsvWriter::writeByteOrderMark()
{
    if (m_device.write("\xEF\xBB\xBF", 3) != 3)
        m_error = true;
}

QString CsvWriter::defang(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r' ||
        first == u'＝' || first == u'＋' || first == u'－' || first == u'＠')
        return u'\'' + text;
    return text;
}

QString CsvWriter::cellText(const QVariant &cell)
{
    QString text;
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return cell.toString();
    case QMetaType::Double:
        // Whole numbers without a trailing ".0"; others with full precision.
        return QString::number(cell.toDouble(), 'g', 15);
    default:
        text = cell.isNull() ? QString() : defang(cell.toString());
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
        text = u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
    return text;
}

void CsvWriter::writeRow(const QVariantList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += cellText(cells.at(i));
    }
    line += u"\r\n"_s;
    const QByteArray bytes = line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_error = true;
}

} // namespace ub
