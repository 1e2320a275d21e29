#include "sha1.h"

#include <QCryptographicHash>

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define UB_SHA1_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace ub {

namespace {

Sha1Digest qtSha1(QByteArrayView message)
{
    const QByteArray digest = QCryptographicHash::hash(message, QCryptographicHash::Sha1);
    Sha1Digest out{};
    std::memcpy(out.data(), digest.constData(), out.size());
    return out;
}

#ifdef UB_SHA1_X86

bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9), sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

/** Four rounds; the round function must be an immediate, hence the switch. */
__attribute__((target("sha,sse4.1"))) inline __m128i fourRounds(__m128i abcd, __m128i ew, int group)
{
    switch (group) {
    case 0: return _mm_sha1rnds4_epu32(abcd, ew, 0);
    case 1: return _mm_sha1rnds4_epu32(abcd, ew, 1);
    case 2: return _mm_sha1rnds4_epu32(abcd, ew, 2);
    default: return _mm_sha1rnds4_epu32(abcd, ew, 3);
    }
}

/** SHA-1's compression of 64-byte blocks (Intel's SHA extensions guide): the state's A lies in
 *  the top lane, each message block word-reversed into big-endian lanes. */
__attribute__((target("sha,sse4.1"))) void compress(std::uint32_t state[5], const std::uint8_t *blocks,
                                                   size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0x1B);
    __m128i e = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (; count > 0; --count, blocks += 64) {
        const __m128i abcdSaved = abcd, eSaved = e;
        __m128i w[4];
        __m128i abcdBefore = abcd;
        for (int j = 0; j < 20; ++j) {
            // w[j % 4] holds words 4j..4j+3 of the schedule, from the four before it.
            if (j < 4)
                w[j] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * j)), byteSwap);
            else
                w[j % 4] = _mm_sha1msg2_epu32(
                    _mm_xor_si128(_mm_sha1msg1_epu32(w[j % 4], w[(j + 1) % 4]), w[(j + 2) % 4]), w[(j + 3) % 4]);
            const __m128i ew = j == 0 ? _mm_add_epi32(e, w[0]) : _mm_sha1nexte_epu32(abcdBefore, w[j % 4]);
            abcdBefore = abcd;
            abcd = fourRounds(abcd, ew, j / 5);
        }
        e = _mm_sha1nexte_epu32(abcdBefore, eSaved);
        abcd = _mm_add_epi32(abcd, abcdSaved);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_shuffle_epi32(abcd, 0x1B));
    state[4] = std::uint32_t(_mm_extract_epi32(e, 3));
}

Sha1Digest cpuSha1(QByteArrayView message)
{
    std::uint32_t state[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    const auto *data = reinterpret_cast<const std::uint8_t *>(message.data());
    const size_t size = size_t(message.size());
    const size_t whole = size / 64;
    compress(state, data, whole);
    // The tail, 0x80, zeros and the length in bits (big-endian) fill one or two last blocks.
    std::uint8_t last[128] = {};
    const size_t tail = size - whole * 64;
    if (tail > 0)
        std::memcpy(last, data + whole * 64, tail);
    last[tail] = 0x80;
    const size_t lastSize = tail < 56 ? 64 : 128;
    const std::uint64_t bits = std::uint64_t(size) * 8;
    for (int i = 0; i < 8; ++i)
        last[lastSize - 1 - i] = std::uint8_t(bits >> (8 * i));
    compress(state, last, lastSize / 64);
    Sha1Digest out{};
    for (int i = 0; i < 5; ++i) {
        out[4 * i] = std::uint8_t(state[i] >> 24);
        out[4 * i + 1] = std::uint8_t(state[i] >> 16);
        out[4 * i + 2] = std::uint8_t(state[i] >> 8);
        out[4 * i + 3] = std::uint8_t(state[i]);
    }
    return out;
}

#endif

} // namespace

bool sha1UsesCpuInstructions()
{
#ifdef UB_SHA1_X86
    static const bool has = cpuHasShaExtensions();
    return has;
#else
    return false;
#endif
}

Sha1Digest sha1(QByteArrayView message)
{
#ifdef UB_SHA1_X86
    if (sha1UsesCpuInstructions())
        return cpuSha1(message);
#endif
    return qtSha1(message);
}

} // namespace ub
