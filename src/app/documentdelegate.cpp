#include "documentdelegate.h"

#include "documenttablemodel.h"
#include "labels.h"
#include "regionorder.h"

#include <QComboBox>
#include <QDate>
#include <QLineEdit>
#include <QSpinBox>

namespace ub {

DocumentDelegate::DocumentDelegate(Commit commit, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_commit(std::move(commit))
{}

void DocumentDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->font.setItalic(index.data(DocumentTableModel::GivenPropertyRole).toBool());
    if (index.column() == DocumentTableModel::ReadAsColumn &&
        index.data(DocumentTableModel::RecognisedRole).toBool()) {
        // Amber like the figures recognised with low confidence: OCR'd text is worth a second look.
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, QColor(0xb3, 0x6b, 0x00));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd5, 0x80));
    }
}

QWidget *DocumentDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case DocumentTableModel::UnitColumn: {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(tr("Unit"));
        combo->addItem(Labels::missing(), QString()); // back to the unit read from the report
        for (const QString &region : standardRegions())
            combo->addItem(region, region);
        return combo;
    }
    case DocumentTableModel::YearColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setAccessibleName(tr("Year"));
        spin->setRange(kNoYear, 2100);
        spin->setSpecialValueText(Labels::missing());
        spin->setGroupSeparatorShown(false);
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void DocumentDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        const int year = index.data(Qt::EditRole).toInt();
        // An unknown year opens on this year rather than on "—", the likeliest choice.
        spin->setValue(year > 0 ? year : QDate::currentDate().year());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void DocumentDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    QVariant value;
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        value = combo->currentData().toString();
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        value = spin->value() == kNoYear ? QString() : QString::number(spin->value());
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        value = line->text();
    else
        return QStyledItemDelegate::setModelData(editor, model, index);
    if (m_commit)
        m_commit(index, value);
    else
        model->setData(index, value, Qt::EditRole);
}

} // namespace ub
