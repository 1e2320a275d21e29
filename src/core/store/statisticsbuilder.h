// Keeps the `statistics` table in step with the figures: marks what a transaction changed, and
// rebuilds the statistics of what was marked before they are next read.
#pragma once

#include <QString>
#include <QVariantList>

namespace ub {

class Store;

/**
 * The statistics table (schema 7) holds aggregateByKind() of the stored figures, one row per
 * indicator, region, year and unit. A statistic depends only on the figures of its indicator,
 * region and year (its cell), so a change is marked by cell and only those cells are rebuilt:
 *
 * - an import marks its document (one row appended per file, the cheapest mark there is; its
 *   cells are read from its `figure_sources` groups when the statistics are rebuilt);
 * - a correction, or a document replaced or removed, marks the cells of the figures it changes,
 *   as they stand before and after the change;
 * - `store_state.statistics_stale` says whether anything is marked (1), or whether everything
 *   must be rebuilt (2: a store migrated to schema 7).
 *
 * The marks are written inside the transaction that changes the figures, so a rollback takes
 * them back with it; refresh() rebuilds in one write transaction of its own.
 */
class StatisticsBuilder
{
public:
    explicit StatisticsBuilder(Store &store)
        : m_store(store)
    {}

    /** The figures of this just-imported document count from now on. */
    bool markDocumentAdded(qint64 documentId, QString *error);
    /** The figures matching condition (SQL over `figures`, values bound in order) are about to
     *  change, or have just changed: their cells as they stand now. */
    bool markFiguresChanged(const QString &condition, const QVariantList &values, QString *error);

    /** Whether the statistics reflect every stored figure. */
    bool isFresh(QString *error = nullptr);
    /** Rebuilds what was marked (everything, when most of the store was): true when the
     *  statistics are current. Fails on a store this login may not write to. */
    bool refresh(QString *error = nullptr);

    /** Marked documents beyond which one pass over all the figures is cheaper than per cell. */
    static constexpr int kIncrementalDocumentLimit = 500;

private:
    int staleState(bool lock, QString *error);
    bool rebuildAll(QString *error);
    bool rebuildMarked(QString *error);
    bool clearMarks(QString *error);

    Store &m_store;
};

} // namespace ub
