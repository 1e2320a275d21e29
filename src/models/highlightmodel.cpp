#include "highlightmodel.h"

namespace ub {

HighlightModel::HighlightModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store) {}

int HighlightModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int HighlightModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant HighlightModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HighlightRecord &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn: return item.number;
        case TitleColumn: return item.title;
        case FiguresColumn: return item.figures;
        }
        return {};
    case Qt::ToolTipRole: return item.documentName;
    case DocumentNameRole: return item.documentName;
    case NumberRole: return item.number;
    }
    return {};
}

QVariant HighlightModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("No.");
    case TitleColumn: return tr("Highlight");
    case FiguresColumn: return tr("Figures");
    }
    return {};
}

void HighlightModel::setYear(int year)
{
    beginResetModel();
    m_items = AggregateQueries(m_store).highlights(year);
    endResetModel();
}

} // namespace ub
