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

char *appendUtf8(char *out, QStringView text)
{
    auto *o = reinterpret_cast<unsigned char *>(out);
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p < end) {
        const char32_t u = *p++;
        if (u < 0x80) {
            *o++ = static_cast<unsigned char>(u);
        } else if (u < 0x800) {
            *o++ = static_cast<unsigned char>(0xc0 | (u >> 6));
            *o++ = static_cast<unsigned char>(0x80 | (u & 0x3f));
        } else if (u < 0xd800 || u > 0xdfff) {
            *o++ = static_cast<unsigned char>(0xe0 | (u >> 12));
            *o++ = static_cast<unsigned char>(0x80 | ((u >> 6) & 0x3f));
            *o++ = static_cast<unsigned char>(0x80 | (u & 0x3f));
        } else if (u < 0xdc00 && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((u - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            *o++ = static_cast<unsigned char>(0xf0 | (c >> 18));
            *o++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3f));
            *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3f));
            *o++ = static_cast<unsigned char>(0x80 | (c & 0x3f));
        } else {
            *o++ = '?'; // a lone surrogate, as QString::toUtf8() writes it
        }
    }
    return reinterpret_cast<char *>(o);
}

} // namespace ub
