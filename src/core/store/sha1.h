// SHA-1 of short messages, on the CPU's SHA instructions where it has them (figure keys, #7).
#pragma once

#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace ub {

using Sha1Digest = std::array<std::uint8_t, 20>;

/**
 * SHA-1 of `message`, byte for byte what QCryptographicHash::Sha1 gives. An import hashes a
 * short text for every figure's key; Qt's portable SHA-1 was half of the keys' time. On x86-64
 * CPUs with the SHA extensions the compression runs on them; elsewhere Qt computes it.
 */
Sha1Digest sha1(QByteArrayView message);

/** Whether sha1() runs on the SHA instructions on this machine (for tests and the benchmark). */
bool sha1UsesCpuInstructions();

} // namespace ub
