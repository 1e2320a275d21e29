#include "statisticsqueries.h"

#include "aggregation.h"
#include "indicatorcatalogue.h"
#include "sqlrun.h"
#include "store.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

QString marks(qsizetype count)
{
    QStringList list;
    for (qsizetype k = 0; k < count; ++k)
        list << u"?"_s;
    return list.join(u", "_s);
}

QList<Statistic> aggregateAll(const QHash<QString, QList<FactMention>> &byIndicator)
{
    QList<Statistic> statistics;
    QStringList keys = byIndicator.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Indicator *indicator = IndicatorCatalogue::instance().find(key);
        statistics += aggregateByKind(key, indicator ? indicator->kind : FigureKind::Flow, byIndicator.value(key));
    }
    return statistics;
}

} // namespace

bool StatisticsQueries::readMentions(const QString &condition, const QVariantList &values,
                                     QHash<QString, QList<FactMention>> *out, QString *error)
{
    QSqlQuery query(m_store.database());
    const QString sql =
        u"SELECT f.indicator, f.id, f.document_id, f.fact, f.region, f.subregion, COALESCE(f.year, 0), f.value, "
        "f.unit, f.qualifier, f.kind, f.as_of, f.quote, d.date FROM figures f JOIN documents d ON d.id = "
        "f.document_id WHERE f.rejected = 0 AND "_s +
        condition;
    if (!runBound(query, sql, values, error))
        return false;
    while (query.next()) {
        FactMention mention;
        mention.figureId = query.value(1).toLongLong();
        mention.documentId = query.value(2).toLongLong();
        mention.fact = query.value(3).toInt();
        mention.region = query.value(4).toString();
        mention.subregion = query.value(5).toString();
        mention.year = query.value(6).toInt();
        mention.value = query.value(7).toDouble();
        mention.unit = unitFromKey(query.value(8).toString()).value_or(Unit::Other);
        mention.qualifier = qualifierFromKey(query.value(9).toString()).value_or(Qualifier::Exact);
        mention.kind = figureKindFromKey(query.value(10).toString()).value_or(FigureKind::Flow);
        mention.asOf = query.value(11).toInt();
        mention.quote = query.value(12).toString();
        mention.documentDate = query.value(13).toInt();
        (*out)[query.value(0).toString()].append(mention);
    }
    return true;
}

QList<Statistic> StatisticsQueries::statistics(const StatisticsFilter &filter, QString *error)
{
    QStringList regions = filter.regions;
    if (regions.isEmpty()) {
        // Every region, named: the index leads with the region.
        QSqlQuery query(m_store.database());
        if (!runBound(query, u"SELECT DISTINCT region FROM figure_summary WHERE indicator = ?"_s, {filter.indicator},
                      error))
            return {};
        while (query.next())
            regions << query.value(0).toString();
        if (regions.isEmpty())
            return {};
    }
    QString condition = u"f.region IN (%1) AND f.indicator = ?"_s.arg(marks(regions.size()));
    QVariantList values;
    for (const QString &region : std::as_const(regions))
        values << region;
    values << filter.indicator;
    if (filter.yearFrom) {
        condition += u" AND f.year >= ?"_s;
        values << *filter.yearFrom;
    }
    if (filter.yearTo) {
        condition += u" AND f.year <= ?"_s;
        values << *filter.yearTo;
    }
    QHash<QString, QList<FactMention>> mentions;
    if (!readMentions(condition, values, &mentions, error))
        return {};
    return aggregateAll(mentions);
}

QList<Statistic> StatisticsQueries::forRegion(const QString &region, QString *error)
{
    QHash<QString, QList<FactMention>> mentions;
    if (!readMentions(u"f.region = ? AND f.indicator <> ''"_s, {region}, &mentions, error))
        return {};
    return aggregateAll(mentions);
}

QList<IndicatorCoverage> StatisticsQueries::coverage(int year, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<IndicatorCoverage> list;
    if (!runBound(query,
                  u"SELECT indicator, count(DISTINCT region), sum(figures) FROM figure_summary WHERE year = ? AND "
                  "indicator <> '' AND rejected = 0 AND is_primary = 1 GROUP BY indicator "
                  "ORDER BY count(DISTINCT region) DESC, sum(figures) DESC, indicator"_s,
                  {year}, error))
        return list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return list;
}

QHash<qint64, SourceDocument> StatisticsQueries::documents(const QList<qint64> &ids, QString *error)
{
    QHash<qint64, SourceDocument> documents;
    if (ids.isEmpty())
        return documents;
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT id, name, title, COALESCE(year, 0) FROM documents WHERE id IN (%1)"_s.arg(marks(ids.size())),
                  values, error))
        return documents;
    while (query.next())
        documents.insert(query.value(0).toLongLong(), {query.value(0).toLongLong(), query.value(1).toString(),
                                                       query.value(2).toString(), query.value(3).toInt()});
    return documents;
}

} // namespace ub
