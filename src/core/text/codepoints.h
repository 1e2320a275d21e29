// Converting between code-point offsets (what provenance stores) and QString's UTF-16 indices.
#pragma once

#include <QList>
#include <QStringView>

namespace ub {

/** Number of code points in text (a surrogate pair counts once). */
qint64 codePointCount(QStringView text);
/** UTF-16 index of the code point at codePointOffset; text.size() when past the end. */
qsizetype utf16IndexOfCodePoint(QStringView text, qint64 codePointOffset);
/** Code-point offset of the UTF-16 index. */
qint64 codePointOffsetOfUtf16(QStringView text, qsizetype utf16Index);

/** Writes text as UTF-8 at out and returns the end, exactly as QString::toUtf8() would (a lone
 *  surrogate becomes '?'), without allocating. out needs room for 3 bytes per UTF-16 unit. */
char *appendUtf8(char *out, QStringView text);

/**
 * Constant-time UTF-16 index → code-point offset for one text, so that converting every figure's
 * span stays linear. Costs nothing for texts without surrogate pairs (the usual case).
 */
class CodePointIndex
{
public:
    explicit CodePointIndex(QStringView text);
    qint64 codePointOffset(qsizetype utf16Index) const;

private:
    QList<qint64> m_offsets; ///< empty when the text has no surrogates: offsets equal indices
};

} // namespace ub
