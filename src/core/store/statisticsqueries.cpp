#include "statisticsqueries.h"

#include "aggregation.h"
#include "documentrows.h"
#include "indicatorcatalogue.h"
#include "sqlrun.h"
#include "store.h"

#include <QSqlError>
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
        statistics +=
            aggregateByKind(key, indicator ? indicator->kind : FigureKind::Flow, byIndicator.value(key));
    }
    return statistics;
}

} // namespace

bool StatisticsQueries::readMentions(const QString &condition, const QVariantList &values,
                                     QHash<QString, QList<FactMention>> *out, QString *error)
{
    QSqlQuery query(m_store.database());
    const QString sql =
        u"SELECT f.indicator, f.id, f.document_id, f.fact, f.region, f.subregion, COALESCE(f.year, 0), "
        u"f.value, "
        "f.unit, f.qualifier, f.kind, f.as_of, f.quote, d.date FROM figures f JOIN documents d ON d.id = "
        "f.document_id WHERE f.rejected = 0 AND f.indicator <> '' AND "_s +
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

bool StatisticsQueries::isFresh(QString *error)
{
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT value FROM store_state WHERE key = 'statistics_stale'"_s, {}, error) ||
        !query.next())
        return false;
    return query.value(0).toInt() == 0;
}

bool StatisticsQueries::refresh(QString *error)
{
    if (isFresh(error))
        return true;
    // One write transaction: an import committing meanwhile waits, so the stale mark it sets is
    // never cleared by a rebuild that did not see its figures.
    if (!m_store.beginTransaction(error))
        return false;
    QHash<QString, QList<FactMention>> mentions;
    QSqlQuery query(m_store.database());
    // PostgreSQL: the row lock queues a second rebuilder (SQLite's IMMEDIATE transaction already did).
    const QString readMark = u"SELECT value FROM store_state WHERE key = 'statistics_stale'"_s +
                             (m_store.dialect().isSqlite() ? QString() : u" FOR UPDATE"_s);
    bool ok = runBound(query, readMark, {}, error) && query.next();
    if (ok && query.value(0).toInt() == 0) {
        query.finish();
        return m_store.commit(error); // another connection rebuilt them meanwhile
    }
    query.finish();
    ok = ok && readMentions(u"1 = 1"_s, {}, &mentions, error) &&
         runBound(query, u"DELETE FROM statistics"_s, {}, error);
    if (ok) {
        QSqlQuery insert(m_store.database());
        ok = insert.prepare(
            u"INSERT INTO statistics (region, indicator, year, unit, kind, value, qualifier, partial, "
            "as_of, facts, figure_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const Statistic &s : aggregateAll(mentions)) {
            if (!ok)
                break;
            QStringList ids;
            ids.reserve(s.figures.size());
            for (const qint64 id : s.figures)
                ids << QString::number(id);
            const QVariantList values = {
                s.region,           s.indicator,       s.year, toKey(s.unit), toKey(s.kind), s.value,
                toKey(s.qualifier), s.partial ? 1 : 0, s.asOf, s.facts,       ids.join(u' ')};
            for (int k = 0; k < values.size(); ++k)
                insert.bindValue(k, values.at(k));
            ok = insert.exec();
            if (!ok && error)
                *error = insert.lastError().text();
        }
    }
    ok = ok &&
         runBound(query, u"UPDATE store_state SET value = 0 WHERE key = 'statistics_stale'"_s, {}, error);
    if (!ok) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

QList<Statistic> StatisticsQueries::read(const QString &condition, const QVariantList &values,
                                         const QString &figureCondition, const QVariantList &figureValues,
                                         QString *error)
{
    QString ignored;
    if (!refresh(&ignored)) {
        // Not ours to rebuild (a read-only login): the same numbers, computed for this read.
        QHash<QString, QList<FactMention>> mentions;
        if (!readMentions(figureCondition, figureValues, &mentions, error))
            return {};
        return aggregateAll(mentions);
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
        const QString ids = query.value(10).toString();
        for (const QStringView id : QStringView(ids).split(u' ', Qt::SkipEmptyParts)) {
            const qint64 figure = id.toLongLong();
            s.figures.append(figure);
            const qint64 document = figure / kRowsPerDocument;
            if (!s.documents.contains(document))
                s.documents.append(document);
        }
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
        condition += u" AND region IN (%1)"_s.arg(marks(filter.regions.size()));
        figureCondition += u" AND f.region IN (%1)"_s.arg(marks(filter.regions.size()));
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
                      marks(ids.size())),
                  values, error))
        return documents;
    while (query.next())
        documents.insert(query.value(0).toLongLong(), {query.value(0).toLongLong(), query.value(1).toString(),
                                                       query.value(2).toString(), query.value(3).toInt()});
    return documents;
}

} // namespace ub
