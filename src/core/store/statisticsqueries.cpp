#include "statisticsqueries.h"

#include "documentrows.h"
#include "factmentionreader.h"
#include "sqlrun.h"
#include "statisticsbuilder.h"
#include "store.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

QList<Statistic> StatisticsQueries::read(const QString &condition, const QVariantList &values,
                                         const QString &figureCondition, const QVariantList &figureValues,
                                         QString *error)
{
    QString ignored;
    if (!StatisticsBuilder(m_store).refresh(&ignored)) {
        // Not ours to rebuild (a read-only login): the same numbers, computed for this read.
        MentionsByIndicator mentions;
        if (!FactMentionReader(m_store).read(figureCondition, figureValues, &mentions, error))
            return {};
        return aggregateMentions(mentions);
    }
    QSqlQuery query(m_store.database());
    QList<Statistic> statistics;
    if (!runBound(query,
                  u"SELECT region, indicator, year, unit, kind, value, qualifier, partial, as_of, facts, "
                  u"figure_ids "
                  "FROM statistics WHERE "_s +
                      condition + u" ORDER BY indicator, region, year, unit"_s,
                  values, error))
        return statistics;
    while (query.next()) {
        Statistic s;
        s.region = query.value(0).toString();
        s.indicator = query.value(1).toString();
        s.year = query.value(2).toInt();
        s.unit = unitFromKey(query.value(3).toString()).value_or(Unit::Other);
        s.kind = figureKindFromKey(query.value(4).toString()).value_or(FigureKind::Flow);
        s.value = query.value(5).toDouble();
        s.qualifier = qualifierFromKey(query.value(6).toString()).value_or(Qualifier::Exact);
        s.partial = query.value(7).toInt() != 0;
        s.asOf = query.value(8).toInt();
        s.facts = query.value(9).toInt();
        // A city's statistic at 1M figures lists thousands of figures: the ids are read in one pass,
        // and each document is looked up in a set once the list is long (a linear search per
        // figure made the city panel quadratic in its figures, #19). Documents stay in the order
        // their first figure has.
        const QString ids = query.value(10).toString();
        s.figures.reserve(ids.size() / 9);
        QSet<qint64> seen;
        qint64 figure = -1;
        auto take = [&] {
            if (figure < 0)
                return;
            s.figures.append(figure);
            const qint64 document = figure / kRowsPerDocument;
            figure = -1;
            if (!s.documents.isEmpty() && s.documents.constLast() == document)
                return;
            if (s.documents.size() < 8) {
                if (s.documents.contains(document))
                    return;
            } else {
                if (seen.isEmpty())
                    seen = QSet<qint64>(s.documents.cbegin(), s.documents.cend());
                if (seen.contains(document))
                    return;
                seen.insert(document);
            }
            s.documents.append(document);
        };
        for (const QChar c : ids) {
            const char16_t u = c.unicode();
            if (u >= u'0' && u <= u'9')
                figure = (figure < 0 ? 0 : figure * 10) + (u - u'0');
            else
                take();
        }
        take();
        statistics.append(s);
    }
    return statistics;
}

QList<Statistic> StatisticsQueries::statistics(const StatisticsFilter &filter, QString *error)
{
    QString condition = u"indicator = ?"_s;
    QVariantList values = {filter.indicator};
    QString figureCondition = u"f.indicator = ?"_s;
    if (!filter.regions.isEmpty()) {
        condition += u" AND region IN (%1)"_s.arg(placeholders(filter.regions.size()));
        figureCondition += u" AND f.region IN (%1)"_s.arg(placeholders(filter.regions.size()));
        for (const QString &region : filter.regions)
            values << region;
    }
    if (filter.yearFrom) {
        condition += u" AND year >= ?"_s;
        figureCondition += u" AND f.year >= ?"_s;
        values << *filter.yearFrom;
    }
    if (filter.yearTo) {
        condition += u" AND year <= ?"_s;
        figureCondition += u" AND f.year <= ?"_s;
        values << *filter.yearTo;
    }
    return read(condition, values, figureCondition, values, error);
}

QList<Statistic> StatisticsQueries::forRegion(const QString &region, QString *error)
{
    return read(u"region = ?"_s, {region}, u"f.region = ?"_s, {region}, error);
}

QList<IndicatorCoverage> StatisticsQueries::coverage(int year, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<IndicatorCoverage> list;
    if (!runBound(
            query,
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
    if (!runBound(query,
                  u"SELECT id, name, title, COALESCE(year, 0) FROM documents WHERE id IN (%1)"_s.arg(
                      placeholders(ids.size())),
                  values, error))
        return documents;
    while (query.next())
        documents.insert(query.value(0).toLongLong(), {query.value(0).toLongLong(), query.value(1).toString(),
                                                       query.value(2).toString(), query.value(3).toInt()});
    return documents;
}

} // namespace ub
