#include "walcheckpointer.h"

#include "sqlitehandle.h"

#include <QByteArray>

#include <sqlite3.h>

namespace ub {

namespace {

/** The first column of the first row of sql on the connection, as text ("" on failure). */
QByteArray firstValue(sqlite3 *connection, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

WalCheckpointer::WalCheckpointer(QSqlDatabase &importing, int requestPages, int waitPages)
    : m_requestPages(requestPages)
    , m_waitPages(waitPages)
{
    sqlite3 *connection = sqliteHandle(importing);
    if (!connection)
        return;
    const char *file = sqlite3_db_filename(connection, "main");
    if (!file || !*file || firstValue(connection, "PRAGMA journal_mode") != "wal")
        return;
    if (sqlite3_open_v2(file, &m_own, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(m_own);
        m_own = nullptr;
        return; // the importing connection keeps checkpointing itself
    }
    // A fresh connection is not in WAL mode until it has read the database; until then a
    // checkpoint on it returns at once and copies nothing.
    if (firstValue(m_own, "SELECT count(*) FROM sqlite_master").isEmpty() ||
        firstValue(m_own, "PRAGMA journal_mode") != "wal") {
        sqlite3_close(m_own);
        m_own = nullptr;
        return;
    }
    m_importing = connection;
    m_autocheckpoint = firstValue(connection, "PRAGMA wal_autocheckpoint").toInt();
    // Replaces the automatic checkpoint, which is itself a WAL hook.
    sqlite3_wal_hook(m_importing, &WalCheckpointer::walHook, this);
    m_thread = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_thread.joinable())
        return;
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_wal_hook(m_importing, nullptr, nullptr);
    sqlite3_wal_autocheckpoint(m_importing, m_autocheckpoint);
    sqlite3_close(m_own);
}

int WalCheckpointer::walHook(void *self, sqlite3 *, const char *, int pages)
{
    static_cast<WalCheckpointer *>(self)->onCommit(pages);
    return SQLITE_OK;
}

void WalCheckpointer::onCommit(int pages)
{
    std::unique_lock lock(m_mutex);
    if (pages < m_backfilled)
        m_backfilled = 0; // the WAL was started afresh
    // Each pass syncs the database file, so a pass is worth it only for a batch of new pages.
    if (pages < m_waitPages) {
        if (pages - m_backfilled < m_requestPages)
            return;
        if (!m_requested) {
            m_requested = true;
            ++m_requests;
            m_wake.notify_one();
        }
        return;
    }
    // SQLite starts the WAL afresh only when a checkpoint has copied all of it before the next
    // transaction begins, which a steady stream of commits rarely allows. At the limit, wait for
    // a pass that starts after this commit: with no commit meanwhile it copies the whole WAL.
    waitForNextPass(lock);
}

void WalCheckpointer::checkpointNow()
{
    if (!m_thread.joinable())
        return;
    std::unique_lock lock(m_mutex);
    waitForNextPass(lock);
}

void WalCheckpointer::waitForNextPass(std::unique_lock<std::mutex> &lock)
{
    if (!m_requested) {
        m_requested = true;
        ++m_requests;
    }
    const std::uint64_t pass = m_requests; // not started yet: it will see everything committed so far
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_completed >= pass; });
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (!m_requested)
            return; // stopping, nothing asked for
        const std::uint64_t pass = m_requests;
        m_requested = false;
        lock.unlock();
        // PASSIVE: copies what no reader still needs and never waits; a busy result (another
        // connection checkpointing) just means this pass did less.
        int walPages = 0;
        int backfilled = 0;
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, &walPages, &backfilled);
        lock.lock();
        m_backfilled = qMax(backfilled, 0);
        m_completed = pass;
        m_done.notify_all();
    }
}

} // namespace ub
