// The statistics queries: an indicator's values by region and year, aggregated by kind (ub_stats).
#pragma once

#include "statistic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ub {

class Store;

/** Which statistics to compute. */
struct StatisticsFilter
{
    QString indicator;            ///< required
    QStringList regions;          ///< empty: every region
    std::optional<int> yearFrom;  ///< inclusive
    std::optional<int> yearTo;
};

/** How widely an indicator is reported in a year: what makes it a headline. */
struct IndicatorCoverage
{
    QString indicator;
    int regions = 0;
    int figures = 0;
};

/** A document behind a statistic, by its title (its file name when it has none). */
struct SourceDocument
{
    qint64 id = 0;
    QString name;
    QString title;
    int year = 0;
    QString displayName() const { return title.isEmpty() ? name : title; }
};

/**
 * The one way the product turns stored figures into numbers: every panel, `stats` and exported
 * chart asks here. The numbers are aggregateByKind() over the stored figures (rejected ones never
 * count), kept in the `statistics` table: a read first rebuilds what changes of figures marked
 * (StatisticsBuilder::refresh()); then a panel reads a few rows. A store this
 * connection cannot write to (a viewer's login) gets the same numbers computed for the read.
 */
class StatisticsQueries
{
public:
    explicit StatisticsQueries(Store &store) : m_store(store) {}

    QList<Statistic> statistics(const StatisticsFilter &filter, QString *error = nullptr);
    /** Every indicator's statistics for one region, every year. */
    QList<Statistic> forRegion(const QString &region, QString *error = nullptr);
    /** The indicators reported in a year, the most widely reported first (regions, then figures). */
    QList<IndicatorCoverage> coverage(int year, QString *error = nullptr);
    /** The documents with these ids. */
    QHash<qint64, SourceDocument> documents(const QList<qint64> &ids, QString *error = nullptr);

private:
    /** Statistics rows matching condition; computed from the figures when they cannot be stored. */
    QList<Statistic> read(const QString &condition, const QVariantList &values, const QString &figureCondition,
                          const QVariantList &figureValues, QString *error);

    Store &m_store;
};

} // namespace ub
