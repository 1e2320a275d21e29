#include "figuresummary.h"

#include "documentrows.h"
#include "figure.h"
#include "sqlitehandle.h"
#include "sqlrun.h"
#include "sqlvalues.h"
#include "statisticsbuilder.h"
#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ub {

bool FigureSummary::apply(const QString &condition, const QVariantList &values, int sign, QString *error)
{
    // Before a removal the figures stand as they were, after an addition as they are: their
    // statistics are rebuilt either way.
    if (!StatisticsBuilder(m_store).markFiguresChanged(condition, values, error))
        return false;
    // One upsert: the figures' groups are summed in SQL and merged into existing groups. Both
    // engines accept INSERT … SELECT … ON CONFLICT; the GROUP BY keeps SQLite from reading ON as
    // a join constraint.
    const QString s = sign < 0 ? u"-"_s : QString();
    const QString summary =
        u"INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, "
        "figures, approximate) SELECT region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected, "_s +
        s + u"sum(value), "_s + s + u"count(*), "_s + s +
        u"sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures WHERE "_s + condition +
        u" GROUP BY region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected "
        "ON CONFLICT (region, year, category, indicator, unit, is_primary, rejected) DO UPDATE SET "
        "total = figure_summary.total + excluded.total, figures = figure_summary.figures + excluded.figures, "
        "approximate = figure_summary.approximate + excluded.approximate"_s;
    QSqlQuery query(m_store.database());
    return runBound(query, summary, values, error);
}

bool FigureSummary::rebuildSources(const QString &condition, const QVariantList &values, bool withoutMatching,
                                   QString *error)
{
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT DISTINCT document_id FROM figures WHERE "_s + condition, values, error))
        return false;
    QList<qint64> documents;
    while (query.next())
        documents << query.value(0).toLongLong();
    query.finish();
    // A document's groups are recounted whole: figure_sources has no key to merge a difference
    // into, and a document's figures are one range of the figures' primary key.
    const QString documentRows = inBoundDocumentRows(u"id"_s);
    const QString clear = u"DELETE FROM figure_sources WHERE "_s + documentRows;
    const QString insert =
        u"INSERT INTO figure_sources (id, document_id, region, year, category, indicator, unit, is_primary, "
        "rejected, figures) SELECT ? + row_number() OVER (ORDER BY region, COALESCE(year, 0), category, "
        "indicator, unit, is_primary, rejected) - 1, document_id, region, COALESCE(year, 0), category, indicator, "
        "unit, is_primary, rejected, count(*) FROM figures WHERE "_s +
        documentRows + (withoutMatching ? u" AND NOT ("_s + condition + u')' : QString()) +
        u" GROUP BY document_id, region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s;
    for (const qint64 document : std::as_const(documents)) {
        const QVariantList range = {firstRowId(document), lastRowId(document)};
        if (!runBound(query, clear, range, error) ||
            !runBound(query, insert, QVariantList{firstRowId(document)} + range + (withoutMatching ? values : QVariantList()),
                      error))
            return false;
    }
    return true;
}

bool FigureSummary::add(const QString &condition, const QVariantList &values, QString *error)
{
    return apply(condition, values, +1, error) && rebuildSources(condition, values, false, error);
}

bool FigureSummary::remove(const QString &condition, const QVariantList &values, QString *error)
{
    if (!apply(condition, values, -1, error) || !rebuildSources(condition, values, true, error))
        return false;
    // An empty group must vanish rather than linger with a rounding residue as its sum.
    QSqlQuery query(m_store.database());
    return runBound(query, u"DELETE FROM figure_summary WHERE figures = 0"_s, {}, error);
}

namespace {

const char kSummaryInsert[] =
    "INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, figures, "
    "approximate) VALUES ";
const char kSummaryRow[] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char kSummaryConflict[] =
    " ON CONFLICT (region, year, category, indicator, unit, is_primary, rejected) DO UPDATE SET "
    "total = figure_summary.total + excluded.total, figures = figure_summary.figures + excluded.figures, "
    "approximate = figure_summary.approximate + excluded.approximate";
constexpr int kSummaryColumns = 10;

const char kSourcesInsert[] =
    "INSERT INTO figure_sources (id, document_id, region, year, category, indicator, unit, is_primary, rejected, "
    "figures) VALUES ";
const char kSourcesRow[] = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
const char kSourcesConflict[] = ""; // a new document's groups: new rows, numbered in its range
constexpr int kSourcesColumns = 10;

/** An upsert of `rows` rows: a document's groups go a batch per statement on SQLite. */
QByteArray upsertSql(const char *insert, const char *row, const char *conflict, int rows)
{
    QByteArray sql = insert;
    for (int i = 0; i < rows; ++i) {
        if (i > 0)
            sql += ", ";
        sql += row;
    }
    return sql + conflict;
}

/** Groups per upsert statement. */
constexpr int kGroupBatch = 16;

} // namespace

/** The upserts through the sqlite3 C API: an import writes a few dozen groups per document, and
 *  Qt Sql's QVariant binding per value cost more than the upserts themselves (#7). A batch of
 *  groups per statement: one step each for the summary and the sources. */
bool FigureSummary::addGroupsSqlite(sqlite3 *connection, qint64 documentId, const QList<SummaryGroup> &groups,
                                    QString *error)
{
    for (qsizetype first = 0; first < groups.size(); first += kGroupBatch) {
        const int count = int(qMin<qsizetype>(kGroupBatch, groups.size() - first));
        sqlite3_stmt *summary =
            m_store.sqliteStatement(upsertSql(kSummaryInsert, kSummaryRow, kSummaryConflict, count), error);
        sqlite3_stmt *sources =
            summary ? m_store.sqliteStatement(upsertSql(kSourcesInsert, kSourcesRow, kSourcesConflict, count), error)
                    : nullptr;
        if (!sources)
            return false;
        qsizetype units = 0;
        for (int i = 0; i < count; ++i) {
            const SummaryGroup &group = groups.at(first + i);
            units += group.region.size() + group.category.size() + group.indicator.size() + group.unit.size();
        }
        m_texts.startRow(units);
        for (int i = 0; i < count; ++i) {
            const SummaryGroup &group = groups.at(first + i);
            const QByteArrayView texts[] = {m_texts.encode(group.region), m_texts.encode(group.category),
                                            m_texts.encode(group.indicator), m_texts.encode(group.unit)};
            // The group's key, the same columns in both statements (after the sources' document_id).
            auto bindKey = [&](sqlite3_stmt *statement, int first) {
                Utf8RowBinder::bind(statement, first, texts[0]);
                sqlite3_bind_int64(statement, first + 1, group.year);
                Utf8RowBinder::bind(statement, first + 2, texts[1]);
                Utf8RowBinder::bind(statement, first + 3, texts[2]);
                Utf8RowBinder::bind(statement, first + 4, texts[3]);
                sqlite3_bind_int64(statement, first + 5, group.primary ? 1 : 0);
                sqlite3_bind_int64(statement, first + 6, group.rejected ? 1 : 0);
            };
            const int s = i * kSummaryColumns; // the row's first parameter is s + 1
            bindKey(summary, s + 1);
            sqlite3_bind_double(summary, s + 8, group.total);
            sqlite3_bind_int64(summary, s + 9, group.figures);
            sqlite3_bind_int64(summary, s + 10, group.approximate);
            const int d = i * kSourcesColumns;
            sqlite3_bind_int64(sources, d + 1, firstRowId(documentId) + first + i);
            sqlite3_bind_int64(sources, d + 2, documentId);
            bindKey(sources, d + 3);
            sqlite3_bind_int64(sources, d + 10, group.figures);
        }
        for (sqlite3_stmt *statement : {summary, sources}) {
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE) {
                *error = QString::fromUtf8(sqlite3_errmsg(connection));
                return false;
            }
        }
    }
    return true;
}

bool FigureSummary::add(qint64 documentId, const QList<SummaryGroup> &groups, QString *error)
{
    if (groups.isEmpty())
        return true;
    if (!StatisticsBuilder(m_store).markDocumentAdded(documentId, error))
        return false;
    if (sqlite3 *connection = m_store.dialect().isSqlite() ? sqliteHandle(m_store.database()) : nullptr)
        return addGroupsSqlite(connection, documentId, groups, error);
    QSqlQuery summary(m_store.database());
    QSqlQuery sources(m_store.database());
    if (!summary.prepare(QString::fromLatin1(upsertSql(kSummaryInsert, kSummaryRow, kSummaryConflict, 1))) ||
        !sources.prepare(QString::fromLatin1(upsertSql(kSourcesInsert, kSourcesRow, kSourcesConflict, 1)))) {
        *error = (summary.lastError().isValid() ? summary : sources).lastError().text();
        return false;
    }
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const SummaryGroup &group = groups.at(i);
        const QVariantList key = {group.region, group.year,   group.category, group.indicator,
                                  group.unit,   group.primary ? 1 : 0, group.rejected ? 1 : 0};
        int column = 0;
        for (const QVariant &value : key)
            summary.bindValue(column++, value);
        summary.bindValue(column++, group.total);
        summary.bindValue(column++, group.figures);
        summary.bindValue(column++, group.approximate);
        column = 0;
        sources.bindValue(column++, firstRowId(documentId) + i);
        sources.bindValue(column++, documentId);
        for (const QVariant &value : key)
            sources.bindValue(column++, value);
        sources.bindValue(column++, group.figures);
        if (!summary.exec() || !sources.exec()) {
            *error = (summary.lastError().isValid() ? summary : sources).lastError().text();
            return false;
        }
    }
    return true;
}

QList<SummaryGroup> FigureSummary::groupsOf(const QList<Figure> &figures, const QList<bool> &primary)
{
    QList<SummaryGroup> groups;
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < figures.size(); ++i) {
        const Figure &figure = figures.at(i);
        // The same text the figure row gets, so the group is the one SQL would find.
        SummaryGroup key;
        key.region = sqlText(figure.region);
        key.year = figure.year > 0 ? figure.year : 0;
        key.category = toKey(figure.category);
        key.indicator = sqlText(figure.indicator);
        key.unit = toKey(figure.unit);
        key.primary = primary.at(i);
        const QString id = key.region + u'\x1f' + QString::number(key.year) + u'\x1f' + key.category +
                           u'\x1f' + key.indicator + u'\x1f' + key.unit + u'\x1f' +
                           (key.primary ? u'1' : u'0');
        auto it = indexOf.constFind(id);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(id, groups.size());
            groups << key;
        }
        SummaryGroup &group = groups[*it];
        group.total += figure.value;
        group.figures += 1;
        group.approximate += figure.qualifier == Qualifier::Exact ? 0 : 1;
    }
    return groups;
}

} // namespace ub
