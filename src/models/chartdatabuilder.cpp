#include "chartdatabuilder.h"

#include "aggregation.h"
#include "indicatorcatalogue.h"
#include "labels.h"
#include "statisticsqueries.h"
#include "regionorder.h"
#include "unitchoice.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

AggregateFilter filterFor(const ChartRequest &request)
{
    AggregateFilter filter;
    filter.regions = request.regions;
    if (!request.measure.indicator.isEmpty())
        filter.indicator = request.measure.indicator;
    else
        filter.category = request.measure.category;
    if (request.yearFrom > 0)
        filter.yearFrom = request.yearFrom;
    if (request.yearTo > 0)
        filter.yearTo = request.yearTo;
    return filter;
}

/** The request with its regions settled: the defaults when it names none, one for a city chart. */
ChartRequest withRegions(ChartRequest request)
{
    if (request.regions.isEmpty())
        request.regions = ChartDataBuilder::defaultRegions(request);
    if (request.view == ChartView::City)
        request.regions = request.regions.mid(0, 1);
    return request;
}

ChartSeries emptySeries(const QString &name, qsizetype rows)
{
    return {name, QList<std::optional<double>>(rows), QList<bool>(rows, false)};
}

} // namespace

QStringList ChartDataBuilder::defaultRegions(const ChartRequest &request)
{
    switch (request.view) {
    case ChartView::Categories: return {};
    case ChartView::City: return {standardRegions().first()};
    case ChartView::Year:
        // Counting figures, the province's own reports are part of the picture; adding values up,
        // the province is the sum of its cities, not their peer.
        return request.measure.countsFigures() ? standardRegions() : standardRegions().mid(1);
    case ChartView::Compare: return standardRegions().mid(1);
    }
    return {};
}

QString ChartDataBuilder::period(int yearFrom, int yearTo)
{
    if (yearFrom <= 0)
        return tr("all years");
    if (yearTo <= yearFrom)
        return tr("%1", "one year").arg(yearFrom);
    return tr("%1–%2", "range of years").arg(yearFrom).arg(yearTo);
}

QString ChartDataBuilder::measureName(const ChartMeasure &measure)
{
    if (!measure.indicator.isEmpty())
        return Labels::indicator(measure.indicator);
    if (measure.category)
        return Labels::category(*measure.category);
    return tr("Figures stated");
}

QList<int> ChartDataBuilder::years(const ChartRequest &request, QString *error)
{
    QList<int> years;
    for (const AggregateRow &row :
         AggregateQueries(m_store).aggregate(filterFor(withRegions(request)), {GroupField::Year}, error)) {
        if (row.year > 0)
            years << row.year;
    }
    return years;
}

QString ChartDataBuilder::headlineIndicator(std::optional<Category> category, const ChartRequest &request,
                                            QString *error)
{
    // The indicator most regions report in the request's years (then the most figures): a
    // category groups measures, it is not one, so its chart is its headline indicator's (#16).
    AggregateFilter filter;
    filter.category = category;
    filter.regions = request.regions;
    if (request.yearFrom > 0)
        filter.yearFrom = request.yearFrom;
    if (request.yearTo > 0)
        filter.yearTo = request.yearTo;
    QHash<QString, QPair<int, int>> reach; // regions, figures
    for (const AggregateRow &row :
         AggregateQueries(m_store).aggregate(filter, {GroupField::Indicator, GroupField::Region}, error)) {
        if (row.indicator.isEmpty())
            continue;
        reach[row.indicator].first += 1;
        reach[row.indicator].second += row.figures;
    }
    QString best;
    for (auto it = reach.cbegin(); it != reach.cend(); ++it) {
        if (best.isEmpty() || it.value() > reach.value(best) || (it.value() == reach.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

ChartRequest ChartDataBuilder::resolved(const ChartRequest &asked, QString *error)
{
    ChartRequest request = withRegions(asked);
    if (request.view == ChartView::Categories) {
        request.measure = {}; // figures stated per category: a count, never a sum over indicators
    } else if (request.measure.indicator.isEmpty() && request.measure.category) {
        const QString indicator = headlineIndicator(*request.measure.category, request, error);
        if (!indicator.isEmpty())
            request.measure = {std::nullopt, indicator};
    }
    if (request.yearFrom > 0 && request.yearTo <= 0)
        request.yearTo = request.view == ChartView::City ? 0 : request.yearFrom;
    if (request.yearFrom > 0 && (request.yearTo > 0 || request.view == ChartView::City))
        return request;

    ChartRequest open = request;
    open.yearFrom = 0;
    open.yearTo = 0;
    AggregateQueries queries(m_store);
    const QList<AggregateRow> rows = queries.aggregate(filterFor(open), {GroupField::Year, GroupField::Region}, error);
    QMap<int, int> regionsPerYear;
    for (const AggregateRow &row : rows) {
        if (row.year > 0 && (request.yearTo <= 0 || row.year <= request.yearTo))
            ++regionsPerYear[row.year];
    }
    if (regionsPerYear.isEmpty())
        return request;
    if (request.view == ChartView::City) {
        request.yearFrom = regionsPerYear.firstKey();
        request.yearTo = request.yearTo > 0 ? request.yearTo : regionsPerYear.lastKey();
        return request;
    }
    // The latest year; comparing, the latest in which at least two regions state a figure.
    int latest = regionsPerYear.lastKey();
    if (request.view == ChartView::Compare) {
        for (auto it = regionsPerYear.cbegin(); it != regionsPerYear.cend(); ++it) {
            if (it.value() >= 2)
                latest = it.key();
        }
    }
    request.yearFrom = latest;
    request.yearTo = latest;
    return request;
}

void ChartDataBuilder::addSources(ChartData &data, QString *error)
{
    if (!data.request.measure.countsFigures()) {
        // The documents behind the statistics drawn, by how many of their figures count.
        QHash<qint64, int> figuresOf;
        for (const Statistic &statistic : statistics(data, error)) {
            for (const qint64 document : statistic.documents)
                ++figuresOf[document];
        }
        const QHash<qint64, SourceDocument> documents = StatisticsQueries(m_store).documents(figuresOf.keys(), error);
        data.sources.clear();
        for (auto it = figuresOf.cbegin(); it != figuresOf.cend(); ++it) {
            const SourceDocument document = documents.value(it.key());
            data.sources.append({document.name, document.title, document.year, it.value()});
        }
        std::sort(data.sources.begin(), data.sources.end(), [](const DocumentMention &a, const DocumentMention &b) {
            return a.figures != b.figures ? a.figures > b.figures : a.name < b.name;
        });
        return;
    }
    AggregateFilter filter = filterFor(data.request);
    filter.unit = data.unit;
    data.sources = AggregateQueries(m_store).sources(filter, error);
}

QList<Statistic> ChartDataBuilder::statistics(const ChartData &data, QString *error)
{
    StatisticsFilter filter;
    filter.indicator = data.request.measure.indicator;
    filter.regions = data.request.regions;
    if (data.request.yearFrom > 0)
        filter.yearFrom = data.request.yearFrom;
    if (data.request.yearTo > 0)
        filter.yearTo = data.request.yearTo;
    QList<Statistic> result = StatisticsQueries(m_store).statistics(filter, error);
    if (data.unit)
        result.removeIf([&](const Statistic &s) { return s.unit != *data.unit; });
    return result;
}

ChartData ChartDataBuilder::build(const ChartRequest &asked, QString *error, Sources sources)
{
    ChartData data;
    data.request = resolved(asked, error);
    const ChartRequest &request = data.request;
    const bool counts = request.measure.countsFigures();
    AggregateFilter filter = filterFor(request);
    AggregateQueries queries(m_store);

    // Values are statistics, aggregated by kind (ub_stats), in one unit: the one most cells have.
    QList<Statistic> statistics;
    if (!counts) {
        data.request.measure.category.reset();
        statistics = this->statistics(data, error);
        const Indicator *indicator = IndicatorCatalogue::instance().find(request.measure.indicator);
        const Unit unit = commonestUnit(
            statistics, indicator && !indicator->units.isEmpty() ? indicator->units.first() : Unit::Other);
        filter.unit = unit;
        data.unit = unit;
        statistics.removeIf([unit](const Statistic &s) { return s.unit != unit; });
    }

    data.measureName = measureName(request.measure);
    data.period = period(request.yearFrom, request.yearTo);
    QList<int> years;
    if (request.view == ChartView::Compare && request.yearFrom > 0) {
        for (int year = request.yearFrom; year <= request.yearTo; ++year)
            years << year;
    }

    QList<GroupField> groupBy;
    switch (request.view) {
    case ChartView::Year: groupBy = {GroupField::Region}; break;
    case ChartView::Categories: groupBy = {GroupField::Category}; break;
    case ChartView::City: groupBy = {GroupField::Year}; break;
    case ChartView::Compare: groupBy = {GroupField::Region, GroupField::Year}; break;
    }
    // The counts come from the summary; the values from the statistics, as rows of the same shape.
    QList<AggregateRow> rows;
    if (counts) {
        rows = queries.aggregate(filter, groupBy, error);
    } else {
        for (const Statistic &statistic : std::as_const(statistics)) {
            AggregateRow row;
            row.region = statistic.region;
            row.year = statistic.year;
            row.indicator = statistic.indicator;
            row.unit = statistic.unit;
            row.sum = statistic.value;
            row.figures = int(statistic.figures.size());
            row.approximate = statistic.qualifier != Qualifier::Exact || statistic.partial ? 1 : 0;
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end(), [](const AggregateRow &a, const AggregateRow &b) {
            return std::tie(a.year, a.region) < std::tie(b.year, b.region);
        });
    }

    // Rows of the chart, top to bottom, and the key each aggregate row falls under.
    QList<int> cityYears;
    QList<Category> categories;
    switch (request.view) {
    case ChartView::Year:
    case ChartView::Compare: data.labels = request.regions; break;
    case ChartView::Categories:
        categories = allCategories();
        for (Category category : categories)
            data.labels << Labels::category(category);
        break;
    case ChartView::City:
        for (const AggregateRow &row : rows) {
            if (row.year > 0)
                cityYears << row.year;
        }
        for (int year : cityYears)
            data.labels << QString::number(year);
        break;
    }

    if (request.view == ChartView::Compare) {
        for (int year : years)
            data.series << emptySeries(QString::number(year), data.labels.size());
    } else {
        data.series << emptySeries(data.measureName, data.labels.size());
    }

    for (const AggregateRow &row : rows) {
        qsizetype line = -1;
        qsizetype set = 0;
        switch (request.view) {
        case ChartView::Year: line = request.regions.indexOf(row.region); break;
        case ChartView::Categories: line = categories.indexOf(row.category); break;
        case ChartView::City: line = cityYears.indexOf(row.year); break;
        case ChartView::Compare:
            line = request.regions.indexOf(row.region);
            set = years.indexOf(row.year);
            break;
        }
        if (line < 0 || set < 0)
            continue;
        ChartSeries &series = data.series[set];
        series.values[line] = counts ? double(row.figures) : row.sum;
        series.approximate[line] = !counts && row.approximate > 0;
        data.figures += row.figures;
        data.approximateFigures += counts ? 0 : row.approximate;
    }

    if (request.view == ChartView::Compare) {
        // A year no compared region states a figure for is an empty set of bars: leave it out.
        data.series.removeIf([](const ChartSeries &series) {
            return std::none_of(series.values.cbegin(), series.values.cend(),
                                [](const std::optional<double> &value) { return value.has_value(); });
        });
    }
    double largest = 0;
    for (const ChartSeries &series : std::as_const(data.series)) {
        for (const std::optional<double> &value : series.values)
            largest = std::max(largest, value ? std::abs(*value) : 0.0);
    }
    const ValueScale scale = Labels::valueScale(largest, counts ? tr("figures") : Labels::unitWord(*filter.unit));
    data.divisor = scale.divisor;
    data.valueUnit = scale.unitText;
    if (sources == Sources::Include)
        addSources(data, error);

    const QString region = request.regions.value(0);
    switch (request.view) {
    case ChartView::Year:
        data.title = counts ? tr("Figures stated by region, %1").arg(data.period)
                            : tr("%1 by region, %2").arg(data.measureName, data.period);
        break;
    case ChartView::Categories: data.title = tr("Figures stated by category, %1").arg(data.period); break;
    case ChartView::City:
        data.title = counts ? tr("%1: figures stated per year").arg(region)
                            : tr("%1: %2 per year").arg(region, data.measureName);
        break;
    case ChartView::Compare: data.title = tr("%1: cities compared, %2").arg(data.measureName, data.period); break;
    }
    data.subtitle = data.valueUnit.isEmpty() ? data.period : tr("%1 · unit: %2").arg(data.period, data.valueUnit);
    return data;
}

} // namespace ub
