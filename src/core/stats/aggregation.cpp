#include "aggregation.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <tuple>

namespace ub {

namespace {

/** One fact: the mentions stating it, from one or more documents. */
struct Fact
{
    QList<const FactMention *> mentions;
    const FactMention *best = nullptr; ///< the most precisely written mention: its value counts
    double precision = 1;
};

bool morePrecise(const FactMention &a, double precisionA, const FactMention &b, double precisionB)
{
    if (precisionA != precisionB)
        return precisionA < precisionB;
    return a.qualifier == Qualifier::Exact && b.qualifier != Qualifier::Exact;
}

int effectiveAsOf(const FactMention &mention)
{
    return mention.asOf > 0 ? mention.asOf : (mention.year > 0 ? mention.year * 10000 + 1231 : 0);
}

/** The distinct facts of mentions (all of one kind, one region or county, one year and unit). */
QList<Fact> factsOf(const QList<const FactMention *> &mentions)
{
    // Within a document, the repeat linker's fact numbers say which mentions are one fact.
    std::map<std::pair<qint64, int>, Fact> byDocumentFact;
    for (const FactMention *mention : mentions) {
        Fact &fact = byDocumentFact[{mention->documentId,
                                     mention->fact >= 0 ? mention->fact : -int(mention->figureId)}];
        fact.mentions.append(mention);
        const double precision =
            mention->precision > 0 ? mention->precision : writtenPrecision(mention->quote, mention->value);
        if (!fact.best || morePrecise(*mention, precision, *fact.best, fact.precision)) {
            fact.best = mention;
            fact.precision = precision;
        }
    }
    QList<Fact> local;
    for (auto &entry : byDocumentFact)
        local.append(entry.second);
    std::sort(local.begin(), local.end(), [](const Fact &a, const Fact &b) {
        return std::tie(a.best->value, a.best->documentId) < std::tie(b.best->value, b.best->documentId);
    });
    // Across documents, equal values are one fact stated twice (never two facts of one document).
    QList<Fact> facts;
    for (const Fact &candidate : std::as_const(local)) {
        Fact *same = nullptr;
        for (qsizetype k = facts.size() - 1; k >= 0 && !same; --k) {
            Fact &fact = facts[k];
            if (!sameWrittenValue(fact.best->value, fact.precision, candidate.best->value,
                                  candidate.precision))
                continue;
            const bool sharesDocument =
                std::any_of(fact.mentions.cbegin(), fact.mentions.cend(), [&](const FactMention *m) {
                    return m->documentId == candidate.best->documentId;
                });
            if (!sharesDocument)
                same = &fact;
        }
        if (!same) {
            facts.append(candidate);
            continue;
        }
        same->mentions += candidate.mentions;
        if (morePrecise(*candidate.best, candidate.precision, *same->best, same->precision)) {
            same->best = candidate.best;
            same->precision = candidate.precision;
        }
    }
    return facts;
}

void addSources(Statistic &statistic, const Fact &fact)
{
    for (const FactMention *mention : fact.mentions) {
        statistic.figures.append(mention->figureId);
        if (!statistic.documents.contains(mention->documentId))
            statistic.documents.append(mention->documentId);
    }
}

/** One region's (or county's) value of one kind from its own mentions. */
Statistic aggregateOne(const QList<const FactMention *> &mentions, FigureKind kind)
{
    Statistic statistic;
    statistic.kind = kind;
    const QList<Fact> facts = factsOf(mentions);
    if (facts.isEmpty())
        return statistic;
    if (kind == FigureKind::Flow) {
        for (const Fact &fact : facts) {
            statistic.value += fact.best->value;
            statistic.qualifier = statistic.facts == 0
                                      ? fact.best->qualifier
                                      : combinedBound(statistic.qualifier, fact.best->qualifier);
            ++statistic.facts;
            addSources(statistic, fact);
        }
        return statistic;
    }
    // A level: the fact standing at the latest date; on a tie the one more documents state, then
    // the one of the latest document.
    const Fact *latest = nullptr;
    for (const Fact &fact : facts) {
        if (!latest) {
            latest = &fact;
            continue;
        }
        const auto key = [](const Fact &f) {
            return std::make_tuple(effectiveAsOf(*f.best), f.mentions.size(), f.best->documentDate);
        };
        if (key(fact) > key(*latest))
            latest = &fact;
    }
    statistic.value = latest->best->value;
    statistic.qualifier = latest->best->qualifier;
    statistic.asOf = effectiveAsOf(*latest->best);
    statistic.facts = 1;
    addSources(statistic, *latest);
    return statistic;
}

FigureKind kindOfCell(const QList<const FactMention *> &mentions, FigureKind usualKind)
{
    int counts[3] = {0, 0, 0};
    for (const FactMention *mention : mentions)
        ++counts[int(mention->kind)];
    if (counts[int(usualKind)] > 0)
        return usualKind;
    int best = 0;
    for (int k = 1; k < 3; ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return FigureKind(best);
}

} // namespace

Unit commonestUnit(const QList<Statistic> &statistics, Unit preferred)
{
    QHash<int, int> cells;
    for (const Statistic &s : statistics)
        ++cells[int(s.unit)];
    Unit unit = preferred;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const int count = it.value();
        const int best = cells.value(int(unit));
        if (count > best || (count == best && it.key() < int(unit) && int(unit) != int(preferred)))
            unit = Unit(it.key());
    }
    return unit;
}

std::optional<Statistic> provinceValue(const QList<Statistic> &statistics, int year, FigureKind usualKind,
                                       Unit preferredUnit)
{
    const QString province = QString::fromUtf16(kProvinceRegion);
    std::optional<Statistic> sum;
    for (const Statistic &s : statistics) {
        if (s.year == year && s.region == province && !s.partial)
            return s;
    }
    // No provincial value: the cities' values of the usual kind (never a rate), in the unit most use.
    QList<Statistic> cities;
    for (const Statistic &s : statistics) {
        if (s.year == year && s.region != province && s.kind == usualKind && s.kind != FigureKind::Rate)
            cities.append(s);
    }
    if (cities.isEmpty())
        return std::nullopt;
    const int unit = int(commonestUnit(cities, preferredUnit));
    for (const Statistic &s : statistics) {
        if (s.year != year || s.region == province || s.kind != usualKind || int(s.unit) != unit)
            continue;
        if (!sum) {
            sum = s;
            sum->region = province;
            sum->partial = true;
            continue;
        }
        sum->value += s.value;
        sum->qualifier = combinedBound(sum->qualifier, s.qualifier);
        sum->facts += s.facts;
        sum->figures += s.figures;
        for (const qint64 document : s.documents) {
            if (!sum->documents.contains(document))
                sum->documents.append(document);
        }
        sum->asOf = std::max(sum->asOf, s.asOf);
    }
    return sum;
}

Qualifier combinedBound(Qualifier a, Qualifier b)
{
    if (a == b)
        return a;
    if (a == Qualifier::Exact)
        return b;
    if (b == Qualifier::Exact)
        return a;
    return Qualifier::About; // ≥ with <, or either with ≈
}

QList<Statistic> aggregateByKind(const QString &indicator, FigureKind usualKind,
                                 const QList<FactMention> &mentions)
{
    // Cells: region, year, unit (in a stable order: region, then year, then unit).
    std::map<std::tuple<QString, int, int>, QList<const FactMention *>> cells;
    for (const FactMention &mention : mentions)
        cells[{mention.region, mention.year, int(mention.unit)}].append(&mention);

    QList<Statistic> statistics;
    for (const auto &[key, cellMentions] : cells) {
        const FigureKind kind = kindOfCell(cellMentions, usualKind);
        QList<const FactMention *> own;
        std::map<QString, QList<const FactMention *>> parts;
        for (const FactMention *mention : cellMentions) {
            if (mention->kind != kind)
                continue;
            if (mention->subregion.isEmpty())
                own.append(mention);
            else
                parts[mention->subregion].append(mention);
        }
        Statistic statistic;
        if (!own.isEmpty()) {
            statistic = aggregateOne(own, kind);
        } else if (kind != FigureKind::Rate && !parts.empty()) {
            statistic.kind = kind;
            statistic.partial = true;
            bool first = true;
            for (const auto &[subregion, partMentions] : parts) {
                const Statistic part = aggregateOne(partMentions, kind);
                statistic.value += part.value;
                statistic.qualifier =
                    first ? part.qualifier : combinedBound(statistic.qualifier, part.qualifier);
                statistic.asOf = std::max(statistic.asOf, part.asOf);
                statistic.facts += part.facts;
                statistic.figures += part.figures;
                for (const qint64 document : part.documents) {
                    if (!statistic.documents.contains(document))
                        statistic.documents.append(document);
                }
                first = false;
            }
        } else {
            continue; // county rates only: a rate is never summed
        }
        statistic.indicator = indicator;
        statistic.region = std::get<0>(key);
        statistic.year = std::get<1>(key);
        statistic.unit = Unit(std::get<2>(key));
        statistics.append(statistic);
    }
    return statistics;
}

} // namespace ub
