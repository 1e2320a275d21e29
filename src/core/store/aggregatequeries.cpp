#include "aggregatequeries.h"

#include "documentrows.h"
#include "sqlrun.h"
#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** The summary column (or expression) a group is read from. figure_summary keeps an unknown year
 *  as 0; NULLIF gives it back as NULL so groups sort exactly as they did over figures on each
 *  engine (PostgreSQL puts NULL last). */
QString columnOf(GroupField field)
{
    switch (field) {
    case GroupField::Region: return u"region"_s;
    case GroupField::Year: return u"NULLIF(year, 0)"_s;
    case GroupField::Category: return u"category"_s;
    case GroupField::Indicator: return u"indicator"_s;
    case GroupField::Unit: return u"unit"_s;
    }
    return {};
}

/** The WHERE conditions of a filter over figure_summary or figure_sources (the same columns),
 *  values appended to bound. */
QStringList conditionsFor(const AggregateFilter &filter, QVariantList &bound)
{
    QStringList conditions = {u"is_primary = 1"_s, u"rejected = 0"_s};
    if (!filter.regions.isEmpty()) {
        QStringList marks;
        for (const QString &region : filter.regions) {
            marks << u"?"_s;
            bound << region;
        }
        conditions << u"region IN (%1)"_s.arg(marks.join(u", "_s));
    }
    // Summary rows of unknown year (0) never fall inside a year range, as NULL years never did.
    if (filter.yearFrom || filter.yearTo)
        conditions << u"year <> 0"_s;
    if (filter.yearFrom) {
        conditions << u"year >= ?"_s;
        bound << *filter.yearFrom;
    }
    if (filter.yearTo) {
        conditions << u"year <= ?"_s;
        bound << *filter.yearTo;
    }
    if (filter.category) {
        conditions << u"category = ?"_s;
        bound << toKey(*filter.category);
    }
    if (!filter.indicator.isEmpty()) {
        conditions << u"indicator = ?"_s;
        bound << filter.indicator;
    }
    if (filter.unit) {
        conditions << u"unit = ?"_s;
        bound << toKey(*filter.unit);
    }
    return conditions;
}

} // namespace

QString AggregateQueries::aggregateSql(const AggregateFilter &filter, const QList<GroupField> &groupBy,
                                      QVariantList *values)
{
    // Read from figure_summary (#7): a panel reads a few hundred groups instead of every figure
    // of a year or a city, and the answer is the same as summing the figures themselves.
    const QStringList conditions = conditionsFor(filter, *values);
    QStringList columns;
    for (GroupField field : groupBy)
        columns << columnOf(field);
    const QString grouped = columns.join(u", "_s);
    return u"SELECT "_s + (grouped.isEmpty() ? QString() : grouped + u", "_s) +
           u"sum(total), sum(figures), sum(approximate) FROM figure_summary WHERE "_s + conditions.join(u" AND "_s) +
           (grouped.isEmpty() ? QString() : u" GROUP BY "_s + grouped + u" ORDER BY "_s + grouped);
}

QList<AggregateRow> AggregateQueries::aggregate(const AggregateFilter &filter, const QList<GroupField> &groupBy,
                                                QString *error)
{
    QVariantList values;
    const QString sql = aggregateSql(filter, groupBy, &values);
    QSqlQuery query(m_store.database());
    QList<AggregateRow> rows;
    if (!runBound(query, sql, values, error))
        return rows;
    while (query.next()) {
        AggregateRow row;
        int column = 0;
        for (GroupField field : groupBy) {
            const QVariant value = query.value(column++);
            switch (field) {
            case GroupField::Region: row.region = value.toString(); break;
            case GroupField::Year: row.year = value.toInt(); break;
            case GroupField::Category: row.category = categoryFromKey(value.toString()).value_or(Category::Other); break;
            case GroupField::Indicator: row.indicator = value.toString(); break;
            case GroupField::Unit: row.unit = unitFromKey(value.toString()).value_or(Unit::Other); break;
            }
        }
        row.sum = query.value(column).toDouble();
        row.figures = query.value(column + 1).toInt();
        row.approximate = query.value(column + 2).toInt();
        if (row.figures > 0)
            rows << row;
    }
    return rows;
}

QList<HighlightReport> AggregateQueries::highlightReports(int year, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<HighlightReport> reports;
    if (!runBound(query,
                  u"SELECT d.name, d.title, count(*) FROM highlights h JOIN documents d ON d.id = h.document_id "
                  "WHERE d.year = ? GROUP BY d.id, d.name, d.title ORDER BY d.title, d.name"_s,
                  {year}, error))
        return reports;
    while (query.next())
        reports.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return reports;
}

QList<HighlightRecord> AggregateQueries::highlightItems(const QString &documentName, int keyFigures, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<HighlightRecord> items;
    if (!runBound(query,
                  u"SELECT h.number, h.title FROM highlights h JOIN documents d ON d.id = h.document_id "
                  "WHERE d.name = ? ORDER BY h.number"_s,
                  {documentName}, error))
        return items;
    QHash<int, qsizetype> byNumber;
    while (query.next()) {
        byNumber.insert(query.value(0).toInt(), items.size());
        items.append({documentName, query.value(0).toInt(), query.value(1).toString(), 0, {}});
    }
    query.finish();
    // The document's figures that stand in an item: one range of the figures' key.
    if (items.isEmpty() ||
        !runBound(query,
                  u"SELECT f.highlight_item, f.quote, f.indicator, f.is_primary FROM documents d JOIN figures f ON "_s +
                      inDocumentRows(u"f.id"_s, u"d.id"_s) +
                      u" WHERE d.name = ? AND f.highlight_item > 0 AND f.rejected = 0 ORDER BY f.id"_s,
                  {documentName}, error))
        return items;
    while (query.next()) {
        const auto it = byNumber.constFind(query.value(0).toInt());
        if (it == byNumber.constEnd())
            continue;
        HighlightRecord &item = items[*it];
        ++item.figures;
        if (query.value(3).toBool() && !query.value(2).toString().isEmpty() && item.keyFigures.size() < keyFigures)
            item.keyFigures << query.value(1).toString().simplified().remove(u' ');
    }
    return items;
}

QList<DocumentMention> AggregateQueries::documentsFor(const QString &region, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<DocumentMention> documents;
    if (!runBound(query,
             u"SELECT d.name, d.title, d.year, t.figures FROM (SELECT document_id, sum(figures) AS figures "
             "FROM figure_sources WHERE region = ? AND rejected = 0 GROUP BY document_id) t "
             "JOIN documents d ON d.id = t.document_id ORDER BY d.year DESC, d.name"_s,
             {region}, error))
        return documents;
    while (query.next())
        documents.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                          query.value(3).toInt()});
    return documents;
}

QStringList AggregateQueries::regions(QString *error)
{
    QSqlQuery query(m_store.database());
    QStringList regions;
    if (!runBound(query, u"SELECT DISTINCT region FROM figure_summary WHERE rejected = 0"_s, {}, error))
        return regions;
    while (query.next())
        regions << query.value(0).toString();
    return regions;
}

QList<DocumentMention> AggregateQueries::sources(const AggregateFilter &filter, QString *error)
{
    QVariantList values;
    // figure_sources holds each document's groups (a few dozen rows per document), so this reads
    // no figure rows at all. Summed per document in its own clustered order first, then joined:
    // half the time of grouping the joined rows.
    const QStringList conditions = conditionsFor(filter, values);
    QSqlQuery query(m_store.database());
    QList<DocumentMention> documents;
    if (!runBound(query,
                  u"SELECT d.name, d.title, d.year, t.figures FROM (SELECT document_id, sum(figures) AS figures "
                  "FROM figure_sources WHERE "_s +
                      conditions.join(u" AND "_s) +
                      u" GROUP BY document_id) t JOIN documents d ON d.id = t.document_id "
                      "ORDER BY t.figures DESC, d.name"_s,
                  values, error))
        return documents;
    while (query.next())
        documents.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
                          query.value(3).toInt()});
    return documents;
}

} // namespace ub
