// Aggregation by kind: the one place where figures become the numbers the panels, `stats` and
// exported charts show.
#pragma once

#include "statistic.h"

#include <optional>

namespace ub {

/**
 * The statistics of one indicator: one per region, year and unit that has figures.
 *
 * - Facts, not mentions: figures of one document with one fact number are one fact; figures of
 *   different documents with equal values (within the precision written: 1.3万 and 13000余) are
 *   one fact stated twice, counted once with all its sources.
 * - A cell takes the figures of one kind: the indicator's usual kind where it has such figures,
 *   else the kind most of its figures have. A flow is the sum of its distinct facts; a stock or a
 *   rate is the value with the latest as-of date (截至12月底 beats 截至6月底), never a sum.
 * - A region's own figures stand for it. Only where it states none of that kind are its counties'
 *   (or enterprises') values summed, each county aggregated first, and the result marked partial;
 *   rates are never summed, so a region with county rates only gets no value.
 * - Bounds stay bounds: a sum with a 余/多/以上 figure is at least its value, one with a 近 figure
 *   is under it, one with both or an 约 figure is about it.
 */
QList<Statistic> aggregateByKind(const QString &indicator, FigureKind usualKind,
                                 const QList<FactMention> &mentions);

/** The unit most of these statistics are in (only values in one unit can stand side by side or
 *  add up); on a tie, `preferred` (the catalogue's first unit of the indicator), then the lower. */
Unit commonestUnit(const QList<Statistic> &statistics, Unit preferred);

/**
 * One year's value of an indicator for the whole province, from its statistics (aggregateByKind's,
 * for any regions and years): the province's own where it states one; else the sum of its
 * cities' values of the indicator's usual kind in their commonestUnit(), marked partial (a
 * rate is never summed: none then). What a year's headline card shows.
 */
std::optional<Statistic> provinceValue(const QList<Statistic> &statistics, int year, FigureKind usualKind,
                                       Unit preferredUnit);

/** The qualifier of a sum of values with these qualifiers. */
Qualifier combinedBound(Qualifier a, Qualifier b);

} // namespace ub
