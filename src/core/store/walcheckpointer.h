// Copying an importing connection's WAL into the database on a thread of its own.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

struct sqlite3;
class QSqlDatabase;

namespace ub {

/**
 * Takes checkpointing off an importing SQLite connection (#7). SQLite's automatic checkpoint
 * runs inside whichever commit pushes the WAL past its limit, so every few hundred files one
 * import stalls while tens of megabytes are copied into the database, a third of all import
 * time. With this, the importing connection's commits only ask a second connection on its own
 * thread to checkpoint (SQLite's WAL mode lets a checkpoint run beside a writer), and the copy
 * overlaps the next files' extraction and writing on the machine's other core.
 *
 * The WAL stays bounded: past a hard limit a commit waits for a complete checkpoint, so the next
 * transaction starts the WAL afresh. Durability is SQLite's own: the checkpoint is the same
 * PASSIVE checkpoint, with the same syncs, only on another connection.
 *
 * Does nothing for a connection that is not SQLite in WAL mode on a file.
 */
class WalCheckpointer
{
public:
    /** requestPages: new WAL pages since the last pass after which a commit asks for one;
     *  waitPages: the WAL size (in pages) at which a commit waits for one to finish. */
    explicit WalCheckpointer(QSqlDatabase &importing, int requestPages = kRequestPages, int waitPages = kWaitPages);
    ~WalCheckpointer(); ///< waits for a running checkpoint, gives the connection back its automatic one
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool isActive() const { return m_thread.joinable(); }
    /** Checkpoints everything committed so far and waits for it. */
    void checkpointNow();

    /** New WAL pages after which a commit asks for a checkpoint, and WAL pages after which it
     *  waits for one. */
    static constexpr int kRequestPages = 2048; // 8 MB of 4 KB pages
    static constexpr int kWaitPages = 65536;    // 256 MB

private:
    static int walHook(void *self, sqlite3 *connection, const char *database, int pages);
    void onCommit(int pages);
    /** Asks for a pass (or joins one asked for and not started) and waits until it is done. */
    void waitForNextPass(std::unique_lock<std::mutex> &lock);
    void run();

    const int m_requestPages;
    const int m_waitPages;
    sqlite3 *m_importing = nullptr;
    sqlite3 *m_own = nullptr;
    int m_autocheckpoint = 1000; ///< the importing connection's setting, restored at the end
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    int m_backfilled = 0; ///< WAL pages already copied by the last pass; guarded by m_mutex
    bool m_requested = false;
    bool m_stopping = false;
    std::uint64_t m_requests = 0;  ///< guarded by m_mutex
    std::uint64_t m_completed = 0; ///< passes finished; a waiter waits for the pass after its request
};

} // namespace ub
