// The aggregate queries behind the dashboard panels: sums and counts of figures grouped by region,
// year, category, indicator and unit. A fact stated twice counts once; rejected figures never count.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace ub {

class Store;

/** Which figures an aggregate sees. Empty members do not filter. */
struct AggregateFilter
{
    QStringList regions;          ///< any of these regions
    std::optional<int> yearFrom;  ///< inclusive
    std::optional<int> yearTo;    ///< inclusive
    std::optional<Category> category;
    QString indicator;
    std::optional<Unit> unit;     ///< sums only make sense within one unit
};

/** What the rows are grouped by; fields not grouped by are left empty in the rows. */
enum class GroupField { Region, Year, Category, Indicator, Unit };

/** One group: the sum of its values, how many figures, how many of them approximate. */
struct AggregateRow
{
    QString region;
    int year = 0;
    Category category = Category::Other;
    QString indicator;
    Unit unit = Unit::Other;
    double sum = 0;
    int figures = 0;
    int approximate = 0;
};

/** A 十大亮点 item of a yearly highlights report, in its number order. */
struct HighlightRecord
{
    QString documentName;
    int number = 0;
    QString title;
    int figures = 0;
    QStringList keyFigures; ///< the first figures of the item that have an indicator, as written
};

/** A yearly highlights report: its title (its file name when it has none) and how many items. */
struct HighlightReport
{
    QString documentName;
    QString title;
    int items = 0;
};

/** A document and how many figures it states for a region. */
struct DocumentMention
{
    QString name;
    QString title;
    int year = 0;
    int figures = 0;
};

/** Aggregates for the panels. Only fixed column names are spliced into SQL; values are bound. */
class AggregateQueries
{
public:
    explicit AggregateQueries(Store &store) : m_store(store) {}

    QList<AggregateRow> aggregate(const AggregateFilter &filter, const QList<GroupField> &groupBy,
                                  QString *error = nullptr);
    /** The SQL aggregate() runs and, in *values, the values it binds in order (for benchmarks
     *  that run the same statement through another client). */
    static QString aggregateSql(const AggregateFilter &filter, const QList<GroupField> &groupBy,
                                QVariantList *values);
    /** The year's reports that have 十大亮点 items, by title. */
    QList<HighlightReport> highlightReports(int year, QString *error = nullptr);
    /** One report's items with their figure counts and key figures (up to keyFigures each). */
    QList<HighlightRecord> highlightItems(const QString &documentName, int keyFigures = 3, QString *error = nullptr);
    /** Documents with figures for the region, newest first. */
    QList<DocumentMention> documentsFor(const QString &region, QString *error = nullptr);
    /** The documents the figures of an aggregate come from, the largest share first: the
     *  provenance an exported chart prints in its footer. */
    QList<DocumentMention> sources(const AggregateFilter &filter, QString *error = nullptr);
    /** The regions that have figures, in no particular order. */
    QStringList regions(QString *error = nullptr);

private:
    Store &m_store;
};

} // namespace ub
