#include "statscommand.h"

#include "csvwriter.h"
#include "figurescommand.h"
#include "indicatorcatalogue.h"
#include "statisticsqueries.h"
#include "store.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

bool parseYears(const QString &text, StatisticsFilter *filter, QString *error)
{
    if (text.isEmpty())
        return true;
    const QStringList parts = text.split(u'-');
    bool okFrom = false;
    bool okTo = false;
    const int from = parts.first().toInt(&okFrom);
    const int to = parts.size() == 2 ? parts.last().toInt(&okTo) : from;
    if (parts.size() == 1)
        okTo = okFrom;
    if (parts.size() > 2 || !okFrom || !okTo || from < 1900 || to > 2100 || from > to) {
        *error = u"--year: 应为年份（2020）或年份范围（2019-2023），而不是 %1"_s.arg(text);
        return false;
    }
    filter->yearFrom = from;
    filter->yearTo = to;
    return true;
}

QByteArray render(const QList<Statistic> &statistics, const QHash<qint64, SourceDocument> &documents, bool csv)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (csv) {
        CsvWriter writer(buffer);
        writer.writeByteOrderMark();
        writer.writeRow({u"indicator"_s, u"region"_s, u"year"_s, u"value"_s, u"unit"_s, u"kind"_s, u"qualifier"_s,
                         u"partial"_s, u"as_of"_s, u"facts"_s, u"figures"_s, u"sources"_s});
        for (const Statistic &s : statistics) {
            QStringList figures;
            for (const qint64 id : s.figures)
                figures << QString::number(id);
            QStringList sources;
            for (const qint64 id : s.documents)
                sources << documents.value(id).displayName();
            writer.writeRow({s.indicator, s.region, s.year > 0 ? QVariant(s.year) : QVariant(), s.value, toKey(s.unit),
                             toKey(s.kind), toKey(s.qualifier), int(s.partial), s.asOf > 0 ? QVariant(s.asOf) : QVariant(),
                             s.facts, figures.join(u' '), sources.join(u"; "_s)});
        }
        return bytes;
    }
    for (const Statistic &s : statistics) {
        QJsonObject json;
        json.insert(u"indicator"_s, s.indicator);
        json.insert(u"region"_s, s.region);
        json.insert(u"year"_s, s.year);
        json.insert(u"value"_s, s.value);
        json.insert(u"unit"_s, toKey(s.unit));
        json.insert(u"kind"_s, toKey(s.kind));
        json.insert(u"qualifier"_s, toKey(s.qualifier));
        json.insert(u"partial"_s, s.partial);
        if (s.asOf > 0)
            json.insert(u"as_of"_s, s.asOf);
        json.insert(u"facts"_s, s.facts);
        QJsonArray figures;
        for (const qint64 id : s.figures)
            figures.append(id);
        json.insert(u"figures"_s, figures);
        QJsonArray sources;
        for (const qint64 id : s.documents) {
            const SourceDocument document = documents.value(id);
            sources.append(QJsonObject{{u"document"_s, document.name}, {u"title"_s, document.title}});
        }
        json.insert(u"sources"_s, sources);
        bytes += QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
    }
    return bytes;
}

} // namespace

int runStatsCommand(const StatsCommandOptions &options, QTextStream &err)
{
    if (!IndicatorCatalogue::instance().find(options.indicator)) {
        err << u"stats: --indicator: 未知的指标 %1（指标见 docs/indicators.md）"_s.arg(options.indicator) << Qt::endl;
        return 2;
    }
    StatisticsFilter filter;
    filter.indicator = options.indicator;
    QString error;
    if (!parseYears(options.years, &filter, &error)) {
        err << u"stats: "_s << error << Qt::endl;
        return 2;
    }
    for (const QString &region : options.regions.split(u',', Qt::SkipEmptyParts))
        filter.regions << canonicalRegion(region.trimmed());

    const std::unique_ptr<Store> store = Store::open(options.storeLocation, &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    StatisticsQueries queries(*store);
    const QList<Statistic> statistics = queries.statistics(filter, &error);
    if (!error.isEmpty()) {
        err << u"stats: "_s << error << Qt::endl;
        return 1;
    }
    if (statistics.isEmpty()) {
        err << u"stats: 没有符合条件的数字"_s << Qt::endl;
        return 1;
    }
    QList<qint64> ids;
    for (const Statistic &s : statistics) {
        for (const qint64 id : s.documents) {
            if (!ids.contains(id))
                ids << id;
        }
    }
    const QByteArray bytes = render(statistics, queries.documents(ids, &error), options.csv);
    if (options.outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
            err << u"stats: cannot write to standard output"_s << Qt::endl;
            return 1;
        }
        return 0;
    }
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << options.outputPath << u": "_s << file.errorString() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ub
