// The value types of statistics: a figure as the aggregation sees it, and an aggregated value.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>

namespace ub {

/** One stored figure of an indicator, with what its aggregation needs. */
struct FactMention
{
    // Ordered so that no padding comes between the members: a full rebuild holds every figure.
    qint64 figureId = 0;
    qint64 documentId = 0;
    double value = 0;
    double precision = 0; ///< writtenPrecision() of the quote when the reader computed it; 0: not yet
    QString region;
    QString subregion;    ///< a county, district or enterprise of the region, or empty
    QString quote;        ///< as written: its precision decides which values are the same fact
    int fact = -1;        ///< the document's fact number: figures of one document with one fact are one
    int year = 0;
    int asOf = 0;         ///< yyyymmdd for stocks and rates
    int documentDate = 0; ///< yyyymmdd of the document, to order equal as-of dates
    Unit unit = Unit::Other;
    Qualifier qualifier = Qualifier::Exact;
    FigureKind kind = FigureKind::Flow;
};

/**
 * One number a statistics office would publish: an indicator's value for a region and year, in
 * one unit, aggregated by its kind, with the figures and documents behind it.
 */
struct Statistic
{
    QString indicator;
    QString region;
    int year = 0;
    Unit unit = Unit::Other;
    FigureKind kind = FigureKind::Flow;
    double value = 0;
    /** Exact; AtLeast when a 余/多/以上 figure is in it ("≥"); Nearly when a 近 figure is ("<");
     *  About when both kinds of bound are, or an 约 figure. */
    Qualifier qualifier = Qualifier::Exact;
    /** The region states none itself: its counties' (or enterprises') values, summed. */
    bool partial = false;
    int asOf = 0;                ///< stocks and rates: the date the value stands at
    int facts = 0;               ///< distinct facts behind it
    QList<qint64> figures;       ///< every figure stating those facts
    QList<qint64> documents;     ///< the documents they come from
};

/** The precision of a value as written: 1.3万 → 1000, 13000余 → 1000, 2484.4万 → 1000, 85% → 1. */
double writtenPrecision(const QString &quote, double value);
/** The same of a quote in UTF-8, as the store gives it back. */
double writtenPrecision(QUtf8StringView quote, double value);

/** Whether two values are one fact stated twice: equal within the coarser precision written. */
bool sameWrittenValue(double a, double precisionA, double b, double precisionB);

} // namespace ub
