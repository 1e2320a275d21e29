#include "documentfiltermodel.h"

#include "chinesecollation.h"
#include "documenttablemodel.h"

namespace ub {

DocumentFilterModel::DocumentFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DocumentTableModel::SortRole);
}

void DocumentFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    invalidateRowsFilter();
}

bool DocumentFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_searchText.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    for (const int column :
         {DocumentTableModel::TitleColumn, DocumentTableModel::FileColumn, DocumentTableModel::UnitColumn,
          DocumentTableModel::KindColumn, DocumentTableModel::YearColumn, DocumentTableModel::ReadAsColumn}) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_searchText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool DocumentFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return compareChinese(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ub
