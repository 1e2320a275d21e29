#include "kpicardswidget.h"

#include "kpimodel.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
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

bool KpiCardsWidget::eventFilter(QObject *watched, QEvent *event)
{
    const bool click = event->type() == QEvent::MouseButtonRelease
                       && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton;
    const bool key = event->type() == QEvent::KeyPress
                     && (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Return
                         || static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space);
    if (click || key) {
        const QVariant row = watched->property("cardRow");
        if (row.isValid()) {
            Q_EMIT cardActivated(row.toInt());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
        card->setStyleSheet(u"#kpiCard { background: palette(base); border-radius: 6px; }"
                            "#kpiCard:focus { border: 2px solid #c0392b; }"_s);
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
        card->setCursor(Qt::PointingHandCursor);
        card->setFocusPolicy(Qt::StrongFocus);
        card->setProperty("cardRow", row);
        card->installEventFilter(this);
        auto *layout = new QVBoxLayout(card);
        layout->setSpacing(2);
        auto *title = new QLabel(index.data().toString(), card);
        title->setStyleSheet(u"color: palette(mid); font-weight: bold;"_s);
        auto *valueRow = new QHBoxLayout;
        auto *headline = new QLabel(index.data(KpiModel::HeadlineRole).toString(), card);
        headline->setObjectName(u"headline"_s);
        QFont font = headline->font();
        font.setPointSizeF(font.pointSizeF() * 1.8);
        font.setBold(true);
        headline->setFont(font);
        headline->setStyleSheet(u"color: #c0392b;"_s);
        auto *change = new QLabel(index.data(KpiModel::ChangeRole).toString(), card);
        change->setObjectName(u"change"_s);
        change->setStyleSheet(u"color: palette(dark);"_s);
        valueRow->addWidget(headline);
        valueRow->addWidget(change, 0, Qt::AlignBottom);
        valueRow->addStretch(1);
        auto *detail = new QLabel(index.data(KpiModel::DetailRole).toString(), card);
        detail->setObjectName(u"detail"_s);
        layout->addWidget(title);
        layout->addLayout(valueRow);
        layout->addWidget(detail);
        card->setToolTip(index.data(Qt::ToolTipRole).toString() + u"\n"_s + tr("Click to see the figures behind it."));
        card->setAccessibleName(title->text() + u' ' + headline->text() + u' ' + change->text());
        m_layout->addWidget(card, 1);
    }
    if (m_model->rowCount() == 0) {
        auto *empty = new QLabel(tr("No figure of a comparable indicator this year."), this);
        m_layout->addWidget(empty, 1);
    }
}

} // namespace ub
