// A default SQLite VFS that hands a transaction's WAL frames to the OS in one write per commit.
#pragma once

#include <cstdint>

namespace ub {

/** Registers, once per process and before the first connection opens, a VFS wrapping SQLite's
 *  default one as the new default. WAL files written through it collect their frames in memory
 *  and write them with one call when the commit frame arrives (or before any read, sync, size
 *  query or truncation of the file), instead of two `pwrite` calls per page. Every other file
 *  passes straight through. Returns false if SQLite refused the registration; the store then
 *  runs on the plain default VFS. */
bool installWalWriteCombining();

/** Counters over all WAL files of the process, for tests and the benchmark. */
struct WalWriteStats
{
    std::uint64_t framesWritten = 0; ///< writes SQLite asked for (frame headers and pages)
    std::uint64_t osWrites = 0;      ///< writes handed to the underlying VFS
};
WalWriteStats walWriteStats();

} // namespace ub
