// Notices what other clients change in a store, and a connection to a server that was lost.
#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace ub {

class Store;

/**
 * Watches a store for other clients' writes so that open windows can refresh (#18): on
 * PostgreSQL the notifications every import, correction or removal sends when it commits
 * (Store::announceChange, LISTEN on Store::kChangeChannel); on SQLite the file's data_version,
 * which moves when another connection, such as a CLI import, commits. The watcher's own
 * connection's writes are not reported: whoever made them knows.
 *
 * On PostgreSQL it also checks now and then that the server still answers; when it does not,
 * it says so and reconnects (every kRetryMs) until the server is back, then reports a change,
 * since notifications sent meanwhile were lost. Lives on the thread that owns the store's
 * connection, whose event loop delivers the notifications.
 */
class StoreWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit StoreWatcher(Store &store, QObject *parent = nullptr);
    ~StoreWatcher() override;

    /** Starts watching; false with *error when the server refused the subscription. */
    bool start(QString *error = nullptr);
    void stop();
    bool isConnected() const { return m_connected; }

    static constexpr int kPollMs = 500;        ///< SQLite's data_version is read this often
    static constexpr int kAliveCheckMs = 3000; ///< a PostgreSQL server is asked if it still answers
    static constexpr int kRetryMs = 3000;      ///< and reconnected to this often once it did not
    static constexpr int kSettleMs = 250;      ///< changes this close together are reported once

Q_SIGNALS:
    /** Another client changed the store; what: import, correction, document, or "" when unknown. */
    void storeChanged(const QString &what);
    /** The server stopped answering; message says so (Chinese). */
    void connectionLost(const QString &message);
    /** The connection is back (a storeChanged follows). */
    void connectionRestored();

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void poll();
    void checkAlive();
    void retry();
    bool subscribe(QString *error);
    void changed(const QString &what);
    qint64 dataVersion();

    Store &m_store;
    QTimer m_pollTimer;
    QTimer m_aliveTimer;
    QTimer m_retryTimer;
    QTimer m_settleTimer;
    QString m_pending;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
};

} // namespace ub
