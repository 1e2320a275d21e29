#include "highlightmodel.h"

#include <QHash>

namespace ub {

HighlightModel::HighlightModel(Store &store, QObject *parent) : QAbstractItemModel(parent), m_store(store) {}

QModelIndex HighlightModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_reports.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() >= m_reports.size())
        return {};
    const Report &report = m_reports.at(parent.row());
    return row < report.items.size() ? createIndex(row, column, quintptr(parent.row())) : QModelIndex();
}

QModelIndex HighlightModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId()), 0, kTopLevel);
}

int HighlightModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_reports.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_reports.at(parent.row()).items.size());
}

int HighlightModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool HighlightModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_reports.isEmpty();
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return false;
    const Report &report = m_reports.at(parent.row());
    return report.fetched ? !report.items.isEmpty() : report.report.items > 0;
}

bool HighlightModel::canFetchMore(const QModelIndex &parent) const
{
    // Views and testers ask while a reset is still being announced: inserting rows inside it
    // would corrupt their state.
    return !m_resetting && parent.isValid() && parent.internalId() == kTopLevel && parent.column() == 0
           && !m_reports.at(parent.row()).fetched;
}

void HighlightModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Report &report = m_reports[parent.row()];
    const QList<HighlightRecord> items = AggregateQueries(m_store).highlightItems(report.report.documentName);
    report.fetched = true;
    if (items.isEmpty())
        return;
    beginInsertRows(parent, 0, int(items.size()) - 1);
    report.items = items;
    endInsertRows();
}

void HighlightModel::fetchAll()
{
    for (int row = 0; row < m_reports.size(); ++row)
        fetchMore(index(row, 0));
}

QVariant HighlightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const Report &entry = m_reports.at(index.row());
        const HighlightReport &report = entry.report;
        // Reports of one title (a city's yearly highlights restated) tell apart by their files.
        const QString title = report.title.isEmpty() ? report.documentName
                              : entry.titleShared    ? report.title + QStringLiteral(" · ") + report.documentName
                                                     : report.title;
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NumberColumn)
                return tr("%1 (%n item(s))", nullptr, report.items).arg(title);
            return {};
        case Qt::ToolTipRole: return report.documentName;
        case DocumentNameRole: return report.documentName;
        case IsReportRole: return true;
        }
        return {};
    }
    const HighlightRecord &item = m_reports.at(int(index.internalId())).items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return item.number;
        case TitleColumn: return item.title;
        case KeyFiguresColumn: return item.keyFigures.join(QStringLiteral(" · "));
        case FiguresColumn: return item.figures;
        }
        return {};
    case Qt::ToolTipRole: return item.title;
    case DocumentNameRole: return item.documentName;
    case NumberRole: return item.number;
    case IsReportRole: return false;
    }
    return {};
}

QVariant HighlightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Highlight");
    case KeyFiguresColumn: return tr("Key figures");
    case FiguresColumn: return tr("Figures");
    }
    return {};
}

void HighlightModel::setYear(int year)
{
    m_resetting = true;
    beginResetModel();
    m_year = year;
    m_reports.clear();
    QHash<QString, int> titles;
    const QList<HighlightReport> reports = AggregateQueries(m_store).highlightReports(year);
    for (const HighlightReport &report : reports)
        ++titles[report.title];
    for (const HighlightReport &report : reports)
        m_reports.append({report, {}, false, !report.title.isEmpty() && titles.value(report.title) > 1});
    endResetModel();
    m_resetting = false;
}

} // namespace ub
