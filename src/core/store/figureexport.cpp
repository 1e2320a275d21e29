#include "figureexport.h"

#include "csvwriter.h"
#include "figurejson.h"
#include "figurejsonwriter.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ub {

QJsonObject storedFigureToJson(const FigureRecord &record)
{
    QJsonObject object = figureToJson(record.figure, record.documentName);
    object.insert(u"id"_s, record.id);
    object.insert(u"edited"_s, record.edited);
    object.insert(u"primary"_s, record.primary);
    if (record.confidence >= 0) // recognised by OCR: how sure the recogniser was of its characters
        object.insert(u"confidence"_s, record.confidence);
    return object;
}

static QVariantList csvHeader()
{
    return {u"id"_s,       u"doc"_s,       u"start"_s,  u"end"_s,      u"quote"_s,     u"value"_s,
            u"unit"_s,     u"unit_text"_s, u"qualifier"_s, u"region"_s, u"subregion"_s, u"year"_s,
            u"category"_s, u"indicator"_s, u"kind"_s,    u"as_of"_s,   u"subject"_s,   u"page"_s,
            u"edited"_s,   u"primary"_s,   u"sentence"_s};
}

static QVariantList csvRow(const FigureRecord &record)
{
    const Figure &f = record.figure;
    return {record.id,       record.documentName, f.start,        f.end,
            f.quote,         f.value,             toKey(f.unit),  f.unitText,
            toKey(f.qualifier), f.region,         f.subregion,    f.year > 0 ? QVariant(f.year) : QVariant(),
            toKey(f.category), f.indicator,       toKey(f.kind),  f.asOf > 0 ? QVariant(f.asOf) : QVariant(),
            f.subject,       f.page,              int(record.edited), int(record.primary), f.sentence};
}

bool exportFigures(Store &store, const FigureFilter &filter, FigureFormat format, QIODevice &device, QString *error,
                   const QList<QVariantList> &preamble)
{
    bool writeFailed = false;
    bool ok = false;
    if (format == FigureFormat::Csv) {
        CsvWriter csv(device);
        csv.writeByteOrderMark();
        for (const QVariantList &row : preamble)
            csv.writeRow(row);
        csv.writeRow(csvHeader());
        ok = FigureQueries(store).forEachFigure(
            filter, [&csv](const FigureRecord &record) { csv.writeRow(csvRow(record)); }, error);
        writeFailed = csv.hasError();
    } else {
        // Streamed: the lines go into one buffer written out a megabyte at a time (#19).
        QByteArray buffer;
        FigureJsonWriter writer(buffer);
        auto flush = [&] {
            writeFailed |= device.write(buffer) != buffer.size();
            buffer.clear();
        };
        ok = FigureQueries(store).forEachFigure(
            filter,
            [&](const FigureRecord &record) {
                FigureJsonExtras extras;
                extras.id = record.id;
                extras.edited = record.edited ? 1 : 0;
                extras.primary = record.primary ? 1 : 0;
                extras.confidence = record.confidence;
                writer.write(record.figure, record.documentName, extras);
                if (buffer.size() >= (1 << 20))
                    flush();
            },
            error);
        flush();
    }
    if (ok && writeFailed) {
        *error = u"写入失败：%1"_s.arg(device.errorString());
        return false;
    }
    return ok;
}

} // namespace ub
