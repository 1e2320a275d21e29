// The key that identifies a figure across re-imports of a changed report, for corrections to find it again.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <unordered_map>

namespace ub {

struct Figure;

/**
 * Keys the figures of one document, in document order. A key is what the figure says, the words
 * right around it, and which occurrence of that it is: "<20 hex digits of SHA-1>#<n>". Offsets and
 * the rest of the sentence are left out on purpose: edits elsewhere move offsets, and a new
 * heading can change where a sentence starts. Keys are stored, so their bytes must never change.
 */
class FigureKeys
{
public:
    /** Writes the next figure's key (ASCII) into out and returns its length (at most kMaxLength). */
    int write(const Figure &figure, char *out);
    QString next(const Figure &figure);

    static constexpr int kMaxLength = 32;

private:
    QByteArray m_context;                            ///< UTF-8 of before \x1f quote \x1f after, reused
    /** The 20 hex digits of a key's base are the digest's first 10 bytes, kept as two integers. */
    struct Base
    {
        std::uint64_t high;
        std::uint16_t low;
        bool operator==(const Base &other) const { return high == other.high && low == other.low; }
    };
    struct BaseHash
    {
        size_t operator()(const Base &base) const { return size_t(base.high ^ (std::uint64_t(base.low) << 48)); }
    };
    std::unordered_map<Base, int, BaseHash> m_occurrences; ///< per base, how many so far
};

} // namespace ub
