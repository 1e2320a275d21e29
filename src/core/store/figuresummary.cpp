#include "figuresummary.h"

#include "sqlrun.h"
#include "store.h"

#include <QSqlQuery>

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

} // namespace ub
