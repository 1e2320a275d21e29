#include "statisticsbuilder.h"

#include "documentrows.h"
#include "factmentionreader.h"
#include "sqlitehandle.h"
#include "sqlrun.h"
#include "store.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <tuple>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

constexpr int kFresh = 0;
constexpr int kMarked = 1;
constexpr int kEverything = 2;

/** What one statistic depends on: the figures of one indicator, region and year. */
struct Cell
{
    QString indicator;
    QString region;
    int year = 0;
    bool operator==(const Cell &other) const
    {
        return std::tie(year, indicator, region) == std::tie(other.year, other.indicator, other.region);
    }
};

size_t qHash(const Cell &cell, size_t seed = 0)
{
    return qHashMulti(seed, cell.indicator, cell.region, cell.year);
}

/** SQL that sets the mark: on PostgreSQL the row is always written, so that its lock queues a
 *  marking transaction behind a refresh holding it (SQLite's IMMEDIATE transactions queue anyway,
 *  and an unchanged row there costs no page write). */
QString markSql(bool sqlite)
{
    return sqlite ? u"UPDATE store_state SET value = 1 WHERE key = 'statistics_stale' AND value = 0"_s
                  : u"UPDATE store_state SET value = GREATEST(value, 1) WHERE key = 'statistics_stale'"_s;
}

bool writeStatistics(Store &store, const QList<Statistic> &statistics, QString *error)
{
    QSqlQuery insert(store.database());
    if (!insert.prepare(
            u"INSERT INTO statistics (region, indicator, year, unit, kind, value, qualifier, partial, "
            "as_of, facts, figure_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        if (error)
            *error = insert.lastError().text();
        return false;
    }
    for (const Statistic &s : statistics) {
        QString ids;
        for (const qint64 id : s.figures) {
            if (!ids.isEmpty())
                ids += u' ';
            ids += QString::number(id);
        }
        const QVariantList values = {s.region,
                                     s.indicator,
                                     s.year,
                                     toKey(s.unit),
                                     toKey(s.kind),
                                     s.value,
                                     toKey(s.qualifier),
                                     s.partial ? 1 : 0,
                                     s.asOf,
                                     s.facts,
                                     ids};
        for (int k = 0; k < values.size(); ++k)
            insert.bindValue(k, values.at(k));
        if (!insert.exec()) {
            if (error)
                *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

bool StatisticsBuilder::markDocumentAdded(qint64 documentId, QString *error)
{
    const bool sqlite = m_store.dialect().isSqlite();
    if (sqlite3 *connection = sqlite ? sqliteHandle(m_store.database()) : nullptr) {
        // Once per imported file: statements the store keeps prepared, stepped through the C API.
        sqlite3_stmt *mark = m_store.sqliteStatement(markSql(true).toUtf8(), error);
        sqlite3_stmt *document =
            mark ? m_store.sqliteStatement("INSERT INTO statistics_stale_documents (document_id) VALUES (?) "
                                           "ON CONFLICT DO NOTHING",
                                           error)
                 : nullptr;
        if (!document)
            return false;
        sqlite3_bind_int64(document, 1, documentId);
        for (sqlite3_stmt *statement : {mark, document}) {
            const int rc = sqlite3_step(statement);
            sqlite3_reset(statement);
            if (rc != SQLITE_DONE) {
                if (error)
                    *error = QString::fromUtf8(sqlite3_errmsg(connection));
                return false;
            }
        }
        return true;
    }
    QSqlQuery query(m_store.database());
    return runBound(query, markSql(sqlite), {}, error) &&
           runBound(
               query,
               u"INSERT INTO statistics_stale_documents (document_id) VALUES (?) ON CONFLICT DO NOTHING"_s,
               {documentId}, error);
}

bool StatisticsBuilder::markFiguresChanged(const QString &condition, const QVariantList &values,
                                           QString *error)
{
    QSqlQuery query(m_store.database());
    return runBound(query, markSql(m_store.dialect().isSqlite()), {}, error) &&
           runBound(
               query,
               u"INSERT INTO statistics_stale_cells (indicator, region, year) SELECT DISTINCT indicator, "
               "region, COALESCE(year, 0) FROM figures WHERE indicator <> '' AND ("_s +
                   condition + u") ON CONFLICT DO NOTHING"_s,
               values, error);
}

int StatisticsBuilder::staleState(bool lock, QString *error)
{
    QSqlQuery query(m_store.database());
    // PostgreSQL: the row lock queues a second rebuilder and the imports that would mark meanwhile.
    const QString sql = u"SELECT value FROM store_state WHERE key = 'statistics_stale'"_s +
                        (lock && !m_store.dialect().isSqlite() ? u" FOR UPDATE"_s : QString());
    if (!runBound(query, sql, {}, error))
        return -1;
    if (!query.next()) {
        if (error)
            *error = u"store_state has no statistics_stale row"_s;
        return -1;
    }
    return query.value(0).toInt();
}

bool StatisticsBuilder::isFresh(QString *error)
{
    return staleState(false, error) == kFresh;
}

bool StatisticsBuilder::refresh(QString *error)
{
    const int seen = staleState(false, error);
    if (seen == kFresh)
        return true;
    if (seen < 0)
        return false;
    // A viewer may not write the statistics: its reads compute them instead (asking the server
    // would only fail, and abort the transaction of whoever asked).
    if (!m_store.require(StoreRole::Editor, u"更新统计"_s, error))
        return false;
    if (!m_store.beginTransaction(error))
        return false;
    const int state = staleState(true, error);
    bool ok = state >= 0;
    if (ok && state != kFresh) {
        int documents = 0;
        if (state == kMarked) {
            QSqlQuery count(m_store.database());
            ok = runBound(count, u"SELECT count(*) FROM statistics_stale_documents"_s, {}, error) &&
                 count.next();
            documents = ok ? count.value(0).toInt() : 0;
        }
        ok = ok && (state == kEverything || documents > kIncrementalDocumentLimit ? rebuildAll(error)
                                                                                  : rebuildMarked(error));
        ok = ok && clearMarks(error);
    }
    if (!ok) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

bool StatisticsBuilder::clearMarks(QString *error)
{
    QSqlQuery query(m_store.database());
    return runBound(query, u"DELETE FROM statistics_stale_documents"_s, {}, error) &&
           runBound(query, u"DELETE FROM statistics_stale_cells"_s, {}, error) &&
           runBound(query, u"UPDATE store_state SET value = 0 WHERE key = 'statistics_stale'"_s, {}, error);
}

bool StatisticsBuilder::rebuildAll(QString *error)
{
    MentionsByIndicator mentions;
    qint64 expected = 0;
    {
        // Each indicator's list sized once from the summary's counts: no list grown by doubling.
        QSqlQuery count(m_store.database());
        if (!runBound(
                count,
                u"SELECT indicator, sum(figures) FROM figure_summary WHERE rejected = 0 AND indicator <> '' "
                "GROUP BY indicator"_s,
                {}, error))
            return false;
        while (count.next()) {
            mentions[count.value(0).toString()].reserve(count.value(1).toLongLong());
            expected += count.value(1).toLongLong();
        }
    }
    if (!FactMentionReader(m_store).readAll(expected, &mentions, error))
        return false;
    const QList<Statistic> statistics = aggregateMentions(mentions);
    mentions.clear();
    QSqlQuery query(m_store.database());
    return runBound(query, u"DELETE FROM statistics"_s, {}, error) &&
           writeStatistics(m_store, statistics, error);
}

bool StatisticsBuilder::rebuildMarked(QString *error)
{
    // 1. The marked cells: those marked as such, and those of the marked documents' groups.
    QSet<Cell> cells;
    QSqlQuery query(m_store.database());
    if (!runBound(query, u"SELECT indicator, region, year FROM statistics_stale_cells"_s, {}, error))
        return false;
    while (query.next())
        cells.insert({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    if (!runBound(query,
                  u"SELECT DISTINCT s.indicator, s.region, s.year FROM statistics_stale_documents m JOIN "
                  "figure_sources s ON "_s +
                      inDocumentRows(u"s.id"_s, u"m.document_id"_s) + u" WHERE s.indicator <> ''"_s,
                  {}, error))
        return false;
    while (query.next())
        cells.insert({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    if (cells.isEmpty())
        return true;

    // 2. Every document with figures in those cells, by the groups figure_sources keeps.
    QSet<QString> indicators;
    for (const Cell &cell : std::as_const(cells))
        indicators.insert(cell.indicator);
    QVariantList indicatorValues;
    for (const QString &indicator : std::as_const(indicators))
        indicatorValues << indicator;
    if (!runBound(
            query,
            u"SELECT document_id, indicator, region, year FROM figure_sources WHERE indicator IN (%1)"_s.arg(
                placeholders(indicatorValues.size())),
            indicatorValues, error))
        return false;
    QSet<qint64> documents;
    while (query.next()) {
        if (cells.contains({query.value(1).toString(), query.value(2).toString(), query.value(3).toInt()}))
            documents.insert(query.value(0).toLongLong());
    }
    query.finish();
    if (documents.size() > 4 * kIncrementalDocumentLimit)
        return rebuildAll(error); // the cells span most of the store

    // 3. Those documents' figures in the cells, aggregated; the cells' rows replaced.
    MentionsByIndicator mentions;
    FactMentionReader reader(m_store);
    const QString inCellIndicators = u"f.indicator IN (%1) AND "_s.arg(placeholders(indicatorValues.size()));
    for (const qint64 document : std::as_const(documents)) {
        if (!reader.read(inCellIndicators + inBoundDocumentRows(u"f.id"_s),
                         indicatorValues + QVariantList{firstRowId(document), lastRowId(document)}, &mentions,
                         error))
            return false;
    }
    for (auto it = mentions.begin(); it != mentions.end(); ++it) {
        QList<FactMention> &list = it.value();
        list.removeIf([&](const FactMention &m) { return !cells.contains({it.key(), m.region, m.year}); });
    }
    QSqlQuery remove(m_store.database());
    if (!remove.prepare(u"DELETE FROM statistics WHERE region = ? AND indicator = ? AND year = ?"_s)) {
        if (error)
            *error = remove.lastError().text();
        return false;
    }
    for (const Cell &cell : std::as_const(cells)) {
        remove.bindValue(0, cell.region);
        remove.bindValue(1, cell.indicator);
        remove.bindValue(2, cell.year);
        if (!remove.exec()) {
            if (error)
                *error = remove.lastError().text();
            return false;
        }
    }
    return writeStatistics(m_store, aggregateMentions(mentions), error);
}

} // namespace ub
