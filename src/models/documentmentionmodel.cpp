#include "documentmentionmodel.h"

namespace ub {

DocumentMentionModel::DocumentMentionModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

int DocumentMentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentMentionModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DocumentMentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DocumentMention &document = m_documents.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return document.title.isEmpty() ? document.name : document.title;
        case YearColumn: return document.year > 0 ? QVariant(document.year) : QVariant();
        case FiguresColumn: return document.figures;
        }
        return {};
    case Qt::ToolTipRole: return document.name;
    case DocumentNameRole: return document.name;
    }
    return {};
}

QVariant DocumentMentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Document");
    case YearColumn: return tr("Year");
    case FiguresColumn: return tr("Figures");
    }
    return {};
}

void DocumentMentionModel::setRegion(const QString &region)
{
    beginResetModel();
    m_documents = AggregateQueries(m_store).documentsFor(region);
    endResetModel();
}

} // namespace ub
