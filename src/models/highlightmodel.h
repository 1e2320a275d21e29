// The 十大亮点 of a year: each highlights report under its own title, its items with their key figures.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractItemModel>

namespace ub {

class Store;

/**
 * A tree: one top-level row per highlights report of the year (by title), its items below it in
 * number order with their key figures inline and their figure count. A report's items are read
 * when the view first expands it (fetchMore), so a year with hundreds of reports stays quick.
 */
class HighlightModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, TitleColumn, KeyFiguresColumn, FiguresColumn, ColumnCount };
    enum Role { DocumentNameRole = Qt::UserRole + 1, NumberRole, IsReportRole };

    explicit HighlightModel(Store &store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setYear(int year);
    int year() const { return m_year; }
    /** Reads every report's items now (tests, exports). */
    void fetchAll();

private:
    struct Report
    {
        HighlightReport report;
        QList<HighlightRecord> items;
        bool fetched = false;
        bool titleShared = false; ///< another report of the year has the same title
    };
    static constexpr quintptr kTopLevel = ~quintptr(0);

    Store &m_store;
    int m_year = 0;
    bool m_resetting = false;
    QList<Report> m_reports;
};

} // namespace ub
