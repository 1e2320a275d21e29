#include "kpicardswidget.h"

#include "kpimodel.h"

#include <QAbstractItemModel>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ub {

KpiCardsWidget::KpiCardsWidget(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void KpiCardsWidget::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &KpiCardsWidget::rebuild);
    rebuild();
}

QStringList KpiCardsWidget::headlines() const
{
    QStringList texts;
    for (QLabel *label : findChildren<QLabel *>(u"headline"_s))
        texts << label->text();
    return texts;
}

void KpiCardsWidget::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_model)
        return;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        auto *card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        card->setObjectName(u"kpiCard"_s);
        card->setStyleSheet(u"#kpiCard { background: palette(base); border-radius: 6px; }"_s);
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        auto *layout = new QVBoxLayout(card);
        layout->setSpacing(2);
        auto *title = new QLabel(index.data().toString(), card);
        title->setStyleSheet(u"color: palette(mid); font-weight: bold;"_s);
        auto *headline = new QLabel(index.data(KpiModel::HeadlineRole).toString(), card);
        headline->setObjectName(u"headline"_s);
        QFont font = headline->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        headline->setFont(font);
        headline->setStyleSheet(u"color: #c0392b;"_s);
        auto *detail = new QLabel(tr("%n figure(s)", nullptr, index.data(KpiModel::FiguresRole).toInt()), card);
        layout->addWidget(title);
        layout->addWidget(headline);
        layout->addWidget(detail);
        card->setToolTip(index.data(Qt::ToolTipRole).toString());
        card->setAccessibleName(title->text() + u' ' + headline->text());
        m_layout->addWidget(card, 1);
    }
}

} // namespace ub
