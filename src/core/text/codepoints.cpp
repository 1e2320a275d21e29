#include "codepoints.h"

namespace ub {

qint64 codePointCount(QStringView text)
{
    qint64 count = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

qsizetype utf16IndexOfCodePoint(QStringView text, qint64 codePointOffset)
{
    if (codePointOffset <= 0)
        return 0;
    qint64 seen = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (seen == codePointOffset)
            return i;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++seen;
    }
    return size;
}

qint64 codePointOffsetOfUtf16(QStringView text, qsizetype utf16Index)
{
    const qsizetype end = qBound<qsizetype>(0, utf16Index, text.size());
    qint64 count = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < end && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

CodePointIndex::CodePointIndex(QStringView text)
{
    const qsizetype size = text.size();
    bool hasSurrogates = false;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].isSurrogate()) {
            hasSurrogates = true;
            break;
        }
    }
    if (!hasSurrogates)
        return;
    m_offsets.resize(size + 1);
    qint64 count = 0;
    for (qsizetype i = 0; i < size; ++i) {
        m_offsets[i] = count;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate()) {
            m_offsets[i + 1] = count;
            ++i;
        }
        ++count;
    }
    m_offsets[size] = count;
}

qint64 CodePointIndex::codePointOffset(qsizetype utf16Index) const
{
    if (m_offsets.isEmpty())
        return utf16Index;
    return m_offsets.at(qBound<qsizetype>(0, utf16Index, m_offsets.size() - 1));
}

} // namespace ub
