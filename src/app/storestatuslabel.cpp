#include "storestatuslabel.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace ub {

StoreStatusLabel::StoreStatusLabel(const Store &store, QWidget *parent)
    : QLabel(parent)
    , m_store(store)
{
    setObjectName(u"storeStatus"_s);
    setContentsMargins(8, 0, 8, 0);
    refresh();
}

void StoreStatusLabel::showConnectionLost(const QString &message)
{
    m_lost = true;
    m_lostMessage = message;
    refresh();
}

void StoreStatusLabel::showConnectionRestored()
{
    m_lost = false;
    m_lostMessage.clear();
    refresh();
}

void StoreStatusLabel::showWatchProblem(const QString &message)
{
    m_watchProblem = message;
    refresh();
}

QString StoreStatusLabel::roleDescription() const
{
    switch (m_store.role()) {
    case StoreRole::Viewer:
        return tr("may read every panel and export, but not import, correct or remove");
    case StoreRole::Editor:
        return tr("may read, export, import, correct and remove");
    case StoreRole::Admin:
        return tr("may do everything, grant roles and upgrade the store");
    }
    return {};
}

void StoreStatusLabel::refresh()
{
    const QString who = tr("%1 · %2").arg(m_store.userName(), roleName(m_store.role()));
    QStringList tip = {m_store.location().displayName(),
                       tr("%1 %2.").arg(m_store.userName(), roleDescription())};
    if (m_lost) {
        setText(who + u"  "_s + tr("Connection lost, reconnecting…"));
        setStyleSheet(u"QLabel { color: #b3261e; font-weight: bold; }"_s);
        tip << m_lostMessage;
    } else {
        setText(who);
        setStyleSheet(QString());
    }
    if (!m_watchProblem.isEmpty())
        tip << tr("Changes by other clients are not shown until a reload: %1").arg(m_watchProblem);
    setToolTip(tip.join(u'\n'));
    setAccessibleName(text());
}

void StoreStatusLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QLabel::changeEvent(event);
}

} // namespace ub
