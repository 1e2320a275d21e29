#include "figuredelegate.h"

#include "figuretablemodel.h"

namespace ub {

void FigureDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool edited = index.data(FigureTableModel::EditedRole).toBool();
    const bool rejected = index.data(FigureTableModel::RejectedRole).toBool();
    option->font.setItalic(edited);
    option->font.setStrikeOut(rejected);
    if (rejected)
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    if (edited && index.column() == FigureTableModel::QuoteColumn)
        option->text = QStringLiteral("✎ ") + option->text;
}

} // namespace ub
