// The documents that state figures for a region, for the city panel.
#pragma once

#include "aggregatequeries.h"

#include <QAbstractTableModel>

namespace ub {

class Store;

/** The documents that state figures for a region, newest first. */
class DocumentMentionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, YearColumn, FiguresColumn, ColumnCount };
    enum Role { DocumentNameRole = Qt::UserRole + 1 };

    explicit DocumentMentionModel(Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRegion(const QString &region);

private:
    Store &m_store;
    QList<DocumentMention> m_documents;
};

} // namespace ub
