// The figures table: every stored figure matching a filter, fetched page by page.
#pragma once

#include "figurequeries.h"

#include <QAbstractTableModel>

namespace ub {

class Store;

/**
 * A flat table of figures over the store. The first page arrives with each reset, the rest in
 * pages (canFetchMore/fetchMore) as the view scrolls, so a million figures never sit in memory
 * at once; the filter is applied by the store's query.
 */
class FigureTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, QuoteColumn, ValueColumn, UnitColumn, QualifierColumn, RegionColumn,
                  SubregionColumn, YearColumn, CategoryColumn, IndicatorColumn, KindColumn, SubjectColumn, SentenceColumn, ColumnCount };
    enum Role { FigureIdRole = Qt::UserRole + 1, SentenceRole, DocumentNameRole, StartRole, EndRole,
                SentenceStartRole, ValueRole, EditedRole, PrimaryRole, RejectedRole,
                ConfidenceRole,    ///< int 0–100 for a figure read by OCR, -1 for one read from text
                LowConfidenceRole  ///< bool: read by OCR with less than kLowConfidence, to check
    };

    explicit FigureTableModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    /** Sorting is done by the store over every matching figure, not just the fetched rows. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void fetchMore(const QModelIndex &parent) override;

    const FigureFilter &filter() const { return m_filter; }
    void setFilter(const FigureFilter &filter);
    /** Re-reads the store, e.g. after an import. */
    void reload();
    /** Figures matching the filter in the store, fetched or not. */
    int totalCount() const { return m_total; }
    const FigureRecord *record(int row) const;

    static constexpr int kPageSize = 500;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    Store &m_store;
    FigureFilter m_filter;
    QList<FigureRecord> m_rows;
    int m_total = 0;
    bool m_resetting = false;
};

} // namespace ub
