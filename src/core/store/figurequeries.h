// Read-side queries the panels and the CLI issue: filtered figure pages, per-region counts, years.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <functional>
#include <optional>

namespace ub {

class Store;

/** The orders the figures table offers; text columns sort by pinyin. */
enum class FigureOrder { Document, Quote, Value, Unit, Qualifier, Region, Year, Category, Indicator, Subject };

/** Which figures a query sees. Empty members do not filter. */
struct FigureFilter
{
    std::optional<int> year;
    QString region;
    std::optional<Category> category;
    QString indicator;
    QString text;                 ///< matched against quote, subject and sentence
    bool includeRejected = false; ///< figures staff marked "not a figure"
    bool primaryOnly = false;     ///< count a fact stated twice once
    std::optional<Unit> unit;
    std::optional<Qualifier> qualifier;
    QString documentName;         ///< one document's figures
    int highlightItem = 0;        ///< with documentName: one 十大亮点 item's figures
    QList<qint64> ids;            ///< exactly these figures (the ones behind a statistic), when not empty
    /** Unset: document order (each document's figures as they appear in it). */
    std::optional<FigureOrder> order;
    bool descending = false;
};

/** A stored figure as the views show it. */
struct FigureRecord
{
    qint64 id = 0;
    QString documentName;
    QString documentTitle; ///< the report's title; empty when it has none
    QString figureKey;
    Figure figure;
    bool primary = true;
    bool edited = false;
    bool rejected = false;
    /** The recogniser's confidence (0–100) in the figure's characters, the least of them, when
     *  its document was read by OCR; -1 when it came from a text. */
    int confidence = -1;
};

/** Figures counted per region, for the per-city chart. */
struct RegionCount
{
    QString region;
    int figures = 0;
    int approximate = 0; ///< of those, how many are not exact
};

/** A stored document, for provenance. */
struct DocumentRecord
{
    qint64 id = 0;
    QString name;
    QString title;
    QString kind;
    int year = 0;
    QString text;
};

/** Every SELECT the views need; values are always bound, never spliced. */
class FigureQueries
{
public:
    explicit FigureQueries(Store &store) : m_store(store) {}

    QList<FigureRecord> figures(const FigureFilter &filter, int offset, int limit, QString *error = nullptr);
    /** Streams every matching figure in document order without holding them all in memory. */
    bool forEachFigure(const FigureFilter &filter, const std::function<void(const FigureRecord &)> &visit,
                       QString *error = nullptr);
    int countFigures(const FigureFilter &filter, QString *error = nullptr);
    QList<RegionCount> countsByRegion(const FigureFilter &filter, QString *error = nullptr);
    QList<int> years(QString *error = nullptr);
    int documentCount(QString *error = nullptr);
    std::optional<DocumentRecord> document(const QString &name, QString *error = nullptr);

private:
    bool selectFigures(const FigureFilter &filter, const QString &tail, const QVariantList &tailValues,
                       const std::function<void(const FigureRecord &)> &visit, QString *error);

    Store &m_store;
};

} // namespace ub
