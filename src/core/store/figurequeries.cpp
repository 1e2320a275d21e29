#include "figurequeries.h"

#include "documentrows.h"

#include "sqlrun.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** A WHERE clause and the values bound to its placeholders, in order. */
struct Where
{
    QString sql;
    QVariantList values;

    void add(const QString &condition, const QVariant &value = {})
    {
        sql += (sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + condition;
        if (value.isValid())
            values << value;
    }
};

/** The conditions on columns the figures table and figure_summary share; `prefix` is the
 *  figures table's alias, or empty for the summary. */
void addColumnConditions(Where &where, const FigureFilter &filter, const QString &prefix)
{
    if (filter.year)
        where.add(prefix + u"year = ?"_s, *filter.year);
    if (!filter.region.isEmpty())
        where.add(prefix + u"region = ?"_s, filter.region);
    if (filter.category)
        where.add(prefix + u"category = ?"_s, toKey(*filter.category));
    if (!filter.indicator.isEmpty())
        where.add(prefix + u"indicator = ?"_s, filter.indicator);
    if (filter.unit)
        where.add(prefix + u"unit = ?"_s, toKey(*filter.unit));
    if (!filter.includeRejected)
        where.add(prefix + u"rejected = 0"_s);
    if (filter.primaryOnly)
        where.add(prefix + u"is_primary = 1"_s);
}

Where whereOf(const FigureFilter &filter)
{
    Where where;
    addColumnConditions(where, filter, u"f."_s);
    if (filter.qualifier)
        where.add(u"f.qualifier = ?"_s, toKey(*filter.qualifier));
    if (!filter.documentName.isEmpty()) {
        where.add(u"d.name = ?"_s, filter.documentName);
        where.add(inDocumentRows(u"f.id"_s, u"d.id"_s)); // the document's rows: one range of the key
        if (filter.highlightItem > 0)
            where.add(u"f.highlight_item = ?"_s, filter.highlightItem);
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (const qint64 id : filter.ids) {
            marks << u"?"_s;
            where.values << id;
        }
        where.sql += (where.sql.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"f.id IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (!filter.text.isEmpty()) {
        // instr() would be faster but is not portable; the pattern is bound, and its wildcards escaped.
        QString pattern = filter.text;
        pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        where.sql += (where.sql.isEmpty() ? u" WHERE "_s : u" AND "_s) +
                     u"(f.quote LIKE ? ESCAPE '\\' OR f.subject LIKE ? ESCAPE '\\' OR f.sentence LIKE ? ESCAPE '\\' "
                     "OR f.sentence_id IN (SELECT id FROM sentences WHERE text LIKE ? ESCAPE '\\'))"_s;
        where.values << pattern << pattern << pattern << pattern;
    }
    return where;
}

/** The same filter over figure_summary, when the summary can answer it exactly: no text search
 *  and no qualifier (neither is a summary key), and a year that can exist (the summary holds an
 *  unknown year as 0). */
std::optional<Where> summaryWhereOf(const FigureFilter &filter)
{
    if (!filter.text.isEmpty() || filter.qualifier || (filter.year && *filter.year <= 0) || !filter.documentName.isEmpty()
        || !filter.ids.isEmpty())
        return std::nullopt;
    Where where;
    addColumnConditions(where, filter, QString());
    return where;
}

/** ORDER BY for the filter: a fixed column (never user text), then document order as tie-breaker. */
QString orderOf(const FigureFilter &filter, const SqlDialect &dialect)
{
    const QString documentOrder = u"f.id"_s; // (document, ordinal) order, see documentrows.h
    if (!filter.order)
        return u" ORDER BY "_s + documentOrder;
    QString column;
    switch (*filter.order) {
    case FigureOrder::Document: column = u"d.name"_s; break;
    case FigureOrder::Quote: column = u"f.quote"_s + dialect.pinyinCollation(); break;
    case FigureOrder::Value: column = u"f.value"_s; break;
    case FigureOrder::Unit: column = u"f.unit"_s; break;
    case FigureOrder::Qualifier: column = u"f.qualifier"_s; break;
    case FigureOrder::Region: column = u"f.region"_s + dialect.pinyinCollation(); break;
    case FigureOrder::Year: column = u"f.year"_s; break;
    case FigureOrder::Category: column = u"f.category"_s; break;
    case FigureOrder::Indicator: column = u"f.indicator"_s; break;
    case FigureOrder::Subject: column = u"f.subject"_s + dialect.pinyinCollation(); break;
    }
    return u" ORDER BY "_s + column + (filter.descending ? u" DESC, "_s : u", "_s) + documentOrder;
}


} // namespace

static FigureRecord recordFrom(const QSqlQuery &query)
{
    FigureRecord r;
    r.id = query.value(0).toLongLong();
    r.documentName = query.value(1).toString();
    r.figureKey = query.value(2).toString();
    Figure &f = r.figure;
    f.start = query.value(3).toLongLong();
    f.end = query.value(4).toLongLong();
    f.quote = query.value(5).toString();
    f.value = query.value(6).toDouble();
    f.unit = unitFromKey(query.value(7).toString()).value_or(Unit::Other);
    f.unitText = query.value(8).toString();
    f.qualifier = qualifierFromKey(query.value(9).toString()).value_or(Qualifier::Exact);
    f.region = query.value(10).toString();
    f.subregion = query.value(11).toString();
    f.year = query.value(12).toInt();
    f.category = categoryFromKey(query.value(13).toString()).value_or(Category::Other);
    f.indicator = query.value(14).toString();
    f.subject = query.value(15).toString();
    f.sentence = query.value(16).toString();
    f.sentenceStart = query.value(17).toLongLong();
    f.page = query.value(18).toInt();
    f.highlightItem = query.value(19).toInt();
    f.block = query.value(20).toInt();
    f.fact = query.value(21).toInt();
    r.primary = query.value(22).toBool();
    r.edited = query.value(23).toBool();
    r.rejected = query.value(24).toBool();
    f.kind = figureKindFromKey(query.value(25).toString()).value_or(FigureKind::Flow);
    f.asOf = query.value(26).toInt();
    r.documentTitle = query.value(27).toString();
    r.confidence = query.value(28).toInt();
    return r;
}

bool FigureQueries::selectFigures(const FigureFilter &filter, const QString &tail, const QVariantList &tailValues,
                                  const std::function<void(const FigureRecord &)> &visit, QString *error)
{
    const Where where = whereOf(filter);
    QSqlQuery query(m_store.database());
    const QString sql =
        u"SELECT f.id, d.name, f.figure_key, f.start_offset, f.end_offset, f.quote, f.value, f.unit, f.unit_text, "
        "f.qualifier, f.region, f.subregion, f.year, f.category, f.indicator, f.subject, "
        "CASE WHEN f.sentence_id IS NULL THEN f.sentence "
        "ELSE (SELECT s.text FROM sentences s WHERE s.id = f.sentence_id) END, "
        "f.sentence_start, f.page, f.highlight_item, f.block, f.fact, f.is_primary, f.edited, f.rejected, "
        "f.kind, f.as_of, d.title, f.confidence FROM figures f JOIN documents d ON d.id = f.document_id"_s +
        where.sql + tail;
    if (!runBound(query, sql, where.values + tailValues, error))
        return false;
    while (query.next())
        visit(recordFrom(query));
    return true;
}

QList<FigureRecord> FigureQueries::figures(const FigureFilter &filter, int offset, int limit, QString *error)
{
    QList<FigureRecord> records;
    selectFigures(filter, orderOf(filter, m_store.dialect()) + u" LIMIT ? OFFSET ?"_s, {limit, offset},
                  [&records](const FigureRecord &record) { records << record; }, error);
    return records;
}

bool FigureQueries::forEachFigure(const FigureFilter &filter, const std::function<void(const FigureRecord &)> &visit,
                                  QString *error)
{
    return selectFigures(filter, orderOf(filter, m_store.dialect()), {}, visit, error);
}

int FigureQueries::countFigures(const FigureFilter &filter, QString *error)
{
    // The figure table counts on every reload; over figures that is a scan of up to a million
    // index entries, over the summary a few thousand rows (#7).
    QSqlQuery query(m_store.database());
    if (const std::optional<Where> summary = summaryWhereOf(filter)) {
        if (!runBound(query, u"SELECT COALESCE(sum(figures), 0) FROM figure_summary"_s + summary->sql, summary->values,
                      error) ||
            !query.next())
            return 0;
        return query.value(0).toInt();
    }
    const Where where = whereOf(filter);
    const QString from = filter.documentName.isEmpty() ? u" FROM figures f"_s
                                                       : u" FROM figures f JOIN documents d ON d.id = f.document_id"_s;
    if (!runBound(query, u"SELECT count(*)"_s + from + where.sql, where.values, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<RegionCount> FigureQueries::countsByRegion(const FigureFilter &filter, QString *error)
{
    QSqlQuery query(m_store.database());
    QList<RegionCount> counts;
    bool ran = false;
    if (const std::optional<Where> summary = summaryWhereOf(filter)) {
        ran = runBound(query,
                       u"SELECT region, sum(figures), sum(approximate) FROM figure_summary"_s + summary->sql +
                           u" GROUP BY region HAVING sum(figures) > 0 ORDER BY sum(figures) DESC, region"_s,
                       summary->values, error);
    } else {
        const Where where = whereOf(filter);
        ran = runBound(query,
                       u"SELECT f.region, count(*), sum(CASE WHEN f.qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures f "
                       "JOIN documents d ON d.id = f.document_id"_s +
                           where.sql + u" GROUP BY f.region ORDER BY count(*) DESC, f.region"_s,
                       where.values, error);
    }
    if (!ran)
        return counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt()});
    return counts;
}

QList<int> FigureQueries::years(QString *error)
{
    QSqlQuery query(m_store.database());
    QList<int> years;
    if (!runBound(query, u"SELECT DISTINCT year FROM figure_summary WHERE year <> 0 ORDER BY year"_s, {}, error))
        return years;
    while (query.next())
        years << query.value(0).toInt();
    return years;
}

int FigureQueries::documentCount(QString *error)
{
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT count(*) FROM documents"_s, {}, error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

std::optional<DocumentRecord> FigureQueries::document(const QString &name, QString *error)
{
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT id, name, title, kind, year, text FROM documents WHERE name = ?"_s, {name}, error) ||
        !query.next())
        return std::nullopt;
    return DocumentRecord{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(),   query.value(4).toInt(),    query.value(5).toString()};
}

} // namespace ub
