#include "chartbatch.h"

#include "chartexporter.h"
#include "regionorder.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ub {

QString ChartBatch::toKey(Per per) { return per == Per::City ? u"city"_s : u"year"_s; }

std::optional<ChartBatch::Per> ChartBatch::perFromKey(QStringView key)
{
    if (key == u"city"_s)
        return Per::City;
    if (key == u"year"_s)
        return Per::Year;
    return std::nullopt;
}

QList<ChartRequest> ChartBatch::expand(ChartDataBuilder &builder, const ChartRequest &asked, Per per, QString *error)
{
    QList<ChartRequest> requests;
    // A category stands for its headline indicator, settled once for the whole batch: every
    // chart of a batch shows the same indicator, so the slides compare.
    ChartRequest base = asked;
    if (base.measure.indicator.isEmpty() && base.measure.category && base.view != ChartView::Categories) {
        const QString indicator = builder.headlineIndicator(*base.measure.category, base, error);
        if (!indicator.isEmpty())
            base.measure = {std::nullopt, indicator};
    }
    if (per == Per::City) {
        const QStringList regions = base.regions.isEmpty() ? standardRegions().mid(1) : base.regions;
        for (const QString &region : regions) {
            ChartRequest request = base;
            request.view = ChartView::City;
            request.regions = {region};
            requests << request;
        }
        return requests;
    }
    if (base.view == ChartView::City) {
        if (error)
            *error = tr("one chart per year needs the year, categories or compare view: a city chart already spans the years");
        return requests;
    }
    ChartRequest range = base;
    for (int year : builder.years(range, error)) {
        if ((base.yearFrom > 0 && year < base.yearFrom) || (base.yearTo > 0 && year > base.yearTo))
            continue;
        ChartRequest request = base;
        request.yearFrom = year;
        request.yearTo = year;
        requests << request;
    }
    return requests;
}

std::optional<ExportFormat> ChartBatch::templateFormat(const QString &nameTemplate)
{
    return exportFormatForPath(nameTemplate);
}

QString ChartBatch::fileName(const QString &nameTemplate, const ChartData &chart, int number, ExportFormat format)
{
    QString name = nameTemplate;
    if (templateFormat(name))
        name.chop(QFileInfo(name).suffix().size() + 1);
    name.replace(u"{year}"_s, chart.yearKey())
        .replace(u"{city}"_s, chart.regionKey())
        .replace(u"{region}"_s, chart.regionKey())
        .replace(u"{indicator}"_s, chart.request.measure.key())
        .replace(u"{view}"_s, ub::toKey(chart.request.view))
        .replace(u"{n}"_s, u"%1"_s.arg(number, 2, 10, QChar(u'0')));
    // A template is a name, never a path: no separators, nothing Windows or a shell would trip on.
    for (QChar &c : name) {
        if (c.unicode() < 0x20 || QStringView(u"/\\:*?\"<>|").contains(c))
            c = u'_';
    }
    name = name.trimmed();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = u"chart_%1"_s.arg(number, 2, 10, QChar(u'0'));
    return name + u'.' + ub::toKey(format);
}

bool ChartBatch::writeFiles(const ChartExporter &exporter, const QList<ChartData> &charts, const QString &directory,
                            const QString &nameTemplate, ExportFormat format, QStringList *written, QString *error)
{
    QStringList names;
    QSet<QString> seen;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString name = fileName(nameTemplate, charts.at(i), int(i) + 1, format);
        if (seen.contains(name)) {
            if (error)
                *error = tr("the name template \"%1\" gives two charts the name %2; add {city}, {year} or {n}")
                             .arg(nameTemplate, name);
            return false;
        }
        seen.insert(name);
        names << name;
    }
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(directory);
        return false;
    }
    const QDir dir(directory);
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString path = dir.filePath(names.at(i));
        if (!exporter.write(charts.at(i), path, error))
            return false;
        if (written)
            *written << path;
    }
    return true;
}

} // namespace ub
