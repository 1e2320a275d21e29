// Keeping figure_summary (per-group sums and counts of figures) and figure_sources (the same groups per document) in step with figures.
#pragma once

#include "sqlitehandle.h"

#include <QList>
#include <QString>
#include <QVariantList>

namespace ub {

class Store;
struct Figure;

/** One group's contribution to figure_summary: its key and what its figures add. */
struct SummaryGroup
{
    QString region;
    int year = 0; ///< 0 for unknown, as the summary keeps it
    QString category;
    QString indicator;
    QString unit;
    bool primary = false;
    bool rejected = false;
    double total = 0;
    int figures = 0;
    int approximate = 0;
};

/**
 * Adds and takes away figures' contributions to figure_summary and figure_sources, inside the
 * caller's transaction.
 * Whoever inserts, deletes or changes figures calls remove() before and add() after, for the
 * same figures, so every group's counts stay exact and its sum equal up to rounding order.
 * An Importer keeps one for all its files.
 */
class FigureSummary
{
public:
    explicit FigureSummary(Store &store)
        : m_store(store)
    {}

    /** Counts the figures matching `condition` (SQL over figures' columns, values bound in order). */
    bool add(const QString &condition, const QVariantList &values, QString *error);
    /** Takes the figures matching `condition` away again, dropping groups left empty. */
    bool remove(const QString &condition, const QVariantList &values, QString *error);
    /** Counts groups computed by the caller, for figures of one document it has just written as
     *  they are in memory (no correction changed them): saves reading the rows back. */
    bool add(qint64 documentId, const QList<SummaryGroup> &groups, QString *error);

    /** The groups of freshly extracted figures (none rejected); primary[i] says whether figure i
     *  is its fact's first statement. Sums run in figure order, as SQL's sum over the document's
     *  figures does. */
    static QList<SummaryGroup> groupsOf(const QList<Figure> &figures, const QList<bool> &primary);

private:
    /** Adds (sign +1) or takes away (-1) the matching figures' sums and counts in figure_summary. */
    bool apply(const QString &condition, const QVariantList &values, int sign, QString *error);
    /** Recounts figure_sources for every document with a figure matching `condition`, from all
     *  its figures, or from those not matching when `withoutMatching`. */
    bool rebuildSources(const QString &condition, const QVariantList &values, bool withoutMatching,
                        QString *error);
    bool addGroupsSqlite(sqlite3 *connection, qint64 documentId, const QList<SummaryGroup> &groups, QString *error);

    Store &m_store;
    Utf8RowBinder m_texts;
};

} // namespace ub
