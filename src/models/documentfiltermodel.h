// The reports table as the panel shows it: filtered by a search text, sorted by pinyin and by number.
#pragma once

#include <QSortFilterProxyModel>

namespace ub {

/**
 * Keeps the documents whose title, file, unit, kind or year contain the search text, and sorts
 * on DocumentTableModel::SortRole: numbers as numbers, Chinese text by pinyin (so 安康 comes
 * before 西安), whatever the system's locale.
 */
class DocumentFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DocumentFilterModel(QObject *parent = nullptr);

    QString searchText() const { return m_searchText; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
};

} // namespace ub
