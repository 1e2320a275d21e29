#include "walwritecombiner.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>

// Why this exists (#7): an import commits once per report file, and SQLite writes each WAL frame
// as two `pwrite` calls (its 24-byte header, then the page). A 100-figure report dirties ~30 pages,
// so ~60 system calls per commit, which on a virtual machine cost more than building the pages.
//
// Why it keeps SQLite's guarantees: frames reach the file in the order and with the bytes SQLite
// gave them; only the moment changes, and never past a point where anyone could look. SQLite
// publishes a commit in the shared WAL index only after the commit frame's write returns, and we
// write the whole buffer before that write returns. Reads, syncs, size queries and truncations of
// the file write the buffer first, so nothing can read or sync around it. A crash before the
// buffer is written loses frames of a transaction that had not committed yet, which WAL recovery
// ignores exactly as if SQLite had not written them; a crash during the write leaves a prefix of
// the frames, which SQLite could have left too.

namespace ub {
namespace {

std::atomic<std::uint64_t> g_framesWritten{0};
std::atomic<std::uint64_t> g_osWrites{0};

sqlite3_vfs *g_base = nullptr; // the default VFS we wrap ("unix" on Linux)
sqlite3_vfs g_vfs;

/** Frames past this much buffered data go out early: a huge transaction costs a few large writes,
 *  not unbounded memory. */
constexpr int kMaxBufferBytes = 4 * 1024 * 1024;
/** A buffer that grew past this is given back after it is written, so one huge import does not
 *  keep megabytes per connection. */
constexpr int kKeptBufferBytes = 1024 * 1024;
/** SQLite's unix VFS masks the length of a single write to 17 bits (seekAndWriteFd: `nBuf &=
 *  0x1ffff`), so a longer write would come back short and read as a full disk. */
constexpr int kMaxOsWriteBytes = 0x1ffff & ~0xfff; // 124 KB
/** WAL frame header: page number, then the database size in pages for a commit frame (0 otherwise). */
constexpr int kFrameHeaderBytes = 24;

struct WalFile
{
    sqlite3_file base;
    sqlite3_file *real;
    unsigned char *data;
    sqlite3_int64 start; // file offset of data[0]
    int used;
    int capacity;
    bool commitFramePending; // the commit frame's header is buffered; its page comes next
};

int flush(WalFile *file)
{
    if (file->used == 0)
        return SQLITE_OK;
    const int used = file->used;
    file->used = 0;
    file->commitFramePending = false;
    int rc = SQLITE_OK;
    for (int done = 0; done < used && rc == SQLITE_OK; done += kMaxOsWriteBytes) {
        g_osWrites.fetch_add(1, std::memory_order_relaxed);
        rc = file->real->pMethods->xWrite(file->real, file->data + done, std::min(kMaxOsWriteBytes, used - done),
                                          file->start + done);
    }
    if (file->capacity > kKeptBufferBytes) {
        sqlite3_free(file->data);
        file->data = nullptr;
        file->capacity = 0;
    }
    return rc;
}

bool reserve(WalFile *file, int bytes)
{
    if (bytes <= file->capacity)
        return true;
    int capacity = file->capacity > 0 ? file->capacity : 64 * 1024;
    while (capacity < bytes)
        capacity *= 2;
    auto *grown = static_cast<unsigned char *>(sqlite3_realloc(file->data, capacity));
    if (!grown)
        return false;
    file->data = grown;
    file->capacity = capacity;
    return true;
}

WalFile *walFile(sqlite3_file *file) { return reinterpret_cast<WalFile *>(file); }

int walWrite(sqlite3_file *f, const void *bytes, int amount, sqlite3_int64 offset)
{
    WalFile *file = walFile(f);
    g_framesWritten.fetch_add(1, std::memory_order_relaxed);
    if (file->used > 0 && offset != file->start + file->used) {
        // Not an append (SQLite rewriting a frame of the open transaction): keep the order.
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
    }
    if (file->used + amount > kMaxBufferBytes) {
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
    }
    if (amount > kMaxOsWriteBytes || !reserve(file, file->used + amount)) {
        if (const int rc = flush(file); rc != SQLITE_OK)
            return rc;
        g_osWrites.fetch_add(1, std::memory_order_relaxed);
        return file->real->pMethods->xWrite(file->real, bytes, amount, offset);
    }
    if (file->used == 0)
        file->start = offset;
    std::memcpy(file->data + file->used, bytes, size_t(amount));
    file->used += amount;
    if (amount == kFrameHeaderBytes) {
        const auto *header = static_cast<const unsigned char *>(bytes);
        file->commitFramePending = (header[4] | header[5] | header[6] | header[7]) != 0;
        return SQLITE_OK;
    }
    // The commit frame's page: the transaction is complete, and SQLite publishes it once we return.
    return file->commitFramePending ? flush(file) : SQLITE_OK;
}

int walRead(sqlite3_file *f, void *bytes, int amount, sqlite3_int64 offset)
{
    WalFile *file = walFile(f);
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return file->real->pMethods->xRead(file->real, bytes, amount, offset);
}

int walTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    WalFile *file = walFile(f);
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return file->real->pMethods->xTruncate(file->real, size);
}

int walSync(sqlite3_file *f, int flags)
{
    WalFile *file = walFile(f);
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return file->real->pMethods->xSync(file->real, flags);
}

int walFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    WalFile *file = walFile(f);
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return file->real->pMethods->xFileSize(file->real, size);
}

int walClose(sqlite3_file *f)
{
    WalFile *file = walFile(f);
    const int flushed = flush(file);
    sqlite3_free(file->data);
    file->data = nullptr;
    file->capacity = 0;
    const int closed = file->real->pMethods->xClose(file->real);
    return flushed != SQLITE_OK ? flushed : closed;
}

int walLock(sqlite3_file *f, int level) { return walFile(f)->real->pMethods->xLock(walFile(f)->real, level); }
int walUnlock(sqlite3_file *f, int level) { return walFile(f)->real->pMethods->xUnlock(walFile(f)->real, level); }
int walCheckReservedLock(sqlite3_file *f, int *out)
{
    return walFile(f)->real->pMethods->xCheckReservedLock(walFile(f)->real, out);
}

int walFileControl(sqlite3_file *f, int op, void *argument)
{
    WalFile *file = walFile(f);
    // Some controls act on the file (size hints, chunk sizes): let them see every frame.
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    return file->real->pMethods->xFileControl(file->real, op, argument);
}

int walSectorSize(sqlite3_file *f) { return walFile(f)->real->pMethods->xSectorSize(walFile(f)->real); }
int walDeviceCharacteristics(sqlite3_file *f)
{
    return walFile(f)->real->pMethods->xDeviceCharacteristics(walFile(f)->real);
}

// A WAL file has no shared memory or memory mapping of its own; these forward in case a future
// SQLite asks anyway, with the version check SQLite itself would make.
int walShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    sqlite3_file *real = walFile(f)->real;
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmMap(real, region, size, extend, out)
                                         : SQLITE_IOERR_SHMMAP;
}
int walShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    sqlite3_file *real = walFile(f)->real;
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmLock(real, offset, n, flags) : SQLITE_IOERR_SHMLOCK;
}
void walShmBarrier(sqlite3_file *f)
{
    sqlite3_file *real = walFile(f)->real;
    if (real->pMethods->iVersion >= 2)
        real->pMethods->xShmBarrier(real);
}
int walShmUnmap(sqlite3_file *f, int deleteFlag)
{
    sqlite3_file *real = walFile(f)->real;
    return real->pMethods->iVersion >= 2 ? real->pMethods->xShmUnmap(real, deleteFlag) : SQLITE_OK;
}
int walFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    WalFile *file = walFile(f);
    *out = nullptr;
    if (const int rc = flush(file); rc != SQLITE_OK)
        return rc;
    sqlite3_file *real = file->real;
    return real->pMethods->iVersion >= 3 ? real->pMethods->xFetch(real, offset, amount, out) : SQLITE_OK;
}
int walUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *page)
{
    sqlite3_file *real = walFile(f)->real;
    return real->pMethods->iVersion >= 3 ? real->pMethods->xUnfetch(real, offset, page) : SQLITE_OK;
}

const sqlite3_io_methods g_walMethods = {
    3,
    walClose,
    walRead,
    walWrite,
    walTruncate,
    walSync,
    walFileSize,
    walLock,
    walUnlock,
    walCheckReservedLock,
    walFileControl,
    walSectorSize,
    walDeviceCharacteristics,
    walShmMap,
    walShmLock,
    walShmBarrier,
    walShmUnmap,
    walFetch,
    walUnfetch,
};

constexpr size_t alignedSize(size_t size) { return (size + 15) & ~size_t(15); }

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *f, int flags, int *outFlags)
{
    if (!(flags & SQLITE_OPEN_WAL)) // the real file lives in our slot, with its own methods
        return g_base->xOpen(g_base, name, f, flags, outFlags);
    WalFile *file = walFile(f);
    file->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(f) + alignedSize(sizeof(WalFile)));
    file->real->pMethods = nullptr;
    file->data = nullptr;
    file->start = 0;
    file->used = 0;
    file->capacity = 0;
    file->commitFramePending = false;
    const int rc = g_base->xOpen(g_base, name, file->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    file->base.pMethods = file->real->pMethods ? &g_walMethods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir) { return g_base->xDelete(g_base, name, syncDir); }
int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return g_base->xAccess(g_base, name, flags, out); }
int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_base->xFullPathname(g_base, name, size, out);
}
void *vfsDlOpen(sqlite3_vfs *, const char *name) { return g_base->xDlOpen(g_base, name); }
void vfsDlError(sqlite3_vfs *, int size, char *out) { g_base->xDlError(g_base, size, out); }
void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void vfsDlClose(sqlite3_vfs *, void *handle) { g_base->xDlClose(g_base, handle); }
int vfsRandomness(sqlite3_vfs *, int size, char *out) { return g_base->xRandomness(g_base, size, out); }
int vfsSleep(sqlite3_vfs *, int microseconds) { return g_base->xSleep(g_base, microseconds); }
int vfsCurrentTime(sqlite3_vfs *, double *out) { return g_base->xCurrentTime(g_base, out); }
int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out) { return g_base->xCurrentTimeInt64(g_base, out); }
int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return g_base->xSetSystemCall(g_base, name, call);
}
sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name) { return g_base->xGetSystemCall(g_base, name); }
const char *vfsNextSystemCall(sqlite3_vfs *, const char *name) { return g_base->xNextSystemCall(g_base, name); }

bool registerVfs()
{
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    g_base = sqlite3_vfs_find(nullptr);
    if (!g_base || g_base->iVersion < 3)
        return false;
    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 3;
    g_vfs.szOsFile = int(alignedSize(sizeof(WalFile)) + size_t(g_base->szOsFile));
    g_vfs.mxPathname = g_base->mxPathname;
    g_vfs.zName = "ub-wal-combining";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    g_vfs.xSetSystemCall = vfsSetSystemCall;
    g_vfs.xGetSystemCall = vfsGetSystemCall;
    g_vfs.xNextSystemCall = vfsNextSystemCall;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool installWalWriteCombining()
{
    static const bool installed = registerVfs();
    return installed;
}

WalWriteStats walWriteStats()
{
    return {g_framesWritten.load(std::memory_order_relaxed), g_osWrites.load(std::memory_order_relaxed)};
}

} // namespace ub
