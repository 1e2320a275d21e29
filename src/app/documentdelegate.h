// How a row of the reports table looks and is edited: staff's values in italics, OCR in amber, a
// list of units and a year box to edit with.
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace ub {

/**
 * Reads DocumentTableModel's GivenPropertyRole and RecognisedRole; the model knows nothing of
 * fonts. Edits are handed to `commit` rather than written into the model, so the panel can make
 * each one an undoable command.
 */
class DocumentDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /** Called with the edited cell (of the view's model) and its new value; "" clears it. */
    using Commit = std::function<void(const QModelIndex &index, const QVariant &value)>;

    DocumentDelegate(Commit commit, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    /** The year box's lowest value, shown as "—": choosing it clears the year staff gave. */
    static constexpr int kNoYear = 1948;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Commit m_commit;
};

} // namespace ub
