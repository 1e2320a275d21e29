#include "figuredelegate.h"

#include "figuretablemodel.h"

#include <QColor>

namespace ub {

void FigureDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool edited = index.data(FigureTableModel::EditedRole).toBool();
    const bool rejected = index.data(FigureTableModel::RejectedRole).toBool();
    option->font.setItalic(edited);
    option->font.setStrikeOut(rejected);
    if (rejected) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (index.data(FigureTableModel::LowConfidenceRole).toBool()) {
        // Amber, as the reports table marks OCR'd documents: a figure to check against its page.
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x6b, 0x00));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd5, 0x80));
    }
    if (edited && index.column() == FigureTableModel::QuoteColumn)
        option->text = QStringLiteral("✎ ") + option->text;
}

} // namespace ub
