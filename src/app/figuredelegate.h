// How a figure row looks: corrected figures in italics with a pencil, rejected ones struck through,
// figures recognised with low confidence in amber.
#pragma once

#include <QStyledItemDelegate>

namespace ub {

/** Reads FigureTableModel's EditedRole, RejectedRole and LowConfidenceRole; the model itself knows
 *  nothing of fonts and colours. */
class FigureDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ub
