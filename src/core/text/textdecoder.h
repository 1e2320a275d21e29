// Decoding report files (UTF-8, UTF-16 with BOM, GB18030/GBK) into text, never substituting silently.
#pragma once

#include <QByteArray>
#include <QString>

namespace ub {

/** Text decoded from a file's bytes, with what the decoder had to put up with. */
struct DecodedText
{
    QString text;             ///< the decoded original; every offset in the app points into this
    QString encoding;         ///< "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"
    qint64 invalidSequences = 0; ///< byte sequences that were not valid in that encoding
};

/** Either decoded text or a message naming the file and the problem. */
struct DecodeResult
{
    bool ok = false;
    DecodedText decoded;
    QString error; ///< "报告.txt: 不是文本文件（72% 的字节无法解码）" style, names the file
};

/**
 * Detects the encoding (BOM, then strict UTF-8, then GB18030) and decodes with ICU.
 * A file that is mostly invalid in every encoding, or holds binary data, is rejected.
 */
DecodeResult decodeText(const QByteArray &bytes, const QString &fileName);

} // namespace ub
