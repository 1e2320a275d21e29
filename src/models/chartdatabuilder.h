// Turns a chart request into chart data: statistics by kind for values, the summary for counts.
#pragma once

#include "chartdata.h"
#include "statistic.h"

#include <QCoreApplication>

namespace ub {

class Store;

/**
 * The numbers behind every chart the panels show and the exports draw, so a chart exported from
 * the command line is the chart the dashboard shows. Years and regions a request leaves open are
 * chosen the way the panels choose them.
 */
class ChartDataBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartDataBuilder)
public:
    explicit ChartDataBuilder(Store &store) : m_store(store) {}

    /** Whether build() also lists the documents the figures come from (a chart's footer). On a
     *  large store that costs more than the numbers: a view can leave it for the export. */
    enum class Sources { Include, Skip };

    ChartData build(const ChartRequest &request, QString *error = nullptr, Sources sources = Sources::Include);
    /** Fills data.sources for a chart built with Sources::Skip. */
    void addSources(ChartData &data, QString *error = nullptr);
    /** Years with figures of the request's measure in its regions, oldest first: a per-year batch. */
    QList<int> years(const ChartRequest &request, QString *error = nullptr);
    /** The regions a request that names none shows. */
    static QStringList defaultRegions(const ChartRequest &request);
    /** "2023年" / "2019—2023年" in Chinese, "2023" / "2019–2023" in English. */
    static QString period(int yearFrom, int yearTo);
    static QString measureName(const ChartMeasure &measure);

    /** A category's headline indicator in the request's years and regions: the one most regions
     *  report (then the most figures). A chart of a category is the chart of that indicator.
     *  Without a category, the most reported of all. */
    QString headlineIndicator(std::optional<Category> category, const ChartRequest &request,
                              QString *error = nullptr);

private:
    ChartRequest resolved(const ChartRequest &request, QString *error);
    /** The statistics a value chart draws (its unit once chosen). */
    QList<Statistic> statistics(const ChartData &data, QString *error);

    Store &m_store;
};

} // namespace ub
