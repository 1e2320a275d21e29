#include "storewatcher.h"

#include "store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

StoreWatcher::StoreWatcher(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_pollTimer.setInterval(kPollMs);
    m_aliveTimer.setInterval(kAliveCheckMs);
    m_retryTimer.setInterval(kRetryMs);
    m_settleTimer.setInterval(kSettleMs);
    m_settleTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &StoreWatcher::poll);
    connect(&m_aliveTimer, &QTimer::timeout, this, &StoreWatcher::checkAlive);
    connect(&m_retryTimer, &QTimer::timeout, this, &StoreWatcher::retry);
    connect(&m_settleTimer, &QTimer::timeout, this, [this] {
        const QString what = m_pending;
        m_pending.clear();
        Q_EMIT storeChanged(what);
    });
}

StoreWatcher::~StoreWatcher()
{
    stop();
}

bool StoreWatcher::subscribe(QString *error)
{
    QSqlDriver *driver = m_store.database().driver();
    const QString channel = QString::fromLatin1(Store::kChangeChannel);
    if (driver->subscribedToNotifications().contains(channel))
        return true;
    if (!driver->subscribeToNotification(channel)) {
        if (error)
            *error = driver->lastError().text();
        return false;
    }
    return true;
}

bool StoreWatcher::start(QString *error)
{
    if (m_store.dialect().isSqlite()) {
        m_dataVersion = dataVersion();
        m_pollTimer.start();
        return true;
    }
    QSqlDriver *driver = m_store.database().driver();
    connect(driver, &QSqlDriver::notification, this, &StoreWatcher::onNotification, Qt::UniqueConnection);
    m_aliveTimer.start();
    return subscribe(error);
}

void StoreWatcher::stop()
{
    m_pollTimer.stop();
    m_aliveTimer.stop();
    m_retryTimer.stop();
    m_settleTimer.stop();
    if (!m_store.dialect().isSqlite() && m_store.database().isOpen())
        m_store.database().driver()->unsubscribeFromNotification(QString::fromLatin1(Store::kChangeChannel));
}

void StoreWatcher::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &payload)
{
    if (name != QLatin1StringView(Store::kChangeChannel) || source == QSqlDriver::SelfSource)
        return;
    changed(payload.toString());
}

void StoreWatcher::changed(const QString &what)
{
    // Several kinds within the settling time are reported as one change of unknown kind.
    m_pending = m_settleTimer.isActive() && m_pending != what ? QString() : what;
    m_settleTimer.start();
}

qint64 StoreWatcher::dataVersion()
{
    QSqlQuery query(m_store.database());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void StoreWatcher::poll()
{
    const qint64 version = dataVersion();
    if (version >= 0 && m_dataVersion >= 0 && version != m_dataVersion)
        changed(QString());
    if (version >= 0)
        m_dataVersion = version;
}

void StoreWatcher::checkAlive()
{
    if (m_store.isAlive())
        return;
    m_connected = false;
    m_aliveTimer.stop();
    Q_EMIT connectionLost(
        u"与数据库服务器 %1 的连接已断开，正在重新连接…"_s.arg(m_store.location().displayName()));
    m_retryTimer.start();
}

void StoreWatcher::retry()
{
    QString error;
    if (!m_store.reconnect(&error) || !subscribe(&error))
        return;
    m_retryTimer.stop();
    m_connected = true;
    m_aliveTimer.start();
    Q_EMIT connectionRestored();
    changed(QString());
}

} // namespace ub
