// How a figure row looks: corrected figures in italics with a pencil, rejected ones struck through.
#pragma once

#include <QStyledItemDelegate>

namespace ub {

/** Reads FigureTableModel's EditedRole and RejectedRole; the model itself knows nothing of fonts. */
class FigureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ub
