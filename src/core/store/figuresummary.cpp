#include "figuresummary.h"

#include "figure.h"
#include "sqlitehandle.h"
#include "sqlrun.h"
#include "sqlvalues.h"
#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ub {

bool FigureSummary::apply(const QString &condition, const QVariantList &values, int sign, QString *error)
{
    // One upsert per call: the figures' groups are summed in SQL and merged into existing groups.
    // Both engines accept INSERT … SELECT … ON CONFLICT; the GROUP BY keeps SQLite from reading
    // ON as a join constraint.
    const QString s = sign < 0 ? u"-"_s : QString();
    const QString sql =
        u"INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, "
        "figures, approximate) SELECT region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected, "_s +
        s + u"sum(value), "_s + s + u"count(*), "_s + s +
        u"sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures WHERE "_s + condition +
        u" GROUP BY region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected "
        "ON CONFLICT (region, year, category, indicator, unit, is_primary, rejected) DO UPDATE SET "
        "total = figure_summary.total + excluded.total, figures = figure_summary.figures + excluded.figures, "
        "approximate = figure_summary.approximate + excluded.approximate"_s;
    QSqlQuery query(m_store.database());
    return runBound(query, sql, values, error);
}

bool FigureSummary::add(const QString &condition, const QVariantList &values, QString *error)
{
    return apply(condition, values, +1, error);
}

bool FigureSummary::remove(const QString &condition, const QVariantList &values, QString *error)
{
    if (!apply(condition, values, -1, error))
        return false;
    // An empty group must vanish rather than linger with a rounding residue as its sum.
    QSqlQuery query(m_store.database());
    return runBound(query, u"DELETE FROM figure_summary WHERE figures = 0"_s, {}, error);
}

namespace {

const char kUpsertGroup[] =
    "INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, figures, "
    "approximate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (region, year, category, indicator, unit, is_primary, rejected) DO UPDATE SET "
    "total = figure_summary.total + excluded.total, figures = figure_summary.figures + excluded.figures, "
    "approximate = figure_summary.approximate + excluded.approximate";

} // namespace

/** The upserts through the sqlite3 C API: an import writes about one group per figure, and Qt
 *  Sql's QVariant binding per value cost more than the upsert itself (#7). */
bool FigureSummary::addGroupsSqlite(sqlite3 *connection, const QList<SummaryGroup> &groups, QString *error)
{
    sqlite3_stmt *statement = m_store.sqliteStatement(kUpsertGroup, error);
    if (!statement)
        return false;
    for (const SummaryGroup &group : groups) {
        m_texts.startRow(group.region.size() + group.category.size() + group.indicator.size() + group.unit.size());
        m_texts.bind(statement, 1, group.region);
        sqlite3_bind_int64(statement, 2, group.year);
        m_texts.bind(statement, 3, group.category);
        m_texts.bind(statement, 4, group.indicator);
        m_texts.bind(statement, 5, group.unit);
        sqlite3_bind_int64(statement, 6, group.primary ? 1 : 0);
        sqlite3_bind_int64(statement, 7, group.rejected ? 1 : 0);
        sqlite3_bind_double(statement, 8, group.total);
        sqlite3_bind_int64(statement, 9, group.figures);
        sqlite3_bind_int64(statement, 10, group.approximate);
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        if (rc != SQLITE_DONE) {
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
            return false;
        }
    }
    return true;
}

bool FigureSummary::add(const QList<SummaryGroup> &groups, QString *error)
{
    if (groups.isEmpty())
        return true;
    if (sqlite3 *connection = m_store.dialect().isSqlite() ? sqliteHandle(m_store.database()) : nullptr)
        return addGroupsSqlite(connection, groups, error);
    QSqlQuery query(m_store.database());
    if (!query.prepare(QString::fromLatin1(kUpsertGroup))) {
        *error = query.lastError().text();
        return false;
    }
    for (const SummaryGroup &group : groups) {
        query.bindValue(0, group.region);
        query.bindValue(1, group.year);
        query.bindValue(2, group.category);
        query.bindValue(3, group.indicator);
        query.bindValue(4, group.unit);
        query.bindValue(5, group.primary ? 1 : 0);
        query.bindValue(6, group.rejected ? 1 : 0);
        query.bindValue(7, group.total);
        query.bindValue(8, group.figures);
        query.bindValue(9, group.approximate);
        if (!query.exec()) {
            *error = query.lastError().text();
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
