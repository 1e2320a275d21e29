// The key that identifies a figure across re-imports of a changed report, for corrections to find it again.
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

#include <string>
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
    QCryptographicHash m_hash{QCryptographicHash::Sha1};
    QByteArray m_context;                            ///< UTF-8 of before \x1f quote \x1f after, reused
    std::unordered_map<std::string, int> m_occurrences; ///< per 20-digit base, how many so far
};

} // namespace ub
