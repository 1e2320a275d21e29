// Keeping the figure_summary table (per-group sums and counts of figures) in step with figures.
#pragma once

#include <QString>
#include <QVariantList>

namespace ub {

class Store;

/**
 * Adds and takes away figures' contributions to figure_summary, inside the caller's transaction.
 * Whoever inserts, deletes or changes figures calls remove() before and add() after, for the
 * same figures, so every group's counts stay exact and its sum equal up to rounding order.
 */
class FigureSummary
{
public:
    explicit FigureSummary(Store &store) : m_store(store) {}

    /** Counts the figures matching `condition` (SQL over figures' columns, values bound in order). */
    bool add(const QString &condition, const QVariantList &values, QString *error);
    /** Takes the figures matching `condition` away again, dropping groups left empty. */
    bool remove(const QString &condition, const QVariantList &values, QString *error);

private:
    bool apply(const QString &condition, const QVariantList &values, int sign, QString *error);

    Store &m_store;
};

} // namespace ub
